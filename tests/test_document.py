"""The article splitter: every section typed and its offsets true to the text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.document import byline_names, byline_outlets, byline_role, credit_text, parse_document

ARTICLES = Path(__file__).parent / "data" / "articles"

WIRE = """Singer Returns With New Album 'Blue Hours'

LOS ANGELES, CA - MARCH 3:  Singer Ann Lee performs onstage at the Forum on March 3, 2023 \
in Los Angeles, California.  (Photo: Sam Roe/Acme Images)

Singer Returns With New Album 'Blue Hours'

The record arrives in May.

Published April 12, 2023

Ann Lee is back with her fourth album, which she recorded in a barn.

"It was cold," she said.

Written by Dana Park

(Photo: Sam Roe/Acme Images)

Latest in music
Share this article
"""


def kinds(doc):
    return [s.kind for s in doc.sections]


def test_sections_of_a_wire_article():
    doc = parse_document(WIRE)
    assert kinds(doc) == ["headline", "dateline", "caption", "credit", "headline", "body", "date",
                          "body", "body", "byline", "credit", "boilerplate", "boilerplate"]
    for sec in doc.sections:
        assert WIRE[sec.start:sec.end] == sec.text
    assert doc.first("dateline").text == "LOS ANGELES, CA - MARCH 3:"
    assert doc.first("caption").text.startswith("Singer Ann Lee performs")
    assert doc.first("caption").text.endswith("California.")
    assert credit_text(doc.first("credit")) == "Sam Roe/Acme Images"
    assert doc.headline == "Singer Returns With New Album 'Blue Hours'"
    assert doc.date_published == dt.date(2023, 4, 12)
    assert byline_names(doc.first("byline")) == ["Dana Park"]


def test_section_at_finds_the_section_of_an_offset():
    doc = parse_document(WIRE)
    i = WIRE.index("Dana Park")
    assert doc.kind_at(i) == "byline"
    assert doc.kind_at(WIRE.index("Latest in music")) == "boilerplate"
    assert doc.kind_at(WIRE.index("\n\n")) is None  # between sections


@pytest.mark.parametrize("line, names, role", [
    ("By Leah Brandt, Senior TV Reporter", ["Leah Brandt"], "Senior TV Reporter"),
    ("Written by Moe Ito and Ana Diaz", ["Moe Ito", "Ana Diaz"], None),
    ("By Kim Lo, Jo Park and Al Roe", ["Kim Lo", "Jo Park", "Al Roe"], None),
    ("By Tess Monroe, Variety", ["Tess Monroe"], None),
])
def test_byline_names_and_role(line, names, role):
    doc = parse_document("Headline Here\n\n" + line + "\n\nBody text goes on for a while here.")
    sec = doc.first("byline")
    assert byline_names(sec) == names
    assert byline_role(sec) == role


def test_byline_outlet_after_the_name():
    doc = parse_document("Headline Here\n\nBy Tess Monroe, Variety\n\nBody text.")
    assert byline_outlets(doc.first("byline")) == ["Variety"]


def test_byline_and_date_on_one_line():
    text = ("A Headline\n\nBody text of the article goes here.\n\n"
            "By Sam Whitfield | Published October 10, 2023\n")
    doc = parse_document(text)
    assert kinds(doc) == ["headline", "body", "byline", "date"]
    assert doc.first("byline").text == "By Sam Whitfield"
    assert doc.date_published == dt.date(2023, 10, 10)


@pytest.mark.parametrize("line", ["Published July 5, 2017", "Updated: January 27, 2024",
                                  "Nov 19, 2023", "September 14, 2023 4:05pm PT",
                                  "2021-03-04", "Posted on 5 May 2020"])
def test_date_lines(line):
    doc = parse_document("Headline\n\n" + line + "\n\nSome body text here.")
    assert doc.first("date") is not None
    assert doc.date_published is not None


def test_a_dated_dateline_and_a_clock_first_date_line_date_the_article():
    text = ("Festival Honours Director\n\nBy Ana Lee\n\n"
            "SPLIT, Croatia, 21 November 2026 — The director received the award on Friday.\n")
    doc = parse_document(text)
    assert doc.first("dateline").text.startswith("SPLIT, Croatia, 21 November 2026")
    assert doc.date_published == dt.date(2026, 11, 21)
    text = "Band Plots Tour\n\nBy Ana Lee\nPublished 9:14 AM EST, November 24, 2026\n\nBody.\n"
    assert parse_document(text).date_published == dt.date(2026, 11, 24)


def test_news_dateline_with_agency_starts_the_body():
    text = "A Headline\n\nNEW YORK (AP) — The band played on Saturday night in the city.\n"
    doc = parse_document(text)
    assert kinds(doc) == ["headline", "dateline", "body"]
    assert doc.first("dateline").text == "NEW YORK (AP) —"


def test_a_long_first_paragraph_is_not_a_headline():
    text = ("Mess of Blues is an album by a guitarist. It was released in 2008. "
            "Four of its tracks were recorded live. The other six were recorded in a studio.")
    doc = parse_document(text)
    assert doc.headline is None
    assert kinds(doc) == ["body"]


def test_trailing_navigation_is_boilerplate_but_a_closing_sentence_is_not():
    text = ("Headline\n\nThe first paragraph says something.\n\nThe show returns next year.\n\n"
            "Tags: Music, Tours\nMore from the site\n")
    doc = parse_document(text)
    assert kinds(doc) == ["headline", "body", "body", "boilerplate", "boilerplate"]


def test_metadata_fills_what_the_text_lacks():
    doc = parse_document("Just a body paragraph that goes on. And on.",
                         metadata={"headline": "From HTML", "date": "2020-02-03"})
    assert doc.headline == "From HTML"
    assert doc.date_published == dt.date(2020, 2, 3)


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem)
def test_offsets_of_test_articles(path):
    text = path.read_text(encoding="utf-8")
    doc = parse_document(text)
    assert doc.sections[0].kind == "headline"
    last = -1
    for sec in doc.sections:
        assert text[sec.start:sec.end] == sec.text
        assert sec.start >= last
        last = sec.end
