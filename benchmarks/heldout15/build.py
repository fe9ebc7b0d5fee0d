"""Held-out ledger gold set 15 (DEVELOPMENT, not blind): 8 PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A development set for the commitment, channel and meeting passes. It was annotated blind (in session 4,
    before any system output for these articles was seen) and is then OPEN to error analysis: its errors may
    be looked at and used for development (unlike ``heldout3/``..``heldout6/``). Commitments and channels follow
    ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to ``gold.jsonl`` in the
    dev gold shape, so ``shared/tools/ledger/score.py`` reads it. Meetings follow ``docs/meeting-guidelines.md``
    and are written to ``meetings.jsonl`` (one line per kept article: doc, publication_date, meetings [{span,
    participants, place, when, status}]). This script loads the shared blind-set builder
    (``benchmarks/heldout/blind.py``, which wraps held-out 1's builder and checks every span) with this set's
    spec, output files and selection rule. Small (8 articles): read its figures as a direction with wide error
    bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[46::60]
    (0-based indices 46, 106, 166, ..., 826: 14 files). Read each file in full, in that order; keep it if it
    holds at least one commitment under guidelines §A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept
    articles or when the list ends. The 8th kept article is the 11th candidate (index 646): 11 files were read,
    8 kept, 3 skipped (indices 226, 526, 586); indices 706, 766 and 826 were not read. ``publication_date``
    comes from the ``publication_date`` column of ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, in session 4: ``spec.py`` was written and this gold set built and frozen before
    onrecord (CLI, analyze, benchmarks or tests) was run on any of these articles, without reading onrecord's
    source and without seeing any system output for them. Counts: 11 files read, 8 kept, 3 skipped;
    30 commitments (18 promise, 12 demand, 0 threat); 38 channels (10 rally_or_speech, 7 article_or_oped,
    5 interview, 5 other, 3 social_post, 3 written_statement, 3 email_or_letter, 2 press_remarks, 0 debate,
    0 testimony); 3 meetings (3 past, 0 scheduled, in 3 of the 8 articles). Borderline cases, the guideline decisions taken, and the cases included although debatable,
    are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          e45fb4fea1098a4f778015aad21f4ec7
        gold.jsonl       9ef8109dadb918688de6afe8361c8a63
        meetings.jsonl   21a882dbe95048e17175fbc4b9e63766
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout15/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 46, 60, 8  # every 60th sorted file name from index 46; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "e45fb4fea1098a4f778015aad21f4ec7", "gold.jsonl": "9ef8109dadb918688de6afe8361c8a63",
              "meetings.jsonl": "21a882dbe95048e17175fbc4b9e63766"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
