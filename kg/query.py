"""Run SPARQL against the store: inline text, a file, or a ready query by name."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.term import Node
from rdflib.util import from_n3

from kg.errors import QueryError
from kg.results import QueryResult
from kg.store import Store, using_store

_QUERY_START = re.compile(r"^\s*(?:#[^\n]*\n\s*)*(?:PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b",
                          re.I)
_NAME = re.compile(r"^[A-Za-z0-9_-]+$")


def queries_dir() -> Path:
    """The ready queries shipped with kg (``queries/`` in the repository)."""
    return Path(str(resources.files("kg") / "data" / "queries"))


def ready_queries() -> dict[str, Path]:
    return {p.stem: p for p in sorted(queries_dir().glob("*.rq"))}


def describe_query(path: Path) -> str:
    """The first line of a ready query's header comment."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""


def resolve_query(spec: str) -> str:
    """SPARQL text from inline SPARQL, a path to a file, or a ready query's name."""
    if _QUERY_START.match(spec):
        return spec
    path = Path(spec)
    if path.suffix in (".rq", ".sparql") or path.is_file():
        if not path.is_file():
            raise QueryError(f"{spec}: no such query file")
        return path.read_text(encoding="utf-8")
    if _NAME.match(spec):
        ready = ready_queries()
        if spec in ready:
            return ready[spec].read_text(encoding="utf-8")
        raise QueryError(f"unknown query name {spec!r}; ready queries: {', '.join(ready)}")
    raise QueryError("expected SPARQL text, a .rq file or a ready query name; "
                     f"got {spec[:60]!r}")


def parse_value(text: str) -> Node:
    """A binding value: ``<iri>``, an http(s) IRI, an N3 literal (``"x"@en``, ``"1"^^xsd:int``)
    or else a plain string."""
    text = text.strip()
    if text.startswith("<") and text.endswith(">") or text.startswith('"'):
        try:
            node = from_n3(text)
        except Exception as err:
            raise QueryError(f"cannot read parameter value {text!r}: {err}") from None
        if isinstance(node, URIRef | Literal):
            return node
    if re.match(r"^(https?|urn|mailto):\S+$", text):
        return URIRef(text)
    return Literal(text)


def parse_params(params: Iterable[str]) -> dict[str, Node]:
    """``["name=value", ...]`` -> bindings; the value is read by :func:`parse_value`."""
    out: dict[str, Node] = {}
    for item in params:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not _NAME.match(name):
            raise QueryError(f"bad parameter {item!r}; expected name=value")
        out[name] = parse_value(value)
    return out


def query(
    sparql: str,
    *,
    store: str | Store | None = None,
    params: Mapping[str, Node | str] | None = None,
) -> QueryResult:
    """Run ``sparql`` (text, file or ready-query name) with variables bound to ``params``.

    Values are bound by the store (never pasted into the query text).
    """
    text = resolve_query(sparql)
    bindings = {k: v if isinstance(v, Node) else parse_value(str(v))
                for k, v in (params or {}).items()}
    with using_store(store) as st:
        return st.query(text, bindings)
