"""Held-out ledger gold set 9 (DEVELOPMENT, not blind): 8 PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A development set for the commitment, channel and meeting passes. It is NOT blind: its errors may be
    looked at and used for development (unlike ``heldout3/``..``heldout6/``). Commitments and channels follow
    ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to ``gold.jsonl`` in the
    dev gold shape, so ``shared/tools/ledger/score.py`` reads it. Meetings follow ``docs/meeting-guidelines.md``
    and are written to ``meetings.jsonl`` (one line per kept article: doc, publication_date, meetings [{span,
    participants, place, when, status}]). This script loads the shared blind-set builder
    (``benchmarks/heldout/blind.py``, which wraps held-out 1's builder and checks every span) with this set's
    spec, output files and selection rule. Small (8 articles): read its figures as a direction with wide error
    bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[26::60]
    (0-based indices 26, 86, 146, ..., 806: 14 files). These indices are not among the blind ones (index % 60
    in {21, 41, 51}) nor those of held-out 1 (6::60) and 2 (36::60) (checked below against their specs too).
    Read each file in full, in that order; keep it if it holds at least one commitment under guidelines §A,
    otherwise list it in ``spec.SKIPPED``. Stop at 8 kept articles or when the list ends. The 8th kept article
    is the 11th candidate (index 626): 11 files were read, 8 kept, 3 skipped (indices 206, 266, 506); indices
    686, 746 and 806 were not read. ``publication_date`` comes from the ``publication_date`` column of
    ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand: ``spec.py`` was written and this gold set built and frozen before onrecord
    (CLI, analyze, benchmarks or tests) was run on any of these articles and without seeing any system output
    for them. Counts: 11 files read, 8 kept, 3 skipped; 21 commitments (13 promise, 8 demand, 0 threat);
    35 channels (9 rally_or_speech, 8 interview, 7 press_remarks, 5 debate, 2 written_statement,
    2 social_post, 2 other); 4 meetings (3 past, 1 scheduled, in 2 of the 8 articles). Borderline cases, the guideline decisions taken, and the cases included although debatable,
    are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          f88bee285758bc72b0cc34dca7d6d8e1
        gold.jsonl       6b9f7e7fe306130e0e5be9c1d7d5e5ae
        meetings.jsonl   61f9cc1e92cbf8bbfe010c56361f86bf
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout9/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 26, 60, 8  # every 60th sorted file name from index 26; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "f88bee285758bc72b0cc34dca7d6d8e1", "gold.jsonl": "6b9f7e7fe306130e0e5be9c1d7d5e5ae",
              "meetings.jsonl": "61f9cc1e92cbf8bbfe010c56361f86bf"}
# One meeting (Sanders-Clinton) is annotated at its first mention, but its place and date come from a later
# mention in another paragraph, so they are not strings of the first mention's anchor: the anchor check of
# place and date is off here; the shared builder checks instead that each occurs verbatim in the article.
PLACE_WHEN_IN_ANCHOR = False


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5,
                      place_when_in_anchor=PLACE_WHEN_IN_ANCHOR)


if __name__ == "__main__":
    sys.exit(main())
