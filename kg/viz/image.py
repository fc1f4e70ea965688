"""Static PNG and SVG pictures of a graph, sized so one article's graph reads well.

Uses matplotlib's object API (Figure + Agg canvas), never pyplot, so it changes
no global backend state and works without a display.
"""

from __future__ import annotations

import textwrap
from collections import defaultdict
from pathlib import Path

import networkx as nx
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from kg.analytics import communities
from kg.viz.layout import layout
from kg.viz.style import GROUP_STYLES, community_color, group_style

IMAGE_FORMATS = ("png", "svg")
#: Past this many linked pairs, edges are drawn as plain lines without labels.
DETAIL_LIMIT = 150


def _label(name: str, width: int = 18) -> str:
    short = name if len(name) <= 48 else name[:47] + "…"
    return "\n".join(textwrap.wrap(short, width)) or name


def draw_figure(G: nx.MultiDiGraph, *, title: str | None = None, color_by: str = "type",
                seed: int = 42) -> Figure:
    """A matplotlib Figure of the graph: shapes by type, colours by type or community,
    node and edge labels, and a legend."""
    n = G.number_of_nodes()
    pos = layout(G, seed=seed)  # neighbours ~1.3 units apart
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    inch = 1.5  # per layout unit: room for a label between neighbours
    width = min(48.0, max(10.0, (max(xs) - min(xs)) * inch + 4))
    height = min(40.0, max(7.0, (max(ys) - min(ys)) * inch + 3))
    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_axis_off()
    if title:
        ax.set_title(title, fontsize=14)
    comm = {v: i for i, c in enumerate(communities(G, seed=seed)) for v in c}
    simple = nx.DiGraph()
    simple.add_nodes_from(G.nodes)
    labels: dict[tuple[str, str], list[str]] = defaultdict(list)
    for u, v, d in G.edges(data=True):
        simple.add_edge(u, v)
        labels[(u, v)].append(str(d.get("label", "")))
    size = 700 if n <= 60 else 350
    by_group: dict[str, list[str]] = defaultdict(list)
    for v, d in G.nodes(data=True):
        by_group[d.get("group", "Other")].append(v)
    detailed = simple.number_of_edges() <= DETAIL_LIMIT
    if detailed:
        nx.draw_networkx_edges(simple, pos, ax=ax, edge_color="#999999", arrows=True,
                               arrowsize=12, node_size=size, width=1.0,
                               connectionstyle="arc3,rad=0.06")
    else:  # plain lines: arrows and edge labels would take minutes and hide everything
        nx.draw_networkx_edges(simple, pos, ax=ax, edge_color="#bbbbbb", arrows=False,
                               width=0.6)
    for group, members in sorted(by_group.items()):
        st = group_style(group)
        colors = [community_color(comm.get(v, 0)) if color_by == "community" else st.color
                  for v in members]
        nx.draw_networkx_nodes(G, pos, nodelist=members, node_shape=st.marker, ax=ax,
                               node_color=colors, node_size=size, edgecolors="#333333",
                               linewidths=0.8)
    font = 11 if n <= 60 else 8
    nx.draw_networkx_labels(
        G, {v: (x, y - 0.18) for v, (x, y) in pos.items()}, ax=ax, font_size=font,
        labels={v: _label(str(d.get("name", v))) for v, d in G.nodes(data=True)},
        verticalalignment="top",
        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75},
    )
    edge_labels = {e: "\n".join(sorted(set(ls))) for e, ls in labels.items()}
    if detailed:
        nx.draw_networkx_edge_labels(simple, pos, edge_labels=edge_labels, ax=ax,
                                     font_size=font - 2, font_color="#444444",
                                     bbox={"boxstyle": "round,pad=0.1", "fc": "white",
                                           "ec": "none", "alpha": 0.8},
                                     connectionstyle="arc3,rad=0.06")
    handles = [Line2D([], [], linestyle="", marker=GROUP_STYLES[g].marker, markersize=10,
                      markerfacecolor=GROUP_STYLES[g].color if color_by == "type" else "#cccccc",
                      markeredgecolor="#333333", label=f"{g} ({len(by_group[g])})")
               for g in GROUP_STYLES if g in by_group]
    if handles:
        fig.legend(handles=handles, loc="outside right upper", fontsize=10, frameon=True,
                   title="type", title_fontsize=10)
    ax.margins(0.08)
    return fig


def write_image(G: nx.MultiDiGraph, path: str | Path, *, title: str | None = None,
                color_by: str = "type", seed: int = 42) -> Path:
    """Write the picture as PNG or SVG (by the file's extension)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    fig = draw_figure(G, title=title, color_by=color_by, seed=seed)
    small = fig.get_figwidth() * fig.get_figheight() <= 400  # square inches
    # SVG keeps text as (escaped) text: searchable, selectable, smaller.
    with rc_context({"svg.fonttype": "none"}):
        fig.savefig(path, format=fmt, dpi=(110 if small else 72) if fmt == "png" else None,
                    metadata={"Software": "kg"} if fmt == "png" else None)
    return path
