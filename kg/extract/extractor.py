"""Assemble an article's extraction from its document and spaCy analysis."""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

from kg.document import Document
from kg.extract.entities import add_byline_facts, add_entities, add_occupation_facts, clusters_of
from kg.model import Article, Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract(document: Document, doc: Doc) -> Extraction:
    """Entities with all their mentions, the article's metadata facts, occupations, relations."""
    article = Article(
        text=document.text,
        headline=document.headline,
        date_published=document.date_published,
        url=document.url,
        source=document.source,
    )
    ex = Extraction(article=article)
    add_entities(ex, clusters_of(doc, document))
    add_byline_facts(ex, document)
    add_occupation_facts(ex, doc)
    # Relation extraction (Extraction II) runs last, over the entities and mentions above.
    if importlib.util.find_spec("kg.extract.relations") is not None:
        from kg.extract.relations import extract_relations

        extract_relations(document, doc, ex)
    return ex
