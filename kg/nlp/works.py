"""Titles of creative works: quoted titles and titles announced by a cue word.

"the documentary 'X'", "a film called X", "her fourth album, X,", "the
single "X"" — the cue decides the kind of work (``work_cues.json``). A
capitalised name right before the cue ("the Disney film X") is the studio
or network that owns the work.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.nlp import lexicon
from kg.nlp.mentions import MINOR_WORDS, Mention, titlecase_line

if TYPE_CHECKING:
    from spacy.tokens import Doc

_QUOTED = re.compile(
    r"(?:(?<![\w])[\"“](?P<d>[^\"“”\n]{1,100}?)[\"”]"
    r"|(?<![\w'’])['‘](?P<s>[A-Z0-9][^'‘’\n]{0,90}?)['’](?![\w]))")
_SPEECH_AFTER = re.compile(r"^\s*,?\s*(?:he|she|they|[A-Z]\w+)?\s*(?:said|says|told|added|asked"
                           r"|wrote|explained|recalled|joked|noted|continued)\b")
_YEAR_AFTER = re.compile(r"^\s*\(\s*(?P<y>1[89]\d\d|20\d\d)\s*\)")
_AWARD_WORDS = frozenset(["award", "prize", "medal", "trophy", "honor", "honour", "nomination"])
_NOT_TITLES = frozenset(["i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday", "january", "february", "march", "april", "may", "june",
                         "july", "august", "september", "october", "november", "december",
                         "he", "she", "it", "they", "we", "you", "this", "that", "season",
                         "part", "episode", "chapter", "volume", "vol", "act", "mr", "mrs",
                         "ms", "dr"])


def cue_type(word: str) -> str | None:
    """Fine class announced by a cue word ("documentary" -> Documentary), if it is one."""
    cues = lexicon.work_cues()
    return cues.get(word) or cues.get(word.lower())


def looks_like_title(text: str) -> bool:
    """True for a short capitalised phrase ("The Night Ferry"), not a quoted sentence."""
    words = [w.strip(",.!?:;") for w in text.split()]
    words = [w for w in words if w]
    if not words or len(words) > 10 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    major = [w for w in words if w.lower() not in MINOR_WORDS]
    if not major:
        return False
    caps = sum(1 for w in major if w[0].isupper() or w[0].isdigit())
    if caps < 0.75 * len(major):
        return False
    if len(words) == 1 and words[0].lower() in _NOT_TITLES:
        return False
    return not any(w.lower() in _AWARD_WORDS for w in words[-1:])


_TOUR_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Tour|Residency)\b")


_LIST_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-•*])[ \t]+(?P<t>[A-Z][^()\n]{1,80}?)"
                        r"(?:[ \t]+\((?P<p>[^()\n]{2,40})\))?[ \t]*$", re.M)


def list_item_titles(doc: Doc) -> list[Mention]:
    """Titles heading the items of a numbered roundup: "3. Deep Blue Heist (Prime Video)".

    A numbered line that holds only a capitalised name, or a name and a parenthesis,
    names the work the item is about; the parenthesis usually its platform.
    """
    out = []
    for m in _LIST_ITEM.finditer(doc.text):
        title = m["t"].strip()
        if not looks_like_title(title) or title.endswith((".", "!", "?", ":")):
            continue
        start = m.start("t")
        out.append(Mention(start, start + len(title), title).vote("CreativeWork", 3.0,
                                                                  "list-title"))
    return out


_HONORIFIC_NAME = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord)\.?\s+[A-Z][\w'’-]+$")


def quoted_titles(doc: Doc) -> list[Mention]:
    """Works named in quotes: 'The Night Ferry', "Blue Hour,"."""
    text = doc.text
    out = []
    for m in _QUOTED.finditer(text):
        group = "d" if m["d"] is not None else "s"
        inner = m[group]
        start = m.start(group)
        stripped = inner.rstrip(",.!?;: ")
        if not looks_like_title(stripped):
            continue
        before, after = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 40]
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if re.search(r"[A-Z][\w.]*\s$", before) and re.match(r"^\s[A-Z]", after) and \
                not titlecase_line(line):
            continue  # a nickname inside a name: Dwayne 'The Rock' Johnson
        if _SPEECH_AFTER.match(after) and len(stripped.split()) > 2:
            continue
        cue = _cue_before(doc, m.start())
        if not cue and _HONORIFIC_NAME.match(stripped):
            out.append(Mention(start, start + len(stripped), stripped)
                       .vote("Person", 2.0, "quoted-nickname"))
            continue  # known 'as "Mr. Smith"': a person's nickname, not a title
        weight = 3.0
        if not cue and not titlecase_line(line) and len(stripped.split()) == 1:
            # a lone quoted word: a title mid-sentence, a scare quote at a sentence start
            if re.search(r"(?:^|[.!?:]\s*)$", text[line_start:m.start()]):
                continue
            weight = 2.0
        if tour := _TOUR_AFTER.match(text[m.end():]):
            # "the 'Night Swim' World Tour": a quoted title names the tour it heads
            end = m.end() + tour.end()
            out.append(Mention(start, end, text[start:end]).vote("Event", 3.5, "quoted-tour"))
            continue
        mention = Mention(start, start + len(stripped), stripped)
        mention.vote(cue or "CreativeWork", weight, "quoted-title")
        if y := _YEAR_AFTER.match(text[m.end():]):
            mention.year = y["y"]
        out.append(mention)
    return out


def _cue_before(doc: Doc, offset: int) -> str | None:
    """The work cue among the few words before ``offset`` ("new doc, 'X'")."""
    tok = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if tok is None:
        return None
    i = tok.start - 1
    seen = 0
    while i >= 0 and seen < 6:
        t = doc[i]
        if t.is_punct or t.is_space or t.lower_ in ("'s", "’s", "of"):
            i -= 1
            continue
        if (fine := cue_type(t.text)) and not _verb_reading(t):
            return fine
        if (fine := lexicon.of_cues().get(t.lower_)) and doc[i + 1].lower_ == "of":
            return fine
        if t.lower_ in lexicon.title_verbs():
            i -= 1
            continue
        seen += 1
        i -= 1
    return None


def cue_titles(doc: Doc) -> list[Mention]:
    """Works announced by a cue word: "the documentary X", "a film called X", "album, X,"."""
    out = []
    titlecase_lines = _titlecase_line_spans(doc.text)
    for tok in doc:
        of_fine = lexicon.of_cues().get(tok.lower_)
        if of_fine and not _verb_reading(tok) and (work := _title_after_of(doc, tok, of_fine)):
            out.append(work)
        fine = cue_type(tok.text)
        if not fine or _verb_reading(tok) or not tok.text[0].islower() and \
                tok.text not in ("LP", "EP"):
            continue
        if any(a <= tok.idx < b for a, b in titlecase_lines):
            continue
        if appos := _title_before(doc, tok, fine):
            out.append(appos)
        j = tok.i + 1
        if j < len(doc) and cue_type(doc[j].text) and doc[j].text[0].islower():
            if not _verb_reading(doc[j]):
                continue  # "documentary series X": the last cue word decides
            j += 1  # "horror hit X", "hit" read as a verb
        weight, comma = 3.0, False
        if j < len(doc) and doc[j].lower_ in lexicon.title_verbs():
            j, weight = j + 1, 4.0
        elif j < len(doc) and doc[j].text == ",":
            j, weight, comma = j + 1, 2.5, True
        while j < len(doc) and doc[j].text in ("'", "\"", "‘", "“"):
            j += 1
        span = _title_tokens(doc, j, allow_and=True)
        if span is None:
            continue
        a, b = span
        if comma and not (b < len(doc) and doc[b].text in (",", ".", ")", ";", "—", "–")):
            continue  # "album, X, will": an apposition must close
        title = doc[a:b]
        if b < len(doc) and doc[b].text in ("'s", "’s"):
            continue  # "the film's Ann Lee": an owner, not a title
        if any(e.label_ == "PERSON" and e.start == a and e.end == b for e in doc.ents) and \
                not _determined(doc, tok.i):
            continue  # "head of worldwide video Zack Van Amburg": a person after a job title
        for part in _plural_parts(tok, title):
            mention = Mention(part.start_char, part.end_char, part.text)
            mention.vote(fine, weight, "cue-title")
            if y := _YEAR_AFTER.match(doc.text[part.end_char:]):
                mention.year = y["y"]
            elif tok.i > 0 and re.fullmatch(r"1[89]\d\d|20\d\d", doc[tok.i - 1].text):
                mention.year = doc[tok.i - 1].text
            out.append(mention)
        if owner := _owner_before(doc, tok.i):
            out.append(owner)
    return out


def _plural_parts(cue, title) -> list:
    """"albums, Static Gardens and Paper Saints": a plural cue announces several titles."""
    ands = [t.i for t in title if t.lower_ in ("and", "&")]
    if cue.tag_ != "NNS" or len(ands) != 1:
        return [title]
    doc, k = title.doc, ands[0]
    left, right = doc[title.start:k], doc[k + 1:title.end]
    if len(left) and len(right) and left[0].text[:1].isupper() and right[0].text[:1].isupper():
        return [left, right]
    return [title]


def _title_after_of(doc: Doc, cue, fine: str) -> Mention | None:
    """"a revival of X", "a cover of Name's X": the work after "<noun> of"."""
    j = cue.i + 1
    if j >= len(doc) or doc[j].lower_ != "of":
        return None
    j += 1
    k = j
    while k < len(doc) and doc[k].text[:1].isupper() and k - j < 4:
        k += 1
    if j < k < len(doc) and doc[k].text in ("'s", "’s", "'", "’"):
        j = k + 1  # skip the owner: "Tennessee Williams' X"
    while j < len(doc) and doc[j].text in ("'", "\"", "‘", "“"):
        j += 1
    span = _title_tokens(doc, j)
    if span is None:
        return None
    title = doc[span[0]:span[1]]
    if any(e.label_ in ("PERSON", "GPE", "NORP") and e.start == title.start and e.end == title.end
           for e in doc.ents):
        return None
    return Mention(title.start_char, title.end_char, title.text).vote(fine, 2.5, "of-cue-title")


def _determined(doc: Doc, cue_i: int) -> bool:
    """True if the cue's noun phrase opens with a determiner: "her third album X"."""
    for t in reversed(doc[max(0, cue_i - 6):cue_i]):
        if t.pos_ in ("DET", "PRON") or t.tag_ in ("PRP$", "POS") or re.fullmatch(
                r"(1[89]|20)\d\d", t.text):
            return True
        in_compound = t.text == "-" or (t.i + 1 < len(doc) and doc[t.i + 1].text == "-") or (
            t.i > 0 and doc[t.i - 1].text == "-")
        if not in_compound and (t.is_punct or t.pos_ in ("VERB", "ADP", "AUX")):
            return False
    return False


def _verb_reading(tok) -> bool:
    """True when a cue word that can be a verb ("record", "show") is one here."""
    if tok.i > 0 and (tok.doc[tok.i - 1].tag_ in ("PRP$", "DT", "POS")
                      or re.fullmatch(r"(?:1[89]|20)\d\d", tok.doc[tok.i - 1].text)):
        return False  # "her 2022 hit X", "the record X": a noun after a determiner or year
    return tok.pos_ in ("VERB", "AUX") and tok.lower_ in lexicon.verb_like_cues()


def _title_before(doc: Doc, cue, fine: str) -> Mention | None:
    """"X, a slow-burning family drama": a title in apposition before "a/an/the ... cue"."""
    i = cue.i - 1
    while i >= 0 and doc[i].lower_ not in ("a", "an", "the") and (
            doc[i].text == "-" or doc[i].like_num
            or (doc[i].text[0].islower() and not doc[i].is_punct)):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("a", "an", "the") or doc[i - 1].text != ",":
        return None
    if cue.dep_ != "appos":
        return None  # "Directed by X, the sequel has ...": a subject, not an apposition
    definite = doc[i].lower_ == "the"
    end = i - 1
    k = end
    while k > 0 and _continues_title(doc, k - 1, doc[k - 2] if k >= 2 else None, doc[k]):
        k -= 1
    if k >= end or not doc[k].text[:1].isupper():
        return None
    if not (doc[k].is_sent_start or doc[k - 1].pos_ in ("ADP", "VERB", "AUX", "PUNCT", "CCONJ")):
        return None
    if definite and doc[k].is_sent_start:
        return None  # "After London, the retrospective travels": a fronted phrase
    title = doc[k:end]
    if title[0].ent_type_ in ("DATE", "TIME", "CARDINAL", "GPE", "NORP") or \
            title.text.lower() in _NOT_TITLES:
        return None
    return Mention(title.start_char, title.end_char, title.text).vote(fine, 2.5, "cue-apposition")


def _title_tokens(doc: Doc, j: int, *, allow_and: bool = False) -> tuple[int, int] | None:
    """Token range of a capitalised title starting at ``j``, if one starts there."""
    if j >= len(doc):
        return None
    first = doc[j]
    if not (first.text[0].isupper() or first.text[0].isdigit()) or first.lower_ in _NOT_TITLES:
        return None
    if first.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
        return None
    k = j + 1
    while k < len(doc) and k - j < 10:
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        joined = allow_and and doc[k].lower_ in ("and", "&") and nxt is not None and \
            nxt.text[:1].isupper() and nxt.pos_ != "DET"
        if not (joined or _continues_title(doc, k, doc[k - 1], nxt)):
            break
        k += 1
    while k > j and doc[k - 1].text in ("-", "&", ":"):
        k -= 1
    return (j, k) if k > j else None


_BREAKING_MINOR = frozenset(["and", "with", "by", "for", "from", "at", "on", "in", "to"])


def _continues_title(doc: Doc, k: int, prev, nxt) -> bool:
    """True if token ``k`` can be part of a title between ``prev`` and ``nxt``."""
    t = doc[k]
    if "\n" in t.text or t.is_space:
        return False
    if t.text[0].isupper() or t.text[0].isdigit() or t.text in ("&", "-", "+", "!"):
        return True
    inner = prev is not None and nxt is not None and prev.text[:1].isupper() and \
        nxt.text[:1].isupper()
    if t.lower_ == "of" and prev is not None and prev.text[:1].isupper() and nxt is not None \
            and nxt.lower_ in ("the", "a") and k + 2 < len(doc) and doc[k + 2].text[:1].isupper():
        return True  # "Queen of the Marsh": "of the" between capitalised words
    if t.lower_ in ("the", "a") and prev is not None and prev.lower_ == "of":
        return nxt is not None and nxt.text[:1].isupper()
    if t.lower_ in MINOR_WORDS and t.lower_ not in _BREAKING_MINOR:
        return inner
    return t.text == ":" and nxt is not None and nxt.text[:1].isupper()


def _owner_before(doc: Doc, cue_i: int) -> Mention | None:
    """A one-word capitalised name right before the cue ("the Stan drama"): a network or studio."""
    i = cue_i - 1
    while i >= 0 and cue_i - i <= 4 and (
            doc[i].text == "-" or (doc[i].text[0].islower() and not doc[i].is_punct)):
        i -= 1
    if i < 1:
        return None
    tok = doc[i]
    prev = doc[i - 1]
    if not tok.whitespace_ or tok.ent_type_ in ("GPE", "LOC", "TIME", "FAC"):
        return None  # "Alaska-set", "Saturday-morning": a modifier, not an owner
    if not tok.text[0].isupper() or tok.pos_ not in ("PROPN", "NOUN") or not (
            prev.lower_ in ("the", "a", "an", "its", "new", "latest", "upcoming", "his", "her",
                            "their") or re.fullmatch(r"1[89]\d\d|20\d\d", prev.text)):
        return None
    if cue_type(tok.text) or tok.ent_type_ in ("DATE", "NORP", "CARDINAL", "ORDINAL"):
        return None
    return Mention(tok.idx, tok.idx + len(tok.text), tok.text).vote("Organization", 1.5,
                                                                    "work-owner")


def possessed_titles(doc: Doc) -> list[Mention]:
    """"Acme's The Long Night": a capitalised "The ..." title owned by an organisation."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.end + 1 >= len(doc) or doc[ent.end].text not in ("'s", "’s"):
            continue
        j = ent.end + 1
        if doc[j].text != "The":
            continue
        span = _title_tokens(doc, j)
        if span is None or span[1] - span[0] < 2:
            continue
        title = doc[span[0]:span[1]]
        out.append(Mention(title.start_char, title.end_char, title.text)
                   .vote("CreativeWork", 2.0, "possessed-title"))
    return out


def _titlecase_line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        if titlecase_line(line):
            spans.append((pos, pos + len(line)))
        pos += len(line)
    return spans
