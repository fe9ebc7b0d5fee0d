"""Ledger commands: statements, people (merge/split), person, commitments, rate, evidence, topics,
export and reanalyze. Thin over ``onrecord.ledger``; data on stdout, one-line errors on stderr.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from onrecord.cli.output import Emitter, db_option, emit, format_option, log, open_db
from onrecord.errors import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, OnrecordError
from onrecord.ledger import render
from onrecord.models import CHANNEL_TYPES, PROMISE_STATUSES

EXIT_NOT_FOUND = 1
EXIT_CODES = """\b
Exit codes:
  0  success
  1  nothing by that name or id (unknown person, commitment or statement)
  2  usage error (bad option or argument, missing database, a rating without --evidence or --note)
"""
REANALYZE_EXIT_CODES = """\b
Exit codes:
  0  every article re-analysed
  1  some articles failed (each named on stderr in one line); the rest were replaced
  2  usage error (bad option or argument, missing database)
"""
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STATEMENT_COLUMNS = ["id", "speaker", "quote", "kind", "channel", "channel_type", "when", "topic", "article_id",
                     "article_title", "article_site", "article_published", "content_spans"]
COMMITMENT_COLUMNS = ["id", "status", "holder", "kind", "topic", "content", "first_reported", "sources", "history"]



def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not ISO_DATE.match(value):
        raise click.BadParameter(f"{value!r} is not a date like 2024-05-31")
    return value


@contextmanager
def _ledger(db: str, refresh: bool = True) -> Iterator[Any]:
    """The store, with the ledger refreshed; errors become one line on stderr and an exit code."""
    from onrecord.ledger.promises import RatingRefused
    from onrecord.ledger.sync import refresh as refresh_ledger

    with open_db(db) as store:
        try:
            if refresh:
                refresh_ledger(store)
            yield store
        except RatingRefused as e:
            log(str(e))
            sys.exit(EXIT_USAGE)
        except OnrecordError as e:
            log(str(e))
            sys.exit(EXIT_NOT_FOUND)


@click.command(epilog=EXIT_CODES)
@click.option("--speaker", help="A person (any spelling or alias the registry knows).")
@click.option("--channel", "channel_type", type=click.Choice(CHANNEL_TYPES), help="Channel type.")
@click.option("--since", callback=_date, help="Said (or published) on or after YYYY-MM-DD.")
@click.option("--topic", help="Topic key, as listed by `onrecord topics`.")
@db_option
@format_option()
def statements(speaker: str | None, channel_type: str | None, since: str | None, topic: str | None,
               db: str, fmt: str) -> None:
    """Who said what: speaker, quoted content, kind, channel, date, article and character spans."""
    from onrecord.ledger.views import query_statements

    with _ledger(db) as store:
        emit(query_statements(store, speaker, channel_type, since, topic), fmt, STATEMENT_COLUMNS,
             render.statement_text)


@click.group(invoke_without_command=True, epilog=EXIT_CODES)
@db_option
@format_option()
@click.pass_context
def people(ctx: click.Context, db: str, fmt: str) -> None:
    """The people registry: every person with aliases and counts (merge/split to correct it)."""
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is None:
        from onrecord.ledger.people import list_people

        with _ledger(db) as store:
            emit(list_people(store.conn), fmt, ["name", "aliases", "mentions", "statements", "commitments",
                                                "meetings"], render.person_summary_text)


def _decide(db: str, action: str, a: str, b: str, by: str | None) -> None:
    from onrecord.ledger.people import find_person, record_decision
    from onrecord.ledger.sync import refresh as refresh_ledger

    with _ledger(db) as store:
        if action == "split":
            find_person(store.conn, b)  # NAME must be a known person
        record_decision(store.conn, action, a, b, by)
        refresh_ledger(store)
        person, aliases = find_person(store.conn, a)
        log(f"{action}: {a!r} is now part of {person!r} (aliases: {', '.join(sorted(aliases))})")


SUB_DB_HELP = "SQLite database file (default: the one given to `people`)."


@people.command("merge", epilog=EXIT_CODES)
@click.argument("name_a")
@click.argument("name_b")
@click.option("--by", help="Who decided (kept with the decision).")
@click.option("--db", "sub_db", type=click.Path(dir_okay=False), help=SUB_DB_HELP)
@click.pass_context
def people_merge(ctx: click.Context, name_a: str, name_b: str, by: str | None, sub_db: str | None) -> None:
    """Record that NAME_A and NAME_B are one person (survives re-ingest and re-analysis)."""
    _decide(sub_db or ctx.obj["db"], "merge", name_a, name_b, by)


@people.command("split", epilog=EXIT_CODES)
@click.argument("name")
@click.argument("alias")
@click.option("--by", help="Who decided (kept with the decision).")
@click.option("--db", "sub_db", type=click.Path(dir_okay=False), help=SUB_DB_HELP)
@click.pass_context
def people_split(ctx: click.Context, name: str, alias: str, by: str | None, sub_db: str | None) -> None:
    """Record that ALIAS is not person NAME: it stands alone from now on (survives re-analysis)."""
    _decide(sub_db or ctx.obj["db"], "split", alias, name, by)


@click.command(epilog=EXIT_CODES)
@click.argument("name")
@db_option
@format_option()
def person(name: str, db: str, fmt: str) -> None:
    """One person's record: what they said (newest first), commitments with status, meetings, topics, reversals."""
    from onrecord.ledger.views import person_record

    with _ledger(db) as store:
        emit([person_record(store, name)], fmt, ["name", "aliases", "topics", "reversals"], render.person_text)


@click.command(epilog=EXIT_CODES)
@click.argument("ledger_id", required=False, type=int)
@click.option("--holder", help="A person (any alias).")
@click.option("--kind", type=click.Choice(["promise", "threat", "demand"]))
@click.option("--status", help=f"One of: {', '.join(PROMISE_STATUSES)}.")
@click.option("--topic", help="Topic key.")
@click.option("--suggest", is_flag=True, help="With an ID: rank later statements and sentences as evidence.")
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True, help="Suggestions to show.")
@db_option
@format_option()
def commitments(ledger_id: int | None, holder: str | None, kind: str | None, status: str | None,
                topic: str | None, suggest: bool, limit: int, db: str, fmt: str) -> None:
    """The promise ledger: each commitment (merged across articles) with its status and sources.

    With an ID, that entry with its audit trail; with ID --suggest, evidence suggestions for it.
    """
    from onrecord.ledger.promises import get_promise, list_promises

    if suggest and ledger_id is None:
        raise click.UsageError("--suggest needs a commitment ID")
    with _ledger(db) as store:
        if suggest:
            _suggest(store, ledger_id, limit, fmt)
        elif ledger_id is not None:
            emit([get_promise(store.conn, ledger_id)], fmt, COMMITMENT_COLUMNS, render.promise_text)
        else:
            emit(list_promises(store.conn, holder, kind, status, topic), fmt, COMMITMENT_COLUMNS,
                 render.promise_text)


def _suggest(store: Any, ledger_id: int | None, limit: int, fmt: str) -> None:
    from onrecord.ledger.evidence import suggest_evidence

    found = suggest_evidence(store, int(ledger_id or 0), limit)
    emit(found, fmt, ["score", "source", "statement_id", "speaker", "text", "article_id", "start", "end",
                      "article_published"], render.suggestion_text)
    if not found:
        log(f"{ledger_id}: no later statement or sentence on its topic by or about its holder")


@click.command(epilog=EXIT_CODES)
@click.argument("ledger_id", type=int)
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True)
@db_option
@format_option()
def evidence(ledger_id: int, limit: int, db: str, fmt: str) -> None:
    """Evidence suggestions for commitment ID (same as `commitments ID --suggest`)."""
    with _ledger(db) as store:
        _suggest(store, ledger_id, limit, fmt)


@click.command(epilog=EXIT_CODES)
@click.argument("ledger_id", type=int)
@click.argument("status")
@click.option("--evidence", "evidence_ref", help="Article id, statement id (s123) or URL. Required.")
@click.option("--note", help="Why: the editor's reasoning. Required.")
@click.option("--by", help="Who rates (default: $USER, else 'editor').")
@format_option()
@db_option
def rate(ledger_id: int, status: str, evidence_ref: str | None, note: str | None, by: str | None,
         db: str, fmt: str) -> None:
    """Rate commitment ID: STATUS is one of the six PolitiFact ratings (e.g. "Promise Kept", kept,
    stalled). Every rating is appended to the entry's audit trail (who, when, from, to, evidence, note).
    """
    import os

    from onrecord.ledger.promises import rate as rate_entry

    with _ledger(db) as store:
        entry = rate_entry(store, ledger_id, status, evidence_ref, note, by or os.environ.get("USER"))
        emit([entry], fmt, COMMITMENT_COLUMNS, render.promise_text)


@click.command(epilog=EXIT_CODES)
@db_option
@format_option()
def topics(db: str, fmt: str) -> None:
    """Topics found in the text, with statement/commitment counts and the people on each."""
    from onrecord.ledger.topics import list_topics

    with _ledger(db) as store:
        emit(list_topics(store), fmt, ["topic", "statements", "commitments", "articles", "people", "first", "last"],
             render.topic_text)


@click.command(epilog=EXIT_CODES)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder to write into.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True, help="File format.")
@db_option
def export(out_dir: str, fmt: str, db: str) -> None:
    """Write statements, commitments and meetings files (with article ids and offsets) into --out."""
    from onrecord.ledger.export import export as export_ledger

    with _ledger(db) as store:
        for name, path in export_ledger(store, out_dir, fmt).items():
            log(f"{name}: {path}")


@click.command(epilog=REANALYZE_EXIT_CODES)
@click.option("--all", "force", is_flag=True,
              help="Re-analyse every article, not only those analysed by an older analyzer version.")
@click.option("--batch-size", type=click.IntRange(1), default=16, show_default=True)
@db_option
@format_option()
def reanalyze(force: bool, batch_size: int, db: str, fmt: str) -> None:
    """Re-run the analysis over stored articles, replacing each one's analysis in one transaction.

    The one command to run after a model or rule change: by default it redoes the articles whose
    analyzer version is out of date (--all for every article). Person merges/splits and ratings
    survive it.
    """
    from onrecord.ledger.sync import refresh as refresh_ledger
    from onrecord.store.ingest import reanalyze as reanalyze_store

    failed = 0
    out = Emitter(fmt, ["id", "ok", "statements", "commitments", "events", "error"])
    with _ledger(db, refresh=False) as store:
        for res in reanalyze_store(store, force=force, batch_size=batch_size):
            if not res.ok:
                failed += 1
                log(f"{res.id}: re-analysis failed: {res.error}")
            out.write(res.to_dict())
        refresh_ledger(store, force=True)
    out.close()
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


COMMANDS = [statements, people, person, commitments, evidence, rate, topics, export, reanalyze]
