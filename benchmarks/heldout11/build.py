"""Fresh blind held-out set 11: 8 English news articles from the extraction benchmark's true article bodies.

What it is
    A BLIND set: it is scored only with ``--blind`` (aggregate figures); nobody develops on it, and its errors
    are not looked at. Unlike the earlier sets (PolNeAR, US politics 2016), its texts are general news of
    November 2019 that onrecord's analysis was never developed on: the ``articleBody`` strings of
    ``shared/data/extraction-benchmark/ground-truth.json`` (121 pages, only ever used to score HTML extraction).
    A document is named by the first 16 hex digits of its key; its text is the ``articleBody`` exactly.
    Commitments and statement channels follow ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged)
    and are written to ``gold.jsonl`` in the dev gold shape, so ``shared/tools/ledger/score.py`` reads it;
    meetings follow ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept
    article: doc, publication_date, meetings [{span, participants, place, when, status}]). This script calls the
    shared fresh-set builder ``benchmarks/heldout/fresh.py`` (held-out 1's builder pointed at these texts, which
    checks every span). Small (8 articles): read its figures as a direction with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    The candidates are ``fresh.selection_order(1)``: the sorted document names, every other one starting with
    the second (60 candidates; held-out 10 takes the other parity). Read each one in full, in that order; keep
    it if it is in English and holds at least one commitment (guidelines section A) or at least one statement
    channel (section B), otherwise list it in ``spec.SKIPPED``; stop at 8 kept articles. The 8th kept article is
    the 13th candidate: 13 texts were read, 8 kept, 5 skipped (2 not in English, 3 with neither a commitment nor
    a channel); the other 47 candidates were not opened. ``publication_date`` is the date in the page's URL
    (2 of the 8), else None (no kept text states its own publication date).

How it was annotated
    By one annotator, by hand, before any system output was seen: ``spec.py`` was written and this gold set
    built and frozen without running onrecord (CLI, analyze, benchmarks or tests) on any of these texts.
    Counts: 13 texts read, 8 kept, 5 skipped; 9 commitments (2 promise, 7 demand, 0 threat); 22 channels
    (12 interview, 4 rally_or_speech, 3 social_post, 3 written_statement; no press_remarks, debate,
    article_or_oped, email_or_letter, testimony or other); 0 meetings (none of the 8 articles reports a meeting
    between named parties under the meeting guidelines: the cases weighed are in ``spec.LEFT_OUT``).
    Borderline cases, the judgement calls, and the cases included although debatable are listed in
    ``spec.LEFT_OUT``.
    Frozen files (md5, recorded before any benchmark run):
        spec.py          63c833b41062389b1b0f05e6a3d0f342
        gold.jsonl       60fea48daa0be4222eb27624415404b6
        meetings.jsonl   a53af6206bf33ebd4dc5420a3489536c
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout11/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import fresh  # noqa: E402

PARITY, N_KEEP = 1, 8  # the sorted document names [1::2], read in order; stop at 8 kept articles
FROZEN_MD5 = {"spec.py": "63c833b41062389b1b0f05e6a3d0f342", "gold.jsonl": "60fea48daa0be4222eb27624415404b6",
              "meetings.jsonl": "a53af6206bf33ebd4dc5420a3489536c"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared fresh-set builder; report the frozen md5s."""
    return fresh.main(HERE, parity=PARITY, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
