"""Speed of the full analysis vs spaCy's small pipeline alone, on the 84 PolNeAR dev texts.

    .venv/bin/python benchmarks/analyze_speed.py

Both runs load the model once and parse with ``nlp.pipe`` at the same batch size; the full run is
``analyze_articles`` (parse + statements component + every analysis pass). The two runs alternate
``ROUNDS`` times and the fastest time of each is kept, so that load from other processes on a shared
machine does not fall on one side only. Budget: at most 1.67x.
"""

from __future__ import annotations

import sys
import time

import spacy

from _report import SHARED, peak_rss_mib, write_section

BATCH = 16
ROUNDS = 3
BUDGET = 1.67


def main() -> int:
    from onrecord.analyze.pipeline import MODEL, analyze_articles, get_nlp
    from onrecord.models import Article

    files = sorted((SHARED / "data" / "polnear" / "dev" / "text").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    words = sum(len(t.split()) for t in texts)
    arts = [Article(input=str(f), text=t) for f, t in zip(files, texts, strict=True)]

    plain = spacy.load(MODEL)
    list(plain.pipe(texts[:4], batch_size=BATCH))  # warm-up
    get_nlp()
    list(analyze_articles(arts[:4], batch_size=BATCH))  # warm-up
    bases, fulls = [], []
    for _ in range(ROUNDS):  # alternate the two runs; the fastest of each resists load from other processes
        t0 = time.perf_counter()
        for _ in plain.pipe(texts, batch_size=BATCH):
            pass
        bases.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        n_statements = sum(len(a.statements) for a in analyze_articles(arts, batch_size=BATCH))
        fulls.append(time.perf_counter() - t0)
    base, full = min(bases), min(fulls)

    ratio = full / base
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(f"spaCy alone {words / base:,.0f} words/s; full analysis {words / full:,.0f} words/s; "
          f"ratio {ratio:.2f}x ({verdict} the {BUDGET}x budget)")
    body = (f"{len(texts)} PolNeAR dev texts, {words:,} words, batch size {BATCH}, one model load each; "
            f"the two runs alternate {ROUNDS} times and the fastest of each is kept.\n\n"
            "| run | words/s | time ratio |\n|---|---|---|\n"
            f"| spaCy `{MODEL}` alone (`nlp.pipe`) — baseline | {words / base:,.0f} | 1.00x |\n"
            f"| full analysis (`analyze_articles`: parse + statements + all passes) | {words / full:,.0f} | "
            f"**{ratio:.2f}x** |\n\n"
            f"Budget: at most {BUDGET}x spaCy alone — {verdict} budget. {n_statements} statements found. "
            f"Peak RSS {peak_rss_mib():.0f} MiB.")
    write_section("analyze_speed", "Analysis speed vs spaCy alone", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
