"""Where an organisation is, read from how reference prose introduces it.

Encyclopedic text states an organisation's country in a few fixed ways, which
Wikidata and Re-DocRED record as country (P17) and located in (P131):

- its name holds a place the article names ("San Antonio College", "Recording
  Industry Association of America", "Australian Recording Industry Association");
- a demonym before it ("the American heavy metal band Metallica") or in its
  definition ("Square Enix is a Japanese ... company");
- a release through it in a country ("released in the United States by Big
  Machine Records", "aired on the Fox network in the United States").

Only places the article itself names are used, and only on reference-style text
(news annotation does not record these), so a news story gets none of them.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.model import Entity
from kg.nlp.gazetteer import demonym_country, normalize

#: Verbs of putting out a work through a label, network or publisher.
RELEASE_VERBS = frozenset({"release", "air", "broadcast", "publish", "distribute", "issue",
                           "premiere", "reissue", "rerelease", "launch", "debut", "sell"})
#: Nouns that make "a <demonym> ... <noun> X" describe an organisation, not a person.
ORG_KINDS = frozenset({
    "band", "group", "duo", "trio", "quartet", "quintet", "ensemble", "orchestra", "choir",
    "label", "company", "studio", "studios", "network", "channel", "broadcaster", "station",
    "publisher", "distributor", "corporation", "conglomerate", "firm", "agency", "outfit",
    "collective", "act", "team", "club", "party", "magazine", "newspaper", "service",
    "developer", "organization", "organisation", "association", "society", "institute",
})
_THROUGH = frozenset({"by", "on", "through", "via", "under"})
_MAX_GAP = 12  # tokens between the organisation and "in <country>"
NAME_CONFIDENCE = 0.7
DEMONYM_CONFIDENCE = 0.7
RELEASE_CONFIDENCE = 0.65


def mention_spans(doc, entity: Entity) -> Iterator:
    """The spaCy span of each mention."""
    for m in entity.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            yield span


def places_in_name(entity: Entity, names: dict[str, str]) -> list[str]:
    """Keys of named places whose name (or demonym) is part of the organisation's name."""
    words = entity.name.replace(",", " ").split()
    if len(words) < 2:
        return []
    out = []
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            key = names.get(normalize(" ".join(words[i:i + size])))
            if key and key not in out:
                out.append(key)
    for word in words:
        key = names.get(f"demonym:{demonym_country(word)}") if demonym_country(word) else None
        if key and key not in out:
            out.append(key)
    return out


def demonym_before(span) -> str | None:
    """The country code of a demonym leading the mention's noun phrase ("Swedish pop group X")."""
    i = span.start - 1
    if i < span.sent.start or span.doc[i].lemma_.lower() not in ORG_KINDS:
        return None  # "Swedish pop group ABBA", not "American illustrator X"
    while i >= max(span.sent.start, span.start - 7):
        tok = span.doc[i]
        code = demonym_country(tok.text)
        if code:
            return code
        if not (tok.is_lower or tok.text == "-") or tok.pos_ in ("VERB", "ADP", "AUX"):
            return None
        i -= 1
    return None


def demonym_defined(span) -> str | None:
    """The country of a demonym in the mention's definition ("X is a Japanese company")."""
    head = span.root
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.lemma_ != "be":
        return None
    for attr in head.head.children:
        if attr.dep_ != "attr" or attr.lemma_.lower() not in ORG_KINDS:
            continue
        for mod in attr.children:
            if mod.dep_ in ("amod", "compound", "nmod") and demonym_country(mod.text):
                return demonym_country(mod.text)
    return None


def _after(doc, span, words: frozenset[str], verbs: frozenset[str] = frozenset()) -> bool:
    """True when the mention follows one of ``words`` (an article may stand between),
    attached to one of ``verbs`` when given ("released by X", not "an album by X")."""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0 or doc[i].lower_ not in words:
        return False
    return not verbs or doc[i].head.lemma_ in verbs


def released_in(doc, orgs: dict[str, Entity], countries: dict[str, Entity]
                ) -> Iterator[tuple[str, str, object]]:
    """(organisation key, country key, sentence) where a work comes out through the
    organisation in a named country: each "in <country>" pairs with the nearest "by <org>"
    of its sentence, and only when that organisation has no nearer country."""
    through = [(k, s) for k, e in orgs.items() for s in mention_spans(doc, e)
               if _after(doc, s, _THROUGH, RELEASE_VERBS)]
    where = [(k, s) for k, e in countries.items() for s in mention_spans(doc, e)
             if _after(doc, s, frozenset({"in"}))]

    def gap(a, b) -> int:
        return b.start - a.end if b.start >= a.end else a.start - b.end

    for org, o_span in through:
        sent = o_span.sent
        near = [(gap(o_span, c), key, c) for key, c in where if c.sent == sent]
        near = [n for n in near if n[0] <= _MAX_GAP]
        if not near:
            continue
        _, country, c_span = min(near, key=lambda n: n[0])
        rivals = [gap(s, c_span) for k, s in through if s.sent == sent and s != o_span]
        if all(r > gap(o_span, c_span) for r in rivals):
            yield org, country, sent
