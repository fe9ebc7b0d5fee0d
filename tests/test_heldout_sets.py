"""The hand-annotated held-out sets stay as frozen, and their spans fit the texts they were made on."""

from __future__ import annotations

import ast
import hashlib
import json
import sys
from pathlib import Path

import pytest

from conftest import ROOT, need_shared

BENCH = ROOT / "benchmarks"
FROZEN = sorted(p.parent for p in BENCH.glob("heldout*/build.py") if "FROZEN_MD5" in p.read_text(encoding="utf-8"))


def _frozen_md5(build: Path) -> dict[str, str]:
    """The ``FROZEN_MD5`` literal of a set's build.py (read, not executed)."""
    tree = ast.parse(build.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "FROZEN_MD5" for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{build}: no FROZEN_MD5")


def test_there_are_frozen_sets():
    assert {"heldout10", "heldout11", "heldout18", "heldout19", "heldout24", "heldout25", "heldout26", "heldout27",
            "heldout28", "heldout29", "heldout30", "heldout31"} <= {p.name for p in FROZEN}


@pytest.mark.parametrize("folder", FROZEN, ids=[p.name for p in FROZEN])
def test_set_files_match_their_frozen_md5(folder: Path):
    frozen = _frozen_md5(folder / "build.py")
    assert frozen, f"{folder.name}: FROZEN_MD5 is empty"
    for name, want in frozen.items():
        got = hashlib.md5((folder / name).read_bytes()).hexdigest()
        assert got == want, f"{folder.name}/{name} changed after it was frozen"


@pytest.mark.parametrize("folder", ["heldout10", "heldout11", "heldout12", "heldout13", "heldout26", "heldout27"])
def test_general_news_sets_fit_their_texts(folder: str):
    need_shared("data", "extraction-benchmark", "ground-truth.json")
    sys.path.insert(0, str(BENCH / "heldout"))
    import fresh

    texts = fresh.texts()
    for line in (BENCH / folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = texts[rec["doc"]]
        spans = [c[k] for c in rec["commitments"] for k in ("holder_span", "trigger_span", "content_span") if c[k]]
        spans += [c[k] for c in rec["channels"] for k in ("cue_span", "channel_span")]
        for s, e in spans:
            assert 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip()
