"""Shared output options: every record-returning command takes ``--format text|json|jsonl|csv``.

Data goes to stdout; logs, errors and progress go to stderr. Usage::

    @click.command()
    @format_option
    def cmd(fmt): ...
        emit(records, fmt, columns=["id", "title"])
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

FORMATS = ("text", "json", "jsonl", "csv")
F = TypeVar("F", bound=Callable[..., Any])


def format_option(default: str = "text") -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default=default,
        show_default=True,
        help="Output format: text for people, json (one array), jsonl (one object a line), csv.",
    )


def db_option(f: F) -> F:
    """``--db PATH`` (or ``ONRECORD_DB``), default ``onrecord.db``: shared by every command that uses the store."""
    from onrecord.store import DB_ENV, DEFAULT_DB

    return click.option("--db", "db", envvar=DB_ENV, default=DEFAULT_DB, show_default=True,
                        type=click.Path(dir_okay=False), help="SQLite database file (or set ONRECORD_DB).")(f)


@contextmanager
def open_db(db: str, create: bool = False) -> Iterator[Any]:
    """The store at ``db``, closed afterwards; a missing or foreign file is one line on stderr and exit 2."""
    from onrecord.errors import EXIT_USAGE
    from onrecord.store import StoreError, open_store

    try:
        store = open_store(db, create=create)
    except StoreError as e:
        log(str(e))
        sys.exit(EXIT_USAGE)
    try:
        yield store
    finally:
        store.close()


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


class Emitter:
    """Writes records one at a time in the chosen format (so long runs stream)."""

    def __init__(self, fmt: str, columns: list[str] | None = None,
                 text: Callable[[dict[str, Any]], str] | None = None, out=None):
        self.fmt = fmt
        self.columns = columns
        self.text = text
        self.out = out or sys.stdout
        self.n = 0
        self._csv: csv.DictWriter | None = None

    def write(self, rec: dict[str, Any]) -> None:
        out = self.out
        if self.fmt == "jsonl":
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            out.write(("[\n" if self.n == 0 else ",\n") + json.dumps(rec, ensure_ascii=False, indent=2))
        elif self.fmt == "csv":
            if self._csv is None:
                cols = self.columns or list(rec)
                self._csv = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore")
                self._csv.writeheader()
            self._csv.writerow({k: _cell(rec.get(k)) for k in self._csv.fieldnames})
        else:
            if self.text is not None:
                out.write(self.text(rec).rstrip("\n") + "\n")
            else:
                cols = self.columns or list(rec)
                out.write("  ".join(_cell(rec.get(c)) for c in cols) + "\n")
        self.n += 1
        out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("[]\n" if self.n == 0 else "\n]\n")
        self.out.flush()


def emit(records: Iterable[dict[str, Any]], fmt: str, columns: list[str] | None = None,
         text: Callable[[dict[str, Any]], str] | None = None) -> int:
    """Write all records; returns how many."""
    em = Emitter(fmt, columns, text)
    for r in records:
        em.write(r)
    em.close()
    return em.n


def log(msg: str) -> None:
    """One line on stderr."""
    click.echo(msg, err=True)


@contextmanager
def progress(items: list[Any], label: str) -> Iterator[Iterable[Any]]:
    """A progress bar on stderr when it is a terminal and the run is long; otherwise the items as they are."""
    if sys.stderr.isatty() and len(items) > 1:
        from rich.progress import Progress

        with Progress(transient=True, console=_stderr_console()) as bar:
            task = bar.add_task(label, total=len(items))

            def it() -> Iterator[Any]:
                for x in items:
                    yield x
                    bar.advance(task)

            yield it()
    else:
        yield items


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)
