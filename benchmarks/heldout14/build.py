"""Held-out ledger gold set 14 (DEVELOPMENT, not blind): 8 PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A DEVELOPMENT set for the commitment, channel and meeting passes: annotated blind in session 4 (no system
    output seen for these articles), then open to error analysis. Its errors may be looked at and used for
    development (unlike ``heldout3/``..``heldout6/``). Commitments and channels follow
    ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to ``gold.jsonl`` in the dev
    gold shape, so ``shared/tools/ledger/score.py`` reads it. Meetings follow ``docs/meeting-guidelines.md`` and
    are written to ``meetings.jsonl`` (one line per kept article: doc, publication_date, meetings [{span,
    participants, place, when, status}]). This script loads the shared blind-set builder
    (``benchmarks/heldout/blind.py``, which wraps held-out 1's builder and checks every span) with this set's
    spec, output files and selection rule. Small (8 articles, 16 commitments, no meetings): read its figures as a
    direction with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[16::60]
    (0-based indices 16, 76, 136, ..., 796: 14 files). Index 16 is not among the blind ones (index % 60 in
    {21, 41, 51}) nor those of held-out 1 (6::60), 2 (36::60) or the other train sets (11, 26, 56::60); the
    builder checks the overlap with held-out 1 and 2 against their specs. Read each file in full, in that order;
    keep it if it holds at least one commitment under guidelines §A, otherwise list it in ``spec.SKIPPED``. Stop
    at 8 kept articles or when the list ends. The 8th kept article is the 12th candidate (index 676): 12 files
    were read, 8 kept, 4 skipped (indices 16, 136, 196, 376); indices 736 and 796 were not read.
    ``publication_date`` comes from the ``publication_date`` column of ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, in session 4: ``spec.py`` was written and this gold set built and frozen before
    onrecord (CLI, analyze, benchmarks or tests) was run on any of these articles and without seeing any system
    output for them. Counts: 12 files read, 8 kept, 4 skipped; 16 commitments (11 promise, 3 demand, 2 threat);
    18 channels (5 written_statement, 4 rally_or_speech, 4 interview, 2 article_or_oped, 2 other,
    1 social_post); 0 meetings (every kept article has an empty meeting list, a claim too). Borderline cases, the
    guideline decisions taken, and the cases included although debatable, are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          eabedbb95c04c65505ff726be1d7a956
        gold.jsonl       6c80a1d52629e9e84b57d651223afda5
        meetings.jsonl   44d784d7acc31de035d63761d42a0d5b
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout14/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 16, 60, 8  # every 60th sorted file name from index 16; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "eabedbb95c04c65505ff726be1d7a956", "gold.jsonl": "6c80a1d52629e9e84b57d651223afda5",
              "meetings.jsonl": "44d784d7acc31de035d63761d42a0d5b"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
