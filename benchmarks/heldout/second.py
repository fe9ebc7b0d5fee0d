"""Shared builder of the second, independent annotations of blind held-out sets (``heldoutN/second/``).

In session 3 two more annotators each re-annotated one blind set (held-out 5 and 6) from the articles
alone, under the same guidelines, without seeing the first annotation or any system output. Their
``spec.py`` files use the anchor convention of the other sets (an anchor that occurs once in the
article; spans that occur once in the anchor, ``"ctx [[span]] ctx"`` to disambiguate; whitespace runs
match any whitespace). :func:`build` turns a ``spec.py`` into ``gold.jsonl`` beside it, checking every
span, so that ``benchmarks/agreement.py`` can score one annotator against the other with the official
ledger scorer.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

TEXT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "polnear" / "train" / "text"
MARKED = re.compile(r"(.*?)\[\[(.*?)\]\](.*)", re.S)
KINDS = frozenset({"promise", "threat", "demand"})
TYPES = frozenset({"social_post", "interview", "press_remarks", "rally_or_speech", "debate", "written_statement",
                   "article_or_oped", "email_or_letter", "testimony", "other"})


def _pattern(quoted: str) -> re.Pattern[str]:
    return re.compile("".join(r"\s+" if p.isspace() else re.escape(p) for p in re.split(r"(\s+)", quoted) if p))


def _hits(hay: str, needle: str) -> list[tuple[int, int]]:
    pat, hits, pos = _pattern(needle), [], 0
    while (m := pat.search(hay, pos)) is not None:
        hits.append((m.start(), m.end()))
        pos = m.start() + 1
    return hits


def _anchor(text: str, anchor: str, where: str) -> tuple[int, int]:
    hits = _hits(text, anchor)
    if len(hits) != 1:
        raise SystemExit(f"{where}: the anchor occurs {len(hits)} times: {anchor!r}")
    return hits[0]


def _span(text: str, region: tuple[int, int], quoted: str | None, where: str) -> list[int] | None:
    if quoted is None:
        return None
    sub = text[region[0]:region[1]]
    marked = MARKED.fullmatch(quoted)
    left, mid, right = marked.groups() if marked else ("", quoted, "")
    hits = _hits(sub, left + mid + right)
    if len(hits) != 1:
        raise SystemExit(f"{where}: the span occurs {len(hits)} times in its anchor: {quoted!r}")
    pos = _pattern(left).match(sub, hits[0][0]).end() if left else hits[0][0]
    found = _pattern(mid).match(sub, pos)
    start, end = region[0] + found.start(), region[0] + found.end()
    got = text[start:end]
    if re.sub(r"\s+", " ", got) != re.sub(r"\s+", " ", mid) or got != got.strip():
        raise SystemExit(f"{where}: span {quoted!r} does not match the text {got!r}")
    return [start, end]


def _record(art: dict, date: str) -> dict:
    doc = art["doc"]
    text = (TEXT / f"{doc}.txt").read_bytes().decode("utf-8")
    commitments, channels = [], []
    for i, c in enumerate(art["commitments"]):
        where = f"{doc} commitment {i}"
        if c["kind"] not in KINDS:
            raise SystemExit(f"{where}: unknown kind {c['kind']!r}")
        region = _anchor(text, c["anchor"], where)
        commitments.append({
            "holder": c["holder"], "holder_span": _span(text, region, c["holder_span"], where), "kind": c["kind"],
            "trigger_span": _span(text, region, c["trigger"], where),
            "content_span": _span(text, region, c["content"], where),
            "condition_span": _span(text, region, c["condition"], where),
            "timeframe_span": _span(text, region, c["timeframe"], where), "target": c["target"]})
    for i, h in enumerate(art["channels"]):
        where = f"{doc} channel {i}"
        if h["type"] not in TYPES:
            raise SystemExit(f"{where}: unknown type {h['type']!r}")
        region = _anchor(text, h["anchor"], where)
        channels.append({"speaker": h["speaker"], "cue_span": _span(text, region, h["cue"], where),
                         "channel_span": _span(text, region, h["channel"], where), "channel_type": h["type"]})
    commitments.sort(key=lambda r: (r["trigger_span"][0], r["content_span"][0]))
    channels.sort(key=lambda r: (r["channel_span"][0], r["cue_span"][0]))
    return {"doc": doc, "publication_date": date, "commitments": commitments, "channels": channels}


def build(folder: Path) -> list[dict]:
    """Read ``folder/spec.py``, check every span against the article, write ``folder/gold.jsonl``."""
    mod_spec = importlib.util.spec_from_file_location(f"second_spec_{folder.parent.name}", folder / "spec.py")
    spec = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(spec)
    dates = getattr(spec, "DATES", {})
    records = sorted((_record(a, a.get("date") or dates[a["doc"]]) for a in spec.ARTICLES), key=lambda r: r["doc"])
    (folder / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                       encoding="utf-8")
    n_c = sum(len(r["commitments"]) for r in records)
    n_h = sum(len(r["channels"]) for r in records)
    print(f"{folder}: {len(records)} articles, {n_c} commitments, {n_h} channels")
    return records
