"""Near-duplicate grouping (MinHash over word 5-gram shingles) on real benchmark article text."""

from __future__ import annotations

import json
import re

import pytest

from conftest import need_shared
from onrecord.models import Article
from onrecord.store import open_store
from onrecord.store.dedupe import article_id_for, shingles, signature, similarity

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


@pytest.fixture(scope="module")
def bodies() -> list[str]:
    """Benchmark article bodies of 400+ words, in a fixed order."""
    truth = json.loads(need_shared("data", "extraction-benchmark", "ground-truth.json").read_text())
    texts = [truth[k]["articleBody"] for k in sorted(truth)]
    return [t for t in texts if len(t.split()) >= 400]


def edit_sentences(text: str, count: int = 3) -> str:
    """The text as a wire copy might differ: ``count`` sentences spread through it edited (a word
    changed, a short attribution added) and the paragraphs joined differently."""
    sentences = SENTENCE_END.split(text)
    assert len(sentences) > count * 4, "need a longer article"
    for i in range(1, count + 1):
        k = i * len(sentences) // (count + 1)
        words = sentences[k].split()
        words[len(words) // 2] = "reportedly"
        sentences[k] = " ".join(words).rstrip(".") + ", according to the agency."
    return " ".join(sentences)


def _article(text: str, url: str) -> Article:
    return Article(input=url, text=text, url=url, title="t")


def test_shingles_are_word_five_grams():
    assert shingles("One two three four five six.") == {"one two three four five", "two three four five six"}
    assert shingles("Too short.") == {"too short"}
    assert shingles("") == set()


def test_edited_copy_is_similar_and_unrelated_is_not(bodies):
    original, other = bodies[0], bodies[1]
    edited = edit_sentences(original)
    assert article_id_for(edited) != article_id_for(original)
    assert similarity(signature(original), signature(edited)) >= 0.8
    assert similarity(signature(original), signature(other)) < 0.3


def test_near_duplicate_grouped_across_runs(tmp_path, bodies):
    original, other = bodies[0], bodies[1]
    db = tmp_path / "d.db"
    with open_store(db) as store:
        first = store.save(None, _article(original, "https://wire.test/story"))
        assert first.status == "new"
        assert store.save(None, _article(other, "https://else.test/other")).status == "new"
    with open_store(db) as store:  # signatures persisted: grouping works in a later run
        copy = store.save(None, _article(edit_sentences(original), "https://paper.test/syndicated"))
        assert copy.status == "near-duplicate"
        assert copy.dup_group == first.article_id and copy.article_id != first.article_id
        assert copy.similarity is not None and copy.similarity >= 0.8
        orig = store.get_article(first.article_id)
        assert orig.group == [copy.article_id]
        assert store.get_article(copy.article_id).group == [first.article_id]
        assert store.get_article(copy.article_id).locations[0].url == "https://paper.test/syndicated"
        assert store.counts()["articles"] == 3


def test_partial_copy_is_not_grouped(tmp_path, bodies):
    original = bodies[2]
    with open_store(tmp_path / "p.db") as store:
        store.save(None, _article(original, "https://a.test/full"))
        half = original[: len(original) // 2]
        res = store.save(None, _article(half, "https://b.test/half"))
        assert res.status == "new" and res.dup_group == res.article_id
