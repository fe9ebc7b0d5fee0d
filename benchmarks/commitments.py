"""Commitments benchmark: the commitments pass alone on the 20-article dev gold set, beside a baseline.

The pass (``onrecord.analyze.commitments.find_commitments``) runs over each gold text parsed by the
project's pipeline and is scored with the official scorer ``shared/tools/ledger/score.py``. The
baseline, scored in the same run, is a trigger lexicon with no grammar: every trigger word is a
commitment whose holder is the nearest proper noun or pronoun before it in the sentence and whose
content is the rest of the sentence; kind from the word. Also reported: kind accuracy on matched
commitments, condition/timeframe recall, and the meetings found in the same articles.

    .venv/bin/python benchmarks/commitments.py [--no-write]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from _report import SHARED, write_section
from ledger import score as ledger_score

GOLD = SHARED / "data" / "ledger-gold-dev" / "gold.jsonl"
TEXT_DIR = SHARED / "data" / "polnear" / "dev" / "text"
BASELINE_TRIGGERS: dict[str, str] = {
    "promise": "promise", "vow": "promise", "pledge": "promise", "will": "promise", "agree": "promise",
    "threaten": "threat", "threat": "threat",
    "urge": "demand", "demand": "demand", "call": "demand", "ask": "demand", "request": "demand",
    "should": "demand",
}


def score(pred: Path) -> dict[str, str | tuple[float, ...]]:
    """The commitment rows of the official scorer (via ``ledger.score``) and its recall line."""
    _, all_rows, cond = ledger_score(pred, GOLD, TEXT_DIR)
    rows: dict[str, str | tuple[float, ...]] = {k: all_rows[k] for k in ("commitment", "commitment+kind")}
    rows["recall"] = cond
    return rows


def baseline(doc) -> list[dict]:
    """Trigger words anywhere; holder the nearest earlier proper noun or pronoun in the sentence."""
    out = []
    for tok in doc:
        kind = BASELINE_TRIGGERS.get(tok.lemma_.lower())
        if kind is None or tok.i + 1 >= tok.sent.end:
            continue
        holder = next((t for t in reversed(doc[tok.sent.start:tok.i]) if t.pos_ in {"PROPN", "PRON"}), None)
        if holder is None:
            continue
        last = doc[tok.sent.end - 1]
        out.append({"kind": kind, "holder": holder.text, "holder_span": [holder.idx, holder.idx + len(holder)],
                    "trigger_span": [tok.idx, tok.idx + len(tok)],
                    "content_span": [doc[tok.i + 1].idx, last.idx + len(last)]})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true", help="print only, do not touch BENCHMARKS.md")
    args = ap.parse_args()
    if not GOLD.exists():
        print(f"benchmarks/commitments.py: {GOLD} is absent: needs the project's ../shared folder", file=sys.stderr)
        return 2
    from onrecord.analyze.commitments import find_commitments
    from onrecord.analyze.meetings import find_meetings
    from onrecord.analyze.pipeline import get_nlp

    nlp = get_nlp()
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    tmp = Path(tempfile.mkdtemp(prefix="onrecord-commitments-"))
    ours, base = tmp / "pred.jsonl", tmp / "baseline.jsonl"
    n_meetings = n_scheduled = 0
    t_pass = 0.0
    with ours.open("w", encoding="utf-8") as fo, base.open("w", encoding="utf-8") as fb:
        for g in gold:
            path = TEXT_DIR / f"{g['doc']}.txt"
            doc = nlp(path.read_text(encoding="utf-8"))
            t0 = time.perf_counter()
            found = find_commitments(doc, list(doc._.statements or []), g["publication_date"])
            events = find_meetings(doc, g["publication_date"])
            t_pass += time.perf_counter() - t0
            n_meetings += len(events)
            n_scheduled += sum(e.status == "scheduled" for e in events)
            fo.write(json.dumps({"input": str(path), "commitments": [c.to_dict() for c in found]}) + "\n")
            fb.write(json.dumps({"input": str(path), "commitments": baseline(doc)}) + "\n")
    rows, brows = score(ours), score(base)

    def fmt(r) -> str:
        return f"{r[0]:.3f} | {r[1]:.3f} | {r[2]:.3f} | {int(r[3])} | {int(r[4])} | {int(r[5])}"

    kind_acc = rows["commitment+kind"][3] / max(rows["commitment"][3], 1)
    base_kind = brows["commitment+kind"][3] / max(brows["commitment"][3], 1)
    body = f"""Official scorer `shared/tools/ledger/score.py`, 20-article dev gold set (83 commitments), the
commitments pass alone over the project's parse (statements pass included, for statement links).
The rules were developed on these 20 articles (and checked by eye on PolNeAR train texts), so
unseen articles may score lower.

| system | metric | P | R | F1 | match | pred | gold |
|---|---|---|---|---|---|---|---|
| onrecord | commitment | {fmt(rows['commitment'])} |
| onrecord | commitment+kind | {fmt(rows['commitment+kind'])} |
| baseline: trigger lexicon, nearest name, rest of sentence | commitment | {fmt(brows['commitment'])} |
| baseline | commitment+kind | {fmt(brows['commitment+kind'])} |

- Kind accuracy on matched commitments: onrecord {kind_acc:.3f}, baseline {base_kind:.3f}.
- onrecord {rows['recall']}.
- Meetings found in the same 20 articles: {n_meetings} ({n_scheduled} scheduled); no gold for meetings
  (the sample page's two meetings are checked in `tests/test_meetings.py`).
- The commitments and meetings passes take {t_pass / len(gold) * 1000:.1f} ms per article after parsing.
"""
    print(body)
    if not args.no_write:
        write_section("commitments", "Commitments (dev gold)", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
