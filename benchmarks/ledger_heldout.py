"""Ledger benchmark on two small held-out gold sets, beside the dev gold set in the same run.

The commitment and channel rules were developed while looking at the 20-article dev gold set, so
their dev figures are optimistic. Two held-out sets of 8 PolNeAR *train* articles each were annotated
under the same guidelines, each chosen by a fixed rule (see their ``build.py``):

* ``benchmarks/heldout/`` (held-out 1): its errors were shown to developers for error analysis, so it
  is no longer blind;
* ``benchmarks/heldout2/`` (held-out 2): blind, the final judge; nobody tunes on it.

All sets go through the same code: each article is analysed in-process through the CLI's own
``analyze_records`` with ``clean=False, published=<publication_date>``, i.e. exactly as
``onrecord analyze --format jsonl --no-clean --published <date> FILE`` would, and the JSONL is scored
by the official scorer ``shared/tools/ledger/score.py``. The baseline (measured in the same run on
every set) is the channel-lexicon baseline of ``benchmarks/ledger.py``.

    .venv/bin/python benchmarks/ledger_heldout.py [--keep DIR] [--no-write]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

import ledger
from _report import SHARED, write_section

HERE = Path(__file__).resolve().parent
HELDOUT_TEXT = SHARED / "data" / "polnear" / "train" / "text"
SETS = {"dev": (ledger.GOLD, ledger.TEXT_DIR),
        "held-out-1": (HERE / "heldout" / "gold.jsonl", HELDOUT_TEXT),
        "held-out-2": (HERE / "heldout2" / "gold.jsonl", HELDOUT_TEXT)}
HELDOUT = ("held-out-1", "held-out-2")
STATUS = {"dev": "rules developed on it",
          "held-out-1": "seen by developers for error analysis",
          "held-out-2": "blind"}
FROZEN_GOLD_MD5 = "32fe6349f097d54fd5b52b6e8958366f"  # held-out-2, see benchmarks/heldout2/build.py
METRICS = ledger.METRICS


def load(gold: Path) -> list[dict]:
    """The gold records of one set."""
    return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]


def predict(gold: list[dict], text_dir: Path, out: Path) -> float:
    """Analyse every gold article as the CLI would; write PRED jsonl; return seconds spent."""
    from onrecord.cli.analysis import analyze_records

    t0 = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        for g in gold:
            path = text_dir / f"{g['doc']}.txt"
            for rec in analyze_records((str(path),), clean=False, fetch=False,
                                       published=g.get("publication_date")):
                if rec.get("ok") and rec["article"]["text"] != path.read_text(encoding="utf-8"):
                    raise SystemExit(f"{path}: --no-clean text differs from the file; offsets would not match")
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return time.perf_counter() - t0


def baseline(gold: list[dict], text_dir: Path, out: Path) -> None:
    """ledger.py's channel-lexicon baseline, pointed at ``text_dir``."""
    saved = ledger.TEXT_DIR
    ledger.TEXT_DIR = text_dir
    try:
        ledger.write_baseline(gold, out)
    finally:
        ledger.TEXT_DIR = saved


def score(gold: Path, text_dir: Path, pred: Path) -> tuple[str, dict[str, tuple[float, ...]], list[str]]:
    """Official scorer (via ``ledger.score``); return its table, rows and the recall line as a list."""
    table, rows, cond = ledger.score(pred, gold, text_dir)
    return table, rows, [cond] if cond else []


def describe(name: str) -> str:
    """Repo-relative (or shared-relative) path of a set's gold file, for the report."""
    gold = SETS[name][0]
    return str(gold.relative_to(HERE.parent)) if gold.is_relative_to(HERE.parent) else \
        "shared/" + str(gold.relative_to(SHARED))


def fmt(r: tuple[float, ...]) -> str:
    return f"{r[0]:.3f} | {r[1]:.3f} | {r[2]:.3f} | {int(r[3])} | {int(r[4])} | {int(r[5])}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="keep the prediction files in this folder")
    ap.add_argument("--no-write", action="store_true", help="print only, do not touch BENCHMARKS.md")
    args = ap.parse_args()
    for gold, text_dir in SETS.values():
        if not gold.exists() or not text_dir.is_dir():
            print(f"benchmarks/ledger_heldout.py: {gold} or {text_dir} is absent "
                  "(run benchmarks/heldout*/build.py; needs ../shared)", file=sys.stderr)
            return 2
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="onrecord-ledger-heldout-"))
    tmp.mkdir(parents=True, exist_ok=True)
    results, sizes, seconds = {}, {}, {}
    for name, (gold_path, text_dir) in SETS.items():
        gold = load(gold_path)
        commitments = [c for g in gold for c in g["commitments"]]
        sizes[name] = (len(gold), len(commitments), sum(len(g["channels"]) for g in gold),
                       sum(c["condition_span"] is not None for c in commitments),
                       sum(c["timeframe_span"] is not None for c in commitments))
        stem = name.replace("-", "")
        pred, base = tmp / f"pred_{stem}.jsonl", tmp / f"baseline_{stem}.jsonl"
        seconds[name] = predict(gold, text_dir, pred)
        baseline(gold, text_dir, base)
        table, rows, recall = score(gold_path, text_dir, pred)
        _, brows, _ = score(gold_path, text_dir, base)
        print(f"== {name}\n{table}")
        results[name] = (rows, brows, recall)

    lines = [f"| onrecord | {name} | {m} | {fmt(results[name][0][m])} |" for m in METRICS for name in SETS]
    lines += [f"| baseline: channel lexicon | {name} | {m} | {fmt(results[name][1][m])} |"
              for m in ("channel", "channel+type") for name in SETS]
    gaps = "\n".join(f"  - dev minus {name}: " + "; ".join(
        f"{m} F1 {results['dev'][0][m][2] - results[name][0][m][2]:+.3f}" for m in METRICS) for name in HELDOUT)
    recall = "\n".join(f"  - {name}: {' / '.join(results[name][2]) or '(none)'}" for name in SETS)
    sets = "\n".join(f"- **{name}** ({STATUS[name]}): `{describe(name)}`, {sizes[name][0]} articles, "
                     f"{sizes[name][1]} commitments ({sizes[name][3]} with a condition, {sizes[name][4]} with a "
                     f"timeframe), {sizes[name][2]} channels." for name in SETS)
    md5 = hashlib.md5(SETS["held-out-2"][0].read_bytes()).hexdigest()
    frozen = ("matches the md5 frozen before its first run" if md5 == FROZEN_GOLD_MD5
              else f"DIFFERS from the frozen md5 {FROZEN_GOLD_MD5} (see benchmarks/heldout2/build.py)")
    timing = ", ".join(f"{name} {seconds[name]:.1f} s for {sizes[name][0]} articles" for name in SETS)
    body = f"""Official scorer `shared/tools/ledger/score.py`; every article analysed in-process exactly as
`onrecord analyze --format jsonl --no-clean --published <publication_date>`. Three gold sets, same
guidelines, scored in the same run:

{sets}

Both held-out sets were chosen by a fixed rule over PolNeAR *train* file names (disjoint lists) and
annotated blind by one annotator. **held-out-2 is the final judge**: its errors are not shown to
anyone working on the passes (its gold.jsonl {frozen}).
Each held-out set is **small**: one article more or less moves a figure by several points, so read
the gaps as directions, not measurements.

| system | set | metric | P | R | F1 | match | pred | gold |
|---|---|---|---|---|---|---|---|---|
""" + "\n".join(lines) + f"""

- Condition / timeframe recall (over matched gold commitments that have one; "0/0" means the
  commitment carrying it was itself missed, and the held-out sets have very few):
{recall}
- Generalisation gap (dev F1 minus held-out F1):
{gaps}
- Analysis time: {timing} (one model load, shared; per-article CLI path).
"""
    print(body)
    if not args.no_write:
        write_section("ledger_heldout", "Ledger: commitments and channels on dev and two held-out sets", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
