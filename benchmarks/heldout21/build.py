"""Held-out ledger gold set 21 (DEVELOPMENT, not blind): 8 PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A development set for the commitment, channel and meeting passes. It was annotated blind (in session 4,
    before any system output for these articles was seen) and is then open to error analysis: its errors may
    be looked at and used for development (unlike the blind sets ``heldout3/``..``heldout6/``). Commitments and
    channels follow ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to
    ``gold.jsonl`` in the dev gold shape, so ``shared/tools/ledger/score.py`` reads it. Meetings follow
    ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept article: doc,
    publication_date, meetings [{span, participants, place, when, status}]). This script loads the shared
    blind-set builder (``benchmarks/heldout/blind.py``, which wraps held-out 1's builder and checks every span)
    with this set's spec, output files and selection rule. Small (8 articles): read its figures as a direction
    with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[53::60]
    (0-based indices 53, 113, 173, ..., 833: 14 files). Read each file in full, in that order; keep it if it
    holds at least one commitment under guidelines §A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept
    articles or when the list ends. The 8th kept article is the 12th candidate (index 713): 12 files were read,
    8 kept, 4 skipped (indices 53, 173, 413, 473); indices 773 and 833 were not read. ``publication_date``
    comes from the ``publication_date`` column of ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen in session 4
    before onrecord (CLI, analyze, benchmarks or tests) was run on any of these articles, without reading
    onrecord's source and without seeing any system output for them. Counts: 12 files read, 8 kept, 4 skipped;
    15 commitments (5 promise, 10 demand, 0 threat); 29 channels (7 rally_or_speech, 7 interview, 5 other,
    4 written_statement, 3 email_or_letter, 2 debate, 1 article_or_oped); 0 meetings (every kept article has an
    empty meeting list, itself a claim). Borderline cases, the guideline decisions taken, and the
    cases included although debatable, are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          797d64afdd7fe4a0af040e74a644ba2f
        gold.jsonl       35ac56aefec22f0a252b504766f7f61b
        meetings.jsonl   b30744279e76281816aff8b28899a4cb
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout21/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 53, 60, 8  # every 60th sorted file name from index 53; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "797d64afdd7fe4a0af040e74a644ba2f", "gold.jsonl": "35ac56aefec22f0a252b504766f7f61b",
              "meetings.jsonl": "b30744279e76281816aff8b28899a4cb"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
