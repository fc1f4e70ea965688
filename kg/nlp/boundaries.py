"""Name boundaries the tagger gets wrong in news text: nicknames in quotes, decades and
owners glued to a name.

'Lionel "Pops" Garvey' is one person whose name holds a quoted nickname (spaCy stops at
"Lionel"); "1970s Lisbon" is a place after a decade; "Paramount Pictures' Red Comet"
is a studio's film, two names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.nlp.mentions import MINOR_WORDS, Mention, line_at, titlecase_line

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORD = r"[A-Z][a-z'’-]+"
#: First name(s), a short capitalised nickname in matching quotes, surname(s).
_NICKNAME = re.compile(
    rf"(?<![\w'’])(?P<first>{_WORD}(?:\s+{_WORD})?)\s+"
    r"(?:\"(?P<n1>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)\"|“(?P<n2>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)”"
    r"|['‘](?P<n3>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’])"
    rf"\s+(?P<last>{_WORD}(?:[\s-]{_WORD})?)(?![\w'’])")
#: A quoted nickname inside a name, for the short form of the name ("Lionel Garvey").
QUOTED_NICKNAME = re.compile(r"\s+[\"“'‘][^\"”'’]{1,25}[\"”'’](?=\s)")
_DECADE = re.compile(r"^(?:\d{4}s|\d0s|['’]\d0s)\s+")


def nickname_names(doc: Doc) -> list[Mention]:
    """People named with a quoted nickname between first name and surname."""
    out = []
    for m in _NICKNAME.finditer(doc.text):
        first = m["first"].split()
        if first[0].lower() in MINOR_WORDS or len(first) > 1 and first[1].lower() in MINOR_WORDS:
            continue
        if "\n" in m.group(0) or titlecase_line(line_at(doc.text, m.start())):
            continue  # "Studio Lands Thriller 'Glass Harbor' From Director": a headline
        span = doc.char_span(m.start("first"), m.end("last"), alignment_mode="expand")
        if span is None or span[0].pos_ not in ("PROPN", "NOUN") or \
                span[-1].pos_ not in ("PROPN", "NOUN") or not any(t.pos_ == "PROPN" for t in span):
            continue
        out.append(Mention(m.start(), m.end(), m.group(0)).vote("Person", 4.0, "nickname"))
    return out


def short_name(name: str) -> str:
    """The name without its quoted nickname: 'Lionel "Pops" Garvey' -> "Lionel Garvey"."""
    return QUOTED_NICKNAME.sub("", name)


def trim_decades(mentions: list[Mention]) -> None:
    """Drop a leading decade from a name: "1970s Lisbon" is Lisbon in the 1970s."""
    for m in mentions:
        d = _DECADE.match(m.text)
        if d and len(m.text) > d.end():
            m.start += d.end()
            m.text = m.text[d.end():]


def split_owner_glue(mentions: list[Mention]) -> list[Mention]:
    """Split "Paramount Pictures' Red Comet": a company's plural possessive before a title
    is two names, the company and its work."""
    from kg.nlp import lexicon

    suffixes = lexicon.org_suffixes()
    out = []
    for m in mentions:
        g = re.search(r"(?<=s)['’]\s+(?=[A-Z0-9])", m.text)
        owner = m.text[:g.start()] if g else ""
        if not g or owner.split()[-1].lower() not in suffixes or len(owner.split()) < 2:
            out.append(m)
            continue
        head = Mention(m.start, m.start + g.start(), owner, section=m.section)
        head.vote("Organization", 1.0, "owner-split")
        tail = Mention(m.start + g.end(), m.end, m.text[g.end():], section=m.section)
        tail.vote("CreativeWork", 1.0, "owner-split")
        out += [head, tail]
    return out

