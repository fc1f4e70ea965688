"""Mentions grouped into entities: surnames, first names, nicknames, abbreviations, same titles."""

from __future__ import annotations

import pytest

from kg.nlp.aliases import cluster_mentions, initials
from kg.nlp.mentions import Mention, fold


def mention(text: str, fine: str, weight: float = 1.0, start: int = 0, section="body"):
    return Mention(start, start + len(text), text, section=section).vote(fine, weight, "test")


def groups(clusters):
    return {c.name: (c.coarse, sorted(c.aliases)) for c in clusters}


def test_surname_and_first_name_join_the_full_name():
    ms = [mention("Allen Hughes", "Person", start=0), mention("Hughes", "Organization", start=50),
          mention("Jimmy Iovine", "Person", start=20), mention("Jimmy", "Person", start=80),
          mention("Iovine", "Person", start=90)]
    got = groups(cluster_mentions(ms))
    assert got == {"Allen Hughes": ("Person", ["Allen Hughes", "Hughes"]),
                   "Jimmy Iovine": ("Person", ["Iovine", "Jimmy", "Jimmy Iovine"])}


def test_stage_name_with_honorific_takes_the_bare_name():
    ms = [mention("Dr. Dre", "Person", start=0), mention("Dre", "Organization", start=30)]
    (c,) = cluster_mentions(ms)
    assert c.name == "Dr. Dre" and c.coarse == "Person"
    assert {"Dr. Dre", "Dre"} <= c.aliases


def test_shared_surname_goes_to_the_most_mentioned_person():
    ms = [mention("Harold Quinn", "Person", start=0), mention("Harold Quinn", "Person", start=40),
          mention("David Quinn", "Person", start=90), mention("Quinn", "Place", start=60)]
    got = groups(cluster_mentions(ms))
    assert got["Harold Quinn"][1] == ["Harold Quinn", "Quinn"]
    assert got["David Quinn"][1] == ["David Quinn"]


def test_partial_name_joins_the_longer_name():
    ms = [mention("Ana Lucía Ferreira", "Person"), mention("Lucía Ferreira", "Person", start=40)]
    (c,) = cluster_mentions(ms)
    assert c.name == "Ana Lucía Ferreira"


def test_a_strongly_typed_single_word_stays_apart():
    # "Apple" the company is not the first name of a person called "Apple Martin"
    ms = [mention("Apple Martin", "Person"), mention("Apple", "Organization", 3.0, start=30)]
    assert len(cluster_mentions(ms)) == 2


def test_abbreviation_joins_its_long_form():
    ms = [mention("Television Critics Association", "Organization"),
          mention("TCA", "Organization", start=60)]
    (c,) = cluster_mentions(ms)
    assert c.name == "Television Critics Association"
    assert "TCA" in c.aliases
    assert initials("Academy of Motion Picture Arts and Sciences") == "AMPAS"


def test_region_code_joins_the_place_it_shortens():
    ms = [mention("PASADENA", "City", 4.0, section="dateline"),
          mention("CA", "AdministrativeArea", 4.0, start=10, section="dateline"),
          mention("Pasadena", "Place", start=60), mention("California", "Place", start=70)]
    got = groups(cluster_mentions(ms))
    assert got == {"Pasadena": ("Place", ["PASADENA", "Pasadena"]),
                   "California": ("Place", ["CA", "California"])}


def test_company_word_may_be_left_out():
    ms = [mention("Sub Pop Records", "RecordLabel", 3.0), mention("Sub Pop", "Organization",
                                                                   start=40)]
    (c,) = cluster_mentions(ms)
    assert c.name == "Sub Pop Records" and c.fine == "RecordLabel"


def test_a_service_is_not_its_parent_company():
    ms = [mention("Apple TV+", "StreamingService", 3.0), mention("Apple", "Organization", start=40)]
    assert len(cluster_mentions(ms)) == 2


def test_votes_decide_the_type_and_the_specific_class():
    ms = [mention("Northern Lights", "Place", 1.0), mention("Northern Lights", "TVSeries", 3.0,
                                                            start=50)]
    (c,) = cluster_mentions(ms)
    assert (c.coarse, c.fine) == ("CreativeWork", "TVSeries")


def test_canonical_name_prefers_prose_over_capitals():
    ms = [mention("PARK CITY", "City", 4.0, section="dateline"),
          mention("Park City", "Place", start=50)]
    (c,) = cluster_mentions(ms)
    assert c.name == "Park City"


@pytest.mark.parametrize("a, b", [("The Defiant Ones", "Defiant Ones"), ("Dr. Dre", "dr dre"),
                                  ("Ana Lucía", "Ana Lucia"), ("'Salt Lines'", "Salt Lines")])
def test_fold_makes_spellings_comparable(a, b):
    assert fold(a) == fold(b)


@pytest.mark.slow
def test_same_title_different_works_are_kept_apart(nlp):
    text = ("A Festival Favourite Returns\n\n"
            "Her new documentary, Night Train, premieres on Friday. "
            "In 1964, there was a film called Night Train starring Ray Hill. "
            "The documentary Night Train runs two hours.\n")
    doc = nlp(text)
    works = [c for c in doc._.kg_entities if c.name == "Night Train"]
    assert len(works) == 2
    old = next(c for c in works if c.disambiguator)
    new = next(c for c in works if not c.disambiguator)
    assert old.disambiguator == "1964" and old.fine == "Film"
    assert new.fine == "Documentary"
    assert len(new.mentions) == 2 and len(old.mentions) == 1
    starring = text.index("Night Train starring")
    assert old.mentions[0].start == starring


@pytest.mark.slow
def test_all_mentions_are_listed_for_each_entity(nlp):
    from kg.document import parse_document
    from kg.extract import extract

    text = ("Mara Quist Talks Her Debut\n\nNovelist Mara Quist spoke on Monday. "
            "Quist said the book took ten years. Later, Mara laughed about it.\n")
    ex = extract(parse_document(text), nlp(text))
    person = next(e for e in ex.entities.values() if e.name == "Mara Quist")
    spans = {text[m.start:m.end] for m in person.mentions}
    assert spans == {"Mara Quist", "Quist", "Mara"}
    assert len(person.mentions) == 4


@pytest.mark.slow
def test_pronouns_resolve_to_the_person_of_the_right_gender(nlp):
    from kg.nlp.coref import resolve_pronouns
    from kg.nlp.entities import find_entities

    text = ("Headline Words Here\n\nThe actress Nora Vale met the producer Tom Reyes in 2010. "
            "She later married him. \"He said I was late,\" she joked.\n")
    with nlp.select_pipes(disable=["kg_entities"]):
        doc = nlp(text)
    clusters = find_entities(doc)
    resolve_pronouns(doc, clusters)
    by_name = {c.name: c for c in clusters}
    nora = {text[m.start:m.end] for m in by_name["Nora Vale"].mentions if m.pronoun}
    tom = {text[m.start:m.end] for m in by_name["Tom Reyes"].mentions if m.pronoun}
    assert nora == {"She", "she"}
    assert tom == {"him"}  # the quoted "He" and "I" are the speaker's, left alone
    assert "She" not in by_name["Nora Vale"].aliases
