"""Run the relation patterns over one parsed article and turn matches into facts.

A match gives tokens; each role turns its token into entities (through
:class:`References`: names, aliases, kind nouns, pronouns, "X and Y") or into
a value (a date, a year, a count). A fact's confidence is its pattern's,
lowered when a role was reached indirectly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kg.extract.relations.kinds import kind_types
from kg.extract.relations.matching import Match
from kg.extract.relations.patterns import Pattern, Role
from kg.extract.relations.references import Ref, References
from kg.extract.relations.values import date_at, name_text, number_at, year_at
from kg.model import DateValue, Evidence, Fact

_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
_MAX_HOPS = 6
#: Relations dating a whole work, not one of its later seasons or parts.
_WHOLE_WORK_DATES = frozenset({"P577", "P580"})
_PARTS = frozenset({"season", "series", "episode", "finale", "part", "volume", "chapter",
                    "installment", "instalment", "run", "edition", "leg"})
_LATER = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                    "tenth", "new", "final", "latest", "next", "last", "upcoming", "penultimate"})
#: Things a participle may describe that are not the work a pattern looks for.
_OTHER_WORKS = frozenset({"video", "clip", "trailer", "remix", "version", "cover", "edit",
                          "teaser", "commercial", "ad", "campaign", "production", "staging",
                          "revival", "tour", "promo", "segment", "sketch", "photo", "image"})


def _appositive_of(noun):
    """The name an appositive describes, from its head noun or a noun of its "of" phrase:
    "X, a portrait of a lookout tower directed by Z" (the participle describes X)."""
    for _ in range(3):
        if noun.dep_ == "appos":
            return noun.head if noun.lemma_ not in _OTHER_WORKS else None
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return None
        noun = noun.head.head
    return None


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
        if role.value == "text":  # a name written as text: a character, an award
            value = name_text(tok, self.refs)
            return [(value, 1.0)] if value else []
        if role.find == "topic":  # an argument the text leaves implicit: the article's topic
            return [(r, r.weight) for r in self.refs.topic(tok, role.types)]
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
            if tok.lower_ in _RELATIVE and tok.dep_ in ("dobj", "pobj") \
                    and tok.head.dep_ == "relcl":  # "X, which she co-created": X
                yield tok.head.head, 0.95
        elif role.find == "subject":
            yield from self._subjects(tok)
        else:  # governor: the subject of a passive (or of its first conjunct), else up the tree
            # (the noun a participle describes is one thing: no "X and Y" spreading)
            if tok.pos_ in ("VERB", "AUX"):
                yield from self._subjects(tok)
                if tok.dep_ in ("advcl", "acl") and tok.head.pos_ == "VERB":
                    # "Lucasfilm previewed its series X, starring Y": the object it follows
                    for obj in tok.head.children:
                        if obj.dep_ in ("dobj", "attr", "oprd") and obj.i < tok.i:
                            yield obj, 0.95
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
                    described = _appositive_of(cur)
                    if described is not None:
                        yield described, weight * 0.95  # "X, a portrait of Y directed by Z"
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
                    for appos in s.children:  # "EXCLUSIVE: A and B have been tapped"
                        if appos.dep_ == "appos":
                            yield appos, 0.95 * weight
                return
            head = cur.head
            if cur.dep_ in ("conj", "xcomp", "advcl", "acomp") and head.pos_ in ("VERB", "AUX"):
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
        """A negated predicate ("was not directed by"), a governing lemma the pattern
        names in ``unless`` ("planned to be released"), or a word it names in
        ``without`` below its first node ("air its finale on", "plays X in Y") voids
        the match."""
        unless = set(match.pattern.unless)
        without = set(match.pattern.without)
        first = next(iter(match.nodes.values()), None)
        if first is not None and without and any(
                c.lower_ in without or c.dep_ == "dobj" and c.lemma_.lower() in without
                for c in first.children):
            return True
        for tok in match.nodes.values():
            near = [tok, tok.head] if tok.head.pos_ in ("VERB", "AUX") else [tok]
            if any(c.dep_ == "neg" for t in near for c in t.children):
                return True
            if unless and any(a.lemma_.lower() in unless for a in tok.ancestors):
                return True
        return False

    def _later_part(self, ref) -> bool:
        """The name is read as the whole of a later part: "season 3 of X", "the second
        season of X", "X's new season" (read on the surface: parsers stumble here)."""
        if not isinstance(ref, Ref) or ref.token < 0:
            return False
        i, j = self.refs.mention_tokens(self.doc[ref.token])
        if i >= 1 and self.doc[i - 1].lower_ == "of":
            words = self.doc[max(0, i - 5):i - 1]
        elif j + 1 < len(self.doc) and self.doc[j].lower_ in ("'s", "\u2019s"):
            words = self.doc[j + 1:j + 4]
        else:
            return False
        if not any(w.lemma_.lower() in _PARTS for w in words):
            return False
        return any(w.lower_ in _LATER or w.lower_ in ("two", "three", "four", "five", "six")
                   or w.text.isdigit() and 1 < int(w.text) < 100 for w in words)

    def roles_anywhere(self, ref: Ref) -> list[str]:
        """Role nouns written before any mention of the entity ("Director X" in a caption
        tells who X is everywhere in the article)."""
        out = []
        for m in self.refs.entity(ref.key).mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out += self.roles_before(replace(ref, token=span[-1].i))
        return out

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
            if pat.relation in _WHOLE_WORK_DATES and self._later_part(s):
                continue  # "Season 3 of X premieres on ...": that date is the season's
            for o, ow in objects:
                if not isinstance(s, Ref) or isinstance(o, Ref) and o.key == s.key:
                    continue
                conf = round(pat.confidence * min(sw, ow), 3)
                for relation in self._relations(pat, s, o, match):
                    if self._type(s) in NOT_SUBJECT_OF.get(relation, ()):
                        continue  # a cast member of an album, a record label of a film
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
        roles = self.roles_before(o) or (self.roles_anywhere(o) if pat.roles_anywhere else [])
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
        else its own."""
        return ref.type or self.refs.entity(ref.key).type

    def _relation(self, pat: Pattern, s: Ref, o) -> str | None:
        relation = pat.relation
        if (t := self._type(s)) in pat.relation_by_subject:
            relation = pat.relation_by_subject[t]
        if isinstance(o, Ref) and (t := self._type(o)) in pat.relation_by_object:
            relation = pat.relation_by_object[t]
        return relation


_SCREEN = frozenset({"Film", "TVSeries", "Documentary", "Episode"})
_MUSIC = frozenset({"MusicAlbum", "Song"})
_PRINT = frozenset({"Book", "NewsArticle", "Photograph"})
#: Classes that cannot be the subject of a relation, whatever a pattern matched.
NOT_SUBJECT_OF = {
    **dict.fromkeys(("P161", "P57", "P58", "P449", "P750", "P1113", "P272"), _MUSIC | _PRINT),
    **dict.fromkeys(("P175", "P264"), _SCREEN | _PRINT),
    "P50": _SCREEN | _MUSIC,
    "P86": _PRINT,
}

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
    out += by_functional.values()
    return out + family(out)


def family(facts: list[Fact]) -> list[Fact]:
    """Kin the facts imply: two children of one parent are siblings, and a sibling's
    parent is a parent ("his children included A and B", "A's brother B")."""
    known = {(f.subject, f.relation, f.object) for f in facts}
    kin = [f for f in facts if f.relation in ("P40", "P3373") and isinstance(f.object, str)]
    out: list[Fact] = []

    def add(s: str, rel: str, o: str, a: Fact, b: Fact, pattern: str, weight: float) -> None:
        if s == o or (s, rel, o) in known or rel == "P3373" and (o, rel, s) in known:
            return
        known.add((s, rel, o))
        out.append(Fact(s, rel, o, a.evidence, pattern=pattern,
                        confidence=round(min(a.confidence, b.confidence) * weight, 3)))

    for a in kin:
        for b in kin:
            if a is b or a.relation != "P40":
                continue
            if b.relation == "P40" and a.subject == b.subject:
                add(a.object, "P3373", b.object, a, b, "family.siblings", 0.9)
            elif b.relation == "P3373" and a.object in (b.subject, b.object):
                other = b.object if a.object == b.subject else b.subject
                add(a.subject, "P40", other, a, b, "family.sibling-parent", 0.8)
    return out


def _precision(f: Fact) -> int:
    return len(f.object.iso) if isinstance(f.object, DateValue) else 0
