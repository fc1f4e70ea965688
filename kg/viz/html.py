"""One self-contained, offline HTML page for a graph.

The page embeds vis-network (Apache-2.0 OR MIT, by Almende B.V. and the visjs
contributors), read at run time from the copy that the ``pyvis`` package ships,
so nothing is fetched when the page opens and no copy lives in this repository.
The page is a Jinja template with autoescaping; graph text goes in as JSON with
``<``, ``>`` and ``&`` escaped, and the browser code writes it with textContent.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import math
import re
from functools import cache
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
from markupsafe import Markup

from kg.analytics import communities
from kg.viz.errors import VizAssetError
from kg.viz.layout import layout
from kg.viz.style import COMMUNITY_COLORS, GROUP_STYLES

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_for_html(obj: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: ``<``, ``>``, ``&`` (and the
    JavaScript line separators) written as ``\\uXXXX`` escapes, so no text in the
    data can close the element or open a tag."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


@cache
def vis_assets() -> tuple[str, str, str]:
    """(JavaScript, CSS, version) of the newest vis-network that pyvis ships.

    Found with ``find_spec`` so that pyvis itself (and IPython) is not imported.
    """
    spec = importlib.util.find_spec("pyvis")
    locations = list(spec.submodule_search_locations or []) if spec else []
    found: list[tuple[tuple[int, ...], Path]] = []
    for loc in locations:
        for js in Path(loc, "lib").glob("vis-*/vis-network.min.js"):
            ver = tuple(int(x) for x in re.findall(r"\d+", js.parent.name))
            found.append((ver, js))
    if not found:
        raise VizAssetError("vis-network is not installed: kg viz --html needs the pyvis "
                            "package (pip install pyvis)")
    ver, js = max(found)
    script = js.read_text(encoding="utf-8")
    css_path = js.with_name("vis-network.css")
    css = css_path.read_text(encoding="utf-8") if css_path.is_file() else ""
    # Inline <script> text must not close its element or open an HTML comment.
    if "</script" in script.lower() or "<!--" in script or "</style" in css.lower():
        raise VizAssetError(f"{js}: cannot be embedded inline (contains a closing tag)")
    return script, css, ".".join(map(str, ver))


def _template_text(name: str) -> str:
    return (resources.files("kg.viz") / "templates" / name).read_text(encoding="utf-8")


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(_template_text), autoescape=True,
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
    )


def _kg_version() -> str:
    try:
        return version("kg")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "dev"


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def graph_data(G: nx.MultiDiGraph, *, title: str = "", color_by: str = "type",
               seed: int = 42) -> dict[str, Any]:
    """What the page draws, as JSON-ready data: nodes with positions and details,
    edges with evidence, the type groups and the communities."""
    order = sorted(G.nodes, key=str)
    index = {n: i for i, n in enumerate(order)}
    pos = layout(G, seed=seed)  # about 1.3 units between neighbours
    px = 110.0
    comms = communities(G, seed=seed)
    comm_of = {v: i for i, members in enumerate(comms) for v in members}
    group_of = {v: g if (g := G.nodes[v].get("group")) in GROUP_STYLES else "Other"
                for v in order}
    groups: dict[str, dict[str, Any]] = {}
    for name, st in GROUP_STYLES.items():
        count = sum(1 for v in order if group_of[v] == name)
        if count:
            groups[name] = {"color": st.color, "shape": st.vis_shape, "count": count}
    nodes = []
    for v in order:
        d = G.nodes[v]
        group = group_of[v]
        x, y = pos.get(v, (0.0, 0.0))
        nodes.append({
            "id": index[v], "iri": str(d.get("iri", v)), "name": str(d.get("name", v)),
            "type": str(d.get("type", "Thing")), "group": group,
            "aliases": list(d.get("aliases", [])),
            "properties": [[k, [str(x) for x in vals]]
                           for k, vals in sorted(d.get("properties", {}).items())],
            "facts": list(d.get("facts", [])), "quotes": list(d.get("quotes", [])),
            "articles": list(d.get("articles", [])), "community": comm_of.get(v, 0),
            "degree": G.degree(v), "size": round(10 + 4 * math.sqrt(G.degree(v)), 1),
            "x": round(x * px, 1), "y": round(-y * px, 1),
        })
    edges = []
    seen: dict[frozenset, int] = {}
    for u, v, d in sorted(G.edges(data=True), key=lambda e: (str(e[0]), str(e[1]),
                                                             str(e[2].get("predicate")))):
        pair = frozenset((u, v))
        rank = seen[pair] = seen.get(pair, -1) + 1
        edges.append({
            "id": len(edges), "from": index[u], "to": index[v],
            "label": str(d.get("label", "")), "predicate": str(d.get("predicate", "")),
            "evidence": list(d.get("evidence", [])),
            "roundness": round(0.2 * rank, 2) if rank else 0,
        })
    top = len(COMMUNITY_COLORS) - 1
    community_list = [{"size": len(c), "label": str(G.nodes[c[0]].get("name", c[0]))}
                      for c in comms[:top]]
    if len(comms) > top:
        community_list.append({"size": sum(len(c) for c in comms[top:]),
                               "label": f"{len(comms) - top} smaller communities"})
    return {
        "title": title, "colorBy": color_by, "groups": groups,
        "communityColors": list(COMMUNITY_COLORS), "communities": community_list,
        "articles": dict(G.graph.get("articles", {})), "nodes": nodes, "edges": edges,
    }


def render_html(G: nx.MultiDiGraph, *, title: str = "kg graph", color_by: str = "type",
                seed: int = 42) -> str:
    """The page as a string (see :func:`write_html`)."""
    vis_js, vis_css, vis_version = vis_assets()
    app_js = _template_text("graph.js")
    data = graph_data(G, title=title, color_by=color_by, seed=seed)
    template = _environment().get_template("graph.html.j2")
    return template.render(
        title=title, version=_kg_version(), vis_version=vis_version,
        script_hashes=Markup(" ".join((_sha256(vis_js), _sha256(app_js)))),
        vis_css=Markup(vis_css), app_css=Markup(_template_text("graph.css")),
        vis_js=Markup(vis_js), app_js=Markup(app_js), data_json=Markup(json_for_html(data)),
    )


def write_html(G: nx.MultiDiGraph, path: str | Path, *, title: str = "kg graph",
               color_by: str = "type", seed: int = 42) -> Path:
    """Write an interactive page that works offline: nodes coloured and shaped by
    type with a legend, edge labels, search, a type filter and a details panel."""
    path = Path(path)
    path.write_text(render_html(G, title=title, color_by=color_by, seed=seed),
                    encoding="utf-8")
    return path


__all__ = ["VizAssetError", "graph_data", "json_for_html", "render_html", "vis_assets",
           "write_html"]
