"""From an extraction to RDF: ontology terms, stable IRIs and provenance."""

from kg.rdf.graph import to_rdf
from kg.rdf.iris import article_iri, entity_iri, graph_iri
from kg.rdf.ontology import KG, SCHEMA, load_ontology

__all__ = ["KG", "SCHEMA", "article_iri", "entity_iri", "graph_iri", "load_ontology", "to_rdf"]
