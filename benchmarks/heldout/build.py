"""Held-out ledger gold set: 8 PolNeAR *train* articles, commitments and statement channels.

What it is
    A small check of the commitment and channel passes on articles nobody developed them on. The
    rules are those of the dev gold set (``shared/data/ledger-gold-dev/guidelines.md``), applied
    unchanged; the JSON shape is the dev ``gold.jsonl`` shape, so ``shared/tools/ledger/score.py``
    reads it. It is small (8 articles): read its figures as a sanity check of generalisation, with
    wide error bars, not as a precise measurement.

How the articles were chosen (rule fixed before reading any of them)
    Sort the file names in ``shared/data/polnear/train/text/``; take every 60th, starting with the
    7th (1-based positions 7, 67, 127, ...). Read each one in full, in that order; keep it if it holds
    at least one commitment under guidelines §A, otherwise list it in ``spec.SKIPPED`` (as dev §0
    does). Stop at 8 kept articles. 13 files were read: 8 kept, 5 skipped. ``publication_date`` is
    the ``publication_date`` column of ``shared/data/polnear/metadata.tsv`` (compartment ``train``).

How it was annotated
    By one annotator, by hand, blind: the annotation in ``spec.py`` was written and frozen before
    onrecord was run on any of these articles. Borderline cases that were left out are listed in
    ``spec.LEFT_OUT``.

What the repo holds
    Only offsets and the short quoted spans in ``spec.py``; the article texts are read from
    ``../shared`` at build time and never copied here. Every span is a quoted string that occurs once
    inside an anchor fragment that occurs once in the article (any whitespace run matches any
    whitespace run); the builder checks every span against the text and the selection rule against the
    directory listing.

    .venv/bin/python benchmarks/heldout/build.py [--show]
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import spec  # noqa: E402

from _report import SHARED  # noqa: E402

TEXT_DIR = SHARED / "data" / "polnear" / "train" / "text"
META = SHARED / "data" / "polnear" / "metadata.tsv"
GOLD = HERE / "gold.jsonl"
N_KEEP, STEP, FIRST = 8, 60, 6  # every 60th sorted file name, starting with the 7th (index 6)
KINDS = ("promise", "threat", "demand")
CHANNEL_TYPES = ("social_post", "interview", "press_remarks", "rally_or_speech", "debate",
                 "written_statement", "article_or_oped", "email_or_letter", "testimony", "other")
MARKED = re.compile(r"(.*?)\[\[(.*?)\]\](.*)", re.S)


def read_text(doc: str) -> str:
    """The article text exactly as the scorer reads it (bytes decoded as UTF-8)."""
    return (TEXT_DIR / f"{doc}.txt").read_bytes().decode("utf-8")


def pattern(quoted: str) -> re.Pattern[str]:
    """Regex for ``quoted`` in which every whitespace run matches any whitespace run."""
    return re.compile("".join(r"\s+" if p.isspace() else re.escape(p)
                              for p in re.split(r"(\s+)", quoted) if p))


def occurrences(hay: str, needle: str) -> list[tuple[int, int]]:
    """All (start, end) matches of ``needle``, overlapping ones included."""
    pat, hits, pos = pattern(needle), [], 0
    while (m := pat.search(hay, pos)) is not None:
        hits.append((m.start(), m.end()))
        pos = m.start() + 1
    return hits


def locate_anchor(text: str, anchor: str, where: str) -> tuple[int, int]:
    """The one occurrence of ``anchor`` in ``text``."""
    hits = occurrences(text, anchor)
    if len(hits) != 1:
        raise SystemExit(f"{where}: anchor occurs {len(hits)} times: {anchor!r}")
    return hits[0]


def locate_span(text: str, region: tuple[int, int], quoted: str | None, where: str) -> list[int] | None:
    """Offsets of ``quoted`` (optionally ``ctx [[span]] ctx``) inside ``region``; checked against text."""
    if quoted is None:
        return None
    a0, a1 = region
    sub = text[a0:a1]
    marked = MARKED.fullmatch(quoted)
    left, mid, right = marked.groups() if marked else ("", quoted, "")
    hits = occurrences(sub, left + mid + right)
    if len(hits) != 1:
        raise SystemExit(f"{where}: span occurs {len(hits)} times in its anchor: {quoted!r}")
    pos = pattern(left).match(sub, hits[0][0]).end() if left else hits[0][0]
    m = pattern(mid).match(sub, pos)
    start, end = a0 + m.start(), a0 + m.end()
    got = text[start:end]
    if re.sub(r"\s+", " ", got) != re.sub(r"\s+", " ", mid) or got != got.strip():
        raise SystemExit(f"{where}: span mismatch {got!r} != {mid!r}")
    return [start, end]


def selection_order() -> list[str]:
    """The candidate list of the selection rule, in reading order."""
    names = sorted(p.stem for p in TEXT_DIR.glob("*.txt"))
    return names[FIRST::STEP]


def check_selection() -> None:
    """Kept + skipped articles in spec.py must be exactly the prefix the rule reads, in order."""
    kept = [a["doc"] for a in spec.ARTICLES]
    order = selection_order()
    if len(kept) != N_KEEP or kept[-1] not in order:
        raise SystemExit(f"spec.py: need {N_KEEP} kept articles from the selection list")
    seen = order[:order.index(kept[-1]) + 1]
    if [d for d in seen if d in kept] != kept or [d for d in seen if d not in kept] != spec.SKIPPED:
        raise SystemExit("spec.py: kept/skipped articles do not follow the selection rule")


def build_record(art: dict, date: str) -> dict:
    """One gold.jsonl record for one annotated article."""
    doc = art["doc"]
    text = read_text(doc)
    rec: dict = {"doc": doc, "publication_date": date, "commitments": [], "channels": []}
    for i, c in enumerate(art["commitments"]):
        w = f"{doc} C{i}"
        if c["kind"] not in KINDS or (c["kind"] == "promise" and c["target"]):
            raise SystemExit(f"{w}: bad kind/target")
        reg = locate_anchor(text, c["anchor"], w)
        item = {"holder": c["holder"], "holder_span": locate_span(text, reg, c["holder_span"], w + " holder"),
                "kind": c["kind"], "trigger_span": locate_span(text, reg, c["trigger"], w + " trigger"),
                "content_span": locate_span(text, reg, c["content"], w + " content"),
                "condition_span": locate_span(text, reg, c["condition"], w + " condition"),
                "timeframe_span": locate_span(text, reg, c["timeframe"], w + " timeframe"),
                "target": c["target"]}
        if item["condition_span"]:
            (cs, ce), (ts, te) = item["condition_span"], item["content_span"]
            if not (ce <= ts or cs >= te):
                raise SystemExit(f"{w}: condition overlaps content")
        rec["commitments"].append(item)
    for i, ch in enumerate(art["channels"]):
        w = f"{doc} CH{i}"
        if ch["type"] not in CHANNEL_TYPES:
            raise SystemExit(f"{w}: bad channel type {ch['type']!r}")
        reg = locate_anchor(text, ch["anchor"], w)
        rec["channels"].append({"speaker": ch["speaker"], "cue_span": locate_span(text, reg, ch["cue"], w + " cue"),
                                "channel_span": locate_span(text, reg, ch["channel"], w + " channel"),
                                "channel_type": ch["type"]})
    rec["commitments"].sort(key=lambda x: (x["trigger_span"][0], x["content_span"][0]))
    rec["channels"].sort(key=lambda x: (x["channel_span"][0], x["cue_span"][0]))
    return rec


def show(rec: dict) -> None:
    """Print one record as readable text."""
    text = read_text(rec["doc"])

    def g(span: list[int] | None) -> str | None:
        return None if span is None else text[span[0]:span[1]]

    print(f"\n## {rec['doc']} {rec['publication_date']}")
    for c in rec["commitments"]:
        print(f"  [{c['kind']}] {c['holder']} <{g(c['holder_span'])}> trig<{g(c['trigger_span'])}> "
              f"content<{g(c['content_span'])}> cond<{g(c['condition_span'])}> "
              f"time<{g(c['timeframe_span'])}> target={c['target']}")
    for ch in rec["channels"]:
        print(f"  (ch:{ch['channel_type']}) {ch['speaker']} cue<{g(ch['cue_span'])}> chan<{g(ch['channel_span'])}>")


def main() -> int:
    if not TEXT_DIR.is_dir():
        print(f"benchmarks/heldout/build.py: {TEXT_DIR} is absent: needs the project's ../shared folder",
              file=sys.stderr)
        return 2
    check_selection()
    with META.open(newline="", encoding="utf-8") as fh:
        dates = {r["filename"]: r["publication_date"] for r in csv.DictReader(fh, delimiter="\t")
                 if r["compartment"] == "train"}
    records = sorted((build_record(a, dates[a["doc"]]) for a in spec.ARTICLES), key=lambda r: r["doc"])
    GOLD.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    n_c = sum(len(r["commitments"]) for r in records)
    n_ch = sum(len(r["channels"]) for r in records)
    print(f"articles={len(records)} skipped={len(spec.SKIPPED)} commitments={n_c} channels={n_ch}")
    if "--show" in sys.argv:
        for rec in records:
            show(rec)
    return 0


if __name__ == "__main__":
    sys.exit(main())
