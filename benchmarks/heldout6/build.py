"""Held-out ledger gold set 6 (blind): 8 PolNeAR *train* articles: commitments, statement channels, meetings.

What it is
    Another blind check of the commitment, channel and meeting passes. Rules: commitments and channels as in
    ``shared/data/ledger-gold-dev/guidelines.md`` (unchanged, applied conservatively: what the guidelines do
    not clearly include is left out and listed in ``spec.LEFT_OUT``); meetings as in
    ``docs/meeting-guidelines.md``. ``gold.jsonl`` has the dev gold shape (doc, publication_date,
    commitments, channels), so ``shared/tools/ledger/score.py`` reads it; ``meetings.jsonl`` has one line per
    kept article (doc, publication_date, meetings [{span, participants, place, when, status}]). Small (8
    articles): read its figures as a direction with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[41::60]
    (0-based indices 41, 101, 161, ..., 821; 14 files). Read each in full, in that order; keep it if it holds
    at least one commitment under guidelines §A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept
    articles or at the end of the list. Held-out 1 and 2 use indices 6 and 36 (mod 60) and the blind sets 3/4
    use 21 (mod 60), so no file can be shared; ``check_selection`` also checks held-out 1 and 2 explicitly.
    11 files were read (indices 41 to 641): 8 kept, 3 skipped (indices 101, 461, 521); the last three
    candidates (701, 761, 821) were not needed and not read. ``publication_date`` comes from ``metadata.tsv``.

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen before
    onrecord (CLI, analyze, benchmarks or tests) was run on any of these articles and before any system
    output for them was seen. Counts: 8 articles; 12 commitments (8 promise, 4 demand, 0 threat); 26 channels
    (9 rally_or_speech, 6 email_or_letter, 3 written_statement, 3 interview, 2 press_remarks, 2
    article_or_oped, 1 social_post); 0 meetings (none of the 8 articles reports a meeting between named parties: the
    candidates were a hearing, witness interviews and a committee's own meeting, all excluded by the meeting
    guidelines and listed in ``spec.LEFT_OUT``). Frozen files (md5, recorded before any system was run):
        spec.py          baa27069ad2aa6dd5735e014b3e0e241
        gold.jsonl       4ec65f7511b987b9174d17dfc9d264f6
        meetings.jsonl   72229a14e53ad429244820711457a0f1
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout6/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 41, 60, 8  # every 60th sorted file name from index 41; stop at 8 kept or at the end of the list
FROZEN_MD5 = {
    "spec.py": "baa27069ad2aa6dd5735e014b3e0e241",
    "gold.jsonl": "4ec65f7511b987b9174d17dfc9d264f6",
    "meetings.jsonl": "72229a14e53ad429244820711457a0f1",
}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
