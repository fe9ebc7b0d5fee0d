"""Helper shared by the commitment tests: commitment F1 of a gold set by the official ledger scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from onrecord.analyze.commitments import find_commitments


def official_commitment_f1(nlp, gold_path: Path, text_dir: Path, scorer: Path, tmp_path: Path) -> tuple[float, str]:
    """(commitment F1, the scorer's report) of ``find_commitments`` over the gold set's articles."""
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            path = text_dir / f"{gold['doc']}.txt"
            doc = nlp(path.read_text(encoding="utf-8"))
            found = find_commitments(doc, list(doc._.statements or []), gold["publication_date"])
            fh.write(json.dumps({"input": str(path), "commitments": [c.to_dict() for c in found],
                                 "statements": []}) + "\n")
    out = subprocess.run([sys.executable, str(scorer), "--gold", str(gold_path), "--text-dir", str(text_dir),
                          "--pred", str(pred)], capture_output=True, text=True, check=True).stdout
    row = next(line.split() for line in out.splitlines() if line.startswith("commitment "))
    return float(row[3]), out
