"""Keep apart works that share a title: "a film called X" in 1958 is not the documentary X.

A work's mentions are split when the text gives them conflicting kinds (a
film and a documentary) or years; mentions that say neither join the work
the article talks about most. The others get their year (or kind) as
disambiguator, so they get IRIs of their own.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from kg.nlp.aliases import Cluster
from kg.nlp.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

_YEAR = re.compile(r"(?<![\d'’])(1[89]\d\d|20\d\d)(?![\d'’]|s\b)")
_GENERIC = {"CreativeWork"}


def mention_kind(m: Mention) -> str | None:
    """The specific kind of work one mention's own cue gives ("Film"), if any."""
    specific = {f: w for f, w in m.votes.items() if f not in _GENERIC and w >= 2.0
                and f not in ("Person", "Organization", "Place", "Event")}
    return max(specific, key=specific.get) if specific else None


def mention_year(doc: Doc, m: Mention, article_year: int | None) -> str | None:
    """The year attached to one mention: "(1995)", "the 1958 film", "In 1958, ... X"."""
    if m.year:
        return m.year
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    before = doc.text[sent.start_char:m.start]
    years = _YEAR.findall(before)
    if len(set(years)) == 1 and (article_year is None or int(years[0]) < article_year - 1):
        return years[0]
    return None


def split_same_titles(doc: Doc, clusters: list[Cluster], article_year: int | None) -> list[Cluster]:
    """Clusters with works of the same title separated, older ones disambiguated."""
    out = []
    for c in clusters:
        if c.coarse != "CreativeWork" or len(c.mentions) < 2:
            out.append(c)
            continue
        out.extend(_split(doc, c, article_year))
    return out


def _split(doc: Doc, c: Cluster, article_year: int | None) -> list[Cluster]:
    keyed: dict[tuple, list[Mention]] = defaultdict(list)
    loose: list[Mention] = []
    for m in c.mentions:
        kind, year = mention_kind(m), mention_year(doc, m, article_year)
        if kind is None and year is None:
            loose.append(m)
        else:
            keyed[(kind, year)].append(m)
    # a mention with a kind but no year joins the group with that kind and a year, and back
    groups: dict[tuple, list[Mention]] = {}
    for (kind, year), ms in sorted(keyed.items(), key=lambda kv: (kv[0][1] is None, str(kv[0]))):
        target = next((k for k in groups if _compatible(k, (kind, year))), None)
        if target is None:
            groups[(kind, year)] = list(ms)
        else:
            groups[target].extend(ms)
            if target[1] is None and year is not None or target[0] is None and kind is not None:
                groups[(target[0] or kind, target[1] or year)] = groups.pop(target)
    if len(groups) < 2:
        return [c]
    main = max(groups, key=lambda k: (len(groups[k]), k[1] is None, k[1] or ""))
    groups[main].extend(loose)
    result = []
    for (kind, year), ms in groups.items():
        sub = Cluster(ms).settle()
        if (kind, year) != main:
            sub.disambiguator = year or (kind.lower() if kind else None)
        result.append(sub)
    return result


def _compatible(a: tuple, b: tuple) -> bool:
    (ka, ya), (kb, yb) = a, b
    if ka and kb and ka != kb:
        return False
    return not (ya and yb and ya != yb)


def most_common_kind(c: Cluster) -> str | None:
    kinds = Counter(k for m in c.mentions if (k := mention_kind(m)))
    return kinds.most_common(1)[0][0] if kinds else None
