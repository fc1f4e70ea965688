"""Relation patterns as data: one JSON object a line in ``patterns/*.jsonl``.

A pattern names the relation it reads (a Wikidata property id of the
vocabulary), a confidence, a spaCy pattern and the two roles:

``dep``
    a ``DependencyMatcher`` pattern (``RIGHT_ID``/``RIGHT_ATTRS``/``LEFT_ID``/
    ``REL_OP``);
``seq``
    a ``Matcher`` token pattern; a token may carry ``"name"`` (to be a role's
    node) and ``"ent": ["Person", ...]`` (a token of an entity of that coarse
    type; ``{"NOT_IN": [...]}`` for none of them).

``subject`` and ``object`` are roles: ``{"node": name, "types": [...],
"find": "self" | "governor" | "subject" | "topic", "value": "entity" | "date" | "year" |
"number" | "text", "group": true, "alone": false}``; ``group`` spreads a role over
"X and Y", ``alone`` refuses a token that is one item of a list.
``relation_by_subject`` / ``relation_by_object`` map an entity's fine class
to another relation (a streaming service read where a network is expected
gives P750, not P449); mapping to ``null`` drops the fact.
``relation_by_lemma`` (``{"node": n, "map": {lemma: relation}}``) takes it
from the lemma of a matched token ("best director for X" gives P57).
``relation_by_role`` takes the relation from the role nouns written before
the object's name ("director X of the film Y" gives P57, "producer X" P162);
with ``"roles_anywhere": true`` from those before any of its mentions
("Director X" in a caption, "X's film Y" in the body).
``unless`` lists lemmas that void a match when they govern it ("planned to
be released"); ``without`` words the first node must not govern, as a child
or the lemma of its object ("air its finale on ...", "plays X in Y"). A
negated verb ("did not direct") voids every match. Adding a relation means
adding lines here, not code.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import KGError
from kg.model import FINE_TYPES

FINDS = ("self", "governor", "subject", "topic")
VALUES = ("entity", "date", "year", "number", "text")
#: Token extension the ``ent`` shorthand matches on: the coarse type of the
#: entity a token refers to ("" for none).
CLASS_ATTR = "kg_class"


class PatternError(KGError):
    """A relation pattern file holds a line that is not a valid pattern."""


@dataclass(frozen=True)
class Role:
    node: str
    types: tuple[str, ...] = ()
    find: str = "self"
    value: str = "entity"
    group: bool = True
    alone: bool = False  # the token must not be one item of a list ("A, B and C")


@dataclass(frozen=True)
class Pattern:
    id: str
    relation: str
    confidence: float
    kind: str  # "dep" or "seq"
    spec: list = field(hash=False)
    subject: Role
    object: Role
    relation_by_subject: dict = field(default_factory=dict, hash=False)
    relation_by_object: dict = field(default_factory=dict, hash=False)
    names: tuple[str, ...] = ()  # for "seq": the role name of each token position, or ""
    unless: tuple[str, ...] = ()  # lemmas that, governing the match, void it ("planned to")
    without: tuple[str, ...] = ()  # words its first node must not govern ("in", "finale")
    relation_by_role: dict = field(default_factory=dict, hash=False)
    relation_by_lemma: dict = field(default_factory=dict, hash=False)  # {"node": n, "map": {}}
    roles_anywhere: bool = False  # relation_by_role may read the roles of any mention
    source: str = ""


def patterns_dir() -> Path:
    return Path(str(resources.files("kg.extract.relations") / "patterns"))


def _role(raw, where: str, names: set[str]) -> Role:
    if not isinstance(raw, dict) or "node" not in raw:
        raise PatternError(f"{where}: a role needs a 'node'; got {raw!r}")
    unknown_keys = set(raw) - {"node", "types", "find", "value", "group", "alone"}
    if unknown_keys:
        raise PatternError(f"{where}: unknown role keys {sorted(unknown_keys)}")
    role = Role(node=raw["node"], types=tuple(raw.get("types", ())),
                find=raw.get("find", "self"), value=raw.get("value", "entity"),
                group=bool(raw.get("group", True)), alone=bool(raw.get("alone", False)))
    if role.node not in names:
        raise PatternError(f"{where}: role node {role.node!r} is not in the pattern "
                           f"(nodes: {sorted(names)})")
    if role.find not in FINDS:
        raise PatternError(f"{where}: find must be one of {FINDS}; got {role.find!r}")
    if role.value not in VALUES:
        raise PatternError(f"{where}: value must be one of {VALUES}; got {role.value!r}")
    bad = [t for t in role.types if t not in FINE_TYPES]
    if bad:
        raise PatternError(f"{where}: unknown types {bad}; expected names of kg.model.FINE_TYPES")
    return role


def _seq(spec: list, where: str) -> tuple[list, tuple[str, ...]]:
    """A Matcher pattern without kg's keys, and the role name of each position."""
    tokens, names = [], []
    for n, tok in enumerate(spec):
        tok = copy.deepcopy(tok)
        names.append(tok.pop("name", ""))
        if "ent" in tok:
            ent = tok.pop("ent")
            spec = ent if isinstance(ent, dict) else {"IN": list(ent)}
            tok.setdefault("_", {})[CLASS_ATTR] = spec
        if tok.get("OP") in ("*", "+") and names[-1]:
            raise PatternError(f"{where}: a named token must match exactly one token")
        if n and tok.get("OP") in ("*", "+"):  # a wildcard stays in its sentence and paragraph
            tok.setdefault("IS_SENT_START", False)
            tok.setdefault("IS_SPACE", False)
        tokens.append(tok)
    return tokens, tuple(names)


def parse_pattern(raw: dict, where: str, relations: set[str] | None = None) -> Pattern:
    """One pattern from its JSON object; PatternError says what is wrong."""
    for key in ("id", "relation", "confidence", "subject", "object"):
        if key not in raw:
            raise PatternError(f"{where}: missing {key!r}")
    kinds = [k for k in ("dep", "seq") if k in raw]
    if len(kinds) != 1:
        raise PatternError(f"{where}: give exactly one of 'dep' or 'seq'")
    kind = kinds[0]
    conf = raw["confidence"]
    if not isinstance(conf, int | float) or not 0 < conf <= 1:
        raise PatternError(f"{where}: confidence must be in (0, 1]; got {conf!r}")
    maps = {k: raw.get(k, {}) for k in ("relation_by_subject", "relation_by_object",
                                        "relation_by_role")}
    by_lemma = raw.get("relation_by_lemma", {})
    if by_lemma and not {"node", "map"} <= set(by_lemma):
        raise PatternError(f"{where}: relation_by_lemma needs 'node' and 'map'")
    rels = {raw["relation"], *(v for m in maps.values() for v in m.values() if v),
            *(v for v in by_lemma.get("map", {}).values() if v)}
    if relations is not None and (bad := rels - relations):
        raise PatternError(f"{where}: relations {sorted(bad)} are not in the vocabulary")
    if kind == "dep":
        spec = raw["dep"]
        names = {node.get("RIGHT_ID") for node in spec}
        positions: tuple[str, ...] = ()
    else:
        spec, positions = _seq(raw["seq"], where)
        names = set(positions) - {""}
    return Pattern(
        id=raw["id"], relation=raw["relation"], confidence=float(conf), kind=kind, spec=spec,
        subject=_role(raw["subject"], where + " subject", names),
        object=_role(raw["object"], where + " object", names),
        relation_by_subject=maps["relation_by_subject"],
        relation_by_object=maps["relation_by_object"], names=positions,
        unless=tuple(raw.get("unless", ())), without=tuple(raw.get("without", ())),
        relation_by_role=maps["relation_by_role"],
        relation_by_lemma=by_lemma, roles_anywhere=bool(raw.get("roles_anywhere", False)),
        source=where,
    )


def load_patterns(folder: Path | None = None, relations: set[str] | None = None
                  ) -> list[Pattern]:
    """Every pattern of every ``*.jsonl`` file in the folder, ids unique."""
    out, seen = [], {}
    for path in sorted((folder or patterns_dir()).glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            where = f"{path.name}:{n}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as err:
                raise PatternError(f"{where}: not JSON: {err}") from None
            pat = parse_pattern(raw, where, relations)
            if pat.id in seen:
                raise PatternError(f"{where}: pattern id {pat.id!r} already used at "
                                   f"{seen[pat.id]}")
            seen[pat.id] = where
            out.append(pat)
    return out


@cache
def default_patterns() -> tuple[Pattern, ...]:
    """The shipped patterns, checked against the ontology's relation vocabulary."""
    from kg.rdf.ontology import property_for

    return tuple(load_patterns(relations=set(property_for())))
