"""The promise ledger on a real store: merging across articles, rating with an audit trail, evidence
suggestions, and person decisions and ratings surviving re-ingest and re-analysis."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from onrecord.ledger.evidence import suggest_evidence
from onrecord.ledger.people import find_person, list_people, record_decision
from onrecord.ledger.promises import LedgerError, RatingRefused, get_promise, list_promises, rate
from onrecord.ledger.sync import refresh
from onrecord.ledger.views import person_record
from onrecord.models import Analysis, Article, Commitment, Statement
from onrecord.store import open_store

WORLD = Path(__file__).parent / "data" / "ledger" / "world.json"


def _span(text: str, fragment: str, at: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(at + 1):
        start = text.index(fragment, start + 1)
    return (start, start + len(fragment))


def world_analyses() -> list[Analysis]:
    """The hand-marked articles of world.json as Analysis records with real offsets."""
    out = []
    for a in json.loads(WORLD.read_text())["articles"]:
        t = a["text"]
        art = Article(input=a["input"], text=t, title=a["title"], site=a["site"], published=a["published"])
        sts = [Statement(s["speaker"], _span(t, s["speaker"]), None, [_span(t, s["content"])], s["kind"],
                         channel_type=s.get("channel_type"), topic=s.get("topic")) for s in a["statements"]]
        cs = [Commitment(c["kind"], c["holder"], _span(t, c["holder_text"]), _span(t, c["trigger"]),
                         _span(t, c["content"]), topic=c.get("topic")) for c in a["commitments"]]
        out.append(Analysis(art, sts, cs))
    return out


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "ledger.db")
    for analysis in world_analyses():
        s.save(None, analysis.article, analysis)
    refresh(s)
    yield s
    s.close()


def _ferry(store) -> dict:
    return next(p for p in list_promises(store.conn) if "ferry terminal" in p["content"])


def test_people_merge_spelling_variants_across_articles(store):
    people = {p["name"]: p for p in list_people(store.conn)}
    assert set(people) == {"Ana Kowalski", "Ben Ortiz"}
    assert {"Kowalsky", "Ana Kowalski", "Kowalski", "Ana Kowalsky"} <= set(people["Ana Kowalski"]["aliases"])
    # The display name is the most-seen full spelling (Ana Kowalski twice, Ana Kowalsky once).
    assert people["Ana Kowalski"]["statements"] == 4 and people["Ana Kowalski"]["commitments"] == 3
    assert find_person(store.conn, "kowalsky")[0] == "Ana Kowalski"


def test_same_commitment_in_two_articles_is_one_entry_with_both_sources(store):
    entries = list_promises(store.conn)
    assert len(entries) == 2
    ferry = _ferry(store)
    assert ferry["holder"] == "Ana Kowalski" and ferry["status"] == "Not Yet Rated"
    assert [s["published"] for s in ferry["sources"]] == ["2025-03-01", "2025-05-15"]
    a2 = world_analyses()[1].article.text
    src = ferry["sources"][1]
    assert a2[src["content_start"]:src["content_end"]] == "the ferry terminal would open by June"


def test_rating_appends_to_the_audit_trail_and_refuses_without_evidence_or_note(store):
    pid = _ferry(store)["id"]
    a2_id = store.conn.execute(
        "SELECT id FROM articles WHERE title = 'Ferry terminal work stalls'").fetchone()[0]
    with pytest.raises(RatingRefused, match="--evidence"):
        rate(store, pid, "Stalled", None, "work stopped", by="kim")
    with pytest.raises(RatingRefused, match="--note"):
        rate(store, pid, "Stalled", a2_id, "  ", by="kim")
    with pytest.raises(RatingRefused, match="unknown status"):
        rate(store, pid, "Done-ish", a2_id, "x", by="kim")
    with pytest.raises(LedgerError, match="not an article id"):
        rate(store, pid, "Stalled", "zzz-not-a-ref", "x", by="kim")
    rate(store, pid, "stalled", a2_id[:6], "contractor walked off", by="kim")
    rate(store, pid, "Stalled", "https://example.org/minutes", "confirmed in minutes", by="lee")
    sid = store.statements(article_id=a2_id)[0].id
    entry = rate(store, pid, "kept", f"s{sid}", "terminal opened", by="kim")
    assert entry["status"] == "Promise Kept"
    trail = [(h["rated_by"], h["from_status"], h["to_status"], h["evidence_kind"]) for h in entry["history"]]
    assert trail == [("kim", "Not Yet Rated", "Stalled", "article"), ("lee", "Stalled", "Stalled", "url"),
                     ("kim", "Stalled", "Promise Kept", "statement")]
    assert entry["history"][0]["evidence"] == a2_id  # a prefix is stored as the full id
    assert entry["history"][2]["evidence"].startswith(f"{a2_id}:")  # statements as article:offsets
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE promise_ratings SET note = 'edited'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM promise_ratings")


def test_ratings_and_person_decisions_survive_reanalysis_and_reingest(store):
    pid = _ferry(store)["id"]
    a1_id = store.conn.execute("SELECT id FROM articles WHERE published = '2025-03-01'").fetchone()[0]
    rate(store, pid, "In the Works", a1_id, "construction under way", by="kim")
    record_decision(store.conn, "split", "Kowalski", "Ana Kowalsky")
    refresh(store)
    assert find_person(store.conn, "Kowalski")[0] == "Kowalski"
    for analysis in world_analyses():  # re-analysis: every analysis row replaced
        art_id = store.conn.execute("SELECT id FROM articles WHERE title = ?", (analysis.article.title,)).fetchone()[0]
        store.replace_analysis(art_id, analysis)
    for analysis in world_analyses():  # re-ingest of the same pages
        store.save(None, analysis.article, analysis)
    refresh(store)
    entry = get_promise(store.conn, pid)
    assert entry["status"] == "In the Works" and len(entry["history"]) == 1
    assert len(entry["sources"]) == 2
    assert find_person(store.conn, "Kowalski")[0] == "Kowalski"  # the split still holds
    assert "Kowalski" not in find_person(store.conn, "Ana Kowalski")[1]


def test_evidence_suggestions_rank_later_reports_on_topic_by_or_about_the_holder(store):
    found = suggest_evidence(store, _ferry(store)["id"])
    assert found, "expected suggestions"
    assert all(f["article_published"] > "2025-03-01" for f in found)  # only after the first report
    assert all(f["topic_match"] or f["holder_match"] for f in found)
    texts = [f["text"] for f in found]
    assert any(t.startswith("The ferry terminal opened on June 18") for t in texts)  # a plain sentence
    assert not any("bike lanes" in t or "contractor" in t for t in texts)  # off topic, not about her
    assert [f["score"] for f in found] == sorted((f["score"] for f in found), reverse=True)
    top = found[0]
    assert top["topic_match"] and top["holder_match"]
    art = store.get_article(top["article_id"]).article
    assert art.text[top["start"]:top["end"]] == top["text"]


def test_person_record_shows_cross_article_reversal(store):
    rec = person_record(store, "Kowalsky")
    assert rec["name"] == "Ana Kowalski"
    assert [s["article_published"] for s in rec["statements"]] == ["2025-05-15", "2025-05-15", "2025-03-01",
                                                                   "2025-03-01"]
    revs = [(r["topic"], r["earlier"]["quote"], r["later"]["quote"], r["across_articles"]) for r in rec["reversals"]]
    assert revs == [("taxes", "There will be no new harbor tolls", "We will introduce harbor tolls in July", True)]
    assert {c["topic"] for c in rec["commitments"]} == {"transport", "taxes"}
