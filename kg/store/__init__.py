"""Where graphs live: embedded Oxigraph on disk, or a remote SPARQL 1.1 store."""

from __future__ import annotations

from pathlib import Path

from kg.config import default_store
from kg.store.base import Store


def open_store(spec: str | Path | None = None) -> Store:
    """Open the store at ``spec``: a folder (embedded Oxigraph) or an http(s) SPARQL endpoint.

    Without ``spec``: ``KG_STORE``, else ``~/.local/share/kg/store``.
    """
    spec = str(spec) if spec is not None else default_store()
    if spec.startswith(("http://", "https://")):
        from kg.store.remote import SparqlStore

        return SparqlStore(spec)
    from kg.store.oxigraph import OxigraphStore

    return OxigraphStore(Path(spec).expanduser())


__all__ = ["Store", "open_store"]
