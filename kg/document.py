"""An article's structure: headline, dateline, captions, credits, byline, dates, body, boilerplate.

Every section keeps its character offsets into the original text, so every
later stage can point back at what it read. A line may hold several
sections: a wire-photo caption starts with a dateline ("TORONTO, ON -
SEPTEMBER 9:") and ends with a credit ("(Photo: Name/Agency)").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

SECTION_KINDS = ("headline", "dateline", "caption", "credit", "byline", "date", "body",
                 "boilerplate")

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_CLOCK = r"(?:(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{1,4}T?)?)"
_DATE_EXPR = (rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
              rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
              rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?Z?)?"
              rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})")
_DATE_PREFIX = r"(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified)(?:\s+on)?\s*:?\s*)"
# "Published July 5, 2017 at 9:14 a.m.", "Published 9:14 AM EST, November 24, 2026"
_DATE_LINE = re.compile(rf"^{_DATE_PREFIX}?(?:{_CLOCK},?\s+)?(?P<date>{_DATE_EXPR})"
                        rf"(?:,?\s*{_CLOCK})?\.?$", re.I)
_BYLINE = re.compile(
    r"^(?:(?:written|words|story|reporting|reported|text|interview|posted|edited|editing"
    r"|additional\s+reporting)\s+by|by)\s*:?\s+"
    r"(?P<names>[^|\n•·;]{2,120}?)\s*(?:$|[|•·;]\s*(?P<rest>.*)$|\s[-–—]\s+(?P<rest2>.*)$"
    r"|\s+on\s+(?P<rest3>(?:[A-Z][a-z]{2,}\.?\s+\d|\d).*)$)",
    re.I)
_CREDIT_BODY = r"(?P<credit>[^()\n]{2,120})"
_CREDIT = re.compile(
    r"\(\s*(?:(?:photo(?:graph)?|image|picture|video|illustration)s?(?:\s+credit)?\s*(?::|by\b)"
    r"|credit\s*:|courtesy(?:\s+of)?\b)\s*" + _CREDIT_BODY + r"\)"
    r"|^(?:(?:photo(?:graph)?|image|picture)s?(?:\s+credit)?\s*(?::|by\b)|credit\s*:)\s*"
    r"(?P<credit2>[^\n]{2,120}?)\s*$",
    re.I)
_DATELINE = re.compile(
    r"^(?P<dateline>(?P<place>[A-Z][A-Z.'’&-]+(?:\s+[A-Z][A-Z.'’&-]+)*"
    r"(?:,\s*[A-Z][A-Za-z.'’&-]*(?:\s+[A-Z][A-Za-z.'’&-]*)*)?)"
    r"(?:,\s*(?P<fulldate>(?i:" + _DATE_EXPR + r")))?"  # "SPLIT, Croatia, 21 November 2026 —"
    r"(?:\s*\((?P<agency>[A-Za-z .&]{2,20})\))?"
    r"\s*(?:[-–—]{1,2}|:)\s*"
    r"(?P<date>(?i:" + _MONTH + r")\s+\d{1,2}(?:,\s*\d{4})?\s*:?)?)\s*")
_BOILERPLATE = re.compile(
    r"^(?:latest|more|read\s+more|related(?:\s+(?:stories|articles|content|coverage))?|trending"
    r"|popular|most\s+(?:popular|read|viewed)|recommended|see\s+also|also\s+read|up\s+next"
    r"|next|previous|you\s+may\s+also\s+like|don['’]t\s+miss|sponsored|advertisement|ad"
    r"|share(?:\s+this)?|tags?|topics?|filed\s+under|follow\s+us|sign\s+up|subscribe"
    r"|newsletter|click\s+here|comments?|copyright|©|all\s+rights\s+reserved|watch\s+now"
    r"|continue\s+reading|listen|print|email|facebook|twitter|instagram|back\s+to\s+top)\b",
    re.I)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|de|da|di|del|della|van|von|der|den|la|le|du|dos"
                         r"|bin|al|el|st\.?)$", re.UNICODE)
#: Last words of a news outlet's name in a byline ("Associated Press", "Daily Herald").
_OUTLET_WORDS = {"press", "news", "times", "post", "images", "media", "wire", "magazine",
                 "journal", "tribune", "herald", "guardian", "agency", "telegraph"}
_ROLE_WORDS = {"reporter", "editor", "writer", "correspondent", "staff", "contributor", "critic",
               "columnist", "senior", "associate", "deputy", "chief", "managing", "news",
               "entertainment", "music", "film", "tv", "television", "features", "digital",
               "producer", "photographer", "special", "contributing", "global", "executive",
               "assistant", "intern", "desk", "team", "culture", "arts"}


@dataclass(frozen=True)
class Section:
    """A typed stretch of the article, ``text`` being ``document.text[start:end]``."""

    kind: str
    start: int
    end: int
    text: str


@dataclass
class Document:
    """An article's text split into typed sections (sorted by offset, never overlapping)."""

    text: str
    sections: list[Section] = field(default_factory=list)
    url: str | None = None
    source: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    def first(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def of_kind(self, kind: str) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]

    def section_at(self, offset: int) -> Section | None:
        """The section that holds character ``offset``, if any."""
        starts = [s.start for s in self.sections]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.sections[i].start <= offset < self.sections[i].end:
            return self.sections[i]
        return None

    def kind_at(self, offset: int) -> str | None:
        sec = self.section_at(offset)
        return sec.kind if sec else None

    @property
    def headline(self) -> str | None:
        sec = self.first("headline")
        if sec:
            return sec.text
        title = self.metadata.get("headline") or self.metadata.get("title")
        return str(title) if title else None

    @property
    def date_published(self) -> dt.date | None:
        sec = self.first("date")
        if sec and (date := parse_date(sec.text)):
            return date
        value = self.metadata.get("date_published") or self.metadata.get("date")
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if value:
            return parse_date(str(value))
        sec = self.first("dateline")  # "SPLIT, Croatia, 21 November 2026 —": a dated dateline
        return parse_date(sec.text) if sec else None

    @property
    def body_text(self) -> str:
        return "\n\n".join(s.text for s in self.of_kind("body"))


def parse_date(text: str) -> dt.date | None:
    """A calendar date from "July 5, 2017", "5 July 2017" or "2017-07-05"; None if there is none."""
    from kg.nlp.dates import normalize_date

    value = normalize_date(text, None)
    if value is None or len(value.iso) < 10:
        return None
    try:
        return dt.date.fromisoformat(value.iso[:10])
    except ValueError:
        return None


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            start = pos + body.index(stripped)
            yield start, start + len(stripped), stripped
        pos += len(raw)


def _sentence_like(line: str) -> bool:
    return bool(re.search(r"[.!?…\"'”’)]$", line)) and len(line.split()) > 3


def parse_document(
    text: str,
    *,
    url: str | None = None,
    source: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    **_: Any,
) -> Document:
    """Split plain text into sections; the first non-empty line is the headline.

    ``metadata`` (from HTML or a feed: ``title``, ``date``, ``author``) fills in
    what the text itself does not show.
    """
    doc = Document(text=text, url=url, source=source, metadata=dict(metadata or {}))
    lines = list(_lines(text))
    headline = None
    known = doc.metadata.get("headline") or doc.metadata.get("title")
    last_prose = max((i for i, (_, _, line) in enumerate(lines)
                      if _sentence_like(line) and not _CREDIT.search(line)), default=-1)
    for i, (start, end, line) in enumerate(lines):
        # A lone line is the text itself, not a headline over nothing.
        if headline is None and _headline_like(line) and len(lines) > 1 and (
                not known or _same_words(line, str(known))):
            headline = line
            doc.sections.append(Section("headline", start, end, line))
        elif headline is None:
            headline = ""  # the text starts with prose: there is no headline line
            doc.sections.extend(_classify(text, start, end, line, trailing=i > last_prose))
        elif line == headline:
            doc.sections.append(Section("headline", start, end, line))
        else:
            doc.sections.extend(_classify(text, start, end, line, trailing=i > last_prose))
    return doc


def _same_words(a: str, b: str) -> bool:
    def words(t: str) -> list[str]:
        return re.findall(r"\w+", t.casefold())

    return words(a) == words(b)


def _headline_like(line: str) -> bool:
    """A headline is one short line, not a paragraph of several sentences."""
    sentences = re.findall(r"[.!?][\"'”’)]?\s+[A-Z]", line)
    return len(line) <= 250 and len(line.split()) <= 35 and len(sentences) <= 1


def _classify(text: str, start: int, end: int, line: str, *, trailing: bool) -> list[Section]:
    def sec(kind: str, a: int, b: int) -> Section:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return Section(kind, a, b, text[a:b])

    if m := _BYLINE.match(line):
        group = next((g for g in ("rest", "rest2", "rest3") if m[g]), None)
        if group is None:
            return [sec("byline", start, end)]
        rest = m[group]
        cut = start + m.start(group)
        rest_kind = "date" if _DATE_LINE.match(rest.strip()) else "byline"
        return [sec("byline", start, start + m.end("names")), sec(rest_kind, cut, end)]
    if _DATE_LINE.match(line):
        return [sec("date", start, end)]
    if _BOILERPLATE.match(line) and (len(line.split()) <= 12 or not _sentence_like(line)):
        return [sec("boilerplate", start, end)]
    credit = _CREDIT.search(line)
    if credit and credit.start() == 0 and credit.end() == len(line):
        return [sec("credit", start, end)]
    sections: list[Section] = []
    body_kind = "caption" if credit else "body"
    pos = start
    if (m := _DATELINE.match(line)) and m["date"] and m.end("dateline") < len(line):
        sections.append(sec("dateline", start, start + m.end("dateline")))
        pos = start + m.end("dateline")
        body_kind = "caption"
    elif (m := _DATELINE.match(line)) and (m["agency"] or m["fulldate"] or re.match(
            r"^[A-Z .,'’-]{3,}\s*[-–—]", line)):
        sections.append(sec("dateline", start, start + m.end("dateline")))
        pos = start + m.end("dateline")
    if credit:
        sections.append(sec(body_kind, pos, start + credit.start()))
        sections.append(sec("credit", start + credit.start(), start + credit.end()))
        if start + credit.end() < end:
            sections.append(sec(body_kind, start + credit.end(), end))
    else:
        kind = body_kind
        if trailing and not _sentence_like(line) and len(line.split()) <= 8:
            kind = "boilerplate"
        sections.append(sec(kind, pos, end))
    return [s for s in sections if s.end > s.start]


def byline_names(section: Section) -> list[str]:
    """The people a byline names ("By A, B and C", "Written by A, Senior Reporter")."""
    m = _BYLINE.match(section.text)
    if not m:
        return []
    names = []
    for part in re.split(r",\s*|\s+(?:and|&)\s+", m["names"].strip().rstrip(".")):
        words = part.split()
        if not 1 <= len(words) <= 5:
            continue
        if any(w.lower().strip(".") in _ROLE_WORDS for w in words):
            continue
        if names and words[-1].lower().strip(".") in _OUTLET_WORDS:
            continue  # "By Ann Lee, Associated Press": the outlet, not a second author
        if len(words) > 1 and all(_NAME_TOKEN.match(w) for w in words) and words[0][0].isupper():
            names.append(part.strip())
    return names


def byline_outlets(section: Section) -> list[str]:
    """One-word names a byline adds after its people ("By A, Variety"): the outlet."""
    m = _BYLINE.match(section.text)
    if not m:
        return []
    parts = re.split(r",\s*", m["names"].strip().rstrip("."))
    return [p for p in parts[1:] if p[:1].isupper() and (
        len(p.split()) == 1 and p.lower() not in _ROLE_WORDS
        or p.split()[-1].lower().strip(".") in _OUTLET_WORDS
        and not any(w.lower().strip(".") in _ROLE_WORDS for w in p.split()))]


def byline_role(section: Section) -> str | None:
    """The job title a byline gives after the names ("Senior TV Reporter"), if any."""
    m = _BYLINE.match(section.text)
    if not m:
        return None
    for part in re.split(r",\s*", m["names"].strip()):
        words = part.split()
        if words and any(w.lower().strip(".") in _ROLE_WORDS for w in words):
            return part.strip()
    return None


def credit_text(section: Section) -> str | None:
    """What a credit line credits ("Name/Agency"), without "(Photo: ...)"."""
    m = _CREDIT.search(section.text)
    if not m:
        return None
    return (m["credit"] or m["credit2"] or "").strip() or None
