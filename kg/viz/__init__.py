"""Draw the knowledge graph: interactive offline HTML, PNG/SVG pictures, and GraphML/GEXF
for Gephi and Cytoscape. The same steps as ``kg viz``: load RDF, turn it into a
networkx graph (:func:`to_networkx`), select a piece of it, write it by extension.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.errors import FormatError
from kg.store import Store
from kg.viz.convert import to_networkx
from kg.viz.errors import SelectionError, VizAssetError, VizError
from kg.viz.select import article_subgraph, filter_types, focus_subgraph, resolve_entity
from kg.viz.source import construct, load_rdf, read_rdf

#: Output extension -> what writes it.
OUTPUT_FORMATS = {
    ".html": "interactive page (vis-network, offline)",
    ".png": "picture (matplotlib)",
    ".svg": "vector picture (matplotlib)",
    ".graphml": "GraphML for Gephi, Cytoscape, yEd",
    ".gexf": "GEXF for Gephi",
}
COLOR_MODES = ("type", "community")


def output_format(path: str | Path) -> str:
    """The output extension of ``path``, checked: ``.html``, ``.png``, ``.svg``, ``.graphml``
    or ``.gexf``."""
    suffix = Path(path).suffix.lower()
    if suffix not in OUTPUT_FORMATS:
        raise FormatError(f"{path}: cannot draw to {suffix or 'a file without extension'!r}; "
                          f"use one of {' '.join(OUTPUT_FORMATS)}")
    return suffix


def select(
    G: nx.MultiDiGraph,
    *,
    article: str | None = None,
    focus: str | None = None,
    depth: int = 1,
    types: Iterable[str] | str | None = None,
) -> nx.MultiDiGraph:
    """Narrow ``G``: to one article (IRI or unique suffix), to the neighbourhood of an
    entity (IRI or exact name) within ``depth`` links, then to some types (the focus
    entity is kept whatever its type)."""
    if article:
        G = article_subgraph(G, article)
    roots: list[str] = []
    if focus:
        roots = resolve_entity(G, focus)
        G = focus_subgraph(G, focus, depth)
    if types:
        names = types.split(",") if isinstance(types, str) else list(types)
        G = filter_types(G, names, keep=roots)
    return G


def write(G: nx.MultiDiGraph, output: str | Path, *, title: str | None = None,
          color_by: str = "type", seed: int = 42) -> Path:
    """Write ``G`` in the format the extension of ``output`` names."""
    suffix = output_format(output)
    if color_by not in COLOR_MODES:
        raise VizError(f"cannot colour by {color_by!r}; use one of {', '.join(COLOR_MODES)}")
    path = Path(output)
    if not path.parent.is_dir():
        raise VizError(f"{output}: folder {path.parent} does not exist")
    try:
        if suffix == ".html":
            from kg.viz.html import write_html

            return write_html(G, path, title=title or "kg graph", color_by=color_by, seed=seed)
        if suffix in (".png", ".svg"):
            from kg.viz.image import write_image

            return write_image(G, path, title=title, color_by=color_by, seed=seed)
        from kg.viz.export import write_graph_file

        return write_graph_file(G, path)
    except OSError as err:
        raise VizError(f"{output}: cannot write: {err.strerror or err}") from None


def visualize(
    source: str | Path | None = None,
    *,
    output: str | Path,
    store: str | Store | None = None,
    query: str | None = None,
    article: str | None = None,
    focus: str | None = None,
    depth: int = 1,
    types: Iterable[str] | str | None = None,
    with_provenance: bool = False,
    color_by: str = "type",
    title: str | None = None,
) -> nx.MultiDiGraph:
    """``kg viz`` as a function: load (file or store, optional CONSTRUCT query), convert,
    select, write. Returns the graph that was drawn."""
    output_format(output)  # fail before any work
    rdf: Graph = load_rdf(source, store=store, query=query)
    G = select(to_networkx(rdf, with_provenance=with_provenance),
               article=article, focus=focus, depth=depth, types=types)
    write(G, output, title=title or default_title(source, G, focus=focus), color_by=color_by)
    return G


def default_title(source: str | Path | None, G: nx.MultiDiGraph | None = None, *,
                  focus: str | None = None) -> str:
    """The file's name (or "kg store"), or the headline of the article drawn; and the focus."""
    article = G.graph.get("article") if G is not None else None
    headline = G.graph.get("articles", {}).get(article) if article else None
    parts = [headline or article or (Path(source).name if source is not None else "kg store")]
    if focus:
        parts.append(f"around {focus}")
    return " - ".join(parts)


__all__ = [
    "COLOR_MODES", "OUTPUT_FORMATS", "SelectionError", "VizAssetError", "VizError",
    "construct", "default_title", "load_rdf", "output_format", "read_rdf", "select",
    "to_networkx", "visualize", "write",
]
