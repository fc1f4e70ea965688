from rdflib import URIRef

from kg.rdf.iris import article_iri, entity_iri, graph_iri, slug


def test_same_name_and_type_give_same_iri():
    assert entity_iri("Jane Doe", "Person") == entity_iri("Jane Doe", "Person")
    assert entity_iri("Jane Doe", "Person") == URIRef("https://w3id.org/kg-news/id/person/jane-doe")


def test_type_and_disambiguator_keep_entities_apart():
    assert entity_iri("Paris", "Place") != entity_iri("Paris", "Person")
    assert entity_iri("Heat", "CreativeWork") != entity_iri("Heat", "CreativeWork", "1995")


def test_base_namespace_is_configurable(monkeypatch):
    monkeypatch.setenv("KG_BASE", "http://example.org/kb")
    assert str(entity_iri("Jane Doe", "Person")) == "http://example.org/kb/person/jane-doe"
    assert str(entity_iri("Jane Doe", "Person", base="urn:x:")) == "urn:x:person/jane-doe"


def test_slug_folds_accents_and_keeps_non_latin_names():
    assert slug("Beyoncé Knowles-Carter") == "beyonce-knowles-carter"
    assert slug("Dr. Dre") == "dr-dre"
    assert slug("坂本龍一") == "%E5%9D%82%E6%9C%AC%E9%BE%8D%E4%B8%80"
    assert slug("'Quoted'") == "quoted"


def test_article_iri_from_url_or_content():
    by_url = article_iri(url="https://news.example/a/1")
    assert by_url == article_iri(url="https://news.example/a/1", text="anything")
    assert article_iri(text="one text") == article_iri(text="one text\n")
    assert article_iri(text="one text") != article_iri(text="another text")
    assert str(graph_iri(by_url)) == str(by_url) + "/graph"
