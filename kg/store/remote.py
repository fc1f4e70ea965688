"""A remote SPARQL 1.1 store (Oxigraph server, Fuseki, GraphDB, ...): the way past one machine.

The endpoint given is the query endpoint. The update endpoint is
``KG_UPDATE_ENDPOINT``, or the query endpoint with its last path segment
``query``/``sparql`` replaced by ``update``. The server should expose the union
of its named graphs as the default graph (``oxigraph serve --union-default-graph``,
Fuseki's ``unionDefaultGraph``), as the embedded store does.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.rdf.graph import ArticleGraphs
from kg.results import QueryResult
from kg.store.base import Store


def update_endpoint_for(query_endpoint: str) -> str:
    if env := os.environ.get("KG_UPDATE_ENDPOINT"):
        return env
    head, _, last = query_endpoint.rstrip("/").rpartition("/")
    if last in ("query", "sparql"):
        return f"{head}/update"
    return query_endpoint


class SparqlStore(Store):
    """Talks SPARQL 1.1 Query and Update over HTTP through rdflib's SPARQLUpdateStore."""

    def __init__(self, endpoint: str, update_endpoint: str | None = None):
        self.endpoint = endpoint
        self._store = SPARQLUpdateStore(
            query_endpoint=endpoint,
            update_endpoint=update_endpoint or update_endpoint_for(endpoint),
            returnFormat="json",
            method="POST",
            autocommit=True,
        )
        self._ds = Dataset(store=self._store)
        try:
            self._replace(self.ontology_graph, self.ontology())
        except Exception as err:  # any transport error: the store cannot be reached
            raise StoreError(f"cannot reach the SPARQL store at {endpoint}: {err}") from None

    def _replace(self, name: URIRef, graph: Graph) -> None:
        self._store.update("DROP SILENT GRAPH ?g", initBindings={"g": name})
        target = self._ds.graph(name)
        target.addN((s, p, o, target) for s, p, o in graph)

    def replace_article(self, graphs: ArticleGraphs) -> None:
        try:
            self._replace(graphs.graph_name, graphs.graph)
            self._replace(graphs.candidates_name, graphs.candidates)
        except Exception as err:
            raise StoreError(f"writing to {self.endpoint} failed: {err}") from None

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        try:
            res = self._ds.query(sparql, initBindings=dict(bindings or {}))
        except Exception as err:
            raise QueryError(f"query failed at {self.endpoint}: {err}") from None
        if res.type == "ASK":
            return QueryResult("ASK", boolean=bool(res.askAnswer))
        if res.type == "SELECT":
            names = [str(v) for v in res.vars or []]
            rows = [tuple(row.get(v) if hasattr(row, "get") else row[i]
                          for i, v in enumerate(res.vars or [])) for row in res]
            return QueryResult("SELECT", vars=names, rows=rows)
        g = Graph()
        for t in res:
            g.add(t)
        return QueryResult("CONSTRUCT", graph=g)

    def graph_names(self) -> list[URIRef]:
        res = self._ds.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(row[0] for row in res if row[0] != self.ontology_graph)

    def dataset(self, include_ontology: bool = False) -> Dataset:
        ds = Dataset()
        names = self.graph_names() + ([self.ontology_graph] if include_ontology else [])
        for name in names:
            res = self._ds.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
                                 initBindings={"g": name})
            target = ds.graph(name)
            for t in res:
                target.add(t)
        return ds
