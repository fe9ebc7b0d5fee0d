"""Held-out ledger set 8 (DEVELOPMENT, not blind): PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A DEVELOPMENT set: it is not blind, and its errors may be used for development (error analysis,
    rule changes). Commitments and channels follow ``shared/data/ledger-gold-dev/guidelines.md`` (applied
    unchanged) and are written to ``gold.jsonl`` in the dev gold shape, so ``shared/tools/ledger/score.py``
    reads it. Meetings follow ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line
    per kept article: doc, publication_date, meetings [{span, participants, place, when, status}]). This
    script uses the shared builder ``benchmarks/heldout/blind.py`` (held-out 1's builder, which checks every
    span). Small (6 articles): read its figures as a direction with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the file names in ``shared/data/polnear/train/text/``; the candidates are names[56::60]
    (0-based indices 56, 116, 176, ..., 836: 14 files; none is a blind index, index % 60 in {21, 41, 51}).
    Read each file in full, in that order; keep it if it holds at least one commitment under guidelines §A,
    otherwise list it in ``spec.SKIPPED``. Stop at 8 kept articles or when the list ends. The list ended
    first: 14 files read, 6 kept (indices 176, 236, 356, 656, 776, 836), 8 skipped (indices 56, 116, 296,
    416, 476, 536, 596, 716). ``publication_date`` comes from the ``publication_date`` column of
    ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, before any system output for these articles was seen: ``spec.py`` was
    written and this set built before onrecord (CLI, analyze, benchmarks or tests) was run on any of
    these articles. Counts: 14 files read, 6 kept, 8 skipped; 10 commitments (4 promise, 5 demand,
    1 threat); 15 channels (6 interview, 6 written_statement, 2 email_or_letter, 1 other); 0 meetings.
    Borderline cases, and the cases included although debatable, are listed in ``spec.LEFT_OUT``.
    Frozen files (md5):
        spec.py          33dd9ecfd38e042b0b73138dbff5f8b5
        gold.jsonl       7080acf963fc2771aedd05e3ec7b2695
        meetings.jsonl   ddbb9a32ebd39aa3e7b1b0cd01c07276

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout8/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 56, 60, 8  # every 60th sorted file name from index 56; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "33dd9ecfd38e042b0b73138dbff5f8b5", "gold.jsonl": "7080acf963fc2771aedd05e3ec7b2695",
              "meetings.jsonl": "ddbb9a32ebd39aa3e7b1b0cd01c07276"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
