"""Held-out ledger gold set 22 (DEVELOPMENT, not blind): 8 PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A development set for the commitment, channel and meeting passes. It was annotated blind in session 4
    (without seeing any system output for these articles) and is then open to error analysis: its errors may be
    looked at and used for development (unlike the blind sets). Commitments and channels follow
    ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to ``gold.jsonl`` in the
    dev gold shape, so ``shared/tools/ledger/score.py`` reads it. Meetings follow ``docs/meeting-guidelines.md``
    and are written to ``meetings.jsonl`` (one line per kept article: doc, publication_date, meetings [{span,
    participants, place, when, status}]). This script loads the shared blind-set builder
    (``benchmarks/heldout/blind.py``, which wraps held-out 1's builder and checks every span) with this set's
    spec, output files and selection rule. Small (8 articles): read its figures as a direction with wide error
    bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[14::60]
    (0-based indices 14, 74, 134, ..., 794: 14 files). Read each file in full, in that order; keep it if it
    holds at least one commitment under guidelines §A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept
    articles or when the list ends. The 8th kept article is the 11th candidate (index 614): 11 files were read,
    8 kept, 3 skipped (indices 134, 254, 494); indices 674, 734 and 794 were not read. ``publication_date``
    comes from the ``publication_date`` column of ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, in session 4: ``spec.py`` was written and this gold set built and frozen before
    onrecord (CLI, analyze, benchmarks or tests) was run on any of these articles, without reading onrecord's
    source and without seeing any system output for them. Counts: 11 files read, 8 kept, 3 skipped;
    23 commitments (12 promise, 11 demand, 0 threat); 16 channels (8 interview, 5 written_statement,
    2 rally_or_speech, 1 email_or_letter); 5 meetings (4 past, 1 scheduled, in 3 of the 8 articles).
    Borderline cases, the guideline decisions taken, and the cases included although debatable, are listed in
    ``spec.LEFT_OUT``.
    Frozen files (md5, recorded when first built):
        spec.py          2b46f30402068640b22d49731320701d
        gold.jsonl       c3e302eb540a5bab9346b4f3fa8e3836
        meetings.jsonl   af2f08ee1bb9dcbe553947ca379fe4d5
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout22/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 14, 60, 8  # every 60th sorted file name from index 14; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "2b46f30402068640b22d49731320701d", "gold.jsonl": "c3e302eb540a5bab9346b4f3fa8e3836",
              "meetings.jsonl": "af2f08ee1bb9dcbe553947ca379fe4d5"}
# One meeting (Trump-Ryan) is annotated at its first mention, but its place ("RNC headquarters") and date
# ("Thursday") come from other sentences, so they are not strings of the first mention's anchor: the anchor
# check of place and date is off here; the shared builder checks instead that each occurs verbatim in the article.
PLACE_WHEN_IN_ANCHOR = False


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5,
                      place_when_in_anchor=PLACE_WHEN_IN_ANCHOR)


if __name__ == "__main__":
    sys.exit(main())
