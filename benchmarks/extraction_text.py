"""Text-scrape extraction benchmark: the scrape cleaner on 121 full-page text dumps.

Scores ``onrecord.extract.text.extract_text_article`` against the extraction benchmark's ground
truth with the official scorer (``shared/tools/extraction/score.py``), beside two baselines run in
the same process: the raw dump (every line kept) and jusText over the dump's lines (each line
wrapped in ``<p>``). The line model is fitted on these same 121 pages, so the script also reports a
5-fold cross-validated figure (page-level folds; weights and thresholds refitted on 4/5 of the
pages, scored on the held-out 1/5, all held-out predictions scored together).

    .venv/bin/python benchmarks/extraction_text.py          # measure, write BENCHMARKS.md
    .venv/bin/python benchmarks/extraction_text.py --fit    # refit text_model.json on all pages first
    .venv/bin/python benchmarks/extraction_text.py --quick  # dev loop: CV with the stored
        # thresholds (no grid search), no baselines, BENCHMARKS.md left alone (~10x faster)
"""

from __future__ import annotations

import argparse
import html
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import SHARED, write_section  # noqa: E402
from onrecord.errors import NoArticleError  # noqa: E402
from onrecord.extract import text as tx  # noqa: E402

BENCH = SHARED / "data" / "extraction-benchmark"
SCORER_DIR = SHARED / "tools" / "extraction"
REGION_GRID = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
KEEP_GRID = (0.1, 0.2, 0.3, 0.4, 0.5)
L2 = 1e-2


def load_scorer():
    """The official scorer module (``evaluate``)."""
    sys.path.insert(0, str(SCORER_DIR))
    import score  # type: ignore[import-not-found]

    return score


def load_pages() -> list[tuple[str, str, str]]:
    """(page id, dump text, true body) for every page with a text dump."""
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf8"))
    pages = []
    for path in sorted((BENCH / "text").glob("*.txt")):
        pages.append((path.stem, path.read_text(encoding="utf8"), truth[path.stem]["articleBody"]))
    return pages


def page_matrix(text: str, true_body: str) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and 0/1 labels (line is a line of the true body) for one page."""
    lines = tx.split_lines(text)
    true_lines = {tx.clean_markdown_line(t)[0] for t in true_body.splitlines()} - {""}
    rows = tx.line_features(lines)
    labels = [float(ln.text in true_lines) for ln in lines]
    return np.array(rows, dtype=float).reshape(-1, len(tx.FEATURE_NAMES)), np.array(labels)


def fit_layer(xs: list[np.ndarray], ys: list[np.ndarray], names: tuple[str, ...]) -> dict:
    """L2-regularised logistic regression by full-batch gradient descent (pages weigh equally)."""
    x = np.vstack(xs)
    y = np.concatenate(ys)
    w_page = np.concatenate([np.full(len(v), 1.0 / max(1, len(v))) for v in ys])
    w_page *= len(w_page) / w_page.sum()
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    weights = np.zeros(z.shape[1])
    bias = 0.0
    for _ in range(4000):
        p = 1.0 / (1.0 + np.exp(-(z @ weights + bias)))
        err = (p - y) * w_page
        weights -= 1.0 * (z.T @ err / len(y) + L2 * weights)
        bias -= 1.0 * err.mean()
    return {"features": list(names), "mean": mean.round(6).tolist(),
            "scale": scale.round(6).tolist(), "weights": weights.round(6).tolist(),
            "bias": round(float(bias), 6)}


def fit_weights(pages: list[tuple[str, str, str]]) -> tuple[dict, list, list]:
    """Both logistic layers; also each page's lines and final probabilities."""
    split = [tx.split_lines(text) for _pid, text, _t in pages]
    mats = [page_matrix(text, truth) for _pid, text, truth in pages]
    stage1 = fit_layer([m[0] for m in mats], [m[1] for m in mats], tx.FEATURE_NAMES)
    xs2 = []
    for lines, (x, _y) in zip(split, mats, strict=True):
        rows = x.tolist()
        xs2.append(np.array(tx.stage2_features(lines, rows, tx.logistic(rows, stage1)),
                            dtype=float).reshape(-1, len(tx.STAGE2_NAMES)))
    stage2 = fit_layer(xs2, [m[1] for m in mats], tx.STAGE2_NAMES)
    probs = [tx.logistic(x.tolist(), stage2) for x in xs2]
    return {"stage1": stage1, "stage2": stage2}, split, probs


def predict(pages: list[tuple[str, str, str]], model: dict) -> dict[str, dict[str, str]]:
    """Page id -> {"articleBody": cleaned text} ("" when no article is found)."""
    out = {}
    for pid, text, _truth in pages:
        try:
            body = tx.extract_text_article(pid, text, model).text
        except NoArticleError:
            body = ""
        out[pid] = {"articleBody": body}
    return out


def fit(pages: list[tuple[str, str, str]], score, grid: tuple[tuple[float, ...],
        tuple[float, ...]] = (REGION_GRID, KEEP_GRID)) -> dict:
    """Fit weights, then the two thresholds by grid search (region x keep values in ``grid``)
    on the same pages' official F1."""
    model, split, probs = fit_weights(pages)
    truth = {pid: {"articleBody": t} for pid, _x, t in pages}
    best = (-1.0, 0.5, 0.3)
    for region in grid[0]:
        for keep in grid[1]:
            trial = dict(model, region_threshold=region, keep_threshold=keep)
            pred = {}
            for (pid, _x, _t), lines, pr in zip(pages, split, probs, strict=True):
                idx = tx.body_lines(lines, pr, trial)
                pred[pid] = {"articleBody": "\n\n".join(lines[i].text for i in idx)}
            f1 = score.evaluate(truth, pred, n_bootstrap=0)[0]["f1"]
            if f1 > best[0] + 1e-9:
                best = (f1, region, keep)
    return dict(model, region_threshold=best[1], keep_threshold=best[2])


def cross_validate(pages, score, folds: int = 5, seed: int = 0,
                   grid=(REGION_GRID, KEEP_GRID)) -> dict[str, dict[str, str]]:
    """Held-out predictions for every page, each from a model fitted without its fold."""
    order = list(range(len(pages)))
    random.Random(seed).shuffle(order)
    preds: dict[str, dict[str, str]] = {}
    for k in range(folds):
        held = {order[i] for i in range(k, len(order), folds)}
        model = fit([p for i, p in enumerate(pages) if i not in held], score, grid)
        preds.update(predict([p for i, p in enumerate(pages) if i in held], model))
    return preds


def justext_lines(pages) -> dict[str, dict[str, str]]:
    """Baseline: jusText over the dump's lines, each wrapped in <p>."""
    import justext

    stop = justext.get_stoplist("English")
    out = {}
    for pid, text, _t in pages:
        doc = "<html><body>" + "".join(f"<p>{html.escape(ln)}</p>" for ln in text.splitlines()
                                       if ln.strip()) + "</body></html>"
        paras = justext.justext(doc, stop)
        out[pid] = {"articleBody": "\n\n".join(p.text for p in paras if not p.is_boilerplate)}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fit", action="store_true", help="refit text_model.json on all pages first")
    ap.add_argument("--per-page", action="store_true", help="print the worst pages")
    ap.add_argument("--quick", action="store_true", help="dev loop: CV with the stored "
                    "thresholds, no baselines, BENCHMARKS.md untouched")
    args = ap.parse_args(argv)
    score = load_scorer()
    pages = load_pages()
    truth = {pid: {"articleBody": t} for pid, _x, t in pages}
    if args.fit:
        model = fit(pages, score)
        tx.MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf8")
        tx.load_model.cache_clear()
        print(f"wrote {tx.MODEL_PATH}", file=sys.stderr)

    t0 = time.perf_counter()
    ours = predict(pages, tx.load_model())
    rate = len(pages) / (time.perf_counter() - t0)
    m_ours, per_page = score.evaluate(truth, ours, n_bootstrap=1000)
    if args.per_page:
        for p in sorted(per_page, key=lambda p: p["f1"])[:15]:
            print(f"{p['id'][:12]} P {p['precision']} R {p['recall']} F1 {p['f1']:.3f}")
    if args.quick:
        stored = tx.load_model()
        grid = ((stored["region_threshold"],), (stored["keep_threshold"],))
        m_cv = score.evaluate(truth, cross_validate(pages, score, grid=grid), n_bootstrap=0)[0]
        print(f"in-sample F1 {m_ours['f1']:.4f}; 5-fold CV F1 (stored thresholds) "
              f"{m_cv['f1']:.4f} P {m_cv['precision']:.4f} R {m_cv['recall']:.4f}")
        return
    m_cv = score.evaluate(truth, cross_validate(pages, score), n_bootstrap=1000)[0]
    m_raw = score.evaluate(truth, {pid: {"articleBody": x} for pid, x, _t in pages},
                           n_bootstrap=0)[0]
    t0 = time.perf_counter()
    jt = justext_lines(pages)
    jt_rate = len(pages) / (time.perf_counter() - t0)
    m_jt = score.evaluate(truth, jt, n_bootstrap=0)[0]

    def row(name: str, m: dict, rate_: str = "") -> str:
        return f"| {name} | {m['f1']:.3f} | {m['precision']:.3f} | {m['recall']:.3f} | {rate_} |"

    body = "\n".join([
        f"{len(pages)} full-page text dumps (`shared/data/extraction-benchmark/text/`), scored with "
        "the official `tools/extraction/score.py` (word 4-gram shingles, page-macro P/R).",
        "",
        "| extractor | F1 | P | R | pages/s |",
        "|---|---|---|---|---|",
        row("onrecord text cleaner (in-sample: model fitted on these pages)", m_ours,
            f"{rate:.0f}"),
        row("onrecord text cleaner, **5-fold cross-validated** (page-level folds)", m_cv),
        row("baseline: raw dump (every line)", m_raw),
        row("baseline: jusText over the dump's lines (English stoplist)", m_jt, f"{jt_rate:.0f}"),
        "",
        f"In-sample F1 bootstrap std ±{m_ours['f1_std']:.3f}; empty predictions: "
        f"{m_ours['empty_predictions']}. Speed ratio ours/jusText: {rate / jt_rate:.1f}x. "
        "Cross-validated = each page scored by a model (weights + thresholds) fitted without it.",
    ])
    print(body)
    write_section("extraction_text", "Text-scrape extraction (extract.text)", body)


if __name__ == "__main__":
    main()
