"""Errors of ``kg viz``: all KGErrors, so the CLI prints them on one line."""

from __future__ import annotations

from kg.errors import KGError


class VizError(KGError):
    """A graph cannot be drawn or written as asked."""


class SelectionError(VizError):
    """An article, entity or type asked for is not in the graph, or not uniquely."""


class VizAssetError(VizError):
    """The JavaScript library the HTML page embeds is not installed."""
