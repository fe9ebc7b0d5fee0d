"""Blind held-out set 26: 8 English news articles from the extraction benchmark's true article bodies.

BLIND: annotated blind in session 5; scored only in aggregate.

What it is
    A BLIND held-out set: annotated by hand before any system output on these articles was seen, and scored only
    in aggregate (no per-article error analysis). Like held-out 10-13 its texts are the ``articleBody`` strings of
    ``shared/data/extraction-benchmark/ground-truth.json`` (121 news pages, mostly November 2019, general news).
    Commitments and statement channels follow ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and
    are written to ``gold.jsonl`` in the dev gold shape, so ``shared/tools/ledger/score.py`` reads it; meetings
    follow ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept article: doc,
    publication_date, meetings [{span, participants, place, when, status}]). This script calls the shared fresh
    builder ``benchmarks/heldout/fresh.py`` (a document is named by the first 16 hex digits of its key and its
    text is the ``articleBody`` exactly; held-out 1's builder checks every span). Small (8 articles): read its
    figures as a direction with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    The candidates are ``fresh.selection_order(0, skip=29)``: the 121 sorted document names, every other one
    starting with the first, less the first 29 (the parity-0 candidates earlier sets read; 32 candidates). Read
    each in full, in that order; keep it if it is in English and holds at least one commitment (guidelines §A) or
    at least one statement channel (§B), otherwise list it in ``spec.SKIPPED`` (in the order met). Stop at 8 kept
    articles. The 8th kept article is the 21st candidate: 21 texts were read, 8 kept, 13 skipped (3 not in English;
    10 in English with neither a commitment nor a channel); candidates 22-32 were not opened.
    ``publication_date`` is taken from the page's URL when it gives a full date, else null (null for all 8).

How it was annotated
    By one annotator, by hand, before any system output was seen: ``spec.py`` was written and this gold set
    built and frozen without running onrecord (CLI, analyze, benchmarks or tests) on any of these articles; each
    kept article was read twice. Counts: 21 texts read, 8 kept, 13 skipped; 9 commitments (6 promise, 3 demand,
    0 threat); 20 channels (5 interview, 4 email_or_letter, 4 written_statement, 2 press_remarks, 2 social_post,
    2 article_or_oped, 1 rally_or_speech; no debate, testimony or other); 1 meeting (past, in the John M. Ford
    article; 0 scheduled). Three kept articles hold commitments; the other five hold channels only.
    Borderline cases, the judgement calls, and the cases included although debatable are listed in
    ``spec.LEFT_OUT``.
    Frozen files (md5, recorded before any benchmark run):
        spec.py          91579dd5aae12cbf9eb43a0525d0a434
        gold.jsonl       8a5556d4afdb24e878b5b899ca7e10a2
        meetings.jsonl   2dda43bad8985f0362d937d2dc4ef1d5
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout26/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import fresh  # noqa: E402

PARITY, N_KEEP, SKIP = 0, 8, 29  # fresh.selection_order(0, skip=29); stop at 8 kept articles
FROZEN_MD5 = {"spec.py": "91579dd5aae12cbf9eb43a0525d0a434", "gold.jsonl": "8a5556d4afdb24e878b5b899ca7e10a2",
              "meetings.jsonl": "2dda43bad8985f0362d937d2dc4ef1d5"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared fresh builder; report the frozen md5s."""
    return fresh.main(HERE, parity=PARITY, n_keep=N_KEEP, frozen_md5=FROZEN_MD5, skip=SKIP)


if __name__ == "__main__":
    sys.exit(main())
