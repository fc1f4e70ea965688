"""Coordination: the other entities of "X and Y", "X, Y and Z", by the parse or by the
surface when the parse misses it ("music executive X and hip-hop legend Y")."""

from __future__ import annotations


class Coordination:
    """Mixin of :class:`~kg.extract.relations.references.References`: coordinated names."""

    def coordinated(self, tok) -> list:
        """Tokens of other entities coordinated with the token's entity: by the parse
        (conjuncts) or by the surface, "X and Y" with only descriptors between."""
        out = [c for c in tok.conjuncts]
        key = self.direct(tok)
        if key is not None:
            i, j = self.mention_tokens(tok)
            right, right_tent, right_and = self._surface(j, +1, key)
            left, left_tent, left_and = self._surface(i - 1, -1, key)
            out += right + left
            if right_and or left_and:
                out += right_tent + left_tent
        return [t for t in out if t.i != tok.i]

    def _surface(self, pos: int, step: int, key: str) -> tuple[list, list, bool]:
        """Walk from ``pos`` over "and"/","/descriptors to the next mentions.

        Items joined only by commas count when an "and" closes the list, so
        "in Paris, France" or "by X, Y said" make no group.
        """
        found, tentative, seen_and = [], [], False
        doc = self.doc
        if not 0 <= pos < len(doc):
            return found, tentative, seen_and
        sent = doc[pos].sent
        coarse = self.entity(key).coarse_type
        while sent.start <= pos < sent.end:
            joined, gap, paren = None, 0, False
            while sent.start <= pos < sent.end and self.direct(doc[pos]) is None:
                t = doc[pos]
                if t.text in ("(", ")"):
                    paren = not paren
                elif paren or t.text in ("-", "/") or t.lower_ in ("as", "well"):
                    pass
                elif t.lower_ in ("and", "&"):
                    joined = "and"
                elif t.text == ",":
                    joined = joined or ","
                elif not (t.pos_ in ("NOUN", "ADJ", "NUM") or t.pos_ == "PROPN" and len(t) <= 2):
                    break
                gap += 1
                pos += step
                if gap > 7:
                    break
            if not (sent.start <= pos < sent.end) or self.direct(doc[pos]) is None or not joined:
                break
            other = self.direct(doc[pos])
            if other == key or self.entity(other).coarse_type != coarse:
                break
            if joined == "and":
                seen_and = True
                found += tentative + [doc[pos]]
                tentative = []
            elif seen_and:
                found.append(doc[pos])
            else:
                tentative.append(doc[pos])
            i, j = self.mention_tokens(doc[pos])
            pos = j if step > 0 else i - 1
        return found, tentative, seen_and
