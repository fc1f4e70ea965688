"""The public Python API on the sample article (loads the spaCy model)."""

import pytest
from rdflib import RDF, Graph
from rdflib.compare import isomorphic

import kg
from kg.rdf import KG
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow


def test_public_surface_is_curated():
    assert set(kg.__all__) >= {"build", "build_graph", "query", "export", "stats", "validate",
                               "open_store", "KGError"}
    for name in kg.__all__:
        assert getattr(kg, name) is not None


def test_build_graph_gives_a_non_trivial_graph(sample_text, nlp):
    g = kg.build_graph(sample_text)
    assert isinstance(g, Graph)
    (article,) = g.subjects(RDF.type, KG.NewsArticle)
    assert g.value(article, KG.author) is not None
    assert str(g.value(article, KG.publicationDate)) == "2017-07-05"
    people = set(g.subjects(RDF.type, KG.Person))
    assert len(people) >= 4
    assert len(g) > 50


def test_build_graph_is_deterministic(sample_text, nlp):
    assert isomorphic(kg.build_graph(sample_text), kg.build_graph(sample_text))
    assert set(kg.build_graph(sample_text).subjects()) == set(
        kg.build_graph(sample_text).subjects())


def test_sample_graph_conforms_to_the_shapes(sample_text, nlp):
    report = kg.validate_graph(kg.build_graph(sample_text))
    assert report.conforms, report.violations[:5]


def test_build_store_query_export(tmp_path, nlp):
    store = str(tmp_path / "st")
    report = kg.build([str(SEEDS)], store=store)
    assert report.articles == len(list(SEEDS.glob("*.txt")))
    assert report.entities > 5 and report.triples > 50
    people = kg.query("people", store=store)
    assert len(people.rows) >= 4
    st = kg.stats(store)
    assert st.articles == report.articles
    assert st.entities_by_class.get("Person", 0) >= 4
    ttl = kg.export(store, format="turtle")
    assert b"kg:NewsArticle" in ttl


def test_build_twice_keeps_the_triple_count(tmp_path, nlp):
    store = str(tmp_path / "st")
    kg.build([str(SEEDS)], store=store)
    first = kg.stats(store).triples
    kg.build([str(SEEDS)], store=store)
    assert kg.stats(store).triples == first
