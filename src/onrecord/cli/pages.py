"""Page commands: ``extract`` (stateless), ``ingest`` (into the store), ``articles`` and ``show``.

Each command is a thin layer over library functions: data on stdout in the chosen ``--format``,
one line per failed input on stderr, never a traceback.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

import click

from onrecord.cli import page_views as views
from onrecord.cli.output import Emitter, db_option, format_option, log, open_db, progress
from onrecord.errors import EXIT_OK, EXIT_SOME_FAILED, InputError
from onrecord.models import RawInput

EXIT_CODES = """\b
Exit codes:
  0  every input succeeded
  1  some inputs failed (each named on stderr in one line); the rest were processed
  2  usage error (bad option or argument, missing database)
"""
READ_EXIT_CODES = """\b
Exit codes:
  0  success
  1  nothing found (unknown article id)
  2  usage error (bad option or argument, missing database)
"""
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")



def input_options(f: Any) -> Any:
    f = click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|-...")(f)
    f = click.option("--no-fetch", is_flag=True, help="Never fetch URLs (a URL input fails).")(f)
    return click.option("--no-clean", is_flag=True,
                        help="Keep text/Markdown inputs exactly as read (offsets refer to the file).")(f)


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not ISO_DATE.match(value):
        raise click.BadParameter(f"{value!r} is not a date like 2024-05-31")
    return value


def _raw_inputs(specs: tuple[str, ...], fetch: bool, label: str) -> Iterator[RawInput | InputError]:
    """The sources stage over the inputs as given (stdin for ``-``), with a progress bar over
    them when stderr is a terminal; one HTTP client is shared so fetching stays polite."""
    from onrecord.sources import Fetcher, iter_inputs

    stdin = click.get_binary_stream("stdin") if "-" in specs else None
    fetcher = Fetcher() if fetch else None
    with progress(list(specs), label) as bar:
        for spec in bar:
            yield from iter_inputs([spec], fetch=fetch, stdin=stdin, fetcher=fetcher)


@click.command(epilog=EXIT_CODES)
@input_options
@format_option()
def extract(inputs: tuple[str, ...], no_clean: bool, no_fetch: bool, fmt: str) -> None:
    """Extract the article from each page (no database): text and metadata, one record per page.

    Inputs are HTML pages, text/Markdown scrapes, WARC files, RSS/Atom feeds, URLs, directories,
    or - for stdin; a container gives one record per page in it. With --format jsonl each line is
    {"input", "ok", "title", "subtitle", "authors", "published", "site", "url", "language",
    "captions", "text"}, or {"input", "ok": false, "error"} for a page that failed.
    """
    from onrecord.extract import extract as extract_article

    out = Emitter(fmt, columns=list(views.EXTRACT_COLUMNS), text=views.extract_text)
    failed = 0
    for item in _raw_inputs(inputs, fetch=not no_fetch, label="extracting"):
        try:
            if isinstance(item, InputError):
                raise item
            rec = views.extract_record(extract_article(item, clean=not no_clean))
        except InputError as e:
            rec = {"input": e.input, "ok": False, "error": e.reason}
        except Exception as e:  # a bug must not stop the run
            rec = {"input": item.input, "ok": False, "error": f"extraction failed: {type(e).__name__}: {e}"}
        if not rec["ok"]:
            failed += 1
            log(f"{rec['input']}: {rec['error']}")
        if rec["ok"] or fmt != "text":
            out.write(rec)
    out.close()
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@click.command(epilog=EXIT_CODES)
@input_options
@click.option("--no-analyze", is_flag=True, help="Store articles without analysing them (faster).")
@db_option
@format_option()
def ingest(inputs: tuple[str, ...], no_clean: bool, no_fetch: bool, no_analyze: bool, db: str,
           fmt: str) -> None:
    """Extract, analyse and store pages: one record per input (id, status, title, counts).

    Ingest is idempotent: the same page again adds nothing (status duplicate), the same text at
    another URL adds the URL (new-url), and a near-copy (a syndicated story with small edits)
    is stored and grouped with the first copy (near-duplicate). Each article is written in one
    transaction with its analysis.
    """
    from onrecord.store.ingest import ingest as run_ingest

    out = Emitter(fmt, columns=list(views.INGEST_COLUMNS), text=views.ingest_text)
    tally: dict[str, int] = {}
    failed = 0
    with open_db(db, create=True) as store:
        items = _raw_inputs(inputs, fetch=not no_fetch, label="ingesting")
        for res in run_ingest(store, items, clean=not no_clean, analyze=not no_analyze):
            rec = res.to_dict()
            if not res.ok:
                failed += 1
                log(f"{res.input}: {res.error}")
            if res.status:
                tally[res.status] = tally.get(res.status, 0) + 1
            if res.status or fmt != "text":
                out.write(rec)
    out.close()
    summary = ", ".join(f"{n} {k}" for k, n in sorted(tally.items())) or "nothing stored"
    log(f"ingest: {summary}; {failed} failed; database {db}")
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@click.command(epilog=READ_EXIT_CODES)
@click.option("--search", help="Full-text search over title and text (FTS5 syntax, or plain words).")
@click.option("--site", help="Only articles from this site (name or host).")
@click.option("--since", callback=_date, metavar="YYYY-MM-DD", help="Only articles published on or after.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many articles.")
@db_option
@format_option()
def articles(search: str | None, site: str | None, since: str | None, limit: int | None, db: str,
             fmt: str) -> None:
    """List stored articles, newest first (best match first with --search)."""
    out = Emitter(fmt, columns=list(views.ARTICLE_COLUMNS), text=views.article_line)
    with open_db(db, create=False) as store:
        for sa in store.list_articles(search=search, site=site, since=since, limit=limit):
            out.write(views.article_record(sa))
    out.close()


@click.command(epilog=READ_EXIT_CODES)
@click.argument("article_id", metavar="ID")
@db_option
@format_option()
def show(article_id: str, db: str, fmt: str) -> None:
    """Show one article: metadata, text, its URLs and near-duplicate group, and what was found in it
    (statements, commitments, events) with character offsets and the quoted text. ID may be a
    unique prefix of 4 or more characters.
    """
    from onrecord.store import StoreError

    with open_db(db, create=False) as store:
        try:
            sa = store.get_article(article_id)
        except StoreError as e:
            log(str(e))
            sys.exit(EXIT_SOME_FAILED)
        if sa is None:
            log(f"{article_id}: no such article in {db} (list them with `onrecord articles --db {db}`)")
            sys.exit(EXIT_SOME_FAILED)
        rec = views.show_record(store, sa)
    out = Emitter(fmt, columns=list(views.SHOW_COLUMNS), text=views.show_text)
    out.write(rec)
    out.close()


COMMANDS = [extract, ingest, articles, show]
