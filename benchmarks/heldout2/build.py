"""Held-out ledger gold set 2 (blind): 8 more PolNeAR *train* articles, commitments and statement channels.

Why a second set
    The errors of ``benchmarks/heldout/`` (held-out 1) were shown to the engineers improving the
    commitment and channel passes, so it is no longer blind. This set is the final judge: nobody tunes
    on it. Same rules (``shared/data/ledger-gold-dev/guidelines.md``, unchanged), same JSON shape, same
    builder: this script loads ``benchmarks/heldout/build.py`` and only swaps its spec, output file and
    selection offset. Small (8 articles): read its figures as a direction with wide error bars.

How the articles were chosen (rule fixed before reading any of them)
    Sort the 840 file names in ``shared/data/polnear/train/text/``; take every 60th, starting with the
    37th (1-based positions 37, 97, 157, ...). Held-out 1 takes positions 7, 67, 127, ...; both are
    ``k*60 + const`` with constants 30 apart, so the two lists cannot share a file (checked below too).
    Read each file in full, in that order; keep it if it holds at least one commitment under
    guidelines §A, otherwise list it in ``spec.SKIPPED``. Stop at 8 kept articles. 10 files were read:
    8 kept, 2 skipped (positions 97 and 397). ``publication_date`` comes from ``metadata.tsv``.

How it was annotated
    By one annotator, by hand, blind: ``spec.py`` was written and this gold set built and frozen before
    onrecord (analyze, benchmarks or tests) was run on any of these articles and before any system
    output for them was seen. Frozen files (md5, recorded before the first benchmark run):
        spec.py     bf55df0efec71746d837cff4d09c9d33
        gold.jsonl  32fe6349f097d54fd5b52b6e8958366f
    Any later change is listed here with its reason (only objective span typos are allowed).
        (none)

What the repo holds
    Only anchors, short quoted spans and offsets; the article texts are read from ``../shared`` at
    build time.

    .venv/bin/python benchmarks/heldout2/build.py [--show]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
FIRST = 36  # every 60th sorted file name, starting with the 37th (index 36)
FROZEN_MD5 = {"spec.py": "bf55df0efec71746d837cff4d09c9d33", "gold.jsonl": "32fe6349f097d54fd5b52b6e8958366f"}


def load(name: str, path: Path) -> ModuleType:
    """Import ``path`` as module ``name`` (both sets name their files build.py / spec.py)."""
    mod_spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(module)
    return module


def builder() -> ModuleType:
    """Held-out 1's builder, pointed at this folder's spec, gold file and selection offset."""
    base = load("heldout1_build", HERE.parent / "heldout" / "build.py")
    first_docs = {a["doc"] for a in base.spec.ARTICLES} | set(base.spec.SKIPPED)
    own = load("heldout2_spec", HERE / "spec.py")
    mine = {a["doc"] for a in own.ARTICLES} | set(own.SKIPPED)
    if first_docs & mine:
        raise SystemExit(f"heldout2/spec.py: articles shared with held-out 1: {sorted(first_docs & mine)}")
    base.spec, base.GOLD, base.FIRST = own, HERE / "gold.jsonl", FIRST
    return base


if __name__ == "__main__":
    sys.exit(builder().main())
