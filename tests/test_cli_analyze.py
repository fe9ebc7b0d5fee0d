"""The ``onrecord analyze`` command contract: one JSON object per input, in input order."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import TEST_DATA
from onrecord.cli import cli

QUOTES = TEST_DATA / "analyze" / "quotes.txt"


@pytest.fixture(scope="module")
def runner():
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart already
        return CliRunner()


@pytest.mark.slow
def test_jsonl_contract_no_clean(runner, tmp_path, nlp):
    missing = tmp_path / "missing.txt"
    res = runner.invoke(cli, ["analyze", "--format", "jsonl", "--no-clean", "--published", "2024-05-07",
                              str(QUOTES), str(missing)])
    assert res.exit_code == 1
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [x["input"] for x in lines] == [str(QUOTES), str(missing)]
    ok, bad = lines
    assert ok["ok"] is True and bad["ok"] is False and bad["error"]
    assert str(missing) in res.stderr and len(res.stderr.strip().splitlines()) == 1
    text = ok["article"]["text"]
    assert text == QUOTES.read_text(encoding="utf-8")  # --no-clean: offsets refer to the file
    assert ok["article"]["published"] == "2024-05-07"
    for key in ("commitments", "events", "reversals"):
        assert isinstance(ok[key], list)
    told = next(s for s in ok["statements"] if "We are not going" in text[slice(*s["content_spans"][0])])
    assert told["speaker"] == "Maria Lopez" and told["kind"] == "direct"
    assert text[slice(*told["cue_span"])] == "told"
    assert text[slice(*told["speaker_span"])] == "Lopez"
    for key in ("channel", "channel_span", "channel_type", "when"):
        assert key in told


def test_text_format_lists_statements(runner, nlp):
    res = runner.invoke(cli, ["analyze", "--no-clean", str(QUOTES)])
    assert res.exit_code == 0, res.stderr
    assert "Maria Lopez [direct, told]" in res.stdout
    assert "We are not going to let this go" in res.stdout


def test_bad_published_date_is_usage_error(runner):
    res = runner.invoke(cli, ["analyze", "--published", "May 7", str(QUOTES)])
    assert res.exit_code == 2
