"""Votes from how news text names works and their makers without a cue word nearby.

"2019's Copper Lanterns" is a work dated by its year; "Winter Orchard (Halberd
Press)" a book with its publisher in brackets; "shortlisted for X" names a work; whoever a
film is "directed by" is a person; "Hulu's Brightwater." is the service's title.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.nlp import lexicon
from kg.nlp.mentions import Mention, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Verbs whose agent ("directed by X") is a person, never a company.
_PERSON_BY = frozenset(["directed", "co-directed", "written", "co-written", "scored",
                        "choreographed", "narrated", "illustrated", "translated", "hosted",
                        "co-hosted", "edited", "photographed", "composed", "helmed"])
#: "shortlisted for X", "nominated for X": a prize list names works.
_LISTED_FOR = frozenset(["shortlisted", "longlisted", "nominated", "shortlist", "longlist"])
#: Cue words for a firm that also name a person's job: spaCy's PERSON decides.
_PEOPLE_OR_FIRMS = frozenset(["publisher", "developer", "distributor"])
_YEAR_POSSESSIVE = re.compile(r"(?:1[89]|20)\d\d['’]s\s+$")
_STRONG = 3.0


def _weak(m: Mention) -> bool:
    """True if nothing but the tagger and repeats typed the mention so far."""
    return max(m.votes.values(), default=0.0) < _STRONG and "Person" not in {
        f for f, w in m.votes.items() if w >= 2.0}


def work_votes(doc: Doc, m: Mention) -> None:
    """Votes for one mention from the news-writing patterns above."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return
    before = doc[span.start - 1] if span.start > 0 else None
    before2 = doc[span.start - 2] if span.start > 1 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ == "by" and before2 is not None and \
            before2.lower_ in _PERSON_BY and not _org_named(m.text):
        m.vote("Person", 2.0, "person-by")
    if before is not None and before.lower_ in _PEOPLE_OR_FIRMS and "spacy-PERSON" in m.rules \
            and 2 <= len(m.text.split()) <= 3 and not _org_named(m.text):
        m.vote("Person", 3.0, "person-cue")  # "the publisher Ann Lee": a person's job here
    if not _weak(m):
        return
    if before is not None and before.lower_ == "debut" and before2 is not None and \
            before2.tag_ in ("PRP$", "WP$"):
        m.vote("CreativeWork", 2.0, "possessed-debut")  # "whose debut X", "her debut X"
    if _YEAR_POSSESSIVE.search(doc.text[max(0, m.start - 12):m.start]):
        m.vote("CreativeWork", 2.0, "year-possessive")
    if after is not None and after.text == "(" and span.end + 2 < len(doc):
        close = next((k for k in range(span.end + 1, min(span.end + 8, len(doc)))
                      if doc[k].text == ")"), None)
        if close is not None and _org_named(doc[span.end + 1:close].text):
            m.vote("CreativeWork", 2.0, "publisher-in-brackets")
    if before is not None and before.lower_ == "for" and before2 is not None and \
            before2.lower_ in _LISTED_FOR:
        m.vote("CreativeWork", 2.0, "listed-for")


def _org_named(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and words[-1].lower().strip(".") in lexicon.org_suffixes()


def platform_owned_titles(doc: Doc) -> list[Mention]:
    """"Hulu's Brightwater.": a short capitalised name a known studio or service owns,
    ending the phrase, is one of its titles (its people are tagged as people)."""
    from kg.nlp.kinds import known_platforms

    platforms = known_platforms()
    out = []
    for tok in doc:
        if tok.text not in ("'s", "’s", "'", "’") or tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        owner = doc[tok.i - 1]
        ent = next((e for e in doc.ents if e.start <= owner.i < e.end), None)
        name = ent.text if ent is not None and ent.end == tok.i else owner.text
        if fold(name) not in platforms:
            continue
        k = tok.i + 1
        while k < len(doc) and k - tok.i <= 4 and doc[k].text[:1].isupper() and \
                doc[k].ent_type_ not in ("PERSON", "GPE", "DATE", "NORP", "LOC"):
            k += 1
        if k == tok.i + 1 or k < len(doc) and doc[k].text not in (".", ",", ";", ")", "—"):
            continue
        title = doc[tok.i + 1:k]
        if cue_type_any(title):
            continue
        out.append(Mention(title.start_char, title.end_char, title.text)
                   .vote("CreativeWork", 2.0, "platform-title"))
    return out


def cue_type_any(span) -> bool:
    """True if a word of ``span`` is a kind of work or organisation ("Netflix's Film Unit")."""
    from kg.nlp.works import cue_type

    suffixes = lexicon.org_suffixes()
    return any(cue_type(t.text.lower()) or t.lower_ in suffixes for t in span)
