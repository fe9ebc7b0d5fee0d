"""Shared builder of the *fresh* blind held-out sets (``benchmarks/heldout10/``, ``heldout11/``).

The earlier sets are PolNeAR articles (2016 US politics). The fresh sets are drawn from another source
that onrecord's analysis was never developed on: the true article bodies (``articleBody``) of the
extraction benchmark, ``shared/data/extraction-benchmark/ground-truth.json`` (121 news pages of
November 2019, general news, only ever used to score HTML extraction). They test "news in general".

* A document is named by the first 16 hex digits of its ground-truth key; its text is the
  ``articleBody`` string exactly. The repo holds no article text: :func:`materialize` writes the texts
  to a folder outside the repo at run time (``{doc}.txt``, UTF-8), which the benchmarks hand to
  ``onrecord analyze --no-clean`` and to ``shared/tools/ledger/score.py``.
* Selection: the sorted document names ``[parity::2]`` (held-out 10 takes parity 0, held-out 11 parity
  1; the development sets held-out 12 and 13 go on with the candidates those two never opened), read
  in order; an article is kept if it holds at least one commitment or one statement channel
  under ``shared/data/ledger-gold-dev/guidelines.md``; stop at ``n_keep`` kept articles.
* Every span is checked by held-out 1's builder (``benchmarks/heldout/build.py``: anchors occur once,
  spans once inside their anchor), then ``gold.jsonl`` and ``meetings.jsonl`` are written as for the
  other sets; ``publication_date`` is the one the annotator wrote in ``spec.py`` (from the page's URL
  or text), or null.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind  # noqa: E402

SHARED = HERE.parent.parent.parent / "shared"
SOURCE = SHARED / "data" / "extraction-benchmark" / "ground-truth.json"


@cache
def _ground_truth() -> dict[str, dict]:
    """``{doc: entry}``: the benchmark's ground truth, read once."""
    return {key[:16]: entry for key, entry in json.loads(SOURCE.read_text(encoding="utf-8")).items()}


def texts() -> dict[str, str]:
    """``{doc: articleBody}`` for every page of the extraction benchmark."""
    return {doc: entry["articleBody"] for doc, entry in _ground_truth().items()}


def urls() -> dict[str, str]:
    """``{doc: url}``: the page each document came from."""
    return {doc: entry["url"] for doc, entry in _ground_truth().items()}


def materialize(folder: Path) -> Path:
    """Write every document's text to ``folder/{doc}.txt``; return ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc, text in texts().items():
        (folder / f"{doc}.txt").write_bytes(text.encode("utf-8"))
    return folder


def selection_order(parity: int, skip: int = 0) -> list[str]:
    """The candidate list of a fresh set, in reading order: every other sorted name from ``parity``,
    less the first ``skip`` (the candidates an earlier set of the same parity already read)."""
    return sorted(texts())[parity::2][skip:]


def builder(folder: Path, parity: int, n_keep: int, skip: int = 0) -> ModuleType:
    """Held-out 1's builder pointed at ``folder``'s spec and gold file and at the fresh texts."""
    label = folder.name
    base = blind.load(f"heldout1_build_for_{label}", HERE / "build.py")
    base.spec, base.GOLD = blind.load(f"{label}_spec", folder / "spec.py"), folder / "gold.jsonl"
    base.read_text = lambda doc: texts()[doc]
    base.selection_order = lambda: selection_order(parity, skip)
    base.check_selection = lambda: blind.check_selection(base, n_keep, label)
    return base


def main(folder: Path, parity: int, n_keep: int, frozen_md5: dict[str, str], skip: int = 0) -> int:
    """Build ``folder``'s gold.jsonl and meetings.jsonl; 2 without ../shared, 1 when a frozen md5 changed."""
    if not SOURCE.is_file():
        print(f"{folder.name}/build.py: {SOURCE} is absent: needs the project's ../shared folder", file=sys.stderr)
        return 2
    base = builder(folder, parity, n_keep, skip)
    base.check_selection()
    records = sorted((base.build_record(a, a.get("publication_date")) for a in base.spec.ARTICLES),
                     key=lambda r: r["doc"])
    base.GOLD.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    n_c = sum(len(r["commitments"]) for r in records)
    n_ch = sum(len(r["channels"]) for r in records)
    print(f"articles={len(records)} skipped={len(base.spec.SKIPPED)} commitments={n_c} channels={n_ch}")
    meetings = blind.meeting_records(base)
    (folder / "meetings.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in meetings),
                                           encoding="utf-8")
    print(f"meetings={sum(len(r['meetings']) for r in meetings)}")
    if "--show" in sys.argv:
        for rec in records:
            base.show(rec)
        blind.show_meetings(base, meetings)
    return 1 if blind.frozen_changes(folder, frozen_md5) else 0
