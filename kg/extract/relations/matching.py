"""Matching: the spaCy matchers built from the patterns, and the token classes the
``ent`` shorthand of sequence patterns matches on."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Token

from kg.extract.relations.patterns import CLASS_ATTR, Pattern
from kg.extract.relations.references import References

_USER_DATA_KEY = "kg_relations_class"


def _class_of(token) -> str:
    return token.doc.user_data.get(_USER_DATA_KEY, {}).get(token.i, "")


if not Token.has_extension(CLASS_ATTR):
    Token.set_extension(CLASS_ATTR, getter=_class_of)


@dataclass
class Match:
    pattern: Pattern
    nodes: dict  # role name -> token


class Matchers:
    """The spaCy matchers for a set of patterns, built once per vocabulary."""

    def __init__(self, vocab, patterns: Iterable[Pattern]):
        self.dep = DependencyMatcher(vocab)
        self.seq = Matcher(vocab)
        self.by_key: dict[str, Pattern] = {}
        for pat in patterns:
            self.by_key[pat.id] = pat
            if pat.kind == "dep":
                self.dep.add(pat.id, [pat.spec])
            else:
                self.seq.add(pat.id, [pat.spec])

    def __call__(self, doc) -> Iterator[Match]:
        strings = doc.vocab.strings
        for match_id, token_ids in self.dep(doc):
            pat = self.by_key[strings[match_id]]
            names = [node["RIGHT_ID"] for node in pat.spec]
            yield Match(pat, {n: doc[i] for n, i in zip(names, token_ids, strict=True)})
        if not len(self.seq):
            return
        for match_id, start, _end, align in self.seq(doc, with_alignments=True):
            pat = self.by_key[strings[match_id]]
            nodes = {}
            for offset, position in enumerate(align):
                name = pat.names[position]
                if name and name not in nodes:
                    nodes[name] = doc[start + offset]
            yield Match(pat, nodes)


def mark_classes(doc, refs: References) -> None:
    """Give every token that refers to an entity that entity's coarse type, for
    the ``ent`` shorthand of sequence patterns."""
    classes = {}
    for tok in doc:
        found = refs.resolve(tok, (), group=False)
        if found:
            classes[tok.i] = refs.entity(found[0].key).coarse_type
    doc.user_data[_USER_DATA_KEY] = classes
