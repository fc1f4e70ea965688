"""Pronouns: who "he", "she" and "they" are, read in order through the article.

A personal pronoun means the subject of its own clause before it, else the
main subject of the nearest sentence before with one, else the latest
person named; what one pronoun teaches ("Brennan" is "he") keeps the next
one of the other gender off him, as do nouns that give a gender ("his
daughter, the actress X"). A name inside a quotation is someone else's words,
not an antecedent for a pronoun outside it.
"""

from __future__ import annotations

from kg.extract.relations.kinds import kind_types

FEMALE = frozenset({"she", "her", "hers", "herself"})
MALE = frozenset({"he", "him", "his", "himself"})
NOUN_GENDER = {
    **dict.fromkeys(("actress", "wife", "daughter", "mother", "sister", "woman", "girl", "queen",
                     "widow", "girlfriend", "niece", "aunt", "grandmother", "businesswoman",
                     "chairwoman", "spokeswoman", "heroine", "stepdaughter", "mom", "frontwoman",
                     "songstress", "granddaughter", "princess", "duchess", "lady"), "f"),
    **dict.fromkeys(("husband", "son", "father", "brother", "man", "boy", "king", "widower",
                     "boyfriend", "nephew", "uncle", "grandfather", "businessman", "chairman",
                     "spokesman", "frontman", "stepson", "dad", "grandson", "prince", "duke"),
                    "m"),
}
PRONOUN_WINDOW = 3  # sentences back a pronoun may look


class PronounResolver:
    """Mixin of :class:`~kg.extract.relations.references.References`: pronoun antecedents."""

    def _window_start(self, tok) -> int:
        sents = self._sentences()
        idx = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
        return sents[max(0, idx - PRONOUN_WINDOW + 1)].start_char

    def _personal(self) -> dict[int, str]:
        """Every he/she pronoun resolved in reading order, so that what one pronoun
        teaches (Brennan is "he") keeps the next one ("she") off him."""
        if hasattr(self, "_personal_cache"):
            return self._personal_cache
        gender = self._noun_genders()
        out: dict[int, str] = {}
        self._personal_cache = out
        for tok in self.doc:
            g = "f" if tok.lower_ in FEMALE else "m" if tok.lower_ in MALE else None
            if g is None:
                continue

            def accept(k, g=g) -> bool:
                return self.entity(k).coarse_type == "Person" and gender.get(k, g) in (g, "?")

            key = self._salient(tok, self._window_start(tok), accept)
            if key is not None:
                out[tok.i] = key
                gender.setdefault(key, g)
        return out

    def _noun_genders(self) -> dict[str, str]:
        """Gender a text gives its people with nouns: "his daughter, the actress X"."""
        found: dict[str, str] = {}
        for tok in self.doc:
            g = NOUN_GENDER.get(tok.lower_) if tok.pos_ == "NOUN" else None
            if g is None or tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
                continue  # "X and Y are husband and wife": which is which is not said
            key = self.linked_name(tok, "Person")
            if key is not None:
                found[key] = g if found.get(key, g) == g else "?"
        return found

    def _salient(self, tok, since: int, accept) -> str | None:
        """The entity a pronoun most likely means: the subject of its own clause before
        it, else the main subject of the nearest sentence before with one, else the
        latest mention. A subject that is a name kg does not know stops the search:
        that unknown name is the likelier antecedent."""
        sents = self._sentences()
        idx = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
        for n in range(idx, -1, -1):
            sent = sents[n]
            if sent.start_char < since and n != idx:
                break
            subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass")
                        and (n != idx or t.i < tok.i) and t.i != tok.i
                        and self.quoted(t) == self.quoted(tok)]
            if n == idx:
                subjects.reverse()  # in its own sentence, the nearest clause first
            for subj in subjects:
                key = self.direct(subj)
                if key is None and subj.pos_ == "PRON":  # a pronoun resolved before it
                    key = getattr(self, "_personal_cache", {}).get(subj.i)
                if key is None and subj.pos_ == "NOUN" and kind_types(subj.lemma_):
                    found = self._kind(subj, ())  # "The series ... . It was produced by"
                    key = found[0].key if found else None
                if key is not None and accept(key):
                    return key
                if key is None and (subj.pos_ in ("PROPN", "INTJ", "X") or subj.tag_ == "NNP"):
                    return None
                if key is None and subj.pos_ == "PRON" and n != idx:
                    break  # "he ... he": look further back for the name
            else:
                if n == idx:  # "He married X in 1971; she died in 2015"
                    for start, _end, k in self._before(tok.idx, sent.start_char):
                        if accept(k) and self._quoted_at(start) == self.quoted(tok):
                            return k
                continue
        if tok.lower_ in ("it", "its", "itself"):
            return None  # "it" follows a subject or nothing: the latest thing named is a guess
        for _start, _end, k in self._before(tok.idx, since):
            if accept(k):
                return k
        return None

    def _quoted_at(self, offset: int) -> bool:
        if not hasattr(self, "_quote_spans"):
            from kg.extract.quotes import find_quotations

            self._quote_spans = [(q.start, q.end) for q in find_quotations(self.doc.text)]
        return any(start <= offset < end for start, end in self._quote_spans)

    def quoted(self, tok) -> bool:
        """The token stands inside a quotation (someone else's words)."""
        return self._quoted_at(tok.idx)

    def _sentences(self):
        if not hasattr(self, "_sents"):
            self._sents = list(self.doc.sents)
        return self._sents

    def _group_before(self, tok, types, since: int) -> list[str]:
        """The most recent "X and Y" group of entities fitting ``types`` before the token."""
        for start, _end, k in self._before(tok.idx, since):
            if not self._fits(k, types):
                continue
            first = self.doc.char_span(start, start + 1, alignment_mode="expand")
            if first is None:
                continue
            others = [o for o in self.coordinated(first[0]) if o.i < tok.i]
            keys = [k] + [self.direct(o) for o in others]
            keys = [x for x in dict.fromkeys(keys) if x and self._fits(x, types)]
            if len(keys) >= 2:
                return keys
        return []
