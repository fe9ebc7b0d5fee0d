"""Export the ledger as files: ``statements``, ``commitments`` and ``meetings`` in jsonl, csv or parquet.

Every row carries its article id and character offsets, so an export can be checked against the
article text. Commitments carry their ledger entry id and current status.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from onrecord.ledger.people import resolve, resolver
from onrecord.ledger.views import commitment_row, event_row, ledger_by_source, statement_row
from onrecord.store.base import Store

EXPORT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")


def ledger_tables(store: Store) -> dict[str, list[dict[str, Any]]]:
    """The three exported tables as lists of flat records."""
    index = resolver(store.conn)
    ledger = ledger_by_source(store)
    return {
        "statements": [statement_row(r, resolve(index, r.statement.speaker)) for r in store.statements()],
        "commitments": [commitment_row(r, resolve(index, r.commitment.holder), ledger)
                        for r in store.commitments()],
        "meetings": [event_row(r) for r in store.events()],
    }


def _cell(v: Any) -> Any:
    return json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def _write_csv(path: Path, rows: list[dict[str, Any]], columns: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: "" if r.get(k) is None else _cell(r.get(k)) for k in columns})


def _write_parquet(path: Path, rows: list[dict[str, Any]], columns: list[str]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrays = {}
    for c in columns:
        values = [_cell(r.get(c)) for r in rows]
        kinds = {type(v) for v in values if v is not None}
        if kinds and kinds <= {bool}:
            arrays[c] = pa.array(values, type=pa.bool_())
        elif kinds and kinds <= {int}:
            arrays[c] = pa.array(values, type=pa.int64())
        else:  # text, and nested values (spans, participants) as JSON text
            arrays[c] = pa.array([None if v is None else str(v) for v in values], type=pa.string())
    pq.write_table(pa.table(arrays), path)


def export(store: Store, out_dir: str | Path, fmt: str = "jsonl") -> dict[str, Path]:
    """Write ``statements.<ext>``, ``commitments.<ext>``, ``meetings.<ext>`` into ``out_dir``."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"{fmt}: unknown export format ({', '.join(EXPORT_FORMATS)})")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for name, rows in ledger_tables(store).items():
        columns = list(rows[0]) if rows else ["id", "article_id"]
        path = out / f"{name}.{fmt}"
        if fmt == "jsonl":
            _write_jsonl(path, rows)
        elif fmt == "csv":
            _write_csv(path, rows, columns)
        else:
            _write_parquet(path, rows, columns)
        written[name] = path
    return written
