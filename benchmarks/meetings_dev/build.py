"""Dev meeting gold: the 20 dev-gold articles, meetings annotated by ``docs/meeting-guidelines.md``.

What it is
    The articles of ``shared/data/ledger-gold-dev/gold.jsonl`` (texts in
    ``shared/data/polnear/dev/text/``), with every meeting annotated by hand in ``spec.py``. The
    meeting rules in ``src/onrecord/analyze/meetings.py`` are tuned while looking at this set, so its
    figures are optimistic; the blind sets ``benchmarks/heldout3/`` and ``benchmarks/heldout4/`` are the
    judges. It is small: read its figures as a check, with wide error bars.

How it was annotated
    By one annotator, by hand, before onrecord was run on these articles for meetings; borderline
    mentions left out are listed in ``spec.LEFT_OUT``.

What the repo holds
    Only the quoted spans in ``spec.py`` and the offsets in ``meetings.jsonl``; texts are read from
    ``../shared`` at build time. The span helpers are those of ``benchmarks/heldout/build.py``
    (any whitespace run matches any whitespace run; anchor once in the article, span once in it).

    .venv/bin/python benchmarks/meetings_dev/build.py [--show]
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent
sys.path.insert(0, str(BENCH))

from _report import SHARED  # noqa: E402

TEXT_DIR = SHARED / "data" / "polnear" / "dev" / "text"
DEV_GOLD = SHARED / "data" / "ledger-gold-dev" / "gold.jsonl"
OUT = HERE / "meetings.jsonl"
STATUSES = ("past", "scheduled")


def _load(name: str, path: Path) -> ModuleType:
    """Import a module from a file under a unique name (both folders hold a ``spec.py``)."""
    mod_spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(module)
    return module


heldout_build = _load("heldout_build", BENCH / "heldout" / "build.py")
spec = _load("meetings_dev_spec", HERE / "spec.py")


def read_text(doc: str) -> str:
    """The article text exactly as the benchmark reads it (bytes decoded as UTF-8)."""
    return (TEXT_DIR / f"{doc}.txt").read_bytes().decode("utf-8")


def build_record(art: dict, date: str) -> dict:
    """One meetings.jsonl record for one article."""
    doc = art["doc"]
    text = read_text(doc)
    rec: dict = {"doc": doc, "publication_date": date, "meetings": []}
    for i, m in enumerate(art["meetings"]):
        where = f"{doc} M{i}"
        if m["status"] not in STATUSES or len(m["participants"]) < 2:
            raise SystemExit(f"{where}: bad status or fewer than two participants")
        region = heldout_build.locate_anchor(text, m["anchor"], where)
        rec["meetings"].append({"span": heldout_build.locate_span(text, region, m["span"], where),
                                "participants": list(m["participants"]), "place": m["place"],
                                "when": m["when"], "status": m["status"]})
    rec["meetings"].sort(key=lambda x: x["span"][0])
    return rec


def main() -> int:
    if not TEXT_DIR.is_dir() or not DEV_GOLD.exists():
        print(f"benchmarks/meetings_dev/build.py: {TEXT_DIR} or {DEV_GOLD} is absent: needs ../shared",
              file=sys.stderr)
        return 2
    dates = {r["doc"]: r["publication_date"] for r in
             (json.loads(line) for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line.strip())}
    docs = [a["doc"] for a in spec.ARTICLES]
    if sorted(docs) != sorted(dates) or len(set(docs)) != len(docs):
        raise SystemExit("spec.py: the articles must be exactly the dev-gold articles, once each")
    records = sorted((build_record(a, dates[a["doc"]]) for a in spec.ARTICLES), key=lambda r: r["doc"])
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    n = sum(len(r["meetings"]) for r in records)
    print(f"articles={len(records)} with_meetings={sum(bool(r['meetings']) for r in records)} meetings={n}")
    if "--show" in sys.argv:
        for r in records:
            text = read_text(r["doc"])
            for m in r["meetings"]:
                print(f"{r['doc']}: <{text[m['span'][0]:m['span'][1]]}> {m['participants']} "
                      f"place={m['place']} when={m['when']} {m['status']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
