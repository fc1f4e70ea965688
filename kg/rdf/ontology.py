"""The kg ontology as data: its namespace, its files and the Wikidata mapping."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL

KG = Namespace("https://w3id.org/kg-news/ontology#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-news/ontology")

_PID = re.compile(r"^http://www\.wikidata\.org/prop/direct/(P\d+)$")


def ontology_dir() -> Path:
    """The folder holding ``kg.ttl`` and ``shapes.ttl`` (shipped in the package)."""
    return Path(str(resources.files("kg") / "data" / "ontology"))


@cache
def load_ontology() -> Graph:
    """The OWL ontology as an rdflib graph (parsed once per process)."""
    return Graph().parse(ontology_dir() / "kg.ttl", format="turtle")


@cache
def load_shapes() -> Graph:
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


@cache
def property_for() -> dict[str, URIRef]:
    """Wikidata property id -> the kg property declared equivalent to it."""
    onto = load_ontology()
    out: dict[str, URIRef] = {}
    for prop, target in onto.subject_objects(OWL.equivalentProperty):
        if (m := _PID.match(str(target))) and str(prop).startswith(str(KG)):
            out[m.group(1)] = prop
    return out


def property_iri(pid: str) -> URIRef:
    """The kg property for a Wikidata id; KeyError names the unknown id."""
    try:
        return property_for()[pid]
    except KeyError:
        raise KeyError(f"no kg property is mapped to Wikidata {pid}") from None
