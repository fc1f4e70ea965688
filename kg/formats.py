"""RDF formats, registered once: one lookup serves --format, file names and media types."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import FormatError


@dataclass(frozen=True)
class RdfFormat:
    name: str  # the --format value
    rdflib: str  # rdflib's parser/serializer name
    extensions: tuple[str, ...]
    media_type: str
    quads: bool  # keeps named graphs


RDF_FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("turtle", "turtle", (".ttl",), "text/turtle", False),
    RdfFormat("nt", "nt", (".nt",), "application/n-triples", False),
    RdfFormat("nquads", "nquads", (".nq",), "application/n-quads", True),
    RdfFormat("trig", "trig", (".trig",), "application/trig", True),
    RdfFormat("jsonld", "json-ld", (".jsonld", ".json"), "application/ld+json", False),
    RdfFormat("xml", "xml", (".rdf", ".owl", ".xml"), "application/rdf+xml", False),
)


def rdf_format(name: str) -> RdfFormat:
    for fmt in RDF_FORMATS:
        if name.lower() in (fmt.name, fmt.rdflib, fmt.media_type, *fmt.extensions):
            return fmt
    known = ", ".join(f.name for f in RDF_FORMATS)
    raise FormatError(f"unknown RDF format {name!r}; expected one of {known}")


def rdf_format_for_path(path: str | Path) -> RdfFormat:
    suffix = Path(path).suffix.lower()
    for fmt in RDF_FORMATS:
        if suffix in fmt.extensions:
            return fmt
    known = " ".join(e for f in RDF_FORMATS for e in f.extensions)
    raise FormatError(f"{path}: cannot tell the RDF format from {suffix or 'no extension'!r}; "
                      f"use one of {known}")
