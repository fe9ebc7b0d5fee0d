"""Topics: key nouns of a statement's content, synonyms folded by the seed lexicon."""

from __future__ import annotations

import pytest

from onrecord.analyze.topics import assign_topics, singular, text_topics, topic_terms
from onrecord.models import Commitment, Statement


def _span(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return (start, start + len(fragment))


def test_text_topics_fold_synonyms_and_plurals():
    found = text_topics("New tariffs and higher taxes on migrants; a cease-fire, then a truce, and sanctions.")
    assert found == {"tariffs": 1, "taxes": 1, "immigration": 1, "ceasefire": 2, "sanctions": 1}
    assert text_topics("The weather was pleasant.") == {}


def test_singular_and_terms():
    assert [singular(w) for w in ("taxes", "tariffs", "policies", "status", "bus")] == [
        "tax", "tariff", "policy", "status", "bus"]
    assert {"truce", "ceasefire"} <= topic_terms("ceasefire")
    assert topic_terms("seawall") == {"seawall"}  # a topic outside the lexicon stands for itself


@pytest.mark.slow
def test_topics_on_the_sample_page(sample_page, nlp):
    text = sample_page.read_text(encoding="utf-8")
    doc = nlp(text)
    before = Statement("Trump", None, None, [_span(text, "I want to see a ceasefire rapidly.")], "direct")
    after = Statement("Trump", None, None, [_span(
        text, "go directly to a Peace Agreement, which would end the war, and not a mere Ceasefire Agreement")],
        "direct")
    chat = Statement("Trump", None, None, [_span(text, "I always had a great relationship with President Putin")],
                     "direct")
    promise = Commitment("promise", "Donald Trump", (0, 1), (0, 1),
                         _span(text, "he would end the Russia-Ukraine war in the first 24 hours of his presidency"))
    assign_topics(doc, [before, after, chat], [promise])
    assert before.topic == "ceasefire"
    # "peace deal", "war" and "ceasefire" compete; ceasefire is the article's central issue.
    assert after.topic == "ceasefire"
    assert chat.topic is None  # "relationship" is on the stoplist: no topic rather than a wrong one
    assert promise.topic == "war"  # not a seed topic: the key noun itself


@pytest.mark.slow
def test_topics_on_sentences_of_my_own(nlp):
    text = ("The governor said the new tariffs on steel would hurt farmers. "
            "She promised to cut property taxes next year. "
            "He said the bridge repairs would finish in May.")
    doc = nlp(text)
    sts = [Statement("X", None, None, [_span(text, frag)], "indirect") for frag in (
        "the new tariffs on steel would hurt farmers", "to cut property taxes next year",
        "the bridge repairs would finish in May")]
    assign_topics(doc, sts, [])
    assert [s.topic for s in sts] == ["tariffs", "taxes", "transport"]
