"""Relation patterns: the pattern files, the engine, and one sentence per pattern family.

The sentence tests give the entities themselves (names and classes), so they
test the relation rules, not the entity recognizer; each family has a
sentence that must yield its fact and one that must not.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from kg.document import parse_document
from kg.extract.relations import read_facts
from kg.extract.relations.engine import merge
from kg.extract.relations.kinds import kind_accepts, kind_types, type_matches
from kg.extract.relations.patterns import PatternError, default_patterns, load_patterns
from kg.extract.relations.works import retype_defined_entities, split_reintroduced_works
from kg.model import Article, DateValue, Entity, Evidence, Extraction, Fact, Span
from kg.rdf.ontology import property_for

REFERENCE_DATE = dt.date(2024, 6, 5)


def extraction_for(text: str, entities: dict[str, str], aliases: dict[str, str] | None = None,
                   date: dt.date = REFERENCE_DATE) -> Extraction:
    """An extraction whose entities are the given names (longest first, no overlaps)."""
    ex = Extraction(article=Article(text=text, date_published=date))
    aliases = aliases or {}
    taken: set[int] = set()
    for name in sorted([*entities, *aliases], key=len, reverse=True):
        key = aliases.get(name, name)
        spans = []
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if taken.isdisjoint(range(m.start(), m.end())):
                taken.update(range(m.start(), m.end()))
                spans.append(Span(m.start(), m.end()))
        if key not in ex.entities:
            ex.add_entity(Entity(key=key, type=entities[key], name=key))
        ex.entities[key].mentions += spans
    return ex


def facts_of(nlp, text: str, entities: dict[str, str], aliases=None, date=REFERENCE_DATE):
    doc = nlp(text)
    ex = extraction_for(text, entities, aliases, date)
    return {(f.subject, f.relation, f.object.iso if isinstance(f.object, DateValue) else f.object)
            for f in read_facts(doc, ex, parse_document(text).sections) if f.confidence >= 0.5}


# -- pattern files (no model) ----------------------------------------------------------


def test_shipped_patterns_load_with_unique_ids_and_known_relations():
    patterns = default_patterns()
    ids = [p.id for p in patterns]
    assert len(ids) == len(set(ids)) > 50
    vocabulary = set(property_for())
    assert {p.relation for p in patterns} <= vocabulary
    assert all(0 < p.confidence <= 1 for p in patterns)


def test_every_relation_family_of_the_vocabulary_has_a_pattern():
    relations = {p.relation for p in default_patterns()}
    for p in default_patterns():
        relations |= {v for m in (p.relation_by_subject, p.relation_by_object,
                                  p.relation_by_role) for v in m.values() if v}
        relations |= {v for v in p.relation_by_lemma.get("map", {}).values() if v}
    expected = {"P57", "P58", "P161", "P162", "P50", "P170", "P175", "P86", "P921", "P449",
                "P750", "P272", "P264", "P577", "P144", "P179", "P19", "P20", "P1441", "P585",
                "P580", "P582", "P276", "P131", "P17", "P108", "P463", "P26", "P1327", "P40",
                "P3373", "P710", "P664", "P1113", "P941", "P166", "P1411", "P569", "P570"}
    assert expected <= relations


def _write(tmp_path, line: dict | str):
    path = tmp_path / "p.jsonl"
    path.write_text(line if isinstance(line, str) else json.dumps(line), encoding="utf-8")
    return tmp_path


GOOD = {"id": "x", "relation": "P57", "confidence": 0.8,
        "dep": [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "direct"}}],
        "subject": {"node": "v"}, "object": {"node": "v"}}


def test_a_valid_pattern_file_loads(tmp_path):
    (pat,) = load_patterns(_write(tmp_path, GOOD))
    assert pat.id == "x" and pat.kind == "dep" and pat.subject.find == "self"


@pytest.mark.parametrize("change, message", [
    ({"confidence": 1.5}, "confidence"),
    ({"subject": {"node": "nope"}}, "not in the pattern"),
    ({"object": {"node": "v", "types": ["Movie"]}}, "unknown types"),
    ({"object": {"node": "v", "find": "sideways"}}, "find must be"),
    ({"relation": "P9999"}, "vocabulary"),
    ({"seq": [{"ORTH": "x"}]}, "exactly one of"),
])
def test_invalid_patterns_say_what_is_wrong(tmp_path, change, message):
    with pytest.raises(PatternError, match=message):
        load_patterns(_write(tmp_path, {**GOOD, **change}), relations={"P57"})


def test_duplicate_ids_and_bad_json_are_refused(tmp_path):
    with pytest.raises(PatternError, match="already used"):
        load_patterns(_write(tmp_path, json.dumps(GOOD) + "\n" + json.dumps(GOOD)))
    with pytest.raises(PatternError, match="not JSON"):
        load_patterns(_write(tmp_path, "{nope"))


def test_kinds_match_fine_and_untyped_entities():
    film = Entity("f", "Film", "F")
    work = Entity("w", "CreativeWork", "W")
    band = Entity("b", "MusicGroup", "B")
    assert kind_accepts("film", film) and kind_accepts("film", work)
    assert not kind_accepts("film", band) and not kind_accepts("album", film)
    assert "MusicAlbum" in kind_types("album") and kind_types("nonsense") == ()
    assert type_matches(film, ("CreativeWork",)) and not type_matches(film, ("Person",))


def test_merge_keeps_the_best_fact_and_one_date_per_work():
    ev = Evidence("s", 0, 1)
    facts = merge([Fact("a", "P57", "b", ev, "p1", 0.6), Fact("a", "P57", "b", ev, "p2", 0.9),
                   Fact("a", "P577", DateValue("2017"), ev, "p3", 0.8),
                   Fact("a", "P577", DateValue("2017-07-09"), ev, "p4", 0.8)])
    assert {(f.relation, f.pattern) for f in facts} == {("P57", "p2"), ("P577", "p4")}


# -- sentences, one family at a time (model) --------------------------------------------



@pytest.mark.slow
@pytest.mark.parametrize("text, entities, expected", [
    # creators: passive, active, nominal, kind + by
    ("Night Train, directed by Ana Ruiz, opens Friday.",
     {"Night Train": "Film", "Ana Ruiz": "Person"}, ("Night Train", "P57", "Ana Ruiz")),
    ("Ana Ruiz directed Night Train in Lisbon.",
     {"Night Train": "Film", "Ana Ruiz": "Person"}, ("Night Train", "P57", "Ana Ruiz")),
    ("Blue Hour is a 1998 album by the band Copper Sky.",
     {"Blue Hour": "CreativeWork", "Copper Sky": "MusicGroup"},
     ("Blue Hour", "P175", "Copper Sky")),
    ("The Glass Road is a novel by Mira Holt.",
     {"The Glass Road": "CreativeWork", "Mira Holt": "Person"},
     ("The Glass Road", "P50", "Mira Holt")),
    ("The show was created by Dana Whit.",
     {"Harbor Lights": "TVSeries", "Dana Whit": "Person"}, None),
    ("Harbor Lights, created by Dana Whit, returns in May.",
     {"Harbor Lights": "TVSeries", "Dana Whit": "Person"}, ("Harbor Lights", "P170", "Dana Whit")),
    ("Night Train was produced by Lena Park.",
     {"Night Train": "Film", "Lena Park": "Person"}, ("Night Train", "P162", "Lena Park")),
    ("Night Train was produced by Fable Pictures.",
     {"Night Train": "Film", "Fable Pictures": "Company"},
     ("Night Train", "P272", "Fable Pictures")),
    ("The score of Night Train was composed by Ivo Lind.",
     {"Night Train": "Film", "Ivo Lind": "Person"}, ("Night Train", "P86", "Ivo Lind")),
    ("The song Ember was written by Sara Vale.",
     {"Ember": "Song", "Sara Vale": "Person"}, ("Ember", "P86", "Sara Vale")),
    ("Night Train was written by Sara Vale.",
     {"Night Train": "Film", "Sara Vale": "Person"}, ("Night Train", "P58", "Sara Vale")),
    # cast
    ("Night Train, a thriller starring Tom Reed and Ada Fox, opens Friday.",
     {"Night Train": "Film", "Tom Reed": "Person", "Ada Fox": "Person"},
     ("Night Train", "P161", "Ada Fox")),
    ("Tom Reed stars in Night Train.",
     {"Night Train": "Film", "Tom Reed": "Person"}, ("Night Train", "P161", "Tom Reed")),
    # distribution
    ("Harbor Lights premieres on HBO in June.",
     {"Harbor Lights": "TVSeries", "HBO": "Broadcaster"}, ("Harbor Lights", "P449", "HBO")),
    ("Harbor Lights premieres on Netflix in June.",
     {"Harbor Lights": "TVSeries", "Netflix": "StreamingService"},
     ("Harbor Lights", "P750", "Netflix")),
    ("HBO's six-part documentary Cold Water follows two divers.",
     {"Cold Water": "Documentary", "HBO": "Broadcaster"}, ("Cold Water", "P449", "HBO")),
    ("HBO's six-part documentary Cold Water follows two divers.",
     {"Cold Water": "Documentary", "HBO": "Broadcaster"}, ("Cold Water", "P1113", 6)),
    ("The album Blue Hour was released on Sub Pop.",
     {"Blue Hour": "MusicAlbum", "Sub Pop": "RecordLabel"}, ("Blue Hour", "P264", "Sub Pop")),
    ("Night Train will be distributed by Neon.",
     {"Night Train": "Film", "Neon": "Company"}, ("Night Train", "P750", "Neon")),
    # dates
    ("Part one of Cold Water premieres on July 9 at 9 p.m. on HBO.",
     {"Cold Water": "Documentary", "HBO": "Broadcaster"},
     ("Cold Water", "P577", "2024-07-09T21:00:00")),
    ("In 1961, there was a film called Dust Road starring Ann Lee.",
     {"Dust Road": "Film", "Ann Lee": "Person"}, ("Dust Road", "P577", "1961")),
    ("Blue Hour is a 1998 album by Copper Sky.",
     {"Blue Hour": "MusicAlbum", "Copper Sky": "MusicGroup"}, ("Blue Hour", "P577", "1998")),
    ("Ann Lee (4 May 1921 - 9 June 1990) was an actress.",
     {"Ann Lee": "Person"}, ("Ann Lee", "P570", "1990-06-09")),
    ("Ann Lee was born on May 4, 1921, in Dayton, Ohio.",
     {"Ann Lee": "Person", "Dayton": "City", "Ohio": "AdministrativeArea"},
     ("Ann Lee", "P569", "1921-05-04")),
    # places
    ("Ann Lee was born on May 4, 1921, in Dayton, Ohio.",
     {"Ann Lee": "Person", "Dayton": "City", "Ohio": "AdministrativeArea"},
     ("Ann Lee", "P19", "Dayton")),
    ("The tour ends in Dayton, Ohio.",
     {"Dayton": "City", "Ohio": "AdministrativeArea"}, ("Dayton", "P131", "Ohio")),
    ("The festival runs on the Lido in Venice, Italy.",
     {"Venice": "City", "Italy": "Country", "Lido": "Place"}, ("Venice", "P17", "Italy")),
    # events
    ("Ann Lee and Tom Reed speak onstage during the Winter Press Tour at the Grand Hotel "
     "on January 14, 2017 in Pasadena, California.",
     {"Ann Lee": "Person", "Tom Reed": "Person", "Winter Press Tour": "PressEvent",
      "Grand Hotel": "Venue", "Pasadena": "City", "California": "AdministrativeArea"},
     ("Winter Press Tour", "P710", "Tom Reed")),
    ("Ann Lee and Tom Reed speak onstage during the Winter Press Tour at the Grand Hotel "
     "on January 14, 2017 in Pasadena, California.",
     {"Ann Lee": "Person", "Tom Reed": "Person", "Winter Press Tour": "PressEvent",
      "Grand Hotel": "Venue", "Pasadena": "City", "California": "AdministrativeArea"},
     ("Winter Press Tour", "P276", "Grand Hotel")),
    ("Ann Lee and Tom Reed speak onstage during the Winter Press Tour at the Grand Hotel "
     "on January 14, 2017 in Pasadena, California.",
     {"Ann Lee": "Person", "Tom Reed": "Person", "Winter Press Tour": "PressEvent",
      "Grand Hotel": "Venue", "Pasadena": "City", "California": "AdministrativeArea"},
     ("Winter Press Tour", "P585", "2017-01-14")),
    ("Ann Lee and Tom Reed speak onstage during the Winter Press Tour at the Grand Hotel "
     "on January 14, 2017 in Pasadena, California.",
     {"Ann Lee": "Person", "Tom Reed": "Person", "Winter Press Tour": "PressEvent",
      "Grand Hotel": "Venue", "Pasadena": "City", "California": "AdministrativeArea"},
     ("Grand Hotel", "P131", "Pasadena")),
    ("The gala, organized by the Film Guild, took place at the Grand Hotel.",
     {"Spring Gala": "AwardCeremony", "Film Guild": "Organization", "Grand Hotel": "Venue"},
     None),
    ("The Spring Gala, organized by the Film Guild, took place at the Grand Hotel.",
     {"Spring Gala": "AwardCeremony", "Film Guild": "Organization", "Grand Hotel": "Venue"},
     ("Spring Gala", "P664", "Film Guild")),
    # people
    ("Ana Ruiz, the CEO of Fable Pictures, spoke first.",
     {"Ana Ruiz": "Person", "Fable Pictures": "Company"}, ("Ana Ruiz", "P108", "Fable Pictures")),
    ("Singer Mia Stone is a member of Copper Sky.",
     {"Mia Stone": "Person", "Copper Sky": "MusicGroup"}, ("Mia Stone", "P463", "Copper Sky")),
    ("Tom Reed married Ada Fox in 1990.",
     {"Tom Reed": "Person", "Ada Fox": "Person"}, ("Tom Reed", "P26", "Ada Fox")),
    ("Tom Reed's daughter, Ada Reed, is an actress.",
     {"Tom Reed": "Person", "Ada Reed": "Person"}, ("Tom Reed", "P40", "Ada Reed")),
    ("Tom Reed's brother, Sam Reed, plays drums.",
     {"Tom Reed": "Person", "Sam Reed": "Person"}, ("Tom Reed", "P3373", "Sam Reed")),
    ("The partnership between Ana Ruiz and Tom Reed lasted decades.",
     {"Ana Ruiz": "Person", "Tom Reed": "Person"}, ("Ana Ruiz", "P1327", "Tom Reed")),
    ("(Photo: Ann Lee/Lens Agency)",
     {"Ann Lee": "Person", "Lens Agency": "Agency"}, ("Ann Lee", "P108", "Lens Agency")),
    # works
    ("Cold Water is a documentary about Ann Lee.",
     {"Cold Water": "Documentary", "Ann Lee": "Person"}, ("Cold Water", "P921", "Ann Lee")),
    ("The film Dust Road is based on the novel Red Sand.",
     {"Dust Road": "Film", "Red Sand": "Book"}, ("Dust Road", "P144", "Red Sand")),
    ("Dust Road was inspired by Red Sand.",
     {"Dust Road": "Film", "Red Sand": "Film"}, ("Dust Road", "P941", "Red Sand")),
    ("Ann Lee won the Golden Reel Award for Dust Road.",
     {"Ann Lee": "Person", "Golden Reel Award": "CreativeWork", "Dust Road": "Film"},
     ("Ann Lee", "P166", "Golden Reel Award")),
    ("Ann Lee was nominated for the Golden Reel Award.",
     {"Ann Lee": "Person", "Golden Reel Award": "CreativeWork"},
     ("Ann Lee", "P1411", "Golden Reel Award")),
    ("Dust Road took best director for Ana Ruiz and best actress for Ann Lee.",
     {"Dust Road": "Film", "Ana Ruiz": "Person", "Ann Lee": "Person"},
     ("Dust Road", "P57", "Ana Ruiz")),
    # a performer read from the album a song was recorded on, a hit for someone, a cast of
    ("In 2009, Ivo Lind recorded the song on the cover album Blue Hour.",
     {"Ivo Lind": "Person", "Blue Hour": "CreativeWork"}, ("Blue Hour", "P175", "Ivo Lind")),
    ("Ember became a hit for Copper Sky in 1980.",
     {"Ember": "Song", "Copper Sky": "MusicGroup"}, ("Ember", "P175", "Copper Sky")),
    ("He directed the film Dust Road, which featured a cast of Ann Lee and Ivo Lind.",
     {"Dust Road": "Film", "Ann Lee": "Person", "Ivo Lind": "Person"},
     ("Dust Road", "P161", "Ivo Lind")),
    ("The song appeared in Ana Ruiz's controversial film Dust Road.",
     {"Dust Road": "CreativeWork", "Ana Ruiz": "Person"}, ("Dust Road", "P57", "Ana Ruiz")),
    # a participle inside an appositive's "of" phrase describes the work the appositive names
    ("The prize went to Firewatch, an hour-long portrait of a Montana lookout tower directed "
     "by Greg Hollis.", {"Firewatch": "Documentary", "Greg Hollis": "Person"},
     ("Firewatch", "P57", "Greg Hollis")),
    ("Ana Lee is the voice of Captain Juno in Ember Road, the Netflix series.",
     {"Ember Road": "TVSeries", "Ana Lee": "Person"}, ("Ember Road", "P161", "Ana Lee")),
])
def test_sentence_yields_fact(nlp, text, entities, expected):
    facts = facts_of(nlp, text, entities)
    if expected is None:
        assert not facts, facts
    else:
        assert expected in facts, facts


@pytest.mark.slow
@pytest.mark.parametrize("text, entities, unexpected", [
    ("Night Train was not directed by Ana Ruiz.",
     {"Night Train": "Film", "Ana Ruiz": "Person"}, ("Night Train", "P57", "Ana Ruiz")),
    ("A music video for Ember, directed by Jo Park, arrived Tuesday.",
     {"Ember": "Song", "Jo Park": "Person"}, ("Ember", "P57", "Jo Park")),
    ("The album was planned to be released in 2004 but was shelved.",
     {"Blue Hour": "MusicAlbum"}, ("Blue Hour", "P577", "2004")),
    ("The song peaked in Australia, Switzerland and Germany.",
     {"Australia": "Country", "Switzerland": "Country", "Germany": "Country"},
     ("Australia", "P17", "Switzerland")),
    ("Films including Dust Road, directed by Ana Ruiz, and Red Sand were shown.",
     {"Dust Road": "Film", "Red Sand": "Film", "Ana Ruiz": "Person"},
     ("Red Sand", "P57", "Ana Ruiz")),
    ("The other six tracks were recorded by Ivo Lind at his studio.",
     {"Blue Hour": "MusicAlbum", "Ivo Lind": "Person"}, ("Blue Hour", "P175", "Ivo Lind")),
    ("Ann Lee was a guest at the Grand Hotel.",
     {"Ann Lee": "Person", "Grand Hotel": "Venue"}, ("Ann Lee", "P276", "Grand Hotel")),
    ("The Spring Gala ran from June 3 to June 9; the premiere of Dust Road was on June 5.",
     {"Spring Gala": "Festival", "Dust Road": "Film"}, ("Spring Gala", "P585", "2024-06-05")),
    ("Ivo Lind performed the song on the talk show Late Hour.",
     {"Ivo Lind": "Person", "Late Hour": "TVSeries"}, ("Late Hour", "P175", "Ivo Lind")),
    ("Dust Road, a hit for Zeta Pictures, opened in May.",
     {"Dust Road": "Film", "Zeta Pictures": "Organization"},
     ("Dust Road", "P175", "Zeta Pictures")),
    ("Blue Hour featured a cast of session players including Ivo Lind.",
     {"Blue Hour": "MusicAlbum", "Ivo Lind": "Person"}, ("Blue Hour", "P161", "Ivo Lind")),
    ("Ana Ruiz's new series Dust Road returns in May.",
     {"Dust Road": "TVSeries", "Ana Ruiz": "Person"}, ("Dust Road", "P57", "Ana Ruiz")),
])
def test_sentence_does_not_yield_fact(nlp, text, entities, unexpected):
    assert unexpected not in facts_of(nlp, text, entities)


# -- across sentences -------------------------------------------------------------------


@pytest.mark.slow
def test_alias_and_pronoun_land_on_the_resolved_entity(nlp):
    text = ("Ana Ruiz grew up in Porto. Ruiz later moved to Lisbon, where she directed "
            "Night Train.")
    facts = facts_of(nlp, text, {"Ana Ruiz": "Person", "Night Train": "Film",
                                 "Porto": "City", "Lisbon": "City"},
                     aliases={"Ruiz": "Ana Ruiz"})
    assert ("Night Train", "P57", "Ana Ruiz") in facts


@pytest.mark.slow
def test_pronoun_gender_keeps_she_off_the_man_named_before(nlp):
    text = ("Tom Reed was born in Dayton. He married the designer Ada Fox in 1971; "
            "she died in 2015.")
    facts = facts_of(nlp, text, {"Tom Reed": "Person", "Ada Fox": "Person", "Dayton": "City"})
    assert ("Ada Fox", "P570", "2015") in facts
    assert ("Tom Reed", "P570", "2015") not in facts


@pytest.mark.slow
def test_the_kind_noun_attaches_to_the_latest_entity_of_its_kind(nlp):
    text = ("HBO announced Cold Water on Monday. Critics praised Night Train. "
            "The documentary premieres on HBO on July 9.")
    facts = facts_of(nlp, text, {"Cold Water": "Documentary", "Night Train": "Film",
                                 "HBO": "Broadcaster"})
    assert ("Cold Water", "P449", "HBO") in facts
    assert ("Night Train", "P449", "HBO") not in facts


@pytest.mark.slow
def test_they_resolves_to_the_pair_named_before(nlp):
    text = ("The duo of Ana Ruiz and Tom Reed met in 1990. Their story is told in the "
            "documentary Cold Water.")
    facts = facts_of(nlp, text, {"Ana Ruiz": "Person", "Tom Reed": "Person",
                                 "Cold Water": "Documentary"})
    assert {("Cold Water", "P921", "Ana Ruiz"), ("Cold Water", "P921", "Tom Reed")} <= facts


@pytest.mark.slow
def test_role_noun_before_a_name_gives_the_credit(nlp):
    text = "Director Ana Ruiz and record producer Tom Reed of the documentary Cold Water spoke."
    facts = facts_of(nlp, text, {"Ana Ruiz": "Person", "Tom Reed": "Person",
                                 "Cold Water": "Documentary"})
    assert ("Cold Water", "P57", "Ana Ruiz") in facts
    assert not {f for f in facts if f[2] == "Tom Reed"}


@pytest.mark.slow
def test_evidence_is_the_sentence_with_its_offsets(nlp):
    text = "Critics loved it.\n\nNight Train, directed by Ana Ruiz, opens Friday."
    doc = nlp(text)
    ex = extraction_for(text, {"Night Train": "Film", "Ana Ruiz": "Person"})
    (fact,) = [f for f in read_facts(doc, ex, parse_document(text).sections)
               if f.relation == "P57"]
    assert fact.evidence.text == text[fact.evidence.start:fact.evidence.end]
    assert fact.evidence.text.startswith("Night Train, directed by")
    assert fact.pattern and 0.5 <= fact.confidence <= 1


# -- entities a sentence defines --------------------------------------------------------


@pytest.mark.slow
def test_an_older_namesake_work_is_split_off_by_its_year(nlp):
    text = ("Cold Water premieres on HBO. \"In 1961, there was a film called Cold Water "
            "starring Ann Lee,\" the director said.")
    doc = nlp(text)
    ex = extraction_for(text, {"Cold Water": "Documentary", "HBO": "Broadcaster",
                               "Ann Lee": "Person"}, date=dt.date(2017, 7, 5))
    split_reintroduced_works(doc, ex)
    older = [e for e in ex.entities.values() if e.disambiguator == "1961"]
    assert len(older) == 1 and len(older[0].mentions) == 1
    assert len(ex.entities["Cold Water"].mentions) == 1


@pytest.mark.slow
def test_a_copula_definition_retypes_the_entity(nlp):
    text = "Song of Freedom is a 1936 British film directed by Ann Lee."
    doc = nlp(text)
    ex = extraction_for(text, {"Song of Freedom": "Organization", "Ann Lee": "Person"})
    retype_defined_entities(doc, ex)
    assert ex.entities["Song of Freedom"].type == "Film"
    assert ex.entities["Ann Lee"].type == "Person"


@pytest.mark.slow
@pytest.mark.parametrize("text, entities, expected", [
    ("1. Cold Water (Netflix)\nA slow thriller set on a fishing boat.",
     {"Cold Water": "TVSeries", "Netflix": "StreamingService"}, ("Cold Water", "P750", "Netflix")),
    ("Night Train, a thriller from director Ana Ruiz, was acquired by Neon. Tom Reed and Ada Fox "
     "will star.", {"Night Train": "Film", "Ana Ruiz": "Person", "Neon": "Company",
                    "Tom Reed": "Person", "Ada Fox": "Person"}, ("Night Train", "P161", "Ada Fox")),
    ("Night Train follows a marine biologist (Ada Fox) who returns home.",
     {"Night Train": "Film", "Ada Fox": "Person"}, ("Night Train", "P161", "Ada Fox")),
    ("The film opened in May. Night Train is a quiet drama. It stars Ada Fox.",
     {"Night Train": "Film", "Ada Fox": "Person"}, ("Night Train", "P161", "Ada Fox")),
    ("Lionsgate has acquired Night Train, a thriller from filmmaker Ana Ruiz.",
     {"Night Train": "CreativeWork", "Ana Ruiz": "Person", "Lionsgate": "Company"},
     ("Night Train", "P57", "Ana Ruiz")),
    ("Lionsgate has acquired Night Train, a thriller from filmmaker Ana Ruiz.",
     {"Night Train": "CreativeWork", "Ana Ruiz": "Person", "Lionsgate": "Company"},
     ("Night Train", "P750", "Lionsgate")),
])
def test_sentence_yields_fact_in_context(nlp, text, entities, expected):
    assert expected in facts_of(nlp, text, entities)


@pytest.mark.slow
@pytest.mark.parametrize("text, entities, unexpected", [
    # a later season's date is not the series' release date
    ("Season 3 of Harbor Lights premieres on October 5 on HBO.",
     {"Harbor Lights": "TVSeries", "HBO": "Broadcaster"}, ("Harbor Lights", "P577", "2024-10-05")),
    # "Harrow's novel" is not the series named before
    ("Ben Ash created the drama Coldwater.\n\nMia Harrow's novel was published in 2022.",
     {"Coldwater": "CreativeWork", "Ben Ash": "Person", "Mia Harrow": "Person"},
     ("Coldwater", "P577", "2022")),
    # "the show" after "a new talk show" means the new one
    ("She starred in the comedy Aunties. CBS ordered a new talk show for her. Tom Reed will "
     "produce the show.", {"Aunties": "TVSeries", "Tom Reed": "Person", "CBS": "Broadcaster"},
     ("Aunties", "P162", "Tom Reed")),
    # an album has no cast
    ("Pop star Mia Stone announced her new album, Blue Hour.",
     {"Mia Stone": "Person", "Blue Hour": "MusicAlbum"}, ("Blue Hour", "P161", "Mia Stone")),
    # the follow of "follows the staff" is not a release
    ("This period drama Night Train follows the staff of a hotel in 1936.",
     {"Night Train": "TVSeries"}, ("Night Train", "P577", "1936")),
])
def test_sentence_does_not_yield_fact_in_context(nlp, text, entities, unexpected):
    assert unexpected not in facts_of(nlp, text, entities)


@pytest.mark.slow
def test_an_apposition_refines_a_coarse_class_but_a_genre_word_does_not(nlp):
    text = "Neon bought Dust Road, a documentary by Ann Lee, and Red Sand, a drama."
    doc = nlp(text)
    ex = extraction_for(text, {"Dust Road": "CreativeWork", "Red Sand": "CreativeWork",
                               "Ann Lee": "Person", "Neon": "Company"})
    retype_defined_entities(doc, ex)
    assert ex.entities["Dust Road"].type == "Documentary"
    assert ex.entities["Red Sand"].type == "CreativeWork"


# -- end to end on the test articles ----------------------------------------------------

RELATION_ARTICLES = Path(__file__).parent / "data" / "relations"


@pytest.mark.slow
def test_articles_of_every_kind_keep_their_fact_scores():
    """A guard against regressions over whole articles (album, obituary, festival, TV, ...):
    the numbers seen when the rules were written, with some slack."""
    from kg.evaluate import evaluate

    report = evaluate([RELATION_ARTICLES], RELATION_ARTICLES)
    assert len(report.docs) >= 10
    facts = report.facts
    assert facts.precision >= 0.85, report.to_dict(verbose=True)
    assert facts.recall >= 0.55, report.to_dict(verbose=True)
