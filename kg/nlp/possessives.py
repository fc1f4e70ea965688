"""Works credited with a possessive: "Holst's Saturn", "the painter's The Salt Clock".

A capitalised title right after a named owner's "'s" that does not go on into
a noun ("Lee's Grammy win", "Lee's London home") is the owner's work; an
owner tagged as an organisation may instead own a person ("the studio's Ann
Lee said"), so those are left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.nlp import lexicon
from kg.nlp.mentions import MINOR_WORDS, Mention, line_at, run_end, titlecase_line
from kg.nlp.works import cue_type

if TYPE_CHECKING:
    from spacy.tokens import Doc

_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_POSSESSIVE = frozenset(["'s", "’s", "'", "’"])
_NOT_OWNERS = frozenset(["NORP", "FAC", "EVENT", "WORK_OF_ART", "LOC"])
_NOT_WORK_ENTS = frozenset(["DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "GPE",
                            "NORP", "LOC", "QUANTITY"])


def possessive_credits(doc: Doc) -> list[Mention]:
    """Titles after "Name's" that end the noun phrase: "Holst's Winter Hymn Symphony,"."""
    out = []
    for tok in doc:
        if tok.text not in _POSSESSIVE or tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        owner = doc[tok.i - 1]
        year = len(owner.text) == 4 and owner.text.isdigit()  # "1979's Over the Fence"
        if not (owner.text[:1].isupper() and owner.pos_ == "PROPN" or year):
            continue
        if titlecase_line(line_at(doc.text, tok.idx)):
            continue
        j = tok.i + 1
        k = run_end(doc, j, 8, _title_word, ("-", ":"))
        if k == j or (k - j == 1 and doc[j].text == "The"):
            continue
        nxt = doc[k] if k < len(doc) else None
        if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") or
                                nxt.text in _POSSESSIVE or nxt.text == "-"):
            continue  # "Lee's Grammy win", "Lee's Broadway debut": a modifier, not a title
        title = doc[j:k]
        if title[0].ent_iob_ == "I":
            continue  # "Gray's Lament": the possessive is inside one name
        if title[0].ent_type_ == "ORG" and title[0].text != "The":
            continue  # "Lee's Acme Films": a person's company
        if any(t.ent_type_ in _NOT_WORK_ENTS - ({"DATE"} if year else set()) for t in title) \
                or title[0].like_num:
            continue
        if owner.ent_type_ != "PERSON" and any(t.ent_type_ == "PERSON" for t in title):
            continue  # "Acme's Ann Lee": a company's person
        if doc[j].lower_ in ("own", "new", "latest", "first", "last", "next"):
            continue
        if title[-1].lower_ in lexicon.occupation_heads():
            continue  # "Acme's Managing Director": a job title, capitalised
        out.append(Mention(title.start_char, title.end_char, title.text)
                   .vote("CreativeWork", 2.0, "possessive-credit"))
    return out


def _title_word(doc: Doc, k: int, start: int) -> bool:
    t = doc[k]
    if "\n" in t.text or t.is_space or t.is_sent_start and k > start:
        return False
    if t.text[0].isupper() or (t.text[0].isdigit() and k > start):
        return True
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return k > start and t.lower_ in MINOR_WORDS and t.lower_ not in ("and", "or", "by",
                                                                       "with", "at", "in",
                                                                       "for", "from", "to") \
        and nxt is not None and nxt.text[:1].isupper()


def credited_owners(doc: Doc) -> list[Mention]:
    """People credited with a possessive: "Ann Lee's new film", "Ann Lee's Arcadia adaptation".

    The owner of a work is usually its maker; a two- or three-word name without a
    company word ("... Films", "... Records") that owns a work is taken as a person.
    """

    stop = set(lexicon.org_suffixes()) | lexicon.venue_heads() | set(lexicon.event_heads())
    credits = {m.start for m in possessive_credits(doc)}
    out = []
    for tok in doc:
        if tok.text not in _POSSESSIVE or tok.i < 2 or tok.i + 1 >= len(doc):
            continue
        i = tok.i
        while i > 0 and tok.i - i < 3 and doc[i - 1].pos_ == "PROPN" and \
                doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha:
            i -= 1
        owner = doc[i:tok.i]
        if not 2 <= len(owner) <= 3 or (i > 0 and doc[i - 1].text[:1].isupper()) or \
                any(t.lower_ in stop for t in owner) or \
                any(t.ent_type_ in _NOT_OWNERS for t in owner) or doc[i - 1].lower_ == "the":
            continue
        k = tok.i + 1
        while k < len(doc) and k - tok.i <= 4 and (doc[k].text[:1].isupper() or
                                                   doc[k].pos_ == "ADJ" or
                                                   _YEAR.match(doc[k].text)):
            k += 1  # "Ann Lee's 2021 novel": the year is no part of the title
        if doc[tok.i + 1].idx in credits or k < len(doc) and doc[k].text[0].islower() and (
                cue_type(doc[k].text) or doc[k].lower_ in lexicon.of_cues()):
            out.append(Mention(owner.start_char, owner.end_char, owner.text)
                       .vote("Person", 1.5, "credited-owner"))
        elif _owns_person(doc, owner, tok.i + 1):
            out.append(Mention(owner.start_char, owner.end_char, owner.text)
                       .vote("Person", 1.5, "plays-person"))
    return out


def _owns_person(doc: Doc, owner, k: int) -> bool:
    """"Ann Lee's Danny Firth": an untagged two-word name owning a person is the actor of
    that role (a company owning a person is tagged, or ends in a company word)."""
    ent = doc[k]
    return ent.ent_type_ == "PERSON" and ent.ent_iob_ == "B" and all(
        t.ent_type_ in ("", "PERSON") for t in owner)
