"""Names typed by a kind word that is not part of them.

"the Lantern Fields festival" (a lower-case event noun after the name),
"the Crystal Veil series" (a franchise noun), "the Stadtmuseum" (a
one-word compound ending in a venue word), "play at the Krollhaus" (a
performance verb's place). Kinds come from the lexicons; no names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp import lexicon
from kg.nlp.mentions import Mention, line_at, titlecase_line
from kg.nlp.works import cue_type

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Lower-case nouns after a title that name a set of works ("the X series").
_FRANCHISE = frozenset(["series", "franchise", "saga", "trilogy", "films", "movies", "games",
                        "books", "novels", "comics", "cycle"])
_EVENT_NOUNS = frozenset(["festival", "tour", "conference", "convention", "ceremony", "gala",
                          "expo", "fair", "biennale", "competition", "contest"])
#: Verbs whose "at X" is a venue: you perform or stage things in places.
_VENUE_VERBS = frozenset(["play", "perform", "sing", "stage", "screen", "premiere", "exhibit",
                          "headline", "appear", "hang", "display", "show"])
_COMPOUND_VENUES = ("museum", "museet", "museo", "theater", "theatre", "halle", "hall", "arena",
                    "stadion", "stadium", "kirche", "gallery", "galerie", "oper")
_DETERMINERS = frozenset(["the", "this", "that", "its", "his", "her", "their", "our", "next",
                          "last", "year's", "year’s"])


#: Lower-case nouns after a name that make it part of a city: "the Marigny neighborhood".
_AREA_NOUNS = frozenset(["neighborhood", "neighbourhood", "district", "borough", "suburb",
                         "quarter"])
#: Capitalised last words of a city's quarters: "the Latin Quarter", "the Arts District".
_AREA_HEADS = frozenset(["Quarter", "District", "Borough"])
_NOT_AREA = frozenset(["first", "second", "third", "fourth", "final", "last", "next", "this",
                       "that", "each", "every", "same"])


def _area_before(doc: Doc, tok) -> Mention | None:
    i = tok.i
    while i > 0 and tok.i - i < 3 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha \
            and doc[i - 1].ent_type_ not in ("NORP", "DATE") and \
            not doc[i - 1].is_sent_start:
        i -= 1
    if i == tok.i or i == 0 or doc[i - 1].lower_ not in ("the", "a"):
        return None
    span = doc[i:tok.i]
    return Mention(span.start_char, span.end_char, span.text).vote("Place", 2.5, "area-noun")


def district_names(doc: Doc) -> list[Mention]:
    """"the Latin Quarter": a capitalised quarter of a city (spaCy reads a date)."""
    out = []
    for tok in doc:
        if tok.text not in _AREA_HEADS or tok.i < 2 or tok.is_sent_start:
            continue
        i = tok.i
        while i > 0 and tok.i - i < 3 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha \
                and not doc[i - 1].is_sent_start and doc[i - 1].lower_ not in _NOT_AREA:
            i -= 1
        if i == tok.i or i == 0 or doc[i - 1].lower_ != "the" or \
                titlecase_line(line_at(doc.text, tok.idx)):
            continue
        span = doc[i:tok.i + 1]
        out.append(Mention(span.start_char, span.end_char, span.text)
                   .vote("Place", 2.5, "district-name"))
    return out


def kind_after_names(doc: Doc) -> list[Mention]:
    """Capitalised names followed by a lower-case event or franchise noun."""
    out = []
    for tok in doc:
        noun = tok.lower_
        if noun in _AREA_NOUNS:
            if (area := _area_before(doc, tok)) is not None:
                out.append(area)
            continue
        work = cue_type(tok.text) if noun not in _FRANCHISE | _EVENT_NOUNS else None
        if not tok.text[0].islower() or tok.i < 2 or not (
                noun in _EVENT_NOUNS | _FRANCHISE or work and tok.pos_ == "NOUN"):
            continue
        k = tok.i
        i = k
        while i > 0 and k - i < 6 and doc[i - 1].text[:1].isupper() and not \
                doc[i - 1].is_sent_start and (work or doc[i - 1].pos_ in ("PROPN", "NOUN", "ADJ")):
            i -= 1
        while i < k and doc[i].like_num and len(doc[i].text) == 4:
            i += 1  # "Lee's 1977 Come Home Again album": the year is not the title
        before = doc[i - 1]
        if i == k or before.lower_ not in _DETERMINERS and before.text not in ("'s", "’s") and \
                not (before.like_num and len(before.text) == 4):
            continue
        span = doc[i:k]
        if titlecase_line(line_at(doc.text, tok.idx)):
            continue
        labels = {t.ent_type_ for t in span} - {""}
        if work:
            if len(span) < 2 or labels & {"ORG", "NORP", "DATE", "PERSON", "GPE", "LOC"} or \
                    any(t.lower_ in lexicon.org_suffixes() for t in span):
                continue  # "the Jane Doe film", "the Acme Films drama": owners
            fine, weight, rule = work, 2.0, "title-before-cue"
        elif noun in _FRANCHISE:
            if len(span) < 2 or labels & {"ORG", "NORP", "DATE"}:
                continue  # "the Acme series": an owner, not a title
            if any(t.lower_ in lexicon.org_suffixes() for t in span):
                continue
            fine, weight, rule = "CreativeWork", 2.0, "franchise-name"
        else:
            if labels & {"GPE", "PERSON", "NORP", "DATE", "LOC", "ORG"}:
                continue  # "the Toronto festival", "the Ann Lee tour"
            fine = lexicon.event_heads().get(noun, "Event")
            weight, rule = 2.5, "event-noun-after"
        out.append(Mention(span.start_char, span.end_char, span.text).vote(fine, weight, rule))
    return out


def venue_votes(doc: Doc, m: Mention) -> None:
    """A one-word name ending in a venue word, or the place a performance is "at"."""
    words = m.text.split()
    if len(words) == 1 and len(m.text) > 8 and m.text.lower().endswith(_COMPOUND_VENUES) and \
            "Person" not in m.votes:
        m.vote("Venue", 1.5, "compound-venue")
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return
    prep = doc[span.start - 1]
    if prep.lower_ == "the" and span.start >= 3:
        prep = doc[span.start - 2]
    if prep.lower_ != "at" or span.root.dep_ != "pobj":
        return
    verb = prep.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in _VENUE_VERBS and "Person" not in m.votes:
        m.vote("Venue", 1.5, "performed-at")


def dated_titles(doc: Doc) -> list[Mention]:
    """Capitalised titles dated by a bare year in parentheses: "Edge of Dusk (1989)".

    A person's parenthesis holds a life span or "born"; a bare year marks a work
    (a film, an album, a series) in filmographies and lists.
    """
    out = []
    for tok in doc:
        if tok.text != "(" or tok.i < 1 or tok.i + 2 >= len(doc):
            continue
        year, close = doc[tok.i + 1], doc[tok.i + 2]
        if close.text != ")" or not (len(year.text) == 4 and year.text.isdigit()
                                     and year.text[:2] in ("18", "19", "20")):
            continue
        e = tok.i
        a = e
        while a > 0 and e - a < 10 and (doc[a - 1].text[:1].isupper() or doc[a - 1].like_num or
                                        a < e and doc[a - 1].lower_ in ("of", "the", "a", "and",
                                                                        "in", "to", "for")):
            a -= 1
        while a < e and not doc[a].text[:1].isupper():
            a += 1
        if a >= e or doc[a].is_sent_start and doc[a].pos_ in ("ADP", "DET", "PRON"):
            continue
        span = doc[a:e]
        ents = [e for e in doc.ents if e.start < span.end and span.start < e.end]
        if any(e.label_ in ("PERSON", "GPE", "NORP", "DATE", "LOC") and e.start <= span.start
               and span.end <= e.end for e in ents):
            continue  # "Ann Lee (1961)", "Paris (2019)": not a title
        out.append(Mention(span.start_char, span.end_char, span.text)
                   .vote("CreativeWork", 1.5, "dated-title"))
    return out


def gazetteer_votes(m: Mention) -> None:
    """A place vote for a name spaCy only called an organisation that the gazetteer knows as
    a country, a region or a city of 100,000 people or more ("a guild in Utrecht")."""
    if not m.rules or " " in m.text.strip():
        return
    from kg.nlp.gazetteer import lookup

    if all(r == "spacy-ORG" for r in m.rules):
        if any(r.kind in ("country", "admin1") or r.kind == "city" and r.population >= 100_000
               for r in lookup(m.text)):
            m.vote("Place", 1.5, "gazetteer-place")
    elif m.rules == {"spacy-PERSON"} and any(
            r.kind in ("country", "admin1") or r.kind == "city" and r.population >= 500_000
            for r in lookup(m.text)):
        # "a Denver family", "Denver rapper X": a big city the tagger took for a person
        m.vote("Place", 1.5, "gazetteer-place")


def home_towns(doc: Doc) -> list[Mention]:
    """"his sister, Ann Roy of Dayton": a known town after a person's "of" (obituaries)."""
    from kg.nlp.gazetteer import lookup

    out = []
    for ent in doc.ents:
        k = ent.end
        if ent.label_ != "PERSON" or k + 1 >= len(doc) or doc[k].lower_ != "of":
            continue
        j = k + 1
        while j < len(doc) and j - k <= 3 and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j += 1
        span = doc[k + 1:j]
        if not len(span) or any(t.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART") for t in span):
            continue
        if any(r.kind in ("city", "admin1", "country") for r in lookup(span.text)):
            out.append(Mention(span.start_char, span.end_char, span.text)
                       .vote("Place", 2.0, "home-town"))
    return out
