"""Linguistic analysis: the spaCy pipeline and kg's components on top of it."""

from kg.nlp.pipeline import load_pipeline

__all__ = ["load_pipeline"]
