"""Entity boundaries and types in news writing: nicknames, bylines with outlets, agency
photo credits, works named without a cue word close by, studios' second companies."""

from __future__ import annotations

import pytest

from kg.nlp.boundaries import short_name, split_owner_glue, trim_decades
from kg.nlp.layout import split_byline_outlet
from kg.nlp.mentions import Mention


def entities(nlp, text):
    """{name: coarse type} of a text's entities."""
    return {c.name: c.coarse for c in nlp(text)._.kg_entities}


def clusters(nlp, text):
    return nlp(text)._.kg_entities


def test_byline_outlet_glued_to_capitals_is_split():
    assert split_byline_outlet("JANE ORTIZ Associated Press") == ("JANE ORTIZ",
                                                                 "Associated Press")
    assert split_byline_outlet("Jane Ortiz") == ("Jane Ortiz", None)


def test_nickname_is_dropped_for_the_short_name():
    assert short_name('Lionel "Pops" Garvey') == "Lionel Garvey"


def test_decade_before_a_place_is_trimmed():
    m = Mention(10, 23, "1970s Lisbon")
    trim_decades([m])
    assert (m.text, m.start) == ("Lisbon", 16)


def test_studio_possessive_glued_to_a_title_is_split():
    m = Mention(0, 29, "Paramount Pictures' Red Comet").vote("Organization", 0.9, "spacy-ORG")
    head, tail = split_owner_glue([m])
    assert head.text == "Paramount Pictures" and tail.text == "Red Comet"
    assert "CreativeWork" in tail.votes


@pytest.mark.slow
def test_person_with_quoted_nickname(nlp):
    text = ('The quartet was completed by drummer Lionel "Pops" Garvey, who toured with '
            'the band for years. Garvey retired in 2010.\n')
    found = [c for c in clusters(nlp, text) if "Garvey" in c.name]
    assert found and found[0].coarse == "Person"
    assert {'Lionel "Pops" Garvey', "Lionel Garvey"} <= found[0].aliases


@pytest.mark.slow
def test_byline_with_outlet_and_agency_photo_credit(nlp):
    text = ("Painter Dies at 90\n\nBy HELENA VOSS Associated Press\n\n"
            "LISBON (AP) — The painter died on Monday, his family said.\n\n"
            "(AP Photo/Tomas Rieger, File)\n")
    got = entities(nlp, text)
    assert got.get("Helena Voss") == "Person"
    assert got.get("Tomas Rieger") == "Person"
    assert not any("File" in n or "Associated Press" in n and n != "Associated Press"
                   for n in got)


@pytest.mark.slow
def test_apposition_with_place_modifier_and_bare_relative_clause(nlp):
    text = ("Redline Audio, the Denver imprint Mosley co-founded with his cousin, said the "
            "record would ship in June. Beats came from Copperfield Union, the Detroit duo "
            "made up of twins Ray and Lou Hart.\n")
    got = entities(nlp, text)
    assert got.get("Redline Audio") == "Organization"
    assert got.get("Copperfield Union") == "Organization"


@pytest.mark.slow
def test_works_without_cue_words(nlp):
    text = ("The band's new record follows 2019's Copper Lanterns, which sold well. "
            "Ines Varga was shortlisted for Winter Orchard (Halberd Books), a family saga. "
            "The thriller was directed by Ivo Marchand. Mara Lind was last seen in Hulu's "
            "Brightwater. Her 2021 hit Glass Harbor transferred to Broadway.\n")
    got = entities(nlp, text)
    assert got.get("Copper Lanterns") == "CreativeWork"
    assert got.get("Winter Orchard") == "CreativeWork"
    assert got.get("Ivo Marchand") == "Person"
    assert got.get("Brightwater") == "CreativeWork"
    assert got.get("Glass Harbor") == "CreativeWork"


@pytest.mark.slow
def test_actor_owning_a_role_and_author_owning_a_dated_novel(nlp):
    text = ("The ensemble is strong, and her scenes with Oona Breck's Hattie Lune are the "
            "best of the night. The series is based on Tobin Alcorn's 2020 novel.\n")
    got = entities(nlp, text)
    assert got.get("Oona Breck") == "Person"
    assert got.get("Tobin Alcorn") == "Person"


@pytest.mark.slow
def test_big_city_read_as_a_person_is_a_place(nlp):
    text = "Her novel is the story of a Baltimore family in the 1960s.\n"
    assert entities(nlp, text).get("Baltimore") == "Place"


@pytest.mark.slow
def test_network_and_its_production_company_stay_apart(nlp):
    text = ("The drama is produced by HBO Productions and will air on HBO next year, "
            "the network said.\n")
    names = {c.name for c in clusters(nlp, text) if c.coarse == "Organization"}
    assert {"HBO", "HBO Productions"} <= names


@pytest.mark.slow
def test_city_quarters_and_neighborhoods_are_places(nlp):
    text = ("The club sits in the Latin Quarter, two streets from the church in the Marigny "
            "neighborhood where she grew up.\n")
    got = entities(nlp, text)
    assert got.get("Latin Quarter") == "Place"
    assert got.get("Marigny") == "Place"


@pytest.mark.slow
def test_debut_publisher_and_person_with_a_firm_job(nlp):
    text = ("Odile Farrant, whose debut Salt Meridian, a short novel, was published by the "
            "small press Tern Hollow. The award was founded by the publisher Ansel Marrow "
            "and his wife.\n")
    got = entities(nlp, text)
    assert got.get("Salt Meridian") == "CreativeWork"
    assert got.get("Tern Hollow") == "Organization"
    assert got.get("Ansel Marrow") == "Person"


@pytest.mark.slow
def test_place_before_a_job_is_not_a_conjunct_person(nlp):
    text = "The album features Atlanta singer Cara Voss and Brooklyn rapper Dee Marlo.\n"
    got = entities(nlp, text)
    assert got.get("Brooklyn") == "Place"
    assert got.get("Dee Marlo") == "Person"
    text = "The bill is topped by singer Mira Penn and Denver surf rockers The Tin Saints.\n"
    assert entities(nlp, text).get("Denver") == "Place"


@pytest.mark.slow
def test_known_place_opening_an_event_name_is_kept(nlp):
    text = "The trio last played at the 2023 New Orleans Blues & Gumbo Festival in May.\n"
    names = [c.name for c in clusters(nlp, text) if c.coarse == "Event"]
    assert any(n.endswith("New Orleans Blues & Gumbo Festival") for n in names)


@pytest.mark.slow
def test_obituary_nickname_home_town_and_grade(nlp):
    text = ('Trumpeter Lionel "Pops" Garvey died on Monday. Students knew him as "Mr. Pops." '
            "He is survived by a brother, Amos Garvey of Memphis. Audiences gave his last "
            "film an A+ grade.\n")
    found = clusters(nlp, text)
    lionel = next(c for c in found if "Lionel" in c.name)
    assert "Mr. Pops" in lionel.aliases
    got = {c.name: c.coarse for c in found}
    assert got.get("Memphis") == "Place"
    assert "A+" not in got
