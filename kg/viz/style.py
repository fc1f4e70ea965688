"""How each kind of node looks, in one table shared by the HTML and the static images.

Colours are the Okabe-Ito palette, told apart by colour-blind readers too;
shapes repeat the distinction for print in grey. Only shapes that draw their label
outside the node are used, so long names do not make huge nodes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GroupStyle:
    color: str
    vis_shape: str  # vis-network shape name
    marker: str  # matplotlib marker


GROUP_STYLES: dict[str, GroupStyle] = {
    "Person": GroupStyle("#0072B2", "dot", "o"),
    "Organization": GroupStyle("#E69F00", "square", "s"),
    "Place": GroupStyle("#009E73", "triangle", "^"),
    "CreativeWork": GroupStyle("#CC79A7", "diamond", "D"),
    "Event": GroupStyle("#D55E00", "hexagon", "h"),
    "Occupation": GroupStyle("#56B4E9", "triangleDown", "v"),
    "Article": GroupStyle("#7F7F7F", "star", "*"),
    "Quotation": GroupStyle("#F0E442", "dot", "o"),
    "Other": GroupStyle("#BBBBBB", "dot", "o"),
}

#: Colours of communities, in order of community size (the rest share the last).
COMMUNITY_COLORS: tuple[str, ...] = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939", "#8c6d31",
    "#BBBBBB",
)


def group_style(group: str) -> GroupStyle:
    return GROUP_STYLES.get(group, GROUP_STYLES["Other"])


def community_color(index: int) -> str:
    return COMMUNITY_COLORS[min(index, len(COMMUNITY_COLORS) - 1)]
