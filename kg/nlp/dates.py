"""Normalise date expressions to ISO at the precision the text gives.

News writes dates relative to the day it is published ("on Friday", "July 9",
"last year"); those are resolved against a reference date (the article's
date). A date the text gives only to the year stays a year: "in 1958" is
``1958``, never ``1958-01-01``.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.model import DateValue

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_TIME = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<min>\d{2}))?\s*(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)(?!\w)"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<min24>[0-5]\d)\b(?!\s*[ap]\.?m)"
    r"|\b(?P<word>noon|midnight)\b",
    re.I,
)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?:[T ](?P<t>\d{2}:\d{2}))?")
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})\b")
_MDY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:\s*[-\u2013]\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
                  rf"(?:,?\s+{_YEAR})?(?!\s*:\d)", re.I)
_DMY = re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?", re.I)
_MY = re.compile(rf"\b{_MONTH}(?:\s+of)?,?\s+{_YEAR}\b", re.I)
_MONTH_ONLY = re.compile(rf"^(?:(?:in|during|this|last|next|early|late|mid-?)\s+)*{_MONTH}$", re.I)
_YEAR_ONLY = re.compile(r"(?<![\d'’-])(?P<year>1[5-9]\d\d|20\d\d)(?![\d'’]|s\b)")
_WEEKDAY = re.compile(r"\b(?:(?P<rel>last|next|this|on|coming|past)\s+)?(?P<wd>"
                      + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b\.?", re.I)
_RELATIVE_DAY = re.compile(r"\b(?P<w>today|tonight|yesterday|tomorrow)\b", re.I)
_AGO = re.compile(r"\b(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")\s+(?P<unit>day|week|month|year)s?"
                  r"\s+(?P<dir>ago|later|from now)\b", re.I)
_REL_UNIT = re.compile(r"\b(?P<rel>last|next|this|past|coming)\s+(?P<unit>year|month)\b", re.I)
_DECADE = re.compile(r"\b(?:the\s+)?(?:\d{4}s|['’]\d0s)\b", re.I)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _nearest_year(month: int, day: int, reference: dt.date) -> int | None:
    """The reference year, unless month/day is far from it and nearer in the next or last year.

    ("December 28" in a January article is last December.)
    """
    if _valid(reference.year, month, day) and \
            abs((dt.date(reference.year, month, day) - reference).days) <= 200:
        return reference.year
    best, best_gap = None, None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if _valid(year, month, day):
            gap = abs((dt.date(year, month, day) - reference).days)
            if best_gap is None or gap < best_gap:
                best, best_gap = year, gap
    return best


def _time(text: str) -> str | None:
    """``HH:MM`` of a clock time in the text, if any."""
    m = _TIME.search(text)
    if not m:
        return None
    if m["word"]:
        return "12:00" if m["word"].lower() == "noon" else "00:00"
    if m["h24"] is not None:
        return f"{int(m['h24']):02d}:{m['min24']}"
    hour = int(m["h"])
    if not 1 <= hour <= 12:
        return None
    pm = m["ampm"].lower().startswith("p")
    hour = hour % 12 + (12 if pm else 0)
    return f"{hour:02d}:{m['min'] or '00'}"


def _with_time(date: dt.date, text: str) -> DateValue:
    clock = _time(text)
    iso = date.isoformat()
    return DateValue(f"{iso}T{clock}:00" if clock else iso)


def _shift_months(date: dt.date, months: int) -> tuple[int, int]:
    total = date.year * 12 + date.month - 1 + months
    return total // 12, total % 12 + 1


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def normalize_date(
    text: str, reference: dt.date | None = None, *, direction: str | None = None
) -> DateValue | None:
    """ISO date of a date expression, at the precision the text gives; None if there is none.

    ``reference`` (the article's date) resolves partial and relative dates
    ("July 9", "on Friday", "last year"). ``direction`` ("past" or "future"),
    when the caller knows the tense, picks the weekday before or after it;
    without it the nearest one is taken. A clock time gives an
    ``xsd:dateTime`` ("2017-07-09T21:00:00"). Decades ("the '90s") are None.
    """
    if not text or not text.strip():
        return None
    text = " ".join(text.split())
    if isinstance(reference, dt.datetime):
        reference = reference.date()

    if m := _ISO.search(text):
        year, month = int(m["year"]), int(m["m"])
        if m["d"] and _valid(year, month, int(m["d"])):
            day = dt.date(year, month, int(m["d"]))
            iso = day.isoformat()
            return DateValue(f"{iso}T{m['t']}:00" if m["t"] else iso)
        if not m["d"] and 1 <= month <= 12:
            return DateValue(f"{year:04d}-{month:02d}")
    if m := _NUMERIC.search(text):
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        year += 2000 if year < 100 and year < 50 else 1900 if year < 100 else 0
        month, day = (a, b) if a <= 12 else (b, a)  # US order unless impossible
        if _valid(year, month, day):
            return _with_time(dt.date(year, month, day), text[m.end():])
    for pattern in (_MDY, _DMY):
        if m := pattern.search(text):
            month, day = MONTHS[m["month"].lower()], int(m["day"])
            if m["year"]:
                year = int(m["year"])
            elif reference is not None:
                year = _nearest_year(month, day, reference)
            else:
                year = None
            if year is not None and _valid(year, month, day):
                return _with_time(dt.date(year, month, day), text[m.end():])
    if m := _MY.search(text):
        return DateValue(f"{int(m['year']):04d}-{MONTHS[m['month'].lower()]:02d}")
    if _DECADE.search(text) and not _YEAR_ONLY.search(_DECADE.sub("", text)):
        return None
    if m := _YEAR_ONLY.search(text):
        return DateValue(m["year"])
    if reference is None:
        return None
    return _relative(text, reference, direction)


def _relative(text: str, reference: dt.date, direction: str | None) -> DateValue | None:
    if m := _RELATIVE_DAY.search(text):
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["w"].lower()]
        return _with_time(reference + dt.timedelta(days=offset), text)
    if m := _AGO.search(text):
        n, unit = _count(m["n"]), m["unit"].lower()
        sign = -1 if m["dir"].lower() == "ago" else 1
        if unit in ("day", "week"):
            return DateValue((reference + dt.timedelta(days=sign * n * (7 if unit == "week"
                                                                          else 1))).isoformat())
        if unit == "month":
            year, month = _shift_months(reference, sign * n)
            return DateValue(f"{year:04d}-{month:02d}")
        return DateValue(f"{reference.year + sign * n:04d}")
    if m := _WEEKDAY.search(text):
        return _with_time(_weekday(WEEKDAYS[m["wd"].lower()], (m["rel"] or "").lower(),
                                   reference, direction), text)
    if m := _REL_UNIT.search(text):
        sign = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(m["rel"].lower(), 0)
        if m["unit"].lower() == "year":
            return DateValue(f"{reference.year + sign:04d}")
        year, month = _shift_months(reference, sign)
        return DateValue(f"{year:04d}-{month:02d}")
    if m := _MONTH_ONLY.search(text.strip()):
        month = MONTHS[m["month"].lower()]
        lowered = text.lower()
        year = reference.year
        if "last " in lowered and month >= reference.month:
            year -= 1
        elif "next " in lowered and month <= reference.month:
            year += 1
        elif direction == "past" and month > reference.month:
            year -= 1
        elif direction == "future" and month < reference.month:
            year += 1
        return DateValue(f"{year:04d}-{month:02d}")
    return None


def _weekday(weekday: int, rel: str, reference: dt.date, direction: str | None) -> dt.date:
    """The date of a weekday named relative to the reference day."""
    ahead = (weekday - reference.weekday()) % 7
    behind = (reference.weekday() - weekday) % 7
    if rel in ("last", "past"):
        return reference - dt.timedelta(days=behind or 7)
    if rel in ("next", "coming"):
        return reference + dt.timedelta(days=ahead or 7)
    if direction == "past":
        return reference - dt.timedelta(days=behind)
    if direction == "future":
        return reference + dt.timedelta(days=ahead)
    return reference + dt.timedelta(days=ahead if ahead <= behind else -behind)
