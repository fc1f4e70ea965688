"""What a name is, from how the text defines it: "X is a Belgian journalist", "X, a band,".

Encyclopaedic and news prose types a name with a definitional clause or an
apposition whose head noun is a kind: an occupation makes a person, "band"
or "record label" an organisation, "film" or "album" a work, "festival" an
event, "village" a place. A life span ("(born 1959)", "(1920–1990)") makes a
person. The kinds come from the lexicons (``kg/nlp/data``); no names.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.nlp import lexicon
from kg.nlp.mentions import MINOR_WORDS, Mention, line_at, run_end, titlecase_line

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_KIN = frozenset(["father", "mother", "son", "daughter", "wife", "husband", "brother",
                  "sister", "parents", "children", "widow", "widower", "grandfather",
                  "grandmother", "uncle", "aunt", "cousin", "niece", "nephew", "fiancé",
                  "fiancée", "girlfriend", "boyfriend", "stepfather", "stepmother"])
_NAME_LINKS = frozenset(["of", "&", "de", "la", "le", "von", "van", "der", "for", "del"])
_COPULA = frozenset(["is", "was", "are", "were", "'s", "’s"])
_DETERMINERS = frozenset(["a", "an", "the", "one", "another"])
_LIFESPAN = re.compile(r"^(?:born|b\.|née|nee)\s|^(?:c\.\s*)?(1[0-9]\d\d|20\d\d)\s*[-–—]\s*"
                       r"(?:c\.\s*)?(1[0-9]\d\d|20\d\d)$")
#: Kinds that are places (the venue words come from ``place_kinds.json``).
_PLACE_KINDS = {"city": "City", "town": "City", "village": "City", "suburb": "City",
                "municipality": "AdministrativeArea", "province": "AdministrativeArea",
                "county": "AdministrativeArea", "region": "AdministrativeArea",
                "district": "AdministrativeArea", "state": "AdministrativeArea",
                "neighbourhood": "City", "neighborhood": "City", "commune": "City",
                "country": "Country", "island": "Place", "river": "Place", "mountain": "Place"}
#: Kinds of organisation beyond the cue nouns of ``org_kinds.json``.
_ORG_KINDS = {"orchestra": "MusicGroup", "ensemble": "MusicGroup", "choir": "MusicGroup",
              "quartet": "MusicGroup", "quintet": "MusicGroup", "collective": "MusicGroup",
              "supergroup": "MusicGroup", "boy band": "MusicGroup", "girl group": "MusicGroup",
              "developer": "Company", "conglomerate": "Company", "corporation": "Company",
              "firm": "Company", "subsidiary": "Company", "franchise": "CreativeWork",
              "team": "Organization", "party": "Organization", "university": "Organization",
              "college": "Organization", "school": "Organization", "charity": "Organization",
              "organization": "Organization", "organisation": "Organization",
              "foundation": "Organization", "association": "Organization"}


@cache
def kinds() -> dict[str, str]:
    """Kind noun (lower case, one or two words) -> the fine class of what it describes."""
    out: dict[str, str] = {}
    out.update(_PLACE_KINDS)
    out.update({v: "Venue" for v in lexicon.venue_heads()})
    out.update({k: v for k, v in lexicon.event_heads().items() if k not in ("party", "ball",
                                                                           "benefit", "market",
                                                                           "panel", "week")})
    out.update(lexicon.work_cues())
    out.update(lexicon.org_cues())
    out.update(_ORG_KINDS)
    not_kinds = set(lexicon.occupation_data()["not_occupations"]) - {"partner", "owner"}
    out.update({w: "Person" for w in lexicon.occupation_heads() if w not in not_kinds})
    out.update({w: "Person" for w in lexicon.occupation_data()["kinship"] if w != "partner"})
    for word in ("record", "show", "play", "feature", "short", "hit", "cover", "comic",
                 "special", "collection", "profile", "partner", "owner", "service", "platform",
                 "station", "cable", "lot", "room", "bar", "studio", "head", "chief"):
        out.pop(word, None)  # too often another kind's modifier or a different sense
    out["studio"] = "Company"
    out["record label"] = "RecordLabel"
    out["streaming service"] = "StreamingService"
    return out


def _closing_paren(doc: Doc, i: int) -> int | None:
    for k in range(i + 1, min(i + 40, len(doc))):
        if doc[k].text == ")":
            return k
        if "\n" in doc[k].text:
            return None
    return None


def lifespan(doc: Doc, span: Span) -> bool:
    """True if a life span follows the name: "(born 1959)", "(1920–1990)"."""
    j = span.end
    if j >= len(doc) or doc[j].text != "(":
        return False
    close = _closing_paren(doc, j)
    if close is None:
        return False
    for part in re.split(r"[;,]", doc[j + 1:close].text):
        m = _LIFESPAN.match(part.strip())
        if m is not None and (m.group(1) is None or
                              15 <= int(m.group(2)) - int(m.group(1)) <= 110):
            return True
    return False


def described_kind(doc: Doc, span: Span) -> tuple[str, float, str] | None:
    """(fine class, weight, rule) from "X is a ... KIND" or "X, a ... KIND," after ``span``."""
    j = span.end
    if j < len(doc) and doc[j].text == "(":
        close = _closing_paren(doc, j)
        if close is None:
            return None
        j = close + 1
    copula = False
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j < len(doc) and doc[j].lower_ in _COPULA and doc[j].lemma_ == "be":
        copula, j = True, j + 1
        while j < len(doc) and doc[j].lower_ in ("also", "now", "currently", "still"):
            j += 1
    if j >= len(doc) or doc[j].lower_ not in _DETERMINERS and doc[j].tag_ != "PRP$":
        return None
    if not copula and doc[j - 1].text != ",":
        return None
    if doc[j].lower_ in ("one", "another"):
        if j + 2 < len(doc) and doc[j + 1].lower_ == "of" and doc[j + 2].lower_ == "the":
            j += 2
        elif doc[j].lower_ == "one":
            return None
    head, stop = _kind_head(doc, j + 1)
    if head is None:
        return None
    if not copula and stop < len(doc) and (doc[stop].pos_ in ("AUX", "ADV", "PART") or
                                           doc[stop].pos_ == "VERB" and doc[stop].tag_ != "VBN"
                                           and not _participle(doc, stop)):
        return None  # "..., the orchestra announced": a clause, not an apposition
    if copula:
        return head, 3.0, "defined-as-kind"
    return head, 2.5, "apposition-kind"


def _participle(doc: Doc, k: int) -> bool:
    """A past form the tagger read as a finite verb: "the duo made up of", "a band led by"."""
    return doc[k].tag_ == "VBD" and k + 1 < len(doc) and doc[k + 1].lower_ in ("up", "by")


def _possessed(doc: Doc, k: int) -> bool:
    """True if the proper-noun run from ``k`` ends in "'s" ("the band Acme's drummer")."""
    while k < len(doc) and doc[k].pos_ == "PROPN":
        k += 1
    return k < len(doc) and doc[k].text in ("'s", "’s", "'", "’")


def _kind_head(doc: Doc, j: int) -> tuple[str | None, int]:
    """The kind named by the noun phrase from ``j`` (its last noun), and where it stops."""
    table = kinds()
    found = None
    k = j
    for k in range(j, min(j + 14, len(doc))):
        t = doc[k]
        if t.text in ("'s", "’s"):
            found = None  # "the band's drummer": the owner is not the kind
            continue
        if t.text in ("-", "–") or t.lower_ in ("and", "&") or t.pos_ in ("ADJ", "NUM", "ADV"):
            if t.pos_ == "ADJ" and t.lower_ in table and t.text[0].islower() and (
                    k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN", "ADJ")):
                return table[t.lower_], k + 1  # "a former actress", tagged as an adjective
            continue
        if t.pos_ == "PROPN" and found is not None and k > j and doc[k - 1].pos_ == "NOUN" \
                and not _possessed(doc, k):
            return found, k  # "the Denver imprint Mosley co-founded": a clause without "that"
        if t.pos_ == "PROPN" or t.ent_type_ == "NORP" or t.pos_ == "NOUN" and \
                t.text[0].isupper() and t.lower_ not in table:
            continue  # "a Flemish Belgian journalist", "an Acme Pictures film"
        if t.pos_ != "NOUN":
            return found, k
        pair = f"{doc[k - 1].lower_} {t.lower_}" if k > j else ""
        if pair in table:
            found = table[pair]
        elif t.lower_ in table:
            found = table[t.lower_]
        else:
            found = None  # "a film director": a later noun decides
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("and", "or", "&") and found is None:
            continue  # "a post-punk and post-rock band": the kind comes later
        if nxt is None or nxt.pos_ not in ("NOUN", "PROPN") and nxt.text not in (
                "-", "–", "'s", "’s"):
            return found, k + 1
    return found, k + 1


def definition_votes(doc: Doc, m: Mention, span: Span) -> None:
    """Votes from a definitional clause, an apposition or a life span after the name."""
    if lifespan(doc, span):
        m.vote("Person", 3.0, "lifespan")
    if span.end + 1 < len(doc) and doc[span.end].text in ("'s", "’s", "'", "’") and \
            doc[span.end + 1].lower_ in _KIN:
        m.vote("Person", 2.0, "kin-possessor")  # "Lena Holt's father": only people have kin
    found = described_kind(doc, span)
    if found is None:
        return
    fine, weight, rule = found
    before = doc[span.start - 1] if span.start > 0 else None
    if fine == "Person" and "Place" in m.votes and before is not None and before.text == ",":
        return  # "Tulsa, Oklahoma, the singer's hometown": a place after a place
    m.vote(fine, weight, rule)


def defined_names(doc: Doc) -> list[Mention]:
    """Capitalised names that open a sentence and are then defined: "Der Kreis were a band".

    spaCy often leaves such subjects untagged or cut; the definition both finds and
    types them (its vote is added later by ``definition_votes``).
    """
    out = []
    for sent in doc.sents:
        i = _after_dateline(doc, sent.start, min(sent.start + 16, len(doc)))
        while i < len(doc) and (doc[i].is_space or doc[i].text in ("\"", "“", "'", "‘")):
            i += 1
        if i >= len(doc) or not (doc[i].text[0].isupper() or doc[i].text[0].isdigit()):
            continue
        if i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].whitespace_.count("\n") \
                and not doc[i - 1].is_upper:
            continue  # the parser split a name ("Ana" | "Holt is ..."): its start counts
        titled = i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
        if doc[i].pos_ in ("ADP", "SCONJ", "PRON", "ADV", "AUX", "CCONJ") or \
                doc[i].pos_ == "VERB" and not titled or \
                doc[i].lower_ in ("this", "that", "these", "those", "it", "its", "his", "her"):
            continue
        if titlecase_line(line_at(doc.text, doc[i].idx)):
            continue
        k = run_end(doc, i, 10, _name_token, ("-", "&"))
        if k == i or (k - i == 1 and doc[i].lower_ == "the"):
            continue
        span = doc[i:k]
        if not any(t.pos_ == "PROPN" or t.text[0].isupper() for t in span[1:] or span):
            continue
        if not (lifespan(doc, span) or described_kind(doc, span)):
            continue
        if span[0].lower_ == "the" and len(span) > 1:
            span = doc[i + 1:k]
        m = Mention(span.start_char, span.end_char, span.text)
        m.rules.add("defined-name")
        out.append(m)
    return out


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """Where a sentence's prose begins after a dateline ("LONDON (Reuters) - ")."""
    k = start
    while k < end and k - start < 12 and (doc[k].is_upper or doc[k].is_punct and
                                          doc[k].text in (",", "(", ")", ".") or
                                          doc[k].text[:1].isupper() and doc[k - 1].text == "("):
        k += 1
    if k > start and k < end and doc[k].text in ("-", "—", "–", "--") and doc[start].is_upper:
        return k + 1
    return start


def _name_token(doc: Doc, k: int, start: int) -> bool:
    t = doc[k]
    if "\n" in t.text or t.is_space:
        return False
    if t.text[0].isupper() or t.text[0].isdigit() or t.text in ("!", "&", "'s", "’s", "-"):
        owner_only = t.text in ("'s", "’s") and k + 1 < len(doc) and \
            not doc[k + 1].text[:1].isupper()
        return not owner_only
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return t.lower_ in MINOR_WORDS and k > start and nxt is not None and \
        nxt.text[:1].isupper() and t.lower_ not in ("and", "or")


def bare_relative(doc: Doc, cue_i: int, name_end: int) -> bool:
    """True for "X, the Denver imprint Mosley co-founded": in an apposition, a name after
    the kind noun followed by a verb is the subject of a clause without "that", not the
    kind's name."""
    if name_end >= len(doc) or doc[name_end].pos_ not in ("VERB", "AUX") or \
            doc[name_end].tag_ in ("VBN", "VBG"):
        return doc[name_end].text == "co" if name_end < len(doc) else False
    i = cue_i - 1
    while i >= 0 and doc[i].pos_ in ("ADJ", "PROPN", "NOUN", "NUM", "PUNCT") and \
            doc[i].text not in (",", "(", "\n"):
        i -= 1
    return i > 0 and doc[i].pos_ == "DET" and doc[i - 1].text == ","


@cache
def org_kind_cues() -> dict[str, str]:
    """Lower-case nouns that announce an organisation's name ("pop group X", "developer X")."""
    out = dict(lexicon.org_cues())
    out.update({k: v for k, v in _ORG_KINDS.items() if k in ("orchestra", "ensemble", "choir",
                                                            "quartet", "quintet", "collective",
                                                            "supergroup", "developer",
                                                            "conglomerate", "firm")})
    return out


def kind_cued_names(doc: Doc) -> list[Mention]:
    """Capitalised names right after a lower-case organisation kind: "pop group KOLM".

    Like a job title before a person, the kind noun before a name says what it
    names (the vote itself is the "after-org-cue" context vote).
    """
    cues = org_kind_cues()
    out = []
    for tok in doc:
        if tok.lower_ not in cues or not tok.text[0].islower() or tok.pos_ != "NOUN":
            continue
        j = tok.i + 1
        k = j
        while k < len(doc) and k - j < 5 and _name_token(doc, k, j) and \
                doc[k].text not in ("'s", "’s", "-") and not doc[k].is_sent_start and \
                (doc[k].text[:1].isupper() or doc[k].lower_ in _NAME_LINKS):
            k += 1
        while k > j and doc[k - 1].lower_ in MINOR_WORDS:
            k -= 1
        if k == j or doc[j].ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "NORP",
                                           "GPE") or doc[j].pos_ not in ("PROPN", "NOUN", "X"):
            continue
        if k < len(doc) and doc[k].text in ("'s", "’s"):
            continue  # "the label Acme's founder": still a name, but leave it to spaCy
        if bare_relative(doc, tok.i, k):
            continue
        span = doc[j:k]
        m = Mention(span.start_char, span.end_char, span.text)
        m.rules.add("kind-cued-name")
        out.append(m)
    return out
