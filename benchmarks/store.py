"""The store stage on the shared 121-page extraction benchmark.

Measures, in one run:

* **Lossless storage**: the official extraction scorer (``../shared/tools/extraction/score.py``) on
  the article texts as extracted and on the same texts read back from the store: the two scores
  must be identical.
* **Cost of storing**: ``Store.save`` of every extracted page (raw bytes, article, FTS index,
  MinHash signature) vs extracting them (the baseline), and a second ingest of the same pages (idempotent: skipped by raw
  sha256 before extraction) vs the first.
* **Near-duplicate grouping**: every benchmark article body of 150+ words is stored, then a
  wire-style copy of each (three sentences edited: a word changed, an attribution added) is saved,
  then a half copy of each (which must stay apart). Recall = copies grouped with their original,
  overall and under/over 400 words; false merges = distinct articles grouped together. Baselines in
  the same run, over the same signatures: the previous rule (main bands, estimated Jaccard >= 0.8)
  and datasketch's ``MinHashLSH`` used directly at threshold 0.8 (its default banding, no
  verification).

    .venv/bin/python benchmarks/store.py
"""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from datasketch import MinHashLSH  # noqa: E402

import _report  # noqa: E402
from onrecord.errors import InputError  # noqa: E402
from onrecord.extract import extract  # noqa: E402
from onrecord.models import Article, RawInput  # noqa: E402
from onrecord.sources import iter_inputs  # noqa: E402
from onrecord.store import open_store  # noqa: E402
from onrecord.store.dedupe import (  # noqa: E402
    LSH_CANDIDATE_THRESHOLD,
    NEAR_DUPLICATE_THRESHOLD,
    SHORT_TEXT_FLOOR,
    signature,
)
from onrecord.store.ingest import ingest  # noqa: E402

BENCH = _report.SHARED / "data" / "extraction-benchmark"
SCORER = _report.SHARED / "tools" / "extraction" / "score.py"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
MIN_WORDS = 150
EDITED_SENTENCES = 3
ROUNDS = 3
LONG_WORDS = 400


def page_id(raw: RawInput) -> str:
    return Path(raw.input).name.split(".")[0]


def load_raw() -> list[RawInput]:
    items = list(iter_inputs([str(BENCH / "html")], fetch=False))
    return [x for x in items if isinstance(x, RawInput)]


def score(pred: dict[str, str], tmp: Path, name: str) -> str:
    path = tmp / f"{name}.json"
    path.write_text(json.dumps({k: {"articleBody": v} for k, v in pred.items()}))
    out = subprocess.run([sys.executable, str(SCORER), "--truth", str(BENCH / "ground-truth.json"),
                          "--pred", str(path), "--bootstrap", "0"], capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1]


def extract_all(raws: list[RawInput]) -> dict[str, Article]:
    out = {}
    for raw in raws:
        with contextlib.suppress(InputError):
            out[page_id(raw)] = extract(raw)
    return out


def wire_copy(text: str) -> str:
    sentences = SENTENCE_END.split(text)
    n = len(sentences)
    for i in range(1, EDITED_SENTENCES + 1):
        k = i * n // (EDITED_SENTENCES + 1)
        words = sentences[k].split()
        words[len(words) // 2] = "reportedly"
        sentences[k] = " ".join(words).rstrip(".") + ", according to the agency."
    return " ".join(sentences)


def _lsh_rule(bodies: dict[str, str], candidate_threshold: float, verify: float | None) -> dict[str, float]:
    """datasketch's ``MinHashLSH`` over the originals, queried with each copy and each half copy;
    with ``verify``, a candidate counts only at estimated Jaccard >= verify (the best one wins)."""
    out = {"grouped": 0, "grouped_long": 0, "grouped_short": 0, "false_merges": 0, "wrong_group": 0,
           "halves": 0}
    lsh = MinHashLSH(threshold=candidate_threshold, num_perm=128)
    sigs = {}

    def matches(sig) -> list[str]:
        found = lsh.query(sig)
        if verify is None:
            return found
        scored = sorted(((sig.jaccard(sigs[c]), c) for c in found), reverse=True)
        return [c for sim, c in scored if sim >= verify][:1]

    for pid, body in bodies.items():
        sigs[pid] = signature(body)
        out["false_merges"] += bool(matches(sigs[pid]))
        lsh.insert(pid, sigs[pid])
    for pid, body in bodies.items():
        found = matches(signature(wire_copy(body)))
        out["grouped"] += pid in found
        out["grouped_long" if len(body.split()) >= LONG_WORDS else "grouped_short"] += pid in found
        out["wrong_group"] += bool(set(found) - {pid})
        out["halves"] += bool(matches(signature(body[: len(body) // 2])))
    return out


def near_duplicates(bodies: dict[str, str], tmp: Path) -> list[dict[str, float]]:
    """onrecord's store, the previous rule (main bands, estimated Jaccard >= 0.8) and plain
    ``MinHashLSH`` at 0.8: copies grouped, distinct articles merged, half copies grouped."""
    ours = {"grouped": 0, "grouped_long": 0, "grouped_short": 0, "false_merges": 0, "wrong_group": 0,
            "halves": 0}
    with open_store(tmp / "dedupe.db") as store:
        ids = {}
        for pid, body in bodies.items():
            res = store.save(None, Article(input=pid, text=body, url=f"https://orig.test/{pid}"))
            ids[pid] = res.article_id
            ours["false_merges"] += res.status == "near-duplicate"
        for pid, body in bodies.items():
            res = store.save(None, Article(input=pid, text=wire_copy(body), url=f"https://copy.test/{pid}"))
            if res.status == "near-duplicate":
                hit = res.dup_group == ids[pid]
                ours["grouped" if hit else "wrong_group"] += 1
                ours["grouped_long" if len(body.split()) >= LONG_WORDS else "grouped_short"] += hit
        for pid, body in bodies.items():
            res = store.save(None, Article(input=pid, text=body[: len(body) // 2], url=f"https://half.test/{pid}"))
            ours["halves"] += res.status == "near-duplicate"
    previous = _lsh_rule(bodies, LSH_CANDIDATE_THRESHOLD, NEAR_DUPLICATE_THRESHOLD)
    base = _lsh_rule(bodies, NEAR_DUPLICATE_THRESHOLD, None)
    n = len(bodies)
    n_long = sum(len(b.split()) >= LONG_WORDS for b in bodies.values())
    for d in (ours, previous, base):
        d["grouped"] /= n
        d["grouped_long"] /= n_long
        d["grouped_short"] /= n - n_long
        d["n_long"], d["n_short"] = n_long, n - n_long
    return [ours, previous, base]


def main() -> None:
    raws = load_raw()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        extract_all(raws[:5])  # warm-up
        t_extract = t_save = float("inf")
        for rnd in range(ROUNDS):  # alternate, keep each side's best round (the machine is shared)
            t0 = time.perf_counter()
            extracted = extract_all(raws)
            t_extract = min(t_extract, time.perf_counter() - t0)
            by_id = {page_id(r): r for r in raws}
            with open_store(tmp / f"save{rnd}.db") as store:
                t0 = time.perf_counter()
                for pid, art in extracted.items():
                    store.save(by_id[pid], art)
                t_save = min(t_save, time.perf_counter() - t0)

        with open_store(tmp / "bench.db") as store:
            t0 = time.perf_counter()
            first = list(ingest(store, raws, analyze=False))
            t_ingest = time.perf_counter() - t0
            counts = store.counts()
            t0 = time.perf_counter()
            second = list(ingest(store, raws, analyze=False))
            t_again = time.perf_counter() - t0
            assert store.counts() == counts, "second ingest changed the store"
            stored = {page_id_of(r): store.get_article(r.id).article.text for r in first if r.ok and r.id}
        direct = {pid: a.text for pid, a in extracted.items()}
        score_direct = score(direct, tmp, "direct")
        score_stored = score(stored, tmp, "stored")

        truth = json.loads((BENCH / "ground-truth.json").read_text())
        bodies = {k: v["articleBody"] for k, v in sorted(truth.items())
                  if len(v["articleBody"].split()) >= MIN_WORDS}
        ours, previous, base = near_duplicates(bodies, tmp)
        db_mib = sum(p.stat().st_size for p in tmp.glob("bench.db*")) / 2**20
        raw_mib = sum(len(r.data) for r in raws) / 2**20

    statuses = {s: sum(r.status == s for r in first) for s in ("new", "new-url", "near-duplicate")}
    body = f"""
{len(raws)} benchmark HTML pages; {sum(r.ok for r in first)} stored as {counts['articles']} articles
({statuses['new']} new, {statuses['new-url']} same text at another URL, {statuses['near-duplicate']} near-duplicates).

| measure | onrecord store | baseline |
|---|---|---|
| official extraction score, text read back from the store vs as extracted | `{score_stored}` | `{score_direct}` |
| time to store the extracted articles (`Store.save`) vs to extract them (best of {ROUNDS} rounds) | {t_save / t_extract:.2f}x | 1.00x |
| second ingest of the same pages vs the first (nothing added: {sum(r.status == 'duplicate' for r in second)} duplicates) | {t_again / t_ingest:.4f}x | 1.00x |
| database size vs raw HTML size (raw kept zlib-compressed, text, FTS index, signatures) | {db_mib / raw_mib:.2f}x | 1.00x |

Near-duplicates: {len(bodies)} article bodies of {MIN_WORDS}+ words, each with a wire-style copy
({EDITED_SENTENCES} sentences edited) and a half copy (its first half: not a near-copy, must stay
apart). onrecord: LSH candidates from the main bands (0.6) plus, for short texts, a second set of
lower-threshold bands; exact shingle Jaccard on the candidates against a length-aware bar
({NEAR_DUPLICATE_THRESHOLD} for long texts, down to {SHORT_TEXT_FLOOR} for short ones). Baselines in the same run:
the previous rule (datasketch `MinHashLSH(threshold={LSH_CANDIDATE_THRESHOLD})` candidates verified at
estimated Jaccard >= {NEAR_DUPLICATE_THRESHOLD}) and datasketch `MinHashLSH(threshold=0.8)` queried directly.

| | onrecord | previous rule | MinHashLSH at 0.8 |
|---|---|---|---|
| copies grouped with their original (recall), all {len(bodies)} | {ours['grouped']:.3f} | {previous['grouped']:.3f} | {base['grouped']:.3f} |
| recall on the {ours['n_short']} articles under {LONG_WORDS} words | {ours['grouped_short']:.3f} | {previous['grouped_short']:.3f} | {base['grouped_short']:.3f} |
| recall on the {ours['n_long']} articles of {LONG_WORDS}+ words | {ours['grouped_long']:.3f} | {previous['grouped_long']:.3f} | {base['grouped_long']:.3f} |
| distinct articles merged (false merges) | {ours['false_merges']} | {previous['false_merges']} | {base['false_merges']} |
| copies grouped with another article | {ours['wrong_group']} | {previous['wrong_group']} | {base['wrong_group']} |
| half copies grouped (false groupings) | {ours['halves']} | {previous['halves']} | {base['halves']} |
"""
    _report.write_section("store", "Store: lossless, idempotent ingest and near-duplicate grouping", body)
    print(body)


def page_id_of(result) -> str:
    return Path(result.input).name.split(".")[0]


if __name__ == "__main__":
    main()
