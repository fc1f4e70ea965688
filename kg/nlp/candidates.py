"""Mention candidates from spaCy's entities and from the article's structure.

spaCy's spans are cleaned (cut at paragraph breaks, stripped of "the", of a
leading job title and of a trailing possessive) and stretched over the words
that finish a name; runs of capitalised words spaCy missed become weak
candidates. (The dateline, credits and byline are in ``kg.nlp.layout``.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.document import Document
from kg.nlp import lexicon
from kg.nlp.mentions import HONORIFICS, SPACY_LABELS, Mention, fold, line_at, titlecase_line

if TYPE_CHECKING:
    from spacy.tokens import Doc

_QUOTES = "'\"‘’“”`"
_TRIM_LEAD = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                        "their", "our", "my", "your"])


def spacy_mentions(doc: Doc, document: Document) -> list[Mention]:
    """Mentions from ``doc.ents``, cleaned; one spaCy span may give several."""
    out: list[Mention] = []
    occupations = lexicon.occupation_heads()
    modifiers = set(lexicon.occupation_data()["drop_modifiers"])
    for ent in doc.ents:
        if ent.label_ not in SPACY_LABELS:
            continue
        fine, weight = SPACY_LABELS[ent.label_]
        parts = [p for whole in _split(ent) for p in _split_coordination(whole, ent.label_)]
        for part, place in parts:
            lead = occupations | modifiers if ent.label_ in ("PERSON", "ORG") else set()
            toks = _trim(part, lead)
            if toks and ent.label_ in ("ORG", "FAC") and _shop_name(doc, toks):
                toks.append(doc[toks[-1].i + 1])  # "Lyford's in London"
            if not toks:
                continue
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            text = doc.text[start:end]
            if not any(c.isalpha() for c in text):
                continue
            if len(toks) == 1 and not toks[0].text[0].isupper():
                continue  # a lower-case word is not a name
            m = Mention(start, end, text, section=document.kind_at(start))
            if place:
                m.vote("Place", weight, "split-in-place")
            else:
                m.vote(fine, weight, f"spacy-{ent.label_}")
            out.append(m)
    return out


def _shop_name(doc: Doc, toks: list) -> bool:
    """True if an "'s" after the name ends it rather than owning a noun: "Lyford's in"."""
    j = toks[-1].i + 1
    if j >= len(doc) or doc[j].text not in ("'s", "’s") or doc[j].ent_iob_ != "I":
        return False
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return nxt is None or nxt.pos_ in ("ADP", "CCONJ", "AUX") or nxt.text in (
        ",", ".", ";", ")", ":") or \
        nxt.pos_ == "VERB" and nxt.tag_ in ("VBD", "VBZ")


def _split_coordination(toks: list, label: str) -> list[tuple[list, bool]]:
    """Two names the tagger glued into one span, each with whether it is a place.

    "Ann Lee and Bo Park" (people never have "and" inside their name), "CAA and
    Stone Talent Group" (an acronym or two multi-word names side by side),
    "Kelvin Hall in Glasgow" (a venue or company "in" a place). Titles keep their
    "and" ("Pride and Prejudice"), as do short company names ("Marks and Spencer").
    """
    if label in ("WORK_OF_ART", "EVENT"):
        return [(toks, False)]
    heads = set(lexicon.org_suffixes()) | lexicon.venue_heads()
    for k, tok in enumerate(toks):
        if not 0 < k < len(toks) - 1 or not toks[k + 1].text[:1].isupper():
            continue
        left, right = toks[:k], toks[k + 1:]
        if tok.lower_ == "and":
            acronym = any(len(side) == 1 and side[0].text.isupper() and len(side[0].text) > 1
                          for side in (left, right))
            if label == "PERSON" or acronym or (len(left) >= 2 and len(right) >= 2
                                                 and "of" not in (t.lower_ for t in left)):
                return [(left, False), (right, False)]
        if tok.lower_ == "in" and left[-1].lower_ in heads and label in ("FAC", "ORG", "GPE"):
            return [(left, False), (right, True)]
    return [(toks, False)]


def _split(ent) -> list[list]:
    """The parts of a spaCy span between paragraph breaks and slashes."""
    parts, cur = [], []
    for tok in ent:
        if (tok.is_space and "\n" in tok.text) or "\n" in tok.text or tok.text in ("/", "(",
                                                                                  ")", "|"):
            if cur:
                parts.append(cur)
            cur = []
            if tok.text == "(":
                break  # "Starward (1995": the parenthesis is not part of the name
            continue
        cur.append(tok)
    if cur:
        parts.append(cur)
    return parts


def _trim(toks: list, lead_words: set[str]) -> list:
    """Tokens without a leading article or job title and a trailing possessive or quote."""
    toks = list(toks)
    while toks and (toks[0].text in _QUOTES or toks[0].is_punct or toks[0].is_space
                    or toks[0].lower_ in _TRIM_LEAD):
        toks.pop(0)
    while len(toks) > 1 and (toks[0].lower_ in lead_words or toks[0].lower_.endswith("s") and
                             toks[0].lower_[:-1] in lead_words) and toks[1].text[:1].isupper() \
            and not _place_opening(toks):
        toks.pop(0)
    while toks and (toks[-1].text in _QUOTES or toks[-1].lower_ in ("'s", "’s", "'", "’")
                    or toks[-1].is_space or (toks[-1].is_punct and toks[-1].text not in ("+",
                                                                                         "!"))):
        toks.pop()
    return toks


def _place_opening(toks: list) -> bool:
    """True if the first two words name a known place ("New Haven ..."), kept whole."""
    from kg.nlp.gazetteer import lookup

    return toks[0].text[0].isupper() and bool(lookup(f"{toks[0].text} {toks[1].text}"))


_PARTICLES = frozenset(["van", "von", "de", "da", "del", "della", "der", "den", "la", "le", "du",
                        "dos", "bin", "al", "ter", "di"])
_NUMBER_WORDS = frozenset(["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
                           "Ten", "Eleven", "Twelve", "Twenty", "Hundred", "Thousand"])


def _name_run_end(doc: Doc, j: int, stop: set[str], limit: int = 4) -> int:
    """End of a run of capitalised name words from ``j`` ("Hoyte van Hoytema")."""
    k = j
    while k < len(doc) and k - j < limit:
        t = doc[k]
        word = t.is_alpha and t.text[0].isupper() and t.lower_ not in stop and \
            t.ent_type_ not in ("DATE", "NORP", "TIME")
        particle = t.lower_ in _PARTICLES and k > j and k + 1 < len(doc) and \
            doc[k + 1].text[:1].isupper()
        if not (word or particle):
            break
        k += 1
    return k


def untagged_names(doc: Doc) -> list[Mention]:
    """Runs of two or three capitalised proper nouns spaCy left untagged, mid-sentence.

    The shape alone is a weak vote for a person; context must confirm it
    ("Sofia Marlow's new film", ", who", a job title).
    """
    stop = set(lexicon.org_suffixes()) | lexicon.venue_heads() | set(lexicon.event_heads())
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[0].isupper() or \
                (i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper()):
            i += 1
            continue
        k = _name_run_end(doc, i, stop, 3)
        run = doc[i:k]
        if 2 <= len(run) <= 3 and all(t.pos_ == "PROPN" or t.lower_ in _PARTICLES for t in run) \
                and not any(t.ent_type_ for t in run) and not (
                    k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha) and \
                not titlecase_line(line_at(doc.text, tok.idx)) and \
                (i == 0 or doc[i - 1].lower_ != "the"):
            m = Mention(run.start_char, run.end_char, run.text).vote("Person", 0.6,
                                                                     "untagged-name")
            if k + 1 < len(doc) and doc[k].text in ("'s", "’s") and doc[k + 1].text[0].islower():
                m.vote("Person", 0.5, "possessor")
            out.append(m)
        i = max(k, i + 1)
    return out


def extend_initials_and_numbers(doc: Doc, mentions: list[Mention]) -> None:
    """"T" + "Bone Burnett": a lone initial before a person; "Nova" + " Seven": a number word
    that ends a name."""
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        if span.start > 0 and "Person" in m.votes and re.fullmatch(r"[A-Z]\.?", doc[span.start - 1]
                                                                   .text):
            m.start = doc[span.start - 1].idx
        if span.end < len(doc) and doc[span.end].text in _NUMBER_WORDS and \
                doc[span.end - 1].whitespace_ == " " and not doc[span.end].is_sent_start:
            m.end = doc[span.end].idx + len(doc[span.end].text)
        m.text = doc.text[m.start:m.end]


def titled_names(doc: Doc) -> list[Mention]:
    """Capitalised names right after a job title or kin word: "frontwoman Isla McBride".

    spaCy often misses such names in prose; the title says they are people.
    """
    heads = lexicon.occupation_heads() | set(lexicon.occupation_data()["kinship"])
    stop = set(lexicon.org_suffixes()) | lexicon.venue_heads() | set(lexicon.event_heads())
    out = []
    for tok in doc:
        if tok.lower_ not in heads or not (tok.text[0].islower() or tok.is_sent_start):
            continue
        j = tok.i + 1
        k = _name_run_end(doc, j, stop)
        if k == j or (k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha):
            continue
        if any(doc[x].pos_ != "PROPN" and doc[x].lower_ not in _PARTICLES for x in range(j, k)):
            continue
        span = doc[j:k]
        out.append(Mention(span.start_char, span.end_char, span.text)
                   .vote("Person", 2.5, "titled-name"))
    return out


def extend_to_heads(doc: Doc, mentions: list[Mention]) -> None:
    """Stretch a name over the capitalised words that finish it: "Hollywood" + " Reporter".

    Only when the longer name ends in a word that says what it is (an
    organisation, venue or event word), so a name never swallows a neighbour.
    """
    heads = set(lexicon.org_suffixes()) | lexicon.venue_heads() | set(lexicon.event_heads())
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        best = None
        for k in range(span.end, min(span.end + 3, len(doc))):
            t = doc[k]
            if not t.is_alpha or not t.text[0].isupper() or t.is_sent_start:
                break
            if t.lower_ in heads:
                best = k
        start = span.start
        if best is None and (span[-1].lower_ in lexicon.org_designators() or len(span) == 1
                             and span[0].lower_ in lexicon.org_suffixes()):
            # "Amazon" + "MGM Studios": a company name may open with its parent's
            while start > 0 and span.start - start < 2 and _name_word(doc[start - 1]):
                start -= 1
            if start < span.start:
                best = span.end - 1
        if best is None and "Organization" in m.votes and span.start > 0 and \
                re.fullmatch(r"[A-Z]{2,5}", doc[span.start - 1].text) and \
                not doc[span.start - 1].is_sent_start and not doc[span.start - 1].ent_type_:
            start, best = span.start - 1, span.end - 1  # "KR" + "Lumen Red"
        if best is None:
            continue
        if start > 0 and doc[start - 1].text == "The" and not doc[start - 1].is_sent_start:
            start -= 1
        m.start, m.end = doc[start].idx, doc[best].idx + len(doc[best].text)
        m.text = doc.text[m.start:m.end]
        m.rules.add("extend-to-head")


def _name_word(tok) -> bool:
    """A capitalised word that may open a company name ("Acme", "Gallant")."""
    return (tok.pos_ == "PROPN" or tok.pos_ in ("ADJ", "NOUN") and not tok.is_sent_start) and \
        tok.text[0].isupper() and tok.whitespace_ == " " and \
        tok.ent_type_ not in ("NORP", "GPE", "DATE", "LOC") and tok.lower_ not in _TRIM_LEAD


def extend_of_and(doc: Doc, mentions: list[Mention]) -> None:
    """"School of Speech" + " and Drama": an "X of Y" organisation name may end in "and Z"."""
    text = doc.text
    for m in mentions:
        if " of " not in m.text or not any(w in m.votes for w in ("Organization", "Venue")):
            continue
        match = re.match(r" and ([A-Z][a-z]+)(?![\w'’-])(?! [A-Z])", text[m.end:])
        if match:
            m.end += match.end()
            m.text = text[m.start:m.end]
            m.rules.add("extend-of-and")


def extend_over_hyphens(doc: Doc, mentions: list[Mention]) -> None:
    """A name never ends or starts inside a hyphenated word: "Yusuf Adebayo" + "-Klein"."""
    text = doc.text
    for m in mentions:
        while (match := re.match(r"-[A-Z][\w'’]*", text[m.end:])) and \
                not text[m.end - 1].isspace():
            m.end += match.end()
        while m.start > 1 and text[m.start - 1] == "-" and text[m.start - 2].isalpha():
            m.start = re.search(r"[\w'’]+-$", text[:m.start]).start()
        m.text = text[m.start:m.end]


def merge_adjacent(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Join two names side by side when the second ends in a company word
    ("Amazon" + "MGM Studios")."""
    designators = lexicon.org_designators()
    mentions = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and doc.text[prev.end:m.start] == " " and \
                m.text.split()[-1].lower() in designators and len(m.text.split()) > 1 and \
                "Organization" in prev.votes and prev.text[0].isupper():
            merged = Mention(prev.start, m.end, doc.text[prev.start:m.end], section=prev.section)
            for votes in (prev.votes, m.votes):
                for fine, w in votes.items():
                    merged.vote(fine, w, "merge-adjacent")
            out[-1] = merged
            continue
        out.append(m)
    return out


def extend_honorifics(doc: Doc, mentions: list[Mention]) -> None:
    """Take a stage-name honorific into the name: "Zed" after "Dr." becomes "Dr. Zed"."""
    by_start = {t.idx: t for t in doc}
    for m in mentions:
        tok = by_start.get(m.start)
        if tok is None or tok.i == 0 or "Person" not in m.votes:
            continue
        prev = doc[tok.i - 1]
        if prev.lower_ in HONORIFICS and prev.text[0].isupper() and prev.lower_.startswith("dr"):
            m.start = prev.idx
            m.text = doc.text[m.start:m.end]


def trim_headline_glue(mentions: list[Mention], document: Document) -> list[Mention]:
    """Cut a name glued to the next capitalised word in a title-case line.

    "Ann Lee and Bo Park Share Their Story" gives the span "Bo Park Share";
    when the article names "Bo Park" in plain prose, the span is cut to it.
    """
    known = {fold(m.text) for m in mentions if not _in_titlecase(m, document)}
    out = []
    for m in mentions:
        words = m.text.split()
        if len(words) > 1 and _in_titlecase(m, document) and fold(m.text) not in known:
            best = None
            for i in range(len(words)):
                for j in range(len(words), i, -1):
                    if (j - i) < len(words) and fold(" ".join(words[i:j])) in known and (
                            best is None or j - i > best[1] - best[0]):
                        best = (i, j)
            removed = words[:best[0]] + words[best[1]:] if best else []
            if best and best[1] - best[0] == 1 and best[0] > 0 and not any(
                    re.search(rf"\b{re.escape(w.lower())}\b", document.text) for w in removed):
                best = None  # "Celia Brandt" is not "Brandt" glued to a word
            if best:
                i, j = best
                prefix = " ".join(words[:i])
                start = m.start + (len(prefix) + 1 if prefix else 0)
                text = " ".join(words[i:j])
                m = Mention(start, start + len(text), text, m.votes, m.rules | {"trim-glue"},
                            m.section)
        out.append(m)
    return out


def _in_titlecase(m: Mention, document: Document) -> bool:
    sec = document.section_at(m.start)
    return sec is not None and sec.kind == "headline" or (
        sec is not None and titlecase_line(sec.text))


def drop_overlapping(mentions: list[Mention], stronger: list[Mention]) -> list[Mention]:
    """``mentions`` without those that overlap any of ``stronger``."""
    return [m for m in mentions
            if not any(m.start < s.end and s.start < m.end for s in stronger)]
