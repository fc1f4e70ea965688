"""Occupations and job titles attached to names.

Three shapes: a title before the name ("session drummer Ann Lee",
"Writer/director/editor Bo Park"), an apposition after it ("X, the
band's drummer,"), and a copula ("X is a novelist"). A phrase counts when its
last word is an occupation head (``occupations.json``); lists joined by "/",
"and" or "-turned-" give one occupation each; praise and age words
("celebrated", "veteran", "31-year-old") are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.nlp import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

_STOP_DEPS = frozenset(["det", "poss", "case", "prep", "cc", "punct", "mark", "relcl"])
_APPOS_DET = frozenset(["the", "a", "an", "his", "her", "their", "its", "our"])
_APPOS_STOP = frozenset(["who", "whose", "which", "that", "of", "at", "for", "on", "in", "with",
                         "from", "to", "and", "or", "since", "whom", "when", "where", "as",
                         "by", "behind"])


@dataclass(frozen=True)
class Occupation:
    """One occupation phrase read for the person whose mention is at ``person_start``."""

    person_start: int
    person_end: int
    text: str
    start: int  # offsets of the phrase
    end: int
    pattern: str
    confidence: float


def normalize_items(phrase: str) -> list[str]:
    """The occupations in a title phrase: "Producer/director/writer" -> three of them."""
    data = lexicon.occupation_data()
    drop = set(data["drop_modifiers"])
    suffixes = tuple(data["drop_suffixes"])
    heads = lexicon.occupation_heads()
    alone_not = set(data["not_occupations"])
    items = []
    for part in re.split(r"\s*/\s*|\s+and\s+|\s*&\s*|,\s*|-turned-", phrase):
        words = [w for w in part.split() if w]
        while words and (words[0].lower() in drop or words[0].lower().endswith(suffixes)
                         or re.fullmatch(r"[\d,.]+", words[0]) or words[0].endswith(("'s", "’s"))
                         or (words[0][0].isupper() and words[0].lower() not in heads
                             and len(words) > 1 and not words[0].isupper())):
            words.pop(0)
        if not words:
            continue
        text = " ".join(w if _keep_case(w) else w.lower() for w in words)
        last = words[-1].lower()
        if " of " in f" {text} ":
            before_of = text.split(" of ")[0].split()[-1].lower()
            if before_of not in heads:
                continue
        elif last not in heads and last.split("-")[-1] not in heads:
            continue
        if text.lower() in alone_not:
            continue
        items.append(text)
    return items


def _keep_case(word: str) -> bool:
    """Acronyms keep their case (CEO, TV, DJ)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def find_occupations(doc: Doc, person_mentions: list[tuple[int, int]],
                     is_mention: Callable[[int, int], bool]) -> list[Occupation]:
    """Occupation phrases around the given person mentions (character spans).

    ``is_mention(start, end)`` says whether text lies inside any entity
    mention, so a title phrase stops at an organisation's name.
    """
    out: list[Occupation] = []
    for start, end in person_mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        out.extend(_before(doc, span, is_mention))
        out.extend(_after(doc, span, is_mention))
        out.extend(_title_then_name(doc, span, is_mention))
        out.extend(_works_as(doc, span))
    seen, unique = set(), []
    for occ in out:
        key = (occ.person_start, occ.text.lower())
        if key not in seen:
            seen.add(key)
            unique.append(occ)
    return unique


def _before(doc: Doc, span, is_mention) -> list[Occupation]:
    """"session drummer X", "Writer/director/editor X", "head of worldwide video X"."""
    heads = lexicon.occupation_heads()
    i = span.start - 1
    first = None
    while i >= 0 and span.start - i <= 8:
        t = doc[i]
        if t.is_space or "\n" in t.text:
            break
        if is_mention(t.idx, t.idx + len(t.text)):
            break
        if t.text in ("/", "-", "&") or t.lower_ == "and":
            i -= 1
            continue
        if t.lower_ == "of" and i > 0 and doc[i - 1].lower_ in heads:
            i -= 1
            continue
        if t.is_punct or t.pos_ in ("DET", "PRON", "ADP", "VERB", "AUX", "SCONJ", "PART") and \
                t.lower_ not in heads:
            break
        if t.text[0].isupper() and not (t.is_sent_start or t.lower_ in heads or t.ent_type_ ==
                                        "NORP" or t.text.isupper() and t.lower_ in heads):
            break
        first = i
        i -= 1
    if first is None:
        return []
    while first < span.start and doc[first].text in ("/", "-", "&", "and"):
        first += 1
    if first >= span.start:
        return []
    a, b = doc[first].idx, doc[span.start - 1].idx + len(doc[span.start - 1].text)
    phrase = doc.text[a:b]
    return [Occupation(span.start_char, span.end_char, item, a, b, "occupation-title", 0.85)
            for item in normalize_items(phrase)]


def _after(doc: Doc, span, is_mention) -> list[Occupation]:
    """"X, the band's drummer,", "X, a novelist", "X is a producer"."""
    j = span.end
    if j >= len(doc):
        return []
    pattern, confidence = "occupation-apposition", 0.8
    if doc[j].text == ",":
        j += 1
    elif doc[j].lemma_ == "be" and doc[j].pos_ == "AUX":
        j += 1
        pattern, confidence = "occupation-copula", 0.75
    else:
        return []
    if j < len(doc) and doc[j].lower_ in _APPOS_DET:
        j += 1
    elif pattern == "occupation-copula":
        return []
    # skip a possessor: "the band's drummer"
    if j + 1 < len(doc) and doc[j + 1].text in ("'s", "’s"):
        j += 2
    k = j
    while k < len(doc) and k - j < 6:
        t = doc[k]
        if t.is_punct and t.text not in ("-", "/") or t.lower_ in _APPOS_STOP or t.is_space:
            break
        if t.pos_ in ("VERB", "AUX") and t.lower_ not in lexicon.occupation_heads():
            break
        if is_mention(t.idx, t.idx + len(t.text)):
            break
        k += 1
    if k == j:
        return []
    a, b = doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text)
    phrase = doc.text[a:b]
    return [Occupation(span.start_char, span.end_char, item, a, b, pattern, confidence)
            for item in normalize_items(phrase)]


def _title_then_name(doc: Doc, span, is_mention) -> list[Occupation]:
    """"her editor, X", "its chief conductor, X": the title comes first, then a comma."""
    if span.start < 3 or doc[span.start - 1].text != ",":
        return []
    last = doc[span.start - 2]
    if last.lower_ not in lexicon.occupation_heads() or last.pos_ != "NOUN":
        return []
    first = span.start - 2
    while first - 1 >= 0 and span.start - first < 6:
        t = doc[first - 1]
        if t.lower_ in _APPOS_DET or t.dep_ == "poss" or t.text in ("'s", "’s"):
            break
        if t.pos_ not in ("ADJ", "NOUN", "PROPN") or t.is_punct or \
                is_mention(t.idx, t.idx + len(t.text)):
            return []  # "said the film, X": only a determined title phrase counts
        first -= 1
    else:
        return []
    a, b = doc[first].idx, last.idx + len(last.text)
    return [Occupation(span.start_char, span.end_char, item, a, b, "occupation-title-comma", 0.75)
            for item in normalize_items(doc.text[a:b])]


_AS_VERBS = frozenset({"work", "serve"})


def _works_as(doc: Doc, span) -> list[Occupation]:
    """"X works as a translator", "X, who serves as showrunner,"."""
    root = span.root
    verbs = [root.head] if root.dep_ == "nsubj" else []
    verbs += [v for v in root.children if v.dep_ == "relcl"
              and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in v.children)]
    out = []
    for verb in verbs:
        if verb.lemma_ not in _AS_VERBS:
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            for head in prep.children:
                if head.dep_ != "pobj" or head.lower_ not in lexicon.occupation_heads():
                    continue
                mods = [t for t in head.lefts if t.dep_ in ("amod", "compound")]
                first = mods[0] if mods and mods[-1].i == head.i - 1 else head
                a, b = first.idx, head.idx + len(head.text)
                out.extend(Occupation(span.start_char, span.end_char, item, a, b,
                                      "occupation-works-as", 0.75)
                           for item in normalize_items(doc.text[a:b]))
    return out
