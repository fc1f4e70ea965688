"""Deterministic IRIs: the same name and type give the same IRI in every run
and every article, so the graphs of different articles merge on their own."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from kg.config import base_namespace

_COARSE_SEGMENT = {
    "Person": "person",
    "Organization": "organization",
    "Place": "place",
    "CreativeWork": "work",
    "Event": "event",
}


def slug(text: str) -> str:
    """A readable, stable path segment: ASCII words joined by hyphens.

    Names with no Latin letters keep their own characters, percent-encoded.
    """
    norm = unicodedata.normalize("NFKC", text).casefold()
    norm = re.sub(r"[\u2018\u2019\u201c\u201d'\"`]", "", norm)
    ascii_ = unicodedata.normalize("NFKD", norm).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_)
    if words and len("".join(words)) * 2 >= len(re.sub(r"\W", "", norm)):
        return "-".join(words)
    return quote(re.sub(r"\s+", "-", norm.strip()), safe="-")


def _base(base: str | None) -> str:
    return base or base_namespace()


def entity_iri(
    name: str, coarse_type: str, disambiguator: str | None = None, *, base: str | None = None
) -> URIRef:
    """IRI of an entity from its canonical name, coarse type and disambiguator."""
    segment = _COARSE_SEGMENT.get(coarse_type, "thing")
    local = slug(name) or hashlib.sha256(name.encode()).hexdigest()[:16]
    if disambiguator:
        local += "-" + slug(disambiguator)
    return URIRef(f"{_base(base)}{segment}/{local}")


def occupation_iri(label: str, *, base: str | None = None) -> URIRef:
    return URIRef(f"{_base(base)}occupation/{slug(label)}")


def article_iri(
    *, url: str | None = None, text: str | None = None, base: str | None = None
) -> URIRef:
    """IRI of an article: from its URL when known, else from a hash of its text."""
    if url:
        key = "url:" + url.strip()
    elif text is not None:
        key = "text:" + unicodedata.normalize("NFC", text).strip()
    else:
        raise ValueError("article_iri needs a url or a text")
    return URIRef(f"{_base(base)}article/{hashlib.sha256(key.encode()).hexdigest()[:20]}")


def graph_iri(article: URIRef) -> URIRef:
    """The named graph that holds everything read from one article."""
    return URIRef(f"{article}/graph")


def candidates_graph_iri(article: URIRef) -> URIRef:
    """Named graph for facts below the confidence threshold (kept, not asserted)."""
    return URIRef(f"{article}/candidates")


def child_iri(parent: URIRef, kind: str, *parts: object) -> URIRef:
    """IRI of a node that belongs to an article (a statement, a quotation)."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]
    return URIRef(f"{parent}/{kind}/{digest}")
