"""Relation patterns for encyclopedic phrasing that news writes too: lives in parentheses,
parents, record labels, band members, authors and release years.

Each family has a sentence that must yield its fact (and fails if the pattern is
removed) and, where a near miss is likely, one that must not.
"""

from __future__ import annotations

import pytest

from kg.extract.relations.engine import family
from kg.model import Evidence, Fact
from tests.test_relations import facts_of


@pytest.mark.slow
@pytest.mark.parametrize("text, entities, expected", [
    # lives in parentheses after a name
    ("Ann Lee, OBE (born 29 December 1928) is an English actress.",
     {"Ann Lee": "Person"}, ("Ann Lee", "P569", "1928-12-29")),
    ("Ann Lee (née Ann Hart; born November 30, 1987) is an American dancer.",
     {"Ann Lee": "Person"}, ("Ann Lee", "P569", "1987-11-30")),
    ("Tom Reed (; 22 June 1940 \u2013 4 July 2016) was an Iranian film director.",
     {"Tom Reed": "Person"}, ("Tom Reed", "P570", "2016-07-04")),
    ("Tom Reed (; 22 June 1940 \u2013 4 July 2016) was an Iranian film director.",
     {"Tom Reed": "Person"}, ("Tom Reed", "P569", "1940-06-22")),
    ("Ivo Lind (born 6 April 1953, Berlin) is a German composer.",
     {"Ivo Lind": "Person", "Berlin": "City"}, ("Ivo Lind", "P19", "Berlin")),
    ("Ivo Lind (; May 22, 1913 in Porto, Portugal \u2013 April 4, 2004 in Lisbon, Portugal) "
     "was a composer.",
     {"Ivo Lind": "Person", "Porto": "City", "Lisbon": "City", "Portugal": "Country"},
     ("Ivo Lind", "P20", "Lisbon")),
    # parents
    ("Sam Reed was born in Dayton to Tom Reed, an engineer, and Ada Fox.",
     {"Sam Reed": "Person", "Tom Reed": "Person", "Ada Fox": "Person", "Dayton": "City"},
     ("Tom Reed", "P40", "Sam Reed")),
    ("Born in Lisbon, the daughter of actors Tom Reed and Ada Fox, she made her debut in 1979.",
     {"Tom Reed": "Person", "Ada Fox": "Person", "Lisbon": "City"},
     ("Tom Reed", "P26", "Ada Fox")),
    ("Tom Reed was a painter. He is the father of Sam Reed.",
     {"Tom Reed": "Person", "Sam Reed": "Person"}, ("Tom Reed", "P40", "Sam Reed")),
    ("Tom Reed was a painter. His children included Sam Reed and Ada Reed.",
     {"Tom Reed": "Person", "Sam Reed": "Person", "Ada Reed": "Person"},
     ("Tom Reed", "P40", "Ada Reed")),
    ("On 18 May 1980, the eve of the tour, Sam Reed was found dead in his home.",
     {"Sam Reed": "Person"}, ("Sam Reed", "P570", "1980-05-18")),
    # record labels
    ("Low Tide, out Friday on Sub Pop, opens with a banjo.",
     {"Low Tide": "MusicAlbum", "Sub Pop": "RecordLabel"}, ("Low Tide", "P264", "Sub Pop")),
    ("Her fourth studio album, Salt Lines, will arrive May 19 via Sub Pop Records.",
     {"Salt Lines": "MusicAlbum", "Sub Pop Records": "RecordLabel"},
     ("Salt Lines", "P264", "Sub Pop Records")),
    ("Northern Lights, her third album for Republic Records, arrives May 17.",
     {"Northern Lights": "MusicAlbum", "Republic Records": "RecordLabel"},
     ("Northern Lights", "P264", "Republic Records")),
    ("Carver, who died in 1994, recorded more than 40 albums for Blue Note Records.",
     {"Carver": "Person", "Blue Note Records": "RecordLabel"},
     ("Carver", "P264", "Blue Note Records")),
    ("Delaney thanked his band and his label, Blue Note Records.",
     {"Delaney": "Person", "Blue Note Records": "RecordLabel"},
     ("Delaney", "P264", "Blue Note Records")),
    ("Load is the sixth studio album by the band Copper Sky, released on June 4, 1996 by "
     "Elektra Records.",
     {"Load": "MusicAlbum", "Copper Sky": "MusicGroup", "Elektra Records": "RecordLabel"},
     ("Copper Sky", "P264", "Elektra Records")),
    # performers and members
    ("Copper Sky, whose hit songs include \"Ember\" and \"Tide\", split in 1975.",
     {"Copper Sky": "MusicGroup", "Ember": "Song", "Tide": "Song"},
     ("Ember", "P175", "Copper Sky")),
    ("Copper Sky was formed in 1976 by guitarist Ivo Lind and bassist Sam Reed.",
     {"Copper Sky": "MusicGroup", "Ivo Lind": "Person", "Sam Reed": "Person"},
     ("Sam Reed", "P463", "Copper Sky")),
    ("Copper Sky is an ensemble formed in 1986 consisting of Ivo Lind, Sam Reed and Ada Fox.",
     {"Copper Sky": "MusicGroup", "Ivo Lind": "Person", "Sam Reed": "Person",
      "Ada Fox": "Person"}, ("Ada Fox", "P463", "Copper Sky")),
    ("After the sessions, drummer Ivo Lind left Copper Sky and was replaced by Sam Reed.",
     {"Copper Sky": "MusicGroup", "Ivo Lind": "Person", "Sam Reed": "Person"},
     ("Ivo Lind", "P463", "Copper Sky")),
    ("Ivo Lind was the singer of the rock band Copper Sky, whose hit songs include \"Ember\" "
     "and \"Tide\".",
     {"Copper Sky": "MusicGroup", "Ivo Lind": "Person", "Ember": "Song", "Tide": "Song"},
     ("Ember", "P175", "Copper Sky")),
    ("He has played two solos for the album Blue Hour by the Italian metal band Copper Sky.",
     {"Blue Hour": "CreativeWork", "Copper Sky": "MusicGroup"},
     ("Blue Hour", "P175", "Copper Sky")),
    ("Critics praised the novel The Glass Road by Mira Holt.",
     {"The Glass Road": "CreativeWork", "Mira Holt": "Person"},
     ("The Glass Road", "P50", "Mira Holt")),
    ("He also co-wrote the ballad \"Paper Heart\", a worldwide number one hit for Ada Fox "
     "which has become a standard.",
     {"Paper Heart": "Song", "Ada Fox": "Person"}, ("Paper Heart", "P175", "Ada Fox")),
    ("The contest was won by Ivo Lind singing \"Ember\".",
     {"Ivo Lind": "Person", "Ember": "Song"}, ("Ember", "P175", "Ivo Lind")),
    ("Ivo Lind appears on the 2010 album Blue Hour.",
     {"Ivo Lind": "Person", "Blue Hour": "CreativeWork"}, ("Blue Hour", "P175", "Ivo Lind")),
    ("\"Ember\", the second single off Copper Sky's debut album, reached number 3.",
     {"Copper Sky": "MusicGroup", "Ember": "Song"}, ("Ember", "P175", "Copper Sky")),
    ("Ada Fox, 27, broke through in 2021 with the single \"Paper Heart,\" which topped the chart.",
     {"Ada Fox": "Person", "Paper Heart": "Song"}, ("Paper Heart", "P175", "Ada Fox")),
    ("Northern Lights, her third album, arrives May 17 and was produced by Ivo Lind.",
     {"Northern Lights": "MusicAlbum", "Ivo Lind": "Person"},
     ("Northern Lights", "P577", "2024-05-17")),
    # credits shared by coordinated verbs
    ("Night Train, written and directed by Ana Ruiz, opens Friday.",
     {"Night Train": "Film", "Ana Ruiz": "Person"}, ("Night Train", "P58", "Ana Ruiz")),
    ("Night Train is a 2009 film written, directed and produced by Ana Ruiz.",
     {"Night Train": "Film", "Ana Ruiz": "Person"}, ("Night Train", "P57", "Ana Ruiz")),
    # authors and years
    ("The series is based on Mira Holt's autobiographical novel The Glass Road.",
     {"Mira Holt": "Person", "The Glass Road": "Book"}, ("The Glass Road", "P50", "Mira Holt")),
    ("\"Dust\" is a short-story by Mira Holt collected in her 1973 collection Red Sand.",
     {"Mira Holt": "Person", "Dust": "CreativeWork", "Red Sand": "Book"},
     ("Dust", "P50", "Mira Holt")),
    ("\"Dust\" is a short-story by Mira Holt collected in her 1973 collection Red Sand.",
     {"Mira Holt": "Person", "Dust": "CreativeWork", "Red Sand": "Book"},
     ("Red Sand", "P577", "1973")),
    ("She played a solo on the track \"Ember\", from their 2011 release Blue Hour.",
     {"Ember": "Song", "Blue Hour": "MusicAlbum"}, ("Blue Hour", "P577", "2011")),
])
def test_sentence_yields_fact(nlp, text, entities, expected):
    assert expected in facts_of(nlp, text, entities)


@pytest.mark.slow
@pytest.mark.parametrize("text, entities, unexpected", [
    ("The studio was founded by Ana Ruiz in 2001.",
     {"Fable Pictures": "Company", "Ana Ruiz": "Person"}, ("Ana Ruiz", "P463", "Fable Pictures")),
    ("Ana Ruiz left Fable Pictures in 2010.",
     {"Fable Pictures": "Company", "Ana Ruiz": "Person"}, ("Ana Ruiz", "P463", "Fable Pictures")),
    ("Ana Ruiz recorded a song for the film Dust Road.",
     {"Dust Road": "Film", "Ana Ruiz": "Person"}, ("Ana Ruiz", "P264", "Dust Road")),
    ("Blue Hour, the debut album by singer Ada Fox, was released by Zeta Pictures.",
     {"Blue Hour": "MusicAlbum", "Ada Fox": "Person", "Zeta Pictures": "Company"},
     ("Ada Fox", "P264", "Zeta Pictures")),
    ("Ivo Lind appears on the 2010 album Blue Hour.",
     {"Ivo Lind": "Person", "Blue Hour": "CreativeWork"}, ("Blue Hour", "P161", "Ivo Lind")),
    ("The film Dust Road features a song from Ada Fox's album Red.",
     {"Dust Road": "Film", "Ada Fox": "Person", "Red": "MusicAlbum"},
     ("Dust Road", "P175", "Ada Fox")),
    ("The film Dust Road opened with the song Ember.",
     {"Dust Road": "Film", "Ember": "Song"}, ("Ember", "P175", "Dust Road")),
    ("Night Train was directed by Ana Ruiz and produced by Tom Reed.",
     {"Night Train": "Film", "Ana Ruiz": "Person", "Tom Reed": "Person"},
     ("Night Train", "P57", "Tom Reed")),
    ("Night Train was written and directed by Ana Ruiz and produced by Tom Reed.",
     {"Night Train": "Film", "Ana Ruiz": "Person", "Tom Reed": "Person"},
     ("Night Train", "P58", "Tom Reed")),
    ("Blue Hour was planned to be released in early 2004, but was shelved.",
     {"Blue Hour": "MusicAlbum"}, ("Blue Hour", "P577", "2004")),
])
def test_sentence_does_not_yield_fact(nlp, text, entities, unexpected):
    assert unexpected not in facts_of(nlp, text, entities)


@pytest.mark.slow
def test_kin_the_facts_imply(nlp):
    """Children of one parent are siblings; a sibling's parent is a parent."""
    facts = facts_of(nlp, "Tom Reed was a painter. His children included Sam Reed and Ada Reed.",
                     {"Tom Reed": "Person", "Sam Reed": "Person", "Ada Reed": "Person"})
    assert {("Sam Reed", "P3373", "Ada Reed"), ("Ada Reed", "P3373", "Sam Reed")} & facts
    facts = facts_of(nlp, "Tom Reed was a painter. His son Sam Reed is an actor. Sam Reed's "
                     "sister, Ada Reed, is a singer.",
                     {"Tom Reed": "Person", "Sam Reed": "Person", "Ada Reed": "Person"})
    assert ("Tom Reed", "P40", "Ada Reed") in facts


def test_family_closure_needs_a_shared_parent():
    ev = Evidence("s", 0, 1)
    facts = [Fact("p", "P40", "a", ev, "x", 0.8), Fact("q", "P40", "b", ev, "x", 0.8)]
    assert family(facts) == []
    (sib,) = family([*facts, Fact("p", "P40", "b", ev, "x", 0.8)])[:1]
    assert sib.relation == "P3373" and {sib.subject, sib.object} == {"a", "b"}
