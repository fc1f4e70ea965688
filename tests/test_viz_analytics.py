"""Graph analytics: centrality, components and seeded Louvain communities."""

from __future__ import annotations

import networkx as nx
from rich.console import Console

from kg.analytics import analyze, analyze_store, communities, simple_graph, tables
from kg.rdf.graph import to_rdf
from kg.store import open_store
from tests.test_viz_data import festival_extraction


def two_clusters() -> nx.MultiDiGraph:
    """Two 5-cliques joined through one bridge node, plus an isolated node."""
    G = nx.MultiDiGraph()
    for prefix in "ab":
        members = [f"{prefix}{i}" for i in range(5)]
        for i, u in enumerate(members):
            G.add_node(u, name=u.upper(), type="Person")
            for v in members[i + 1:]:
                G.add_edge(u, v, key="knows")
    G.add_node("bridge", name="Bridge", type="Organization")
    G.add_edge("a0", "bridge", key="memberOf")
    G.add_edge("b0", "bridge", key="memberOf")
    G.add_edge("b0", "bridge", key="employer")  # a second fact between the same pair
    G.add_node("alone", name="Alone", type="Place")
    return G


def test_centrality_components_and_communities():
    G = two_clusters()
    result = analyze(G, top=3)
    assert (result.nodes, result.edges) == (12, 23)
    assert result.components == [11, 1]
    top_betweenness = max(result.central, key=lambda c: c.betweenness)
    assert top_betweenness.node in {"a0", "b0", "bridge"}
    assert {"a0", "b0"} <= {c.node for c in result.central}  # the best-connected first
    assert next(c for c in result.central if c.node == "b0").degree == 6
    assert all(0 <= c.pagerank <= 1 for c in result.central)
    groups = [set(c) for c in result.communities]
    assert {f"a{i}" for i in range(5)} <= next(g for g in groups if "a1" in g)
    assert {f"b{i}" for i in range(5)} <= next(g for g in groups if "b1" in g)
    assert next(g for g in groups if "a1" in g) != next(g for g in groups if "b1" in g)
    assert ["alone"] in result.communities


def test_communities_are_seeded():
    G = two_clusters()
    assert communities(G, seed=1) == communities(G, seed=1)
    assert analyze(G).communities == analyze(G).communities


def test_multi_edges_become_weights():
    simple = simple_graph(two_clusters())
    assert simple["b0"]["bridge"]["weight"] == 2
    assert simple["a0"]["bridge"]["weight"] == 1


def test_empty_graph():
    result = analyze(nx.MultiDiGraph())
    assert result.central == [] and result.components == [] and result.communities == []
    assert len(tables(result)) == 3


def test_tables_render_names(tmp_path):
    with open_store(tmp_path / "st") as st:
        st.replace_article(to_rdf(festival_extraction()))
        result = analyze_store(st, top=5)
    console = Console(record=True, width=140)
    for table in tables(result):
        console.print(table)
    text = console.export_text()
    assert "The Salt Orchard" in text and "PageRank" in text and "Louvain" in text
