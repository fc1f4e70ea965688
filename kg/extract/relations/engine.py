"""Run the relation patterns over one parsed article and turn matches into facts.

A match gives tokens; each role turns its token into entities (through
:class:`References`: names, aliases, kind nouns, pronouns, "X and Y") or into
a value (a date, a year, a count). A fact's confidence is its pattern's,
lowered when a role was reached indirectly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Token

from kg.extract.relations.countries import is_country
from kg.extract.relations.kinds import kind_types
from kg.extract.relations.patterns import CLASS_ATTR, Pattern, Role
from kg.extract.relations.references import Ref, References
from kg.extract.relations.values import date_at, number_at, year_at
from kg.model import DateValue, Evidence, Fact

_USER_DATA_KEY = "kg_relations_class"
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
_MAX_HOPS = 6
#: Things a participle may describe that are not the work a pattern looks for.
_OTHER_WORKS = frozenset({"video", "clip", "trailer", "remix", "version", "cover", "edit",
                          "teaser", "commercial", "ad", "campaign", "production", "staging",
                          "revival", "tour", "promo", "segment", "sketch", "photo", "image"})


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


class Reader:
    """Turn matches into facts for one article."""

    def __init__(self, doc, refs: References, reference_date, sections=()):
        self.doc = doc
        self.refs = refs
        self.reference_date = reference_date
        self.sections = sorted((s.start, s.end) for s in sections)

    # -- roles -----------------------------------------------------------------------

    def role(self, role: Role, tok) -> list[tuple[object, float]]:
        """What a role's token stands for: entity references or a value, with weights."""
        if role.value == "date":
            value = date_at(tok, self.reference_date)
            return [(value, 1.0)] if value else []
        if role.value == "year":
            value = year_at(tok)
            return [(value, 1.0)] if value else []
        if role.value == "number":
            n = number_at(tok)
            return [(n, 1.0)] if n is not None and 0 < n < 1000 else []
        group = role.group and role.find != "governor"
        for cand, hop_weight in self._candidates(role, tok):
            refs = self.refs.resolve(cand, role.types, group=group)
            if refs and role.alone and self.refs.coordinated(cand):
                return []
            if refs:
                return [(replace(r, via=cand.i), r.weight * hop_weight) for r in refs]
        return []

    def _candidates(self, role: Role, tok):
        if role.find == "self":
            yield tok, 1.0
        elif role.find == "subject":
            yield from self._subjects(tok)
        else:  # governor: the subject of a passive (or of its first conjunct), else up the tree
            # (the noun a participle describes is one thing: no "X and Y" spreading)
            if tok.pos_ in ("VERB", "AUX"):
                yield from self._subjects(tok)
            cur, weight = tok, 1.0
            for _ in range(_MAX_HOPS):
                if cur.head.i == cur.i:
                    return
                prev, cur, weight = cur, cur.head, weight * 0.97
                yield cur, weight
                if prev.dep_ in ("acl", "relcl") and cur.pos_ == "NOUN" \
                        and not self.refs.resolve(cur, role.types, group=False) \
                        and (kind_types(cur.lemma_) or cur.lemma_ in _OTHER_WORKS
                             or self.refs.linked_name(cur) is None):
                    return  # "a video directed by X", "estimates released Sunday": the
                    # participle describes that noun (one standing for a name may be misparsed)
                if cur.pos_ in ("VERB", "AUX"):  # "X was the winner, taking best director"
                    for subj, w in self._subjects(cur):
                        yield subj, weight * w
                        for appos in subj.children:
                            if appos.dep_ == "appos":
                                yield appos, weight * w * 0.95

    def _subjects(self, verb):
        """Who does what the verb says: its subject, the subject it shares with the verb
        it is coordinated with or governed by ("wrote and directed", "known for
        playing"), or the noun a participle describes ("a film starring ...")."""
        cur, weight = verb, 1.0
        for _ in range(4):
            subs = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
            if subs:
                for s in subs:
                    for tok, w in self._relative(s, cur):
                        yield tok, w * weight
                return
            head = cur.head
            if cur.dep_ in ("conj", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
                cur = head
            elif cur.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX", "ADJ"):
                cur = head.head  # "known for playing": through the preposition
            elif cur.dep_ in ("acl", "relcl", "amod") and head.pos_ in ("NOUN", "PROPN"):
                yield head, 0.95 * weight
                return
            else:
                return
            weight *= 0.97

    @staticmethod
    def _relative(subj, verb):
        """A relative pronoun subject ("X, who directed ...") stands for the noun it modifies,
        or, when the clause hangs off an appositive ("X, a portrait of Y, which aired"),
        for a noun further up that chain."""
        if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
            cur, weight = verb.head, 1.0
            for _ in range(5):
                yield cur, weight
                if cur.dep_ not in ("pobj", "prep", "appos") or cur.head.i == cur.i:
                    return
                cur, weight = cur.head, weight * 0.95
        else:
            yield subj, 1.0

    # -- facts -----------------------------------------------------------------------

    def evidence(self, tokens) -> Evidence:
        first = min(tokens, key=lambda t: t.i)
        sent = first.sent
        start, end = sent.start_char, sent.end_char
        for s_start, s_end in self.sections:
            if s_start <= first.idx < s_end:
                start, end = max(start, s_start), min(end, s_end)
                break
        text = self.doc.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Evidence(text[start:end], start, end)

    def _section_of(self, tok) -> int:
        for n, (start, end) in enumerate(self.sections):
            if start <= tok.idx < end:
                return n
        return -1

    def _one_section(self, tokens) -> bool:
        """A pattern reads within one paragraph or line (a parse may run across them)."""
        return len({self._section_of(t) for t in tokens}) <= 1

    @staticmethod
    def _voided(match: Match) -> bool:
        """A negated predicate ("was not directed by") or a governing lemma the pattern
        names in ``unless`` ("planned to be released") voids the match."""
        unless = set(match.pattern.unless)
        for tok in match.nodes.values():
            near = [tok, tok.head] if tok.head.pos_ in ("VERB", "AUX") else [tok]
            if any(c.dep_ == "neg" for t in near for c in t.children):
                return True
            if unless and any(a.lemma_.lower() in unless for a in tok.ancestors):
                return True
        return False

    def roles_before(self, ref: Ref) -> list[str]:
        """Role nouns written before a name ("film director and producer X"), each as
        its last word and, when premodified, as a two-word phrase too."""
        if ref.token < 0:
            return []
        i, _ = self.refs.mention_tokens(self.doc[ref.token])
        out, pos = [], i - 1
        while pos >= 0 and i - pos <= 8:
            t = self.doc[pos]
            if self.refs.direct(t) is not None or t.is_space:
                break
            if t.pos_ in ("NOUN", "PROPN", "ADJ"):
                word = t.lower_
                prev = self.doc[pos - 1] if pos else None
                if prev is not None and prev.pos_ in ("NOUN", "PROPN") and prev.text not in "/":
                    out.append(prev.lower_ + " " + word)
                out.append(word)
            elif not (t.text in ("/", "-", "&", ",") or t.lower_ == "and"):
                break
            pos -= 1
        return out

    def facts(self, match: Match) -> list[Fact]:
        pat = match.pattern
        s_tok, o_tok = match.nodes.get(pat.subject.node), match.nodes.get(pat.object.node)
        if s_tok is None or o_tok is None:
            return []
        subjects = self.role(pat.subject, s_tok)
        objects = self.role(pat.object, o_tok) if subjects else []
        if not objects:
            return []
        if not self._one_section(match.nodes.values()) or self._voided(match):
            return []
        evidence = self.evidence(list(match.nodes.values()))
        out = []
        for s, sw in subjects:
            for o, ow in objects:
                if not isinstance(s, Ref) or isinstance(o, Ref) and o.key == s.key:
                    continue
                conf = round(pat.confidence * min(sw, ow), 3)
                for relation in self._relations(pat, s, o, match):
                    out.append(Fact(s.key, relation, o.key if isinstance(o, Ref) else o,
                                    evidence, pattern=pat.id, confidence=conf))
                    if relation in NOTABLE_FROM and isinstance(o, Ref) and s.via >= 0 \
                            and self.refs.is_definition(self.doc[s.via]):
                        out.append(Fact(o.key, "P800", s.key, evidence,
                                        pattern=pat.id + "+notable", confidence=conf * 0.9))
        return out

    def _relations(self, pat: Pattern, s: Ref, o, match: Match) -> list[str]:
        if pat.relation_by_lemma:
            tok = match.nodes.get(pat.relation_by_lemma["node"])
            relation = pat.relation_by_lemma["map"].get(tok.lemma_.lower()) if tok else None
            return [relation] if relation else []
        if not pat.relation_by_role:
            relation = self._relation(pat, s, o)
            return [relation] if relation else []
        if not isinstance(o, Ref):
            return []
        found = []
        roles = self.roles_before(o)
        for role in roles:
            if role in pat.relation_by_role:
                relation = pat.relation_by_role[role]
                # a premodified role ("record producer") overrides its last word
                if " " not in role and any(r.endswith(" " + role) and r in pat.relation_by_role
                                           for r in roles):
                    continue
                if relation and relation not in found:
                    found.append(relation)
        return found

    def _type(self, ref: Ref) -> str:
        """The fine class that decides the relation: the one the text gave the entity,
        else its own; a plain place named like a sovereign state is a country."""
        if ref.type:
            return ref.type
        ent = self.refs.entity(ref.key)
        if ent.type in ("Place", "AdministrativeArea") and (
                is_country(ent.name) or any(is_country(a) for a in ent.aliases)):
            return "Country"
        return ent.type

    def _relation(self, pat: Pattern, s: Ref, o) -> str | None:
        relation = pat.relation
        if (t := self._type(s)) in pat.relation_by_subject:
            relation = pat.relation_by_subject[t]
        if isinstance(o, Ref) and (t := self._type(o)) in pat.relation_by_object:
            relation = pat.relation_by_object[t]
        return relation


#: Credits that, read in a sentence defining the work by its maker ("X is a 1995 album
#: by Y"), also make the work one of the maker's notable works (P800).
NOTABLE_FROM = frozenset({"P175", "P50", "P57", "P86", "P170"})

#: Relations with one value per subject: the best-supported one is kept.
FUNCTIONAL = frozenset({"P577", "P569", "P570", "P19", "P20", "P1113", "P585"})


def merge(facts: Iterable[Fact]) -> list[Fact]:
    """One fact per (subject, relation, object), the most confident; for functional
    relations one object per subject."""
    best: dict[tuple, Fact] = {}
    for f in facts:
        obj = f.object.iso if isinstance(f.object, DateValue) else f.object
        key = (f.subject, f.relation, obj)
        if key not in best or best[key].confidence < f.confidence:
            best[key] = f
    out, by_functional = [], {}
    for f in best.values():
        if f.relation not in FUNCTIONAL:
            out.append(f)
            continue
        k = (f.subject, f.relation)
        prev = by_functional.get(k)
        if prev is None or (f.confidence, _precision(f)) > (prev.confidence, _precision(prev)):
            by_functional[k] = f
    return out + list(by_functional.values())


def _precision(f: Fact) -> int:
    return len(f.object.iso) if isinstance(f.object, DateValue) else 0
