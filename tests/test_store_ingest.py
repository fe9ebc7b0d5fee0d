"""The ingest pipeline as a library: order, failures isolated, analysis batched once."""

from __future__ import annotations

import hashlib

from conftest import TEST_DATA
from onrecord.errors import InputError
from onrecord.models import Analysis, RawInput, Statement
from onrecord.store import open_store
from onrecord.store.ingest import ingest

PAGES = TEST_DATA / "store"


def _raw(name: str, kind: str) -> RawInput:
    data = (PAGES / name).read_bytes()
    return RawInput(input=name, kind=kind, data=data, sha256=hashlib.sha256(data).hexdigest())  # type: ignore[arg-type]


def test_ingest_keeps_order_and_isolates_a_failing_analysis(tmp_path):
    batches: list[int] = []

    def analyzer(articles):
        batches.append(len(articles))
        for a in articles:
            if "ferry" in a.text:
                raise RuntimeError("parser crashed")
        return [Analysis(article=a, statements=[Statement(
            speaker="Mayor Helen Okafor", speaker_span=(0, 3), cue_span=None, content_spans=[(0, 10)],
            kind="direct")]) for a in articles]

    items = [_raw("council_vote.html", "html"), InputError("gone.html", "no such file or directory"),
             _raw("harbour_scrape.txt", "text"), _raw("council_vote_mirror.html", "html")]
    with open_store(tmp_path / "i.db") as store:
        results = list(ingest(store, items, analyzer=analyzer))
        assert [r.input for r in results] == ["council_vote.html", "gone.html", "harbour_scrape.txt",
                                              "council_vote_mirror.html"]
        council, gone, harbour, mirror = results
        assert council.ok and council.status == "new" and council.statements == 1
        assert not gone.ok and gone.error == "no such file or directory"
        assert not harbour.ok and "parser crashed" in harbour.error and "stored without analysis" in harbour.error
        assert harbour.id and store.get_article(harbour.id).analyzer_version is None
        assert mirror.ok and mirror.status == "new-url" and mirror.id == council.id
        assert batches[0] == 2  # one batched call for the two new articles (the mirror's text is known)
        assert store.counts()["articles"] == 2 and store.counts()["statements"] == 1
