"""Blind held-out set 27: 8 English news articles from the extraction benchmark's true article bodies.

What it is
    A BLIND held-out set: annotated blind in session 5; scored only in aggregate (no per-article error analysis,
    no development on it). Like held-out 10 to 13 its texts are the ``articleBody`` strings of
    ``shared/data/extraction-benchmark/ground-truth.json`` (121 news pages of November 2019, general news).
    Commitments and statement channels follow ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and
    are written to ``gold.jsonl`` in the dev gold shape, so ``shared/tools/ledger/score.py`` reads it; meetings
    follow ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept article: doc,
    publication_date, meetings [{span, participants, place, when, status}]). This script calls the shared fresh
    builder ``benchmarks/heldout/fresh.py`` (a document is named by the first 16 hex digits of its key and its
    text is the ``articleBody`` exactly; held-out 1's builder checks every span). Small (8 articles): read its
    figures as a direction with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    The candidates are ``fresh.selection_order(1, skip=28)``: the 121 sorted document names, every other one
    starting with the second, less the first 28 (the parity-1 candidates earlier sets read; 32 candidates). Read
    each in full, in that order; keep it if it is in English and holds at least one commitment (guidelines §A) or
    at least one statement channel (§B), otherwise list it in ``spec.SKIPPED`` (in the order met). Stop at 8 kept
    articles. The 8th kept article is the 14th candidate: 14 texts were read, 8 kept, 6 skipped (one not in
    English; five in English with neither a commitment nor a channel: a podcast promo, a theatre's own blog post, a
    game developer's note, a football qualifying table, a deals round-up); candidates 15-32 were not opened.
    ``publication_date`` is taken from the page's URL when it gives a full date (4 articles), else null.

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen without running
    onrecord (CLI, analyze, benchmarks or tests) and without reading its source or any system output.
    Counts: 14 texts read, 8 kept, 6 skipped; 12 commitments (9 demand, 3 promise, 0 threat); 32 channels
    (9 testimony, 7 rally_or_speech, 5 email_or_letter, 5 written_statement, 2 social_post, 2 interview, 1 other,
    1 article_or_oped; no press_remarks or debate); 7 meetings (all past: 6 in the AP impeachment-inquiry article,
    1 in the feather-duvet article). Five kept articles hold channels but no commitment. Borderline cases, the
    judgement calls, and the cases included although debatable are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded before any benchmark run):
        spec.py          38592187f22ca375c8c4cecc6ef42172
        gold.jsonl       b7ae82c584b287c4cd1b53eec03249a5
        meetings.jsonl   ccb6845b13203a38978ee051a7bb1252
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout27/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import fresh  # noqa: E402

PARITY, N_KEEP, SKIP = 1, 8, 28  # fresh.selection_order(1, skip=28); stop at 8 kept articles
FROZEN_MD5 = {"spec.py": "38592187f22ca375c8c4cecc6ef42172", "gold.jsonl": "b7ae82c584b287c4cd1b53eec03249a5",
              "meetings.jsonl": "ccb6845b13203a38978ee051a7bb1252"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared fresh builder; report the frozen md5s."""
    return fresh.main(HERE, parity=PARITY, n_keep=N_KEEP, frozen_md5=FROZEN_MD5, skip=SKIP)


if __name__ == "__main__":
    sys.exit(main())
