"""Fresh held-out set 13 (DEVELOPMENT): 8 English texts from the extraction benchmark's true article bodies.

What it is
    A DEVELOPMENT set: it was annotated blind (before any system output on these texts was seen), then it is
    open to error analysis: developers may look at its errors. Like held-out 10 to 12, its texts are not PolNeAR
    (US politics 2016) but general news and web pages (mostly November 2019) that onrecord's analysis was never
    developed on: the ``articleBody`` strings of ``shared/data/extraction-benchmark/ground-truth.json`` (121 pages,
    only ever used to score HTML extraction). A document is named by the first 16 hex digits of its key; its text
    is the ``articleBody`` exactly. Commitments and statement channels follow
    ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to ``gold.jsonl`` in the dev
    gold shape, so ``shared/tools/ledger/score.py`` reads it; meetings follow ``docs/meeting-guidelines.md`` and
    are written to ``meetings.jsonl`` (one line per kept article: doc, publication_date, meetings [{span,
    participants, place, when, status}]). This script calls the shared fresh-set builder
    ``benchmarks/heldout/fresh.py`` (held-out 1's builder pointed at these texts, which checks every span). Small
    (8 articles): read its figures as a direction with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    The candidates are ``fresh.selection_order(1, skip=13)``: the sorted document names, every other one starting
    with the second (parity 1), less the first 13 (the candidates held-out 11 read), i.e. the 47 parity-1
    candidates held-out 11 never opened. Read each one in full, in that order; keep it if it is in English and
    holds at least one commitment (guidelines section A) or at least one statement channel (section B),
    otherwise list it in ``spec.SKIPPED``; stop at 8 kept articles. The 8th kept article is the 15th candidate:
    15 texts were read, 8 kept, 7 skipped (2 not in English, 5 with neither a commitment nor a channel); the
    other 32 candidates were not opened. ``publication_date`` is the date in the page's URL when the URL has a
    full date (2 of the 8), else None.

How it was annotated
    By one annotator, by hand, before any system output was seen: ``spec.py`` was written and this gold set
    built and frozen without running onrecord (CLI, analyze, benchmarks or tests) on any of these texts and
    without reading onrecord's source.
    Counts: 15 texts read, 8 kept, 7 skipped; 8 commitments (3 promise, 3 demand, 2 threat); 30 channels
    (10 testimony, 8 article_or_oped, 4 written_statement, 3 email_or_letter, 2 interview, 1 press_remarks,
    1 social_post, 1 other; no rally_or_speech or debate); 2 meetings (the July 25 Trump-Zelensky call and
    Volker's end-of-August talk with the Ukrainians, both in 7a664e40d256470f; the other 7 articles report none).
    Borderline cases, the judgement calls, and the cases included although debatable are listed in
    ``spec.LEFT_OUT``.
    Frozen files (md5, recorded before any benchmark run):
        spec.py          3f7d0ecd1c7d1761c84591d5938645b7
        gold.jsonl       fdc221d2383361e751c51aa2c0ebd6fa
        meetings.jsonl   05de6037c827aadbd1b22d5177bc9348
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout13/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import fresh  # noqa: E402

PARITY, N_KEEP, SKIP = 1, 8, 13  # the sorted document names [1::2] less the first 13, in order; stop at 8 kept
FROZEN_MD5 = {"spec.py": "3f7d0ecd1c7d1761c84591d5938645b7", "gold.jsonl": "fdc221d2383361e751c51aa2c0ebd6fa",
              "meetings.jsonl": "05de6037c827aadbd1b22d5177bc9348"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared fresh-set builder; report the frozen md5s."""
    return fresh.main(HERE, parity=PARITY, n_keep=N_KEEP, frozen_md5=FROZEN_MD5, skip=SKIP)


if __name__ == "__main__":
    sys.exit(main())
