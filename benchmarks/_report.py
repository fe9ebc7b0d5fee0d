"""Shared by the benchmark scripts: machine facts and writing one section of BENCHMARKS.md.

Each script owns one section, delimited by ``<!-- NAME:start -->`` / ``<!-- NAME:end -->``, and
replaces only that section, so scripts can run in any order.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ONRECORD_SHARED", ROOT.parent / "shared"))
BENCHMARKS_MD = ROOT / "BENCHMARKS.md"


def read_jsonl(path: Path) -> list[dict]:
    """The records of a JSON Lines file (gold sets, predictions), blank lines skipped."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, AttributeError):
        pass
    return (f"{cpu}, {os.cpu_count()} cores{mem}; {platform.system()} {platform.release()}; "
            f"Python {sys.version.split()[0]}")


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (MiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_section(name: str, title: str, body: str) -> None:
    """Replace (or append) section ``name`` of BENCHMARKS.md with ``body`` under ``title``."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    block = (f"<!-- {name}:start -->\n## {title}\n\n_Run {stamp} on {machine()}; "
             f"script `benchmarks/{name}.py`._\n\n{body.strip()}\n<!-- {name}:end -->")
    text = BENCHMARKS_MD.read_text() if BENCHMARKS_MD.exists() else (
        "# Benchmarks\n\nEvery figure here is written by a script in `benchmarks/`, beside the baseline "
        "measured in the same run. Re-run one with `.venv/bin/python benchmarks/NAME.py`.\n")
    pat = re.compile(rf"<!-- {re.escape(name)}:start -->.*?<!-- {re.escape(name)}:end -->", re.S)
    text = pat.sub(lambda _m: block, text) if pat.search(text) else text.rstrip("\n") + "\n\n" + block + "\n"
    BENCHMARKS_MD.write_text(text)
