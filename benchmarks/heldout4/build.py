"""Held-out ledger gold set 4 (blind): PolNeAR *train* articles, commitments, statement channels, meetings.

What it is
    A blind check of the commitment, channel and meeting passes. Commitments and channels follow
    ``shared/data/ledger-gold-dev/guidelines.md`` unchanged and are written to ``gold.jsonl`` in the dev
    gold shape (``shared/tools/ledger/score.py`` reads it); meetings follow ``docs/meeting-guidelines.md``
    and are written to ``meetings.jsonl`` (one line per article: doc, publication_date, meetings with
    span, participants, place, when, status). This script loads ``benchmarks/heldout/build.py`` (as
    held-out 2 does) and swaps its spec, output file, selection offset and step.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are the 0-based indices
    81, 201, 321, 441, 561, 681, 801 (``names[81::120]``; every index is 21 mod 60, the blind held-out 3/4
    pool, so none can be in held-out 1 (6 mod 60) or held-out 2 (36 mod 60); checked below too). Read each
    in full, in that order; keep it if it holds at least one commitment under guidelines §A, otherwise list
    it in ``spec.SKIPPED``; stop at 6 kept. Only 2 of the 7 candidates qualify, so the list was read to its
    end: 7 files read, 2 kept (indices 321 and 681), 5 skipped (81, 201, 441, 561, 801: a delegate count, a
    contributor's essay, a poll story, a primary preview, a radio host's commentary). ``publication_date``
    comes from ``metadata.tsv`` (compartment ``train``). Counts: 2 commitments (2 promise), 10 channels
    (3 interview, 2 social_post, 2 written_statement, 2 rally_or_speech, 1 email_or_letter), 0 meetings
    (none of the 2 articles reports a meeting between named parties; near misses are in ``spec.LEFT_OUT``).
    This set is tiny: read its figures as anecdotes, not rates.

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen before
    onrecord (CLI, analyze, benchmarks or tests) was run on any of these articles and before any system
    output for them was seen. Frozen files (md5):
        spec.py        d26e45dc664c2f4733dba54cc0af5178
        gold.jsonl     3f39f53ee86e08b170b4d6f61de43bee
        meetings.jsonl 017f17f1766f2a49dfc9096abdffc1fd
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at
    build time. Every span is checked against the text.

    .venv/bin/python benchmarks/heldout4/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import blind  # noqa: E402

N_KEEP, STEP, FIRST = 6, 120, 81  # names[81::120], stop at 6 kept
FROZEN_MD5 = {"spec.py": "d26e45dc664c2f4733dba54cc0af5178", "gold.jsonl": "3f39f53ee86e08b170b4d6f61de43bee", "meetings.jsonl": "017f17f1766f2a49dfc9096abdffc1fd"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared blind-set builder; report the frozen md5s."""
    return blind.main(HERE, first=FIRST, step=STEP, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
