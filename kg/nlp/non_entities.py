"""Mentions that name no entity: awards and categories, roles someone plays, noise.

"Best Director" and "a Grammy nomination" are honours, "playing Detective
Ray Solis" is a character in a cast list, "R&B" a genre and "CT" a time zone;
each is dropped before mentions are grouped into entities.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.nlp import lexicon
from kg.nlp.mentions import Mention, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_AWARD_WORDS = frozenset(["award", "prize", "medal", "trophy", "statuette", "honor", "honour",
                          "globe", "nomination", "obe", "mbe", "cbe", "kbe", "dbe"])
_AWARD_AFTER = frozenset(["nomination", "nominations", "nod", "nods", "win", "wins", "winner",
                          "winners", "nominee", "nominees", "trophy", "statuette", "award",
                          "prize", "-winning", "-nominated", "winning", "nominated"])
_AWARD_VERBS = frozenset(["won", "win", "wins", "winning", "received", "receive", "earned",
                          "earn", "took", "scooped", "nominated", "nabbed", "collected"])
_ORDINAL_WORD = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
                           r"|seventh|eighth|ninth|tenth)$")

_ROLE_VERBS = frozenset(["playing", "plays", "played", "portraying", "portrays", "portrayed",
                         "voicing", "voices", "voiced", "play", "portray"])


_CASTING_VERBS = frozenset(["star", "play", "cast", "portray", "voice", "return", "reprise",
                            "appear", "feature", "co-star", "costar"])


def is_character(doc: Doc, m: Mention) -> bool:
    """True for a role someone plays ("playing Detective Ray Solis"): not a real person."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0 or not ({"Person", "Place"} & set(m.votes)):
        return False
    if span.start >= 2 and doc[span.start - 1].text[0].isupper() and \
            doc[span.start - 1].lower_ in lexicon.occupation_heads() and \
            doc[span.start - 2].lower_ in _ROLE_VERBS:
        return True  # "playing Detective Ray Solis"
    if doc[span.start - 1].lower_ == "as" and len(span) <= 2:
        # "stars Saoirse Ronan as Maeve", "cast as Ray"
        for t in doc[max(span.sent.start, span.start - 8):span.start - 1]:
            if t.lemma_.lower() in _CASTING_VERBS:
                return True
    return doc[span.start - 1].lower_ in _ROLE_VERBS and (
        len(span) > 2 or span[0].lower_ in lexicon.occupation_heads()
        or span[0].text.rstrip(".").lower() in ("detective", "officer", "agent", "captain",
                                                "doctor", "dr", "sergeant", "lieutenant"))


def is_noise(doc: Doc, m: Mention) -> bool:
    """True for a genre ("R&B singer") or a time zone ("10 a.m. CT") written like a name."""
    if fold(m.text) in lexicon.genres() or m.text.lower() in lexicon.genres():
        return True
    if fold(m.text) in ("photo", "photos", "image", "images", "courtesy", "credit", "getty"):
        return True  # a word of a photo credit ("(Photo by ...)") read as a name
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    if len(span) == 1 and span[0].tag_ in ("NNS", "NN") and span[0].is_sent_start and \
            all(r.startswith("spacy-") for r in m.rules):
        return True  # "Tributes poured in": a common noun opening a sentence
    if len(span) == 1 and span[0].pos_ in ("ADJ", "ADV", "VERB", "AUX", "PRON", "DET") and \
            all(r.startswith("spacy-") for r in m.rules):
        return True  # "Cold outside, warm inside": an adjective is not a name
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    return m.text.isupper() and len(m.text) <= 4 and (
        prev.ent_type_ == "TIME" or re.fullmatch(r"[ap]\.?m\.?|\d{1,2}(:\d\d)?([ap]m)?",
                                                 prev.lower_) is not None)


def is_award(doc: Doc, m: Mention) -> bool:
    """True for the name of an award or category ("Best Director", "a Grammy nomination")."""
    words = m.text.split()
    if m.rules & {"quoted-title", "cue-title", "of-cue-title", "cue-apposition",
                   "list-title"}:
        return False
    if words[0].lower() == "best" or words[-1].lower() in _AWARD_WORDS:
        return True
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    if words[-1].lower() in ("awards", "prizes", "medals", "trophies") and span.start > 0 and (
            doc[span.start - 1].pos_ == "NUM" and not _YEAR.match(doc[span.start - 1].text)
            or doc[span.start - 1].lower_ in _AWARD_VERBS):
        return True  # "won three Olivier Awards": the trophies, not the ceremony
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if after in _AWARD_AFTER and (len(words) == 1 or "Person" not in m.votes):
        return True
    before = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
    if len(words) == 1 and _AWARD_VERBS & set(before) and before and (
            before[-1] in ("a", "an", "the", "her", "his", "their", "its", "my", "your")
            or doc[span.start - 1].pos_ == "NUM" or _ORDINAL_WORD.match(before[-1])):
        return True
    return ("won" in before or "win" in before or "nominated" in before) and (
        before[-1:] in (["a"], ["an"]) or before[-2:-1] == ["for"]) and len(words) == 1
