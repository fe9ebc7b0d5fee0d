"""Held-out ledger gold set 16 (DEVELOPMENT, not blind): 8 PolNeAR *train* articles: commitments, channels, meetings.

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
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[1::60]
    (0-based indices 1, 61, 121, ..., 781: 14 files). Read each file in full, in that order; keep it if it
    holds at least one commitment under guidelines §A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept
    articles or when the list ends. The 8th kept article is the 9th candidate (index 481): 9 files were read,
    8 kept, 1 skipped (index 181); indices 541, 601, 661, 721 and 781 were not read. ``publication_date``
    comes from the ``publication_date`` column of ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, in session 4: ``spec.py`` was written and this gold set built and frozen before
    onrecord (CLI, analyze, benchmarks or tests) was run on any of these articles, without reading onrecord's
    source and without seeing any system output for them. Counts: 9 files read, 8 kept, 1 skipped;
    36 commitments (29 promise, 6 demand, 1 threat); 20 channels (6 interview, 5 rally_or_speech,
    2 press_remarks, 2 article_or_oped, 2 email_or_letter, 1 other, 1 social_post, 1 written_statement, 0 debate,
    0 testimony); 9 meetings (9 past, 0 scheduled, in 2 of the 8 articles). Borderline cases, the guideline
    decisions taken, and the cases included although debatable, are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          2a0bba2cf0047ff7d6f472cb7957b8cf
        gold.jsonl       8575906b25e971965b795369c2e79a85
        meetings.jsonl   5d6e57f5082ecd062503cc467ce99844
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout16/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 1, 60, 8  # every 60th sorted file name from index 1; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "2a0bba2cf0047ff7d6f472cb7957b8cf", "gold.jsonl": "8575906b25e971965b795369c2e79a85",
              "meetings.jsonl": "5d6e57f5082ecd062503cc467ce99844"}
# Two meetings in nyt_2015-11-10 (the March 2010 White House visit, the March 2013 visit) take a date or place
# from another sentence or paragraph, so they are not strings of the first mention's anchor: the anchor check
# of place and date is off here; the shared builder checks instead that each occurs verbatim in the article.
PLACE_WHEN_IN_ANCHOR = False


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5,
                      place_when_in_anchor=PLACE_WHEN_IN_ANCHOR)


if __name__ == "__main__":
    sys.exit(main())
