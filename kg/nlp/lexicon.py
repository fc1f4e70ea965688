"""Lexicons of kinds (cue words, name endings, occupation heads), kept as JSON data.

They live in ``kg/nlp/data/`` so a new cue is one line of data, not code.
They hold kinds of things only, never the names of particular things.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The lexicon ``kg/nlp/data/<name>.json`` (keys starting with ``_`` are notes)."""
    text = resources.files("kg.nlp").joinpath("data", f"{name}.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


@cache
def work_cues() -> dict[str, str]:
    """Cue noun (lower case, except LP/EP) -> fine class of the work it announces."""
    return load("work_cues")["cues"]


@cache
def of_cues() -> dict[str, str]:
    """Nouns that take a work after "of": "a revival of X", "a cover of X"."""
    return load("work_cues")["of_cues"]


@cache
def verb_like_cues() -> frozenset[str]:
    """Cue words that are often verbs ("record", "show"): a verb reading rules them out."""
    return frozenset(load("work_cues")["verb_like"])


@cache
def title_verbs() -> frozenset[str]:
    return frozenset(load("title_verbs")["words"])


@cache
def event_heads() -> dict[str, str]:
    return load("event_heads")["heads"]


@cache
def seasons() -> frozenset[str]:
    return frozenset(load("event_heads")["seasons"])


@cache
def org_suffixes() -> dict[str, str]:
    return load("org_kinds")["suffixes"]


@cache
def org_cues() -> dict[str, str]:
    return load("org_kinds")["cues"]


@cache
def org_designators() -> frozenset[str]:
    """Company words a short form may leave out ("Sub Pop" for "Sub Pop Records")."""
    return frozenset(load("org_kinds")["designators"])


@cache
def production_verbs() -> frozenset[str]:
    return frozenset(load("org_kinds")["production_verbs"])


@cache
def broadcast_verbs() -> frozenset[str]:
    return frozenset(load("org_kinds")["broadcast_verbs"])


@cache
def venue_heads() -> frozenset[str]:
    return frozenset(load("place_kinds")["venues"])


@cache
def region_heads() -> frozenset[str]:
    """Last words of region and settlement names ("... Northwest", "Park City")."""
    return frozenset(load("place_kinds")["regions"])


@cache
def venue_first_words() -> frozenset[str]:
    """First words of venue names built with "of" ("Museum of ...")."""
    return frozenset(load("place_kinds")["venue_first"])


@cache
def anaphora_kinds() -> dict[str, str]:
    """Nouns that refer back to a name ("the museum said"), with the class they give it."""
    return load("org_kinds")["anaphora"]


@cache
def org_first_words() -> frozenset[str]:
    """First words of organisation names built with "of" ("University of ...")."""
    return frozenset(load("org_kinds")["org_first"])


@cache
def platform_verbs() -> frozenset[str]:
    return frozenset(load("org_kinds")["platform_verbs"])


@cache
def genres() -> frozenset[str]:
    return frozenset(load("genres")["genres"])


@cache
def occupation_heads() -> frozenset[str]:
    return frozenset(load("occupations")["heads"])


@cache
def occupation_data() -> dict[str, Any]:
    return load("occupations")


@cache
def platforms() -> dict[str, str]:
    """Well-known media platforms (folded name -> fine class): generic world knowledge."""
    return load("platforms")["platforms"]
