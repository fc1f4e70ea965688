"""Find which entity a stretch of text refers to, from the entities' mentions."""

from __future__ import annotations

import bisect

from kg.model import Extraction


class MentionIndex:
    """Entity lookup by character offsets, over every mention of every entity."""

    def __init__(self, extraction: Extraction):
        spans = sorted((m.start, m.end, key) for key, ent in extraction.entities.items()
                       for m in ent.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans

    def entity_at(self, start: int, end: int) -> str | None:
        """Key of the entity whose mention overlaps ``[start, end)`` the most, if any."""
        best, best_overlap = None, 0
        i = bisect.bisect_right(self._starts, end)
        for s, e, key in self._spans[max(0, i - 64):i]:
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = key, overlap
        return best

    def entity_for_token(self, token) -> str | None:
        """Key of the entity a spaCy token is part of."""
        return self.entity_at(token.idx, token.idx + len(token.text))
