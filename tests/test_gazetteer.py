"""The gazetteer reads place names as countries, divisions and cities, never guessing."""

from __future__ import annotations

import pytest

from kg.extract.relations.geography import _part_of
from kg.nlp.countries import is_country
from kg.nlp.gazetteer import (
    country_readings,
    demonym_country,
    lookup,
    normalize,
    state_by_abbreviation,
)


@pytest.mark.parametrize(("name", "expected"), [
    ("Canada", True), ("the United States", True), ("U.S.", True), ("USA", True),
    ("America", True), ("UK", True), ("Britain", True), ("The Netherlands", True),
    ("Soviet Union", True),
    # a US state too, a nation of the United Kingdom, a Crown dependency read as New Jersey
    ("Georgia", False), ("England", False), ("Scotland", False), ("Jersey", False),
    ("Texas", False), ("Toronto", False), ("Harbourview", False),
])
def test_is_country(name, expected):
    assert is_country(name) is expected


def test_normalize_drops_case_dots_accents_and_article():
    assert normalize("The  U.S.") == "us"
    assert normalize("Chişinău") == "chisinau"
    assert normalize("Aetolia - Acarnania") == normalize("Aetolia-Acarnania") == "aetolia acarnania"


def test_city_readings_carry_country_division_and_population():
    toronto = lookup("Toronto")
    assert toronto[0].kind == "city" and toronto[0].division == ("CA", "08")
    assert toronto[0].population > 1_000_000
    pasadena = {(r.country, r.admin1) for r in lookup("Pasadena")}
    assert {("US", "CA"), ("US", "TX")} <= pasadena  # both kept: the article decides


def test_divisions_and_their_countries():
    (ontario,) = country_readings("Ontario")
    assert (ontario.kind, ontario.country, ontario.admin1) == ("admin1", "CA", "08")
    (england,) = country_readings("England")
    assert england.division == ("GB", "ENG")
    kinds = {r.kind for r in lookup("New York")}
    assert kinds == {"admin1", "city"}


def test_state_abbreviations_only_through_their_own_lookup():
    assert state_by_abbreviation("CA").name == "California"
    assert state_by_abbreviation("Tenn.").name == "Tennessee"
    assert state_by_abbreviation("Ca") is None
    assert not any(r.kind == "admin1" for r in lookup("CA"))  # never from a plain name


def test_demonyms_and_parts_of_places():
    assert demonym_country("Swedish") == "SE"
    assert demonym_country("Martian") is None
    assert _part_of("Western Pennsylvania") == "Pennsylvania"
    assert _part_of("the Napa Valley") == "the Napa"
    assert _part_of("Toronto") is None
