"""Relations between an article's entities, read by patterns kept as data.

``extract_relations`` runs every pattern of ``patterns/*.jsonl`` over the
parsed article, resolves what each matched token refers to (names, aliases,
"the film", pronouns, "X and Y"), and appends the facts, each with its
evidence sentence, pattern id and confidence, and the article's quotations
with their speakers.
"""

from __future__ import annotations

from functools import cache

from kg.extract.mentions import MentionIndex
from kg.extract.relations.demonyms import add_demonym_countries
from kg.extract.relations.engine import Reader, merge
from kg.extract.relations.genre import is_reference_text
from kg.extract.relations.geography import geography_facts
from kg.extract.relations.matching import Matchers, mark_classes
from kg.extract.relations.notable import notable_work_facts
from kg.extract.relations.patterns import Pattern, PatternError, default_patterns, load_patterns
from kg.extract.relations.references import References
from kg.extract.relations.works import retype_defined_entities, split_reintroduced_works
from kg.model import Extraction

__all__ = ["Pattern", "PatternError", "extract_relations", "load_patterns", "read_facts"]


@cache
def _matchers(vocab) -> Matchers:
    return Matchers(vocab, default_patterns())


def read_facts(doc, extraction: Extraction, sections=(), patterns=None) -> list:
    """The facts the patterns read in ``doc`` (without adding them to the extraction)."""
    refs = References(doc, extraction, MentionIndex(extraction))
    mark_classes(doc, refs)
    matchers = _matchers(doc.vocab) if patterns is None else Matchers(doc.vocab, patterns)
    reader = Reader(doc, refs, extraction.article.date_published, sections)
    facts = [f for match in matchers(doc) for f in reader.facts(match)]
    return merge(facts)


def extract_relations(document, doc, extraction: Extraction) -> None:
    """Append the article's relation facts and quotations to ``extraction``."""
    from kg.extract.quotes import extract_quotes

    retype_defined_entities(doc, extraction)
    split_reintroduced_works(doc, extraction)
    sections = document.sections if document is not None else ()
    known = {(f.subject, f.relation, str(f.object)) for f in extraction.facts}
    for fact in read_facts(doc, extraction, sections):
        if (fact.subject, fact.relation, str(fact.object)) not in known:
            extraction.facts.append(fact)
    reference = is_reference_text(document, doc)
    if reference:
        add_demonym_countries(doc, extraction)
    extraction.facts.extend(geography_facts(document, doc, extraction, transitive=reference))
    if reference:
        extraction.facts.extend(notable_work_facts(extraction))
    extraction.quotes.extend(extract_quotes(doc, extraction))
