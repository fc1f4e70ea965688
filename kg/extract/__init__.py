"""From an analysed article to entities, facts and quotations."""

from kg.extract.extractor import extract

__all__ = ["extract"]
