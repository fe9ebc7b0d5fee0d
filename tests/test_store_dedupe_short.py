"""Near-copies of short articles: a length-aware bar, a second set of LSH bands for short texts,
and exact Jaccard on the candidates. Real benchmark article bodies of 150-399 words."""

from __future__ import annotations

import json

import pytest

from conftest import need_shared
from onrecord.models import Article
from onrecord.store import open_store
from onrecord.store.dedupe import (
    NEAR_DUPLICATE_THRESHOLD,
    SHORT_BAND_OFFSET,
    SHORT_TEXT_FLOOR,
    band_keys,
    is_near_duplicate,
    near_duplicate_threshold,
    shingles,
    signature,
    similarity,
)
from test_store_dedupe import SENTENCE_END

EDITS = 3  # sentences edited in a copy


@pytest.fixture(scope="module")
def short_bodies() -> list[str]:
    """Benchmark article bodies of 150-399 words with six sentences or more, in a fixed order."""
    truth = json.loads(need_shared("data", "extraction-benchmark", "ground-truth.json").read_text())
    texts = [truth[k]["articleBody"] for k in sorted(truth)]
    return [t for t in texts if 150 <= len(t.split()) < 400 and len(SENTENCE_END.split(t)) >= 2 * EDITS]


def edit_sentences(text: str) -> str:
    """A wire-style copy: ``EDITS`` sentences spread through the text each get a word changed and
    an attribution added."""
    sentences = SENTENCE_END.split(text)
    for i in range(1, EDITS + 1):
        k = i * len(sentences) // (EDITS + 1)
        words = sentences[k].split()
        words[len(words) // 2] = "reportedly"
        sentences[k] = " ".join(words).rstrip(".") + ", according to the agency."
    return " ".join(sentences)


def _article(text: str, url: str) -> Article:
    return Article(input=url, text=text, url=url, title="t")


def _exact_jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


def test_the_bar_is_lower_for_short_texts_but_never_under_the_floor():
    assert near_duplicate_threshold(2000) == NEAR_DUPLICATE_THRESHOLD
    assert near_duplicate_threshold(500) == NEAR_DUPLICATE_THRESHOLD  # 500 shingles: about 450 words
    assert SHORT_TEXT_FLOOR < near_duplicate_threshold(350) < NEAR_DUPLICATE_THRESHOLD
    assert near_duplicate_threshold(100) == near_duplicate_threshold(10) == SHORT_TEXT_FLOOR
    bars = [near_duplicate_threshold(u) for u in range(50, 1000, 10)]
    assert bars == sorted(bars)


def test_short_texts_get_the_extra_bands_and_long_ones_do_not(short_bodies):
    short = band_keys(signature(short_bodies[0]))
    long_text = " ".join(f"{b} Part {i}." for i, b in enumerate(short_bodies[:4]))
    long_keys = band_keys(signature(long_text))
    assert any(band >= SHORT_BAND_OFFSET for band, _ in short)
    assert all(band < SHORT_BAND_OFFSET for band, _ in long_keys)
    assert {b for b, _ in short if b < SHORT_BAND_OFFSET} == {b for b, _ in long_keys}


def test_edited_short_copies_under_the_old_bar_are_now_grouped(tmp_path, short_bodies):
    """Copies whose shingle Jaccard is under 0.8 (missed before) but which differ by three edited
    sentences only are grouped with their original, and only with it."""
    hard = [b for b in short_bodies if _exact_jaccard(b, edit_sentences(b)) < NEAR_DUPLICATE_THRESHOLD]
    assert len(hard) >= 3, "the benchmark holds short articles the fixed 0.8 bar misses"
    with open_store(tmp_path / "s.db") as store:
        ids = [store.save(None, _article(b, f"https://wire.test/{i}")).article_id
               for i, b in enumerate(short_bodies)]
        assert len(set(ids)) == len(short_bodies)
        for i, body in enumerate(short_bodies):
            if body not in hard:
                continue
            copy = store.save(None, _article(edit_sentences(body), f"https://paper.test/{i}"))
            assert copy.status == "near-duplicate", i
            assert copy.dup_group == ids[i]
            assert copy.similarity is not None and SHORT_TEXT_FLOOR <= copy.similarity < NEAR_DUPLICATE_THRESHOLD


def test_distinct_and_partial_short_articles_stay_apart(tmp_path, short_bodies):
    with open_store(tmp_path / "d.db") as store:
        statuses = [store.save(None, _article(b, f"https://a.test/{i}")).status for i, b in enumerate(short_bodies)]
        assert set(statuses) == {"new"}
        for i, body in enumerate(short_bodies[:8]):
            half = body[: len(body) // 2]
            res = store.save(None, _article(half, f"https://b.test/half{i}"))
            assert res.status == "new", i


def test_exact_jaccard_decides_when_the_texts_are_given(short_bodies):
    original = short_bodies[0]
    copy = edit_sentences(original)
    a, b = signature(original), signature(copy)
    near, sim = is_near_duplicate(a, b, original, copy)
    assert sim == pytest.approx(_exact_jaccard(original, copy))
    assert near
    near_est, sim_est = is_near_duplicate(a, b)  # without texts: the signatures' estimate
    assert sim_est == similarity(a, b)
    far, _ = is_near_duplicate(a, signature(short_bodies[1]), original, short_bodies[1])
    assert not far


def test_half_of_a_text_that_repeats_itself_is_not_a_copy(short_bodies):
    """Cut in half, a page that repeats its content keeps nearly all its distinct shingles; its
    length in words tells the part from a copy."""
    whole = "\n\n".join([short_bodies[2]] * 4)
    half = "\n\n".join([short_bodies[2]] * 2)
    assert _exact_jaccard(whole, half) > NEAR_DUPLICATE_THRESHOLD
    near, sim = is_near_duplicate(signature(whole), signature(half), whole, half)
    assert sim > NEAR_DUPLICATE_THRESHOLD and not near
    assert is_near_duplicate(signature(whole), signature(whole + " Updated."), whole, whole + " Updated.")[0]
