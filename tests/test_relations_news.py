"""Relation patterns for news phrasing: cast lists with characters, trade-press deals,
box-office possessives, album releases, tours, obituaries and prize shortlists.

Each family has a sentence that must yield its fact (and fails if the pattern is
removed) and, where a near miss is likely, one that must not.
"""

from __future__ import annotations

import pytest

from kg.model import TextValue
from tests.test_relations import facts_of


@pytest.mark.slow
@pytest.mark.parametrize("text, entities, expected", [
    # characters (P453) and the cast membership they imply
    ("The animated comedy Moth Lane opens Friday. It features the voices of Nia Cole as "
     "Mabel and Tom Hale as the Baker.",
     {"Moth Lane": "Film", "Nia Cole": "Person", "Tom Hale": "Person"},
     ("Nia Cole", "P453", TextValue("Mabel"))),
    ("The animated comedy Moth Lane opens Friday. It features the voices of Nia Cole as "
     "Mabel and Tom Hale as the Baker.",
     {"Moth Lane": "Film", "Nia Cole": "Person", "Tom Hale": "Person"},
     ("Moth Lane", "P161", "Nia Cole")),
    ("The revival of Harbour Wives opened last night. Ada Finch is superb as Marguerite, "
     "the widow.",
     {"Harbour Wives": "CreativeWork", "Ada Finch": "Person"},
     ("Ada Finch", "P453", TextValue("Marguerite"))),
    ("The revival of Harbour Wives opened last night. Ada Finch is superb as Marguerite, "
     "the widow.",
     {"Harbour Wives": "CreativeWork", "Ada Finch": "Person"},
     ("Harbour Wives", "P161", "Ada Finch")),
    ("Pat Orr has also joined the cast as Dell Moody, a retired sheriff.",
     {"Pat Orr": "Person"}, ("Pat Orr", "P453", TextValue("Dell Moody"))),
    ("In the film Glass Rivers, Lena Voss plays the eldest daughter, Harriet, with wit.",
     {"Glass Rivers": "Film", "Lena Voss": "Person"},
     ("Lena Voss", "P453", TextValue("Harriet"))),
    ("In the series Blue City, Keisha Moore plays Lt. Dana Reyes, opposite Chris Vance.",
     {"Keisha Moore": "Person", "Blue City": "TVSeries", "Chris Vance": "Person"},
     ("Keisha Moore", "P453", TextValue("Dana Reyes"))),
    ("As the youngest brother, Milo, Sam Quill is a revelation.",
     {"Sam Quill": "Person"}, ("Sam Quill", "P453", TextValue("Milo"))),
    # trade-press deals
    ("Pale Ridge, a drama from creator Ida Stone that has been given a series order by "
     "Showcase, starts shooting in May.",
     {"Pale Ridge": "TVSeries", "Ida Stone": "Person", "Showcase": "Broadcaster"},
     ("Pale Ridge", "P449", "Showcase")),
    ("EXCLUSIVE: Rhea Lund and Omar Pike have been tapped to lead Cold Harbor, a new drama.",
     {"Rhea Lund": "Person", "Omar Pike": "Person", "Cold Harbor": "TVSeries"},
     ("Cold Harbor", "P161", "Rhea Lund")),
    ("Cold Harbor is produced by Tessaract Studios, with Pike's Ironwood Films co-producing.",
     {"Cold Harbor": "TVSeries", "Tessaract Studios": "Company", "Pike": "Person",
      "Ironwood Films": "Company"},
     ("Cold Harbor", "P272", "Ironwood Films")),
    ("The drama Cold Harbor was ordered last week. Kit Dunne will direct all six episodes.",
     {"Cold Harbor": "TVSeries", "Kit Dunne": "Person"}, ("Cold Harbor", "P57", "Kit Dunne")),
    ("Fox Searchlight's Quiet Fields, from director Lou Marin, expanded to 900 screens.",
     {"Fox Searchlight": "Company", "Quiet Fields": "Film", "Lou Marin": "Person"},
     ("Quiet Fields", "P57", "Lou Marin")),
    ("Dora Vale, who earned an Emmy nomination for the thriller Dark Water, is back.",
     {"Dora Vale": "Person", "Dark Water": "TVSeries"}, ("Dora Vale", "P1411", TextValue("Emmy"))),
    ("The label reissued Blue Noon, which Ada Cole produced in 1970.",
     {"Ada Cole": "Person", "Blue Noon": "MusicAlbum"}, ("Blue Noon", "P162", "Ada Cole")),
    ("Ida Stone is a writer. Her drama Dark Water, which she created with her husband, "
     "writer Leo Park, ran for three seasons.",
     {"Ida Stone": "Person", "Dark Water": "TVSeries", "Leo Park": "Person"},
     ("Dark Water", "P170", "Leo Park")),
    # box office: a studio's possessive names the distributor
    ("Paramount's disaster sequel Storm Wall 2 slipped to third place.",
     {"Paramount": "Company", "Storm Wall 2": "Film"}, ("Storm Wall 2", "P750", "Paramount")),
    # albums and tours
    ("Nell Ray released her second album, Copper Sun, without warning at midnight on Friday "
     "through Redbird Records.",
     {"Nell Ray": "Person", "Copper Sun": "MusicAlbum", "Redbird Records": "RecordLabel"},
     ("Copper Sun", "P264", "Redbird Records")),
    ("Memphis-born singer Nell Ray will tour this fall.",
     {"Memphis": "City", "Nell Ray": "Person"}, ("Nell Ray", "P19", "Memphis")),
    ("The beats come from Twin Engine, the Detroit duo made up of brothers Cal Ames and "
     "Rory Ames.",
     {"Twin Engine": "MusicGroup", "Cal Ames": "Person", "Rory Ames": "Person"},
     ("Rory Ames", "P463", "Twin Engine")),
    ("The beats come from Twin Engine, the Detroit duo made up of brothers Cal Ames and "
     "Rory Ames.",
     {"Twin Engine": "MusicGroup", "Cal Ames": "Person", "Rory Ames": "Person"},
     ("Cal Ames", "P3373", "Rory Ames")),
    ("The Ember Tour opens May 3 at the Forum in Denver and wraps July 9 at the Bowl.",
     {"Ember Tour": "Concert", "Forum": "Venue", "Denver": "City", "Bowl": "Venue"},
     ("Ember Tour", "P580", "2024-05-03")),
    ("The Ember Tour, a 30-date run promoted by Stagehand Live, opens in May.",
     {"Ember Tour": "Concert", "Stagehand Live": "Company"},
     ("Ember Tour", "P664", "Stagehand Live")),
    ("Her 2019 record earned Nell Ray her first Grammy nomination.",
     {"Nell Ray": "Person"}, ("Nell Ray", "P1411", TextValue("Grammy"))),
    # people and where they work
    ("The clip was directed by Jo Marsh of the design studio Paper Kite.",
     {"Jo Marsh": "Person", "Paper Kite": "Company"}, ("Jo Marsh", "P108", "Paper Kite")),
    ("The show is run by Bluebird's Ann Tate.",
     {"Bluebird": "Company", "Ann Tate": "Person"}, ("Ann Tate", "P108", "Bluebird")),
    # obituaries
    ("He taught for years at the Hartwell Conservatory.",
     {"Hartwell Conservatory": "Organization"}, None),
    ("Vic Moreau taught for years at the Hartwell Conservatory.",
     {"Vic Moreau": "Person", "Hartwell Conservatory": "Organization"},
     ("Vic Moreau", "P108", "Hartwell Conservatory")),
    ("He sat in with the Delta Five, whose current lineup includes his son, drummer Leo Moreau.",
     {"Delta Five": "MusicGroup", "Leo Moreau": "Person"}, ("Leo Moreau", "P463", "Delta Five")),
    ("In 1975 Vic Moreau signed as a solo artist with Bayline Records.",
     {"Vic Moreau": "Person", "Bayline Records": "RecordLabel"},
     ("Vic Moreau", "P264", "Bayline Records")),
    ("In 1970 Vic Moreau co-founded the Delta Five with pianist June Hart.",
     {"Vic Moreau": "Person", "Delta Five": "Organization", "June Hart": "Person"},
     ("June Hart", "P463", "Delta Five")),
    # prize shortlists and stage runs
    ("The list includes Rosa Tam, shortlisted for Low Country (Finch Press), a family saga.",
     {"Rosa Tam": "Person", "Low Country": "CreativeWork", "Finch Press": "Company"},
     ("Low Country", "P50", "Rosa Tam")),
    ("The Long Winter, which opened at the Pinewood Theatre, is her third play.",
     {"The Long Winter": "CreativeWork", "Pinewood Theatre": "Venue"},
     ("The Long Winter", "P276", "Pinewood Theatre")),
    ("Ugo Bell's new drama, Night Bus, arrived Friday from Crane Pictures' art-house arm. "
     "Crane Pictures' feature, which was directed by Ugo Bell, opened Friday.",
     {"Ugo Bell": "Person", "Night Bus": "CreativeWork", "Crane Pictures": "Company"},
     ("Night Bus", "P57", "Ugo Bell")),
])
def test_news_sentence_yields_fact(nlp, text, entities, expected):
    facts = facts_of(nlp, text, entities)
    if expected is None:
        assert not [f for f in facts if f[1] == "P108"], facts
    else:
        assert expected in facts, facts


@pytest.mark.slow
@pytest.mark.parametrize("text, entities, unexpected", [
    # titles, headlines and possessives are not characters
    ("The board named Ann Tate as President of the company.",
     {"Ann Tate": "Person"}, ("Ann Tate", "P453", TextValue("President"))),
    ("Lyric Stage Names Ann Tate As Music Director",
     {"Ann Tate": "Person"}, ("Ann Tate", "P453", TextValue("Music Director"))),
    ("Nia Cole, who played Mabel's mother, posted a farewell.",
     {"Nia Cole": "Person"}, ("Nia Cole", "P453", TextValue("Mabel"))),
    # a director's feature is not the series named just before
    ("The drama Cold Harbor was ordered. Tender Hours won a prize. Kit Dunne will direct "
     "all six episodes.",
     {"Cold Harbor": "TVSeries", "Tender Hours": "Film", "Kit Dunne": "Person"},
     ("Tender Hours", "P57", "Kit Dunne")),
    # a role described is no kin; a network is no partner
    ("In the series Salt Flats, Rhea Lund plays her younger brother, Milo, a pitcher.",
     {"Salt Flats": "TVSeries", "Rhea Lund": "Person", "Milo": "Person"},
     ("Rhea Lund", "P3373", "Milo")),
    ("It is the second collaboration between Rhea Lund and Showcase.",
     {"Rhea Lund": "Person", "Showcase": "Broadcaster"}, ("Rhea Lund", "P1327", "Showcase")),
    # a company founded with a partner is no membership
    ("In 2004 Vic Moreau co-founded the studio Bayline Pictures with June Hart.",
     {"Vic Moreau": "Person", "Bayline Pictures": "Company", "June Hart": "Person"},
     ("June Hart", "P463", "Bayline Pictures")),
])
def test_news_sentence_does_not_yield_fact(nlp, text, entities, unexpected):
    assert unexpected not in facts_of(nlp, text, entities)
