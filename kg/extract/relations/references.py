"""Which entity a token stands for: a name, a kind noun, a pronoun.

Relation patterns match tokens; this module turns a matched token into the
entities it refers to, so that a relation read on an alias ("Ruiz"), a
pronoun ("he", "they") or a kind noun ("the documentary", "a film called X",
"X is a 1995 film") lands on the resolved entity. Every reference carries a
weight below 1 when it was reached indirectly, which lowers the confidence of
the facts read through it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from kg.extract.mentions import MentionIndex
from kg.extract.relations.coordination import Coordination
from kg.extract.relations.kinds import (
    GENRE_KINDS,
    PART_KINDS,
    coarse_of,
    kind_accepts,
    kind_rank,
    kind_types,
    type_matches,
)
from kg.extract.relations.pronouns import PronounResolver
from kg.model import Entity, Extraction

#: Weights of indirect references (multiplied into a fact's confidence).
W_MENTION, W_LINKED, W_ANAPHOR, W_PRONOUN, W_GROUP = 1.0, 0.97, 0.85, 0.8, 0.8

_NAMING_VERBS = frozenset({"call", "title", "name", "entitle", "dub", "christen", "label"})
_PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
_NEUTER = frozenset({"it", "its", "itself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_NOT_ANAPHORIC = frozenset({
    "other", "another", "previous", "next", "earlier", "later", "original", "first", "second",
    "third", "fourth", "fifth", "last", "latest", "upcoming", "debut", "same", "former",
    "final", "penultimate", "untitled",
})


def _parenthesized(tok) -> bool:
    left = tok.left_edge.i
    return left > 0 and tok.doc[left - 1].text == "("


@dataclass(frozen=True)
class Ref:
    """An entity a token refers to, how it was reached, and how sure that is."""

    key: str
    weight: float
    how: str
    type: str = ""  # the fine class the text gives it ("the album" -> MusicAlbum), if finer
    token: int = -1  # index of a token of the mention it was read on, when it is a name
    via: int = -1  # index of the token the pattern matched and resolved (a noun, a pronoun)


class References(PronounResolver, Coordination):
    """Token -> entity resolution over one article."""

    def __init__(self, doc, extraction: Extraction, index: MentionIndex | None = None):
        self.doc = doc
        self.ex = extraction
        self.index = index or MentionIndex(extraction)
        spans = sorted((m.start, m.end, key) for key, ent in extraction.entities.items()
                       for m in ent.mentions)
        self._spans = spans
        self._starts = [s for s, _, _ in spans]
        self._direct: dict[int, str | None] = {}

    # -- direct mentions -------------------------------------------------------------

    def entity(self, key: str) -> Entity:
        return self.ex.entities[key]

    def direct(self, tok) -> str | None:
        """The entity whose mention holds the token (no inference)."""
        if tok.i not in self._direct:
            key = self.index.entity_for_token(tok)
            if key is not None and not self._inside(tok, key):
                key = None
            self._direct[tok.i] = key
        return self._direct[tok.i]

    def _inside(self, tok, key: str) -> bool:
        """The token lies within one of the entity's mentions (not just touches it)."""
        start, end = tok.idx, tok.idx + len(tok.text)
        return any(m.start <= start and end <= m.end or
                   (min(end, m.end) - max(start, m.start)) * 2 > len(tok.text)
                   for m in self.ex.entities[key].mentions)

    def mention_tokens(self, tok) -> tuple[int, int]:
        """Token range ``[i, j)`` of the mention that holds ``tok``."""
        key = self.direct(tok)
        i = j = tok.i
        while i > 0 and self.direct(self.doc[i - 1]) == key and key is not None:
            i -= 1
        while j + 1 < len(self.doc) and self.direct(self.doc[j + 1]) == key and key is not None:
            j += 1
        return i, j + 1

    # -- resolution ------------------------------------------------------------------

    def resolve(self, tok, types=(), *, group: bool = True) -> list[Ref]:
        """Entities the token refers to that fit ``types`` (fine or coarse class names).

        With ``group``, entities coordinated with it ("X and Y", "X, Y and Z")
        come too, at the same weight.
        """
        refs = self._resolve_one(tok, types)
        if not refs:
            return []
        if group and len(refs) == 1 and refs[0].how != "group":
            for other in self.coordinated(tok):
                refs += [Ref(r.key, min(r.weight, refs[0].weight), r.how, r.type, r.token)
                         for r in self._resolve_one(other, types)]
        seen: dict[str, Ref] = {}
        for r in refs:
            if r.key not in seen or seen[r.key].weight < r.weight:
                seen[r.key] = r
        return list(seen.values())

    def _resolve_one(self, tok, types) -> list[Ref]:
        key = self.direct(tok)
        if key is not None:
            return [Ref(key, W_MENTION, "mention", "", tok.i)] if self._fits(key, types) else []
        lower = tok.lower_
        if lower == "whose":  # "X, whose previous feature ...": X
            prev = tok.i - 1
            while prev > 0 and self.doc[prev].is_punct:
                prev -= 1
            if prev >= 0 and self.direct(self.doc[prev]) is not None:  # the name right before
                return self._resolve_one(self.doc[prev], types)
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            return self._resolve_one(clause.head, types) if clause is not None else []
        if tok.pos_ == "PRON" or lower in _PERSONAL | _NEUTER | _PLURAL:
            return self._pronoun(tok, types)
        if tok.pos_ in ("NOUN", "PROPN") and kind_types(tok.lemma_):
            return self._kind(tok, types)
        if tok.pos_ == "NOUN":
            return self._role_noun(tok, types)
        return []

    def _fits(self, key: str, types, kind: str | None = None) -> bool:
        """The entity fits ``types``; an entity known only by its coarse type also fits
        the fine class its kind noun gives ("the album" for a MusicAlbum)."""
        ent = self.ex.entities[key]
        if type_matches(ent, types):
            return True
        return bool(kind) and ent.type == ent.coarse_type and kind_types(kind)[0] in types

    def _kind_type(self, key: str, kind: str) -> str:
        ent = self.ex.entities[key]
        if ent.type != ent.coarse_type or kind in GENRE_KINDS:
            return ent.type  # "the drama" does not say film or series
        return kind_types(kind)[0]

    # -- kind nouns ------------------------------------------------------------------

    def linked_name(self, tok, coarse: str | None = None) -> str | None:
        """The named entity a common noun is said to be: its apposition, its title
        ("a film called X"), the subject of its copula ("X is a film"), the name it
        premodifies ("director X", "film director X"), or the name right after it.

        ``coarse`` is the coarse type the name must have (a kind noun's own).
        """

        def ok(t) -> str | None:
            key = self.direct(t)
            if key is None:
                return None
            return key if coarse is None or self.entity(key).coarse_type == coarse else None

        # a name in parentheses after a role is who plays it: "a biologist (Kazan)"
        cands = [c for c in tok.children if c.dep_ == "appos" and not _parenthesized(c)]
        if tok.dep_ == "appos" and not _parenthesized(tok):
            cands.append(tok.head)
        for acl in tok.children:
            if acl.dep_ in ("acl", "relcl") and acl.lemma_.lower() in _NAMING_VERBS:
                cands += [c for c in acl.children
                          if c.dep_ in ("oprd", "attr", "dobj", "xcomp", "npadvmod", "ccomp",
                                        "nsubjpass", "appos")]
        up = tok
        for _ in range(3):  # "film director X", "producer/director X"
            if up.dep_ not in ("compound", "nmod") or up.head.i <= up.i:
                break
            up = up.head
            if self.direct(up) is not None:
                cands.append(up)
                break
        if coarse == "Place":  # "the city of X", "the province of X"
            cands += [g for c in tok.children if c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            cands += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for c in cands:
            if key := ok(c):
                return key
        for c in tok.conjuncts:  # "rapper and singer X"
            if c.i > tok.i and c.pos_ == "NOUN" and c.dep_ == "conj" and not kind_types(c.lemma_):
                up = c
                while up.dep_ in ("compound", "nmod") and up.head.i > up.i:
                    up = up.head
                if up is not c and (key := ok(up)):
                    return key
        nxt = tok.i + 1
        while nxt < len(self.doc) and self.doc[nxt].is_quote:
            nxt += 1
        if nxt < len(self.doc) and nxt - tok.i <= 2 and self.doc[nxt].is_title:
            return ok(self.doc[nxt])
        if nxt < len(self.doc) and self.doc[nxt].text == ",":  # "her brother, drummer X,"
            return self._surface_appositive(nxt + 1, ok)
        return None

    def _surface_appositive(self, pos: int, ok) -> str | None:
        """A name after "<noun>, " and a few lowercase descriptors, closed by a comma,
        a full stop or the end of the sentence."""
        doc = self.doc
        start = pos
        while pos < len(doc) and pos - start < 4 and self.direct(doc[pos]) is None and (
                doc[pos].pos_ in ("NOUN", "ADJ") and doc[pos].is_lower
                or pos == start and doc[pos].lower_ in ("the", "a", "an")):
            pos += 1
        if pos >= len(doc) or self.direct(doc[pos]) is None:
            return None
        _, end = self.mention_tokens(doc[pos])
        if end < len(doc) and doc[end].text not in (",", ".", ";", ")") \
                and not doc[end].is_space and doc[end].sent == doc[pos].sent:
            return None
        return ok(doc[pos])

    def _role_noun(self, tok, types) -> list[Ref]:
        """A noun such as "director" or "CEO" stands for the name it is said of."""
        key = self.linked_name(tok)
        if key is not None and types and self._fits(key, types):
            return [Ref(key, W_LINKED, "linked")]
        if key is None and tok.dep_ == "attr" and tok.head.lemma_ == "be":
            for subj in tok.head.children:  # "She is the daughter of X": who "she" is
                if subj.dep_ == "nsubj" and subj.lower_ in _PERSONAL:
                    return self._pronoun(subj, types)
        return []

    def topic(self, tok, types) -> list[Ref]:
        """What an implicit argument means ("Kazan and Espinoza will star."): the latest
        entity of ``types`` in the token's paragraph, else the one the article has
        spoken of most so far."""
        if self._unnamed_in_sentence(tok, types):
            return []  # "the studio's next Avengers film will shoot ... with X to direct"
        para_start = self.doc.text.rfind("\n", 0, tok.idx) + 1
        counts: dict[str, list] = {}
        for start, _end, k in self._before(tok.idx):
            if self._fits(k, types) and not self._quoted_at(start):
                entry = counts.setdefault(k, [0, start])
                entry[0] += 1
        if not counts:
            return []
        here = [k for k, (_n, start) in counts.items() if start >= para_start]
        if here:  # a paragraph on one work ("1. Title (Network) ... She plays ...")
            key = max(here, key=lambda k: counts[k][1])
        else:
            key = max(counts, key=lambda k: (counts[k][0], counts[k][1]))
        return [Ref(key, W_ANAPHOR * 0.9, "topic")]

    def _unnamed_in_sentence(self, tok, types) -> bool:
        """Its sentence speaks of a thing of that kind without naming it."""
        for t in tok.sent:
            fines = kind_types(t.lemma_) if t.pos_ == "NOUN" and t.i != tok.i \
                and t.tag_ == "NN" and t.lemma_.lower() not in PART_KINDS else ()
            if fines and self._kind_fits(fines, types) and not self._kind(t, types):
                return True
        return False

    @staticmethod
    def _kind_fits(fines, types) -> bool:
        return not types or any(f in types or coarse_of(f) in types for f in fines)

    def is_definition(self, tok) -> bool:
        """The kind noun is what a name is defined as: "X is a 1995 album by Y"."""
        if tok.dep_ != "attr" or tok.head.lemma_ != "be" or not kind_types(tok.lemma_):
            return False
        return any(c.dep_ == "nsubj" and self.direct(c) is not None for c in tok.head.children)

    def _kind(self, tok, types) -> list[Ref]:
        lemma = tok.lemma_.lower()
        key = self.linked_name(tok, coarse_of(kind_types(lemma)[0]))
        if key is not None:
            if not self._fits(key, types, lemma):
                return []
            return [Ref(key, W_LINKED, "linked", self._kind_type(key, lemma))]
        if tok.tag_ in ("NNS", "NNPS") or any(c.lower_ in _NOT_ANAPHORIC or c.shape_ == "dddd"
                                              for c in tok.children):
            return []  # "the other tracks", "the next film": not the one named before
        dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss")}
        if not dets & (_DEFINITE | _PERSONAL | _NEUTER | _PLURAL) and not any(
                c.dep_ == "poss" for c in tok.children):
            return []
        if self._restricted(tok):
            return []  # "the novel by X", "the film that won": it says which one itself
        owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
        named_owner = bool(owners)
        by_company = any((k := self.direct(c)) is not None
                         and self.entity(k).coarse_type == "Organization" for c in owners)
        found: dict[str, list] = {}  # key -> [rank, mentions, latest start]
        for start, _end, k in self._before(tok.sent.start_char):  # not in its own sentence
            ent = self.entity(k)
            if not kind_accepts(lemma, ent) or not self._fits(k, types, lemma):
                continue
            rank = kind_rank(lemma, ent)
            if named_owner and ent.type != kind_types(lemma)[0] \
                    and not (by_company and ent.type == ent.coarse_type):
                continue  # "Harrow's novel": a work known to be a novel ("Sony's feature":
                # or one of no known kind)
            entry = found.setdefault(k, [rank, 0, start])
            entry[1] += 1
        if not found:
            return []
        best_rank = min(v[0] for v in found.values())
        pool = {k: v for k, v in found.items() if v[0] == best_rank}
        recent = max(pool, key=lambda k: pool[k][2])
        topic = max(pool, key=lambda k: (pool[k][1], pool[k][2]))
        key = recent if self._just_before(tok, pool[recent][2]) else topic
        if self._unnamed_since(tok, lemma, pool[key][2]):
            return []
        return [Ref(key, W_ANAPHOR, "anaphor", self._kind_type(key, lemma))]

    @staticmethod
    def _restricted(tok) -> bool:
        """A restrictive complement names which one: "by X", "about X", "starring X"."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "about", "of", "starring",
                                                "featuring", "with"):
                return True
            if c.dep_ in ("acl", "relcl") and c.left_edge.i > 0 \
                    and c.doc[c.left_edge.i - 1].text != ",":
                return True  # "the film that won", not "the drama, set in Baltimore,"
        return False

    def _just_before(self, tok, start: int) -> bool:
        """The offset lies in the sentence right before the token's, in its paragraph."""
        sents = self._sentences()
        idx = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
        if idx == 0:
            return False
        prev = sents[idx - 1]
        between = self.doc.text[prev.end_char:tok.sent.start_char]
        return prev.start_char <= start < prev.end_char and "\n" not in between \
            and "\n" not in self.doc.text[start:prev.end_char]

    def _unnamed_since(self, tok, lemma: str, since: int) -> bool:
        """A thing of the same kind was introduced without a name after ``since`` ("a new
        talk show", "an untitled series"): "the show" more likely means that one."""
        kind = kind_types(lemma)[0]
        for t in self.doc[:tok.i]:
            if t.idx <= since or t.pos_ != "NOUN" or not kind_types(t.lemma_) \
                    or kind_types(t.lemma_)[0] != kind or self.quoted(t) \
                    or t.lemma_.lower() in PART_KINDS:
                continue
            words = {c.lower_ for c in t.children if c.dep_ in ("det", "amod")}
            generic = t.dep_ == "pobj" and t.head.lower_ in ("for", "than", "like", "among")
            if words & {"a", "an", "untitled", "unnamed", "unscripted"} and not generic \
                    and self.linked_name(t, coarse_of(kind)) is None:  # not "best for a film"
                return True
        return False

    def _before(self, pos: int, since: int = 0):
        """Mentions ending before ``pos``, latest first, down to offset ``since``."""
        i = bisect.bisect_left(self._starts, pos)
        for start, end, key in reversed(self._spans[:i]):
            if end > pos:
                continue
            if start < since:
                return
            yield start, end, key

    # -- pronouns --------------------------------------------------------------------

    def _pronoun(self, tok, types) -> list[Ref]:
        lower = tok.lower_
        since = self._window_start(tok)
        if lower in _PERSONAL:
            if types and "Person" not in types:
                return []
            key = self._personal().get(tok.i)
            return [Ref(key, W_PRONOUN, "pronoun")] if key else []
        if lower in _NEUTER:
            if not types or "Person" in types:
                return []
            key = self._salient(tok, since, lambda k: self.entity(k).coarse_type != "Person")
            if key and self._fits(key, types):
                return [Ref(key, W_PRONOUN * 0.9, "pronoun")]
            return []
        if lower in _PLURAL:
            return [Ref(k, W_GROUP, "group") for k in self._group_before(tok, types, since)]
        return []
