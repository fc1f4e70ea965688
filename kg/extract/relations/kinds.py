"""Kinds of things, named by common nouns: "the film", "the network", "a 1995 album".

A kind noun lets a relation pattern speak of an entity without its name: it
stands for a named entity next to it ("the documentary The Wire", "a film
called X", "X is a 1995 film") or, with "the", for the most recent entity of
that kind. Each kind lists the fine classes (``kg.model.FINE_TYPES``) it can
refer to, best first; its coarse type is that of the first.
"""

from __future__ import annotations

from kg.model import FINE_TYPES, Entity

_FILM = ("Film", "Documentary", "CreativeWork")
_DOC = ("Documentary", "Film", "TVSeries", "CreativeWork")
_SERIES = ("TVSeries", "Documentary", "CreativeWork")
_ALBUM = ("MusicAlbum", "CreativeWork")
_SONG = ("Song", "CreativeWork")
_BOOK = ("Book", "CreativeWork")
_GENRE = ("Film", "TVSeries", "Documentary", "CreativeWork")

#: Lemma of a kind noun -> the fine classes it may refer to, best first.
KINDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("film", "movie", "feature", "biopic", "remake", "sequel", "prequel",
                     "musical"), _FILM),
    **dict.fromkeys(("documentary", "doc", "docuseries", "docudrama", "docu-series"), _DOC),
    **dict.fromkeys(("series", "show", "sitcom", "miniseries", "docuseries",
                     "programme", "program", "serial", "anthology", "season",
                     "telenovela", "soap"), _SERIES),
    **dict.fromkeys(("drama", "comedy", "thriller", "romcom", "horror", "western", "satire",
                     "mystery", "procedural", "adaptation", "caper", "romance", "epic",
                     "saga", "whodunit", "melodrama", "dramedy", "portrait"), _GENRE),
    **dict.fromkeys(("script", "screenplay", "teleplay", "score", "cast"), ("Film", "TVSeries",
                                                                           "Episode",
                                                          "Documentary", "CreativeWork")),
    "episode": ("Episode", "CreativeWork"),
    "finale": ("Episode", "CreativeWork"),
    "pilot": ("Episode", "CreativeWork"),
    **dict.fromkeys(("album", "ep", "lp", "mixtape", "compilation", "soundtrack", "record"),
                    _ALBUM),
    **dict.fromkeys(("song", "single", "track", "ballad", "anthem", "tune"), _SONG),
    **dict.fromkeys(("book", "novel", "memoir", "biography", "autobiography", "novella",
                     "comic", "manga", "poem"), _BOOK),
    **dict.fromkeys(("photo", "photograph"), ("Photograph", "CreativeWork")),
    **dict.fromkeys(("network", "channel", "broadcaster", "station"),
                    ("Broadcaster", "Organization")),
    **dict.fromkeys(("streamer",), ("StreamingService", "Organization")),
    "label": ("RecordLabel", "Organization"),
    **dict.fromkeys(("band", "group", "duo", "trio", "quartet", "orchestra", "ensemble"),
                    ("MusicGroup", "Organization")),
    **dict.fromkeys(("studio", "company", "firm", "distributor", "publisher"),
                    ("Company", "Organization")),
    "agency": ("Agency", "Organization"),
    **dict.fromkeys(("festival",), ("Festival", "Event")),
    **dict.fromkeys(("ceremony", "gala", "awards"), ("AwardCeremony", "Event")),
    **dict.fromkeys(("premiere", "screening"), ("Premiere", "Event")),
    **dict.fromkeys(("concert", "tour", "gig"), ("Concert", "Event")),
    **dict.fromkeys(("conference", "panel", "junket", "convention", "summit", "event"),
                    ("PressEvent", "Event")),
    **dict.fromkeys(("hotel", "theater", "theatre", "venue", "arena", "stadium", "club",
                     "hall", "auditorium", "cinema", "museum", "gallery"), ("Venue", "Place")),
    **dict.fromkeys(("city", "town", "village"), ("City", "Place")),
    **dict.fromkeys(("country", "nation"), ("Country", "Place")),
    **dict.fromkeys(("state", "province", "county", "region"), ("AdministrativeArea", "Place")),
}

#: Parts of a work that stand for it ("the script" of the film spoken of): they never
#: introduce a new work.
PART_KINDS = frozenset({"script", "screenplay", "teleplay", "score", "cast"})

#: Genre words name a work without saying whether it is a film or a series.
GENRE_KINDS = frozenset(k for k, v in KINDS.items() if v == _GENRE)

#: Kinds that may be said of a work in its describing copula ("X is a 1995 film").
WORK_KINDS = frozenset(k for k, v in KINDS.items() if FINE_TYPES.get(v[0]) == "CreativeWork")


def kind_types(lemma: str) -> tuple[str, ...]:
    """The fine classes a kind noun may refer to (empty when it names no kind)."""
    return KINDS.get(lemma.lower(), ())


def coarse_of(type_: str) -> str:
    return FINE_TYPES.get(type_, type_)


def type_matches(entity: Entity, types: tuple[str, ...] | list[str] | frozenset[str]) -> bool:
    """True when the entity's fine class or its coarse type is one of ``types``.

    An empty ``types`` accepts anything.
    """
    return not types or entity.type in types or entity.coarse_type in types


def kind_accepts(lemma: str, entity: Entity) -> bool:
    """Whether a kind noun may refer to the entity: same fine class, or an untyped one
    of the same coarse type (an entity the tagger only knows as a creative work)."""
    fines = kind_types(lemma)
    if not fines:
        return False
    if fines[0] == "Episode":  # "the finale" is not the series it belongs to
        return entity.type == "Episode"
    if entity.type in fines:
        return True
    coarse = coarse_of(fines[0])
    return entity.coarse_type == coarse and entity.type == coarse


def kind_rank(lemma: str, entity: Entity) -> int:
    """How well the entity fits the kind noun: 0 for its first class or an entity known
    only by its coarse type (no evidence against it), more for a looser fit."""
    fines = kind_types(lemma)
    if entity.type == entity.coarse_type:
        return 0
    return fines.index(entity.type) if entity.type in fines else len(fines)
