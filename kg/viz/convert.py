"""RDF in, networkx out: entities become nodes, relations labelled edges.

What a reader of the picture wants is the entities and the facts between
them. Everything else in a kg graph is folded into attributes rather than
drawn: literals (dates, titles) become node properties, reified
``kg:Statement`` nodes become the evidence of the edge they describe,
quotations become their speaker's ``quotes``, ``kg:mentionedIn`` becomes a
node's ``articles``. Ontology terms are never nodes. ``with_provenance=True``
draws articles, ``mentionedIn`` links and quotations as well.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import networkx as nx
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SH
from rdflib.term import Node

from kg.model import COARSE_TYPES, FINE_TYPES
from kg.rdf.ontology import KG, ONTOLOGY_IRI, PROV, SCHEMA, load_ontology

LABELS = (RDFS.label, SKOS.prefLabel, SCHEMA.name, SCHEMA.headline)
ALIASES = (SKOS.altLabel,)
# IRI-valued predicates that are structure or provenance, never a fact to draw.
_NOT_FACTS = {
    RDF.type, RDF.subject, RDF.predicate, RDF.object, RDFS.subClassOf, RDFS.subPropertyOf,
    RDFS.domain, RDFS.range, RDFS.isDefinedBy, RDFS.seeAlso, KG.mentionedIn, KG.spokenBy,
    SCHEMA.isPartOf, DCTERMS.license, RDF.first, RDF.rest,
}
_NOT_FACT_NAMESPACES = (str(OWL), str(PROV), str(SH))
_SCHEMA_CLASSES = {
    OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
    OWL.Ontology, RDFS.Class, RDF.Property, SH.NodeShape, SH.PropertyShape,
}
_VOCABULARY_PREDICATES = {
    RDF.first, RDF.rest, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range,
}
_STATEMENT_DETAILS = {
    KG.evidenceText: "text", KG.startOffset: "start", KG.endOffset: "end",
    KG.pattern: "pattern", KG.confidence: "confidence", PROV.wasDerivedFrom: "article",
}

Triple = tuple[Node, Node, Node]


def node_id(term: Node) -> str:
    """The networkx id of an RDF node: the IRI itself, or ``_:id`` for a blank node."""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def local_name(iri: str) -> str:
    """The last segment of an IRI, the readable part."""
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


def _words(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()


def _triples(graph: Graph) -> Iterable[Triple]:
    """Every triple, from all named graphs when given a Dataset."""
    quads = getattr(graph, "quads", None)
    if quads is not None:
        seen: set[Triple] = set()
        for s, p, o, _ in quads((None, None, None, None)):
            if (s, p, o) not in seen:
                seen.add((s, p, o))
                yield s, p, o
    else:
        yield from graph


def _is_vocabulary(predicates: set[Node]) -> bool:
    """Predicates that only a class, property, list or shape description uses."""
    return any(p in _VOCABULARY_PREDICATES or str(p).startswith((str(OWL), str(SH)))
               for p in predicates)


def _kind(term: Node, types: set[Node], predicates: set[Node] = frozenset()) -> str:
    """entity, article, quotation, statement or schema (ontology and shapes)."""
    if isinstance(term, URIRef) and (str(term).startswith(str(KG)) or term == ONTOLOGY_IRI):
        return "schema"
    if types & _SCHEMA_CLASSES or _is_vocabulary(predicates):
        return "schema"
    if KG.Statement in types or RDF.Statement in types:
        return "statement"
    if KG.Quotation in types:
        return "quotation"
    if KG.NewsArticle in types or SCHEMA.NewsArticle in types:
        return "article"
    return "entity"


class _Classifier:
    """Fine type and display group (a coarse type) of a node from its rdf:types."""

    _SPECIAL = {"NewsArticle": "Article", "Quotation": "Quotation", "Occupation": "Occupation"}

    def __init__(self, ontology: Graph) -> None:
        self.ontology = ontology

    def _coarse_of(self, cls: URIRef) -> str | None:
        for sup in self.ontology.transitive_objects(cls, RDFS.subClassOf):
            name = local_name(str(sup))
            if str(sup).startswith(str(KG)) and name in COARSE_TYPES:
                return name
        return None

    def __call__(self, types: set[Node]) -> tuple[str, str]:
        names = sorted({local_name(str(t)) for t in types if isinstance(t, URIRef)})
        for name, group in self._SPECIAL.items():
            if name in names:
                return name, group
        known = [n for n in names if n in FINE_TYPES]
        if known:
            fine = next((n for n in known if n not in COARSE_TYPES), known[0])
            return fine, FINE_TYPES[fine]
        for t in sorted(t for t in types if isinstance(t, URIRef)):
            if coarse := self._coarse_of(t):
                return local_name(str(t)), coarse
        return (names[0] if names else "Thing"), "Other"


def _predicate_labels(ontology: Graph) -> dict[Node, str]:
    out: dict[Node, str] = {}
    for prop, label in ontology.subject_objects(RDFS.label):
        if isinstance(label, Literal) and label.language in (None, "en"):
            out.setdefault(prop, str(label))
    return out


def _value(term: Node) -> Any:
    """A literal as JSON-friendly Python: numbers stay numbers, the rest is text."""
    if isinstance(term, Literal):
        py = term.toPython()
        if isinstance(py, bool | int | float):
            return py
        if isinstance(py, Decimal):
            return float(py)
    return str(term)


def _statements(by_subject: dict[Node, list[tuple[Node, Node]]],
                kinds: dict[Node, str]) -> dict[Triple, list[dict[str, Any]]]:
    """(subject, predicate, object) -> the evidence of each statement about it."""
    out: dict[Triple, list[dict[str, Any]]] = defaultdict(list)
    for st, pos in by_subject.items():
        if kinds.get(st) != "statement":
            continue
        parts = {p: o for p, o in pos}
        key = (parts.get(RDF.subject), parts.get(RDF.predicate), parts.get(RDF.object))
        if None in key:
            continue
        ev = {name: _value(parts[p]) for p, name in _STATEMENT_DETAILS.items() if p in parts}
        out[key].append(ev)  # type: ignore[index]
    for evs in out.values():
        evs.sort(key=lambda e: (str(e.get("article", "")), e.get("start", 0), e.get("text", "")))
    return out


def to_networkx(
    graph: Graph,
    *,
    with_provenance: bool = False,
    ontology: Graph | None = None,
) -> nx.MultiDiGraph:
    """The entities of ``graph`` as nodes and its facts as edges keyed by predicate IRI.

    Node attributes: ``iri``, ``name``, ``type`` (fine class), ``group`` (coarse
    class, the colour), ``aliases``, ``properties`` (label -> values), ``facts``
    (literal facts with evidence), ``articles``, ``quotes``. Edge attributes:
    ``predicate``, ``label``, ``evidence`` (sentences, offsets, rule, confidence,
    article). ``graph.graph["articles"]`` maps each article IRI to its headline.
    """
    ontology = load_ontology() if ontology is None else ontology
    classify = _Classifier(ontology)
    plabel = _predicate_labels(ontology)

    def label_of(p: Node) -> str:
        return plabel.get(p) or _words(local_name(str(p)))

    by_subject: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
    for s, p, o in _triples(graph):
        by_subject[s].append((p, o))
    types = {s: {o for p, o in pos if p == RDF.type} for s, pos in by_subject.items()}
    kinds = {s: _kind(s, types[s], {p for p, _ in pos}) for s, pos in by_subject.items()}
    evidence = _statements(by_subject, kinds)

    def kind(term: Node) -> str:
        return kinds.get(term) or _kind(term, set())

    info: dict[Node, dict[str, Any]] = {}

    def node_info(term: Node) -> dict[str, Any]:
        if term not in info:
            fine, group = classify(types.get(term, set()))
            name = str(term) if isinstance(term, BNode) else local_name(str(term))
            info[term] = {"iri": node_id(term), "name": name, "type": fine, "group": group,
                          "aliases": [], "properties": {}, "facts": [], "articles": [],
                          "quotes": []}
        return info[term]

    G = nx.MultiDiGraph()
    G.graph["articles"] = {}
    present: set[Node] = set()
    edges: list[tuple[Node, Node, Node, str]] = []
    for s in sorted(by_subject, key=str):
        k = kinds[s]
        if k in ("schema", "statement") or (k == "quotation" and not with_provenance):
            if k == "quotation":
                _quote_of(s, by_subject[s], node_info)
            continue
        attrs = node_info(s)
        names: list[str] = []
        for p, o in sorted(by_subject[s], key=lambda po: (str(po[0]), str(po[1]))):
            if p in LABELS and isinstance(o, Literal):
                names.append(str(o))
            elif p in ALIASES and isinstance(o, Literal):
                attrs["aliases"].append(str(o))
            elif p == KG.mentionedIn:
                attrs["articles"].append(str(o))
                G.graph["articles"].setdefault(str(o), "")
                if with_provenance:
                    edges.append((s, p, o, "mentioned in"))
            elif isinstance(o, Literal):
                attrs["properties"].setdefault(label_of(p), []).append(_value(o))
                if evs := evidence.get((s, p, o)):
                    attrs["facts"].append({"property": label_of(p), "value": _value(o),
                                           "evidence": evs})
            elif k == "quotation" and p in (KG.spokenBy, SCHEMA.isPartOf):
                edges.append((s, p, o, label_of(p)))
                if p == SCHEMA.isPartOf:
                    attrs["articles"].append(str(o))
            elif p not in _NOT_FACTS and not str(p).startswith(_NOT_FACT_NAMESPACES) \
                    and kind(o) not in ("schema", "statement"):
                if kind(o) == "quotation" and not with_provenance:
                    continue
                edges.append((s, p, o, label_of(p)))
        if k == "quotation" and not names:
            names = [_shorten(str(o)) for p, o in by_subject[s] if p == SCHEMA.text][:1]
        if names:
            attrs["name"] = _preferred(names)
            attrs["aliases"].extend(names)
        attrs["aliases"] = sorted(set(attrs["aliases"]) - {attrs["name"]})
        if k == "article":
            G.graph["articles"][str(s)] = attrs["name"] if names else ""
        if k == "entity" or with_provenance:
            present.add(s)

    for s, _, o, _ in edges:
        present.update((s, o))
    for term in sorted(present, key=str):
        G.add_node(node_id(term), **node_info(term))
    for s, p, o, label in edges:
        G.add_edge(node_id(s), node_id(o), key=str(p), predicate=str(p), label=label,
                   evidence=evidence.get((s, p, o), []))
    return G


def _shorten(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _preferred(names: list[str]) -> str:
    """One display name when a node has several labels (merged articles): the longest."""
    return sorted(set(names), key=lambda n: (-len(n), n))[0]


def _quote_of(q: Node, pos: list[tuple[Node, Node]], node_info) -> None:
    """Hand a quotation's text to its speaker, when the quotation is not drawn itself."""
    text = next((str(o) for p, o in pos if p == SCHEMA.text), None)
    for p, o in pos:
        if p == KG.spokenBy and text:
            node_info(o)["quotes"].append(text)
