"""Assemble an article's extraction from its document and spaCy analysis."""

from __future__ import annotations

import re

from kg.document import Document, byline_names
from kg.model import ARTICLE_KEY, Article, DateValue, Entity, Evidence, Extraction, Fact, Span

_LABEL_TYPES = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Venue",
    "WORK_OF_ART": "CreativeWork",
    "EVENT": "Event",
}


def _key(name: str, type_: str) -> str:
    return type_ + ":" + re.sub(r"\s+", " ", name.strip()).casefold()


def extract(document: Document, doc) -> Extraction:
    """Entities (spaCy NER), the article's author and publication date."""
    article = Article(
        text=document.text,
        headline=document.headline,
        date_published=document.date_published,
        url=document.url,
        source=document.source,
    )
    ex = Extraction(article=article)
    for ent in doc.ents:
        type_ = _LABEL_TYPES.get(ent.label_)
        name = ent.text.strip()
        if not type_ or len(name) < 2:
            continue
        key = _key(name, type_)
        entity = ex.entities.get(key) or ex.add_entity(Entity(key=key, type=type_, name=name))
        entity.mentions.append(Span(ent.start_char, ent.end_char))

    for section in document.of_kind("byline"):
        for name in byline_names(section):
            key = _key(name, "Person")
            ex.entities.setdefault(key, Entity(key=key, type="Person", name=name))
            ex.facts.append(Fact(ARTICLE_KEY, "P50", key,
                                 Evidence(section.text, section.start, section.end),
                                 pattern="byline", confidence=0.95))
    if article.date_published and (sec := document.first("date")):
        ex.facts.append(Fact(ARTICLE_KEY, "P577", DateValue(article.date_published.isoformat()),
                             Evidence(sec.text, sec.start, sec.end),
                             pattern="date-line", confidence=0.95))
    return ex
