"""Types from definitions, appositions, life spans, kind nouns, possessive credits and lists."""

from __future__ import annotations

import pytest

from kg.nlp.definitions import kinds
from kg.nlp.lists import plural_kind


def entities(nlp, text):
    """{name: coarse type} of a text's entities (a headline line first, as in an article)."""
    return {c.name: c.coarse for c in nlp("Headline\n\n" + text + "\n")._.kg_entities}


def test_kind_lexicon_covers_people_groups_works_and_places():
    table = kinds()
    assert table["journalist"] == "Person"
    assert table["record label"] == "RecordLabel"
    assert table["band"] == "MusicGroup"
    assert table["film"] == "Film"
    assert table["village"] == "City"


@pytest.mark.parametrize("word, fine", [
    ("children", "Person"), ("films", "Film"), ("bands", "MusicGroup"), ("novelists", "Person"),
    ("cities", "City"), ("weeks", None),
])
def test_plural_kinds(word, fine):
    assert plural_kind(word) == fine


@pytest.mark.slow
@pytest.mark.parametrize("text, name, coarse", [
    ("Tomas Ekwall (born 1961) is a Danish critic and author.", "Tomas Ekwall", "Person"),
    ("Velvet Mire were an experimental Scottish post-punk band, formed in Leith.",
     "Velvet Mire", "Organization"),
    ("Hollow Pines, a Canadian indie band from Regina, released a new album on Friday.",
     "Hollow Pines", "Organization"),
    ("Glass Orchard is a 1985 film directed by Ana Ruiz.", "Glass Orchard", "CreativeWork"),
    ("Marrow Street Recordings is a Welsh record label founded in 2004.",
     "Marrow Street Recordings", "Organization"),
    ("The programme opens with Holmqvist's Winter Lanterns, conducted by Ida Berg.",
     "Winter Lanterns", "CreativeWork"),
    ("The Lantern Fields festival was cancelled on Monday because of storms.",
     "Lantern Fields", "Event"),
    ("She wrote the music for the Crystal Veil series before moving to film.",
     "Crystal Veil", "CreativeWork"),
])
def test_definitions_and_kind_nouns_type_names(nlp, text, name, coarse):
    assert entities(nlp, text).get(name) == coarse


@pytest.mark.slow
def test_life_span_makes_a_person(nlp):
    got = entities(nlp, "Kasper Vollmer (1920–1990) painted harbours all his life.")
    assert got.get("Kasper Vollmer") == "Person"


@pytest.mark.slow
def test_apposition_must_close_before_a_verb(nlp):
    got = entities(nlp, "The post goes to its chief conductor, Ilse Marrow, the orchestra "
                        "announced on Tuesday.")
    assert got.get("Ilse Marrow") == "Person"


@pytest.mark.slow
def test_listed_names_take_the_kind_of_the_list(nlp):
    got = entities(nlp, "Her children included Oskar, Mette and Anneli. The label signed acts "
                        "such as Paper Kites, Dune Hollow and Fernwood.")
    assert [got.get(n) for n in ("Oskar", "Mette", "Anneli")] == ["Person"] * 3
    assert [got.get(n) for n in ("Dune Hollow", "Fernwood")] == ["Organization"] * 2


@pytest.mark.slow
def test_kind_noun_before_a_name_finds_it(nlp):
    got = entities(nlp, "The festival has booked the pop group Vantablu for its closing night.")
    assert got.get("Vantablu") == "Organization"


@pytest.mark.slow
def test_possessive_inside_a_title_is_not_a_credit(nlp):
    got = entities(nlp, "She was a writer on Gray's Lament before she joined the show.")
    assert "Lament" not in got and got.get("Gray's Lament") == "CreativeWork"


@pytest.mark.slow
def test_compound_venue_word(nlp):
    got = entities(nlp, "The Stadtmuseum has bought the painting, the museum said on Monday.")
    assert got.get("Stadtmuseum") == "Place"


def _texts(mentions):
    return [m.text for m in mentions]


@pytest.mark.slow
def test_candidate_finders_find_the_names(nlp):
    from kg.nlp.definitions import defined_names, kind_cued_names
    from kg.nlp.lists import listed_names
    from kg.nlp.named_kinds import kind_after_names
    from kg.nlp.possessives import possessive_credits

    doc = nlp("Die Welle were an experimental German band. It was recorded with the folk trio "
              "Larkspur Hollow at home. Her sons included Brannoc, Iravel and Medwy. The season "
              "opens with Holmqvist's Winter Lanterns, then the Lantern Fields festival.\n")
    assert "Die Welle" in _texts(defined_names(doc))
    assert "Larkspur Hollow" in _texts(kind_cued_names(doc))
    assert _texts(listed_names(doc)) == ["Brannoc", "Iravel", "Medwy"]
    assert _texts(possessive_credits(doc)) == ["Winter Lanterns"]
    assert "Lantern Fields" in _texts(kind_after_names(doc))


@pytest.mark.slow
def test_possessive_before_a_noun_is_not_a_credit(nlp):
    from kg.nlp.possessives import possessive_credits

    doc = nlp("Lee's Grammy win came a year after Lee's Broadway debut and Lucasfilm's Dana Wolk "
              "said so.\n")
    assert possessive_credits(doc) == []


@pytest.mark.slow
def test_performance_venue(nlp):
    got = entities(nlp, "The quartet will perform at the Krollhaus next week.")
    assert got.get("Krollhaus") == "Place"


@pytest.mark.slow
def test_a_name_ending_in_s_keeps_it_when_nothing_is_owned(nlp):
    got = entities(nlp, "The painting was sold at Lyford's in London last month.")
    assert got.get("Lyford's") == "Organization"


@pytest.mark.slow
def test_owner_of_a_credited_work_is_a_person(nlp):
    from kg.nlp.possessives import credited_owners

    doc = nlp("He will next appear in Mara Quell's Arcadia adaptation, and the show closes with "
              "Janek Osterby's The Salt Clock, on loan.\n")
    assert [m.text for m in credited_owners(doc)] == ["Mara Quell", "Janek Osterby"]


@pytest.mark.slow
def test_titles_dated_by_a_bare_year(nlp):
    got = entities(nlp, "She first made her name in Edge of Dusk (1989), and after Moth Harbour "
                        "(1990) she left. Ann Lee (1961) did not act in them.")
    assert got.get("Edge of Dusk") == "CreativeWork"
    assert got.get("Ann Lee") != "CreativeWork"


@pytest.mark.slow
def test_title_with_of_the_after_a_cue(nlp):
    got = entities(nlp, "He voiced a neighbour in the animated series Queen of the Marsh, and "
                        "later moved to radio.")
    assert got.get("Queen of the Marsh") == "CreativeWork"


@pytest.mark.slow
def test_a_year_can_own_a_title(nlp):
    from kg.nlp.possessives import possessive_credits

    doc = nlp("The box covers the videos from 1979's Over the Fence to the last single.\n")
    assert [m.text for m in possessive_credits(doc)] == ["Over the Fence"]


def test_gazetteer_turns_a_weak_organisation_into_a_place():
    from kg.nlp.mentions import Mention
    from kg.nlp.named_kinds import gazetteer_votes

    city = Mention(0, 7, "Utrecht").vote("Organization", 0.9, "spacy-ORG")
    gazetteer_votes(city)
    assert city.votes["Place"] == 1.5
    typed = Mention(0, 7, "Utrecht").vote("Organization", 3.0, "name-org")
    gazetteer_votes(typed)
    assert "Place" not in typed.votes
