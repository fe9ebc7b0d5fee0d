"""Inter-annotator agreement on the blind held-out sets, beside onrecord scored against each annotator.

Held-out 5 and 6 (``benchmarks/heldout5/``, ``heldout6/``) were each annotated a second time in session 3,
by a different annotator who saw only the articles and ``shared/data/ledger-gold-dev/guidelines.md``
(not the first annotation, not any system output): ``heldoutN/second/gold.jsonl``. This script scores,
with the official scorer ``shared/tools/ledger/score.py``,

* the second annotation as if it were a prediction against the first (inter-annotator agreement: the
  ceiling a system can be expected to reach against one annotator), and
* onrecord against the first and against the second annotation,

per set and pooled. Blind sets: only aggregate figures are printed, never a document, span or error.

    .venv/bin/python benchmarks/agreement.py [--no-write]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import ledger
from _report import read_jsonl, write_section
from ledger_heldout import HELDOUT_TEXT, pooled, predict

HERE = Path(__file__).resolve().parent
SETS = {"held-out-5": HERE / "heldout5", "held-out-6": HERE / "heldout6"}
METRICS = ledger.METRICS


def as_prediction(gold: list[dict], out: Path) -> None:
    """Write an annotation in the shape of ``onrecord analyze --format jsonl`` so the scorer reads it."""
    with out.open("w", encoding="utf-8") as fh:
        for g in gold:
            statements = [{"speaker": c["speaker"], "cue_span": c["cue_span"], "channel_span": c["channel_span"],
                           "channel_type": c["channel_type"], "content_spans": []} for c in g["channels"]]
            fh.write(json.dumps({"input": str(HELDOUT_TEXT / f"{g['doc']}.txt"), "ok": True,
                                 "statements": statements, "commitments": g["commitments"]}) + "\n")


def identical_items(folder: Path) -> tuple[int, int]:
    """(items of the second spec written character for character as in the first spec, items of the second).

    An item is one ``C(``/``H(``/``M(`` call line. Identical lines include the anchor, a fragment each
    annotator chooses freely, so many of them would mean the second annotation is not independent."""
    first = {line.strip() for line in (folder / "spec.py").read_text(encoding="utf-8").splitlines()}
    items = [line.strip() for line in (folder / "second" / "spec.py").read_text(encoding="utf-8").splitlines()
             if line.strip().startswith(("C(", "H(", "M("))]
    return sum(line in first for line in items), len(items)


def fmt(r: tuple[float, ...]) -> str:
    return " | ".join(f"{x:.3f}" for x in r[:3]) + " | " + " | ".join(str(int(x)) for x in r[3:])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true", help="print only, do not touch BENCHMARKS.md")
    args = ap.parse_args()
    for folder in SETS.values():
        if not (folder / "gold.jsonl").exists() or not (folder / "second" / "gold.jsonl").exists() \
                or not HELDOUT_TEXT.is_dir():
            print(f"benchmarks/agreement.py: {folder}/gold.jsonl, {folder}/second/gold.jsonl or {HELDOUT_TEXT} "
                  "is absent (needs ../shared)", file=sys.stderr)
            return 2
    tmp = Path(tempfile.mkdtemp(prefix="onrecord-agreement-"))
    files: dict[str, dict[str, Path]] = {}
    for name, folder in SETS.items():
        first, second = folder / "gold.jsonl", folder / "second" / "gold.jsonl"
        stem = name.replace("-", "")
        as_prediction(read_jsonl(second), tmp / f"second_{stem}.jsonl")
        predict(read_jsonl(first), HELDOUT_TEXT, tmp / f"onrecord_{stem}.jsonl")
        files[name] = {"first": first, "second": second, "second_pred": tmp / f"second_{stem}.jsonl",
                       "onrecord": tmp / f"onrecord_{stem}.jsonl"}
    files["pooled 5-6"] = {key: pooled([str(files[n][key]) for n in SETS], tmp, f"pooled_{key}")
                           for key in ("first", "second", "second_pred", "onrecord")}
    lines = []
    for name, f in files.items():
        comparisons = (("second annotator vs first (agreement)", f["second_pred"], f["first"]),
                       ("onrecord vs first annotator", f["onrecord"], f["first"]),
                       ("onrecord vs second annotator", f["onrecord"], f["second"]))
        for label, pred, gold in comparisons:
            table, rows, _ = ledger.score(pred, gold, HELDOUT_TEXT)
            print(f"== {name}: {label}\n{table}")
            lines += [f"| {name} | {label} | {m} | {fmt(rows[m])} |" for m in METRICS]
    same = {name: identical_items(folder) for name, folder in SETS.items()}
    copies = "; ".join(f"{name}: {k} of {n} item lines" for name, (k, n) in same.items())
    body = """Held-out 5 and 6 were annotated twice (the second annotators were told to read only the
articles and the guidelines, never the first annotation). Official scorer `shared/tools/ledger/score.py`; for agreement the second
annotation is scored as a prediction against the first. Only aggregate figures: these sets were blind until session 5 (their channel errors were opened in session 6).

| set | comparison | metric | P | R | F1 | match | pred | gold |
|---|---|---|---|---|---|---|---|---|
""" + "\n".join(lines) + """

Read: when two annotators agree far more closely than onrecord agrees with either, the gap is onrecord's,
not the gold's. **Caveat on independence:** item lines of the second spec written character for
character as in the first (anchor fragment included): """ + copies + """. Annotators who follow the same
conventions can pick the same fragment, but many identical lines may also mean the second annotator saw
the first annotation: read the agreement as an upper bound, held-out 6 as the more credible of the two.
"""
    if not args.no_write:
        write_section("agreement", "Inter-annotator agreement on held-out 5 and 6", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
