"""What a sentence says an entity is: its class ("X is a 1936 film") and whether two
works share one name ("In 1958, there was a film called X" in an article about
a new X introduces an older, different work).

A work introduced with an indefinite kind noun and a naming verb ("a film
called X") in a sentence dated years before the article, when X is also
mentioned elsewhere, is split off into an entity of its own, told apart by
its year.
"""

from __future__ import annotations

import re

from kg.extract.mentions import MentionIndex
from kg.extract.relations.kinds import GENRE_KINDS, WORK_KINDS, kind_types
from kg.model import FINE_TYPES, Entity, Extraction

_NAMING = frozenset({"call", "title", "name", "entitle", "dub"})
_YEAR = re.compile(r"^(1[6-9]\d\d|20\d\d)$")
_MIN_GAP = 2  # years between the article and the older work


def _sentence_year(sent) -> int | None:
    years = {int(t.text) for t in sent if _YEAR.match(t.text) and t.ent_type_ == "DATE"}
    return years.pop() if len(years) == 1 else None


def split_reintroduced_works(doc, extraction: Extraction) -> None:
    """Give an older namesake work its own entity (see the module docstring)."""
    published = extraction.article.date_published
    if published is None:
        return
    index = MentionIndex(extraction)
    for tok in doc:
        if tok.lemma_.lower() not in WORK_KINDS or not any(
                c.lower_ in ("a", "an") for c in tok.children if c.dep_ == "det"):
            continue
        named = [g for acl in tok.children if acl.lemma_.lower() in _NAMING
                 for g in acl.children if g.dep_ in ("oprd", "attr", "dobj", "xcomp")]
        year = _sentence_year(tok.sent)
        if not named or year is None or published.year - year < _MIN_GAP:
            continue
        key = index.entity_for_token(named[0])
        ent = extraction.entities.get(key) if key else None
        if ent is None or ent.coarse_type != "CreativeWork" or ent.disambiguator:
            continue
        sent = tok.sent
        inside = [m for m in ent.mentions if sent.start_char <= m.start < sent.end_char]
        if not inside or len(inside) == len(ent.mentions):
            continue
        new_key = f"{key}@{year}"
        if new_key in extraction.entities:
            continue
        ent.mentions = [m for m in ent.mentions if m not in inside]
        extraction.add_entity(Entity(key=new_key, type=ent.type, name=ent.name,
                                     aliases=set(ent.aliases), mentions=inside,
                                     disambiguator=str(year)))
        index = MentionIndex(extraction)


def retype_defined_entities(doc, extraction: Extraction) -> None:
    """Give an entity the class its defining sentence names: "X is a 1936 film" makes X
    a film even when its name looked like an organization's.

    Copula definitions with the entity as subject may replace a class of another
    coarse type; an indefinite apposition ("X, a 1995 thriller") only refines a
    coarse class ("Film" for a "CreativeWork").
    """
    index = MentionIndex(extraction)
    decided: dict[str, str] = {}
    for tok in doc:
        fines = kind_types(tok.lemma_) if tok.pos_ == "NOUN" else ()
        if not fines or tok.tag_ == "NNS" or tok.lemma_.lower() in GENRE_KINDS:
            continue  # "a drama" may be a film or a series
        key = None
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            if any(c.dep_ == "neg" for c in tok.head.children):
                continue
            subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
            key = index.entity_for_token(subjects[0]) if subjects else None
        elif tok.dep_ == "appos" and any(c.lower_ in ("a", "an") for c in tok.children):
            key = index.entity_for_token(tok.head)  # "X, a psychological thriller from ..."
            ent = extraction.entities.get(key) if key else None
            if ent is None or ent.type != ent.coarse_type or ent.coarse_type != FINE_TYPES[
                    fines[0]]:
                continue  # an apposition only refines a class the tagger left coarse
        ent = extraction.entities.get(key) if key else None
        if ent is None or ent.type in fines and ent.type != ent.coarse_type:
            continue
        if decided.setdefault(key, fines[0]) != fines[0]:
            decided[key] = ""  # two different definitions: leave it alone
    for key, fine in decided.items():
        ent = extraction.entities[key]
        if fine and (ent.coarse_type != FINE_TYPES[fine] or ent.type == ent.coarse_type):
            ent.type = fine
