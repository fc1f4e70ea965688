"""Whether a place's name is a sovereign state's, so that it is typed a country: then
"Venice, Italy" reads as a country (P17), not a place in another place (P131).

The names come from the gazetteer (GeoNames' countries with common aliases);
a name that is also a first-level division ("Georgia") is not a country here,
and the four nations of the United Kingdom are divisions.
"""

from __future__ import annotations

from kg.nlp.gazetteer import is_country_name


def is_country(name: str) -> bool:
    """True for the name of a sovereign state (with or without a leading "the")."""
    return is_country_name(name)
