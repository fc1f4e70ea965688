"""Group an article's mentions into entities: full names, surnames, first names, abbreviations.

Within one article "Vale" is the "Nora Vale" named before, "Zed" is
"Dr. Zed", "María Ruiz" is "Ana María Ruiz", "ON" is the "Ontario"
that follows the same city, "Acme" is "Acme Records".
All surface forms end up as the entity's aliases.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.nlp import lexicon
from kg.nlp.boundaries import short_name
from kg.nlp.mentions import HONORIFICS, MINOR_WORDS, Mention, best_type, fold


@dataclass
class Cluster:
    """The mentions of one entity, with the type and name they settle on."""

    mentions: list[Mention]
    coarse: str = "Thing"
    fine: str = "Thing"
    name: str = ""
    margin: float = 0.0
    disambiguator: str | None = None
    aliases: set[str] = field(default_factory=set)

    def votes(self) -> dict[str, float]:
        out: dict[str, float] = defaultdict(float)
        for m in self.mentions:
            for fine, w in m.votes.items():
                out[fine] += w
        return out

    def settle(self) -> Cluster:
        """Decide type, canonical name and aliases from the mentions."""
        self.coarse, self.fine, self.margin = best_type(self.votes())
        self.mentions.sort(key=lambda m: m.start)
        names = [m for m in self.mentions if not m.pronoun] or self.mentions
        self.name = canonical_name(names, self.coarse)
        self.aliases = {m.text for m in names} | {self.name}
        if self.coarse == "Person":
            self.aliases |= {short_name(a) for a in self.aliases}
            bare = strip_honorific(self.name)
            if bare != self.name and len(bare.split()) > 0:
                self.aliases.add(bare)
        return self


def strip_honorific(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def canonical_name(mentions: list[Mention], coarse: str) -> str:
    """The fullest, most usual spelling: prose beats headline and ALL-CAPS datelines."""
    def score(m: Mention) -> tuple:
        words = len(strip_honorific(m.text).split()) if coarse == "Person" else 0
        return (words, m.section not in ("headline", "dateline"), not m.text.isupper()
                or len(m.text) <= 4, len(m.text))

    best = max(mentions, key=score)
    key = fold(best.text)
    forms = Counter(m.text for m in mentions if fold(m.text) == key)
    top = max(forms, key=lambda t: (forms[t], not t.isupper() or len(t) <= 4,
                                    sum(c.isupper() for c in t) < len(t)))
    if top.isupper() and len(top) > 4:
        top = top.title()
    return top


def _name_words(text: str) -> list[str]:
    words = text.split()
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    return words


def cluster_mentions(mentions: list[Mention]) -> list[Cluster]:
    """Entities from mentions: same names first, then partial names and abbreviations."""
    groups: dict[str, Cluster] = {}
    for m in mentions:
        key = fold(m.text)
        if not key:
            continue
        groups.setdefault(key, Cluster([])).mentions.append(m)
    for g in groups.values():
        g.settle()
    parent = {k: k for k in groups}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(child: str, root: str) -> None:
        parent[find(child)] = find(root)

    persons = [k for k, g in groups.items() if g.coarse == "Person" and len(g.name.split()) > 1]
    salience = {k: (len(groups[k].mentions), -groups[k].mentions[0].start) for k in groups}
    for key, g in groups.items():
        words = [fold(w) for w in _name_words(g.name)]
        strongest = max((w for m in g.mentions for w in m.votes.values()), default=0.0)
        if not words or g.coarse != "Person" and strongest >= 3.0:
            continue  # "Apple" the company, typed by a cue, is nobody's first name
        cands = []
        for pk in persons:
            if pk == key:
                continue
            pwords = [fold(w) for w in groups[pk].name.split()]
            if len(pwords) <= len(words):
                continue
            if pwords[-len(words):] == words or (len(words) == 1 and pwords[0] == words[0]):
                cands.append(pk)
            elif len(words) == 1 and words[0] in _nicknames(groups[pk].name):
                cands.append(pk)  # "Mr. Pops" is Lionel "Pops" Garvey
        if cands:
            union(key, max(cands, key=lambda k: salience[k]))

    _link_abbreviations(groups, union, find)
    _link_event_editions(groups, union)
    _link_org_suffixes(groups, union)
    _link_name_prefixes(groups, union)

    merged: dict[str, list[Mention]] = defaultdict(list)
    for key, g in groups.items():
        merged[find(key)].extend(g.mentions)
    return [Cluster(ms).settle() for ms in merged.values()]


def _nicknames(name: str) -> set[str]:
    """The folded quoted nicknames inside a person's name ('Lionel "Pops" Garvey' -> pops)."""
    return {fold(q) for q in re.findall(r"[\"“'‘]([^\"”'’]{1,25})[\"”'’]", name)}


def initials(name: str) -> str:
    """"Screen Actors Guild" -> "SAG"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in MINOR_WORDS)


def _link_abbreviations(groups: dict[str, Cluster], union, find) -> None:
    for key, g in groups.items():
        text = g.name.replace(".", "")
        if not (text.isupper() and 2 <= len(text) <= 6 and text.isalpha()):
            continue
        cands = [k for k, o in groups.items() if k != key and o.coarse in
                 ("Organization", "Event", "Place", "CreativeWork") and len(o.name.split()) > 1
                 and initials(o.name) == text]
        credits = [k for k in cands if _is_credit_form(groups[k].name, text)]
        for k in credits:
            union(k, key)  # "AP Photo" is the agency "AP" signing its pictures
        cands = [k for k in cands if k not in credits]
        if len(cands) == 1:
            union(key, cands[0])
            continue
        if g.coarse == "Place" and len(text) == 2:
            _link_region_code(key, g, groups, union)


def _is_credit_form(name: str, abbreviation: str) -> bool:
    words = name.replace(".", "").split()
    return words[0] == abbreviation and all(w.lower() in ("photo", "photos", "images", "video")
                                            for w in words[1:])


def _link_region_code(key: str, g: Cluster, groups: dict[str, Cluster], union) -> None:
    """A two-letter code is the one-word place it abbreviates ("TN" -> "Tennessee")."""
    code = g.name.upper()
    cands = []
    for k, o in groups.items():
        word = o.name
        if k == key or o.coarse != "Place" or " " in word or word.isupper():
            continue
        if word[0].upper() == code[0] and code[1].lower() in word[1:].lower():
            cands.append(k)
    if len(cands) == 1:
        union(key, cands[0])


_EDITION = re.compile(r"^(?:(?:19|20)\d\d|\d+(?:st|nd|rd|th)|annual|winter|spring|summer|fall"
                      r"|autumn)\s+", re.I)


def _link_event_editions(groups: dict[str, Cluster], union) -> None:
    """"The Harbour Film Awards" is the "2023 Harbour Film Awards" the article named before."""
    def base(name: str) -> str:
        while (m := _EDITION.match(name)):
            name = name[m.end():]
        return fold(name)

    events: dict[str, list[str]] = {}
    for key, g in groups.items():
        if g.coarse == "Event":
            events.setdefault(base(g.name), []).append(key)
    for keys in events.values():
        if len(keys) > 1:
            root = max(keys, key=lambda k: len(groups[k].name))
            for k in keys:
                if k != root:
                    union(k, root)


def _link_org_suffixes(groups: dict[str, Cluster], union) -> None:
    """"Sub Pop" is "Sub Pop Records": the longer name only adds a company word."""
    suffixes = lexicon.org_designators()
    orgs = [k for k, g in groups.items() if g.coarse == "Organization"]
    for key, g in groups.items():
        if g.coarse not in ("Organization", "Person", "Thing"):
            continue
        words = fold(g.name).split()
        for ok in orgs:
            owords = fold(groups[ok].name).split()
            if ok != key and len(owords) > len(words) and owords[:len(words)] == words and all(
                    w in suffixes for w in owords[len(words):]) and not _studio_arm(g, owords):
                union(key, ok)
                break



def _studio_arm(g: Cluster, longer: list[str]) -> bool:
    """"FX Productions" is the network FX's production company, a second organisation."""
    return g.fine in ("Broadcaster", "StreamingService") and longer[-1] in (
        "productions", "studios", "films", "pictures")


def _link_name_prefixes(groups: dict[str, Cluster], union) -> None:
    """A weakly typed name that opens a clearly typed event's name is that event ("Cold
    Docs" is the "Cold Docs ... Festival"), and so is a weakly typed longer name that a
    clearly typed event's name opens ("Harbour Fan Expo International"). Companies are
    left alone: "Apple" is not "Apple TV+"."""
    def strength(g: Cluster) -> float:
        return max((w for m in g.mentions for w in m.votes.values()), default=0.0)

    strong = [k for k, g in groups.items() if g.coarse == "Event" and strength(g) >= 3.0]
    for key, g in groups.items():
        if strength(g) > 1.5 or g.coarse == "Person" and len(g.name.split()) > 1 and \
                not any("untagged-name" in m.rules for m in g.mentions):
            continue
        words = fold(g.name).split()
        cands = []
        for sk in strong:
            swords = fold(groups[sk].name).split()
            if sk == key or len(swords) == len(words):
                continue
            short, long_ = (words, swords) if len(words) < len(swords) else (swords, words)
            if long_[:len(short)] == short and (len(short) > 1 or len(words) < len(swords)):
                cands.append(sk)
        if len(cands) == 1:
            union(key, cands[0])
