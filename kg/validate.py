"""Check a graph against the SHACL shapes, with a report people can read."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Namespace
from rdflib.namespace import RDF

from kg.errors import FormatError
from kg.formats import rdf_format_for_path
from kg.rdf.ontology import load_ontology, load_shapes
from kg.store import Store, using_store

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass
class Violation:
    focus: str
    path: str
    message: str
    severity: str


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0


def load_file(path: str | Path) -> Graph:
    """Any RDF file kg writes, as one graph (named graphs merged)."""
    path = Path(path)
    if not path.is_file():
        raise FormatError(f"{path}: no such file")
    fmt = rdf_format_for_path(path)
    try:
        if fmt.quads:
            ds = Dataset()
            ds.parse(path, format=fmt.rdflib)
            g = Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
            return g
        return Graph().parse(path, format=fmt.rdflib)
    except Exception as err:  # rdflib raises many parser-specific types
        raise FormatError(f"{path}: not valid {fmt.name}: {err}") from None


def validate_graph(data: Graph) -> ValidationReport:
    """Validate ``data`` against ``ontology/shapes.ttl``, with the ontology for class hierarchy."""
    from pyshacl import validate as shacl_validate

    conforms, report, _ = shacl_validate(
        data, shacl_graph=load_shapes(), ont_graph=load_ontology(),
        inference="none", abort_on_first=False, allow_warnings=True,
    )
    out = ValidationReport(conforms=bool(conforms), triples=len(data))
    for res in report.subjects(RDF.type, SH.ValidationResult):
        out.violations.append(Violation(
            focus=str(report.value(res, SH.focusNode)),
            path=str(report.value(res, SH.resultPath) or ""),
            message=str(report.value(res, SH.resultMessage) or ""),
            severity=str(report.value(res, SH.resultSeverity)).rsplit("#", 1)[-1],
        ))
    out.violations.sort(key=lambda v: (v.severity, v.focus, v.path))
    return out


def validate(
    file: str | Path | None = None, *, store: str | Store | None = None
) -> ValidationReport:
    """Validate an RDF file, or the whole store when no file is given."""
    if file is not None:
        return validate_graph(load_file(file))
    from kg.export import union_graph

    with using_store(store) as st:
        return validate_graph(union_graph(st.dataset()))
