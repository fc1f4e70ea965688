from rdflib import RDF, RDFS, XSD, Literal
from rdflib.namespace import SKOS

from kg.model import Evidence, Fact
from kg.rdf import KG, entity_iri, to_rdf
from kg.rdf.ontology import PROV, property_for
from kg.validate import validate_graph
from tests.helpers import make_extraction


def test_every_vocabulary_relation_has_a_property():
    vocab = {"P57", "P58", "P161", "P162", "P50", "P170", "P175", "P86", "P921", "P449", "P750",
             "P272", "P264", "P577", "P144", "P179", "P19", "P20", "P136", "P1441", "P585",
             "P580", "P582", "P276", "P131", "P17", "P106", "P108", "P463", "P26", "P1327",
             "P40", "P3373", "P710", "P664", "P1113", "P941", "P166", "P1411", "P569", "P570",
             "P800", "P453"}
    assert vocab <= set(property_for())


def test_entities_facts_and_literals():
    out = to_rdf(make_extraction())
    g = out.graph
    jane = entity_iri("Jane Doe", "Person")
    film = entity_iri("Night Train", "CreativeWork")
    assert (film, RDF.type, KG.Film) in g
    assert (jane, SKOS.altLabel, Literal("Doe")) in g
    assert (film, KG.director, jane) in g
    assert (film, KG.publicationDate, Literal("2019", datatype=XSD.gYear)) in g
    assert (film, KG.numberOfEpisodes, Literal(4, datatype=XSD.integer)) in g
    job = g.value(jane, KG.occupation)
    assert g.value(job, RDFS.label) == Literal("film director")
    assert (out.article, KG.author, entity_iri("Sam Roe", "Person")) in g


def test_every_asserted_fact_has_a_statement_with_evidence():
    g = to_rdf(make_extraction()).graph
    statements = set(g.subjects(RDF.type, KG.Statement))
    assert len(statements) == 5  # the 0.2-confidence fact is not asserted
    for st in statements:
        s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
        assert (s, p, o) in g
        assert g.value(st, KG.evidenceText) is not None
        assert g.value(st, PROV.wasDerivedFrom) is not None


def test_low_confidence_facts_go_to_candidates_only():
    out = to_rdf(make_extraction())
    jane = entity_iri("Jane Doe", "Person")
    film = entity_iri("Night Train", "CreativeWork")
    assert (film, KG.castMember, jane) not in out.graph
    assert (None, RDF.object, jane) in out.candidates
    assert (film, KG.castMember, jane) not in out.candidates
    assert len(to_rdf(make_extraction(), min_confidence=0.1).candidates) == 0


def test_quotation_is_attributed_and_unnamed():
    g = to_rdf(make_extraction()).graph
    (q,) = g.subjects(RDF.type, KG.Quotation)
    assert g.value(q, KG.spokenBy) == entity_iri("Jane Doe", "Person")
    assert g.value(q, RDFS.label) is None


def test_hand_made_graph_conforms_to_shapes():
    report = validate_graph(to_rdf(make_extraction()).graph)
    assert report.conforms, report.violations


def test_shapes_catch_a_bad_graph():
    g = to_rdf(make_extraction()).graph
    film = entity_iri("Night Train", "CreativeWork")
    g.add((film, KG.director, Literal("not a person")))
    g.remove((entity_iri("Jane Doe", "Person"), RDFS.label, None))
    report = validate_graph(g)
    assert not report.conforms
    paths = {v.path for v in report.violations}
    assert str(KG.director) in paths and str(RDFS.label) in paths


def test_duplicate_facts_give_one_statement_with_the_best_confidence():
    ex = make_extraction()
    first = ex.facts[0]
    ex.facts.append(Fact(first.subject, first.relation, first.object,
                         Evidence("another reading", first.evidence.start, 99), "dup", 0.99))
    g = to_rdf(ex).graph
    film = entity_iri("Night Train", "CreativeWork")
    (st,) = [s for s in g.subjects(RDF.subject, film) if g.value(s, RDF.predicate) == KG.director]
    assert str(g.value(st, KG.confidence)) == "0.99"
    assert validate_graph(g).conforms
