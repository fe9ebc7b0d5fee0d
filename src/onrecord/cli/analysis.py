"""The ``analyze`` command: pages in, who said what (and commitments, meetings, reversals) out.

Stateless: nothing is stored. One JSON object per input in input order (``--format jsonl``), or a
readable listing (``--format text``). Failed inputs give ``{"input", "ok": false, "error"}`` plus
one line on stderr, and the exit code is 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import click

from onrecord.cli.output import Emitter, format_option, log
from onrecord.errors import EXIT_OK, EXIT_SOME_FAILED, InputError
from onrecord.models import Article

EXIT_CODES = """\b
Exit codes:
  0  every input succeeded
  1  some inputs failed (each named on stderr in one line); the rest were processed
  2  usage error (bad option or argument)
"""
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CHUNK = 32  # articles parsed per nlp.pipe call (keeps output streaming on long runs)
EXCERPT = 160


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not ISO_DATE.match(value):
        raise click.BadParameter(f"{value!r} is not a date like 2024-05-31")
    return value


def _articles(specs: tuple[str, ...], clean: bool, fetch: bool,
              published: str | None) -> Iterator[tuple[str, Article | None, str | None]]:
    """(input, article, error) per page, in input order."""
    from onrecord.extract import extract
    from onrecord.sources import iter_inputs

    stdin = click.get_binary_stream("stdin") if "-" in specs else None
    for item in iter_inputs(list(specs), fetch=fetch, stdin=stdin):
        if isinstance(item, InputError):
            yield item.input, None, item.reason
            continue
        try:
            article = extract(item, clean=clean)
        except InputError as e:
            yield item.input, None, e.reason
            continue
        except Exception as e:  # a bug must not stop the batch
            yield item.input, None, f"internal error while extracting ({type(e).__name__}: {e})"
            continue
        if published:
            article.published = published
        yield item.input, article, None


def analyze_records(specs: tuple[str, ...], clean: bool = True, fetch: bool = True,
                    published: str | None = None) -> Iterator[dict[str, Any]]:
    """One output record per input page: the analysis, or the error."""
    from onrecord.analyze.pipeline import analyze_articles

    pending: list[tuple[str, Article | None, str | None]] = []

    def flush() -> Iterator[dict[str, Any]]:
        arts = [a for _, a, _ in pending if a is not None]
        results = iter(analyze_articles(arts)) if arts else iter(())
        for inp, art, err in pending:
            if art is None:
                yield {"input": inp, "ok": False, "error": err}
                continue
            try:
                yield {"input": inp, "ok": True, **next(results).to_dict()}
            except Exception as e:  # noqa: BLE001 (one clear line, never a traceback)
                yield {"input": inp, "ok": False, "error": f"analysis failed ({type(e).__name__}: {e})"}
        pending.clear()

    for rec in _articles(specs, clean, fetch, published):
        pending.append(rec)
        if len(pending) >= CHUNK:
            yield from flush()
    yield from flush()


def _excerpt(text: str, spans: list[list[int]]) -> str:
    joined = " … ".join(text[s:e] for s, e in spans)
    joined = " ".join(joined.split())
    return joined if len(joined) <= EXCERPT else joined[:EXCERPT - 1] + "…"


def render_text(rec: dict[str, Any]) -> str:
    """A readable listing of one analysed page."""
    if not rec.get("ok"):
        return f"{rec['input']}: FAILED: {rec['error']}"
    art = rec["article"]
    text = art["text"]
    lines = [f"{rec['input']}: {art.get('title') or '(untitled)'}"
             f"{' (' + art['published'] + ')' if art.get('published') else ''}",
             f"  {len(rec['statements'])} statements"]
    for st in rec["statements"]:
        who = st["speaker"] or (text[slice(*st["speaker_span"])] if st["speaker_span"] else "(no source)")
        cue = text[slice(*st["cue_span"])] if st["cue_span"] else ""
        how = ", ".join(x for x in (st.get("channel_type") and f"{st['channel_type']}: {st['channel']}",
                                    st.get("when") and f"when {st['when']}") if x)
        lines.append(f"  - {who} [{st['kind']}{', ' + cue if cue else ''}]{' (' + how + ')' if how else ''}: "
                     f"{_excerpt(text, st['content_spans'])}")
    span = lambda sp: text[slice(*sp)] if sp else None  # noqa: E731
    if rec.get("commitments"):
        lines.append(f"  {len(rec['commitments'])} commitments")
    for c in rec.get("commitments", []):
        extra = "".join(f"; {k} “{span(c[k + '_span'])}”" for k in ("condition", "timeframe") if c.get(k + "_span"))
        target = f"; target {c['target']}" if c.get("target") else ""
        lines.append(f"  - {c['holder']} [{c['kind']}, {span(c['trigger_span'])}]: "
                     f"{_excerpt(text, [c['content_span']])}{extra}{target}")
    if rec.get("events"):
        lines.append(f"  {len(rec['events'])} meetings")
    for e in rec.get("events", []):
        lines.append(f"  - {', '.join(e['participants'])}"
                     f"{' in ' + e['place'] if e.get('place') else ''}"
                     f"{' on ' + e['when'] if e.get('when') else ''} ({e.get('status') or 'meeting'})")
    if rec.get("reversals"):
        lines.append(f"  {len(rec['reversals'])} reversals")
    for r in rec.get("reversals", []):
        lines.append(f"  - {r['speaker']} on {r['topic']}: statement {r['earlier'] + 1} then {r['later'] + 1}")
    return "\n".join(lines)


@click.command(epilog=EXIT_CODES)
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|-...")
@format_option()
@click.option("--no-clean", is_flag=True,
              help="Keep text/Markdown inputs exactly as read (offsets refer to the file).")
@click.option("--no-fetch", is_flag=True, help="Never fetch URLs (a URL input fails).")
@click.option("--published", callback=_date, metavar="YYYY-MM-DD",
              help="Publication date to use instead of the article's own.")
def analyze(inputs: tuple[str, ...], fmt: str, no_clean: bool, no_fetch: bool,
            published: str | None) -> None:
    """Find who said what (speaker, cue, content, kind; channel and date) in each page.

    Every span is a [start, end) character offset into the article text printed with it.
    """
    emitter = Emitter(fmt, columns=["input", "ok", "error"], text=render_text)
    failed = 0
    for rec in analyze_records(inputs, clean=not no_clean, fetch=not no_fetch, published=published):
        if not rec["ok"]:
            failed += 1
            log(f"{rec['input']}: {rec['error']}")
        emitter.write(rec)
    emitter.close()
    raise SystemExit(EXIT_SOME_FAILED if failed else EXIT_OK)


COMMANDS = [analyze]
