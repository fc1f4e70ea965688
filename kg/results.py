"""Query results, whatever the store, and their W3C serializations."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from rdflib import Graph, Variable
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import FormatError

TABULAR_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = ("turtle", "nt", "jsonld", "xml")


@dataclass
class QueryResult:
    """Rows of a SELECT, the answer of an ASK, or the graph of a CONSTRUCT/DESCRIBE."""

    type: str  # "SELECT", "ASK" or "CONSTRUCT"
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def __iter__(self):
        if self.type == "CONSTRUCT" and self.graph is not None:
            return iter(self.graph)
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.graph) if self.graph is not None else len(self.rows)

    def dicts(self) -> list[dict[str, Node]]:
        return [{v: t for v, t in zip(self.vars, row, strict=True) if t is not None}
                for row in self.rows]

    def serialize(self, format: str) -> str:
        """Text in a W3C results format (csv, tsv, json, xml) or an RDF syntax for graphs."""
        if self.type == "CONSTRUCT":
            assert self.graph is not None
            if format not in GRAPH_FORMATS:
                raise FormatError(f"a graph result cannot be written as {format!r}; "
                                  f"use one of {', '.join(GRAPH_FORMATS)}")
            name = {"jsonld": "json-ld"}.get(format, format)
            return self.graph.serialize(format=name)
        if format == "tsv":
            return self._tsv()
        if format not in ("csv", "json", "xml"):
            raise FormatError(f"a {self.type} result cannot be written as {format!r}; "
                              f"use one of csv, tsv, json, xml")
        if self.type == "ASK" and format == "csv":
            raise FormatError("ASK results have no CSV form; use json or xml")
        res = Result(self.type)
        if self.type == "ASK":
            res.askAnswer = bool(self.boolean)
        else:
            res.vars = [Variable(v) for v in self.vars]
            res.bindings = [{Variable(k): t for k, t in d.items()} for d in self.dicts()]
        buf = io.BytesIO()
        res.serialize(buf, format=format, encoding="utf-8")
        return buf.getvalue().decode("utf-8")

    def _tsv(self) -> str:
        if self.type == "ASK":
            raise FormatError("ASK results have no TSV form; use json or xml")
        lines = ["\t".join("?" + v for v in self.vars)]
        for row in self.rows:
            lines.append("\t".join("" if t is None else t.n3() for t in row))
        return "\n".join(lines) + "\n"
