"""Notable works (P800) are derived from credits in reference text, never in news."""

from __future__ import annotations

import pytest

from kg.build import extract_text
from kg.document import parse_document
from kg.extract.relations.genre import is_reference_text
from kg.extract.relations.notable import notable_work_facts
from kg.model import Article, Entity, Evidence, Extraction, Fact

REFERENCE = (
    '"Harbour Lights" is a 1994 song by Canadian singer Mara Delacroix from her second '
    "studio album Quiet Rooms. The song was written by Tom Aldane and produced by Jules "
    "Okafor. Delacroix performed it on her first tour."
)
NEWS = (
    "Mara Delacroix Shares New Single 'Harbour Lights'\n\n"
    "By Kim Reyes\n\n"
    "Mara Delacroix released her new single \"Harbour Lights\" on Friday. The song was "
    "written by Tom Aldane and produced by Jules Okafor."
)


def _notable(extraction: Extraction) -> set[tuple[str, str]]:
    names = {k: e.name for k, e in extraction.entities.items()}
    return {(names[f.subject], names[f.object]) for f in extraction.facts
            if f.relation == "P800"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    (REFERENCE, True),
    ("Paul Arden (born 1950) was a Welsh stage actor and director. He founded a touring "
     "company in Cardiff.", True),
    (NEWS, False),
    # a news story's body without its headline does not open by defining its subject
    ("Netflix has renewed the drama for a second season, the streamer said on Monday.", False),
    ("It is the band's first album in six years, and fans are thrilled.", False),
])
def test_reference_text_is_told_from_news(nlp, text, expected):
    assert is_reference_text(parse_document(text), nlp(text)) is expected


@pytest.mark.slow
def test_credits_in_reference_text_become_notable_works():
    notable = _notable(extract_text(REFERENCE))
    assert ("Mara Delacroix", "Harbour Lights") in notable
    assert ("Tom Aldane", "Harbour Lights") in notable


@pytest.mark.slow
def test_credits_in_news_do_not_become_notable_works():
    extraction = extract_text(NEWS)
    assert any(f.relation == "P50" or f.relation == "P162" for f in extraction.facts)
    assert _notable(extraction) == set()


def test_only_some_credits_make_notable_works_and_the_best_evidence_is_kept():
    ents = {
        "w": Entity("w", "Film", "Dune"),
        "d": Entity("d", "Person", "Ana Ruiz"),
        "a": Entity("a", "Person", "Ben Cole"),
        "c": Entity("c", "Organization", "Vale Pictures"),
    }
    ev = Evidence("Dune was directed by Ana Ruiz.", 0, 30)
    facts = [
        Fact("w", "P57", "d", ev, "P57.passive", 0.8),
        Fact("w", "P57", "d", ev, "P57.other", 0.9),
        Fact("w", "P161", "a", ev, "P161.stars", 0.9),  # acting is not a notable-work credit
        Fact("w", "P272", "c", ev, "P272.company", 0.9),
    ]
    ex = Extraction(article=Article(text=ev.text), entities=ents, facts=facts)
    derived = notable_work_facts(ex)
    assert [(f.subject, f.relation, f.object) for f in derived] == [("d", "P800", "w")]
    assert derived[0].pattern == "P800.from-P57"
    assert derived[0].confidence == pytest.approx(0.9 * 0.95)
    assert derived[0].evidence == ev
