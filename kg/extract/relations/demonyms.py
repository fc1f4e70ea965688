"""Countries that reference prose names only by their people's adjective.

Wikipedia writes "an American record label" far more often than "the United
States", and reference works (Re-DocRED among them) take the adjective as a
mention of the country. In reference text the country therefore becomes an
entity, with the adjective kept as an alias and its uses as mentions, so that
places and organisations can point at it (P17). News annotation does not count
nationality adjectives as entities, so news text is left alone.
"""

from __future__ import annotations

from kg.extract.entities import entity_key
from kg.model import Entity, Extraction, Span
from kg.nlp.gazetteer import country_name, country_readings, demonym_country

#: How an adjective is used when it names a nationality: before a noun, or as a name.
_ADJECTIVE_USES = frozenset({"amod", "compound", "nmod", "npadvmod"})


def _existing_country(extraction: Extraction, code: str) -> Entity | None:
    for entity in extraction.entities.values():
        if entity.coarse_type == "Place" and any(
                r.kind == "country" and r.country == code for r in country_readings(entity.name)):
            return entity
    return None


def add_demonym_countries(doc, extraction: Extraction) -> None:
    """Make every nationality adjective a mention of its country's entity."""
    for tok in doc:
        if not tok.is_title or tok.dep_ not in _ADJECTIVE_USES and tok.ent_type_ != "NORP":
            continue
        code = demonym_country(tok.text)
        name = country_name(code) if code else None
        if name is None:
            continue
        span = Span(tok.idx, tok.idx + len(tok.text))
        entity = _existing_country(extraction, code)
        if entity is None:
            entity = extraction.add_entity(Entity(
                key=entity_key(name, "Place"), type="Country", name=name))
        entity.aliases.add(tok.text)
        if span not in entity.mentions:
            entity.mentions.append(span)
