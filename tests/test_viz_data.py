"""Hand-made graphs for the viz tests (no spaCy model needed), and checks that they
are what the real pipeline writes: RDF from kg.rdf.to_rdf, valid against the shapes."""

from __future__ import annotations

import random

from rdflib import Dataset, Graph

from kg.model import (
    ARTICLE_KEY,
    Article,
    DateValue,
    Entity,
    Evidence,
    Extraction,
    Fact,
    Quote,
    TextValue,
)
from kg.rdf.graph import to_rdf
from kg.rdf.iris import graph_iri

XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "</script><script>alert(2)</script>"

FESTIVAL_TEXT = """Harbour lights open the Port Avalon Film Festival

By Dana Whitfield

Director Marta Velasquez opened the Port Avalon Film Festival in Harbor City on Friday \
with The Salt Orchard, her third feature. Tomas Reyes stars in the film, which Northlight \
Pictures produced. "We shot it in eleven days," Velasquez said. Reyes, a former \
cinematographer, was born in 1981.
"""


def _ev(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def festival_extraction() -> Extraction:
    """A film-festival story of invented people, with every kind of node and fact."""
    text = FESTIVAL_TEXT
    ex = Extraction(Article(text=text, headline=text.splitlines()[0]))
    for key, typ, name, aliases in (
        ("marta", "Person", "Marta Velasquez", {"Velasquez"}),
        ("tomas", "Person", "Tomas Reyes", {"Reyes"}),
        ("dana", "Person", "Dana Whitfield", set()),
        ("film", "Film", "The Salt Orchard", set()),
        ("fest", "Festival", "Port Avalon Film Festival", set()),
        ("city", "City", "Harbor City", set()),
        ("studio", "Company", "Northlight Pictures", {"Northlight"}),
    ):
        ex.add_entity(Entity(key, typ, name, aliases))
    s1 = _ev(text, "Director Marta Velasquez opened the Port Avalon Film Festival in Harbor "
                   "City on Friday with The Salt Orchard, her third feature.")
    s2 = _ev(text, "Tomas Reyes stars in the film, which Northlight Pictures produced.")
    s3 = _ev(text, "Reyes, a former cinematographer, was born in 1981.")
    ex.facts += [
        Fact("film", "P57", "marta", s1, "director-opened", 0.9),
        Fact("fest", "P276", "city", s1, "event-in-place", 0.8),
        Fact("film", "P161", "tomas", s2, "stars-in", 0.9),
        Fact("film", "P272", "studio", s2, "produced-by", 0.85),
        Fact("tomas", "P106", TextValue("cinematographer"), s3, "former-occupation", 0.7),
        Fact("tomas", "P569", DateValue("1981"), s3, "born-in", 0.8),
        Fact(ARTICLE_KEY, "P50", "dana", _ev(text, "By Dana Whitfield"), "byline", 0.95),
    ]
    quote = "We shot it in eleven days,"
    ex.quotes.append(Quote(quote, "marta", text.index(quote), text.index(quote) + len(quote)))
    return ex


def festival_graph() -> Graph:
    return to_rdf(festival_extraction()).graph


def xss_extraction() -> Extraction:
    """Entities whose names and evidence are markup, as a hostile article could make them."""
    text = f"{XSS_IMG} met {XSS_SCRIPT} & <b>friends</b> at the premiere."
    ex = Extraction(Article(text=text, headline=f"{XSS_SCRIPT} headline"))
    ex.add_entity(Entity("a", "Person", XSS_IMG, {"<svg onload=alert(3)>"}))
    ex.add_entity(Entity("b", "Person", XSS_SCRIPT))
    ex.add_entity(Entity("c", "Event", "Premiere & <b>friends</b>"))
    ev = Evidence(text, 0, len(text))
    ex.facts += [
        Fact("a", "P1327", "b", ev, "<i>rule</i>", 0.9),
        Fact("c", "P710", "a", ev, "participant", 0.9),
    ]
    ex.quotes.append(Quote("<script>alert(4)</script>", "a", 0, 10))
    return ex


def xss_graph() -> Graph:
    return to_rdf(xss_extraction()).graph


def synthetic_graph(n_entities: int = 500, n_facts: int = 800, seed: int = 7) -> Graph:
    """A big one-article graph of generated entities (names like "Person 17"), with
    random relations between them, for layout and rendering at scale."""
    rng = random.Random(seed)
    kinds = [("Person", "Person"), ("Film", "Work"), ("Company", "Company"),
             ("City", "City"), ("Festival", "Festival"), ("TVSeries", "Series")]
    text = "\n".join(f"Sentence {i} of a generated article." for i in range(n_facts))
    ex = Extraction(Article(text=text, headline="Generated graph"))
    keys = []
    for i in range(n_entities):
        typ, word = kinds[i % len(kinds)]
        keys.append(f"e{i}")
        ex.add_entity(Entity(f"e{i}", typ, f"{word} {i}"))
    relations = ["P161", "P57", "P1327", "P710", "P272", "P276"]
    for i in range(n_facts):
        a, b = rng.sample(keys, 2)
        sentence = f"Sentence {i} of a generated article."
        start = text.index(sentence)
        ex.facts.append(Fact(a, rng.choice(relations), b,
                             Evidence(sentence, start, start + len(sentence)), "generated", 0.9))
    return to_rdf(ex).graph


def two_article_dataset() -> Dataset:
    """Two articles in their named graphs, as the store holds them."""
    ds = Dataset()
    for ex in (festival_extraction(), xss_extraction()):
        graphs = to_rdf(ex)
        target = ds.graph(graph_iri(graphs.article))
        for triple in graphs.graph:
            target.add(triple)
    return ds


# -- the builders give what the pipeline gives ---------------------------------------------


def test_builders_conform_to_the_shapes():
    from kg.validate import validate_graph

    for graph in (festival_graph(), xss_graph()):
        report = validate_graph(graph)
        assert report.conforms, [v.message for v in report.violations]


def test_synthetic_graph_has_the_entities_asked_for():
    from kg.rdf.ontology import KG

    g = synthetic_graph(60, 90)
    assert len(set(g.subjects(KG.mentionedIn, None))) == 60
    assert len(list(g.subjects(None, KG.Statement))) >= 85  # a few random pairs repeat
