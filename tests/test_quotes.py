"""Reported speech: quotations found, told from titles, and given their speakers."""

from __future__ import annotations

import re

import pytest

from kg.extract.quotes import _is_speech, extract_quotes, find_quotations
from kg.model import Article, Entity, Extraction, Span


def _extraction(text: str, people: dict[str, list[str]]) -> Extraction:
    ex = Extraction(article=Article(text=text))
    taken: set[int] = set()
    names = sorted(((n, key) for key, ns in people.items() for n in ns), key=lambda x: -len(x[0]))
    for name, key in names:
        ent = ex.entities.get(key) or ex.add_entity(Entity(key=key, type="Person", name=key))
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if taken.isdisjoint(range(m.start(), m.end())):
                taken.update(range(m.start(), m.end()))
                ent.mentions.append(Span(m.start(), m.end()))
    return ex


def _speakers(nlp, text, people):
    quotes = extract_quotes(nlp(text), _extraction(text, people))
    return [(q.text, q.speaker) for q in quotes]


def test_quotations_are_found_per_paragraph_with_offsets():
    text = 'He said "one two three" and left.\n\n\u201cCurly ones work too,\u201d she said.'
    spans = find_quotations(text)
    assert [text[s.start:s.end] for s in spans] == ["one two three", "Curly ones work too,"]
    assert [s.para for s in spans] == [0, 1]


def test_a_quotation_left_open_ends_with_its_paragraph():
    text = '"We went on and on.\n\n"And then we stopped," she said.'
    spans = find_quotations(text)
    assert [text[s.start:s.end] for s in spans] == ["We went on and on.", "And then we stopped,"]
    assert all(s.opens_para for s in spans)


@pytest.mark.parametrize("quoted, speech", [
    ("We shot for six weeks with no water,", True),
    ("The Defiant Ones", False),
    ("Undertow", False),
    ("Best Picture Winner", False),
])
def test_speech_is_told_from_titles(quoted, speech):
    assert _is_speech(quoted) is speech


@pytest.mark.slow
def test_speaker_after_the_quotation(nlp):
    text = '"We shot for six weeks with almost no water," Ana Ruiz said in an interview.'
    assert _speakers(nlp, text, {"Ana Ruiz": ["Ana Ruiz"]}) == [
        ("We shot for six weeks with almost no water,", "Ana Ruiz")]


@pytest.mark.slow
def test_inverted_verb_and_alias(nlp):
    text = ("Ana Ruiz directed the film.\n\n"
            '"It was the hardest thing I have done," said Ruiz.')
    assert _speakers(nlp, text, {"Ana Ruiz": ["Ana Ruiz", "Ruiz"]}) == [
        ("It was the hardest thing I have done,", "Ana Ruiz")]


@pytest.mark.slow
def test_speaker_before_the_quotation(nlp):
    text = 'Tom Reed added: "Nobody wrote any of it down for a century."'
    assert _speakers(nlp, text, {"Tom Reed": ["Tom Reed"]})[0][1] == "Tom Reed"


@pytest.mark.slow
def test_pronoun_speaker_and_a_second_quotation_in_the_paragraph(nlp):
    text = ("Tom Reed spent a year on the island.\n\n"
            '"I did not sleep much," he said. "The wind never stops out there."')
    assert _speakers(nlp, text, {"Tom Reed": ["Tom Reed"]}) == [
        ("I did not sleep much,", "Tom Reed"), ("The wind never stops out there.", "Tom Reed")]


@pytest.mark.slow
def test_quotation_continued_in_the_next_paragraph(nlp):
    text = ('"We wanted the record to sound like winter," Mia Stone said.\n\n'
            '"Then the producer pushed us to keep the mistakes in."\n\n'
            "The band tours in April.")
    quotes = _speakers(nlp, text, {"Mia Stone": ["Mia Stone"]})
    assert quotes[1] == ("Then the producer pushed us to keep the mistakes in.", "Mia Stone")


@pytest.mark.slow
def test_a_name_inside_the_quotation_is_not_its_speaker(nlp):
    text = ('Ada Fox won the prize.\n\n'
            '"Tom mortgaged our apartment for this movie," she said, laughing.')
    quotes = _speakers(nlp, text, {"Ada Fox": ["Ada Fox"], "Tom Reed": ["Tom"]})
    assert quotes == [("Tom mortgaged our apartment for this movie,", "Ada Fox")]


@pytest.mark.slow
def test_titles_in_quotes_are_not_quotations(nlp):
    text = 'The band released "Undertow" on Tuesday.'
    assert _speakers(nlp, text, {}) == []


@pytest.mark.slow
def test_unattributed_quotation_has_no_speaker(nlp):
    text = 'The sign on the door read "closed for the whole summer season".'
    assert _speakers(nlp, text, {"Tom Reed": ["Tom Reed"]}) == [
        ("closed for the whole summer season", None)]
