"""Entities of the extraction from the analysed Doc, and the facts the layout states.

The byline gives the article's authors (P50), the date line its publication
date (P577), titles around names their occupations (P106).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.document import Document, byline_names, byline_role
from kg.model import ARTICLE_KEY, DateValue, Entity, Evidence, Extraction, Fact, Span, TextValue
from kg.nlp.aliases import Cluster
from kg.nlp.countries import is_country
from kg.nlp.layout import split_byline_outlet
from kg.nlp.mentions import fold
from kg.nlp.occupations import find_occupations, normalize_items

if TYPE_CHECKING:
    from spacy.tokens import Doc


def entity_key(name: str, coarse: str, disambiguator: str | None = None) -> str:
    """Key unique within one extraction: coarse type, folded name, disambiguator."""
    key = f"{coarse}:{fold(name) or name.casefold()}"
    return f"{key}#{disambiguator}" if disambiguator else key


def clusters_of(doc: Doc, document: Document) -> list[Cluster]:
    """The Doc's entities from ``kg_entities``, or found now if the pipeline lacks it."""
    clusters = doc._.kg_entities if doc.has_extension("kg_entities") else None
    if clusters is None:
        from kg.nlp.entities import find_entities

        clusters = find_entities(doc, document)
    return clusters


def add_entities(ex: Extraction, clusters: list[Cluster]) -> dict[int, str]:
    """Entities into the extraction; returns cluster index -> entity key."""
    keys: dict[int, str] = {}
    for i, c in enumerate(clusters):
        key = entity_key(c.name, c.coarse, c.disambiguator)
        n = 2
        while key in ex.entities:
            key = f"{entity_key(c.name, c.coarse, c.disambiguator)}~{n}"
            n += 1
        mentions = sorted({(m.start, m.end) for m in c.mentions})
        ex.add_entity(Entity(key=key, type=_fine_type(c), name=c.name, aliases=set(c.aliases),
                             mentions=[Span(a, b) for a, b in mentions],
                             disambiguator=c.disambiguator))
        keys[i] = key
    return keys


def _fine_type(c: Cluster) -> str:
    """The cluster's fine type; a plain place named like a sovereign state is a country."""
    if c.fine in ("Place", "AdministrativeArea") and (
            is_country(c.name) or any(is_country(a) for a in c.aliases)):
        return "Country"
    return c.fine


def _entity_in(ex: Extraction, start: int, end: int, coarse: str | None = None) -> str | None:
    for key, ent in ex.entities.items():
        if coarse and ent.coarse_type != coarse:
            continue
        if any(m.start <= start and end <= m.end for m in ent.mentions):
            return key
    return None


def add_byline_facts(ex: Extraction, document: Document) -> None:
    """P50 from each byline name (and from metadata authors), P577 from the date line."""
    for section in document.of_kind("byline"):
        for name in byline_names(section):
            name = split_byline_outlet(name)[0]
            i = section.text.find(name)
            start = section.start + max(i, 0)
            key = _entity_in(ex, start, start + len(name), "Person")
            if key is None:
                key = entity_key(name, "Person")
                ent = ex.entities.get(key) or ex.add_entity(
                    Entity(key=key, type="Person", name=name, aliases={name}))
                ent.mentions.append(Span(start, start + len(name)))
            evidence = Evidence(section.text, section.start, section.end)
            if re.match(r"(?i)edit(?:ed|ing)\s", section.text):
                continue  # "Editing by ...": named in the byline, but not an author
            ex.facts.append(Fact(ARTICLE_KEY, "P50", key, evidence, pattern="byline",
                                 confidence=0.95))
            for job in normalize_items(byline_role(section) or ""):
                ex.facts.append(Fact(key, "P106", TextValue(job), evidence,
                                     pattern="occupation-byline", confidence=0.7))
    if not document.of_kind("byline"):
        authors = document.metadata.get("author") or document.metadata.get("authors") or []
        for name in [authors] if isinstance(authors, str) else list(authors):
            name = str(name).strip()
            if not name:
                continue
            key = next((k for k, e in ex.entities.items() if e.coarse_type == "Person"
                        and fold(name) in {fold(a) for a in e.aliases}), None)
            if key is None:
                key = entity_key(name, "Person")
                ex.add_entity(Entity(key=key, type="Person", name=name, aliases={name}))
            ex.facts.append(Fact(ARTICLE_KEY, "P50", key, None, pattern="metadata-author",
                                 confidence=0.9))
    date = ex.article.date_published
    if date:
        sec = document.first("date")
        evidence = Evidence(sec.text, sec.start, sec.end) if sec else None
        ex.facts.append(Fact(ARTICLE_KEY, "P577", DateValue(date.isoformat()), evidence,
                             pattern="date-line" if sec else "metadata-date", confidence=0.95))


def add_occupation_facts(ex: Extraction, doc) -> None:
    """P106 facts from titles and appositions around every person mention."""
    spans = sorted((m.start, m.end) for e in ex.entities.values() for m in e.mentions)
    persons = {(m.start, m.end): key for key, e in ex.entities.items()
               if e.coarse_type == "Person" for m in e.mentions}

    def is_mention(a: int, b: int) -> bool:
        return any(s < b and a < e for s, e in spans)

    for occ in find_occupations(doc, sorted(persons), is_mention):
        key = persons.get((occ.person_start, occ.person_end))
        if key is None:
            continue
        sent = doc.char_span(occ.start, occ.end, alignment_mode="expand")
        if sent is not None:
            s = sent.sent
            evidence = Evidence(s.text, s.start_char, s.end_char)
        else:
            evidence = Evidence(doc.text[occ.start:occ.end], occ.start, occ.end)
        ex.facts.append(Fact(key, "P106", TextValue(occ.text), evidence, pattern=occ.pattern,
                             confidence=occ.confidence))
        employer = _owner_before(ex, doc.text, occ.start)
        if employer is not None:
            band = ex.entities[employer].type == "MusicGroup"
            ex.facts.append(Fact(key, "P463" if band else "P108", employer, evidence,
                                 pattern="P108.organisation-title", confidence=0.8))


_OWNER_GAP = re.compile(r"(?:['’]s?)?\s*$")


def _owner_before(ex: Extraction, text: str, start: int) -> str | None:
    """The organisation named right before a job title: "Lionsgate's president of
    production X", "Sundance Institute chief executive X"."""
    gap = _OWNER_GAP.search(text, max(0, start - 4), start)
    end = gap.start() if gap else start
    for key, entity in ex.entities.items():
        if entity.coarse_type == "Organization" and any(m.end == end for m in entity.mentions):
            return key
    return None
