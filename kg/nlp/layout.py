"""Mentions the article's layout types: dateline places, photo-credit people and agencies,
byline authors and outlets.

Where a name sits says what it is more surely than the tagger can: the first
dateline word is a city, the first name of "(Photo by A/B)" a photographer.
"""

from __future__ import annotations

import re

from kg.document import Document, Section, byline_names, byline_outlets, credit_text, parse_date
from kg.nlp import lexicon
from kg.nlp.mentions import Mention

_PERSONAL_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|del|la|le))"
                            r"{1,3}$", re.UNICODE)


def structural_mentions(document: Document) -> list[Mention]:
    """Places of the dateline, people and agencies of photo credits, people of the byline."""
    out: list[Mention] = []
    for sec in document.sections:
        if sec.kind == "dateline":
            out.extend(_dateline_places(sec))
        elif sec.kind == "credit":
            out.extend(_credit_mentions(sec))
        elif sec.kind in ("body", "caption", "boilerplate"):
            out.extend(_agency_credits(sec))
        elif sec.kind == "byline":
            for full in byline_names(sec):
                name, outlet = split_byline_outlet(full)
                i = sec.text.find(name)
                if outlet:
                    j = sec.text.find(outlet, i + len(name))
                    o = Mention(sec.start + j, sec.start + j + len(outlet), outlet,
                                section="byline")
                    out.append(o.vote("Agency", 3.0, "byline-outlet"))
                if i >= 0:
                    m = Mention(sec.start + i, sec.start + i + len(name), name, section="byline")
                    out.append(m.vote("Person", 6.0, "byline"))
            for name in byline_outlets(sec):
                i = sec.text.rfind(name)
                m = Mention(sec.start + i, sec.start + i + len(name), name, section="byline")
                out.append(m.vote("Organization", 3.0, "byline-outlet"))
    return out


def _dateline_places(sec: Section) -> list[Mention]:
    m = re.match(r"^([^-–—(:]+)", sec.text)
    if not m:
        return []
    out, pos = [], 0
    for part in m.group(1).split(","):
        name = part.strip()
        i = sec.text.find(name, pos) if name else -1
        if i < 0 or not re.search(r"[A-Za-z]", name) or parse_date(name):
            continue  # "SPLIT, Croatia, 21 November 2026 —": the date is no place
        pos = i + len(name)
        fine = "City" if not out else "AdministrativeArea"
        out.append(Mention(sec.start + i, sec.start + i + len(name), name, section="dateline")
                   .vote(fine, 4.0, "dateline"))
    return out


def _credit_mentions(sec: Section) -> list[Mention]:
    credit = credit_text(sec)
    if not credit:
        return []
    base = sec.start + sec.text.find(credit)
    out = []
    for i, (a, b) in enumerate(_credit_parts(credit)):
        name = credit[a:b]
        name = re.sub(r"^(?:courtesy\s+(?:of\s+)?|by\s+)", "", name, flags=re.I)
        a = b - len(name)
        if not name or not name[0].isupper():
            continue
        m = Mention(base + a, base + b, name, section="credit")
        is_org = any(w.lower() in lexicon.org_suffixes() for w in name.split()[1:]) or (
            name.isupper() and len(name) <= 6)
        if i == 0 and _PERSONAL_NAME.match(name) and not is_org:
            m.vote("Person", 4.0, "credit-person")
        else:
            m.vote("Agency", 4.0, "credit-agency")
        out.append(m)
    return out


def _credit_parts(credit: str) -> list[tuple[int, int]]:
    """Character ranges of the names in a credit: "A/B", "A for B", "A via B", "A; B"."""
    parts, pos = [], 0
    for sep in re.finditer(r"\s*(?:/|;|\bfor\b|\bvia\b|\||,)\s*", credit):
        parts.append((pos, sep.start()))
        pos = sep.end()
    parts.append((pos, len(credit.rstrip(" .)"))))
    return [(a, b) for a, b in parts if b > a]


#: Last words of a news outlet's name glued to a byline ("By ANN LEE Associated Press").
_OUTLET_ENDS = {"press", "news", "times", "post", "wire", "agency", "reuters", "herald",
                "tribune", "journal", "telegraph", "guardian"}
#: "(AP Photo/Name, File)": an agency's photo credit, the photographer after the slash.
_AGENCY_CREDIT = re.compile(r"\((?P<agency>[A-Z][\w&.]*(?:\s[A-Z][\w&.]*)?)\s+Photos?\s*/\s*"
                            r"(?P<name>[A-Z][^()/,\n]{2,60}?)(?:\s*,\s*(?:File|Pool|Handout))?\)")


def split_byline_outlet(name: str) -> tuple[str, str | None]:
    """("Ann Lee", "Associated Press") from "ANN LEE Associated Press": an outlet glued to the
    author's name, told apart by its last word and, for capitals, by the change of case."""
    words = name.split()
    for k in range(len(words) - 2, 1, -1):
        head, tail = words[:k], words[k:]
        if tail[-1].lower().strip(".") not in _OUTLET_ENDS:
            continue
        upper_head = all(w.isupper() for w in head) and not all(w.isupper() for w in tail)
        if upper_head or 2 <= len(tail) <= 3 and len(head) >= 2:
            return " ".join(head), " ".join(tail)
    return name, None


def _agency_credits(sec: Section) -> list[Mention]:
    out = []
    for m in _AGENCY_CREDIT.finditer(sec.text):
        a, b = m.span("name")
        if not _PERSONAL_NAME.match(m["name"]):
            continue
        out.append(Mention(sec.start + a, sec.start + b, m["name"], section="credit")
                   .vote("Person", 4.0, "credit-person"))
    return out
