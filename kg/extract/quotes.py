"""Reported speech: the quotations of an article and who said them.

A quotation is text between double quotes that reads as speech (a few words,
not a title). Its speaker is the subject of a speech verb next to it
('"...," Ruiz said', '"...," said Ruiz', 'Ruiz added: "..."'), resolved
through aliases and pronouns; a quotation with no verb of its own takes the
speaker of another quotation in its paragraph, or, when its paragraph opens
with it, of the previous paragraph's last quotation (news carries one
speaker's words over several paragraphs that way).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.mentions import MentionIndex
from kg.extract.relations.references import References
from kg.model import Extraction, Quote

SPEECH_VERBS = frozenset({
    "say", "add", "tell", "explain", "recall", "note", "continue", "insist", "quip", "joke",
    "write", "admit", "reveal", "ask", "reply", "laugh", "share", "remark", "state", "declare",
    "announce", "confirm", "tweet", "post", "argue", "observe", "muse", "concede",
    "acknowledge", "exclaim", "offer", "respond", "answer", "promise", "warn", "tease",
    "gush", "enthuse", "elaborate", "agree", "caution", "boast", "reflect", "marvel",
    "describe", "put", "shout", "whisper", "sing", "call",
})
_SPEAKER_TYPES = ("Person", "Organization")
_OPEN, _CLOSE = "\u201c", "\u201d"
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F']+")
_WINDOW = 8  # tokens on either side of a quotation where its speech verb may stand


@dataclass
class _Span:
    start: int  # offsets of the quoted words, without the marks
    end: int
    para: int
    opens_para: bool
    speaker: str | None = None
    attributed: bool = False


def _paragraphs(text: str):
    """Offsets of the non-blank lines (paragraphs) of the text."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        if raw.strip():
            yield pos, pos + len(raw.rstrip("\r\n"))
        pos += len(raw)


def find_quotations(text: str) -> list[_Span]:
    """Spans of double-quoted text, paragraph by paragraph; a quotation left open at
    the end of a paragraph ends there (the next paragraph reopens it)."""
    out: list[_Span] = []
    for n, (p_start, p_end) in enumerate(_paragraphs(text)):
        para = text[p_start:p_end]
        lead = len(para) - len(para.lstrip())
        open_at = None
        for i, ch in enumerate(para):
            if ch == _OPEN or (ch == '"' and open_at is None):
                open_at = i
            elif (ch == _CLOSE or ch == '"') and open_at is not None:
                out.append(_Span(p_start + open_at + 1, p_start + i, n, open_at == lead))
                open_at = None
        if open_at is not None and p_end - (p_start + open_at + 1) > 1:
            out.append(_Span(p_start + open_at + 1, p_end, n, open_at == lead))
    return out


def _is_speech(text: str) -> bool:
    """Words someone said, not a title ("The Quiet Hours") or a scare-quoted term."""
    words = _WORD.findall(text)
    if len(words) < 3:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return lower >= 2 or text.rstrip()[-1:] in ".,!?"


def _token_index(doc, offset: int) -> int:
    """Index of the first token starting at or after ``offset``."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _speech_verb(doc, span: _Span):
    """The speech verb of the clause right after the quotation ('"...," X said'), or
    of the words leading into it ('X added: "..."')."""
    after = _token_index(doc, span.end)
    if after < len(doc) and doc[after].idx == span.end and doc[after].is_quote:
        after += 1  # the closing mark itself
    for tok in doc[after:after + _WINDOW]:
        if "\n" in tok.text or tok.text in (".", "!", "?", ";") or tok.text in ('"', _OPEN):
            break
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in ("VERB", "AUX"):
            return tok
    first = _token_index(doc, span.start) - 1
    for i in range(first - 1, max(-1, first - 1 - _WINDOW), -1):
        tok = doc[i]
        if "\n" in tok.text or tok.text in (".", "!", "?", ";", _CLOSE, '"'):
            break
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _speaker_token(verb, span: _Span):
    """Who the verb says spoke: its subject outside the quotation, or the name after
    an inverted verb ("said Ruiz")."""
    outside = [c for c in verb.children
               if c.dep_ in ("nsubj", "nsubjpass") and not span.start <= c.idx < span.end]
    if outside:
        return outside[0]
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.ent_type_ == "PERSON"):
        return nxt
    return None


def extract_quotes(doc, extraction: Extraction, refs: References | None = None) -> list[Quote]:
    """The article's quotations, each with its resolved speaker when the text gives one."""
    text = doc.text
    refs = refs or References(doc, extraction, MentionIndex(extraction))
    spans = [s for s in find_quotations(text) if _is_speech(text[s.start:s.end])]
    for span in spans:
        verb = _speech_verb(doc, span)
        tok = _speaker_token(verb, span) if verb is not None else None
        if tok is None:
            continue
        span.attributed = True
        found = refs.resolve(tok, _SPEAKER_TYPES, group=False)
        span.speaker = found[0].key if found else None
    _carry_over(spans)
    return [Quote(text[s.start:s.end].strip(), s.speaker, s.start, s.end) for s in spans]


def _carry_over(spans: list[_Span]) -> None:
    """Unattributed quotations take the speaker of their paragraph, else, when they open
    their paragraph, the speaker of the quotation right before."""
    by_para: dict[int, list[_Span]] = {}
    for s in spans:
        by_para.setdefault(s.para, []).append(s)
    previous: _Span | None = None
    for s in spans:
        if not s.attributed:
            same = [o for o in by_para[s.para] if o.attributed and o.speaker]
            if same:
                s.speaker = min(same, key=lambda o: abs(o.start - s.start)).speaker
            elif s.opens_para and previous is not None and previous.para == s.para - 1:
                s.speaker = previous.speaker  # the same voice, carried into a new paragraph
        previous = s
