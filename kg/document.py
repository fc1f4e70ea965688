"""An article's structure: headline, byline, date line, credits and body, with offsets.

Offsets are into the original text, so every later stage can point back at
what it read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

SECTION_KINDS = ("headline", "dateline", "caption", "credit", "byline", "date", "body")

_BYLINE = re.compile(r"^(?:written\s+by|by)\s+(?P<names>[^\n]{2,80})$", re.I)
_DATE_LINE = re.compile(r"^(?:published|posted|updated)(?:\s+on)?\s*:?\s+(?P<date>.+)$", re.I)
_CREDIT = re.compile(r"^\(?\s*(?:photo|image|picture)s?\s*(?:credit)?\s*:\s*(?P<credit>[^)]+)\)?$",
                     re.I)
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
_MDY = re.compile(r"(?P<m>[A-Za-z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})")


@dataclass(frozen=True)
class Section:
    kind: str
    start: int
    end: int
    text: str


@dataclass
class Document:
    """An article's text split into typed sections."""

    text: str
    sections: list[Section] = field(default_factory=list)
    url: str | None = None
    source: str | None = None

    def first(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def of_kind(self, kind: str) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]

    @property
    def headline(self) -> str | None:
        sec = self.first("headline")
        return sec.text if sec else None

    @property
    def date_published(self) -> dt.date | None:
        sec = self.first("date")
        return parse_date(sec.text) if sec else None


def parse_date(text: str) -> dt.date | None:
    """A calendar date from "July 5, 2017" or "2017-07-05"; None if there is none."""
    if m := re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if (m := _MDY.search(text)) and (month := _MONTHS.get(m["m"].lower()[:9])):
        try:
            return dt.date(int(m["y"]), month, int(m["d"]))
        except ValueError:
            return None
    return None


def _lines(text: str):
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            start = pos + body.index(stripped)
            yield start, start + len(stripped), stripped
        pos += len(raw)


def parse_document(text: str, *, url: str | None = None, source: str | None = None) -> Document:
    """Split plain text into sections; the first non-empty line is the headline."""
    doc = Document(text=text, url=url, source=source)
    headline = None
    for start, end, line in _lines(text):
        kind = "body"
        if headline is None:
            kind, headline = "headline", line
        elif line == headline:
            kind = "headline"
        elif _BYLINE.match(line):
            kind = "byline"
        elif (m := _DATE_LINE.match(line)) and parse_date(m["date"]):
            kind = "date"
        elif _CREDIT.match(line):
            kind = "credit"
        doc.sections.append(Section(kind, start, end, line))
    return doc


def byline_names(section: Section) -> list[str]:
    m = _BYLINE.match(section.text)
    if not m:
        return []
    return [n.strip() for n in re.split(r",\s*|\s+and\s+", m["names"]) if n.strip()]
