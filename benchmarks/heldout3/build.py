"""Held-out ledger gold set 3 (blind): PolNeAR *train* articles, commitments, statement channels, meetings.

What it is
    A third blind check of the commitment and channel passes, plus a meeting gold. Commitments and
    channels follow ``shared/data/ledger-gold-dev/guidelines.md`` unchanged and are written to
    ``gold.jsonl`` in the dev gold shape (``shared/tools/ledger/score.py`` reads it). Meetings follow
    ``docs/meeting-guidelines.md`` and are written to ``meetings.jsonl`` (one line per kept article:
    ``{"doc", "publication_date", "meetings": [{"span", "participants", "place", "when", "status"}]}``).
    Same builder as held-out 2: this script loads ``benchmarks/heldout/build.py`` and swaps its spec,
    output file and selection rule. Very small (3 articles): read its figures as a direction only.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; the candidates are the 0-based
    indices 21, 141, 261, 381, 501, 621, 741 (``names[21::120]``). Read each in full, in that order; keep
    it if it holds at least one commitment under guidelines §A, otherwise list it in ``spec.SKIPPED``;
    stop at 6 kept. Only 3 candidates qualified, so all 7 were read: 3 kept (indices 21, 381, 621),
    4 skipped (141, 261, 501, 741). No article is shared with held-out 1 or 2 (checked below).
    ``publication_date`` comes from ``metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen before
    onrecord (CLI, analyze, benchmarks or tests) was run on any of these articles and without seeing any
    system output for them. Counts: 7 files read, 3 kept, 4 skipped (fewer than the 6 the rule allows:
    the candidate list ran out). Borderline cases are in ``spec.LEFT_OUT``.
        commitments: 9 (5 demand, 4 promise, 0 threat)
        channels:    14 (7 interview, 4 written_statement, 2 press_remarks, 1 social_post)
        meetings:    2 (both past; 1 of the 3 articles has none)
    Frozen files (md5, recorded before any benchmark run):
        spec.py        c8391d591c0e0e644f0f5fbc99c0d7b4
        gold.jsonl     ffac5d0d3313fc41bf04238d2a2df6d1
        meetings.jsonl 28962ddfc4447304d2150d62b9a0f180
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at
    build time.

    .venv/bin/python benchmarks/heldout3/build.py [--show]
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
N_KEEP, STEP, FIRST = 6, 120, 21  # every 120th sorted file name from index 21, stop at 6 kept
MEETINGS = HERE / "meetings.jsonl"
STATUSES = ("past", "scheduled")
FROZEN_MD5 = {"spec.py": "c8391d591c0e0e644f0f5fbc99c0d7b4", "gold.jsonl": "ffac5d0d3313fc41bf04238d2a2df6d1",
              "meetings.jsonl": "28962ddfc4447304d2150d62b9a0f180"}


def load(name: str, path: Path) -> ModuleType:
    """Import ``path`` as module ``name`` (the sets all name their files build.py / spec.py)."""
    mod_spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(module)
    return module


def docs_of(spec: ModuleType) -> set[str]:
    """Every article a spec met under its selection rule (kept and skipped)."""
    return {a["doc"] for a in spec.ARTICLES} | set(spec.SKIPPED)


def builder() -> ModuleType:
    """Held-out 1's builder, pointed at this folder's spec, gold file and selection rule."""
    base = load("heldout1_build", HERE.parent / "heldout" / "build.py")
    other = docs_of(base.spec) | docs_of(load("heldout2_spec", HERE.parent / "heldout2" / "spec.py"))
    own = load("heldout3_spec", HERE / "spec.py")
    if other & docs_of(own):
        raise SystemExit(f"heldout3/spec.py: articles shared with held-out 1/2: {sorted(other & docs_of(own))}")
    base.spec, base.GOLD = own, HERE / "gold.jsonl"
    base.N_KEEP, base.STEP, base.FIRST = N_KEEP, STEP, FIRST

    def check_selection() -> None:
        """Kept + skipped = the prefix the rule reads (the whole list when fewer than N_KEEP qualify)."""
        kept, order = [a["doc"] for a in own.ARTICLES], base.selection_order()
        if not kept or len(kept) > N_KEEP or any(d not in order for d in kept):
            raise SystemExit("heldout3/spec.py: kept articles are not from the selection list")
        seen = order[:order.index(kept[-1]) + 1] if len(kept) == N_KEEP else order
        if [d for d in seen if d in kept] != kept or [d for d in seen if d not in kept] != own.SKIPPED:
            raise SystemExit("heldout3/spec.py: kept/skipped articles do not follow the selection rule")

    base.check_selection = check_selection
    return base


def meeting_record(base: ModuleType, art: dict, date: str) -> dict:
    """One meetings.jsonl record; every span, place and date is checked against the text."""
    doc = art["doc"]
    text = base.read_text(doc)
    out = []
    for i, m in enumerate(art["meetings"]):
        w = f"{doc} M{i}"
        if m["status"] not in STATUSES or len(m["participants"]) < 2:
            raise SystemExit(f"{w}: bad status or fewer than two participants")
        reg = base.locate_anchor(text, m["anchor"], w)
        for key in ("place", "when"):
            if m[key] is not None:
                base.locate_span(text, reg, m[key], f"{w} {key}")
        out.append({"span": base.locate_span(text, reg, m["span"], w + " span"),
                    "participants": m["participants"], "place": m["place"], "when": m["when"],
                    "status": m["status"]})
    out.sort(key=lambda x: x["span"][0])
    return {"doc": doc, "publication_date": date, "meetings": out}


def md5(path: Path) -> str:
    """Hex md5 of a file's bytes."""
    return hashlib.md5(path.read_bytes()).hexdigest()


def main() -> int:
    """Build gold.jsonl (via held-out 1's builder) and meetings.jsonl; report frozen-file status."""
    base = builder()
    rc = base.main()
    if rc:
        return rc
    dates = {json.loads(line)["doc"]: json.loads(line)["publication_date"]
             for line in base.GOLD.read_text(encoding="utf-8").splitlines()}
    records = sorted((meeting_record(base, a, dates[a["doc"]]) for a in base.spec.ARTICLES),
                     key=lambda r: r["doc"])
    MEETINGS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"meetings={sum(len(r['meetings']) for r in records)}")
    if "--show" in sys.argv:
        for rec in records:
            text = base.read_text(rec["doc"])
            for m in rec["meetings"]:
                s, e = m["span"]
                print(f"  (meeting:{m['status']}) {rec['doc'][:30]} <{text[s:e]}> {m['participants']} "
                      f"place={m['place']} when={m['when']}")
    files = {"spec.py": HERE / "spec.py", "gold.jsonl": base.GOLD, "meetings.jsonl": MEETINGS}
    changed = [n for n, p in files.items() if FROZEN_MD5 and md5(p) != FROZEN_MD5.get(n)]
    print("frozen files: " + (f"CHANGED {changed}" if changed else "unchanged" if FROZEN_MD5 else "not frozen"))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
