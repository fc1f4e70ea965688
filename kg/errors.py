"""One exception tree for kg: every error a user can cause is a KGError.

The CLI prints ``str(error)`` on one line and exits non-zero; messages say what
was expected, what came, and what to do.
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 1


class InputError(KGError):
    """An input article could not be read: missing, empty, binary or undecodable."""


class ModelError(KGError):
    """The spaCy pipeline asked for is not installed or cannot be loaded."""


class QueryError(KGError):
    """A SPARQL query is malformed, unknown by name, or its parameters are bad."""


class StoreError(KGError):
    """The store cannot be opened, written or reached."""


class FormatError(KGError):
    """An RDF or result format is unknown or cannot be parsed."""


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes."""

    exit_code = 2
