"""Ledger benchmark on a small blind held-out gold set, beside the dev gold set in the same run.

The commitment and channel rules were developed while looking at the 20-article dev gold set, so
their dev figures are optimistic. ``benchmarks/heldout/`` holds 8 PolNeAR *train* articles annotated
blind under the same guidelines (see ``benchmarks/heldout/build.py`` for how they were chosen).

Both sets go through the same code: each article is analysed in-process through the CLI's own
``analyze_records`` with ``clean=False, published=<publication_date>``, i.e. exactly as
``onrecord analyze --format jsonl --no-clean --published <date> FILE`` would, and the JSONL is scored
by the official scorer ``shared/tools/ledger/score.py``. The baseline (measured in the same run on
both sets) is the channel-lexicon baseline of ``benchmarks/ledger.py``.

    .venv/bin/python benchmarks/ledger_heldout.py [--keep DIR] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import ledger
from _report import SHARED, write_section

HELDOUT_GOLD = Path(__file__).resolve().parent / "heldout" / "gold.jsonl"
HELDOUT_TEXT = SHARED / "data" / "polnear" / "train" / "text"
SETS = {"dev": (ledger.GOLD, ledger.TEXT_DIR), "held-out": (HELDOUT_GOLD, HELDOUT_TEXT)}
METRICS = ("commitment", "commitment+kind", "channel", "channel+type")


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
    """Official scorer; return its table, {metric: (P, R, F1, match, pred, gold)}, recall lines."""
    res = subprocess.run([sys.executable, str(ledger.SCORER), "--gold", str(gold), "--text-dir", str(text_dir),
                          "--pred", str(pred)], capture_output=True, text=True, check=True)
    rows: dict[str, tuple[float, ...]] = {}
    recall: list[str] = []
    for line in res.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] in METRICS and len(parts) == 7:
            rows[parts[0]] = tuple(float(x) for x in parts[1:])
        elif line.startswith(("condition", "timeframe")):
            recall.append(line.strip())
    return res.stdout, rows, recall


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
                  "(run benchmarks/heldout/build.py; needs ../shared)", file=sys.stderr)
            return 2
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="onrecord-ledger-heldout-"))
    tmp.mkdir(parents=True, exist_ok=True)
    results, sizes, seconds = {}, {}, {}
    for name, (gold_path, text_dir) in SETS.items():
        gold = load(gold_path)
        sizes[name] = (len(gold), sum(len(g["commitments"]) for g in gold), sum(len(g["channels"]) for g in gold))
        stem = name.replace("-", "")
        pred, base = tmp / f"pred_{stem}.jsonl", tmp / f"baseline_{stem}.jsonl"
        seconds[name] = predict(gold, text_dir, pred)
        baseline(gold, text_dir, base)
        table, rows, recall = score(gold_path, text_dir, pred)
        _, brows, _ = score(gold_path, text_dir, base)
        print(f"== {name}\n{table}")
        results[name] = (rows, brows, recall)

    lines = []
    for m in METRICS:
        for name in SETS:
            lines.append(f"| onrecord | {name} | {m} | {fmt(results[name][0][m])} |")
    for m in ("channel", "channel+type"):
        for name in SETS:
            lines.append(f"| baseline: channel lexicon | {name} | {m} | {fmt(results[name][1][m])} |")
    gap = "; ".join(f"{m} F1 {results['dev'][0][m][2] - results['held-out'][0][m][2]:+.3f}" for m in METRICS)
    recall = "\n".join(f"  - {name}: {' / '.join(results[name][2]) or '(none)'}" for name in SETS)
    n_cond = sum(c["condition_span"] is not None for g in load(HELDOUT_GOLD) for c in g["commitments"])
    n_time = sum(c["timeframe_span"] is not None for g in load(HELDOUT_GOLD) for c in g["commitments"])
    n_a, n_c, n_ch = sizes["held-out"]
    d_a, d_c, d_ch = sizes["dev"]
    body = f"""Official scorer `shared/tools/ledger/score.py`; every article analysed in-process exactly as
`onrecord analyze --format jsonl --no-clean --published <publication_date>`. **held-out** =
`benchmarks/heldout/gold.jsonl`: {n_a} PolNeAR train articles, {n_c} commitments, {n_ch} channels, chosen by a
fixed rule and annotated blind by one annotator under the dev guidelines (see `benchmarks/heldout/build.py`).
**dev** = `shared/data/ledger-gold-dev` ({d_a} articles, {d_c} commitments, {d_ch} channels), on which the rules
were developed. The held-out set is **small**: one article more or less moves a figure by several
points, so read the gap as a direction, not a measurement.

| system | set | metric | P | R | F1 | match | pred | gold |
|---|---|---|---|---|---|---|---|---|
""" + "\n".join(lines) + f"""

- Condition / timeframe recall (over matched gold commitments that have one):
{recall}
  - The held-out set has only {n_cond} gold condition(s) and {n_time} gold timeframe(s), so its recall figures
    say almost nothing ("0/0" means the commitment carrying the condition was itself missed).
- Generalisation gap (dev F1 minus held-out F1): {gap}.
- Analysis time: dev {seconds['dev']:.1f} s for {d_a} articles, held-out {seconds['held-out']:.1f} s for
  {n_a} articles (one model load, shared; per-article CLI path).
"""
    print(body)
    if not args.no_write:
        write_section("ledger_heldout", "Ledger: commitments and channels on a blind held-out set", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
