"""Place-in-place and country facts from the gazetteer, only between mentioned places."""

from __future__ import annotations

import pytest

from kg.build import extract_text
from kg.document import parse_document
from kg.extract.relations.genre import is_reference_text

# Reference-style prose (no headline, byline or date): the containment chain is recorded.
REFERENCE = (
    "Quiet Harbour is the second album by the Canadian indie folk band Maple Lantern, "
    "released in 2016 by Birchwood Records in Canada. The band formed in Winnipeg in 2009. "
    "Most of the songs were written during a winter in Manitoba, and the album was mixed "
    "at a studio in Toronto."
)

# A news story: only the nearest container, and only where one sentence names both.
NEWS = (
    "Folk Trio Announces Spring Tour\n\n"
    "By Dana Whitlock\n\n"
    "March 3, 2025\n\n"
    "The folk trio Cedar Line will open its spring tour on April 9 in Austin, Texas, "
    "the band said on Monday. The tour ends in May in Portland, Oregon, after twelve shows "
    "across the United States."
)

# "Dublin" with only the United States named: the Irish capital is far better known than
# its American namesakes, so no reading is supported and no fact made.
AMBIGUOUS = (
    "Harbour Glass is a 2019 documentary film about a glassblower. It premiered in Dublin "
    "and later screened at festivals across the United States."
)
# The namesake, with its state right after it, is read as that namesake.
NAMESAKE = (
    "Harbour Glass is a 2019 documentary film about a glassblower from Dublin, Ohio. It "
    "premiered at festivals across the United States."
)

# A person named like a city, with the city's state and country in the text.
PERSON = (
    "Orchard Road is a 2021 drama film directed by Savannah Reyes. Reyes grew up in "
    "Georgia, and the film was shot across the United States. Savannah Reyes also wrote "
    "the screenplay."
)


def _geo(ex) -> set[tuple[str, str, str]]:
    names = {k: e.name for k, e in ex.entities.items()}
    return {(names[f.subject], f.relation, names[f.object]) for f in ex.facts
            if f.pattern.startswith("gazetteer.")}


def _types(ex) -> dict[str, str]:
    return {e.name: e.coarse_type for e in ex.entities.values()}


@pytest.mark.slow
def test_reference_text_is_told_from_news(nlp):
    assert is_reference_text(parse_document(REFERENCE), nlp(REFERENCE))
    assert not is_reference_text(parse_document(NEWS), nlp(NEWS))


@pytest.mark.slow
def test_reference_city_division_country_chain(nlp):
    ex = extract_text(REFERENCE)
    facts = _geo(ex)
    assert ("Winnipeg", "P131", "Manitoba") in facts
    assert ("Winnipeg", "P17", "Canada") in facts
    assert ("Manitoba", "P17", "Canada") in facts
    assert ("Toronto", "P17", "Canada") in facts
    # Toronto is in Ontario, which the text never names: no fact to Manitoba
    assert ("Toronto", "P131", "Manitoba") not in facts
    assert ("Canada", "P17", "Canada") not in facts


@pytest.mark.slow
def test_reference_organisation_country_from_demonym_and_release(nlp):
    ex = extract_text(REFERENCE)
    facts = _geo(ex)
    assert ("Maple Lantern", "P17", "Canada") in facts  # "the Canadian indie folk band"
    assert ("Birchwood Records", "P17", "Canada") in facts  # "released ... by X in Canada"
    assert not {f for f in facts if f[0] == "Quiet Harbour"}  # a work has no country here


@pytest.mark.slow
def test_facts_carry_evidence_pattern_and_confidence(nlp):
    ex = extract_text(REFERENCE)
    geo = [f for f in ex.facts if f.pattern.startswith("gazetteer.")]
    assert geo
    for fact in geo:
        assert fact.evidence is not None
        assert ex.article.text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
        assert 0.5 < fact.confidence < 1


@pytest.mark.slow
def test_news_gets_no_transitive_facts(nlp):
    ex = extract_text(NEWS)
    facts = {(s, p, o) for s, p, o in _geo(ex)}
    everything = {(ex.entities[f.subject].name, f.relation, ex.entities[f.object].name)
                  for f in ex.facts if isinstance(f.object, str) and f.object in ex.entities
                  and f.subject in ex.entities}
    assert ("Austin", "P131", "Texas") in everything  # read by a pattern or the gazetteer
    assert not {f for f in facts if f[1] == "P131" and f[2] == "United States"}
    assert ("Portland", "P131", "Texas") not in everything


@pytest.mark.slow
def test_ambiguous_city_without_its_container_gets_nothing(nlp):
    ex = extract_text(AMBIGUOUS)
    assert _types(ex).get("Dublin") == "Place"
    assert not {f for f in _geo(ex) if f[0] == "Dublin"}


@pytest.mark.slow
def test_namesake_with_its_division_next_to_it(nlp):
    ex = extract_text(NAMESAKE)
    facts = _geo(ex)
    assert ("Dublin", "P17", "United States") in facts
    assert ("Ohio", "P17", "United States") in facts


@pytest.mark.slow
def test_person_named_like_a_place_is_not_touched(nlp):
    ex = extract_text(PERSON)
    people = {n for n, t in _types(ex).items() if t == "Person"}
    assert any("Savannah" in p or "Reyes" in p for p in people)
    for s, _p, o in _geo(ex):
        assert s not in people and o not in people


def test_state_abbreviation_only_after_a_city_and_comma():
    from kg.extract.relations.geography import _abbreviated_state
    from kg.model import Entity, Span

    text = "PASADENA, CA - The network met critics. CA is short for a state."
    dateline = Entity("Place:ca", "Place", "CA", mentions=[Span(10, 12)])
    alone = Entity("Place:ca", "Place", "CA", mentions=[Span(40, 42)])
    assert [r.name for r in _abbreviated_state(text, dateline)] == ["California"]
    assert _abbreviated_state(text, alone) == []


@pytest.mark.slow
def test_abbreviated_state_contains_its_city(nlp):
    ex = extract_text(
        "Harbour Glass is a 2019 documentary film about a glassblower from Portland, Ore. "
        "It premiered at festivals across the United States.")
    facts = _geo(ex)
    assert ("Ore.", "P17", "United States") in facts
    assert ("Portland", "P17", "United States") in facts


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("The album was released by the Toronto-based label Maplewood Records on Friday.",
     ("Maplewood Records", "P131", "Toronto")),
    ("Quiet Harbour is the second album by the indie band Maple Lantern, released in 2016 by "
     "Harbourline Records, a Toronto-based label in Canada.",
     ("Harbourline Records", "P131", "Toronto")),
])
def test_place_based_organisation(nlp, text, expected):
    ex = extract_text(text)
    names = {k: e.name for k, e in ex.entities.items()}
    facts = {(names[f.subject], f.relation, names.get(f.object)) for f in ex.facts
             if isinstance(f.object, str)}
    assert expected in facts


@pytest.mark.slow
def test_organisation_in_a_city_gets_the_city_country_in_reference_text(nlp):
    ex = extract_text(
        "Quiet Harbour is the second album by the indie band Maple Lantern, released in 2016 "
        "by Harbourline Records, a Toronto-based label in Canada.")
    assert ("Harbourline Records", "P17", "Canada") in _geo(ex)
    # the album itself is placed nowhere
    assert not {f for f in _geo(ex) if f[0] == "Quiet Harbour"}
