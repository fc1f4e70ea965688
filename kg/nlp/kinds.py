"""What a mention names, from how the name ends and from the words around it.

A name ending in "Festival" or "Awards" is an event, one ending in "Hotel"
or "Hall" a place, one ending in "Records" a label; a name after "record
producer" or before ", who" a person; a name after "airs on" a broadcaster.
Each rule adds a weighted vote to the mention (see ``mentions.Mention``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.model import FINE_TYPES
from kg.nlp import lexicon
from kg.nlp.definitions import bare_relative, definition_votes, org_kind_cues
from kg.nlp.mentions import HONORIFICS, Mention, best_type, fold, line_at, titlecase_line
from kg.nlp.works import cue_type

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SPEECH_VERBS = frozenset([
    "say", "tell", "add", "explain", "recall", "joke", "note", "continue", "reveal", "share",
    "admit", "insist", "confirm", "announce", "write", "describe", "tease", "laugh", "quip"
])
_REPORT_VERBS = frozenset(["say", "announce", "confirm", "tell", "add", "reveal", "report",
                           "note", "explain", "state", "declare", "disclose"])
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_PLUS_SERVICE = re.compile(r"\b(?:[A-Z][\w.&]*\s)?[A-Z][\w.&]+\+(?!\w)")  # not grade "A+"
#: Verbs whose subject is almost always a person in arts news ("Pike plays", "Lee thanked").
_PERSON_VERBS = frozenset([
    "play", "star", "direct", "thank", "host", "perform", "sing", "grow", "marry", "die",
    "shrug", "smile", "nod", "cry", "weep", "dance", "act", "co-star", "costar", "narrate",
    "voice", "portray", "wed", "divorce", "enrol", "enroll", "graduate", "study", "train",
    "retire", "resign", "audition", "tweet", "post", "apologise", "apologize", "praise",
])
_WORK_AFTER = frozenset(["adaptation", "sequel", "prequel", "reboot", "remake", "spinoff",
                         "spin-off", "franchise", "soundtrack"])
_GROUP_MEMBERS = frozenset(["members", "member", "frontman", "frontwoman", "bandmates",
                            "co-founder", "cofounder", "lineup", "line-up"])
_ORG_CORE_SUFFIXES = frozenset(["association", "academy", "institute", "society", "guild",
                                "council", "foundation", "union", "federation", "league",
                                "committee", "club", "network", "alliance", "circle"])


def name_votes(m: Mention) -> None:
    """Votes from the last words of the name: "... Festival", "... Hotel", "... Records"."""
    words = m.text.split()
    if m.rules & {"quoted-title", "cue-title", "of-cue-title", "cue-apposition",
                   "list-title"}:
        return  # a title may end in any word: "Midnight Parade" is a song
    if len(words) > 2 and words[1].lower() == "of" and words[0].lower() in \
            lexicon.venue_first_words():
        m.vote("Venue", 3.0, "name-venue")
        return
    if len(words) > 2 and words[1].lower() == "of" and words[0].lower() in \
            lexicon.org_first_words():
        m.vote("Organization", 3.0, "name-org")
        return
    if len(words) < 2 and not m.text.endswith("+"):
        return
    last = words[-1].lower().strip(".,")
    if re.match(r"^[A-Z]\.\s?[A-Z][a-z]", m.text) and last not in lexicon.org_suffixes() and \
            last not in lexicon.venue_heads() and last not in lexicon.event_heads():
        m.vote("Person", 1.5, "name-initial")  # "W. Kamau Bell", "J. R. Moehringer"
        return
    last2 = " ".join(words[-2:]).lower() if len(words) > 1 else last
    heads = lexicon.event_heads()
    if not words[-1][:1].isupper() and not m.text.endswith("+"):
        return
    if last2 in heads:
        m.vote(heads[last2], 3.0, "name-event")
    elif last in heads:
        m.vote(heads[last], 3.0, "name-event")
    elif last2 in lexicon.venue_heads() or last in lexicon.venue_heads():
        # "Mina Park", "Arsenio Hall": a surname may look like a venue word
        m.vote("Venue", 1.5 if "Person" in m.votes else 3.0, "name-venue")
    elif last2 in lexicon.org_suffixes():
        m.vote(lexicon.org_suffixes()[last2], 3.0, "name-org")
    elif last in lexicon.org_suffixes():
        m.vote(lexicon.org_suffixes()[last], 2.5, "name-org")
    elif m.text.endswith("+"):
        m.vote("StreamingService", 3.0, "name-plus")
    elif last in lexicon.region_heads():
        m.vote("Place", 2.5, "name-region")


def extend_event(doc: Doc, m: Mention) -> None:
    """Take a leading year, ordinal or season into an event's name ("2017 Winter ... Tour")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return
    i = span.start
    seasons = lexicon.seasons()
    while i > 0:
        prev = doc[i - 1]
        if _YEAR.match(prev.text) or _ORDINAL.match(prev.text) or (
                prev.lower_ in seasons and prev.text[0].isupper()) or prev.text == "Annual":
            i -= 1
            continue
        break
    if i < span.start:
        m.start = doc[i].idx
        m.text = doc.text[m.start:m.end]
        m.rules.add("event-extend")


def nested_organizer(doc: Doc, m: Mention) -> Mention | None:
    """The organisation named inside an event's name ("... Film Critics Guild Press Tour")."""
    words = m.text.split()
    heads = lexicon.event_heads()
    seasons = lexicon.seasons()
    i = 0
    while i < len(words) and (_YEAR.match(words[i]) or _ORDINAL.match(words[i])
                              or words[i].lower() in seasons or words[i] == "Annual"):
        i += 1
    j = len(words)
    while j > i:
        if j - 2 >= i and " ".join(words[j - 2:j]).lower() in heads:
            j -= 2
        elif words[j - 1].lower() in heads:
            j -= 1
        else:
            break
    core = words[i:j]
    if len(core) < 2 or core[-1].lower() not in _ORG_CORE_SUFFIXES:
        return None
    offset = len(" ".join(words[:i])) + (1 if i else 0)
    text = " ".join(core)
    start = m.start + offset
    nested = Mention(start, start + len(text), text, section=m.section, nested=True)
    return nested.vote("Organization", 3.0, "event-organizer")


def cue_kind(tok) -> bool:
    """True for a lower-case noun that names a kind of work ("documentary", "novel")."""
    return tok.text[:1].islower() and cue_type(tok.text) is not None


def platform_votes(m: Mention) -> None:
    """A vote for a well-known media platform's kind ("Netflix" is a streaming service)."""
    if m.rules & {"quoted-title", "cue-title", "of-cue-title", "cue-apposition",
                   "list-title"}:
        return
    fine = known_platforms().get(fold(m.text))
    if fine:
        m.vote(fine, 2.5, "known-platform")


@cache
def known_platforms() -> dict[str, str]:
    """The platforms lexicon keyed by folded name."""
    return {fold(k): v for k, v in lexicon.platforms().items()}


def platform_mentions(doc: Doc) -> list[Mention]:
    """Capitalised uses of well-known platform names the tagger missed ("Neon acquired")."""
    out = []
    names = known_platforms()
    for tok in doc:
        if not tok.text[:1].isupper():
            continue
        for n in (3, 2, 1):
            span = doc[tok.i:tok.i + n]
            if len(span) == n and fold(span.text) in names and not span[-1].is_punct and \
                    all(t.text[:1].isupper() or t.text in ("&", "+") for t in span):
                fine = names[fold(span.text)]
                out.append(Mention(span.start_char, span.end_char, span.text)
                           .vote(fine, 1.0, "platform-name"))
                break
    return out


def conjunct_votes(doc: Doc, mentions: list[Mention]) -> None:
    """Names joined by "and" or a list comma are usually of one kind ("CAA and Stone Talent"):
    a weakly typed name takes a vote for its clearly typed neighbour's type."""
    spans = [(m, doc.char_span(m.start, m.end, alignment_mode="expand")) for m in mentions]
    by_root = {s.root.i: m for m, s in spans if s is not None}
    pairs = [(m, by_root[s.root.head.i]) for m, s in spans
             if s is not None and s.root.dep_ == "conj" and s.root.head.i in by_root
             and not _modifier(doc, m)]
    ordered = sorted(mentions, key=lambda m: m.start)
    pairs += [(a, b) for a, b in zip(ordered, ordered[1:], strict=False)
              if doc.text[a.end:b.start] in (" and ", " & ")
              and doc.text[b.end:b.end + 1] not in ("'", "’")  # not "... and B's Cy"
              and not _modifier(doc, b)]
    for m, other in pairs:
        if any(doc.text[x.start - 4:x.start] == "the " for x in (m, other)):
            continue  # "Ann Lee and the Acme Company": a person beside an organisation
        for a, b in ((m, other), (other, m)):
            winner, fine, margin = best_type(b.votes)
            if margin >= 1.0 and max(a.votes.values(), default=0.0) <= 1.0 and \
                    best_type(a.votes)[0] != winner:
                a.vote(fine, 1.5, "conjunct")


def _modifier(doc: Doc, m: Mention) -> bool:
    """True for a name modifying the nouns after it, before another name: "Denver rapper
    Cy", "Denver surf rockers The Tides"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    k = span.end if span is not None else len(doc)
    while k < len(doc) and k - span.end < 2 and doc[k].text[0].islower() and doc[k].is_alpha \
            and (doc[k].pos_ == "NOUN" or k > span.end and doc[k].pos_ == "VERB"):
        k += 1  # "garage rockers", the second word sometimes read as a verb
    return span is not None and k > span.end and k < len(doc) and doc[k].text[:1].isupper()


def plus_services(doc: Doc) -> list[Mention]:
    """Streaming services written with a plus: "Name+", "Name TV+"."""
    out = []
    for match in _PLUS_SERVICE.finditer(doc.text):
        out.append(Mention(match.start(), match.end(), match.group())
                   .vote("StreamingService", 3.0, "name-plus"))
    return out


def context_votes(doc: Doc, m: Mention) -> None:
    """Votes from the words around the mention: a job title before, ", who" after, ..."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return
    occupations = lexicon.occupation_heads()
    kin = set(lexicon.occupation_data()["kinship"])
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    after2 = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if before is not None and not before.is_punct:
        word = before.lower_
        if word in occupations and word not in ("star", "legend", "icon"):
            m.vote("Person", 3.0, "after-occupation")
        elif word in kin or word.split("-")[-1] in occupations:
            m.vote("Person", 3.0, "after-role")
        elif word in HONORIFICS and before.text[0].isupper():
            m.vote("Person", 3.0, "after-honorific")
    if before is not None and before.text == "," and span.start >= 3 and \
            doc[span.start - 2].lower_ in occupations and doc[span.start - 2].pos_ == "NOUN" and \
            any(t.dep_ == "poss" or t.lower_ in ("the", "its", "their", "his", "her")
                for t in doc[max(0, span.start - 5):span.start - 2]):
        m.vote("Person", 2.5, "after-occupation-comma")  # "its chief conductor, X"
    if after is not None and (after.lower_ == "who" or (after.text == "," and after2 is not None
                                                        and after2.lower_ == "who")) and \
            span.root.dep_ != "pobj":
        m.vote("Person", 1.5, "before-who")
    if before is not None and before.lower_ in org_kind_cues() and before.text[0].islower() \
            and not bare_relative(doc, before.i, span.end):
        m.vote(org_kind_cues()[before.lower_], 3.0, "after-org-cue")
    if before is not None and before.lower_ in ("on", "for") and span.start >= 2 and \
            doc[span.start - 2].text in ("writer", "producer", "showrunner", "director",
                                          "editor", "star", "regular") and \
            "Person" not in m.votes and (after is None or after.text not in ("'s", "’s")):
        m.vote("CreativeWork", 1.5, "worked-on")
    if before is not None and before.lower_ in ("at", "for") and span.start >= 2 and \
            doc[span.start - 2].text in occupations and "Person" not in m.votes:
        m.vote("Organization", 1.0, "employer")
    if after is not None:
        definition_votes(doc, m, span)
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in _SPEECH_VERBS:
        m.vote("Person", 1.0 if "Organization" in m.coarse_votes() else 1.5, "speaker")
    elif root.dep_ == "nsubj" and root.head.lemma_.lower() in _PERSON_VERBS and \
            root.head.pos_ in ("VERB", "AUX"):
        m.vote("Person", 1.0 if "Organization" in m.votes else 1.5, "person-verb")
    elif after is not None and after.lemma_.lower() in _PERSON_VERBS and \
            after.tag_ in ("VBZ", "VBD") and span.start == span.sent.start:
        m.vote("Person", 1.0, "person-verb")  # "Lee plays ...", however it was parsed
    elif root.dep_ == "nsubjpass" and root.head.lemma_.lower() in ("represent", "bear",
                                                                     "survive", "cast"):
        m.vote("Person", 1.5, "person-passive")  # "X is represented by ...", "X was born"
    if before is not None and before.lower_ == "by" and span.start >= 2 and \
            cue_kind(doc[span.start - 2]) and "known-platform" not in m.rules:
        m.vote("Person", 1.5, "work-by")  # "a documentary by Ann Lee"
    if after is not None and (after.lower_ == "starring" or (
            after.text == "," and after2 is not None and after2.lower_ == "starring")):
        m.vote("CreativeWork", 1.5, "before-starring")
    if before is not None and before.lower_ == "of" and span.start >= 2 and \
            doc[span.start - 2].lower_ in _GROUP_MEMBERS:
        m.vote("MusicGroup", 2.0, "member-of")  # "the five members of X", "frontman of X"
    if after is not None and after.lower_ in _WORK_AFTER and max(m.votes.values(), default=0) \
            <= 1.0 and "Person" not in m.votes:
        m.vote("CreativeWork", 1.5, "before-work-noun")  # "the Narnia adaptation"
    if root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.lemma_.lower() in (
            "play", "appear", "star", "feature", "cameo", "debut", "co-star") and \
            max(m.votes.values(), default=0) <= 1.0 and "Person" not in m.votes:
        m.vote("CreativeWork", 1.5, "appeared-in")  # "a role she first played in Night Owl"
    if before is not None and before.lower_ in ("near", "outside") and len(span) <= 3:
        m.vote("Place", 1.5, "place-preposition")
    if before is not None and before.lower_ == "by" and span.start >= 2 and \
            doc[span.start - 2].lower_ in lexicon.production_verbs() and "Person" not in m.votes:
        m.vote("Organization", 1.5, "produced-by")
    if m.text.split()[0] in ("East", "West", "North", "South", "Upper", "Lower", "Greater",
                             "Northern", "Southern", "Eastern", "Western", "Central") and \
            len(m.text.split()) > 1 and "Person" not in m.votes:
        m.vote("Place", 1.5, "name-compass")
    if before is not None and before.text == "(" and after is not None and after.text == ")" \
            and span.start >= 2 and doc[span.start - 2].pos_ == "NOUN" and len(span) <= 3:
        m.vote("Person", 2.0, "parenthesised-actor")  # "a shipwrecked sailor (Paul Mescal)"
    if before is not None and before.lower_ == "on" and span.start >= 2 and len(span) <= 3:
        verbs = lexicon.platform_verbs()
        if any(t.lower_ in verbs for t in doc[max(span.sent.start, span.start - 5):span.start]):
            m.vote("Organization", 1.5, "posted-on")
    if before is not None and before.lower_ in ("on", "via") and len(span) <= 4:
        sent = span.sent
        verbs = lexicon.broadcast_verbs()
        if any(t.lower_ in verbs for t in doc[sent.start:span.start]):
            m.vote("Broadcaster" if before.lower_ == "on" else "Organization", 2.0,
                   "broadcast-on")


def definite_descriptions(doc: Doc, mentions: list[Mention]) -> None:
    """"..., the museum said": a definite kind noun types the name it refers back to.

    The antecedent is the nearest earlier mention in the same or the previous
    sentence, preferring subjects, whose votes do not already say otherwise.
    """
    kinds = lexicon.anaphora_kinds()
    spans = [(m, doc.char_span(m.start, m.end, alignment_mode="expand")) for m in mentions]
    spans = [(m, s) for m, s in spans if s is not None]
    for tok in doc:
        kind = kinds.get(tok.lower_)
        if kind is None or not tok.text[0].islower():
            continue
        if not any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
            continue
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _REPORT_VERBS:
            continue  # only "the museum said", "the streamer announced"
        if any(s.start <= tok.i < s.end for _, s in spans):
            continue
        sent = tok.sent
        earliest = sent.start
        if sent.start > 0:
            earliest = doc[sent.start - 1].sent.start
        coarse = FINE_TYPES.get(kind, kind)
        cands = []
        for m, s in spans:
            if not (earliest <= s.start and s.end <= tok.i):
                continue
            winner, _, margin = best_type(m.votes)
            if winner != coarse and margin >= 1.5:
                continue
            subj = next((t for t in s if t.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                cands.append((_depth(subj.head), -s.start, m))
        if cands:
            min(cands, key=lambda c: (c[0], c[1]))[2].vote(kind, 2.0, "definite-description")


def _depth(tok) -> int:
    """How many heads above ``tok`` its sentence's root lies (a main clause is shallow)."""
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok = tok.head
        depth += 1
    return depth


def kind_headed_names(doc: Doc) -> list[Mention]:
    """Capitalised names that end in a word of their kind and that spaCy missed:
    "The Riverbend Music Festival", "the Hollis Street Theatre", "Quiet Harbor Records"."""
    heads = set(lexicon.event_heads()) | lexicon.venue_heads() | set(lexicon.org_suffixes())
    roles = lexicon.occupation_heads() | {"senior", "chief", "staff", "deputy", "associate"}
    out = []
    for tok in doc:
        if tok.lower_ not in heads or not tok.text[0].isupper() or tok.ent_type_:
            continue
        line = line_at(doc.text, tok.idx)
        if titlecase_line(line) or re.match(r"(?i)(?:written\s+|words\s+)?by\s", line):
            continue
        i = tok.i
        while i > 0 and tok.i - i < 5:
            prev = doc[i - 1]
            name_word = prev.is_alpha and prev.text[0].isupper() and prev.pos_ in (
                "PROPN", "NOUN", "ADJ")
            linker = prev.lower_ in ("of", "&", "and") and i >= 2 and doc[i - 2].text[:1].isupper()
            if not (name_word or linker):
                break
            i -= 1
        if i == tok.i or doc[i].lower_ in ("of", "and", "&"):
            continue
        if doc[i].is_sent_start and doc[i].pos_ != "PROPN" and i + 1 == tok.i:
            continue  # "Festival organisers ...": one common word at a sentence start
        span = doc[i:tok.i + 1]
        if all(t.lower_ in roles or t.is_upper for t in span[:-1]):
            continue  # "Senior TV Reporter": a job title, not a name
        m = Mention(span.start_char, span.end_char, span.text)
        name_votes(m)
        if m.votes:
            m.rules.add("kind-headed-name")
            out.append(m)
    return out
