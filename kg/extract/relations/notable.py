"""Notable works (P800), which reference works record and news stories do not.

An encyclopedia entry lists the works a person or band is credited with as
their notable works: Wikidata's P800 and the Re-DocRED annotations both follow
that convention for performers, authors, directors, composers and producers.
A news story that mentions a credit does not make the work notable, so the
derivation runs only on reference text (see :mod:`kg.extract.relations.genre`).
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Extraction, Fact

#: Credits that make a work one of its creator's notable works in reference text.
NOTABLE_CREDITS = frozenset({"P175", "P50", "P57", "P86", "P162"})
_CONFIDENCE_FACTOR = 0.95


def notable_work_facts(extraction: Extraction) -> list[Fact]:
    """P800 from every credit of a person or organisation to a work, with the credit's evidence."""
    entities = extraction.entities
    have = {(f.subject, f.relation, f.object) for f in extraction.facts}
    derived: dict[tuple[str, str], Fact] = {}
    for fact in extraction.facts:
        if fact.relation not in NOTABLE_CREDITS or not isinstance(fact.object, str):
            continue
        work, creator = entities.get(fact.subject), entities.get(fact.object)
        if (work is None or creator is None or work.coarse_type != "CreativeWork"
                or creator.coarse_type not in ("Person", "Organization")):
            continue
        key = (creator.key, work.key)
        if (creator.key, "P800", work.key) in have:
            continue
        candidate = replace(fact, subject=creator.key, relation="P800", object=work.key,
                            pattern=f"P800.from-{fact.relation}",
                            confidence=round(fact.confidence * _CONFIDENCE_FACTOR, 3))
        if key not in derived or derived[key].confidence < candidate.confidence:
            derived[key] = candidate
    return list(derived.values())
