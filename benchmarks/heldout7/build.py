"""Held-out ledger gold set 7 (DEVELOPMENT, not blind): 8 PolNeAR *train* articles: commitments, channels, meetings.

What it is
    A DEVELOPMENT set, not a blind one: its errors may be looked at and used to develop onrecord. It is
    annotated like the blind sets: commitments and statement channels follow
    ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to ``gold.jsonl`` in the
    dev gold shape, so ``shared/tools/ledger/score.py`` reads it; meetings follow ``docs/meeting-guidelines.md``
    and are written to ``meetings.jsonl`` (one line per kept article: doc, publication_date, meetings [{span,
    participants, place, when, status}]). This script calls the shared builder ``benchmarks/heldout/blind.py``
    (held-out 1's builder, which checks every span, pointed at this folder). Small (8 articles): read its
    figures as a direction with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[11::60]
    (0-based indices 11, 71, 131, ..., 791: 14 files). These indices are not blind (the blind sets take
    indices 21, 41 and 51 modulo 60; held-out 1 takes 6::60 and held-out 2 36::60, checked below against
    their specs too). Read each file in full, in that order; keep it if it holds at least one commitment
    under guidelines §A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept articles or when the list
    ends. The 8th kept article is the 11th candidate (index 611): 11 files were read, 8 kept, 3 skipped
    (indices 191, 431, 551); the last three candidates were not opened. ``publication_date`` comes from the
    ``publication_date`` column of ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, before any system output was seen: ``spec.py`` was written and this gold set
    built and frozen without running onrecord (CLI, analyze, benchmarks or tests) on any of these articles.
    Counts: 11 files read, 8 kept, 3 skipped; 26 commitments (13 promise, 12 demand, 1 threat); 33 channels
    (13 email_or_letter, 8 interview, 5 rally_or_speech, 3 press_remarks, 3 social_post, 1 other; no debate,
    written_statement, article_or_oped or testimony); 0 meetings (none of the 8 articles reports a meeting
    between named parties under the meeting guidelines: the cases weighed are in ``spec.LEFT_OUT``). Borderline cases, the
    judgement calls, and the cases included although debatable are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded before any benchmark run):
        spec.py          05f570dbc99edae6889ef919ec028e9c
        gold.jsonl       ecb045987e6b4a16af64baf5081885f3
        meetings.jsonl   d8b8eddfe02e58a292afe2a9aae95eac
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout7/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

FIRST, STEP, N_KEEP = 11, 60, 8  # every 60th sorted file name from index 11; stop at 8 kept or at the end of the list
FROZEN_MD5 = {"spec.py": "05f570dbc99edae6889ef919ec028e9c", "gold.jsonl": "ecb045987e6b4a16af64baf5081885f3",
              "meetings.jsonl": "d8b8eddfe02e58a292afe2a9aae95eac"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared held-out builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
