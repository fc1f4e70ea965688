"""Reference prose or news: which annotation conventions an article's text calls for.

Encyclopedias and Wikidata record things news stories leave out: every
credited work is a notable work, nationality adjectives name countries, and
places sit in the whole chain of their containers. Those conventions apply to
reference text only, told apart by what news has and reference prose lacks
(headline, byline, dateline, date line, captions) and by its lead, which
defines its subject instead of reporting an event.
"""

from __future__ import annotations

_PRONOUNS = frozenset({"it", "this", "that", "there", "he", "she", "we", "i", "you"})
_LEAD_TOKENS = 40
_NEWS_SECTIONS = frozenset({"headline", "byline", "dateline", "date", "caption", "credit"})


def is_reference_text(document, doc) -> bool:
    """True for encyclopedic prose: no news furniture, and a lead that defines its subject."""
    if document is not None and any(s.kind in _NEWS_SECTIONS for s in document.sections):
        return False
    first = next(iter(doc.sents), None)
    if first is None or first[0].lower_ in _PRONOUNS:
        return False
    # A lead that defines its subject: 'X (born 1959) is a Belgian journalist',
    # '"Y" was a 1978 song', 'The discography of Z consists of ...'; a news lead
    # reports an event instead ("Netflix has renewed ...", "X released ... on Friday").
    for tok in first[:_LEAD_TOKENS]:
        if tok.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in tok.children):
            return True
        if tok.lower_ == "born" and tok.i > first.start and tok.nbor(-1).text in "(;,":
            return True
        if tok.lemma_ == "consist":
            return True
    return False
