"""The scoring rules' building blocks: vocabulary, name matching, ontology mapping.

They restate ``shared/eval/README.md``: properties map to Wikidata ids and
classes to the five coarse types through the ontology, names compare after
normalisation. ``kg.evaluate`` uses them to align and count.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDFS, SKOS
from rdflib.term import Node

#: The relation vocabulary: only properties mapped to these ids are scored.
VOCABULARY = frozenset({
    "P57", "P58", "P161", "P162", "P50", "P170", "P175", "P86", "P921", "P449",
    "P750", "P272", "P264", "P577", "P144", "P179", "P19", "P20", "P136", "P1441",
    "P585", "P580", "P582", "P276", "P131", "P17", "P106", "P108", "P463", "P26",
    "P1327", "P40", "P3373", "P710", "P664", "P1113", "P941", "P166", "P1411",
    "P569", "P570", "P800", "P453",
})
#: Relations that match in either direction (spouse, partner, sibling).
SYMMETRIC = frozenset({"P26", "P1327", "P3373"})

_WD_PROP = re.compile(
    r"^https?://www\.wikidata\.org/(?:prop/direct|prop|entity|wiki/Property:)/?(P\d+)$")
SCHEMA_PREFIXES = ("https://schema.org/", "http://schema.org/")
_FOAF_NAME = URIRef("http://xmlns.com/foaf/0.1/name")
NAME_PREDICATES = (
    RDFS.label, SKOS.prefLabel, SKOS.altLabel, _FOAF_NAME,
    *(URIRef(p + "name") for p in SCHEMA_PREFIXES),
    *(URIRef(p + "alternateName") for p in SCHEMA_PREFIXES),
)

# Common schema.org subclasses of each coarse type, so that a graph typed with
# schema.org terms is understood without its ontology restating schema.org.
_SCHEMA_SUBCLASSES: dict[str, str] = {
    "Person": "Person Patient",
    "Organization": (
        "Organization Corporation MusicGroup PerformingGroup TheaterGroup DanceGroup "
        "NewsMediaOrganization EducationalOrganization CollegeOrUniversity SportsTeam "
        "SportsOrganization GovernmentOrganization NGO LocalBusiness MusicLabel Airline "
        "Consortium FundingScheme LibrarySystem MedicalOrganization OnlineBusiness "
        "PoliticalParty ResearchOrganization WorkersUnion Project EntertainmentBusiness "
        "MovieTheater NightClub LodgingBusiness Hotel"),
    "Place": (
        "Place City State Country AdministrativeArea LocalBusiness Hotel LodgingBusiness "
        "CivicStructure Landmark LandmarksOrHistoricalBuildings TouristAttraction EventVenue "
        "MusicVenue MovieTheater PerformingArtsTheater StadiumOrArena Museum Accommodation "
        "Residence Continent BodyOfWater Mountain Park Airport Building NightClub "
        "EntertainmentBusiness SchoolDistrict TouristDestination"),
    "CreativeWork": (
        "CreativeWork Movie TVSeries TVSeason TVEpisode Episode CreativeWorkSeries "
        "CreativeWorkSeason MovieSeries BookSeries MusicAlbum MusicRecording "
        "MusicComposition MusicPlaylist MusicRelease Book Article NewsArticle Report "
        "BlogPosting Photograph ImageObject VisualArtwork Painting Play Clip MovieClip "
        "RadioSeries RadioEpisode PodcastSeries PodcastEpisode VideoGame Game VideoObject "
        "MediaObject Periodical Newspaper Poster Quotation Review Series Chapter Thesis "
        "WebSite SoftwareApplication Comment Drawing Sculpture"),
    "Event": (
        "Event PublicationEvent BroadcastEvent OnDemandEvent ScreeningEvent Festival "
        "MusicEvent TheaterEvent SocialEvent BusinessEvent SportsEvent ComedyEvent "
        "EducationEvent ExhibitionEvent FoodEvent LiteraryEvent SaleEvent DanceEvent "
        "ChildrensEvent DeliveryEvent Hackathon EventSeries CourseInstance VisualArtsEvent "
        "UserInteraction"),
}
SCHEMA_COARSE: dict[str, frozenset[str]] = {}
for _coarse, _names in _SCHEMA_SUBCLASSES.items():
    for _name in _names.split():
        SCHEMA_COARSE[_name] = SCHEMA_COARSE.get(_name, frozenset()) | {_coarse}

_SUFFIX_FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads",
                   ".jsonld": "json-ld", ".rdf": "xml", ".owl": "xml", ".n3": "n3"}


def norm(text: Any) -> str:
    """A name for comparison: NFKC, case-folded, no quotes or punctuation, no leading "the"."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = re.sub(r"[\u2018\u2019\u201c\u201d'\"`]", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def load_rdf(path: Path, into: Graph) -> None:
    """Add the triples of an RDF file to ``into`` (quads lose their graph); other files
    are skipped."""
    fmt = _SUFFIX_FORMATS.get(path.suffix)
    if fmt is None:
        return
    if fmt in ("trig", "nquads"):
        ds = Dataset()
        ds.parse(path, format=fmt)
        for s, p, o, _ in ds.quads((None, None, None, None)):
            into.add((s, p, o))
    else:
        into.parse(path, format=fmt)


def names_of(graph: Graph, node: Node) -> set[str]:
    """The normalised labels and names of a node."""
    names = {norm(o) for p in NAME_PREDICATES for o in graph.objects(node, p)
             if isinstance(o, Literal)}
    return names - {""}


def literal_matches(gold_obj: dict[str, Any], graph: Graph, obj: Node) -> bool:
    """Whether an extracted object matches a gold date, number or text value.

    A date matches when it begins with the gold value (no made-up precision);
    a text matches any listed alternative, read from the literal or from the
    labels of the node it names.
    """
    if "date" in gold_obj:
        return isinstance(obj, Literal) and str(obj).strip().startswith(gold_obj["date"])
    if "number" in gold_obj:
        try:
            return isinstance(obj, Literal) and float(str(obj)) == float(gold_obj["number"])
        except ValueError:
            return False
    if "text" in gold_obj:
        alternatives = {norm(t) for t in gold_obj["text"]}
        found = {norm(obj)} if isinstance(obj, Literal) else names_of(graph, obj)
        return bool(alternatives & found)
    return False


class OntologyMapping:
    """Property -> Wikidata ids and class -> coarse types, as an ontology declares them."""

    def __init__(self, onto: Graph):
        self.onto = onto
        self._pids: dict[Node, set[str]] = {}
        self._coarse: dict[Node, set[str]] = {}
        self.inverse: dict[Node, set[Node]] = defaultdict(set)
        for a, b in onto.subject_objects(OWL.inverseOf):
            self.inverse[a].add(b)
            self.inverse[b].add(a)

    def pids(self, prop: Node) -> set[str]:
        """The Wikidata ids of the nearest mapped properties (breadth first)."""
        if prop not in self._pids:
            self._pids[prop] = self._walk_property(prop)
        return self._pids[prop]

    def coarse(self, cls: Node) -> set[str]:
        """Every coarse type that ``cls`` is a subclass or equivalent of."""
        if cls not in self._coarse:
            self._coarse[cls] = self._walk_class(cls)
        return self._coarse[cls]

    def _walk_property(self, prop: Node) -> set[str]:
        o = self.onto
        seen, frontier = {prop}, [prop]
        while frontier:
            found = {m.group(1) for p in frontier if (m := _WD_PROP.match(str(p)))}
            if found:
                return found
            step = []
            for p in frontier:
                for n in (*o.objects(p, OWL.equivalentProperty),
                          *o.subjects(OWL.equivalentProperty, p),
                          *o.objects(p, RDFS.subPropertyOf),
                          *o.objects(p, SKOS.exactMatch), *o.subjects(SKOS.exactMatch, p)):
                    if n not in seen:
                        seen.add(n)
                        step.append(n)
            frontier = step
        return set()

    def _walk_class(self, cls: Node) -> set[str]:
        o = self.onto
        out: set[str] = set()
        seen, frontier = {cls}, [cls]
        while frontier:
            step = []
            for c in frontier:
                iri = str(c)
                for prefix in SCHEMA_PREFIXES:
                    if iri.startswith(prefix):
                        out |= SCHEMA_COARSE.get(iri[len(prefix):], frozenset())
                for n in (*o.objects(c, RDFS.subClassOf), *o.objects(c, OWL.equivalentClass),
                          *o.subjects(OWL.equivalentClass, c), *o.objects(c, SKOS.exactMatch)):
                    if isinstance(n, URIRef) and n not in seen:
                        seen.add(n)
                        step.append(n)
            frontier = step
        return out
