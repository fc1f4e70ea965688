"""Where graphs live: embedded Oxigraph on disk, or a remote SPARQL 1.1 store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def using_store(store: str | Path | Store | None) -> Iterator[Store]:
    """The given store, or one opened from a spec and closed afterwards (releasing its lock)."""
    if isinstance(store, Store):
        yield store
        return
    opened = open_store(store)
    try:
        yield opened
    finally:
        opened.close()


__all__ = ["Store", "open_store", "using_store"]
