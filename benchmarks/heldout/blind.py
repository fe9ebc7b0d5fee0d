"""Shared builder of the blind held-out sets 3 to 6 (``benchmarks/heldout3/`` ... ``heldout6/``).

Each blind set's ``build.py`` keeps its own docstring (the selection rule, the counts, the frozen md5s)
and constants (``FIRST``, ``STEP``, ``N_KEEP``, ``FROZEN_MD5``) and calls :func:`main` here, which

* loads held-out 1's builder (``benchmarks/heldout/build.py``) and points it at the set's ``spec.py``,
  ``gold.jsonl`` and selection rule (``names[FIRST::STEP]``, stop at ``N_KEEP`` kept or at the list's end);
* checks the selection (:func:`check_selection`) and that no article is shared with held-out 1 or 2;
* writes ``gold.jsonl`` (held-out 1's builder, every span checked against the text) and
  ``meetings.jsonl`` (:func:`meeting_records`, every span, place and date checked against the text);
* prints each frozen file's md5 and whether it still matches ``FROZEN_MD5``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent
EARLIER = ("heldout", "heldout2")  # the non-blind sets no blind set may share an article with
STATUSES = ("past", "scheduled")
FROZEN_FILES = ("spec.py", "gold.jsonl", "meetings.jsonl")


def load(name: str, path: Path) -> ModuleType:
    """Import ``path`` as module ``name`` (every set names its files build.py / spec.py)."""
    mod_spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(module)
    return module


def docs_of(spec: ModuleType) -> list[str]:
    """Every article a spec met under its selection rule: kept, then skipped."""
    return [a["doc"] for a in spec.ARTICLES] + list(spec.SKIPPED)


def check_no_overlap(own: ModuleType, label: str) -> None:
    """No article of ``own`` (kept or skipped) may belong to held-out 1 or 2."""
    mine = set(docs_of(own))
    for other in EARLIER:
        theirs = load(f"{other}_spec_for_{label}", BENCH / other / "spec.py")
        shared = set(docs_of(theirs)) & mine
        if shared:
            raise SystemExit(f"{label}/spec.py: articles shared with {other}: {sorted(shared)}")


def check_selection(base: ModuleType, n_keep: int, label: str) -> None:
    """Kept + skipped must be, in order, exactly the prefix the rule reads.

    The rule reads ``base.selection_order()`` in order and stops at the ``n_keep``-th kept article or
    at the end of the list, whichever comes first.
    """
    own = base.spec
    kept = [a["doc"] for a in own.ARTICLES]
    order = base.selection_order()
    if not kept or any(d not in order for d in docs_of(own)):
        raise SystemExit(f"{label}/spec.py: an article is not on the selection list")
    if len(kept) > n_keep:
        raise SystemExit(f"{label}/spec.py: more than {n_keep} kept articles")
    seen = order[:order.index(kept[-1]) + 1] if len(kept) == n_keep else order
    if [d for d in seen if d in kept] != kept or [d for d in seen if d not in kept] != list(own.SKIPPED):
        raise SystemExit(f"{label}/spec.py: kept/skipped articles do not follow the selection rule "
                         f"(stop at {n_keep} kept articles or at the end of the list)")
    check_no_overlap(own, label)


def builder(folder: Path, first: int, step: int, n_keep: int) -> ModuleType:
    """Held-out 1's builder, pointed at ``folder``'s spec, gold file and selection rule."""
    label = folder.name
    base = load(f"heldout1_build_for_{label}", BENCH / "heldout" / "build.py")
    base.spec, base.GOLD = load(f"{label}_spec", folder / "spec.py"), folder / "gold.jsonl"
    base.FIRST, base.STEP, base.N_KEEP = first, step, n_keep
    base.check_selection = lambda: check_selection(base, n_keep, label)
    return base


def meeting_record(base: ModuleType, art: dict, date: str, place_when_in_anchor: bool = True) -> dict:
    """One meetings.jsonl record; every span (and, with ``place_when_in_anchor``, place and date) is checked."""
    doc = art["doc"]
    text = base.read_text(doc)
    items = []
    for i, m in enumerate(art["meetings"]):
        w = f"{doc} M{i}"
        if m["status"] not in STATUSES or len(m["participants"]) < 2:
            raise SystemExit(f"{w}: bad status or fewer than two participants")
        reg = base.locate_anchor(text, m["anchor"], w)
        if place_when_in_anchor:
            for key in ("place", "when"):
                if m[key] is not None:
                    base.locate_span(text, reg, m[key], f"{w} {key}")
        items.append({"span": base.locate_span(text, reg, m["span"], w + " span"),
                      "participants": list(m["participants"]), "place": m["place"], "when": m["when"],
                      "status": m["status"]})
    items.sort(key=lambda x: x["span"][0])
    return {"doc": doc, "publication_date": date, "meetings": items}


def meeting_records(base: ModuleType, place_when_in_anchor: bool = True) -> list[dict]:
    """One record per kept article, sorted by doc; dates are those just written to gold.jsonl."""
    dates = {r["doc"]: r["publication_date"]
             for r in map(json.loads, base.GOLD.read_text(encoding="utf-8").splitlines())}
    return sorted((meeting_record(base, a, dates[a["doc"]], place_when_in_anchor) for a in base.spec.ARTICLES),
                  key=lambda r: r["doc"])


def show_meetings(base: ModuleType, records: list[dict]) -> None:
    """Print each meeting as readable text (``--show``)."""
    for rec in records:
        text = base.read_text(rec["doc"])
        for m in rec["meetings"]:
            s, e = m["span"]
            print(f"  (meeting:{m['status']}) {rec['doc'][:30]} <{text[s:e]}> {m['participants']} "
                  f"place={m['place']} when={m['when']}")


def md5(path: Path) -> str:
    """Hex md5 of a file's bytes."""
    return hashlib.md5(path.read_bytes()).hexdigest()


def frozen_changes(folder: Path, frozen_md5: dict[str, str]) -> list[str]:
    """Print every frozen file's md5 and status; return the names whose md5 differs from ``frozen_md5``."""
    changed = []
    for name in FROZEN_FILES:
        got, want = md5(folder / name), frozen_md5.get(name)
        if want is not None and got != want:
            changed.append(name)
        print(f"{name}: md5 {got} " + ("(not frozen)" if want is None else
                                       "(frozen)" if got == want else "(differs from FROZEN_MD5)"))
    status = f"CHANGED {changed}" if changed else "unchanged" if frozen_md5 else "not frozen"
    print(f"frozen files: {status}")
    return changed


def check_place_when(base: ModuleType) -> None:
    """Every meeting's place and date string must occur verbatim in its article (for sets whose meetings
    take a place or date from another sentence, so that the in-anchor check is off)."""
    for art in base.spec.ARTICLES:
        text = base.read_text(art["doc"])
        for i, m in enumerate(art["meetings"]):
            for key in ("place", "when"):
                if m[key] is not None and not base.occurrences(text, m[key]):
                    raise SystemExit(f"{art['doc']} M{i} {key}: {m[key]!r} not in the article")


def main(folder: Path, first: int, step: int, n_keep: int, frozen_md5: dict[str, str],
         place_when_in_anchor: bool = True) -> int:
    """Build ``folder``'s gold.jsonl and meetings.jsonl; 1 when a frozen file's md5 changed, else 0.
    With ``place_when_in_anchor`` off, places and dates are checked against the whole article."""
    base = builder(folder, first, step, n_keep)
    if not place_when_in_anchor:
        check_place_when(base)
    rc = base.main()
    if rc:
        return rc
    records = meeting_records(base, place_when_in_anchor)
    (folder / "meetings.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                           encoding="utf-8")
    print(f"meetings={sum(len(r['meetings']) for r in records)}")
    if "--show" in sys.argv:
        show_meetings(base, records)
    return 1 if frozen_changes(folder, frozen_md5) else 0
