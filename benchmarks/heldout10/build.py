"""Fresh blind held-out set 10: 8 English news articles from the extraction benchmark's true article bodies.

What it is
    A BLIND set: it is scored only with ``--blind``, and nobody develops on it (its errors are not looked at).
    Unlike the earlier sets (PolNeAR, 2016 US politics) its texts come from a source onrecord's analysis was
    never developed on: the ``articleBody`` strings of ``shared/data/extraction-benchmark/ground-truth.json``
    (121 news pages of November 2019, general news), so it tests "news in general". Commitments and statement
    channels follow ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and are written to
    ``gold.jsonl`` in the dev gold shape, so ``shared/tools/ledger/score.py`` reads it; meetings follow
    ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept article: doc,
    publication_date, meetings [{span, participants, place, when, status}]). This script calls the shared fresh
    builder ``benchmarks/heldout/fresh.py`` (a document is named by the first 16 hex digits of its key and its
    text is the ``articleBody`` exactly; held-out 1's builder checks every span). Small (8 articles): read its
    figures as a direction with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    The candidates are ``fresh.selection_order(0)``: the 121 sorted document names, every other one starting
    with the first (61 candidates; held-out 11 takes the other parity). Read each in full, in that order; keep
    it if it is in English and holds at least one commitment (guidelines §A) or at least one statement channel
    (§B), otherwise list it in ``spec.SKIPPED`` (in the order met). Stop at 8 kept articles. The 8th kept
    article is the 18th candidate: 18 texts were read, 8 kept, 10 skipped (3 not in English, 7 English texts
    with neither a commitment nor a channel); candidates 19-61 were not opened. ``publication_date`` is taken
    from the page's URL when it gives a full date (3 articles), else null (no text states a full date).

How it was annotated
    By one annotator, by hand, before any system output was seen: ``spec.py`` was written and this gold set
    built and frozen without running onrecord (CLI, analyze, benchmarks or tests) on any of these articles.
    Counts: 18 texts read, 8 kept, 10 skipped; 10 commitments (8 promise, 2 demand, 0 threat); 18 channels
    (5 other, 4 interview, 3 email_or_letter, 3 rally_or_speech, 1 press_remarks, 1 testimony, 1
    article_or_oped; no social_post, debate or written_statement); 0 meetings (none of the 8 articles reports a
    meeting between named parties under the meeting guidelines: the cases weighed are in ``spec.LEFT_OUT``).
    Three kept articles hold channels but no commitment. Borderline cases, the judgement calls, and the cases
    included although debatable are listed in ``spec.LEFT_OUT``.
    Frozen files (md5, recorded before any benchmark run):
        spec.py          4ce54390baa71fb572cdb60c88b77c3f
        gold.jsonl       e1dcd73f7f522dc70da685203b07a462
        meetings.jsonl   6c7f269c954412cc04132238cf19dc4b
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout10/build.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "heldout"))

import fresh  # noqa: E402

PARITY, N_KEEP = 0, 8  # fresh.selection_order(0); stop at 8 kept articles
FROZEN_MD5 = {"spec.py": "4ce54390baa71fb572cdb60c88b77c3f", "gold.jsonl": "e1dcd73f7f522dc70da685203b07a462",
              "meetings.jsonl": "6c7f269c954412cc04132238cf19dc4b"}


def main() -> int:
    """Build gold.jsonl and meetings.jsonl with the shared fresh builder; report the frozen md5s."""
    return fresh.main(HERE, parity=PARITY, n_keep=N_KEEP, frozen_md5=FROZEN_MD5)


if __name__ == "__main__":
    sys.exit(main())
