"""Held-out ledger gold set 19 (BLIND): PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A BLIND test set for the commitment, channel and meeting passes: annotated blind in session 4; it is
    scored only in aggregate and nobody develops on it (its errors are never looked at). Commitments and
    channels follow ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to
    ``gold.jsonl`` in the dev gold shape, so ``shared/tools/ledger/score.py`` reads it. Meetings follow
    ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept article: doc,
    publication_date, meetings [{span, participants, place, when, status}]). This script loads the shared
    blind-set builder (``benchmarks/heldout/blind.py``, which wraps held-out 1's builder and checks every span)
    with this set's spec, output files and selection rule. Small (6 articles): read its figures as a direction
    with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[19::60] (0-based
    indices 19, 79, 139, ..., 799: 14 files). Read each file in full, in that order; keep it if it holds at
    least one commitment under guidelines §A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept articles
    or when the list ends. The list ended first: all 14 files were read, 6 kept (indices 139, 199, 259, 319,
    379, 679), 8 skipped (indices 19, 79, 439, 499, 559, 619, 739, 799). ``publication_date`` comes from the
    ``publication_date`` column of ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen without
    running onrecord (CLI, analyze, benchmarks or tests) on any of these articles and without seeing any
    system output for them. Counts: 14 files read, 6 kept, 8 skipped; 12 commitments (10 promise, 1 demand,
    1 threat); 13 channels (7 interview, 4 rally_or_speech, 1 debate, 1 press_remarks); 0 meetings (an empty
    list in each of the 6 articles). Borderline cases, the guideline decisions taken, and the cases included
    although debatable, are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          6ac6498c469c89cb92a2f970c5d98325
        gold.jsonl       8d803cb35b1130211f83a39b58f7b097
        meetings.jsonl   313194181ce96acf215fbc1724dcf6b4
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout19/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 19, 60, 8  # every 60th sorted file name from index 19; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "6ac6498c469c89cb92a2f970c5d98325", "gold.jsonl": "8d803cb35b1130211f83a39b58f7b097",
              "meetings.jsonl": "313194181ce96acf215fbc1724dcf6b4"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
