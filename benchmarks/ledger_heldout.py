"""Ledger benchmark on two small held-out gold sets, beside the dev gold set in the same run.

The commitment and channel rules were developed while looking at the 20-article dev gold set, so
their dev figures are optimistic. Held-out sets of PolNeAR *train* articles were annotated under the
same guidelines, each chosen by a fixed rule (see their ``build.py``):

* ``benchmarks/heldout/`` (held-out 1) and ``benchmarks/heldout2/`` (held-out 2): their errors were
  later shown to developers for error analysis, so they are no longer blind;
* ``benchmarks/heldout7/`` to ``heldout9/`` (held-out 7 to 9): annotated blind like the others, then
  made development sets on purpose, to give error analysis more unseen-style articles;
* ``benchmarks/heldout3/`` to ``heldout6/`` (held-out 3 to 6): blind judges until session 5; scored only with
  ``--blind``, separately and pooled. In session 6, once held-out 28 to 31 existed, their channel errors
  were opened for error analysis (not their commitment errors).
* ``benchmarks/heldout14/`` to ``heldout17/``, ``heldout20/`` to ``heldout23/``: PolNeAR train articles
  (indices 16, 46, 1, 31, 32, 53, 14 and 47 modulo 60), annotated blind in session 4, then used for error
  analysis;
* ``benchmarks/heldout18/`` and ``heldout19/`` (indices 4 and 19 modulo 60): fresh blind PolNeAR sets
  of session 4, scored only with ``--fresh``; their channel errors opened in session 6 like held-out 3 to 6;
* ``benchmarks/heldout12/`` and ``heldout13/`` (held-out 12 and 13): development sets of general news
  from the same source as held-out 10 and 11 (below), annotated blind in session 4, then used for
  error analysis;
* ``benchmarks/heldout10/`` and ``heldout11/`` (held-out 10 and 11): fresh blind sets from another
  source, the true article bodies of the extraction benchmark (general news of November 2019, never
  used to develop the analysis; ``benchmarks/heldout/fresh.py``). Scored only with ``--fresh``; their
  channel errors opened in session 6.
* ``benchmarks/heldout24/`` to ``heldout27/`` (held-out 24 to 27): the newest blind sets, annotated in
  session 5 (24 and 25: PolNeAR train indices 55 and 59 modulo 60; 26 and 27: general news, the
  candidates held-out 12 and 13 never opened). Scored only with ``--newest``; their channel errors opened
  in session 6.
* ``benchmarks/heldout28/`` to ``heldout31/`` (held-out 28 to 31): the latest blind sets, annotated in
  session 6 (PolNeAR train indices 0, 2, 3 and 5 modulo 60, residues no earlier set used). Scored only
  with ``--latest`` and only in aggregate.

All sets go through the same code: each article is analysed in-process through the CLI's own
``analyze_records`` with ``clean=False, published=<publication_date>``, i.e. exactly as
``onrecord analyze --format jsonl --no-clean --published <date> FILE`` would, and the JSONL is scored
by the official scorer ``shared/tools/ledger/score.py``. The baseline (measured in the same run on
every set) is the channel-lexicon baseline of ``benchmarks/ledger.py``.

    .venv/bin/python benchmarks/ledger_heldout.py [--blind] [--fresh] [--newest] [--latest] [--keep DIR] [--no-write]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

import ledger
from _report import SHARED, read_jsonl, write_section

sys.path.insert(0, str(Path(__file__).resolve().parent / "heldout"))
import fresh  # noqa: E402

HERE = Path(__file__).resolve().parent
HELDOUT_TEXT = SHARED / "data" / "polnear" / "train" / "text"
NEWS = None  # general-news sets: their texts are written to a temporary folder at run time (heldout/fresh.py)
ANNOTATED = "annotated blind in session {}, then used for error analysis"
DEVELOPED = "development set: " + ANNOTATED
OPENED = "; channel errors opened for analysis in session 6"
FRESH_POLNEAR_STATUS = "fresh blind set of PolNeAR train articles (session 4)" + OPENED
NEWEST_STATUS = "blind set of session 5 (PolNeAR train articles for 24 and 25, general news for 26 and 27)" + OPENED
LATEST_STATUS = "latest blind set (session 6; PolNeAR train articles): aggregate figures only"


def _gold(number: int) -> Path:
    return HERE / f"heldout{number}" / "gold.jsonl"


def _sets(numbers: tuple[int, ...], text: Path | None) -> dict[str, tuple[Path, Path | None]]:
    return {f"held-out-{n}": (_gold(n), text) for n in numbers}


# Every set: name -> (gold.jsonl, text folder, or NEWS for the general-news sets).
SETS = {"dev": (ledger.GOLD, ledger.TEXT_DIR), "held-out-1": (HERE / "heldout" / "gold.jsonl", HELDOUT_TEXT),
        **_sets((2, 7, 8, 9, 14, 15, 16, 17, 20, 21, 22, 23), HELDOUT_TEXT), **_sets((12, 13), NEWS)}
BLIND_SETS = _sets((3, 4, 5, 6), HELDOUT_TEXT)  # scored only with --blind
FRESH_SETS = {**_sets((10, 11), NEWS), **_sets((18, 19), HELDOUT_TEXT)}  # scored only with --fresh
NEWEST_SETS = {**_sets((24, 25), HELDOUT_TEXT), **_sets((26, 27), NEWS)}  # scored only with --newest
LATEST_SETS = _sets((28, 29, 30, 31), HELDOUT_TEXT)  # scored only with --latest
ALL_SETS = SETS | BLIND_SETS | FRESH_SETS | NEWEST_SETS | LATEST_SETS
# Pools: name -> (members, file stem, text folder, status). Development pools are always scored.
DEVELOPMENT_POOLS = {
    "development 7-9": ((7, 8, 9), "development", HELDOUT_TEXT, "held-out 7 to 9 pooled (development sets)"),
    "development 14-15": ((14, 15), "later_development", HELDOUT_TEXT,
                          "held-out 14 and 15 pooled (development sets of session 4)"),
    "development 16-17": ((16, 17), "newest_development", HELDOUT_TEXT,
                          "held-out 16 and 17 pooled (development sets of session 4, scored first after the "
                          "session's other changes)"),
    "development 20-21": ((20, 21), "last_development", HELDOUT_TEXT,
                          "held-out 20 and 21 pooled (development sets of session 4, scored first after the "
                          "session's other changes)"),
    "development 22-23": ((22, 23), "final_development", HELDOUT_TEXT,
                          "held-out 22 and 23 pooled (development sets of session 4, scored first after the "
                          "session's other changes)"),
    "development 12-13": ((12, 13), "news_development", NEWS,
                          "held-out 12 and 13 pooled (development sets of general news)")}
BLIND_POOLS = {"blind 3-6": ((3, 4, 5, 6), "pooled", HELDOUT_TEXT, "blind, held-out 3 to 6 pooled")}
FRESH_POOLS = {"fresh 10-11": ((10, 11), "fresh", NEWS, "fresh blind, held-out 10 and 11 pooled"),
               "fresh 18-19": ((18, 19), "fresh_polnear", HELDOUT_TEXT,
                               "fresh blind, held-out 18 and 19 pooled (PolNeAR)")}
NEWEST_POOLS = {"newest 24-25": ((24, 25), "newest_polnear", HELDOUT_TEXT,
                                 "newest blind, held-out 24 and 25 pooled (PolNeAR, session 5)"),
                "newest 26-27": ((26, 27), "newest_news", NEWS,
                                 "newest blind, held-out 26 and 27 pooled (general news, session 5)")}
LATEST_POOLS = {"latest 28-31": ((28, 29, 30, 31), "latest_polnear", HELDOUT_TEXT,
                                 "latest blind, held-out 28 to 31 pooled (PolNeAR, session 6)")}
STATUS = {"dev": "rules developed on it",
          "held-out-1": "seen by developers for error analysis",
          "held-out-2": "blind in session 1, seen by developers since",
          **{f"held-out-{n}": DEVELOPED.format(3) for n in (7, 8, 9)},
          **{f"held-out-{n}": DEVELOPED.format(4) for n in (14, 15, 16, 17, 20, 21, 22, 23)},
          **{f"held-out-{n}": "development set of general news (not PolNeAR): " + ANNOTATED.format(4)
             for n in (12, 13)},
          **{f"held-out-{n}": "blind until session 5" + OPENED for n in (3, 4, 5, 6)},
          "held-out-10": "fresh blind set of session 4: general news, not PolNeAR" + OPENED,
          "held-out-11": "fresh blind set of session 4: general news, not PolNeAR" + OPENED,
          "held-out-18": FRESH_POLNEAR_STATUS, "held-out-19": FRESH_POLNEAR_STATUS,
          **{f"held-out-{n}": NEWEST_STATUS for n in (24, 25, 26, 27)},
          **{f"held-out-{n}": LATEST_STATUS for n in (28, 29, 30, 31)},
          **{name: pool[3] for pool_set in (DEVELOPMENT_POOLS, BLIND_POOLS, FRESH_POOLS, NEWEST_POOLS, LATEST_POOLS)
             for name, pool in pool_set.items()}}
METRICS = ledger.METRICS


def predict(gold: list[dict], text_dir: Path, out: Path) -> float:
    """Analyse every gold article as the CLI would; write PRED jsonl; return seconds spent."""
    from onrecord.cli.analysis import analyze_records

    t0 = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        for g in gold:
            path = text_dir / f"{g['doc']}.txt"
            for rec in analyze_records((str(path),), clean=False, fetch=False,
                                       published=g.get("publication_date")):
                if rec.get("ok") and rec["article"]["text"] != path.read_text(encoding="utf-8"):
                    raise SystemExit(f"{path}: --no-clean text differs from the file; offsets would not match")
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return time.perf_counter() - t0


def baseline(gold: list[dict], text_dir: Path, out: Path) -> None:
    """ledger.py's channel-lexicon baseline, pointed at ``text_dir``."""
    saved = ledger.TEXT_DIR
    ledger.TEXT_DIR = text_dir
    try:
        ledger.write_baseline(gold, out)
    finally:
        ledger.TEXT_DIR = saved


def score(gold: Path, text_dir: Path, pred: Path) -> tuple[str, dict[str, tuple[float, ...]], list[str]]:
    """Official scorer (via ``ledger.score``); return its table, rows and the recall line as a list."""
    table, rows, cond = ledger.score(pred, gold, text_dir)
    return table, rows, [cond] if cond else []


def _name_words(name: str | None) -> set[str]:
    return {w.lower() for w in ledger.WORD.findall(name or "") if len(w) > 2}


def name_accuracy(gold_path: Path, pred: Path) -> tuple[int, int, int, int]:
    """Who is named, not just where: (speaker names right, gold channels whose cue has a statement,
    holder names right, gold commitments matched by content). A name is right when it shares a word of
    three letters or more with the gold name (the scorer's own holder-name rule)."""
    preds = {Path(r["input"]).stem: r for r in read_jsonl(pred)}
    sp_ok = sp_n = ho_ok = ho_n = 0
    for g in read_jsonl(gold_path):
        rec = preds.get(g["doc"])
        if not rec or not rec.get("ok"):
            continue
        text = rec["article"]["text"]
        for ch in g["channels"]:
            cue = ledger.word_tokens(text, ch["cue_span"])
            st = next((x for x in rec["statements"] if ledger.word_tokens(text, x.get("cue_span")) & cue), None)
            if st is not None:
                sp_n += 1
                sp_ok += bool(_name_words(st.get("speaker")) & _name_words(ch["speaker"]))
        for c in g["commitments"]:
            content = ledger.word_tokens(text, c["content_span"])
            pc = next((x for x in rec["commitments"] if ledger.word_tokens(text, x["content_span"]) & content), None)
            if pc is not None:
                ho_n += 1
                ho_ok += bool(_name_words(pc.get("holder")) & _name_words(c["holder"]))
    return sp_ok, sp_n, ho_ok, ho_n


def describe(name: str) -> str:
    """Repo-relative (or shared-relative) path of a set's gold file, for the report."""
    gold = ALL_SETS[name][0]
    return str(gold.relative_to(HERE.parent)) if gold.is_relative_to(HERE.parent) else \
        "shared/" + str(gold.relative_to(SHARED))


def fmt(r: tuple[float, ...]) -> str:
    return f"{r[0]:.3f} | {r[1]:.3f} | {r[2]:.3f} | {int(r[3])} | {int(r[4])} | {int(r[5])}"


def frozen_status(folder: Path) -> str:
    """Whether a held-out set's gold.jsonl still has the md5 recorded in its build.py before its first run."""
    build = (folder / "build.py").read_text(encoding="utf-8")
    md5 = hashlib.md5((folder / "gold.jsonl").read_bytes()).hexdigest()
    if f'"gold.jsonl": "{md5}"' in build:
        return f"`{folder.name}/gold.jsonl` matches the md5 frozen before its first run"
    return f"`{folder.name}/gold.jsonl` DIFFERS from the md5 frozen in `{folder.name}/build.py`"


def pooled(names: list[str], tmp: Path, stem: str) -> Path:
    """One jsonl file holding the lines of several same-shape files (gold or predictions)."""
    out = tmp / f"{stem}.jsonl"
    out.write_text("".join(Path(n).read_text(encoding="utf-8") for n in names), encoding="utf-8")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--blind", action="store_true", help="also score the blind held-out sets 3 to 6")
    ap.add_argument("--fresh", action="store_true", help="also score the fresh blind held-out sets 10 and 11")
    ap.add_argument("--newest", action="store_true", help="also score the newest blind sets 24 to 27 (session 5)")
    ap.add_argument("--latest", action="store_true", help="also score the latest blind sets 28 to 31 (session 6)")
    ap.add_argument("--keep", type=Path, help="keep the prediction files in this folder")
    ap.add_argument("--no-write", action="store_true", help="print only, do not touch BENCHMARKS.md")
    args = ap.parse_args()
    sets = dict(SETS) | (dict(BLIND_SETS) if args.blind else {}) | (dict(FRESH_SETS) if args.fresh else {}) \
        | (dict(NEWEST_SETS) if args.newest else {}) | (dict(LATEST_SETS) if args.latest else {})
    for gold, text_dir in sets.values():
        if not gold.exists() or not (text_dir or fresh.SOURCE).exists():
            print(f"benchmarks/ledger_heldout.py: {gold} or {text_dir} is absent "
                  "(run benchmarks/heldout*/build.py; needs ../shared)", file=sys.stderr)
            return 2
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="onrecord-ledger-heldout-"))
    tmp.mkdir(parents=True, exist_ok=True)
    fresh_text = fresh.materialize(tmp / "fresh_text")
    sets = {name: (gold, text_dir or fresh_text) for name, (gold, text_dir) in sets.items()}
    results, sizes, seconds, files = {}, {}, {}, {}
    for name, (gold_path, text_dir) in sets.items():
        gold = read_jsonl(gold_path)
        stem = name.replace("-", "")
        pred, base = tmp / f"pred_{stem}.jsonl", tmp / f"baseline_{stem}.jsonl"
        seconds[name] = predict(gold, text_dir, pred)
        baseline(gold, text_dir, base)
        files[name] = (gold_path, pred, base)
    pools = dict(DEVELOPMENT_POOLS) | (dict(BLIND_POOLS) if args.blind else {}) \
        | (dict(FRESH_POOLS) if args.fresh else {}) | (dict(NEWEST_POOLS) if args.newest else {}) \
        | (dict(LATEST_POOLS) if args.latest else {})
    for pool, (numbers, stem, text_dir, _) in pools.items():
        members = [f"held-out-{n}" for n in numbers]
        sets[pool] = (pooled([str(files[n][0]) for n in members], tmp, f"gold_{stem}"), text_dir or fresh_text)
        files[pool] = (sets[pool][0], pooled([str(files[n][1]) for n in members], tmp, f"pred_{stem}"),
                       pooled([str(files[n][2]) for n in members], tmp, f"baseline_{stem}"))
        seconds[pool] = sum(seconds[n] for n in members)
    for name, (gold_path, pred, base) in files.items():
        gold = read_jsonl(gold_path)
        commitments = [c for g in gold for c in g["commitments"]]
        sizes[name] = (len(gold), len(commitments), sum(len(g["channels"]) for g in gold),
                       sum(c["condition_span"] is not None for c in commitments),
                       sum(c["timeframe_span"] is not None for c in commitments))
        table, rows, recall = score(gold_path, sets[name][1], pred)
        _, brows, _ = score(gold_path, sets[name][1], base)
        print(f"== {name}\n{table}")
        results[name] = (rows, brows, recall, name_accuracy(gold_path, pred))

    names = list(files)
    lines = [f"| onrecord | {name} | {m} | {fmt(results[name][0][m])} |" for m in METRICS for name in names]
    lines += [f"| baseline: channel lexicon | {name} | {m} | {fmt(results[name][1][m])} |"
              for m in ("channel", "channel+type") for name in names]
    gaps = "\n".join(f"  - dev minus {name}: " + "; ".join(
        f"{m} F1 {results['dev'][0][m][2] - results[name][0][m][2]:+.3f}" for m in METRICS)
        for name in names if name != "dev")
    recall = "\n".join(f"  - {name}: {' / '.join(results[name][2]) or '(none)'}" for name in names)
    named = "\n".join(
        f"  - {name}: speakers {a}/{b} ({a / max(b, 1):.0%}), commitment holders {c}/{d} ({c / max(d, 1):.0%})"
        for name in names for a, b, c, d in [results[name][3]])
    described = "\n".join(
        f"- **{name}** ({STATUS[name]}): " + (f"`{describe(name)}`, " if name in ALL_SETS else "")
        + f"{sizes[name][0]} articles, {sizes[name][1]} commitments ({sizes[name][3]} with a condition, "
        f"{sizes[name][4]} with a timeframe), {sizes[name][2]} channels." for name in names)
    frozen = "; ".join(frozen_status(HERE / f"heldout{name.rsplit('-', 1)[1]}") for name in sets
                       if name.startswith("held-out-") and name != "held-out-1")
    timing = ", ".join(f"{name} {seconds[name]:.1f} s for {sizes[name][0]} articles" for name in names)
    judge = ("Held-out 3 to 6, 10, 11, 18, 19 and 24 to 27 were the blind judges of sessions 3 to 5; in "
             "session 6 their channel errors were opened for analysis, so their channel figures are no longer "
             "blind." if args.blind or args.fresh or args.newest else
             "This run did not score held-out 3 to 6, 10, 11, 18, 19, 24 to 27 (run with `--blind --fresh --newest`).")
    judge += (" **Held-out 28 to 31 are the latest blind judges, made in session 6** (PolNeAR; read their pooled "
              "row): their errors are not shown to anyone." if args.latest else
              " This run did not score the latest sets 28 to 31 (run with `--latest`).")
    body = f"""Official scorer `shared/tools/ledger/score.py`; every article analysed in-process exactly as
`onrecord analyze --format jsonl --no-clean --published <publication_date>`. Gold sets, same
guidelines, scored in the same run:

{described}

Every held-out set was chosen by a fixed rule over PolNeAR *train* file names (disjoint lists; held-out
10 and 11: over the extraction benchmark's true article bodies, general news of November 2019) and
annotated blind by one annotator before any system output for it was seen. {judge}
Frozen gold: {frozen}.
Each held-out set is **small**: one article more or less moves a figure by several points, so read
the gaps as directions, not measurements.

| system | set | metric | P | R | F1 | match | pred | gold |
|---|---|---|---|---|---|---|---|---|
""" + "\n".join(lines) + f"""

- Condition / timeframe recall (over matched gold commitments that have one; "0/0" means the
  commitment carrying it was itself missed, and the held-out sets have very few):
{recall}
- Names (who, not just where; not a metric of the official scorer): for each gold channel whose cue
  onrecord has a statement at, is the statement's speaker name the gold speaker (a shared word of 3+
  letters)? For each gold commitment onrecord matched by content, is the holder name right?
{named}
- Generalisation gap (dev F1 minus held-out F1):
{gaps}
- Analysis time: {timing} (one model load, shared; per-article CLI path).
"""
    if not args.no_write:
        print(body)
        write_section("ledger_heldout", "Ledger: commitments and channels on dev and held-out sets", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
