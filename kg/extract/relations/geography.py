"""Place-in-place and country facts that world knowledge gives between mentioned places.

An article that names "Winnipeg" and "Manitoba" rarely says that one lies in the
other; the gazetteer knows. Facts are made only between entities the article
itself mentions: a city's reading counts when its division or country is also
named (so "Perth" with "Scotland" is the Scottish town and "Perth" alone is
nothing), and a much smaller namesake of a famous city needs its division right
after it ("Dublin, Ohio"). Names of other kinds (people, works) are never read.

News annotation records the nearest container, and only what a sentence
suggests, so in news a city gets its division (P131) and country (P17) only
where one sentence names both. Encyclopedic text (Wikidata's and Re-DocRED's
convention) records the containment transitively: a city is located in (P131)
its country as well as its division, what the text places in a city ("a studio
in Toronto") lies in its division and country, and organisations get the
country their name, a demonym or a release names (``org_places``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.relations import org_places
from kg.extract.relations.genre import is_reference_text
from kg.model import Entity, Evidence, Extraction, Fact
from kg.nlp.gazetteer import Reading, country_keys, lookup, normalize, state_by_abbreviation

#: A namesake this many times smaller than the name's best-known city needs its
#: division right after it ("London, Ontario", "Dublin, Ohio").
_MINOR_RATIO = 3
_BASE_SCORE = {"country": 0.5, "admin1": 0.25, "city": 0.1}
CONFIDENCE = {"P131": 0.8, "P17": 0.8}
DERIVED_CONFIDENCE = 0.75


@dataclass
class _Place:
    """An entity of the article with its gazetteer readings and the one chosen."""

    entity: Entity
    readings: list[Reading]
    reading: Reading | None = None


#: Words that name a part of a place: "Western Pennsylvania", "the Sacramento Valley".
PART_PREFIXES = ("western ", "eastern ", "northern ", "southern ", "central ", "greater ",
                 "upstate ", "downstate ", "downtown ", "north ", "south ", "east ", "west ")
PART_SUFFIXES = (" bay area", " metropolitan area", " metro area", " area", " valley",
                 " province", " region", " county", " district")


def _part_of(name: str) -> str | None:
    """The place a part-of-place name is built on ("Western Pennsylvania" -> "Pennsylvania")."""
    key = name.casefold().removeprefix("the ")
    for prefix in PART_PREFIXES:
        if key.startswith(prefix):
            return name[len(name) - len(key) + len(prefix):]
    for suffix in PART_SUFFIXES:
        if key.endswith(suffix):
            return name[:len(name) - len(suffix)]
    return None


def _readings(entity: Entity) -> list[Reading]:
    """The entity's readings; a part of a place reads as a place inside that place."""
    names = [entity.name, *sorted(entity.aliases - {entity.name})]
    for name in names:
        found = lookup(name)
        if found:
            return found
    for name in names:
        base = _part_of(name)
        found = lookup(base) if base else []
        if found:
            return [Reading("city", entity.name, r.country, r.admin1, 0) for r in found]
    return []


def _abbreviated_state(text: str, entity: Entity) -> list[Reading]:
    """A US state written "CA" or "Calif.", only right after a city and a comma
    ("AUSTIN, TX", "Nashville, Tenn."): elsewhere such letters are too often not places."""
    state = state_by_abbreviation(entity.name)
    if state is None:
        return []
    for m in entity.mentions:
        before = text[max(0, m.start - 40):m.start]
        if re.search(r"[A-Za-z]\s*,\s*$", before):
            return [state]
    return []


def _sentences(doc, entity: Entity) -> set[int]:
    """Start offsets of the sentences that mention the entity."""
    out = set()
    for m in entity.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            out.add(span.sent.start_char)
    return out


class Geography:
    """The article's places, their chosen readings, and the facts between them."""

    def __init__(self, doc, extraction: Extraction):
        self.doc = doc
        self.extraction = extraction
        self.places: dict[str, _Place] = {}
        for key, ent in extraction.entities.items():
            if ent.coarse_type != "Place" or not ent.mentions:
                continue
            readings = _readings(ent) or _abbreviated_state(doc.text, ent)
            if readings:
                self.places[key] = _Place(ent, readings)
        self._sents = {k: _sentences(doc, p.entity) for k, p in self.places.items()}
        for key, place in self.places.items():
            place.reading = self._choose(key, place)

    # -- readings --------------------------------------------------------------------

    def _containers(self, key: str, reading: Reading) -> list[tuple[str, Reading]]:
        """Other places that some reading of theirs makes a container of ``reading``."""
        out = []
        for other, place in self.places.items():
            if other == key:
                continue
            for r in place.readings:
                in_division = (reading.kind == "city" and r.kind == "admin1"
                               and r.division == reading.division)
                in_country = (reading.kind != "country" and r.kind == "country"
                              and r.country == reading.country)
                if in_division or in_country:
                    out.append((other, r))
                    break
        return out

    def _choose(self, key: str, place: _Place) -> Reading | None:
        """The reading the other mentioned places support, or None when none does."""
        best, best_score = None, 0.0
        top_city = max((r.population for r in place.readings if r.kind == "city"), default=0)
        for r in place.readings:
            found = self._containers(key, r)
            # Alone, a country or division is itself (a state of a named country wins
            # over a namesake country), and a city its best-known namesake: enough to
            # be named in an organisation's name, never to relate two places.
            score = _BASE_SCORE[r.kind] if r.kind != "city" or r.population >= top_city else 0.0
            score += sum(2 if c.kind == "admin1" else 1 for _, c in found)
            if r.kind == "city" and r.population * _MINOR_RATIO < top_city and not any(
                    c.kind == "admin1" and self._adjacent(key, k) for k, c in found):
                score = 0
            if score > best_score:
                best, best_score = r, score
        return best

    def _adjacent(self, city: str, division: str) -> bool:
        """True when a mention of ``division`` directly follows one of ``city``: "X, Y"."""
        text = self.doc.text
        ends = {m.end for m in self.places[city].entity.mentions}
        return any(text[e:m.start].strip() == ","
                   for m in self.places[division].entity.mentions
                   for e in ends if 0 < m.start - e <= 3)

    # -- facts -----------------------------------------------------------------------

    def _evidence(self, a: str, b: str) -> Evidence | None:
        """The sentence where the two are mentioned together, or else the first of ``a``."""
        for key in (a, b):
            if key not in self._sents:
                self._sents[key] = _sentences(self.doc, self.extraction.entities[key])
        shared = sorted(self._sents[a] & self._sents[b])
        starts = shared or sorted(self._sents[a])
        if not starts:
            return None
        span = self.doc.char_span(starts[0], starts[0] + 1, alignment_mode="expand")
        sent = span.sent
        text = sent.text.strip()
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        return Evidence(text, start, start + len(text))

    def containers_of(self, key: str) -> list[tuple[str, Reading]]:
        """Mentioned places that the chosen reading of ``key`` lies in (division, country)."""
        place = self.places.get(key)
        if place is None or place.reading is None or place.reading.kind == "country":
            return []
        out = []
        for other, r in self._containers(key, place.reading):
            if self.places[other].reading == r:
                out.append((other, r))
        return out

    def facts(self, transitive: bool) -> list[Fact]:
        """Division and country facts between the places, and for what the text puts in them."""
        facts: list[Fact] = []
        for key, place in self.places.items():
            for other, r in self.containers_of(key):
                if r.kind == "admin1" and (transitive or self._together(key, other)):
                    facts.append(self._fact(key, "P131", other, CONFIDENCE["P131"]))
                elif transitive or place.reading.kind == "city" and self._together(key, other):
                    facts.append(self._fact(key, "P17", other, CONFIDENCE["P17"]))
                    if transitive:
                        facts.append(self._fact(key, "P131", other, CONFIDENCE["P131"]))
        if transitive:
            facts.extend(self._located())
            facts.extend(self._organisations())
        return facts

    def _organisations(self) -> list[Fact]:
        """Country and place of organisations, from their names, demonyms and releases."""
        chosen = {k: p for k, p in self.places.items() if p.reading is not None
                  and (p.reading.kind != "country" or p.reading.country)}
        names: dict[str, str] = {}
        for key, place in chosen.items():
            for name in (place.entity.name, *place.entity.aliases):
                names.setdefault(normalize(name), key)
            if place.reading.kind == "country":
                names.setdefault(f"demonym:{place.reading.country}", key)
                for alias in country_keys(place.reading.country):
                    names.setdefault(alias, key)
        countries = {k: p.entity for k, p in chosen.items() if p.reading.kind == "country"}
        orgs = {k: e for k, e in self.extraction.entities.items()
                if e.coarse_type == "Organization" and e.mentions}
        found: dict[tuple[str, str], tuple[float, str]] = {}

        def add(org: str, place: str, conf: float, how: str) -> None:
            if found.get((org, place), (0.0, ""))[0] < conf:
                found[(org, place)] = (conf, how)

        for key, org in orgs.items():
            for place in org_places.places_in_name(org, names):
                add(key, place, org_places.NAME_CONFIDENCE, "name")
            for span in org_places.mention_spans(self.doc, org):
                code = org_places.demonym_before(span) or org_places.demonym_defined(span)
                place = names.get(f"demonym:{code}") if code else None
                if place:
                    add(key, place, org_places.DEMONYM_CONFIDENCE, "demonym")
        for org, country, _sent in org_places.released_in(self.doc, orgs, countries):
            add(org, country, org_places.RELEASE_CONFIDENCE, "release")
        out = []
        for (org, place), (conf, how) in found.items():
            reading = chosen[place].reading
            targets = [(place, reading)] + self.containers_of(place)
            for target, r in targets:
                if r.kind == "country":
                    out.append(self._fact(org, "P17", target, conf, f"gazetteer.P17-{how}"))
                out.append(self._fact(org, "P131", target, conf, f"gazetteer.P131-{how}"))
        return out

    def _together(self, a: str, b: str) -> bool:
        """True when some sentence mentions both."""
        return bool(self._sents.get(a, set()) & self._sents.get(b, set()))

    def _located(self) -> list[Fact]:
        """Division and country of what the text places in a city ("a studio in Toronto")."""
        out = []
        for fact in self.extraction.facts:
            if fact.relation != "P131" or not isinstance(fact.object, str):
                continue
            if fact.subject in self.places or fact.object not in self.places:
                continue
            subject = self.extraction.entities.get(fact.subject)
            if subject is None or subject.coarse_type not in ("Place", "Organization"):
                continue
            for other, r in self.containers_of(fact.object):
                if r.kind == "country":
                    out.append(self._fact(fact.subject, "P17", other, DERIVED_CONFIDENCE,
                                          "gazetteer.P17-via"))
                out.append(self._fact(fact.subject, "P131", other, DERIVED_CONFIDENCE,
                                      "gazetteer.P131-via"))
        return out

    def _fact(self, s: str, p: str, o: str, conf: float, pattern: str | None = None) -> Fact:
        return Fact(s, p, o, self._evidence(s, o), pattern=pattern or f"gazetteer.{p}",
                    confidence=conf)


def geography_facts(document, doc, extraction: Extraction,
                    transitive: bool | None = None) -> list[Fact]:
    """New P131/P17 facts the gazetteer gives between the extraction's entities.

    ``transitive`` (by default: for reference text) adds the containment
    chain that reference works record and news annotation leaves out.
    """
    if transitive is None:
        transitive = is_reference_text(document, doc)
    have = {(f.subject, f.relation, f.object) for f in extraction.facts}
    out, seen = [], set()
    for fact in Geography(doc, extraction).facts(transitive):
        key = (fact.subject, fact.relation, fact.object)
        if key in have or key in seen:
            continue
        seen.add(key)
        out.append(fact)
    return out
