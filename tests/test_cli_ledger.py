"""The ledger commands through click's CliRunner on a temporary database."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.store import open_store

ROOT = Path(__file__).resolve().parent.parent
WORLD = Path(__file__).parent / "data" / "ledger" / "world.json"


def _span(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return (start, start + len(fragment))


@pytest.fixture()
def db(tmp_path) -> str:
    """A store holding the hand-marked world.json articles (no model needed)."""
    from onrecord.models import Analysis, Article, Commitment, Statement

    path = str(tmp_path / "cli.db")
    with open_store(path) as store:
        for a in json.loads(WORLD.read_text())["articles"]:
            t = a["text"]
            art = Article(input=a["input"], text=t, title=a["title"], site=a["site"], published=a["published"])
            sts = [Statement(s["speaker"], _span(t, s["speaker"]), None, [_span(t, s["content"])], s["kind"],
                             channel_type=s.get("channel_type"), topic=s.get("topic")) for s in a["statements"]]
            cs = [Commitment(c["kind"], c["holder"], _span(t, c["holder_text"]), _span(t, c["trigger"]),
                             _span(t, c["content"]), topic=c.get("topic")) for c in a["commitments"]]
            store.save(None, art, Analysis(art, sts, cs))
    return path


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_statements_filters_by_person_alias_channel_topic_and_date(db):
    rows = jsonl(run("statements", "--db", db, "--speaker", "Kowalsky", "--format", "jsonl").output)
    assert len(rows) == 4 and {r["person"] for r in rows} == {"Ana Kowalski"}
    r = rows[0]
    for key in ("speaker", "quote", "kind", "channel", "channel_type", "when", "article_id", "article_title",
                "article_site", "article_published", "content_spans"):
        assert key in r
    assert r["quote"] == "We will open the ferry terminal by June"
    assert len(jsonl(run("statements", "--db", db, "--channel", "press_remarks", "--format", "jsonl").output)) == 3
    assert [r["quote"] for r in jsonl(run("statements", "--db", db, "--topic", "taxes", "--since", "2025-04-01",
                                          "--format", "jsonl").output)] == ["We will introduce harbor tolls in July"]
    res = run("statements", "--db", db, "--since", "March 2025")
    assert res.exit_code == 2 and "not a date" in res.output


def test_db_from_environment_and_missing_db(db, tmp_path):
    res = run("people", "--format", "csv", env={"ONRECORD_DB": db})
    names = [r["name"] for r in csv.DictReader(io.StringIO(res.output))]
    assert names == ["Ana Kowalski", "Ben Ortiz"]
    res = run("people", "--db", str(tmp_path / "nope.db"))
    assert res.exit_code == 2 and "no such database" in res.output


def test_people_merge_and_split_commands(db):
    assert run("people", "--db", db, "split", "Ana Kowalski", "Kowalsky").exit_code == 0
    names = [p["name"] for p in jsonl(run("people", "--db", db, "--format", "jsonl").output)]
    assert "Kowalsky" in names
    assert run("people", "merge", "Kowalsky", "Ana Kowalski", "--by", "kim", "--db", db).exit_code == 0
    names = [p["name"] for p in jsonl(run("people", "--db", db, "--format", "jsonl").output)]
    assert "Kowalsky" not in names
    res = run("people", "--db", db, "split", "Nobody Known", "X")
    assert res.exit_code == 1 and "no such person" in res.output


def test_commitments_rate_and_audit_trail(db):
    entries = jsonl(run("commitments", "--db", db, "--holder", "kowalski", "--format", "jsonl").output)
    ferry = next(e for e in entries if "ferry" in e["content"])
    assert len(ferry["sources"]) == 2 and ferry["status"] == "Not Yet Rated"
    pid = str(ferry["id"])
    res = run("rate", pid, "Stalled", "--db", db, "--note", "work stopped")
    assert res.exit_code == 2 and "--evidence" in res.output
    res = run("rate", pid, "Stalled", "--db", db, "--evidence", "https://example.org/x")
    assert res.exit_code == 2 and "--note" in res.output
    res = run("rate", pid, "Stalled", "--db", db, "--evidence", "https://example.org/x", "--note", "stopped",
              "--by", "kim", "--format", "json")
    assert res.exit_code == 0
    entry = json.loads(res.output)[0]
    assert entry["status"] == "Stalled" and entry["history"][0]["rated_by"] == "kim"
    assert run("rate", "999", "kept", "--db", db, "--evidence", "https://e.org", "--note", "n").exit_code == 1
    stalled = jsonl(run("commitments", "--db", db, "--status", "stalled", "--format", "jsonl").output)
    assert [e["id"] for e in stalled] == [ferry["id"]]
    one = run("commitments", pid, "--db", db)
    assert "Not Yet Rated -> Stalled" in one.output


def test_suggestions_person_topics_and_export(db, tmp_path):
    ferry = next(e for e in jsonl(run("commitments", "--db", db, "--format", "jsonl").output) if "ferry" in e["content"])
    sug = jsonl(run("commitments", str(ferry["id"]), "--suggest", "--db", db, "--format", "jsonl").output)
    assert sug and sug == jsonl(run("evidence", str(ferry["id"]), "--db", db, "--format", "jsonl").output)
    assert run("commitments", "--suggest", "--db", db).exit_code == 2
    person = jsonl(run("person", "Ana Kowalsky", "--db", db, "--format", "jsonl").output)[0]
    assert person["name"] == "Ana Kowalski" and person["reversals"][0]["topic"] == "taxes"
    text = run("person", "Ana Kowalsky", "--db", db).output
    assert "Reversals (1)" in text and "on taxes" in text
    assert run("person", "Zed Nobody", "--db", db).exit_code == 1
    topics = {t["topic"]: t for t in jsonl(run("topics", "--db", db, "--format", "jsonl").output)}
    assert topics["transport"]["statements"] == 2 and topics["transport"]["commitments"] == 2
    assert topics["taxes"]["people"] == ["Ana Kowalski"]
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / fmt
        assert run("export", "--db", db, "--out", str(out), "--format", fmt).exit_code == 0
        assert {p.name for p in out.iterdir()} == {f"statements.{fmt}", f"commitments.{fmt}", f"meetings.{fmt}"}
    rows = [json.loads(x) for x in (tmp_path / "jsonl" / "commitments.jsonl").read_text().splitlines()]
    assert len(rows) == 3 and [r["ledger_id"] for r in rows].count(ferry["id"]) == 2
    assert all(r["status"] for r in rows)
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "parquet" / "statements.parquet")
    assert table.num_rows == 5 and "content_spans" in table.column_names


def test_help_documents_exit_codes():
    for cmd in ("statements", "people", "person", "commitments", "rate", "topics", "export", "reanalyze"):
        assert "Exit codes" in run(cmd, "--help").output


@pytest.mark.slow
def test_demo_samples_end_to_end_with_reanalyze(tmp_path):
    """Ingest the demo pages in samples/, rate a promise, re-analyse: the rating and merge survive."""
    pytest.importorskip("spacy")
    db = str(tmp_path / "demo.db")
    res = run("ingest", "--db", db, str(ROOT / "samples"))
    assert res.exit_code == 0, res.output
    people = jsonl(run("people", "--db", db, "--format", "jsonl").output)
    mayor = next(p for p in people if any("Sorensen" in a for a in p["aliases"]))
    assert any("Sorenson" in a for a in mayor["aliases"])  # the spelling variant of the follow-up page
    entries = jsonl(run("commitments", "--db", db, "--holder", "Sorensen", "--format", "jsonl").output)
    multi = [e for e in entries if len({s["article_id"] for s in e["sources"]}) >= 2]
    assert multi, "the seawall promise should be merged across the pages"
    pid = str(multi[0]["id"])
    art = multi[0]["sources"][-1]["article_id"]
    assert run("rate", pid, "Stalled", "--db", db, "--evidence", art, "--note", "pilings late").exit_code == 0
    assert run("people", "--db", db, "split", mayor["name"], "Sorensen").exit_code == 0
    res = run("reanalyze", "--all", "--db", db, "--format", "jsonl")
    assert len(jsonl(res.output)) == 3  # every demo article was re-analysed
    assert res.exit_code == 0 and all(r["ok"] for r in jsonl(res.output))
    entry = jsonl(run("commitments", pid, "--db", db, "--format", "jsonl").output)[0]
    assert entry["status"] == "Stalled" and len(entry["history"]) == 1
    names = [p["name"] for p in jsonl(run("people", "--db", db, "--format", "jsonl").output)]
    assert "Sorensen" in names  # the split survived re-analysis
