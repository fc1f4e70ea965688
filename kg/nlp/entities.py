"""An article's entities: spaCy's, corrected and extended, grouped with all their names.

The steps, in order: mentions from spaCy, the layout (dateline, credits,
byline), quoted and cued titles, "+" streaming services, names found by
how the text defines or lists them (``definitions``, ``lists``,
``named_kinds``, ``possessives``); overlaps settled
by how strong the evidence is; votes from name endings and context;
awards dropped; mentions grouped into entities (aliases); works of the
same title split; untagged repeats of known names found.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from kg.document import Document, parse_document
from kg.model import FINE_TYPES
from kg.nlp.aliases import Cluster, cluster_mentions
from kg.nlp.boundaries import nickname_names, split_owner_glue, trim_decades
from kg.nlp.candidates import (
    extend_honorifics,
    extend_initials_and_numbers,
    extend_of_and,
    extend_over_hyphens,
    extend_to_heads,
    merge_adjacent,
    spacy_mentions,
    titled_names,
    trim_headline_glue,
    untagged_names,
)
from kg.nlp.coref import resolve_pronouns
from kg.nlp.definitions import defined_names, kind_cued_names
from kg.nlp.disambiguate import split_same_titles
from kg.nlp.kinds import (
    conjunct_votes,
    context_votes,
    definite_descriptions,
    extend_event,
    kind_headed_names,
    name_votes,
    nested_organizer,
    platform_mentions,
    platform_votes,
    plus_services,
)
from kg.nlp.layout import structural_mentions
from kg.nlp.lists import listed_names, other_listed_names
from kg.nlp.mentions import Mention, best_type, fold
from kg.nlp.named_kinds import (
    dated_titles,
    district_names,
    gazetteer_votes,
    home_towns,
    kind_after_names,
    venue_votes,
)
from kg.nlp.non_entities import is_award, is_character, is_noise
from kg.nlp.possessives import credited_owners, possessive_credits
from kg.nlp.work_votes import platform_owned_titles, work_votes
from kg.nlp.works import cue_titles, list_item_titles, possessed_titles, quoted_titles

if TYPE_CHECKING:
    from spacy.tokens import Doc

COARSE = ("Person", "Organization", "Place", "CreativeWork", "Event")
#: spaCy label written back to ``doc.ents`` for each coarse type.
SPACY_LABEL = {"Person": "PERSON", "Organization": "ORG", "Place": "GPE",
               "CreativeWork": "WORK_OF_ART", "Event": "EVENT"}
_MIN_SCORE = 0.9
#: Add "he"/"she" mentions to people (``kg.nlp.coref``); off unless KG_PRONOUNS=1, as it
#: measured no gain in relation F1 (own test articles 0.778 -> 0.772, Re-DocRED 0.117 both).
RESOLVE_PRONOUNS = os.environ.get("KG_PRONOUNS", "0") == "1"
_SKIP_SECTIONS = ("boilerplate",)


def find_entities(doc: Doc, document: Document | None = None) -> list[Cluster]:
    """The entities of an analysed article, each with its mentions, type and names."""
    document = document or parse_document(doc.text)
    structural = structural_mentions(document)
    base = spacy_mentions(doc, document)
    extend_honorifics(doc, base)
    extend_initials_and_numbers(doc, base)
    extend_to_heads(doc, base)
    extend_of_and(doc, base)
    base = merge_adjacent(doc, base)
    base = trim_headline_glue(base, document)
    base = split_owner_glue(base)
    trim_decades(base)
    ranked = [(4, m) for m in structural]
    ranked += [(3, m) for m in quoted_titles(doc) + cue_titles(doc) + plus_services(doc)
               + list_item_titles(doc) + nickname_names(doc)]
    ranked += [(2, m) for m in possessed_titles(doc) + possessive_credits(doc)
               + platform_owned_titles(doc)]
    ranked += [(1, m) for m in credited_owners(doc)]
    ranked += [(2, m) for m in defined_names(doc) + kind_cued_names(doc)
               + kind_after_names(doc) + listed_names(doc) + dated_titles(doc)
               + district_names(doc) + home_towns(doc)
               + other_listed_names(doc)]
    ranked += [(2, m) for m in titled_names(doc)]
    ranked += [(0, m) for m in kind_headed_names(doc) + untagged_names(doc)
               + platform_mentions(doc)]
    ranked += [(1, m) for m in base]
    extend_over_hyphens(doc, [m for _, m in ranked])
    mentions = _settle_overlaps(ranked)

    kept: list[Mention] = []
    for m in mentions:
        m.section = m.section or document.kind_at(m.start)
        if m.section in _SKIP_SECTIONS:
            continue
        if m.section in ("byline", "date") and not m.rules & {"byline", "byline-outlet"}:
            continue  # a byline names its authors and outlet, nothing else
        context_votes(doc, m)
        work_votes(doc, m)
        venue_votes(doc, m)
        gazetteer_votes(m)
        name_votes(m)
        platform_votes(m)
        if is_award(doc, m) or is_character(doc, m) or is_noise(doc, m):
            continue
        if _leads(m, "Event"):
            extend_event(doc, m)
            if nested := nested_organizer(doc, m):
                kept.append(nested)
        kept.append(m)

    conjunct_votes(doc, kept)
    definite_descriptions(doc, kept)
    _discount_headline_only(kept)
    clusters = cluster_mentions(kept)
    _check_person_shaped(doc, document, clusters)
    date = document.date_published
    clusters = split_same_titles(doc, clusters, date.year if date else None)
    clusters = [c for c in clusters if c.coarse in COARSE]
    _find_repeats(doc, document, clusters)
    clusters = [c for c in clusters if _score(c.settle()) >= _MIN_SCORE]
    if RESOLVE_PRONOUNS:
        resolve_pronouns(doc, clusters)
    return [c.settle() if not c.disambiguator else _resettle(c) for c in clusters]


def _discount_headline_only(mentions: list[Mention]) -> None:
    """Halve spaCy-only votes for headline names the article never repeats.

    Title case misleads the tagger ("the Voice Behind a Generation of ..."),
    and a real subject of the article is almost always named again below.
    """
    elsewhere = {fold(m.text) for m in mentions if m.section != "headline"}
    for m in mentions:
        if m.section != "headline" or not all(r.startswith(("spacy-", "name-"))
                                              for r in m.rules):
            continue
        key = f" {fold(m.text)} "
        if any(f" {other} " in key or key in f" {other} " for other in elsewhere):
            continue
        for fine in list(m.votes):
            m.votes[fine] *= 0.5


def _check_person_shaped(doc: Doc, document: Document, clusters: list[Cluster]) -> None:
    """A "First Last" name typed as a place or organisation may be a person: look at how its
    surname is used alone elsewhere ("Petrakis told reporters")."""
    taken = [(m.start, m.end) for c in clusters for m in c.mentions]
    for c in clusters:
        words = c.name.split()
        if c.coarse not in ("Organization", "Place") or not 2 <= len(words) <= 3:
            continue
        if not all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words):
            continue
        if not all(r.startswith("spacy-") for m in c.mentions for r in m.rules):
            continue
        found = []
        for match in re.finditer(r"(?<![\w'’])" + re.escape(words[-1]) + r"(?![\w])", doc.text):
            a, b = match.span()
            if any(s < b and a < e for s, e in taken) or document.kind_at(a) in _SKIP_SECTIONS:
                continue
            m = Mention(a, b, words[-1], section=document.kind_at(a))
            context_votes(doc, m)
            found.append(m)
        if sum(m.votes.get("Person", 0.0) for m in found) >= 1.5:
            c.mentions.extend(found)
            for m in found:
                m.vote("Person", 0.5, "surname-use")
            c.settle()


def _resettle(c: Cluster) -> Cluster:
    disamb = c.disambiguator
    c.settle()
    c.disambiguator = disamb
    return c


def _leads(m: Mention, coarse: str) -> bool:
    return best_type(m.votes)[0] == coarse


def _score(c: Cluster) -> float:
    votes = c.votes()
    return sum(w for f, w in votes.items() if FINE_TYPES.get(f, f) == c.coarse)


def _settle_overlaps(ranked: list[tuple[int, Mention]]) -> list[Mention]:
    """Non-overlapping mentions: same spans pool their votes, else the stronger one stays."""
    by_span: dict[tuple[int, int], tuple[int, Mention]] = {}
    for rank, m in ranked:
        key = (m.start, m.end)
        if key in by_span:
            r0, m0 = by_span[key]
            for fine, w in m.votes.items():
                m0.vote(fine, w, "")
            m0.rules |= m.rules
            m0.year = m0.year or m.year
            m0.section = m0.section or m.section
            by_span[key] = (max(r0, rank), m0)
        else:
            by_span[key] = (rank, m)
    order = sorted(by_span.values(), key=lambda rm: (-rm[0], -(rm[1].end - rm[1].start),
                                                     rm[1].start))
    chosen: list[Mention] = []
    for _, m in order:
        if any(m.start < c.end and c.start < m.end for c in chosen if not c.nested):
            continue
        chosen.append(m)
    for m in chosen:
        m.rules.discard("")
    return sorted(chosen, key=lambda m: m.start)


def _find_repeats(doc: Doc, document: Document, clusters: list[Cluster]) -> None:
    """Mentions spaCy missed: later uses of a known name, surname or first name."""
    taken = sorted((m.start, m.end) for c in clusters for m in c.mentions)
    forms: dict[str, list[Cluster]] = {}
    for c in clusters:
        names = {m.text for m in c.mentions} | {c.name}
        if c.coarse == "Person" and len(c.name.split()) > 1:
            words = c.name.split()
            names |= {words[-1]}
            if words[0].lower().rstrip(".") not in ("dr", "mr", "mrs", "ms", "sir"):
                names.add(words[0])
        for n in names:
            if len(n) >= 2 and n[0].isupper():
                forms.setdefault(n, []).append(c)
    for form, owners in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        if len({id(o) for o in owners}) != 1:
            continue  # "Quinn" names two people: leave the repeats alone
        owner = owners[0]
        for match in re.finditer(r"(?<![\w'’])" + re.escape(form) + r"(?![\w+])", doc.text):
            a, b = match.span()
            if any(s < b and a < e for s, e in taken):
                continue
            if document.kind_at(a) in _SKIP_SECTIONS:
                continue
            span = doc.char_span(a, b)
            if span is None:
                continue
            if len(span) == 1 and span[0].is_sent_start and span[0].pos_ != "PROPN":
                continue
            m = Mention(a, b, form, section=document.kind_at(a))
            m.vote(owner.fine, 0.5, "name-repeat")
            owner.mentions.append(m)
            taken.append((a, b))
            taken.sort()


def write_back(doc: Doc, clusters: list[Cluster]) -> None:
    """Record the entities on the Doc: ``doc.spans["kg_entities"]`` and ``doc.ents``."""
    from spacy.tokens import Span

    spans, ents = [], []
    for c in clusters:
        for m in c.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            spans.append(Span(doc, span.start, span.end, label=c.fine))
            if not m.nested:
                ents.append(Span(doc, span.start, span.end, label=SPACY_LABEL[c.coarse]))
    doc.spans["kg_entities"] = spans
    ents.sort(key=lambda s: (s.start, -(s.end - s.start)))
    chosen, last_end = [], -1
    for s in ents:
        if s.start >= last_end:
            chosen.append(s)
            last_end = s.end
    others = [e for e in doc.ents if e.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC",
                                                      "WORK_OF_ART", "EVENT", "PRODUCT")
              and not any(e.start < c.end and c.start < e.end for c in chosen)]
    doc.set_ents(sorted(chosen + others, key=lambda s: s.start))
