"""Dates normalised to ISO at the precision the text gives, relative ones resolved."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.model import DateValue
from kg.nlp.dates import normalize_date

REF = dt.date(2017, 7, 5)  # a Wednesday


@pytest.mark.parametrize("text, iso", [
    ("2017", "2017"),
    ("in 1958", "1958"),
    ("July 2017", "2017-07"),
    ("January 14, 2017", "2017-01-14"),
    ("14 January 2017", "2017-01-14"),
    ("Jan. 14, 2017", "2017-01-14"),
    ("Sept 20, 2023", "2023-09-20"),
    ("2017-07-09", "2017-07-09"),
    ("7/9/2017", "2017-07-09"),
    ("25/12/2019", "2019-12-25"),
    ("the 9th of July, 2017", "2017-07-09"),
])
def test_absolute_dates_keep_their_precision(text, iso):
    assert normalize_date(text, None) == DateValue(iso)


@pytest.mark.parametrize("text, iso", [
    ("July 9", "2017-07-09"),
    ("JANUARY 14", "2017-01-14"),  # a dateline: nearer in the same year than the next
    ("December 28", "2017-12-28"),
    ("on Friday", "2017-07-07"),
    ("last Friday", "2017-06-30"),
    ("next Monday", "2017-07-10"),
    ("Wednesday", "2017-07-05"),
    ("yesterday", "2017-07-04"),
    ("tomorrow", "2017-07-06"),
    ("last year", "2016"),
    ("next month", "2017-08"),
    ("three years ago", "2014"),
    ("two days ago", "2017-07-03"),
    ("in February", "2017-02"),
])
def test_relative_and_partial_dates_use_the_reference(text, iso):
    assert normalize_date(text, REF) == DateValue(iso)


def test_a_month_and_day_far_away_belong_to_the_nearer_year():
    assert normalize_date("December 28", dt.date(2018, 1, 10)) == DateValue("2017-12-28")
    assert normalize_date("January 3", dt.date(2017, 12, 20)) == DateValue("2018-01-03")


def test_weekday_direction_follows_the_tense():
    assert normalize_date("Friday", REF, direction="past") == DateValue("2017-06-30")
    assert normalize_date("Friday", REF, direction="future") == DateValue("2017-07-07")


def test_a_clock_time_gives_a_datetime():
    assert normalize_date("July 9 at 9:00 p.m.", REF) == DateValue("2017-07-09T21:00:00")
    assert normalize_date("tonight at 8 pm", REF) == DateValue("2017-07-05T20:00:00")
    assert normalize_date("noon on Tuesday", REF) == DateValue("2017-07-04T12:00:00")


@pytest.mark.parametrize("text", ["the 1990s", "the '90s", "", "soon", "Friday"])
def test_no_date_without_enough_to_go_on(text):
    # a decade has no ISO form; a weekday needs a reference date
    assert normalize_date(text, None) is None


def test_partial_dates_need_a_reference():
    assert normalize_date("July 9", None) is None
    assert normalize_date("July 9", dt.datetime(2020, 7, 1, 12, 0)) == DateValue("2020-07-09")
