"""Analysis records <-> table rows (SQL kept here and in ``sqlite``, never in callers)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from onrecord.models import Analysis, Commitment, Event, Reversal, Span, Statement

QUOTE_JOINER = " … "


def _s(span: Span | None) -> tuple[int | None, int | None]:
    if span is None:
        return None, None
    return int(span[0]), int(span[1])


def _span(start: int | None, end: int | None) -> Span | None:
    return None if start is None or end is None else (int(start), int(end))


def insert_analysis(conn: sqlite3.Connection, article_id: str, analysis: Analysis) -> None:
    """Insert every record of ``analysis`` for ``article_id`` (inside the caller's transaction)."""
    for idx, st in enumerate(analysis.statements):
        spans = [(int(a), int(b)) for a, b in st.content_spans]
        first, last = (spans[0][0], spans[-1][1]) if spans else (None, None)
        conn.execute(
            "INSERT INTO statements (article_id, idx, kind, speaker, speaker_start, speaker_end,"
            " cue_start, cue_end, content_spans, content_start, content_end, channel, channel_start,"
            " channel_end, channel_type, when_date, when_start, when_end, topic)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (article_id, idx, st.kind, st.speaker, *_s(st.speaker_span), *_s(st.cue_span),
             json.dumps(spans), first, last, st.channel, *_s(st.channel_span),
             st.channel_type, st.when, *_s(st.when_span), st.topic),
        )
    for idx, c in enumerate(analysis.commitments):
        conn.execute(
            "INSERT INTO commitments (article_id, idx, kind, holder, holder_start, holder_end,"
            " trigger_start, trigger_end, content_start, content_end, condition_start, condition_end,"
            " timeframe_start, timeframe_end, target, when_date, topic, statement_idx)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (article_id, idx, c.kind, c.holder, *_s(c.holder_span), *_s(c.trigger_span),
             *_s(c.content_span), *_s(c.condition_span), *_s(c.timeframe_span), c.target, c.when,
             c.topic, c.statement),
        )
    for idx, ev in enumerate(analysis.events):
        cur = conn.execute(
            "INSERT INTO events (article_id, idx, kind, participants, span_start, span_end, place,"
            " when_date, status) VALUES (?,?,?,?,?,?,?,?,?)",
            (article_id, idx, ev.kind, json.dumps(list(ev.participants), ensure_ascii=False),
             *_s(ev.span), ev.place, ev.when, ev.status),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO event_participants (event_id, participant) VALUES (?, ?)",
            [(cur.lastrowid, p) for p in ev.participants],
        )
    for idx, r in enumerate(analysis.reversals):
        conn.execute(
            "INSERT INTO reversals (article_id, idx, speaker, topic, earlier_idx, later_idx)"
            " VALUES (?,?,?,?,?,?)",
            (article_id, idx, r.speaker, r.topic, r.earlier, r.later),
        )


def delete_analysis(conn: sqlite3.Connection, article_id: str) -> None:
    """Remove an article's analysis rows (rows referencing them cascade)."""
    for table in ("reversals", "events", "commitments", "statements"):
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))


def statement_from_row(r: sqlite3.Row) -> Statement:
    return Statement(
        speaker=r["speaker"], speaker_span=_span(r["speaker_start"], r["speaker_end"]),
        cue_span=_span(r["cue_start"], r["cue_end"]),
        content_spans=[(int(a), int(b)) for a, b in json.loads(r["content_spans"])],
        kind=r["kind"], channel=r["channel"], channel_span=_span(r["channel_start"], r["channel_end"]),
        channel_type=r["channel_type"], when=r["when_date"],
        when_span=_span(r["when_start"], r["when_end"]), topic=r["topic"],
    )


def commitment_from_row(r: sqlite3.Row) -> Commitment:
    return Commitment(
        kind=r["kind"], holder=r["holder"], holder_span=(r["holder_start"], r["holder_end"]),
        trigger_span=(r["trigger_start"], r["trigger_end"]),
        content_span=(r["content_start"], r["content_end"]),
        condition_span=_span(r["condition_start"], r["condition_end"]),
        timeframe_span=_span(r["timeframe_start"], r["timeframe_end"]),
        target=r["target"], when=r["when_date"], topic=r["topic"], statement=r["statement_idx"],
    )


def event_from_row(r: sqlite3.Row) -> Event:
    return Event(kind=r["kind"], participants=list(json.loads(r["participants"])),
                 span=(r["span_start"], r["span_end"]), place=r["place"], when=r["when_date"],
                 status=r["status"])


def reversal_from_row(r: sqlite3.Row) -> Reversal:
    return Reversal(speaker=r["speaker"], topic=r["topic"], earlier=r["earlier_idx"], later=r["later_idx"])


def quote_of(text: str, spans: list[Span]) -> str:
    """The quoted text of one or more spans."""
    return QUOTE_JOINER.join(text[a:b] for a, b in spans)


def row_dict(r: sqlite3.Row) -> dict[str, Any]:
    return {k: r[k] for k in r.keys()}  # noqa: SIM118  (sqlite3.Row is not a mapping)
