"""The embedded default: an Oxigraph store in a folder on disk, no server needed.

pyoxigraph is used directly rather than through rdflib's Store API
(oxrdflib): bench/store_bench.py measures both, see the README.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.rdf.graph import ArticleGraphs, new_graph
from kg.results import QueryResult
from kg.store.base import Store


def to_ox(term: Node):
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise QueryError(f"cannot bind {term!r}: expected an IRI or a literal")


def from_ox(term) -> Node | None:
    """A pyoxigraph term as an rdflib term."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise StoreError(f"unsupported term in store: {term!r}")


def syntax_message(err: Exception) -> str:
    """Oxigraph's parse error on one short line: where, and what it expected."""
    msg = " ".join(str(err).split())
    if (cut := msg.find(" expected one of")) != -1:
        msg = msg[:cut] + " (unexpected token there)"
    return msg if len(msg) <= 200 else msg[:197] + "..."


def _nt(graph: Graph) -> bytes:
    return graph.serialize(format="nt", encoding="utf-8")


class OxigraphStore(Store):
    """An on-disk Oxigraph store.

    Each article lives in its own named graph. The default graph is kept as the
    set union of all named graphs (ontology included), because Oxigraph's
    "default graph as union" option repeats a triple once per graph that holds
    it, which multiplies joins over shared entities and breaks COUNTs.
    """

    def __init__(self, path: Path):
        self.path = path
        try:
            path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(path))
        except OSError as err:
            hint = "is another kg process using it?" if "lock" in str(err).lower() else ""
            raise StoreError(f"cannot open the store at {path}: {err} {hint}".strip()) from None
        self._load_ontology()

    def _load_ontology(self) -> None:
        """Keep the store's copy of the ontology in step with the installed one."""
        onto = ox.NamedNode(str(self.ontology_graph))
        data = _nt(self.ontology())
        wanted = {str(t) for t in ox.parse(data, ox.RdfFormat.N_TRIPLES)
                  if not isinstance(t.subject, ox.BlankNode)
                  and not isinstance(t.object, ox.BlankNode)}
        present = {str(q.triple) for q in self._store.quads_for_pattern(None, None, None, onto)
                   if not isinstance(q.subject, ox.BlankNode)
                   and not isinstance(q.object, ox.BlankNode)}
        if wanted != present:
            self._replace(onto, data)
            self._store.flush()

    def _replace(self, graph: ox.NamedNode, data: bytes | None) -> None:
        """Replace one named graph and keep the default graph the union of all of them."""
        old = [q.triple for q in self._store.quads_for_pattern(None, None, None, graph)]
        new = list(ox.parse(data, ox.RdfFormat.N_TRIPLES)) if data else []
        if self._store.contains_named_graph(graph):
            self._store.remove_graph(graph)
        if new:
            self._store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in new)
        keep = {str(t) for t in new}
        default = ox.DefaultGraph()
        for t in old:
            if str(t) in keep:
                continue
            elsewhere = any(not isinstance(q.graph_name, ox.DefaultGraph) for q in
                            self._store.quads_for_pattern(t.subject, t.predicate, t.object, None))
            if not elsewhere:
                self._store.remove(ox.Quad(t.subject, t.predicate, t.object, default))
        self._store.extend(ox.Quad(t.subject, t.predicate, t.object, default) for t in new)

    def replace_article(self, graphs: ArticleGraphs) -> None:
        self._replace(ox.NamedNode(str(graphs.graph_name)), _nt(graphs.graph))
        cand = ox.NamedNode(str(graphs.candidates_name))
        if len(graphs.candidates) or self._store.contains_named_graph(cand):
            self._replace(cand, _nt(graphs.candidates) if len(graphs.candidates) else None)
        # no flush here: each write is already a committed transaction; close() flushes

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        subs = {ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items()}
        try:
            res = self._store.query(sparql, substitutions=subs or None)
        except SyntaxError as err:
            raise QueryError(f"malformed SPARQL: {syntax_message(err)}") from None
        except (OSError, ValueError, RuntimeError) as err:
            msg = str(err)
            if "SELECT projection" in msg:
                msg += " (a --param variable must be one of the SELECT variables)"
            raise QueryError(f"query failed: {msg}") from None
        if isinstance(res, ox.QueryBoolean):
            return QueryResult("ASK", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            rows = [tuple(from_ox(sol[v]) for v in names) for sol in res]
            return QueryResult("SELECT", vars=names, rows=rows)
        g = new_graph()
        for t in res:
            g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        return QueryResult("CONSTRUCT", graph=g)

    def graph_names(self) -> list[URIRef]:
        onto = str(self.ontology_graph)
        return sorted(URIRef(g.value) for g in self._store.named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value != onto)

    def dataset(self, include_ontology: bool = False) -> Dataset:
        ds = Dataset()
        names = self.graph_names() + ([self.ontology_graph] if include_ontology else [])
        for name in names:
            data = self._store.dump(format=ox.RdfFormat.N_TRIPLES,
                                    from_graph=ox.NamedNode(str(name)))
            ds.graph(name).parse(data=data, format="nt")
        for prefix, ns in new_graph().namespaces():
            ds.bind(prefix, ns)
        return ds

    def __len__(self) -> int:
        """Distinct triples over all graphs (the union default graph)."""
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def close(self) -> None:
        self._store.flush()
        del self._store
