"""Entity typing from context, layout and kind lexicons on unseen wording (second round)."""

from __future__ import annotations

import pytest

from kg.document import byline_names, byline_outlets, credit_text, parse_document


def entities(nlp, text):
    """{name: (coarse, fine)} of a text's entities."""
    return {c.name: (c.coarse, c.fine) for c in nlp(text)._.kg_entities}


def _sections(text):
    head = "Quiet Night Falls Over Town\n\nThe body of the story.\n\n"
    return parse_document(head + text).sections


def test_byline_posted_on_a_date_names_the_author():
    secs = _sections("Posted by Dana Whitfield on February 12, 2024")
    byline = next(s for s in secs if s.kind == "byline")
    assert byline_names(byline) == ["Dana Whitfield"]
    assert any(s.kind == "date" for s in secs)


def test_wire_byline_reporting_and_editing_are_two_people():
    secs = [s for s in _sections("Reporting by Lena Ricci; Editing by Mary Mallon")
            if s.kind == "byline"]
    assert [byline_names(s) for s in secs] == [["Lena Ricci"], ["Mary Mallon"]]


def test_byline_outlet_after_the_author_is_not_a_person():
    sec = next(s for s in _sections("By Tom Brandl, Associated Press") if s.kind == "byline")
    assert byline_names(sec) == ["Tom Brandl"]
    assert byline_outlets(sec) == ["Associated Press"]


def test_photograph_by_line_is_a_credit():
    sec = next(s for s in _sections("Photograph by Lena Schulte for Northern Review")
               if s.kind == "credit")
    assert credit_text(sec) == "Lena Schulte for Northern Review"


@pytest.mark.slow
def test_agencies_glued_by_and_are_split(nlp):
    got = entities(nlp, "Marlow Quinn is represented by CAA and Stone Harbor Talent Group.\n")
    assert got.get("CAA", ("",))[0] == "Organization"
    assert got.get("Stone Harbor Talent Group", ("",))[0] == "Organization"
    assert not any(" and " in name for name in got)


@pytest.mark.slow
def test_venue_in_city_is_split_into_a_venue_and_a_place(nlp):
    got = entities(nlp, "The band begins a tour at the Barrowland Ballroom in Glasgow on May 3.\n")
    assert not any(" in " in name for name in got)
    assert got.get("Glasgow", ("",))[0] == "Place"


@pytest.mark.slow
def test_plural_cue_announces_two_titles(nlp):
    got = entities(nlp, "Their first two albums, Static Bloom and Paper Kings, were cold "
                        "things.\n")
    assert got.get("Static Bloom", ("",))[0] == "CreativeWork"
    assert got.get("Paper Kings", ("",))[0] == "CreativeWork"


@pytest.mark.slow
def test_known_platforms_get_their_kind(nlp):
    got = entities(nlp, "The series premieres next month on Netflix.\n\n"
                        "Neon acquired the film on Monday for $9 million.\n")
    assert got["Netflix"] == ("Organization", "StreamingService")
    assert got.get("Neon", ("",))[0] == "Organization"


@pytest.mark.slow
def test_numbered_roundup_items_are_titles(nlp):
    text = ("The Best New Shows to Stream This Week\n\n"
            "1. The Lantern Yard (Hulu)\n"
            "A moody thriller about a lighthouse keeper and her sister.\n\n"
            "2. Deep Harbor Heist (Prime Video)\n"
            "A glossy caper about divers robbing a sunken ship.\n")
    got = entities(nlp, text)
    assert got.get("The Lantern Yard", got.get("Lantern Yard", ("",)))[0] == "CreativeWork"
    assert got.get("Deep Harbor Heist", ("",))[0] == "CreativeWork"
    assert got.get("Prime Video", ("",))[0] == "Organization"


@pytest.mark.slow
def test_quoted_title_heading_a_tour_is_an_event(nlp):
    text = ("Ava Lindqvist Announces 2025 'Night Swim' World Tour\n\n"
            "Pop star Ava Lindqvist will tour Europe this summer.\n")
    got = entities(nlp, text)
    assert any(coarse == "Event" and "Night Swim" in name for name, (coarse, _) in got.items())


@pytest.mark.slow
def test_school_of_x_and_y_keeps_its_whole_name(nlp):
    got = entities(nlp, "She enrolled at the Royal Central School of Dance and Drama in "
                        "London, where a tutor noticed her.\n")
    assert got.get("Royal Central School of Dance and Drama", ("",))[0] == "Organization"


@pytest.mark.slow
def test_members_of_a_name_make_it_a_group(nlp):
    got = entities(nlp, "The five members of Velvet Static have never been accused of warmth.\n")
    assert got.get("Velvet Static", ("",))[0] == "Organization"


@pytest.mark.slow
def test_a_documentary_by_a_name_is_by_a_person(nlp):
    got = entities(nlp, "The prize went to Paper Kites, a documentary by Kenji Watabe about "
                        "a family of kite makers in Osaka.\n")
    assert got.get("Kenji Watabe", ("",))[0] == "Person"


@pytest.mark.slow
def test_names_joined_by_and_share_a_clear_type(nlp):
    got = entities(nlp, "The series is produced by See-Saw Films, with Emile Sherwin and Iain "
                        "Cannell executive producing.\n")
    assert got.get("Iain Cannell", ("",))[0] == "Person"


@pytest.mark.slow
def test_initial_led_name_is_a_person(nlp):
    got = entities(nlp, "He co-hosted the podcast Politically Loud with W. Kamau Bellamy for "
                        "two years.\n")
    assert got.get("W. Kamau Bellamy", ("",))[0] == "Person"


@pytest.mark.slow
def test_counted_awards_are_trophies_not_a_ceremony(nlp):
    got = entities(nlp, "The production transfers from the Almeida Theatre in London, where it "
                        "won three Olivier Awards last year.\n")
    assert "Olivier Awards" not in got


@pytest.mark.slow
def test_person_beside_the_organisation_keeps_its_type(nlp):
    got = entities(nlp, "The Glass Doors runs through March 15.\n\nIt is produced by Scott "
                        "Rudin's former associate Lisa Kaplan and the Shubert Organization.\n")
    assert got.get("Lisa Kaplan", ("",))[0] == "Person"
    assert got.get("Shubert Organization", ("",))[0] == "Organization"


@pytest.mark.slow
def test_awards_after_a_year_are_still_a_ceremony(nlp):
    got = entities(nlp, "The group won Best New Artist at the 2019 Harbour Music Awards in "
                        "Seoul.\n")
    assert any(coarse == "Event" and "Harbour Music Awards" in name
               for name, (coarse, _) in got.items())


@pytest.mark.slow
def test_state_after_a_city_is_not_described_as_a_person(nlp):
    got = entities(nlp, "Finale Draws Big Audience\n\nHost Jeff Probyn crowned Denise Alvarez, "
                        "a 41-year-old nurse from El Paso, Texas, the winner after 39 days.\n")
    assert got.get("Texas", ("",))[0] == "Place"


@pytest.mark.slow
def test_short_name_opening_a_festival_name_is_the_festival(nlp):
    text = ("Festival Unveils Lineup\n\n"
            "The Cold Docs Canadian International Documentary Festival announced its lineup "
            "on Tuesday.\n\n\"This is a year of extraordinary voices,\" said Cold Docs artistic "
            "director Heather Hale.\n")
    clusters = nlp(text)._.kg_entities
    festival = next(c for c in clusters if c.name.endswith("Documentary Festival"))
    assert festival.coarse == "Event"
    assert "Cold Docs" in festival.aliases
    assert not any(c.name == "Cold Docs" for c in clusters)


@pytest.mark.slow
def test_name_before_adaptation_is_a_work(nlp):
    got = entities(nlp, "He will next appear in Greta Gerwig's Narnia adaptation for "
                        "Netflix.\n")
    assert got.get("Narnia", ("",))[0] == "CreativeWork"
