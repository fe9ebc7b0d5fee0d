"""Stage functions and the records between them pickle, so a Spark job can map them unchanged."""

from __future__ import annotations

import pickle

from onrecord import extract as extract_stage
from onrecord.models import Analysis, Article, Commitment, Event, RawInput, Reversal, Statement
from onrecord.sources import iter_inputs


def test_records_round_trip_through_pickle():
    art = Article(input="x.txt", text="Trump said he would win.", published="2025-08-16")
    st = Statement("Donald Trump", (0, 5), (6, 10), [(11, 24)], "indirect")
    cm = Commitment("promise", "Donald Trump", (0, 5), (6, 10), (11, 24))
    an = Analysis(art, [st], [cm], [Event("meeting", ["A", "B"], (0, 5))], [Reversal("A", "t", 0, 0)])
    back = pickle.loads(pickle.dumps(an))
    assert back.to_dict() == an.to_dict()
    raw = RawInput(input="x", kind="text", data=b"hello")
    assert pickle.loads(pickle.dumps(raw)) == raw


def test_stage_functions_pickle_by_reference():
    from onrecord.analyze.pipeline import analyze_articles, analyze_doc

    for fn in (iter_inputs, extract_stage.extract, analyze_articles, analyze_doc):
        assert pickle.loads(pickle.dumps(fn)) is fn


def test_extract_runs_on_a_pickled_record(tmp_path):
    page = tmp_path / "p.html"
    body = " ".join(["The council voted on Tuesday to approve the new library budget after a long debate."] * 6)
    page.write_text(f"<html><head><title>Library budget passes</title></head><body><article><h1>Library budget"
                    f" passes</h1><p>{body}</p><p>{body}</p></article></body></html>")
    raw = next(iter_inputs([str(page)]))
    assert isinstance(raw, RawInput)
    art = extract_stage.extract(pickle.loads(pickle.dumps(raw)))
    assert "library budget" in art.text
