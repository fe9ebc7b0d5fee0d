"""Second, independent annotation of held-out 5 (session 3; see ``benchmarks/heldout/second.py``).

Annotated from the articles alone under ``shared/data/ledger-gold-dev/guidelines.md``, without seeing
held-out 5's first annotation or any system output; borderline calls are in ``borderline.md``.

    .venv/bin/python benchmarks/heldout5/second/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "heldout"))

import second  # noqa: E402

if __name__ == "__main__":
    second.build(HERE)
