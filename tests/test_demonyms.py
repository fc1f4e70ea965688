"""Nationality adjectives name countries in reference prose, and nothing in news."""

from __future__ import annotations

import pytest

from kg.build import extract_text

REFERENCE = (
    "Halden Records is an American record label based in Nashville, Tennessee. It was "
    "founded in 1998 by the Swedish producer Lars Ekdahl."
)
NEWS = (
    "Swedish Producer Lars Ekdahl Signs With Halden Records\n\n"
    "By Kim Reyes\n\n"
    "The American label Halden Records has signed the Swedish producer Lars Ekdahl, "
    "the company said on Monday."
)


def _countries(extraction) -> dict[str, set[str]]:
    return {e.name: e.aliases for e in extraction.entities.values() if e.type == "Country"}


def _facts(extraction, relation: str) -> set[tuple[str, str]]:
    names = {k: e.name for k, e in extraction.entities.items()}
    return {(names[f.subject], names[f.object]) for f in extraction.facts
            if f.relation == relation and isinstance(f.object, str)}


@pytest.mark.slow
def test_a_nationality_adjective_is_a_mention_of_its_country_in_reference_text():
    extraction = extract_text(REFERENCE)
    countries = _countries(extraction)
    assert "American" in countries.get("United States", set())
    assert "Swedish" in countries.get("Sweden", set())
    country = _facts(extraction, "P17")
    assert ("Halden Records", "United States") in country
    assert ("Nashville", "United States") in country
    assert ("Tennessee", "United States") in country


@pytest.mark.slow
def test_news_keeps_nationality_adjectives_as_words():
    assert _countries(extract_text(NEWS)) == {}
