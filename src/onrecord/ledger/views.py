"""Read views over the ledger: statement rows with provenance, commitments with status, a person's record.

Names given by the user go through the people registry, so ``--speaker Zelensky`` finds statements
attributed to "Volodymyr Zelenskyy" too.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from onrecord.ledger.people import find_person, match_person, resolve, resolver
from onrecord.ledger.promises import list_promises
from onrecord.ledger.topics import ledger_reversals
from onrecord.store.base import CommitmentRecord, EventRecord, StatementRecord, Store

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STATEMENT_COLUMNS: tuple[str, ...] = (
    "id", "speaker", "person", "quote", "kind", "channel", "channel_type", "when", "topic", "article_id",
    "article_title", "article_site", "article_published", "content_spans", "speaker_span", "cue_span",
)


def statement_row(rec: StatementRecord, person: str | None) -> dict[str, Any]:
    """One statement as a flat record: who, the quoted content, how, when, where published, spans."""
    st = rec.statement
    return {"id": rec.id, "speaker": st.speaker, "person": person, "quote": rec.quote, "kind": st.kind,
            "channel": st.channel, "channel_type": st.channel_type, "when": st.when, "topic": st.topic,
            **rec.article.to_dict(), "idx": rec.idx,
            "content_spans": [list(s) for s in st.content_spans],
            "speaker_span": list(st.speaker_span) if st.speaker_span else None,
            "cue_span": list(st.cue_span) if st.cue_span else None,
            "channel_span": list(st.channel_span) if st.channel_span else None,
            "when_span": list(st.when_span) if st.when_span else None}


def _sort_key(when: str | None, published: str | None, start: int) -> tuple[str, int]:
    return ((when if when and _ISO.match(when) else published) or "", start)


def query_statements(store: Store, speaker: str | None = None, channel_type: str | None = None,
                     since: str | None = None, topic: str | None = None) -> list[dict[str, Any]]:
    """Statements filtered by person (any alias), channel type, date and topic, in store order."""
    index = resolver(store.conn)
    want = (match_person(store.conn, speaker) or speaker) if speaker else None
    out = []
    for rec in store.statements(channel_type=channel_type, since=since):
        person = resolve(index, rec.statement.speaker)
        if speaker and person != want and (rec.statement.speaker or "").casefold() != speaker.casefold():
            continue
        if topic and rec.statement.topic != topic:
            continue
        out.append(statement_row(rec, person))
    return out


def commitment_row(rec: CommitmentRecord, person: str | None, ledger: dict[tuple, dict]) -> dict[str, Any]:
    c = rec.commitment
    entry = ledger.get((rec.article.id, c.content_span[0], c.content_span[1]), {})
    return {"id": rec.id, "ledger_id": entry.get("id"), "status": entry.get("status"), "holder": c.holder,
            "person": person, "kind": c.kind, "quote": rec.quote, "target": c.target, "when": c.when,
            "topic": c.topic, **rec.article.to_dict(), "idx": rec.idx, "statement_idx": c.statement,
            "holder_span": list(c.holder_span), "trigger_span": list(c.trigger_span),
            "content_span": list(c.content_span),
            "condition_span": list(c.condition_span) if c.condition_span else None,
            "timeframe_span": list(c.timeframe_span) if c.timeframe_span else None}


def ledger_by_source(store: Store) -> dict[tuple, dict]:
    """(article id, content start, content end) -> {id, status} of the ledger entry it belongs to."""
    return {(r[0], r[1], r[2]): {"id": r[3], "status": r[4]} for r in store.conn.execute(
        "SELECT ps.article_id, ps.content_start, ps.content_end, p.id, p.status FROM promise_sources ps"
        " JOIN promises p ON p.id = ps.promise_id")}


def event_row(rec: EventRecord) -> dict[str, Any]:
    ev = rec.event
    return {"id": rec.id, "kind": ev.kind, "participants": list(ev.participants), "quote": rec.quote,
            "place": ev.place, "when": ev.when, "status": ev.status, **rec.article.to_dict(), "idx": rec.idx,
            "span": list(ev.span)}


def person_record(store: Store, name: str) -> dict[str, Any]:
    """Everything on record for one person: statements (newest first), commitments with status,
    meetings, topics and reversals (within and across articles)."""
    conn = store.conn
    person, aliases = find_person(conn, name)
    index = resolver(conn)
    mine = [r for r in store.statements() if resolve(index, r.statement.speaker) == person]
    mine.sort(key=lambda r: _sort_key(r.statement.when, r.article.published,
                                      r.statement.content_spans[0][0] if r.statement.content_spans else 0))
    said = [statement_row(r, person) for r in reversed(mine)]
    promises = list_promises(conn, holder=person)
    meetings = [event_row(e) for e in store.events()
                if any(resolve(index, p) == person for p in e.event.participants)]
    meetings.sort(key=lambda m: (m["when"] or m["article_published"] or ""), reverse=True)
    topics = Counter(s["topic"] for s in said if s["topic"])
    topics.update(p["topic"] for p in promises if p["topic"])
    return {"name": person, "aliases": sorted(aliases), "statements": said,
            "commitments": [{k: p[k] for k in ("id", "kind", "topic", "content", "status", "first_reported")}
                            | {"sources": len(p["sources"])} for p in promises],
            "meetings": meetings, "topics": [{"topic": t, "count": n} for t, n in topics.most_common()],
            "reversals": ledger_reversals(mine, person)}
