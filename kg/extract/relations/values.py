"""Literal objects of facts read at a token: dates, years and counts.

Dates keep the precision the text gives (``normalize_date``); a year alone
stays a year.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.model import DateValue, TextValue

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}
_YEAR = re.compile(r"^(1[6-9]\d\d|20\d\d)$")
_DATE_LABELS = ("DATE", "TIME")


def _date_span(token):
    """The spaCy DATE entity holding the token, extended by a TIME right after it."""
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ in _DATE_LABELS:
            end = ent.end
            nxt = [e for e in doc.ents if e.start in (end, end + 1) and e.label_ == "TIME"]
            if ent.label_ == "DATE" and nxt and doc[end].lower_ in ("at", nxt[0][0].lower_):
                end = nxt[0].end
            start = ent.start
            if start and doc[start - 1].like_num and doc[start - 1].text.isdigit() \
                    and int(doc[start - 1].text) <= 31 and doc[start].is_title:
                start -= 1  # "4 May 1921": the tagger left the day out
            return doc[start:end]
    return None


def tense(token) -> str | None:
    """"past" or "future" from the verb that governs the token, when its form says so."""
    verb = next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    if any(c.lower_ in ("will", "'ll", "shall") for c in verb.children):
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes):
        return "past"
    if verb.tag_ == "VBN" and not auxes:
        return "past"  # "The book, published by Faber in March, ..."
    return None


def date_at(token, reference: dt.date | None) -> DateValue | None:
    """The date written at the token ("July 9", "in 1958", "January 14, 2017", "Sunday").

    A date without digits ("Sunday", "yesterday") needs the article's date and
    is resolved in the direction the verb's tense gives.
    """
    from kg.nlp.dates import normalize_date

    span = _date_span(token)
    text = span.text if span is not None else None
    if text is None:
        if not (token.like_num or token.ent_type_ in _DATE_LABELS or token.is_title):
            return None
        text = " ".join(t.text for t in token.subtree) if token.n_lefts + token.n_rights < 6 \
            else token.text
    text = _range_part(text, token, span)
    if re.search(r"\d0s\b|century|decade|season|week|month|year|spring|summer|fall|autumn|"
                 r"winter|early|late|mid", text, re.I) and not re.search(r"\d{4}", text):
        return None  # decades, seasons, "next month": too vague to assert
    if not re.search(r"\d", text):
        if reference is None or not _DAY_WORD.search(text) and not (
                _MONTH_WORD.fullmatch(text.strip()) and tense(token)):
            return None  # a month alone needs the verb's tense to pick its year
        return normalize_date(text, reference, direction=tense(token))
    return normalize_date(text, reference)


_DAY_WORD = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
                       r"tonight|yesterday|tomorrow)\b", re.I)
_MONTH_WORD = re.compile(r"(?:(?:in|early|late|mid-?)\s+)?(january|february|march|april|may|june|"
                         r"july|august|september|october|november|december)", re.I)
_RANGE = re.compile(r"\s*(?:[-\u2013\u2014]|--|\bto\b|\buntil\b)\s*")


def _range_part(text: str, token, span) -> str:
    """Of a range ("11 September 1911 - 5 February 1971"), the side the token is on."""
    parts = _RANGE.split(text)
    if len(parts) != 2 or span is None or not all(re.search(r"\d", p) for p in parts):
        return text
    offset = token.idx - span.start_char
    cut = _RANGE.search(text)
    side = parts[0] if offset < cut.start() else parts[1]
    if not re.search(r"\d{4}", side) and (year := re.search(r"\d{4}", text)):
        side += " " + year.group()  # "June 3 - 5, 2020": the year is written once
    return side


def year_at(token) -> DateValue | None:
    """A four-digit year written at the token ("a 1995 film")."""
    return DateValue(token.text) if _YEAR.match(token.text) else None


def number_at(token) -> int | None:
    """A small count written at the token: "4", "four", "four-part"."""
    text = token.lower_
    if text.isdigit() and len(text) <= 4:
        return int(text)
    if text in _NUMBER_WORDS:
        return _NUMBER_WORDS[text]
    head = text.split("-")[0]
    return _NUMBER_WORDS.get(head)


def name_text(token, refs) -> TextValue | None:
    """The name written at the token, as text: the entity mention holding it, else the
    run of proper nouns it belongs to ("Gus Tremblay", "the Moon" as "Moon"), without a
    title before it ("Detective"). None in a title-case line (a headline's capitals are
    no names) or before a possessive ("X's partner" is not X)."""
    doc = token.doc
    start = doc.text.rfind("\n", 0, token.idx) + 1
    end = doc.text.find("\n", token.idx)
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", doc.text[start:end if end >= 0 else None])
             if len(w) > 3]
    if len(words) >= 5 and sum(w[0].isupper() for w in words) > 0.8 * len(words):
        return None  # a headline's line
    if refs.direct(token) is not None:
        i, j = refs.mention_tokens(token)
    elif token.pos_ == "PROPN" or token.is_title and not token.is_sent_start:
        i = j = token.i
        while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title:
            i -= 1
        while j + 1 < len(doc) and (doc[j + 1].pos_ == "PROPN" and doc[j + 1].is_title
                                    or doc[j + 1].text == "." and doc[j].lower_ in _TITLES):
            j += 1  # "Lt. Dana Reyes"
        j += 1
        while j - i > 1 and (doc[i].lower_.rstrip(".") in _TITLES or doc[i].text == "."):
            i += 1
    else:
        return None
    if j < len(doc) and doc[j].lower_ in ("'s", "\u2019s"):
        return None
    text = doc[i:j].text.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    return TextValue(text) if text and text[0].isupper() else None


#: Titles written before a character's name, not part of it.
_TITLES = frozenset({
    "detective", "det", "lt", "lieutenant", "sergeant", "sgt", "officer", "agent", "dr",
    "doctor", "captain", "capt", "professor", "prof", "mr", "mrs", "ms", "miss", "sir",
    "judge", "nurse", "inspector", "constable", "commander", "colonel", "col", "general",
    "gen", "major", "private", "chief", "deputy", "sheriff", "coach", "principal", "aunt",
    "uncle",
})
