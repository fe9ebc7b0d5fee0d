"""Held-out ledger gold set 31 (BLIND): 8 PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A BLIND test set for the commitment, channel and meeting passes: annotated blind in session 6; scored only
    in aggregate and nobody develops on it (its per-article errors are not to be looked at). Commitments and
    channels follow ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to
    ``gold.jsonl`` in the dev gold shape, so ``shared/tools/ledger/score.py`` reads it. Meetings follow
    ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept article: doc,
    publication_date, meetings [{span, participants, place, when, status}]). This script loads the shared
    blind-set builder (``benchmarks/heldout/blind.py``, which wraps held-out 1's builder and checks every span)
    with this set's spec, output files and selection rule. Small (8 articles): read its figures as a direction
    with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[5::60] (0-based
    indices 5, 65, 125, ..., 785: 14 files). Read each file in full, in that order; keep it if it holds at least
    one commitment under guidelines section A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept articles
    or when the list ends. The 8th kept article came first: 10 files were read, 8 kept (indices 5, 185, 245,
    305, 365, 425, 485, 545) and 2 skipped (indices 65, 125); indices 605, 665, 725 and 785 were not read.
    ``publication_date`` comes from the ``publication_date`` column of ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen without
    running onrecord (CLI, analyze, benchmarks or tests) on any of these articles, without reading onrecord's
    source and without seeing any system output for them. Each kept article was read twice. Counts: 10 files
    read, 8 kept, 2 skipped; 25 commitments (10 promise, 15 demand, 0 threat); 34 channels (15 interview,
    5 rally_or_speech, 5 email_or_letter, 3 social_post, 3 written_statement, 2 other, 1 press_remarks);
    0 meetings (0 past, 0 scheduled). Borderline cases, the guideline decisions taken, and the cases included
    although debatable, are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          968dc3bd33f071e0b0a979d96d65d8da
        gold.jsonl       de2dc4fa38d4322b181f5c0d092c6ef8
        meetings.jsonl   3243a0e583893a5830d4e71636379331
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout31/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 5, 60, 8  # every 60th sorted file name from index 5; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "968dc3bd33f071e0b0a979d96d65d8da", "gold.jsonl": "de2dc4fa38d4322b181f5c0d092c6ef8",
              "meetings.jsonl": "3243a0e583893a5830d4e71636379331"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
