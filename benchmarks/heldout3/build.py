"""Held-out ledger gold set 3 (blind): PolNeAR *train* articles, commitments, statement channels, meetings.

What it is
    A third blind check of the commitment and channel passes, plus a meeting gold. Commitments and
    channels follow ``shared/data/ledger-gold-dev/guidelines.md`` unchanged and are written to
    ``gold.jsonl`` in the dev gold shape (``shared/tools/ledger/score.py`` reads it). Meetings follow
    ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept article:
    ``{"doc", "publication_date", "meetings": [{"span", "participants", "place", "when", "status"}]}``).
    Same builder as held-out 2: this script loads ``benchmarks/heldout/build.py`` and swaps its spec,
    output file and selection rule. Very small (3 articles): read its figures as a direction only.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are the 0-based
    indices 21, 141, 261, 381, 501, 621, 741 (``names[21::120]``). Read each in full, in that order; keep
    it if it holds at least one commitment under guidelines §A, otherwise list it in ``spec.SKIPPED``;
    stop at 6 kept. Only 3 candidates qualified, so all 7 were read: 3 kept (indices 21, 381, 621),
    4 skipped (141, 261, 501, 741). No article is shared with held-out 1 or 2 (checked below).
    ``publication_date`` comes from ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen before
    onrecord (CLI, analyze, benchmarks or tests) was run on any of these articles and without seeing any
    system output for them. Counts: 7 files read, 3 kept, 4 skipped (fewer than the 6 the rule allows:
    the candidate list ran out). Borderline cases are in ``spec.LEFT_OUT``.
        commitments: 9 (5 demand, 4 promise, 0 threat)
        channels:    14 (7 interview, 4 written_statement, 2 press_remarks, 1 social_post)
        meetings:    2 (both past; 1 of the 3 articles has none)
    Frozen files (md5, recorded before any benchmark run):
        spec.py        c8391d591c0e0e644f0f5fbc99c0d7b4
        gold.jsonl     ffac5d0d3313fc41bf04238d2a2df6d1
        meetings.jsonl 28962ddfc4447304d2150d62b9a0f180
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at
    build time.

    .venv/bin/python benchmarks/heldout3/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

N_KEEP, STEP, FIRST = 6, 120, 21  # every 120th sorted file name from index 21, stop at 6 kept
FROZEN_MD5 = {"spec.py": "c8391d591c0e0e644f0f5fbc99c0d7b4", "gold.jsonl": "ffac5d0d3313fc41bf04238d2a2df6d1",
              "meetings.jsonl": "28962ddfc4447304d2150d62b9a0f180"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
