"""Held-out ledger gold set 29 (BLIND): 6 PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A BLIND test set for the commitment, channel and meeting passes: annotated blind in session 6; scored only
    in aggregate, and nobody develops on it (its per-article errors are not to be looked at). Commitments and
    channels follow ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to
    ``gold.jsonl`` in the dev gold shape, so ``shared/tools/ledger/score.py`` reads it. Meetings follow
    ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept article: doc,
    publication_date, meetings [{span, participants, place, when, status}]). This script loads the shared
    blind-set builder (``benchmarks/heldout/blind.py``, which wraps held-out 1's builder and checks every span)
    with this set's spec, output files and selection rule. Small (6 articles): read its figures as a direction
    with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[2::60] (0-based
    indices 2, 62, 122, ..., 782: 14 files). Read each file in full, in that order; keep it if it holds at least
    one commitment under guidelines section A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept articles
    or when the list ends. The list ended first: all 14 files were read, 6 kept (indices 2, 122, 302, 482, 542,
    662) and 8 skipped (indices 62, 182, 242, 362, 422, 602, 722, 782). ``publication_date`` comes from the
    ``publication_date`` column of ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen without
    running onrecord (CLI, analyze, benchmarks or tests) on any of these articles, without reading onrecord's
    source and without seeing any system output for them. Counts: 14 files read, 6 kept, 8 skipped;
    13 commitments (3 promise, 10 demand, 0 threat); 19 channels (7 written_statement, 3 interview,
    3 email_or_letter, 2 article_or_oped, 2 other, 1 social_post, 1 testimony); 0 meetings (0 past,
    0 scheduled). Borderline cases, the guideline decisions taken, and the cases included although debatable
    (two of the six articles are kept on a single debatable commitment), are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          1faec8997878ae45837003d057ca64cc
        gold.jsonl       35901063eb9e13b0ff5c766f9fd0efcf
        meetings.jsonl   9273b3292e692c6eae1591d0cddf7b40
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout29/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 2, 60, 8  # every 60th sorted file name from index 2; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "1faec8997878ae45837003d057ca64cc", "gold.jsonl": "35901063eb9e13b0ff5c766f9fd0efcf",
              "meetings.jsonl": "9273b3292e692c6eae1591d0cddf7b40"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
