"""Counts that tell what a store holds."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.rdf.ontology import KG
from kg.store import Store, using_store

# Fixed queries: the only IRIs in them are the ontology's own constants.
_TRIPLES = """
SELECT (COUNT(*) AS ?n) WHERE {
  GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/kg-news/ontology>)
}"""
_ARTICLES = """
SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/kg-news/ontology#NewsArticle> }
"""
_BY_CLASS = """
SELECT ?cls (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e <https://w3id.org/kg-news/ontology#mentionedIn> ?a ; a ?cls .
} GROUP BY ?cls ORDER BY DESC(?n) ?cls
"""
_BY_PROPERTY = """
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?p (COUNT(*) AS ?n) WHERE {
  ?s ?p ?o .
  GRAPH <https://w3id.org/kg-news/ontology> {
    ?p owl:equivalentProperty ?wd .
    FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/prop/direct/"))
  }
} GROUP BY ?p ORDER BY DESC(?n) ?p
"""


@dataclass
class Stats:
    triples: int = 0
    articles: int = 0
    graphs: int = 0
    entities_by_class: dict[str, int] = field(default_factory=dict)
    facts_by_property: dict[str, int] = field(default_factory=dict)


def _local(iri) -> str:
    s = str(iri)
    return s.rsplit("#", 1)[-1] if s.startswith(str(KG)) else s


def stats(store: str | Store | None = None) -> Stats:
    """Triples, articles, entities per class and facts per property in the store."""
    with using_store(store) as st:
        out = Stats(graphs=len(st.graph_names()))
        out.triples = int(st.query(_TRIPLES).rows[0][0])
        out.articles = int(st.query(_ARTICLES).rows[0][0])
        for cls, n in st.query(_BY_CLASS).rows:
            out.entities_by_class[_local(cls)] = int(n)
        for prop, n in st.query(_BY_PROPERTY).rows:
            out.facts_by_property[_local(prop)] = int(n)
    return out
