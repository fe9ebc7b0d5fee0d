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

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
N_KEEP, STEP, FIRST = 6, 120, 81  # names[81::120], stop at 6 kept
FROZEN_MD5 = {"spec.py": "d26e45dc664c2f4733dba54cc0af5178", "gold.jsonl": "3f39f53ee86e08b170b4d6f61de43bee", "meetings.jsonl": "017f17f1766f2a49dfc9096abdffc1fd"}
MEETINGS = HERE / "meetings.jsonl"
STATUSES = ("past", "scheduled")


def load(name: str, path: Path) -> ModuleType:
    """Import ``path`` as module ``name`` (all sets name their files build.py / spec.py)."""
    mod_spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(module)
    return module


def check_selection(base: ModuleType) -> None:
    """Kept + skipped in spec.py must be exactly what the rule reads, in order (stop at N_KEEP kept)."""
    own = base.spec
    kept = [a["doc"] for a in own.ARTICLES]
    order = base.selection_order()
    read, n = [], 0
    for doc in order:
        if n == N_KEEP:
            break
        read.append(doc)
        n += doc in kept
    if [d for d in read if d in kept] != kept or [d for d in read if d not in kept] != own.SKIPPED:
        raise SystemExit("heldout4/spec.py: kept/skipped articles do not follow the selection rule")


def builder() -> ModuleType:
    """Held-out 1's builder, pointed at this folder's spec, gold file and selection rule."""
    base = load("heldout1_build", HERE.parent / "heldout" / "build.py")
    others = {a["doc"] for a in base.spec.ARTICLES} | set(base.spec.SKIPPED)
    second = load("heldout2_spec", HERE.parent / "heldout2" / "spec.py")
    others |= {a["doc"] for a in second.ARTICLES} | set(second.SKIPPED)
    own = load("heldout4_spec", HERE / "spec.py")
    mine = {a["doc"] for a in own.ARTICLES} | set(own.SKIPPED)
    if others & mine:
        raise SystemExit(f"heldout4/spec.py: articles shared with held-out 1/2: {sorted(others & mine)}")
    base.spec, base.GOLD, base.FIRST, base.STEP, base.N_KEEP = own, HERE / "gold.jsonl", FIRST, STEP, N_KEEP
    base.check_selection = lambda: check_selection(base)
    return base


def meeting_records(base: ModuleType, dates: dict[str, str]) -> list[dict]:
    """One meetings.jsonl record per annotated article; every span checked against the text."""
    records = []
    for art in base.spec.ARTICLES:
        doc = art["doc"]
        text = base.read_text(doc)
        items = []
        for i, m in enumerate(art["meetings"]):
            w = f"{doc} M{i}"
            if m["status"] not in STATUSES or len(m["participants"]) < 2:
                raise SystemExit(f"{w}: bad status or fewer than two participants")
            span = base.locate_span(text, base.locate_anchor(text, m["anchor"], w), m["span"], w + " span")
            items.append({"span": span, "participants": list(m["participants"]), "place": m["place"],
                          "when": m["when"], "status": m["status"]})
        items.sort(key=lambda x: x["span"][0])
        records.append({"doc": doc, "publication_date": dates[doc], "meetings": items})
    return sorted(records, key=lambda r: r["doc"])


def md5(path: Path) -> str:
    """Hex md5 of a file's bytes."""
    return hashlib.md5(path.read_bytes()).hexdigest()


def main() -> int:
    """Build gold.jsonl (held-out 1's builder) and meetings.jsonl; report whether the frozen md5s hold."""
    base = builder()
    rc = base.main()
    if rc:
        return rc
    dates = {r["doc"]: r["publication_date"]
             for r in map(json.loads, base.GOLD.read_text(encoding="utf-8").splitlines())}
    records = meeting_records(base, dates)
    MEETINGS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"meetings={sum(len(r['meetings']) for r in records)}")
    changed = [name for name, want in FROZEN_MD5.items() if md5(HERE / name) != want]
    print("frozen md5: " + (f"CHANGED {changed}" if changed else "ok"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
