"""The page commands through click's CliRunner: extract's JSONL contract, ingest, articles, show."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from conftest import TEST_DATA
from onrecord.cli import cli

PAGES = TEST_DATA / "store"
COUNCIL = PAGES / "council_vote.html"
MIRROR = PAGES / "council_vote_mirror.html"  # same story, another site's page around it
WIRE = PAGES / "council_vote_wire.html"  # a syndicated copy with small edits
HARBOUR = PAGES / "harbour_scrape.txt"
CONTRACT_TYPES = {"input": str, "ok": bool, "title": (str, type(None)), "subtitle": (str, type(None)),
                  "authors": list, "published": (str, type(None)), "site": (str, type(None)),
                  "url": (str, type(None)), "language": (str, type(None)), "text": str}


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_extract_jsonl_contract(tmp_path, sample_page):
    missing = tmp_path / "no-such-page.html"
    result = run("extract", "--no-fetch", "--format", "jsonl", COUNCIL, missing, sample_page, HARBOUR)
    assert result.exit_code == 1
    recs = jsonl(result.stdout)
    assert [r["input"] for r in recs] == [str(COUNCIL), str(missing), str(sample_page), str(HARBOUR)]
    assert [r["ok"] for r in recs] == [True, False, True, True]
    for rec in (recs[0], recs[2], recs[3]):
        for key, typ in CONTRACT_TYPES.items():
            assert isinstance(rec[key], typ), (rec["input"], key)
        assert all(isinstance(a, str) for a in rec["authors"])
        assert rec["published"] is None or len(rec["published"]) == 10
    assert set(recs[1]) == {"input", "ok", "error"} and recs[1]["error"]
    stderr_lines = result.stderr.strip().splitlines()
    assert stderr_lines == [f"{missing}: {recs[1]['error']}"]

    council = recs[0]
    assert council["title"] == "Riverton council approves flood barrier after long debate"
    assert council["authors"] == ["Dana Whitcombe"]
    assert council["published"] == "2024-03-14"
    assert council["url"] == "https://riverton-ledger.example/news/2024/03/flood-barrier-vote"
    paragraphs = council["text"].split("\n\n")
    assert paragraphs[0].startswith("The Riverton town council voted 7 to 2")
    assert paragraphs[-1].startswith("Okafor said she would meet")
    assert "Copyright" not in council["text"] and "Sport" not in council["text"]
    assert "Kell Island" in recs[3]["text"]


def test_extract_no_clean_keeps_text_exactly(tmp_path):
    page = tmp_path / "scrape.txt"
    raw = "Menu | Home | News\n\n  Line one of the story.  \nLine two.\n\n\nShare this article\n"
    page.write_text(raw, encoding="utf-8")
    result = run("extract", "--no-clean", "--format", "jsonl", page)
    assert result.exit_code == 0
    assert jsonl(result.stdout)[0]["text"] == raw


def test_extract_formats_render(tmp_path):
    as_json = run("extract", "--format", "json", COUNCIL, HARBOUR)
    assert [r["ok"] for r in json.loads(as_json.stdout)] == [True, True]
    as_csv = run("extract", "--format", "csv", COUNCIL, tmp_path / "missing.txt")
    assert as_csv.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [r["ok"] for r in rows] == ["True", "False"]
    assert json.loads(rows[0]["authors"]) == ["Dana Whitcombe"]
    as_text = run("extract", COUNCIL)
    assert as_text.stdout.startswith(f"== {COUNCIL}\n# Riverton council approves flood barrier")


def test_ingest_is_idempotent_and_groups_copies(tmp_path):
    db = tmp_path / "pages.db"
    first = run("ingest", "--db", db, "--no-analyze", "--format", "jsonl", COUNCIL, MIRROR, WIRE, HARBOUR)
    assert first.exit_code == 0, first.stderr
    recs = jsonl(first.stdout)
    assert [r["status"] for r in recs] == ["new", "new-url", "near-duplicate", "new"]
    council_id = recs[0]["id"]
    assert recs[1]["id"] == council_id
    assert recs[2]["id"] != council_id and recs[2]["dup_group"] == council_id
    assert "3 new" not in first.stderr and "2 new" in first.stderr

    again = run("ingest", "--db", db, "--no-analyze", "--format", "jsonl", COUNCIL, MIRROR, WIRE, HARBOUR)
    assert again.exit_code == 0
    assert [r["status"] for r in jsonl(again.stdout)] == ["duplicate"] * 4
    assert jsonl(again.stdout)[0]["title"] == "Riverton council approves flood barrier after long debate"

    listed = jsonl(run("articles", "--db", db, "--format", "jsonl").stdout)
    assert len(listed) == 3

    shown = json.loads(run("show", council_id[:8], "--db", db, "--format", "json").stdout)[0]
    assert shown["id"] == council_id
    assert [u["url"] for u in shown["urls"]] == [
        "https://riverton-ledger.example/news/2024/03/flood-barrier-vote",
        "https://news-roundup.example/regional/riverton-flood-barrier",
    ]
    assert shown["group"] == [recs[2]["id"]]
    assert shown["group_members"][0]["urls"] == ["https://valley-wire.example/stories/riverton-council-barrier"]
    text = run("show", council_id, "--db", db).stdout
    assert "news-roundup.example" in text and "(not analysed)" in text
    assert f"{recs[2]['id']}  Valley Wire  https://valley-wire.example/" in text


def test_ingest_and_show_formats(tmp_path):
    db = tmp_path / "fmt.db"
    as_csv = run("ingest", "--db", db, "--no-analyze", "--format", "csv", COUNCIL, WIRE)
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [r["status"] for r in rows] == ["new", "near-duplicate"]
    assert rows[1]["dup_group"] == rows[0]["id"]
    as_text = run("ingest", "--db", db, "--no-analyze", COUNCIL).stdout.splitlines()
    assert as_text == [f"{rows[0]['id']}  duplicate       Riverton council approves flood barrier after long debate"]
    shown = list(csv.DictReader(io.StringIO(run("show", rows[0]["id"], "--db", db, "--format", "csv").stdout)))
    assert len(shown) == 1 and shown[0]["id"] == rows[0]["id"]
    assert shown[0]["text"].startswith("The Riverton town council voted")
    assert json.loads(shown[0]["group"]) == [rows[1]["id"]]
    line = json.loads(run("show", rows[1]["id"], "--db", db, "--format", "jsonl").stdout)
    assert line["group"] == [rows[0]["id"]] and line["statements"] == []


def test_ingest_reports_failures_and_continues(tmp_path):
    db = tmp_path / "f.db"
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    result = run("ingest", "--db", db, "--no-analyze", "--format", "jsonl", empty, COUNCIL, "https://x.test/a",
                 "--no-fetch")
    assert result.exit_code == 1
    recs = jsonl(result.stdout)
    assert [r["ok"] for r in recs] == [False, True, False]
    err = result.stderr.strip().splitlines()
    assert err[0].startswith(f"{empty}: ") and err[1].startswith("https://x.test/a: ")
    assert "Traceback" not in result.output


def test_articles_formats_and_filters(tmp_path):
    db = tmp_path / "a.db"
    run("ingest", "--db", db, "--no-analyze", COUNCIL, HARBOUR)
    rows = list(csv.DictReader(io.StringIO(run("articles", "--db", db, "--format", "csv").stdout)))
    assert {r["title"] for r in rows} >= {"Riverton council approves flood barrier after long debate"}
    assert rows[0]["published"] == "2024-03-14"  # dated first
    found = json.loads(run("articles", "--db", db, "--search", "ferry", "--format", "json").stdout)
    assert len(found) == 1 and found[0]["published"] != "2024-03-14"
    assert json.loads(run("articles", "--db", db, "--search", "nonexistentword", "--format", "json").stdout) == []
    since = jsonl(run("articles", "--db", db, "--since", "2024-01-01", "--format", "jsonl").stdout)
    assert [r["published"] for r in since] == ["2024-03-14"]
    site = jsonl(run("articles", "--db", db, "--site", "riverton-ledger.example", "--format", "jsonl").stdout)
    assert len(site) == 1
    text = run("articles", "--db", db, "--limit", "1").stdout.splitlines()
    assert len(text) == 1 and text[0].split()[1] == "2024-03-14"
    bad = run("articles", "--db", db, "--since", "March")
    assert bad.exit_code == 2


def test_read_commands_name_a_missing_database(tmp_path):
    db = tmp_path / "absent.db"
    for args in (["articles"], ["show", "abcdef12"]):
        result = run(*args, "--db", db)
        assert result.exit_code == 2
        assert result.stderr.strip().count("\n") == 0
        assert str(db) in result.stderr and "onrecord ingest" in result.stderr
    assert not db.exists()


def test_db_from_environment_and_unknown_id(tmp_path):
    db = tmp_path / "env.db"
    assert run("ingest", "--no-analyze", COUNCIL, env={"ONRECORD_DB": str(db)}).exit_code == 0
    assert db.exists()
    missing = run("show", "0123456789abcdef", env={"ONRECORD_DB": str(db)})
    assert missing.exit_code == 1 and "no such article" in missing.stderr


def test_help_documents_exit_codes():
    for cmd in ("extract", "ingest", "articles", "show"):
        out = run(cmd, "--help").stdout
        assert "Exit codes:" in out and "2  usage error" in out


@pytest.mark.slow
def test_ingest_with_analysis_stores_spans_that_quote_the_text(tmp_path, sample_page):
    db = tmp_path / "slow.db"
    result = run("ingest", "--db", db, "--format", "jsonl", sample_page, COUNCIL)
    assert result.exit_code == 0, result.stderr
    recs = jsonl(result.stdout)
    assert all(r["statements"] is not None for r in recs)
    for rec in recs:
        shown = json.loads(run("show", rec["id"], "--db", db, "--format", "json").stdout)[0]
        assert shown["analyzer_version"]
        assert len(shown["statements"]) == rec["statements"]
        text = shown["text"]
        for st in shown["statements"]:
            assert st["quote"] == " … ".join(text[a:b] for a, b in st["content_spans"])
            if st["speaker_span"]:
                a, b = st["speaker_span"]
                assert 0 <= a < b <= len(text)
    council = next(r for r in recs if r["input"] == str(COUNCIL))
    assert council["statements"] >= 1  # the mayor is quoted directly

