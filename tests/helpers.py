"""Small hand-made extractions, so store and RDF tests need no spaCy model."""

from __future__ import annotations

import datetime as dt

from kg.model import (
    ARTICLE_KEY,
    Article,
    DateValue,
    Entity,
    Evidence,
    Extraction,
    Fact,
    Quote,
    Span,
    TextValue,
)


def make_extraction(text: str = "Jane Doe directed Night Train.\nWritten by Sam Roe",
                    *, film: str = "Night Train", confidence: float = 0.9) -> Extraction:
    ex = Extraction(Article(text=text, headline=text.splitlines()[0],
                            date_published=dt.date(2020, 5, 1)))
    ex.add_entity(Entity("p", "Person", "Jane Doe", {"Doe"}, [Span(0, 8)]))
    ex.add_entity(Entity("w", "Film", film, set(), [Span(18, 29)], disambiguator=None))
    ex.add_entity(Entity("a", "Person", "Sam Roe"))
    ev = Evidence(text.splitlines()[0], 0, len(text.splitlines()[0]))
    ex.facts += [
        Fact("w", "P57", "p", ev, "test-director", confidence),
        Fact("w", "P577", DateValue("2019"), ev, "test-date", 0.8),
        Fact("p", "P106", TextValue("film director"), ev, "test-occupation", 0.9),
        Fact("w", "P1113", 4, ev, "test-episodes", 0.7),
        Fact("w", "P161", "p", ev, "test-weak", 0.2),
        Fact(ARTICLE_KEY, "P50", "a", ev, "byline", 0.95),
    ]
    ex.quotes.append(Quote("It was a long night.", "p", 0, 20))
    return ex
