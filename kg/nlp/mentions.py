"""Entity mentions before they are grouped into entities: spans with typed votes.

A mention carries votes for fine types rather than a single label, because
the evidence comes from several places (spaCy's label, a cue word, a name
ending, the byline) and is only weighed once all mentions of a name are
known.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from kg.model import FINE_TYPES

#: spaCy NER label -> (fine type, weight of the vote).
SPACY_LABELS = {
    "PERSON": ("Person", 1.0),
    "ORG": ("Organization", 0.9),  # the small model's most over-used label: loses ties
    "GPE": ("Place", 1.0),
    "LOC": ("Place", 1.0),
    "FAC": ("Venue", 1.0),
    "WORK_OF_ART": ("CreativeWork", 1.0),
    "EVENT": ("Event", 1.0),
    "PRODUCT": ("CreativeWork", 0.3),
}

MINOR_WORDS = frozenset([
    "a", "an", "and", "the", "of", "in", "on", "at", "to", "for", "with", "from", "by", "or",
    "nor", "but", "as", "vs", "vs.", "via", "de", "la", "le", "du", "des", "del", "da", "di",
    "von", "van", "der", "den", "y", "e", "et", "&"
])
HONORIFICS = frozenset(["dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame",
                        "lady", "lord", "prof", "prof."])


@dataclass
class Mention:
    """A stretch of text naming something, with weighted votes for what it is."""

    start: int  # character offsets into the article text
    end: int
    text: str
    votes: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    rules: set[str] = field(default_factory=set)
    section: str | None = None
    year: str | None = None  # a year the text attaches to this mention ("(1958)")
    nested: bool = False  # lies inside another mention (an organiser inside an event name)
    pronoun: bool = False  # a resolved pronoun: a mention, but never a name

    def vote(self, fine_type: str, weight: float, rule: str) -> Mention:
        self.votes[fine_type] += weight
        self.rules.add(rule)
        return self

    def coarse_votes(self) -> dict[str, float]:
        out: dict[str, float] = defaultdict(float)
        for fine, weight in self.votes.items():
            out[FINE_TYPES.get(fine, fine)] += weight
        return out

    @property
    def tokens(self) -> list[str]:
        return self.text.split()


def fold(text: str) -> str:
    """Case-, accent- and punctuation-free form of a name, for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[\u2018\u2019\u201c\u201d'\"`]", "", text)
    text = re.sub(r"[^\w\s+]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def is_titlecase(word: str) -> bool:
    """True for a capitalised word ("Vale", "BBC", "McCartney", "3")."""
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def line_at(text: str, offset: int) -> str:
    """The whole line of ``text`` that holds ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)]


def run_end(doc, start: int, limit: int, accept, trim: tuple[str, ...]) -> int:
    """End of the run of tokens from ``start`` that ``accept(doc, k, start)`` takes, at
    most ``limit`` long, without trailing minor words or ``trim`` punctuation."""
    k = start
    while k < len(doc) and k - start < limit and accept(doc, k, start):
        k += 1
    while k > start and (doc[k - 1].lower_ in MINOR_WORDS or doc[k - 1].text in trim):
        k -= 1
    return k


def titlecase_line(line: str) -> bool:
    """True for a headline-style line where (nearly) every major word is capitalised."""
    words = [w.strip("'\"‘’“”,:;!?()") for w in line.split()]
    major = [w for w in words if w and w.lower() not in MINOR_WORDS and w[0].isalpha()]
    if len(major) < 3:
        return False
    return sum(w[0].isupper() for w in major) >= 0.85 * len(major)


def best_type(votes: dict[str, float]) -> tuple[str, str, float]:
    """(coarse type, fine type, margin) that the votes favour."""
    coarse: dict[str, float] = defaultdict(float)
    for fine, weight in votes.items():
        coarse[FINE_TYPES.get(fine, fine)] += weight
    ranked = sorted(coarse.items(), key=lambda kv: -kv[1])
    if not ranked:
        return "Thing", "Thing", 0.0
    winner, score = ranked[0]
    margin = score - (ranked[1][1] if len(ranked) > 1 else 0.0)
    fines = [(w, f) for f, w in votes.items() if FINE_TYPES.get(f, f) == winner]
    # a specific class (Documentary) beats the generic one (CreativeWork)
    specific = [(w, f) for w, f in fines if f != winner]
    fine = max(specific)[1] if specific else winner
    return winner, fine, margin
