"""Where a drawing's RDF comes from: a file, the store, or a CONSTRUCT query on either."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Dataset, Graph, URIRef

from kg.errors import FormatError, InputError, QueryError
from kg.formats import rdf_format_for_path
from kg.query import resolve_query
from kg.rdf.ontology import KG
from kg.store import Store, using_store

#: Triples copied from the source onto the nodes of a CONSTRUCT result, so that
#: a query returning only links still draws names, types and articles.
_CONTEXT = (RDF.type, RDFS.label, SKOS.altLabel, KG.mentionedIn)
_CONTEXT_QUERY = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s ?p ?o WHERE {
  ?s ?p ?o .
  FILTER(?p IN (rdf:type, rdfs:label, skos:altLabel,
                <https://w3id.org/kg-news/ontology#mentionedIn>))
}"""


def read_rdf(path: str | Path) -> Graph:
    """An RDF file as a graph (a Dataset for TriG and N-Quads), format by extension."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    fmt = rdf_format_for_path(p)
    graph: Graph = Dataset(default_union=True) if fmt.quads else Graph()
    try:
        graph.parse(p, format=fmt.rdflib)
    except Exception as err:  # rdflib raises many types; the message is what matters
        raise FormatError(f"{path}: cannot read as {fmt.name}: {_first_line(err)}") from None
    return graph


def _first_line(err: Exception) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def construct(spec: str, *, graph: Graph | None = None,
              store: str | Store | None = None) -> Graph:
    """The graph a CONSTRUCT (or DESCRIBE) query returns, from ``graph`` or else the store.

    ``spec`` is SPARQL text, a .rq file or a ready query's name. Result nodes get
    their types, names and articles from the source when the query left them out.
    """
    text = resolve_query(spec)
    if graph is not None:
        try:
            res = graph.query(text)
        except Exception as err:
            raise QueryError(f"cannot run the query: {_first_line(err)}") from None
        kind, out = res.type, res.graph
        context = [(s, p, o) for p in _CONTEXT for s, o in graph.subject_objects(p)]
    else:
        with using_store(store) as st:
            res = st.query(text)
            kind, out = res.type, res.graph
            context = [tuple(row) for row in st.query(_CONTEXT_QUERY).rows] \
                if kind in ("CONSTRUCT", "DESCRIBE") else []
    if kind not in ("CONSTRUCT", "DESCRIBE") or out is None:
        raise QueryError(f"--query needs a CONSTRUCT or DESCRIBE query to draw; got {kind}")
    nodes = {t for s, _, o in out for t in (s, o) if isinstance(t, URIRef)}
    missing = {(s, p) for s in nodes for p in _CONTEXT if (s, p, None) not in out}
    for s, p, o in context:
        if (s, p) in missing:
            out.add((s, p, o))  # type: ignore[arg-type]
    return out


def load_rdf(source: str | Path | None = None, *, store: str | Store | None = None,
             query: str | None = None) -> Graph:
    """The RDF to draw: a file, else the whole store; narrowed by a CONSTRUCT ``query``."""
    graph = read_rdf(source) if source is not None else None
    if query:
        return construct(query, graph=graph, store=store)
    if graph is not None:
        return graph
    with using_store(store) as st:
        return st.dataset()
