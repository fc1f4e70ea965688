"""The data every stage passes on: an article's extraction, before it is RDF.

Offsets are character offsets (Unicode code points) into the article's text,
so evidence can always be shown in context.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: The key facts use for the article itself (its author, its subjects).
ARTICLE_KEY = "article"

#: Coarse entity types; finer classes of the ontology refine them.
COARSE_TYPES = ("Person", "Organization", "Place", "CreativeWork", "Event")

#: Fine class (a local name in the kg ontology) -> its coarse type.
FINE_TYPES = {
    "Person": "Person",
    "Organization": "Organization",
    "Broadcaster": "Organization",
    "StreamingService": "Organization",
    "Company": "Organization",
    "Agency": "Organization",
    "RecordLabel": "Organization",
    "MusicGroup": "Organization",
    "Place": "Place",
    "Country": "Place",
    "AdministrativeArea": "Place",
    "City": "Place",
    "Venue": "Place",
    "CreativeWork": "CreativeWork",
    "NewsArticle": "CreativeWork",
    "Film": "CreativeWork",
    "TVSeries": "CreativeWork",
    "Documentary": "CreativeWork",
    "Episode": "CreativeWork",
    "MusicAlbum": "CreativeWork",
    "Song": "CreativeWork",
    "Book": "CreativeWork",
    "Photograph": "CreativeWork",
    "Event": "Event",
    "PressEvent": "Event",
    "Premiere": "Event",
    "Festival": "Event",
    "AwardCeremony": "Event",
    "Concert": "Event",
}


@dataclass(frozen=True)
class Span:
    """A stretch of the article text, ``text[start:end]``."""

    start: int
    end: int


@dataclass
class Entity:
    """One real-world thing the article speaks of, with every name it uses.

    ``key`` is unique within one extraction; ``disambiguator`` (such as a
    release year) keeps apart things that share a name and type.
    """

    key: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    disambiguator: str | None = None

    @property
    def coarse_type(self) -> str:
        return FINE_TYPES.get(self.type, self.type)


@dataclass(frozen=True)
class DateValue:
    """A date at the precision the text gives: ``2017``, ``2017-07`` or ``2017-07-09``."""

    iso: str


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and its offsets in the article."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class TextValue:
    """A plain-text object, such as an occupation ("record producer")."""

    text: str


@dataclass
class Fact:
    """A relation between an entity and an entity or value, with its evidence.

    ``relation`` is the Wikidata property id of the vocabulary ("P57"); the
    ontology maps it to its own property. ``subject`` and an entity ``object``
    are entity keys, or ``ARTICLE_KEY`` for the article.
    """

    subject: str
    relation: str
    object: str | DateValue | TextValue | int
    evidence: Evidence | None = None
    pattern: str = "unknown"
    confidence: float = 1.0


@dataclass
class Quote:
    """Words the article quotes, attributed to the entity who said them."""

    text: str
    speaker: str | None
    start: int
    end: int


@dataclass
class Article:
    """The article itself: what it says about its own publication."""

    text: str
    headline: str | None = None
    date_published: dt.date | None = None
    url: str | None = None
    source: str | None = None


@dataclass
class Extraction:
    """Everything read from one article."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def add_entity(self, entity: Entity) -> Entity:
        self.entities[entity.key] = entity
        return entity
