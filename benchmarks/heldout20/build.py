"""Held-out ledger gold set 20 (DEVELOPMENT, not blind): 8 PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A development set for the commitment, channel and meeting passes. It was annotated blind (in session 4,
    without seeing any system output for these articles) and is then open to error analysis: its errors may be
    looked at and used for development (unlike ``heldout3/``..``heldout6/``). Commitments and channels follow
    ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to ``gold.jsonl`` in the
    dev gold shape, so ``shared/tools/ledger/score.py`` reads it. Meetings follow ``docs/meeting-guidelines.md``
    and are written to ``meetings.jsonl`` (one line per kept article: doc, publication_date, meetings [{span,
    participants, place, when, status}]). This script loads the shared blind-set builder
    (``benchmarks/heldout/blind.py``, which wraps held-out 1's builder and checks every span) with this set's
    spec, output files and selection rule. Small (8 articles): read its figures as a direction with wide error
    bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[32::60]
    (0-based indices 32, 92, 152, ..., 812: 14 files). These indices are not among the blind ones (index % 60
    in {21, 41, 51}) nor those of held-out 1 (6::60) and 2 (36::60) (checked below against their specs too).
    Read each file in full, in that order; keep it if it holds at least one commitment under guidelines §A,
    otherwise list it in ``spec.SKIPPED``. Stop at 8 kept articles or when the list ends. The 8th kept article
    is the 14th and last candidate (index 812): all 14 files were read, 8 kept, 6 skipped (indices 32, 92, 152,
    272, 632, 752). ``publication_date`` comes from the ``publication_date`` column of ``metadata.tsv``
    (compartment ``train``).

How it was annotated
    By one annotator, by hand, in session 4: ``spec.py`` was written and this gold set built and frozen before
    onrecord (CLI, analyze, benchmarks or tests) was run on any of these articles and without seeing any system
    output for them. Counts: 14 files read, 8 kept, 6 skipped; 19 commitments (8 promise, 11 demand, 0 threat);
    27 channels (8 interview, 7 rally_or_speech, 4 social_post, 4 written_statement, 2 email_or_letter,
    1 article_or_oped, 1 press_remarks); 1 meeting (1 past, in 1 of the 8 articles). Borderline cases, the
    guideline decisions taken, and the cases included although debatable, are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          177bbf90feb88a19e0c8136adaf6dd4c
        gold.jsonl       292b5ed37ad816c333d58abfa3667e38
        meetings.jsonl   82c54d0229ecce1eb5f55bddca0bcdf1
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout20/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 32, 60, 8  # every 60th sorted file name from index 32; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "177bbf90feb88a19e0c8136adaf6dd4c", "gold.jsonl": "292b5ed37ad816c333d58abfa3667e38",
              "meetings.jsonl": "82c54d0229ecce1eb5f55bddca0bcdf1"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
