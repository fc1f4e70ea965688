"""Write the store, or any dataset, as an RDF file."""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Dataset, Graph

from kg.formats import RdfFormat, rdf_format, rdf_format_for_path
from kg.store import Store, using_store


def union_graph(ds: Dataset) -> Graph:
    """All triples of all named graphs, in one graph (prefixes kept)."""
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def serialize(ds: Dataset, fmt: RdfFormat) -> bytes:
    """Bytes of ``ds`` in ``fmt``; triple formats get the union of the graphs."""
    target = ds if fmt.quads else union_graph(ds)
    return target.serialize(format=fmt.rdflib, encoding="utf-8")


def write_dataset(ds: Dataset, path: str | Path, fmt: RdfFormat | None = None) -> Path:
    path = Path(path)
    fmt = fmt or rdf_format_for_path(path)
    data = serialize(ds, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)  # never leave a half-written file behind
    return path


def export(
    store: str | Store | None = None,
    *,
    output: str | Path | None = None,
    format: str | None = None,
    include_ontology: bool = False,
) -> bytes | Path:
    """Export the store's data (optionally with the ontology).

    Writes ``output`` and returns its path, or returns the bytes when no output is given.
    """
    with using_store(store) as st:
        ds = st.dataset(include_ontology=include_ontology)
    if output is not None:
        fmt = rdf_format(format) if format else rdf_format_for_path(output)
        return write_dataset(ds, output, fmt)
    return serialize(ds, rdf_format(format or "turtle"))


def write_stdout(data: bytes) -> None:
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
