"""Held-out ledger gold set 6 (blind): 8 PolNeAR *train* articles: commitments, statement channels, meetings.

What it is
    Another blind check of the commitment, channel and meeting passes. Rules: commitments and channels as in
    ``shared/data/ledger-gold-dev/guidelines.md`` (unchanged, applied conservatively: what the guidelines do
    not clearly include is left out and listed in ``spec.LEFT_OUT``); meetings as in
    ``docs/meeting-guidelines.md``. ``gold.jsonl`` has the dev gold shape (doc, publication_date,
    commitments, channels), so ``shared/tools/ledger/score.py`` reads it; ``meetings.jsonl`` has one line per
    kept article (doc, publication_date, meetings [{span, participants, place, when, status}]). Small (8
    articles): read its figures as a direction with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are names[41::60]
    (0-based indices 41, 101, 161, ..., 821; 14 files). Read each in full, in that order; keep it if it holds
    at least one commitment under guidelines §A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept
    articles or at the end of the list. Held-out 1 and 2 use indices 6 and 36 (mod 60) and the blind sets 3/4
    use 21 (mod 60), so no file can be shared; ``check_selection`` also checks held-out 1 and 2 explicitly.
    11 files were read (indices 41 to 641): 8 kept, 3 skipped (indices 101, 461, 521); the last three
    candidates (701, 761, 821) were not needed and not read. ``publication_date`` comes from ``metadata.tsv``.

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen before
    onrecord (CLI, analyze, benchmarks or tests) was run on any of these articles and before any system
    output for them was seen. Counts: 8 articles; 12 commitments (8 promise, 4 demand, 0 threat); 26 channels
    (9 rally_or_speech, 6 email_or_letter, 3 written_statement, 3 interview, 2 press_remarks, 2
    article_or_oped, 1 social_post); 0 meetings (none of the 8 articles reports a meeting between named parties: the
    candidates were a hearing, witness interviews and a committee's own meeting, all excluded by the meeting
    guidelines and listed in ``spec.LEFT_OUT``). Frozen files (md5, recorded before any system was run):
        spec.py          baa27069ad2aa6dd5735e014b3e0e241
        gold.jsonl       4ec65f7511b987b9174d17dfc9d264f6
        meetings.jsonl   72229a14e53ad429244820711457a0f1
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at build
    time.

    .venv/bin/python benchmarks/heldout6/build.py [--show]
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
FIRST, N_KEEP = 41, 8  # every 60th sorted file name from index 41; stop at 8 kept or at the end of the list
MEETINGS = HERE / "meetings.jsonl"
STATUSES = ("past", "scheduled")
FROZEN_MD5 = {
    "spec.py": "baa27069ad2aa6dd5735e014b3e0e241",
    "gold.jsonl": "4ec65f7511b987b9174d17dfc9d264f6",
    "meetings.jsonl": "72229a14e53ad429244820711457a0f1",
}


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
        raise SystemExit("heldout6/spec.py: an article is not on the selection list")
    last = max(order.index(d) for d in kept + own.SKIPPED)
    seen = order[:last + 1]
    if [d for d in seen if d in kept] != kept or [d for d in seen if d not in kept] != own.SKIPPED:
        raise SystemExit("heldout6/spec.py: kept/skipped articles do not follow the selection rule")
    if not (len(kept) == N_KEEP and seen[-1] == kept[-1]) and len(seen) != len(order):
        raise SystemExit(f"heldout6/spec.py: must stop at {N_KEEP} kept articles or at the end of the list")
    if len(kept) > N_KEEP:
        raise SystemExit(f"heldout6/spec.py: more than {N_KEEP} kept articles")
    for other in ("heldout", "heldout2"):
        theirs = load(f"{other}_spec_for_h6", HERE.parent / other / "spec.py")
        shared = ({a["doc"] for a in theirs.ARTICLES} | set(theirs.SKIPPED)) & set(kept + own.SKIPPED)
        if shared:
            raise SystemExit(f"heldout6/spec.py: articles shared with {other}: {sorted(shared)}")


def builder() -> ModuleType:
    """Held-out 1's builder, pointed at this folder's spec, gold file, offset and selection check."""
    base = load("heldout1_build_for_h6", HERE.parent / "heldout" / "build.py")
    base.spec, base.GOLD, base.FIRST = load("heldout6_spec", HERE / "spec.py"), HERE / "gold.jsonl", FIRST
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
    """Build gold.jsonl and meetings.jsonl, check every span and the selection, print the md5s."""
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
