"""Held-out ledger gold set 18 (BLIND): 7 PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A BLIND test set for the commitment, channel and meeting passes: annotated blind in session 4; it is scored
    only in aggregate and nobody develops on it (its per-article errors are not to be looked at). Commitments
    and channels follow ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to
    ``gold.jsonl`` in the dev gold shape, so ``shared/tools/ledger/score.py`` reads it. Meetings follow
    ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept article: doc,
    publication_date, meetings [{span, participants, place, when, status}]). This script loads the shared
    blind-set builder (``benchmarks/heldout/blind.py``, which wraps held-out 1's builder and checks every span)
    with this set's spec, output files and selection rule. Small (7 articles): read its figures as a direction
    with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[4::60] (0-based
    indices 4, 64, 124, ..., 784: 14 files). Read each file in full, in that order; keep it if it holds at least
    one commitment under guidelines section A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept articles
    or when the list ends. The list ended first: all 14 files were read, 7 kept (indices 4, 244, 304, 364, 544,
    604, 664) and 7 skipped (indices 64, 124, 184, 424, 484, 724, 784). ``publication_date`` comes from the
    ``publication_date`` column of ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen without
    running onrecord (CLI, analyze, benchmarks or tests) on any of these articles, without reading onrecord's
    source and without seeing any system output for them. Counts: 14 files read, 7 kept, 7 skipped;
    18 commitments (10 promise, 8 demand, 0 threat); 29 channels (10 interview, 7 rally_or_speech,
    5 social_post, 2 press_remarks, 2 written_statement, 2 other, 1 debate); 1 meeting (1 scheduled, 0 past,
    in 1 of the 7 articles). Borderline cases, the guideline decisions taken, and the cases included although
    debatable, are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          84d7aca2e8a8d6fd2315ba081b727147
        gold.jsonl       7419952d64579d08b8d7802b40a4202b
        meetings.jsonl   d6d336a36312625fbb5d375422b3d7c8
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout18/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 4, 60, 8  # every 60th sorted file name from index 4; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "84d7aca2e8a8d6fd2315ba081b727147", "gold.jsonl": "7419952d64579d08b8d7802b40a4202b",
              "meetings.jsonl": "d6d336a36312625fbb5d375422b3d7c8"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
