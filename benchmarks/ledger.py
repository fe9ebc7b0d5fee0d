"""Ledger benchmark: commitments and statement channels on the 20-article dev gold set.

Runs the analyze stage in-process exactly as ``onrecord analyze --format jsonl --no-clean
--published <publication_date>`` would (one ``Article`` per gold text, ``analyze_articles``), writes
the JSONL, and scores it with the official scorer ``shared/tools/ledger/score.py``. A baseline is
scored in the same run: a channel-lexicon match over the raw text (every channel word or phrase
anywhere becomes a "statement" with that channel span; no cue, no attachment).

Also reported: how many gold channels have no predicted statement at their cue at all (neither from
the statements pass nor from the channel pass's fallback), so the channel misses can be split into
"statement missing" and "channel missing".

    .venv/bin/python benchmarks/ledger.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _report import SHARED, peak_rss_mib, read_jsonl, write_section

GOLD = SHARED / "data" / "ledger-gold-dev" / "gold.jsonl"
TEXT_DIR = SHARED / "data" / "polnear" / "dev" / "text"
SCORER = SHARED / "tools" / "ledger" / "score.py"
WORD = re.compile(r"\w+")

# Baseline lexicon: channel words matched anywhere in the text, no attachment to a cue.
BASELINE_LEXICON: dict[str, str] = {
    r"tweets?|tweeted|retweeted|twitter|facebook": "social_post",
    r"interview|told \w+": "interview",
    r"reporters|press conference": "press_remarks",
    r"rally|speech|forum|event|crowd": "rally_or_speech",
    r"debate": "debate",
    r"statement|ruling|motion|complaint": "written_statement",
    r"column|article|op-ed": "article_or_oped",
    r"letter|e-?mail": "email_or_letter",
    r"hearing|testified": "testimony",
    r"\bad\b|clip": "other",
}


def load_gold() -> list[dict]:
    return read_jsonl(GOLD)


def run_pipeline(gold: list[dict], out: Path) -> dict:
    """Analyse the gold texts, write PRED jsonl; return timing and statement-source counts."""
    from onrecord.analyze.channels import annotate_channels
    from onrecord.analyze.pipeline import analyze_doc, get_nlp
    from onrecord.models import Article

    t0 = time.perf_counter()
    nlp = get_nlp()
    t_load = time.perf_counter() - t0
    articles = []
    for g in gold:
        path = TEXT_DIR / f"{g['doc']}.txt"
        articles.append(Article(input=str(path), text=path.read_text(encoding="utf-8"),
                                published=g.get("publication_date")))
    t1 = time.perf_counter()
    nofb = out.with_name("pred_no_fallback.jsonl")
    stats = {"statements_pass": 0, "after_channels": 0, "covered_by_pass": 0, "covered_final": 0,
             "gold_channels": 0}
    with out.open("w", encoding="utf-8") as fh, nofb.open("w", encoding="utf-8") as fh_nofb:
        for g, art, doc in zip(gold, articles, nlp.pipe(a.text for a in articles), strict=True):
            from_pass = list(doc._.statements or [])
            # The same channel pass without its fallback statements (channels of the pass's statements only).
            alone = copy.deepcopy(from_pass)
            annotate_channels(doc, alone, art.published, fallback=False)
            fh_nofb.write(json.dumps({"input": art.input, "ok": True,
                                      "statements": [s.to_dict() for s in alone], "commitments": []}) + "\n")
            analysis = analyze_doc(doc, art)
            fh.write(json.dumps({"input": art.input, "ok": True, **analysis.to_dict()}) + "\n")
            stats["statements_pass"] += len(from_pass)
            stats["after_channels"] += len(analysis.statements)
            for ch in g["channels"]:
                stats["gold_channels"] += 1
                cue = word_tokens(art.text, ch["cue_span"])
                stats["covered_by_pass"] += any(word_tokens(art.text, s.cue_span) & cue for s in from_pass)
                stats["covered_final"] += any(word_tokens(art.text, s.cue_span) & cue
                                              for s in analysis.statements)
    stats["seconds_load"] = t_load
    stats["seconds_analyse"] = time.perf_counter() - t1
    stats["chars"] = sum(len(a.text) for a in articles)
    return stats


def word_tokens(text: str, span) -> set[int]:
    """Start offsets of the word tokens (``\\w+``) a span touches, as the official scorer compares them."""
    if not span:
        return set()
    s, e = span
    return {m.start() for m in WORD.finditer(text) if m.end() > s and m.start() < e}


def write_baseline(gold: list[dict], out: Path) -> None:
    """The lexicon baseline: every lexicon hit is a statement with that channel span."""
    pats = [(re.compile(rf"\b(?:{p})\b", re.I), t) for p, t in BASELINE_LEXICON.items()]
    with out.open("w", encoding="utf-8") as fh:
        for g in gold:
            path = TEXT_DIR / f"{g['doc']}.txt"
            text = path.read_text(encoding="utf-8")
            stmts = [{"speaker": None, "speaker_span": None, "cue_span": None, "content_spans": [],
                      "kind": "indirect", "channel": m.group(0), "channel_span": [m.start(), m.end()],
                      "channel_type": t}
                     for pat, t in pats for m in pat.finditer(text)]
            fh.write(json.dumps({"input": str(path), "ok": True, "statements": stmts,
                                 "commitments": []}) + "\n")


METRICS = ("commitment", "commitment+kind", "channel", "channel+type")


def score(pred: Path, gold: Path = GOLD, text_dir: Path = TEXT_DIR) -> tuple[str, dict[str, tuple[float, ...]], str]:
    """Run the official scorer; return its table, {metric: (P, R, F1, match, pred, gold)} and its
    condition/timeframe recall line. Shared by the other ledger benchmarks."""
    res = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--text-dir", str(text_dir),
                          "--pred", str(pred)], capture_output=True, text=True, check=True)
    rows: dict[str, tuple[float, ...]] = {}
    cond = ""
    for line in res.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] in METRICS and len(parts) == 7:
            rows[parts[0]] = tuple(float(x) for x in parts[1:])
        if line.startswith("condition recall"):
            cond = line.strip()
    return res.stdout, rows, cond


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="keep the prediction files in this folder")
    ap.add_argument("--no-write", action="store_true", help="print only, do not touch BENCHMARKS.md")
    args = ap.parse_args()
    if not GOLD.exists():
        print(f"benchmarks/ledger.py: {GOLD} is absent: needs the project's ../shared folder", file=sys.stderr)
        return 2
    gold = load_gold()
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="onrecord-ledger-"))
    tmp.mkdir(parents=True, exist_ok=True)
    pred, base = tmp / "pred.jsonl", tmp / "baseline.jsonl"
    stats = run_pipeline(gold, pred)
    write_baseline(gold, base)
    table, rows, cond = score(pred)
    _, nrows, _ = score(pred.with_name("pred_no_fallback.jsonl"))
    _, brows, _ = score(base)
    print(table)

    def fmt(r: tuple[float, ...]) -> str:
        return f"{r[0]:.3f} | {r[1]:.3f} | {r[2]:.3f} | {int(r[3])} | {int(r[4])} | {int(r[5])}"

    n_gold = stats["gold_channels"]
    body = f"""Official scorer `shared/tools/ledger/score.py` on the 20-article dev gold set
(`shared/data/ledger-gold-dev`, {n_gold} channels), analysis run in-process as
`onrecord analyze --format jsonl --no-clean --published <publication_date>`.

| system | metric | P | R | F1 | match | pred | gold |
|---|---|---|---|---|---|---|---|
""" + "\n".join(f"| onrecord | {m} | {fmt(rows[m])} |" for m in rows) + "\n" + "\n".join(
        f"| onrecord, channels of the statements pass only (no fallback) | {m} | {fmt(nrows[m])} |"
        for m in ("channel", "channel+type")) + "\n" + "\n".join(
        f"| baseline: channel lexicon, no attachment | {m} | {fmt(brows[m])} |"
        for m in ("channel", "channel+type")) + f"""

- Commitments: {cond}
- Gold channels whose cue has a predicted statement: {stats['covered_by_pass']}/{n_gold} from the
  statements pass alone, {stats['covered_final']}/{n_gold} after the channel pass's fallback statements
  ({stats['statements_pass']} statements from the statements pass, {stats['after_channels']} in the output).
- The channel rules were written while looking at these 20 articles (and checked by eye on PolNeAR
  train articles, which have no channel gold): expect lower figures on held-out articles.
- Speed: {stats['chars'] / max(stats['seconds_analyse'], 1e-9):,.0f} chars/s for parse + all passes
  ({stats['seconds_analyse'] / len(gold) * 1000:.0f} ms per article, model load
  {stats['seconds_load']:.1f} s once); peak RSS {peak_rss_mib():.0f} MiB.
"""
    print(body)
    if not args.no_write:
        write_section("ledger", "Ledger: commitments and channels (dev gold)", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
