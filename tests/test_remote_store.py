"""The remote SPARQL 1.1 store, against a real Oxigraph server on loopback.

The server comes from the ``oxigraph`` package of the test extra; the fixture
starts it on a free port and stops it afterwards. KG_TEST_SPARQL points the
tests at another server instead.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from rdflib import Literal

from kg.errors import QueryError, StoreError
from kg.rdf import entity_iri, to_rdf
from kg.store import open_store
from tests.helpers import make_extraction

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    if url := os.environ.get("KG_TEST_SPARQL"):
        yield url
        return
    exe = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
        "oxigraph")
    if not exe:
        pytest.fail("the oxigraph server is not installed: pip install '.[test]'")
    port = _free_port()
    proc = subprocess.Popen(
        [exe, "serve", "--location", str(tmp_path_factory.mktemp("oxi")),
         "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/query", params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail("the oxigraph server did not start")
        yield base + "/query"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_remote_store_replaces_and_queries(endpoint):
    store = open_store(endpoint)
    ex = make_extraction()
    ex.article.url = "https://news.example/remote"
    store.replace_article(to_rdf(ex))
    first = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
    store.replace_article(to_rdf(ex))
    assert store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0] == first
    res = store.query(
        "SELECT ?name WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?name }",
        {"p": entity_iri("Jane Doe", "Person")})
    assert [str(r[0]) for r in res.rows] == ["Jane Doe"]
    res = store.query("SELECT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?n }",
                      {"n": Literal('x" } DROP ALL { "')})
    assert res.rows == []
    assert any(str(g).endswith("/graph") for g in store.graph_names())
    assert len(store.dataset()) > 20


def test_remote_errors_are_kg_errors(endpoint):
    store = open_store(endpoint)
    with pytest.raises(QueryError):
        store.query("SELECT ?x WHERE { ?x ?y }")
    with pytest.raises(StoreError):
        open_store(f"http://127.0.0.1:{_free_port()}/query")
