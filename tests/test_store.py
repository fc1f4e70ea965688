import pytest
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import QueryError
from kg.export import export, union_graph
from kg.formats import RDF_FORMATS
from kg.query import query
from kg.rdf import KG, entity_iri, to_rdf
from kg.store import open_store
from tests.helpers import make_extraction


@pytest.fixture
def store(tmp_path):
    st = open_store(tmp_path / "st")
    yield st
    st.close()


def test_building_twice_leaves_the_store_unchanged(store):
    store.replace_article(to_rdf(make_extraction()))
    first = len(store)
    store.replace_article(to_rdf(make_extraction()))
    assert len(store) == first
    assert len(store.graph_names()) == 2  # the article's graph and its candidates


def test_rebuilding_an_article_replaces_its_named_graph(store):
    ex = make_extraction()
    ex.article.url = "https://news.example/1"
    store.replace_article(to_rdf(ex))
    changed = make_extraction(film="Day Train")
    changed.article.url = "https://news.example/1"
    store.replace_article(to_rdf(changed))
    titles = {str(r[0]) for r in store.query(
        "SELECT ?t WHERE { ?w a <https://w3id.org/kg-news/ontology#Film> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?t }").rows}
    assert titles == {"Day Train"}


def test_shared_triples_count_once_and_survive_a_rebuild(store):
    one = make_extraction("First article.\nJane Doe directed Night Train.")
    one.article.url = "https://news.example/first"
    two = make_extraction("Second article.\nJane Doe directed Night Train.", film="Day Train")
    store.replace_article(to_rdf(one))
    store.replace_article(to_rdf(two))
    count = ("SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/kg-news/ontology#Person> ;"
             " <http://www.w3.org/2000/01/rdf-schema#label> ?name }")
    assert int(store.query(count).rows[0][0]) == 2  # Jane Doe and Sam Roe, once each
    again = make_extraction("First article, corrected.\nNo one directed.", film="Dusk")
    again.article.url = "https://news.example/first"
    store.replace_article(to_rdf(again))
    films = {str(r[0]) for r in store.query(
        "SELECT ?t WHERE { ?w a <https://w3id.org/kg-news/ontology#Film> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?t }").rows}
    assert films == {"Day Train", "Dusk"}  # Night Train was only in the rebuilt article
    assert int(store.query(count).rows[0][0]) == 2


def test_queries_see_every_graph_and_the_ontology(store):
    store.replace_article(to_rdf(make_extraction()))
    res = store.query("ASK { ?w <https://w3id.org/kg-news/ontology#director> ?p . "
                      "<https://w3id.org/kg-news/ontology#director> a ?kind }")
    assert res.boolean is True


def test_parameters_are_bound_not_pasted(store):
    store.replace_article(to_rdf(make_extraction()))
    evil = Literal('x" } ; DROP ALL ; SELECT * { "')
    res = query("SELECT ?n ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?n }",
                store=store, params={"n": evil})
    assert res.rows == []
    res = query("entity", store=store, params={"entity": entity_iri("Jane Doe", "Person")})
    assert ("mentioned in" in {str(r[2]) for r in res.rows})
    assert len(store) > 0


def test_result_formats(store):
    store.replace_article(to_rdf(make_extraction()))
    res = query("people", store=store)
    assert "Jane Doe" in res.serialize("csv")
    assert res.serialize("tsv").startswith("?person\t?name")
    assert '"head"' in res.serialize("json")
    assert "<sparql" in res.serialize("xml")
    graph = query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . ?s a ?c }", store=store)
    assert "@prefix kg:" in graph.serialize("turtle")


def test_malformed_and_unknown_queries(store):
    with pytest.raises(QueryError, match="malformed SPARQL"):
        store.query("SELECT ?x WHERE { ?x ?y }")
    with pytest.raises(QueryError, match="unknown query name"):
        query("no-such-query", store=store)


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.name)
def test_export_round_trip_is_isomorphic(store, tmp_path, fmt):
    store.replace_article(to_rdf(make_extraction()))
    store.replace_article(to_rdf(make_extraction("Another article.\nWritten by Al Poe")))
    path = tmp_path / f"out{fmt.extensions[0]}"
    export(store, output=path)
    expected = store.dataset()
    from rdflib import Dataset, Graph

    if fmt.quads:
        back = Dataset()
        back.parse(path, format=fmt.rdflib)
        for name in store.graph_names():
            assert isomorphic(back.graph(name), expected.graph(name)), name
    else:
        back = Graph().parse(path, format=fmt.rdflib)
        assert isomorphic(back, union_graph(expected))
    assert len(union_graph(expected)) > 20


def test_store_keeps_data_across_reopen(tmp_path):
    st = open_store(tmp_path / "st")
    st.replace_article(to_rdf(make_extraction()))
    n = len(st)
    st.close()
    again = open_store(tmp_path / "st")
    assert len(again) == n
    assert URIRef(KG) not in again.graph_names()
    again.close()
