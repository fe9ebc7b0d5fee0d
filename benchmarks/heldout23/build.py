"""Held-out ledger gold set 23 (DEVELOPMENT): 6 PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A development set for the commitment, channel and meeting passes. It was annotated blind (in session 4,
    before any system output for these articles was seen) and is then open to error analysis: its errors may
    be looked at and used for development (unlike the blind sets). Commitments and channels follow
    ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to ``gold.jsonl`` in the
    dev gold shape, so ``shared/tools/ledger/score.py`` reads it. Meetings follow ``docs/meeting-guidelines.md``
    and are written to ``meetings.jsonl`` (one line per kept article: doc, publication_date, meetings [{span,
    participants, place, when, status}]). This script loads the shared blind-set builder
    (``benchmarks/heldout/blind.py``, which wraps held-out 1's builder and checks every span) with this set's
    spec, output files and selection rule. Small (6 articles, 10 commitments): read its figures as a direction
    with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[47::60]
    (0-based indices 47, 107, 167, ..., 827: 14 files). Read each file in full, in that order; keep it if it
    holds at least one commitment under guidelines §A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept
    articles or when the list ends. The list ended first: all 14 files were read, 6 kept (indices 47, 227,
    287, 347, 647, 767) and 8 skipped (indices 107, 167, 407, 467, 527, 587, 707, 827). ``publication_date``
    comes from the ``publication_date`` column of ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, in session 4: ``spec.py`` was written and this gold set built and frozen before
    onrecord (CLI, analyze, benchmarks or tests) was run on any of these articles and without seeing any system
    output for them (nor onrecord's source). Counts: 14 files read, 6 kept, 8 skipped; 10 commitments
    (4 promise, 6 demand, 0 threat); 19 channels (7 interview, 3 written_statement, 3 email_or_letter,
    2 press_remarks, 2 rally_or_speech, 1 social_post, 1 article_or_oped); 1 meeting (1 past, in 1 of the
    6 articles). Borderline cases, the guideline decisions taken, and the cases included although debatable,
    are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          1dac00fd86eae9f9b7d3f06d7a704d0e
        gold.jsonl       92d45fa53f2b1af281e0e332efac7c17
        meetings.jsonl   5c3f135833ab5512138f247d6a47c869
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout23/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 47, 60, 8  # every 60th sorted file name from index 47; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "1dac00fd86eae9f9b7d3f06d7a704d0e", "gold.jsonl": "92d45fa53f2b1af281e0e332efac7c17",
              "meetings.jsonl": "5c3f135833ab5512138f247d6a47c869"}
# Every meeting's place and date lie inside its anchor.
PLACE_WHEN_IN_ANCHOR = True


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5,
                      place_when_in_anchor=PLACE_WHEN_IN_ANCHOR)


if __name__ == "__main__":
    sys.exit(main())
