"""What the writers produce: a self-contained, escaped HTML page; legible PNG/SVG;
GraphML and GEXF that networkx (and so Gephi and Cytoscape) read back."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import networkx as nx
import pytest
from PIL import Image

from kg.viz import to_networkx, write
from kg.viz.html import graph_data, json_for_html, render_html, vis_assets
from kg.viz.style import GROUP_STYLES
from tests.test_viz_data import XSS_IMG, XSS_SCRIPT, festival_graph, xss_graph

DATA_BLOCK = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def fest() -> nx.MultiDiGraph:
    return to_networkx(festival_graph())


@pytest.fixture(scope="module")
def xss() -> nx.MultiDiGraph:
    return to_networkx(xss_graph(), with_provenance=True)


def test_json_for_html_escapes_markup_characters():
    text = json_for_html({"name": "</script><b>&amp;</b>", "sep": "a\u2028b"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert "\\u003c/script\\u003e" in text and "\\u0026amp;" in text
    assert json.loads(text) == {"name": "</script><b>&amp;</b>", "sep": "a\u2028b"}


def test_page_is_self_contained(fest):
    page = render_html(fest, title="Festival")
    js, css, version = vis_assets()
    assert js in page and version.startswith("9.")
    # nothing is loaded from anywhere: no src/href attributes, no @import, and a CSP
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)=", page, re.I)
    assert "@import" not in page
    assert "default-src 'none'" in page
    assert page.count("</script>") == 3  # the data block, vis-network, the viewer


def test_csp_hashes_match_the_inline_scripts(fest):
    page = render_html(fest)
    policy = re.search(r'script-src ([^;"]+)', page).group(1).split()
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy


def test_untrusted_text_never_appears_as_markup(xss):
    page = render_html(xss, title=f"{XSS_SCRIPT} title")
    for bad in (XSS_IMG, XSS_SCRIPT, "<svg onload", "<b>friends</b>", "<script>alert(4)",
                "<i>rule</i>"):
        assert bad not in page
    assert "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt; title" in page  # <title>, <h1>
    data = json.loads(DATA_BLOCK.search(page).group(1))
    names = {n["name"] for n in data["nodes"]}
    assert {XSS_IMG, XSS_SCRIPT, "Premiere & <b>friends</b>"} <= names
    assert any(ev["pattern"] == "<i>rule</i>" for e in data["edges"] for ev in e["evidence"])


def test_graph_data_has_what_the_page_shows(fest):
    data = graph_data(fest, color_by="community")
    assert len(data["nodes"]) == fest.number_of_nodes()
    assert len(data["edges"]) == fest.number_of_edges()
    assert data["colorBy"] == "community"
    assert set(data["groups"]) == {d["group"] for _, d in fest.nodes(data=True)}
    assert data["groups"]["Person"] == {"color": GROUP_STYLES["Person"].color,
                                       "shape": GROUP_STYLES["Person"].vis_shape, "count": 3}
    tomas = next(n for n in data["nodes"] if n["name"] == "Tomas Reyes")
    assert tomas["aliases"] == ["Reyes"] and tomas["properties"] == [["date of birth", ["1981"]]]
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])  # no pile-up
    assert sum(c["size"] for c in data["communities"]) == fest.number_of_nodes()
    assert graph_data(fest) == graph_data(fest)  # same layout every run


def test_png_is_a_legible_picture(fest, tmp_path):
    out = write(fest, tmp_path / "g.png", title="Festival")
    img = Image.open(out).convert("RGB")
    assert img.width >= 1000 and img.height >= 700
    colors = {c for _, c in img.getcolors(maxcolors=1 << 20)}
    for group in ("Person", "Organization", "CreativeWork"):
        rgb = tuple(int(GROUP_STYLES[group].color[i:i + 2], 16) for i in (1, 3, 5))
        assert rgb in colors, f"no {group} colour in the picture"


def test_svg_keeps_names_legend_and_edge_labels_as_escaped_text(fest, xss, tmp_path):
    svg = write(fest, tmp_path / "g.svg").read_text(encoding="utf-8")
    for text in ("Marta Velasquez", "Northlight", "director", "cast member", "Person (3)"):
        assert text in svg
    bad = write(xss, tmp_path / "x.svg").read_text(encoding="utf-8")
    assert "<img src" not in bad and "<script>" not in bad
    assert "&lt;img" in bad


def test_graphml_and_gexf_read_back_with_names_and_types(fest, tmp_path):
    for ext, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        G = reader(write(fest, tmp_path / f"g.{ext}"))
        assert G.number_of_nodes() == fest.number_of_nodes()
        assert G.number_of_edges() == fest.number_of_edges()
        names = {d.get("name") for _, d in G.nodes(data=True)}
        assert "Tomas Reyes" in names
        tomas = next(d for _, d in G.nodes(data=True) if d.get("name") == "Tomas Reyes")
        assert tomas["type"] == "Person" and tomas["aliases"] == "Reyes"
        assert json.loads(tomas["properties"]) == {"date of birth": ["1981"]}
        labels = {d.get("label") for *_, d in G.edges(data=True)}
        assert {"director", "cast member", "author"} <= labels
        ev = next(d["evidence"] for *_, d in G.edges(data=True) if d.get("label") == "director")
        assert json.loads(ev)[0]["text"].startswith("Director Marta Velasquez")


def test_empty_graph_still_writes(tmp_path):
    for ext in ("html", "png", "svg", "graphml", "gexf"):
        assert write(nx.MultiDiGraph(), tmp_path / f"e.{ext}").stat().st_size > 0


def test_viewer_script_never_writes_markup():
    from importlib import resources

    js = (resources.files("kg.viz") / "templates" / "graph.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function"):
        assert sink not in js
    assert "textContent" in js


def test_nodes_of_unknown_groups_are_drawn_as_other():
    G = nx.MultiDiGraph()
    G.add_node("x", name="X", type="Gadget", group="Gadgets")
    G.add_node("y", name="Y")
    data = graph_data(G)
    assert {n["group"] for n in data["nodes"]} == {"Other"}
    assert data["groups"]["Other"]["count"] == 2


def test_missing_vis_network_is_a_clear_error(monkeypatch):
    import importlib.util

    from kg.viz import VizAssetError
    from kg.viz import html as viz_html

    viz_html.vis_assets.cache_clear()
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    try:
        with pytest.raises(VizAssetError, match="pip install pyvis"):
            viz_html.vis_assets()
    finally:
        monkeypatch.undo()
        viz_html.vis_assets.cache_clear()
    assert viz_html.vis_assets()[2].startswith("9.")
