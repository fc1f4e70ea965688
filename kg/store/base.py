"""What every store backend offers: article graphs in, SPARQL and datasets out."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping

from rdflib import Dataset, URIRef
from rdflib.term import Node

from kg.rdf.graph import ArticleGraphs
from kg.rdf.ontology import ONTOLOGY_IRI, load_ontology
from kg.results import QueryResult


class Store(ABC):
    """A quad store where each article lives in its own named graph."""

    ontology_graph = ONTOLOGY_IRI

    @abstractmethod
    def replace_article(self, graphs: ArticleGraphs) -> None:
        """Put an article's graphs in, replacing any earlier build of the same article."""

    @abstractmethod
    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        """Run SPARQL over the union of all graphs and the ontology."""

    @abstractmethod
    def graph_names(self) -> list[URIRef]:
        """Named graphs holding data (the ontology's is left out)."""

    @abstractmethod
    def dataset(self, include_ontology: bool = False) -> Dataset:
        """Every named graph of data as an rdflib Dataset."""

    def close(self) -> None:  # noqa: B027 - optional for backends
        """Release the store (embedded stores hold a lock while open)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @staticmethod
    def ontology():
        return load_ontology()
