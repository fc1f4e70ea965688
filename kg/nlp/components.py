"""kg's spaCy components, registered by name so any English pipeline can take them.

``kg_line_breaks`` starts a sentence after every line break, so a headline,
a caption and a byline never run into the next paragraph. ``kg_entities``
replaces spaCy's entities with kg's corrected ones (``doc.ents``,
``doc.spans["kg_entities"]``) and keeps the grouped entities in
``doc._.kg_entities``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("kg_entities"):
    Doc.set_extension("kg_entities", default=None)


@Language.component("kg_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Mark the first token after a line break as a sentence start."""
    after_break = False
    for tok in doc:
        if "\n" in tok.text or ("\n" in tok.whitespace_):
            after_break = True
            continue
        if tok.is_space:
            continue
        if after_break and tok.i > 0:
            tok.is_sent_start = True
        after_break = False
    return doc


class EntityComponent:
    """Callable component: entities found, grouped and written back to the Doc."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from kg.nlp.entities import find_entities, write_back

        clusters = find_entities(doc)
        doc._.kg_entities = clusters
        write_back(doc, clusters)
        return doc


@Language.factory("kg_entities", requires=["doc.ents", "token.pos", "token.dep"],
                  assigns=["doc.ents", "doc.spans", "doc._.kg_entities"])
def make_entity_component(nlp: Language, name: str) -> EntityComponent:
    return EntityComponent(nlp, name)
