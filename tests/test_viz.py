"""RDF -> networkx conversion, selection (article, focus, types), sources and the CLI."""

from __future__ import annotations

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import cli
from kg.errors import FormatError, InputError, KGError, QueryError
from kg.rdf.graph import to_rdf
from kg.rdf.ontology import KG, load_ontology
from kg.store import open_store
from kg.viz import SelectionError, construct, read_rdf, select, to_networkx, visualize
from tests.test_viz_data import (
    XSS_IMG,
    festival_extraction,
    festival_graph,
    two_article_dataset,
    xss_extraction,
)

DIRECTOR = str(KG.director)


@pytest.fixture(scope="module")
def fest() -> nx.MultiDiGraph:
    return to_networkx(festival_graph())


def by_name(G: nx.MultiDiGraph, name: str) -> tuple[str, dict]:
    hits = [(n, d) for n, d in G.nodes(data=True) if d["name"] == name]
    assert len(hits) == 1, f"{name}: {hits}"
    return hits[0]


def test_entities_are_nodes_with_name_type_aliases_and_literal_properties(fest):
    node, d = by_name(fest, "Tomas Reyes")
    assert node.startswith("http") and d["iri"] == node
    assert (d["type"], d["group"]) == ("Person", "Person")
    assert d["aliases"] == ["Reyes"]
    assert d["properties"] == {"date of birth": ["1981"]}  # a literal: an attribute, not a node
    assert d["facts"][0]["evidence"][0]["text"].startswith("Reyes, a former cinematographer")
    assert by_name(fest, "The Salt Orchard")[1]["type"] == "Film"
    assert by_name(fest, "Port Avalon Film Festival")[1]["group"] == "Event"
    assert by_name(fest, "cinematographer")[1]["group"] == "Occupation"
    assert not any(n == "1981" or n.startswith('"') for n in fest)


def test_relations_are_labelled_edges_with_their_evidence(fest):
    film, _ = by_name(fest, "The Salt Orchard")
    marta, _ = by_name(fest, "Marta Velasquez")
    data = fest.get_edge_data(film, marta)[DIRECTOR]
    assert data["label"] == "director" and data["predicate"] == DIRECTOR
    (ev,) = data["evidence"]
    assert ev["text"].startswith("Director Marta Velasquez opened")
    assert ev["pattern"] == "director-opened" and ev["confidence"] == pytest.approx(0.9)
    assert ev["article"] in fest.graph["articles"]
    assert ev["start"] < ev["end"]


def test_provenance_quotes_and_statements_are_folded_in_unless_asked(fest):
    groups = {d["group"] for _, d in fest.nodes(data=True)}
    assert "Quotation" not in groups
    assert not any("/statement/" in n for n in fest)
    assert not any(k == str(KG.mentionedIn) for *_, k in fest.edges(keys=True))
    assert by_name(fest, "Marta Velasquez")[1]["quotes"] == ["We shot it in eleven days,"]
    # the article is drawn only because it takes part in a fact (its byline)
    (article,) = [n for n, d in fest.nodes(data=True) if d["group"] == "Article"]
    assert [k for *_, k in fest.out_edges(article, keys=True)] == [str(KG.author)]

    full = to_networkx(festival_graph(), with_provenance=True)
    mentions = [e for e in full.edges(keys=True) if e[2] == str(KG.mentionedIn)]
    assert len(mentions) == len(festival_extraction().entities)
    assert any(d["group"] == "Quotation" for _, d in full.nodes(data=True))


def test_ontology_triples_are_never_nodes(fest):
    with_onto = festival_graph() + load_ontology()
    G = to_networkx(with_onto)
    assert set(G.nodes) == set(fest.nodes)
    assert G.number_of_edges() == fest.number_of_edges()


def test_a_dataset_merges_its_named_graphs():
    G = to_networkx(two_article_dataset())
    names = {d["name"] for _, d in G.nodes(data=True)}
    assert {"Marta Velasquez", XSS_IMG} <= names
    assert len(G.graph["articles"]) == 2


def test_article_is_chosen_by_iri_or_unique_suffix():
    G = to_networkx(two_article_dataset())
    fest_article = str(to_rdf(festival_extraction()).article)
    for spec in (fest_article, fest_article[-8:]):
        sub = select(G, article=spec)
        names = {d["name"] for _, d in sub.nodes(data=True)}
        assert "Marta Velasquez" in names and XSS_IMG not in names
    with pytest.raises(SelectionError, match="no article matches"):
        select(G, article="no-such-article")
    two = nx.MultiDiGraph(articles={"http://x.org/article/1ab": "", "http://x.org/article/2ab": ""})
    with pytest.raises(SelectionError, match="'ab' matches 2 articles"):
        select(two, article="ab")


def test_focus_by_exact_name_or_iri_within_depth(fest):
    one = select(fest, focus="The Salt Orchard", depth=1)
    assert {d["name"] for _, d in one.nodes(data=True)} == {
        "The Salt Orchard", "Marta Velasquez", "Tomas Reyes", "Northlight Pictures"}
    two = select(fest, focus=by_name(fest, "The Salt Orchard")[0], depth=2)
    assert "cinematographer" in {d["name"] for _, d in two.nodes(data=True)}
    assert select(fest, focus="Reyes", depth=0).number_of_nodes() == 1  # an alias, folded
    with pytest.raises(SelectionError, match="no entity named"):
        select(fest, focus="Nobody Here")


def test_types_filter_takes_coarse_and_fine_names(fest):
    people = select(fest, types="Person")
    assert {d["group"] for _, d in people.nodes(data=True)} == {"Person"}
    assert people.number_of_nodes() == 3
    some = select(fest, types=["film", " City "])
    assert {d["type"] for _, d in some.nodes(data=True)} == {"Film", "City"}
    kept = select(fest, focus="The Salt Orchard", types="Person")
    assert "The Salt Orchard" in {d["name"] for _, d in kept.nodes(data=True)}
    with pytest.raises(SelectionError, match="unknown type 'Spaceship'"):
        select(fest, types="Person,Spaceship")


CONSTRUCT_DIRECTORS = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
CONSTRUCT { ?work kg:director ?person } WHERE { ?work kg:director ?person }
"""


def test_construct_result_is_drawn_with_names_from_the_source():
    g = construct(CONSTRUCT_DIRECTORS, graph=festival_graph())
    G = to_networkx(g)
    assert sorted(d["name"] for _, d in G.nodes(data=True)) == [
        "Marta Velasquez", "The Salt Orchard"]
    assert by_name(G, "The Salt Orchard")[1]["type"] == "Film"
    with pytest.raises(QueryError, match="CONSTRUCT or DESCRIBE"):
        construct("SELECT * WHERE { ?s ?p ?o }", graph=festival_graph())


def test_construct_on_the_store(tmp_path):
    with open_store(tmp_path / "st") as st:
        st.replace_article(to_rdf(festival_extraction()))
        G = to_networkx(construct(CONSTRUCT_DIRECTORS, store=st))
    assert {d["name"] for _, d in G.nodes(data=True)} == {"Marta Velasquez", "The Salt Orchard"}


def test_read_rdf_errors_are_kg_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_rdf(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    with pytest.raises(FormatError, match="cannot read as turtle"):
        read_rdf(bad)
    docx = tmp_path / "notes.docx"
    docx.write_text("x", encoding="utf-8")
    with pytest.raises(FormatError, match="cannot tell the RDF format"):
        read_rdf(docx)
    with pytest.raises(FormatError, match="cannot draw to '.pdf'"):
        visualize(bad, output=tmp_path / "a.pdf")


@pytest.fixture()
def fest_file(tmp_path):
    path = tmp_path / "fest.ttl"
    festival_graph().serialize(path, format="turtle")
    return path


@pytest.mark.parametrize("ext", ["html", "png", "svg", "graphml", "gexf"])
def test_cli_writes_each_format(fest_file, tmp_path, ext):
    out = tmp_path / f"g.{ext}"
    res = CliRunner().invoke(cli, ["viz", str(fest_file), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.stat().st_size > 1000
    assert f"wrote {out}: 9 nodes, 6 edges" in res.output


@pytest.mark.parametrize("args, message", [
    (["missing.ttl", "-o", "g.html"], "missing.ttl: no such file"),
    (["{fest}", "-o", "g.pdf"], "cannot draw to '.pdf'"),
    (["{fest}", "-o", "g.html", "--focus", "Nobody Here"], "identified 'Nobody Here'"),
    (["{fest}", "-o", "g.html", "--types", "Spaceship"], "unknown type 'Spaceship'"),
    (["{fest}", "-o", "g.html", "--article", "zzz"], "no article matches 'zzz'"),
    (["{fest}", "-o", "g.html", "-q", "SELECT * WHERE { ?s ?p ?o }"], "CONSTRUCT or DESCRIBE"),
    (["{fest}", "-o", "no/such/dir/g.html"], "does not exist"),
])
def test_cli_errors_are_one_line(fest_file, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    args = [a.replace("{fest}", str(fest_file)) for a in args]
    res = CliRunner().invoke(cli, ["viz", *args])
    assert res.exit_code == 1
    assert "Traceback" not in res.output
    lines = [line for line in res.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and message in lines[0]
    assert isinstance(res.exception, SystemExit)


def test_cli_reads_the_store_and_selects(tmp_path):
    store = tmp_path / "st"
    with open_store(store) as st:
        st.replace_article(to_rdf(festival_extraction()))
        st.replace_article(to_rdf(xss_extraction()))
    out = tmp_path / "g.graphml"
    res = CliRunner().invoke(cli, ["viz", "--store", str(store), "-o", str(out),
                                   "--focus", "Marta Velasquez", "--depth", "2",
                                   "--types", "Person,CreativeWork"])
    assert res.exit_code == 0, res.output
    G = nx.read_graphml(out)
    assert sorted(d["name"] for _, d in G.nodes(data=True)) == [
        "Marta Velasquez", "The Salt Orchard", "Tomas Reyes"]


def test_stats_graph_lists_central_entities_and_communities(tmp_path):
    store = tmp_path / "st"
    with open_store(store) as st:
        st.replace_article(to_rdf(festival_extraction()))
    res = CliRunner().invoke(cli, ["stats", "--store", str(store), "--graph", "--top", "3"])
    assert res.exit_code == 0, res.output
    assert "most central entities" in res.output and "communities (Louvain)" in res.output
    assert "connected components" in res.output
    assert "The Salt Orchard" in res.output or "Tomas Reyes" in res.output


def test_visualize_returns_the_drawn_graph(fest_file, tmp_path):
    G = visualize(fest_file, output=tmp_path / "g.gexf", types="Person")
    assert G.number_of_nodes() == 3
    assert isinstance(G, nx.MultiDiGraph)
    assert issubclass(SelectionError, KGError)


def test_to_networkx_accepts_a_plain_graph_with_no_kg_terms():
    g = Graph()
    g.parse(data="""
        @prefix ex: <http://example.org/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        ex:a ex:knows ex:b ; rdfs:label "A" ; ex:age 42 .
    """, format="turtle")
    G = to_networkx(g)
    assert G.nodes["http://example.org/a"]["properties"] == {"age": [42]}
    assert G.nodes["http://example.org/b"]["name"] == "b"  # local name when unlabelled
    assert G.nodes["http://example.org/a"]["group"] == "Other"
    assert list(G.edges(keys=True)) == [("http://example.org/a", "http://example.org/b",
                                         "http://example.org/knows")]


def test_cli_choices_match_the_library():
    from kg.cli import viz as viz_cli
    from kg.viz import COLOR_MODES, OUTPUT_FORMATS

    assert tuple(OUTPUT_FORMATS) == viz_cli.OUTPUT_EXTENSIONS
    assert viz_cli.COLOR_MODES == COLOR_MODES


def test_cli_provenance_community_and_article_title(fest_file, tmp_path):
    import json
    import re

    out = tmp_path / "g.html"
    article = str(to_rdf(festival_extraction()).article)
    res = CliRunner().invoke(cli, ["viz", str(fest_file), "-o", str(out), "--with-provenance",
                                   "--color-by", "community", "--article", article[-10:]])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', page, re.S).group(1))
    assert data["colorBy"] == "community"
    assert {"Quotation", "Article"} <= set(data["groups"])
    assert "<title>Harbour lights open the Port Avalon Film Festival</title>" in page
