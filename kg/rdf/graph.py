"""Write one article's extraction as RDF in the kg ontology.

Every asserted fact is also reified as a ``kg:Statement`` (RDF 1.1
reification plus PROV-O) carrying the evidence sentence, its offsets, the
rule that found it and a confidence, so any store can show why a fact is there.
Facts under the confidence threshold are not asserted: only their statement
goes, into a separate candidates graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.model import ARTICLE_KEY, DateValue, Extraction, Fact, TextValue
from kg.rdf.iris import (
    article_iri,
    candidates_graph_iri,
    child_iri,
    entity_iri,
    graph_iri,
    occupation_iri,
)
from kg.rdf.ontology import KG, PROV, SCHEMA, property_iri

DEFAULT_MIN_CONFIDENCE = 0.5


@dataclass
class ArticleGraphs:
    """The RDF of one article: asserted facts, and candidates kept apart."""

    article: URIRef
    graph: Graph
    candidates: Graph

    @property
    def graph_name(self) -> URIRef:
        return graph_iri(self.article)

    @property
    def candidates_name(self) -> URIRef:
        return candidates_graph_iri(self.article)


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in (("kg", KG), ("schema", SCHEMA), ("prov", PROV), ("skos", SKOS),
                       ("dcterms", DCTERMS)):
        g.bind(prefix, ns)
    return g


def date_literal(value: DateValue) -> Literal:
    """A typed literal at the precision of the ISO string."""
    iso = value.iso
    if "T" in iso:
        return Literal(iso, datatype=XSD.dateTime)
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(iso.lstrip("-")), XSD.date)
    return Literal(iso, datatype=datatype)


def confidence_literal(value: float) -> Literal:
    """A decimal in [0, 1], in the canonical form stores keep (0.95, not 0.950)."""
    dec = Decimal(str(round(max(0.0, min(1.0, value)), 3))).normalize()
    return Literal(format(dec, "f"), datatype=XSD.decimal)


def to_rdf(
    extraction: Extraction,
    *,
    base: str | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> ArticleGraphs:
    """RDF for one extraction; IRIs are minted under ``base`` (default ``KG_BASE``)."""
    art = extraction.article
    article = article_iri(url=art.url, text=art.text, base=base)
    g, cand = new_graph(), new_graph()
    base_ns = Namespace(str(article).rsplit("article/", 1)[0])
    g.bind("kgr", base_ns)
    cand.bind("kgr", base_ns)

    g.add((article, RDF.type, KG.NewsArticle))
    if art.headline:
        g.add((article, RDFS.label, Literal(art.headline)))
        g.add((article, SCHEMA.headline, Literal(art.headline)))
    if art.url:
        g.add((article, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)))
    if art.source:
        g.add((article, DCTERMS.source, Literal(art.source)))

    nodes: dict[str, URIRef] = {ARTICLE_KEY: article}
    for key, ent in extraction.entities.items():
        node = entity_iri(ent.name, ent.coarse_type, ent.disambiguator, base=base)
        nodes[key] = node
        g.add((node, RDF.type, KG[ent.type]))
        g.add((node, RDFS.label, Literal(ent.name)))
        for alias in sorted(ent.aliases - {ent.name}):
            g.add((node, SKOS.altLabel, Literal(alias)))
        g.add((node, KG.mentionedIn, article))

    # one statement per fact and evidence sentence: the most confident reading wins
    best: dict[tuple, tuple[Fact, tuple]] = {}
    for fact in extraction.facts:
        if fact.subject not in nodes or (isinstance(fact.object, str) and fact.object not in nodes):
            continue
        triple = (nodes[fact.subject], property_iri(fact.relation), _object(fact, nodes, g, base))
        key = (*triple, fact.evidence.start if fact.evidence else None)
        if key not in best or fact.confidence > best[key][0].confidence:
            best[key] = (fact, triple)
    for fact, (s, p, o) in best.values():
        asserted = fact.confidence >= min_confidence
        if asserted:
            g.add((s, p, o))
        _statement(g if asserted else cand, article, s, p, o, fact)

    for quote in extraction.quotes:
        q = child_iri(article, "quote", quote.start, quote.end)
        g.add((q, RDF.type, KG.Quotation))
        g.add((q, SCHEMA.text, Literal(quote.text)))
        g.add((q, SCHEMA.isPartOf, article))
        g.add((q, KG.startOffset, Literal(quote.start, datatype=XSD.integer)))
        g.add((q, KG.endOffset, Literal(quote.end, datatype=XSD.integer)))
        if quote.speaker in nodes:
            g.add((q, KG.spokenBy, nodes[quote.speaker]))
    return ArticleGraphs(article, g, cand)


def _object(fact: Fact, nodes: dict[str, URIRef], g: Graph, base: str | None):
    obj = fact.object
    if isinstance(obj, str):
        return nodes[obj]
    if isinstance(obj, DateValue):
        return date_literal(obj)
    if isinstance(obj, TextValue):
        if fact.relation == "P106":
            node = occupation_iri(obj.text, base=base)
            g.add((node, RDF.type, KG.Occupation))
            g.add((node, RDFS.label, Literal(obj.text)))
            return node
        return Literal(obj.text)
    if isinstance(obj, bool):
        raise TypeError("boolean fact objects are not supported")
    if isinstance(obj, int):
        return Literal(obj, datatype=XSD.integer)
    raise TypeError(f"unsupported fact object {obj!r}")


def _statement(g: Graph, article: URIRef, s, p, o, fact: Fact) -> None:
    ev = fact.evidence
    node = child_iri(article, "statement", s, p, o, ev.start if ev else "")
    g.add((node, RDF.type, KG.Statement))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    g.add((node, PROV.wasDerivedFrom, article))
    g.add((node, KG.pattern, Literal(fact.pattern)))
    g.add((node, KG.confidence, confidence_literal(fact.confidence)))
    if ev:
        g.add((node, KG.evidenceText, Literal(ev.text)))
        g.add((node, KG.startOffset, Literal(ev.start, datatype=XSD.integer)))
        g.add((node, KG.endOffset, Literal(ev.end, datatype=XSD.integer)))
