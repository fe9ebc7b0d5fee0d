"""Held-out ledger gold set 28 (BLIND): 4 PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A BLIND test set for the commitment, channel and meeting passes: annotated blind in session 6; scored only
    in aggregate, and nobody develops on it (its per-article errors are not to be looked at). Commitments and
    channels follow ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to
    ``gold.jsonl`` in the dev gold shape, so ``shared/tools/ledger/score.py`` reads it. Meetings follow
    ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept article: doc,
    publication_date, meetings [{span, participants, place, when, status}]). This script loads the shared
    blind-set builder (``benchmarks/heldout/blind.py``, which wraps held-out 1's builder and checks every span)
    with this set's spec, output files and selection rule. Small (4 articles): read its figures as a direction
    with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[0::60] (0-based
    indices 0, 60, 120, ..., 780: 14 files). Read each file in full, in that order; keep it if it holds at least
    one commitment under guidelines section A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept articles
    or when the list ends. The list ended first: all 14 files were read, 4 kept (indices 120, 300, 420, 660)
    and 10 skipped (indices 0, 60, 180, 240, 360, 480, 540, 600, 720, 780). ``publication_date`` comes from the
    ``publication_date`` column of ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen without
    running onrecord (CLI, analyze, benchmarks or tests) on any of these articles, without reading onrecord's
    source and without seeing any system output for them. Each kept article was read twice. Counts: 14 files
    read, 4 kept, 10 skipped; 16 commitments (11 promise, 5 demand, 0 threat); 18 channels (8 interview,
    4 written_statement, 2 press_remarks, 2 social_post, 1 rally_or_speech, 1 article_or_oped); 1 meeting
    (1 past, 0 scheduled, in 1 of the 4 articles). Borderline cases, the guideline decisions taken, and the
    cases included although debatable, are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          fd79ec15644f5b5dad4d1a494e9f5c8a
        gold.jsonl       c5a4192fc2de14837cd0313ebee6f88f
        meetings.jsonl   34ebb0e05974e048e1f52c7dbd636e06
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout28/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 0, 60, 8  # every 60th sorted file name from index 0; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "fd79ec15644f5b5dad4d1a494e9f5c8a", "gold.jsonl": "c5a4192fc2de14837cd0313ebee6f88f",
              "meetings.jsonl": "34ebb0e05974e048e1f52c7dbd636e06"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
