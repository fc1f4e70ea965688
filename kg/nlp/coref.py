"""Third-person pronouns resolved to the people named before them.

A light rule set, not a coreference model: "he"/"she" (and "his", "her",
"him") point to the nearest earlier person of a compatible gender, preferring
the subject of the same or the previous sentence. Gender comes from the text
itself ("actress", "his wife", an earlier "she" right after the name), never
from a list of first names. Pronouns inside quotations are left alone: there
"I" and "he" are the speaker's, not the article's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.nlp.aliases import Cluster
from kg.nlp.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
             "she": "f", "her": "f", "hers": "f", "herself": "f"}
_FEMALE = frozenset([
    "actress", "woman", "girl", "mother", "daughter", "wife", "sister", "aunt", "niece",
    "grandmother", "queen", "princess", "duchess", "widow", "girlfriend", "fiancée",
    "spokeswoman", "chairwoman", "businesswoman", "frontwoman", "songstress", "ballerina"
])
_MALE = frozenset([
    "actor", "man", "boy", "father", "son", "husband", "brother", "uncle", "nephew",
    "grandfather", "king", "prince", "duke", "widower", "boyfriend", "spokesman", "chairman",
    "businessman", "frontman"
])
_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTE.finditer(text)]


def _gender_cues(doc: Doc, c: Cluster) -> str | None:
    """"m", "f" or None from the words right around the person's mentions."""
    votes = {"m": 0, "f": 0}
    for m in c.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        window = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
        window += [t.lower_ for t in doc[span.end:span.end + 4]]
        votes["f"] += sum(w in _FEMALE for w in window)
        votes["m"] += sum(w in _MALE for w in window)
        nxt = doc[span.end:span.end + 8]
        for t in nxt:
            if t.lower_ in _PRONOUNS and t.sent == span.sent:
                votes[_PRONOUNS[t.lower_]] += 1
                break
    if votes["m"] == votes["f"]:
        return None
    return "m" if votes["m"] > votes["f"] else "f"


def _is_subject(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def resolve_pronouns(doc: Doc, clusters: list[Cluster]) -> None:
    """Add resolved "he"/"she"/"his"/"her" mentions to the person clusters."""
    persons = [c for c in clusters if c.coarse == "Person"]
    if not persons:
        return
    gender = {id(c): _gender_cues(doc, c) for c in persons}
    owner: list[tuple[int, int, Cluster]] = sorted(
        ((m.start, m.end, c) for c in persons for m in c.mentions if not m.pronoun),
        key=lambda t: t[0])
    quotes = _quoted_ranges(doc.text)
    added: list[tuple[int, Mention, Cluster]] = []
    for tok in doc:
        g = _PRONOUNS.get(tok.lower_)
        if g is None or any(a <= tok.idx < b for a, b in quotes):
            continue
        sent = tok.sent
        window_start = sent.start
        for _ in range(2):  # this sentence and the two before it
            if window_start > 0:
                window_start = doc[window_start - 1].sent.start
        cands = [(s, e, c) for s, e, c in owner if doc[window_start].idx <= s and e <= tok.idx
                 and gender[id(c)] in (None, g)]
        if not cands:
            continue
        known = [t for t in cands if gender[id(t[2])] == g]
        if len({id(c) for _, _, c in known}) == 1:
            cands = known
        elif len({id(c) for _, _, c in cands}) > 1:
            subjects = [t for t in cands if _is_subject(doc, t[0], t[1])]
            cands = subjects or cands
            if len({id(c) for _, _, c in cands}) > 1:
                continue  # two people it could be: too close to call
        target = cands[-1][2]
        m = Mention(tok.idx, tok.idx + len(tok.text), tok.text, pronoun=True)
        m.rules.add("pronoun")
        added.append((tok.idx, m, target))
    for _, m, c in added:
        c.mentions.append(m)
