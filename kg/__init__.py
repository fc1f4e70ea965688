"""kg: turn news articles into an RDF knowledge graph.

The public API; the ``kg`` command is a thin layer over these functions.
"""

from kg.build import BuildReport, build, build_graph, extract_text
from kg.document import Document, parse_document
from kg.errors import (
    FormatError,
    InputError,
    KGError,
    ModelError,
    QueryError,
    StoreError,
    ValidationError,
)
from kg.export import export
from kg.model import Entity, Extraction, Fact
from kg.query import query
from kg.rdf import to_rdf
from kg.results import QueryResult
from kg.stats import stats
from kg.store import Store, open_store
from kg.validate import validate, validate_graph

__all__ = [
    "BuildReport",
    "Document",
    "Entity",
    "Extraction",
    "Fact",
    "FormatError",
    "InputError",
    "KGError",
    "ModelError",
    "QueryError",
    "QueryResult",
    "Store",
    "StoreError",
    "ValidationError",
    "build",
    "build_graph",
    "export",
    "extract_text",
    "open_store",
    "parse_document",
    "query",
    "stats",
    "to_rdf",
    "validate",
    "validate_graph",
]
