"""Names listed under a kind: "acts such as A, B and C", "His children included A and B".

A plural kind noun followed by "such as", "including" or "include(d)" types
every name of the list that follows (people for occupations and kin, works
for "films" or "songs", organisations for "bands" or "labels"). The kinds
are those of ``kg.nlp.definitions``; no names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp import lexicon
from kg.nlp.definitions import kinds
from kg.nlp.mentions import MINOR_WORDS, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

_IRREGULAR = {"children": "child", "people": "person", "women": "woman", "men": "man",
              "wives": "wife", "actresses": "actress", "series": "series",
              "brothers": "brother", "sisters": "sister"}
#: Plural kinds the singular lexicons do not hold.
_EXTRA = {"child": "Person", "person": "Person", "woman": "Person", "man": "Person",
          "character": "Person", "member": "Person", "act": "MusicGroup",
          "guest": "Person", "star": "Person", "celebrity": "Person", "musician": "Person",
          "parent": "Person", "sibling": "Person", "grandparent": "Person",
          "work": "CreativeWork", "piece": "CreativeWork", "composition": "CreativeWork",
          "title": "CreativeWork", "release": "CreativeWork", "production": "CreativeWork"}
_QUOTES = ("\"", "“", "”", "'", "‘", "’")


def plural_kind(word: str) -> str | None:
    """Fine class named by a plural kind noun ("films" -> Film, "children" -> Person)."""
    word = word.lower()
    table = kinds()
    for single in (_IRREGULAR.get(word), word[:-3] + "y" if word.endswith("ies") else None,
                   word[:-2] if word.endswith(("ses", "xes", "ches", "shes")) else None,
                   word[:-1] if word.endswith("s") else None):
        if single and (single in table or single in _EXTRA or single in lexicon.work_cues()):
            return table.get(single) or _EXTRA.get(single) or lexicon.work_cues()[single]
    return None


def _kind_before(doc: Doc, i: int) -> str | None:
    """The plural kind noun a list marker at ``i`` hangs from."""
    tok = doc[i]
    if tok.lemma_.lower() in ("include", "be") and tok.pos_ in ("VERB", "AUX") and \
            tok.tag_ != "VBG":
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return plural_kind(subj.text) if subj is not None and subj.tag_ == "NNS" else None
    for k in range(i - 1, max(i - 5, -1), -1):
        t = doc[k]
        if t.text == "," or t.pos_ in ("ADJ", "ADV") or t.lower_ in ("other", "many", "several"):
            continue
        if t.pos_ == "NOUN" and t.tag_ == "NNS":
            return plural_kind(t.text)
        return None
    return None


def listed_names(doc: Doc) -> list[Mention]:
    """The names of lists introduced by a plural kind noun."""
    out = []
    for tok in doc:
        lower = tok.lower_
        if lower == "such" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "as":
            start = tok.i + 2
        elif tok.lemma_.lower() == "include" or lower in ("namely", "like"):
            start = tok.i + 1
        elif lower in ("are", "were") and tok.i + 1 < len(doc) and \
                doc[tok.i + 1].text[:1].isupper():
            start = tok.i + 1  # "His parents are A and B"
        else:
            continue
        fine = _kind_before(doc, tok.i)
        if fine is None:
            continue
        weight = 1.5 if fine == "MusicGroup" else 2.0
        for a, b in _items(doc, start):
            span = doc[a:b]
            if span[0].ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"):
                continue
            out.append(Mention(span.start_char, span.end_char, span.text)
                       .vote(fine, weight, "list-kind"))
    return out


def other_listed_names(doc: Doc) -> list[Mention]:
    """Names before "and other <kind>": "Big Hat, Fear Lab, and other reality shows"."""
    out = []
    for tok in doc:
        if tok.lower_ != "other" or tok.i < 2 or doc[tok.i - 1].lower_ not in ("and", "or"):
            continue
        k = tok.i + 1
        while k < len(doc) and k - tok.i < 4 and doc[k].pos_ in ("ADJ", "NOUN") and \
                doc[k].tag_ != "NNS":
            k += 1
        plural = k < len(doc) and (doc[k].tag_ == "NNS" or doc[k].tag_ == "VBZ" and k > tok.i + 1)
        fine = plural_kind(doc[k].text) if plural else None
        if fine is None:
            continue
        weight = 1.5 if fine == "MusicGroup" else 2.0
        for a, b in _items_before(doc, tok.i - 1):
            span = doc[a:b]
            out.append(Mention(span.start_char, span.end_char, span.text)
                       .vote(fine, weight, "list-kind"))
    return out


def _items_before(doc: Doc, end: int) -> list[tuple[int, int]]:
    """Token ranges of the capitalised items of a comma list ending before ``end``."""
    items = []
    e = end
    while e > 0 and len(items) < 20:
        while e > 0 and doc[e - 1].text in (",",) + _QUOTES:
            e -= 1
        a = e
        while a > 0 and e - a < 10 and (doc[a - 1].text[:1].isupper() or
                                        doc[a - 1].text[:1].isdigit() or
                                        a < e and _inside(doc, a - 1) or
                                        a < e and a > 1 and doc[a - 1].lower_ == "or" and
                                        doc[a - 2].text[:1].isupper()):
            a -= 1  # "Win or Lose Big" is one title
        while a < e and not (doc[a].text[:1].isupper() or doc[a].text[:1].isdigit()):
            a += 1
        if a >= e or doc[a].is_sent_start:
            break
        items.append((_after_owner(doc, a, e), e))
        if doc[a - 1].text not in (",",) + _QUOTES:
            break
        e = a
    return items[::-1]


def _items(doc: Doc, j: int) -> list[tuple[int, int]]:
    """Token ranges of the capitalised items of a list starting at ``j``."""
    items = []
    sent_end = doc[j].sent.end if j < len(doc) else j
    while j < sent_end and len(items) < 20:
        while j < sent_end and doc[j].text in _QUOTES + (",",) or \
                j < sent_end and doc[j].lower_ in ("and", "or", "the") and items:
            j += 1
        if j >= sent_end or not (doc[j].text[:1].isupper() or doc[j].text[:1].isdigit()):
            break
        k = j + 1
        while k < sent_end and _inside(doc, k):
            k += 1
        while k > j + 1 and (doc[k - 1].lower_ in MINOR_WORDS or doc[k - 1].text in _QUOTES):
            k -= 1
        items.append((_after_owner(doc, j, k), k))
        j = k
        if j < sent_end and doc[j].text in _QUOTES:
            j += 1
        if j < sent_end and doc[j].text == "(":
            while j < sent_end and doc[j].text != ")":
                j += 1
            j += 1
        if j >= sent_end or doc[j].text not in (",", "and", "or") and doc[j].text not in _QUOTES:
            break
    return items


def _after_owner(doc: Doc, a: int, b: int) -> int:
    """Start of an item past an owner's "'s": "Ann Lee's The Salt Clock" -> "The Salt Clock"."""
    for k in range(b - 2, a, -1):
        if doc[k].text in ("'s", "’s") and doc[k + 1].text[:1].isupper():
            return k + 1
    return a


def _inside(doc: Doc, k: int) -> bool:
    t = doc[k]
    if t.text[:1].isupper() or t.text[:1].isdigit() or t.text in ("'s", "’s", "&", "-", "!"):
        return True
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    nxt2 = doc[k + 2] if k + 2 < len(doc) else None
    return t.lower_ in MINOR_WORDS and t.lower_ not in ("and", "or") and nxt is not None and (
        nxt.text[:1].isupper() or nxt.lower_ in ("the", "a", "an") and nxt2 is not None
        and nxt2.text[:1].isupper())
