"""Fresh development set 12: 8 English news articles from the extraction benchmark's true article bodies.

What it is
    A DEVELOPMENT set: annotated blind (by hand, before any system output on these articles was seen), then open
    to error analysis; it is not a blind set. Like held-out 10 and 11 its texts are the ``articleBody`` strings of
    ``shared/data/extraction-benchmark/ground-truth.json`` (121 news pages of November 2019, general news).
    Commitments and statement channels follow ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and
    are written to ``gold.jsonl`` in the dev gold shape, so ``shared/tools/ledger/score.py`` reads it; meetings
    follow ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept article: doc,
    publication_date, meetings [{span, participants, place, when, status}]). This script calls the shared fresh
    builder ``benchmarks/heldout/fresh.py`` (a document is named by the first 16 hex digits of its key and its
    text is the ``articleBody`` exactly; held-out 1's builder checks every span). Small (8 articles): read its
    figures as a direction with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    The candidates are ``fresh.selection_order(0, skip=18)``: the 121 sorted document names, every other one
    starting with the first, less the first 18 (the parity-0 candidates held-out 10 read; 43 candidates). Read each
    in full, in that order; keep it if it is in English and holds at least one commitment (guidelines §A) or at
    least one statement channel (§B), otherwise list it in ``spec.SKIPPED`` (in the order met). Stop at 8 kept
    articles. The 8th kept article is the 11th candidate: 11 texts were read, 8 kept, 3 skipped (all in English,
    with neither a commitment nor a channel: a meal-prep plan, a gadget round-up, a football snap-count note);
    candidates 12-43 were not opened. ``publication_date`` is taken from the page's URL when it gives a full date
    (3 articles), else null (no text states a full date).

How it was annotated
    By one annotator, by hand, before any system output was seen: ``spec.py`` was written and this gold set
    built and frozen without running onrecord (CLI, analyze, benchmarks or tests) on any of these articles.
    Counts: 11 texts read, 8 kept, 3 skipped; 20 commitments (6 promise, 7 demand, 7 threat); 19 channels
    (5 rally_or_speech, 4 written_statement, 3 interview, 3 email_or_letter, 2 article_or_oped, 1 social_post,
    1 other; no press_remarks, debate or testimony); 2 meetings (both past, in the NYT trade-war article; the cases
    weighed are in ``spec.LEFT_OUT``). One kept article (a laptop review) holds a channel but no commitment.
    Borderline cases, the judgement calls, and the cases included although debatable are listed in
    ``spec.LEFT_OUT``.
    Frozen files (md5, recorded before any benchmark run):
        spec.py          5fb320d77c8ee377d5815890fb50a548
        gold.jsonl       a13c7e58dbe52ce9fa2da068f24c47c2
        meetings.jsonl   570f5262a047dd5a4a2c3de430943ef6
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout12/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import fresh  # noqa: E402

PARITY, N_KEEP, SKIP = 0, 8, 18  # fresh.selection_order(0, skip=18); stop at 8 kept articles
FROZEN_MD5 = {"spec.py": "5fb320d77c8ee377d5815890fb50a548", "gold.jsonl": "a13c7e58dbe52ce9fa2da068f24c47c2",
              "meetings.jsonl": "570f5262a047dd5a4a2c3de430943ef6"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared fresh builder; report the frozen md5s."""
    return fresh.main(HERE, parity=PARITY, n_keep=N_KEEP, frozen_md5=FROZEN_MD5, skip=SKIP)


if __name__ == "__main__":
    sys.exit(main())
