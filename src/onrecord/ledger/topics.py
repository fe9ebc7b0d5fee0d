"""Topics across articles: counts, the people who spoke or committed on each, and cross-article reversals.

Topic keys are assigned per article by ``onrecord.analyze.topics`` (stored in ``statements.topic``
and ``commitments.topic``); here they are read back and grouped. ``ledger_reversals`` runs the same
stance test as the per-article pass over every statement of one person, ordered by utterance date
(else publication date) and text position, so a later article contradicting an earlier one shows.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from onrecord.analyze.reversals import StanceItem, find_flips, stance
from onrecord.analyze.topics import text_topics
from onrecord.ledger.people import resolve, resolver
from onrecord.store.base import StatementRecord, Store

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def list_topics(store: Store) -> list[dict[str, Any]]:
    """Every topic with statement and commitment counts, people (most active first), first and last date."""
    index = resolver(store.conn)
    rows: dict[str, dict[str, Any]] = {}

    def add(topic: str | None, who: str | None, what: str, when: str | None, article_id: str) -> None:
        if not topic:
            return
        r = rows.setdefault(topic, {"topic": topic, "statements": 0, "commitments": 0, "people": Counter(),
                                    "articles": set(), "first": None, "last": None})
        r[what] += 1
        r["articles"].add(article_id)
        person = resolve(index, who)
        if person:
            r["people"][person] += 1
        if when and _ISO.match(when):
            r["first"] = min(r["first"] or when, when)
            r["last"] = max(r["last"] or when, when)

    for s in store.statements():
        add(s.statement.topic, s.statement.speaker, "statements", s.article.published, s.article.id)
    for c in store.commitments():
        add(c.commitment.topic, c.commitment.holder, "commitments", c.article.published, c.article.id)
    out = []
    for r in rows.values():
        out.append({**r, "articles": len(r["articles"]), "people": [p for p, _ in r["people"].most_common()]})
    out.sort(key=lambda r: (-(r["statements"] + r["commitments"]), r["topic"]))
    return out


def _when(rec: StatementRecord) -> str:
    w = rec.statement.when
    return w if w and _ISO.match(w) else (rec.article.published or "")


def ledger_reversals(records: list[StatementRecord], person: str) -> list[dict[str, Any]]:
    """Reversals by ``person`` across the given statements (all by that person), earlier before later."""
    items: list[StanceItem] = []
    for i, rec in enumerate(records):
        topics = set(text_topics(rec.quote))
        if rec.statement.topic:
            topics.add(rec.statement.topic)
        stances = {t: s for t in sorted(topics) if (s := stance(rec.quote, t))}
        if stances:
            start = rec.statement.content_spans[0][0] if rec.statement.content_spans else 0
            items.append(StanceItem(i, person, stances, (_when(rec), rec.article.published or "",
                                                         rec.article.id, start)))
    out = []
    for a, b, topic in find_flips(items):
        ea, eb = records[a.index], records[b.index]
        out.append({"speaker": person, "topic": topic, "earlier": _brief(ea), "later": _brief(eb),
                    "across_articles": ea.article.id != eb.article.id})
    return out


def _brief(rec: StatementRecord) -> dict[str, Any]:
    spans = rec.statement.content_spans
    return {"statement_id": rec.id, "quote": rec.quote, "when": _when(rec) or None,
            "article_id": rec.article.id, "article_title": rec.article.title,
            "article_published": rec.article.published, "spans": [list(s) for s in spans]}
