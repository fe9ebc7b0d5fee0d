"""Held-out ledger gold set 17 (DEVELOPMENT, not blind): 8 PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A development set for the commitment, channel and meeting passes. It was annotated blind (session 4: no
    system output seen for these articles) and is then OPEN to error analysis: its errors may be looked at and
    used for development (unlike ``heldout3/``..``heldout6/``). Commitments and channels follow
    ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to ``gold.jsonl`` in the
    dev gold shape, so ``shared/tools/ledger/score.py`` reads it. Meetings follow ``docs/meeting-guidelines.md``
    and are written to ``meetings.jsonl`` (one line per kept article: doc, publication_date, meetings [{span,
    participants, place, when, status}]). This script loads the shared blind-set builder
    (``benchmarks/heldout/blind.py``, which wraps held-out 1's builder and checks every span) with this set's
    spec, output files and selection rule. Small (8 articles): read its figures as a direction with wide error
    bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[31::60]
    (0-based indices 31, 91, 151, ..., 811: 14 files). Index 31 is not among the other sets' starting indices
    (6, 11, 16, 21, 26, 36, 41, 46, 51, 56); none of these 14 files occurs in another set's spec. Read each file
    in full, in that order; keep it if it holds at least one commitment under guidelines §A, otherwise list it in
    ``spec.SKIPPED``. Stop at 8 kept articles or when the list ends. The 8th kept article is the 14th and last
    candidate (index 811): all 14 files were read, 8 kept, 6 skipped (indices 31, 91, 391, 571, 631, 751).
    ``publication_date`` comes from the ``publication_date`` column of ``metadata.tsv`` (compartment
    ``train``).

How it was annotated
    By one annotator, by hand, in session 4: ``spec.py`` was written and this gold set built and frozen before
    onrecord (CLI, analyze, benchmarks or tests) was run on any of these articles, without reading onrecord's
    source and without seeing any system output for them. Counts: 14 files read, 8 kept, 6 skipped;
    22 commitments (18 promise, 3 demand, 1 threat); 22 channels (6 interview, 4 press_remarks,
    3 social_post, 3 rally_or_speech, 2 email_or_letter, 1 testimony, 1 written_statement, 1 other,
    1 article_or_oped); 1 meeting (scheduled, in 1 of the 8 articles; the other 7 have an empty list, which is
    a claim too). Borderline cases, the guideline decisions taken, and the cases included although debatable,
    are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          627555e79b1da3d0f14f17cfd6d9d9a4
        gold.jsonl       05ada5dd84b53a08309e3dc963befbcb
        meetings.jsonl   1807f56694449ef8746940a740e56f2e
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout17/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 31, 60, 8  # every 60th sorted file name from index 31; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "627555e79b1da3d0f14f17cfd6d9d9a4", "gold.jsonl": "05ada5dd84b53a08309e3dc963befbcb",
              "meetings.jsonl": "1807f56694449ef8746940a740e56f2e"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
