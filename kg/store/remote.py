"""A remote SPARQL 1.1 store (Oxigraph server, Fuseki, GraphDB, ...): the way past one machine.

Queries go to the SPARQL 1.1 Query endpoint through rdflib's SPARQLStore
(bindings become a VALUES block written by rdflib). Articles are written with
the SPARQL 1.1 Graph Store HTTP Protocol: one PUT replaces a whole named graph
at once, blank nodes included. The graph store endpoint is ``KG_GSP_ENDPOINT``,
or the query endpoint with its last segment ``query``/``sparql`` replaced by
``store`` (Oxigraph's layout). The server should expose the union of its named
graphs as the default graph (``oxigraph serve --union-default-graph``, Fuseki's
``unionDefaultGraph``), as the embedded store does.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx
from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.rdf.graph import ArticleGraphs, new_graph
from kg.results import QueryResult
from kg.store.base import Store

TIMEOUT = float(os.environ.get("KG_HTTP_TIMEOUT", "60"))


def graph_store_endpoint_for(query_endpoint: str) -> str:
    if env := os.environ.get("KG_GSP_ENDPOINT"):
        return env
    head, _, last = query_endpoint.rstrip("/").rpartition("/")
    if last in ("query", "sparql"):
        return f"{head}/store"
    return query_endpoint


class SparqlStore(Store):
    """A store behind SPARQL 1.1 Query and Graph Store HTTP Protocol endpoints."""

    def __init__(self, endpoint: str, graph_store: str | None = None):
        self.endpoint = endpoint
        self.graph_store = graph_store or graph_store_endpoint_for(endpoint)
        self._http = httpx.Client(timeout=TIMEOUT, headers={"User-Agent": "kg"})
        self._sparql = SPARQLStore(query_endpoint=endpoint, returnFormat="json", method="POST")
        try:
            self._put(self.ontology_graph, self.ontology())
        except httpx.HTTPError as err:
            raise StoreError(f"cannot reach the SPARQL store at {endpoint}: {err}") from None

    def _put(self, name: URIRef, graph: Graph) -> None:
        params = {"graph": str(name)}
        if len(graph):
            resp = self._http.put(self.graph_store, params=params,
                                  content=graph.serialize(format="nt", encoding="utf-8"),
                                  headers={"Content-Type": "application/n-triples"})
        else:
            resp = self._http.delete(self.graph_store, params=params)
            if resp.status_code == 404:
                return
        if resp.status_code >= 400:
            raise StoreError(f"{self.graph_store} refused graph {name}: "
                             f"HTTP {resp.status_code} {resp.text[:200]}")

    def replace_article(self, graphs: ArticleGraphs) -> None:
        try:
            self._put(graphs.graph_name, graphs.graph)
            self._put(graphs.candidates_name, graphs.candidates)
        except httpx.HTTPError as err:
            raise StoreError(f"writing to {self.graph_store} failed: {err}") from None

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        try:
            parseQuery(sparql)  # a clear syntax error here, before any request
        except Exception as err:
            msg = " ".join(str(err).split())[:200]
            raise QueryError(f"malformed SPARQL: {msg}") from None
        try:
            # no queryGraph: the server's default graph, i.e. the union of all graphs
            res = self._sparql.query(sparql, initBindings=dict(bindings or {}))
        except Exception as err:  # rdflib raises urllib and parser errors of many kinds
            msg = " ".join(str(err).split())[:200]
            raise QueryError(f"query failed at {self.endpoint}: {msg}") from None
        if not isinstance(res, Result):
            raise QueryError(f"{self.endpoint} gave no SPARQL result")
        if res.type == "ASK":
            return QueryResult("ASK", boolean=bool(res.askAnswer))
        if res.type == "SELECT":
            names = [str(v) for v in res.vars or []]
            rows = [tuple(row) for row in res]
            return QueryResult("SELECT", vars=names, rows=rows)
        g = new_graph()
        for t in res:
            g.add(t)
        return QueryResult("CONSTRUCT", graph=g)

    def graph_names(self) -> list[URIRef]:
        res = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(row[0] for row in res.rows if row[0] != self.ontology_graph)

    def dataset(self, include_ontology: bool = False) -> Dataset:
        ds = Dataset()
        names = self.graph_names() + ([self.ontology_graph] if include_ontology else [])
        for name in names:
            resp = self._http.get(self.graph_store, params={"graph": str(name)},
                                  headers={"Accept": "application/n-triples"})
            if resp.status_code >= 400:
                raise StoreError(f"reading graph {name} failed: HTTP {resp.status_code}")
            ds.graph(name).parse(data=resp.text, format="nt")
        for prefix, ns in new_graph().namespaces():
            ds.bind(prefix, ns)
        return ds

    def __len__(self) -> int:
        return int(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
                   .rows[0][0])

    def close(self) -> None:
        self._http.close()
