"""Held-out ledger gold set 5 (blind): 8 PolNeAR *train* articles: commitments, statement channels, meetings.

What it is
    A blind check of the commitment, channel and meeting passes on articles nobody developed them on.
    Commitments and channels follow ``shared/data/ledger-gold-dev/guidelines.md`` (applied unchanged) and
    are written to ``gold.jsonl`` in the dev gold shape, so ``shared/tools/ledger/score.py`` reads it.
    Meetings follow ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept
    article: doc, publication_date, meetings [{span, participants, place, when, status}]). This script
    loads ``benchmarks/heldout/build.py`` (held-out 1's builder, which checks every span) and swaps its
    spec, output file and selection check. Small (8 articles): read its figures as a direction with wide
    error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[51::60]
    (0-based indices 51, 111, 171, ..., 831: 14 files). Held-out 1 takes indices 6::60 and held-out 2
    36::60, so the lists cannot share a file (checked below against their specs too). Read each file in
    full, in that order; keep it if it holds at least one commitment under guidelines §A, otherwise list
    it in ``spec.SKIPPED``. Stop at 8 kept articles or when the list ends. The 8th kept article is the
    11th candidate (index 651): 11 files were read under the rule, 8 kept, 3 skipped (indices 411, 531,
    591). A 12th file (index 711) was opened before the kept count was checked; the rule had already
    stopped, so it is neither kept nor skipped (noted in ``spec.LEFT_OUT``). ``publication_date`` comes
    from the ``publication_date`` column of ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen before
    onrecord (CLI, analyze, benchmarks or tests) was run on any of these articles and without seeing any
    system output for them. Counts: 11 files read under the rule, 8 kept, 3 skipped; 26 commitments (17
    promise, 9 demand, 0 threat); 38 channels (12 written_statement, 11 interview, 7 rally_or_speech,
    4 other, 1 social_post, 1 press_remarks, 1 article_or_oped, 1 email_or_letter); 8 meetings (all past,
    in 3 of the 8 articles). Borderline cases, and the cases included although debatable, are listed in
    ``spec.LEFT_OUT``.
    Frozen files (md5, recorded before any benchmark run):
        spec.py          38723709acc6836e932af90ce1eabef1
        gold.jsonl       6550981b99ec650c62cc566219436509
        meetings.jsonl   5f44abba985450e46752659d6058bbaf
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout5/build.py [--show]
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
FIRST, N_KEEP = 51, 8  # every 60th sorted file name from index 51; stop at 8 kept or at the end of the list
MEETINGS = HERE / "meetings.jsonl"
STATUSES = ("past", "scheduled")
FROZEN_MD5 = {"spec.py": "38723709acc6836e932af90ce1eabef1", "gold.jsonl": "6550981b99ec650c62cc566219436509", "meetings.jsonl": "5f44abba985450e46752659d6058bbaf"}


def load(name: str, path: Path) -> ModuleType:
    """Import ``path`` as module ``name`` (every set names its files build.py / spec.py)."""
    mod_spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(module)
    return module


def check_selection(base: ModuleType) -> None:
    """Kept + skipped must be the prefix the rule reads, in order, ending at the 8th kept or the list's end."""
    own = base.spec
    kept = [a["doc"] for a in own.ARTICLES]
    order = base.selection_order()
    if not kept or any(d not in order for d in kept + own.SKIPPED):
        raise SystemExit("heldout5/spec.py: an article is not on the selection list")
    last = max(order.index(d) for d in kept + own.SKIPPED)
    seen = order[:last + 1]
    if [d for d in seen if d in kept] != kept or [d for d in seen if d not in kept] != own.SKIPPED:
        raise SystemExit("heldout5/spec.py: kept/skipped articles do not follow the selection rule")
    if not (len(kept) == N_KEEP and seen[-1] == kept[-1]) and len(seen) != len(order):
        raise SystemExit(f"heldout5/spec.py: must stop at {N_KEEP} kept articles or at the end of the list")
    for other in ("heldout", "heldout2"):
        theirs = load(f"{other}_spec_for_h5", HERE.parent / other / "spec.py")
        shared = ({a["doc"] for a in theirs.ARTICLES} | set(theirs.SKIPPED)) & set(kept + own.SKIPPED)
        if shared:
            raise SystemExit(f"heldout5/spec.py: articles shared with {other}: {sorted(shared)}")


def builder() -> ModuleType:
    """Held-out 1's builder, pointed at this folder's spec, gold file, offset and selection check."""
    base = load("heldout1_build_for_h5", HERE.parent / "heldout" / "build.py")
    base.spec, base.GOLD, base.FIRST = load("heldout5_spec", HERE / "spec.py"), HERE / "gold.jsonl", FIRST
    base.check_selection = lambda: check_selection(base)
    return base


def meeting_records(base: ModuleType) -> list[dict]:
    """One meetings.jsonl record per kept article; every span is located and checked like the others."""
    with base.META.open(newline="", encoding="utf-8") as fh:
        dates = {r["filename"]: r["publication_date"] for r in csv.DictReader(fh, delimiter="\t")
                 if r["compartment"] == "train"}
    out = []
    for art in base.spec.ARTICLES:
        doc, text = art["doc"], base.read_text(art["doc"])
        items = []
        for i, m in enumerate(art["meetings"]):
            w = f"{doc} M{i}"
            if m["status"] not in STATUSES or len(m["participants"]) < 2:
                raise SystemExit(f"{w}: bad status or fewer than two participants")
            span = base.locate_span(text, base.locate_anchor(text, m["anchor"], w), m["span"], w + " span")
            items.append({"span": span, "participants": m["participants"], "place": m["place"],
                          "when": m["when"], "status": m["status"]})
        items.sort(key=lambda x: x["span"][0])
        out.append({"doc": doc, "publication_date": dates[doc], "meetings": items})
    return sorted(out, key=lambda r: r["doc"])


def md5(path: Path) -> str:
    """Hex md5 of a file's bytes."""
    return hashlib.md5(path.read_bytes()).hexdigest()


def main() -> int:
    base = builder()
    rc = base.main()
    if rc:
        return rc
    records = meeting_records(base)
    MEETINGS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"meetings={sum(len(r['meetings']) for r in records)}")
    for name, want in FROZEN_MD5.items():
        got = md5(HERE / name)
        print(f"{name}: md5 {got} {'(frozen)' if got == want else '(differs from FROZEN_MD5)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
