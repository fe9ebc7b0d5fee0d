"""Held-out ledger gold set 24 (BLIND): 6 PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A BLIND test set for the commitment, channel and meeting passes: annotated blind in session 5; scored only
    in aggregate, and nobody develops on it (its per-article errors are not to be looked at). Commitments and
    channels follow ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to
    ``gold.jsonl`` in the dev gold shape, so ``shared/tools/ledger/score.py`` reads it. Meetings follow
    ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept article: doc,
    publication_date, meetings [{span, participants, place, when, status}]). This script loads the shared
    blind-set builder (``benchmarks/heldout/blind.py``, which wraps held-out 1's builder and checks every span)
    with this set's spec, output files and selection rule. Small (6 articles): read its figures as a direction
    with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[55::60] (0-based
    indices 55, 115, 175, ..., 835: 14 files). Read each file in full, in that order; keep it if it holds at
    least one commitment under guidelines section A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept
    articles or when the list ends. The list ended first: all 14 files were read, 6 kept (indices 115, 175, 295,
    355, 655, 835) and 8 skipped (indices 55, 235, 415, 475, 535, 595, 715, 775). ``publication_date`` comes
    from the ``publication_date`` column of ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen without
    running onrecord (CLI, analyze, benchmarks or tests) on any of these articles, without reading onrecord's
    source and without seeing any system output for them; each kept article was read twice. Counts: 14 files
    read, 6 kept, 8 skipped; 25 commitments (12 promise, 11 demand, 2 threat); 20 channels (5 rally_or_speech,
    4 interview, 4 article_or_oped, 3 press_remarks, 3 written_statement, 1 debate); 0 meetings (0 past,
    0 scheduled: none in the 6 articles). Borderline cases, the guideline decisions taken, and the cases
    included although debatable, are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          f1fc5387b46af16e478577a90da523bf
        gold.jsonl       6076031774c311e62b5dec256db760cb
        meetings.jsonl   c176716007803a8390f2f7110074213c
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout24/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 55, 60, 8  # every 60th sorted file name from index 55; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "f1fc5387b46af16e478577a90da523bf", "gold.jsonl": "6076031774c311e62b5dec256db760cb",
              "meetings.jsonl": "c176716007803a8390f2f7110074213c"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
