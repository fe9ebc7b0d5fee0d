"""Choosing the full name a mention stands for (``names.choose_name``), through both resolvers.

The text (``data/analyze/names.txt``) is written for these tests: two Clintons and two Obamas of
different gender, a husband whose first name must not leak to his wife, an "Obama White House",
a transcript label, people named later only by surname.
"""

from __future__ import annotations

import pytest

from conftest import TEST_DATA
from onrecord.analyze.commitment_spans import ArticleContext
from onrecord.analyze.names import Seen, choose_name, contains_in_order, fits
from onrecord.analyze.speakers import SpeakerResolver

CASES = [  # (mention as written, nth occurrence, expected full name)
    ("Mr. Clinton", 0, "Bill Clinton"),
    ("Mrs. Clinton", 0, "Hillary Clinton"),
    ("Mr. Obama", 0, "Barack Obama"),
    ("Mrs. Obama", 0, "Michelle Obama"),
    ("Fiorina", 2, "Carly Fiorina"),
    ("Grayson", 1, "Alan Grayson"),
    ("Sanders", 1, "Bernie Sanders"),
    ("FALLIN", 0, "Mary Fallin"),
]


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp((TEST_DATA / "analyze" / "names.txt").read_text(encoding="utf-8"))


def _at(text: str, needle: str, nth: int) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos, pos + len(needle)


@pytest.mark.parametrize(("mention", "nth", "expected"), CASES)
def test_speaker_resolver_names(doc, mention, nth, expected):
    assert SpeakerResolver(doc).resolve(*_at(doc.text, mention, nth)) == expected


@pytest.mark.parametrize(("mention", "nth", "expected"), CASES)
def test_article_context_names(doc, mention, nth, expected):
    ctx = ArticleContext(doc, [], None)
    start, end = _at(doc.text, mention, nth)
    tok = doc.char_span(start, end, alignment_mode="expand")[-1]
    assert ctx.fullest(tok) == expected
    assert ctx.name(tok) == expected


def test_institution_is_not_a_person(doc):
    start, end = _at(doc.text, "the Obama White House", 0)
    assert SpeakerResolver(doc).resolve(start, end) == "the Obama White House"
    ctx = ArticleContext(doc, [], None)
    assert "Obama White House" not in ctx.full_names.values()
    assert all("House" not in name for name in ctx.names)


def test_no_first_name_invented(doc):
    ctx = ArticleContext(doc, [], None)
    assert ctx.full_names["fiorina"] == "Carly Fiorina"  # mentioned more than her husband
    assert ctx.full_names["grayson"] == "Alan Grayson"
    assert "Frank Fiorina" in ctx.names


def test_choose_name_rules():
    names = ["Bill Clinton", "Hillary Clinton"]
    seen = [Seen("Hillary Clinton", 0, True), Seen("Bill Clinton", 50, False)]
    assert choose_name(["Clinton"], "Mr.", names, seen, 100) == "Bill Clinton"
    assert choose_name(["Clinton"], "Mrs.", names, seen, 100) == "Hillary Clinton"
    assert choose_name(["Clinton"], None, names, seen, 100) == "Hillary Clinton"  # last subject
    assert choose_name(["Clinton"], None, names, seen, 30) == "Hillary Clinton"
    assert choose_name(["Chelsea", "Clinton"], None, names, seen, 100) is None
    assert choose_name(["Clinton"], None, names, [], 100) in names
    assert choose_name(["TAPPER"], None, ["Jake Tapper"], [], 5) == "Jake Tapper"


def test_fits_needs_words_in_order():
    assert contains_in_order(["Hillary", "Clinton"], "Hillary Rodham Clinton")
    assert not contains_in_order(["Clinton", "Hillary"], "Hillary Rodham Clinton")
    assert not fits(["Obama"], "Michelle Obama", "Mr.")
    assert fits(["Obama"], "Barack Obama", "Mr.")
    assert not fits(["Smith"], "Pat Smith", "Ms.", gender="m")


def test_described_speaker_is_the_head_person(doc):
    resolver = SpeakerResolver(doc)
    assert resolver.resolve(*_at(doc.text, "Brian Fallon, a spokesman for Mrs. Clinton", 0)) == "Brian Fallon"
    assert resolver.resolve(*_at(doc.text, "The Clinton campaign", 0)) == "The Clinton campaign"
