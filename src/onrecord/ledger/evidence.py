"""Evidence for a ledger entry: what a rating cites, and suggestions of what to read next.

``classify_evidence`` checks a REF given to ``onrecord rate`` (an article id or unique prefix, a
statement id ``s123``, or a URL) and returns the form kept in the audit trail: statements are kept
as ``article_id:start-end`` so the reference survives re-analysis.

``suggest_evidence`` ranks later statements and article sentences about the entry's topic by or
about its holder: score = ``W_TOPIC`` x topic match + ``W_HOLDER`` x holder match + ``W_RECENCY`` x
recency after the first report + ``W_OVERLAP`` x content-word overlap.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from typing import Any

from onrecord.analyze.topics import singular, topic_terms
from onrecord.ledger.names import parse_name
from onrecord.ledger.people import resolve, resolver
from onrecord.ledger.promises import LedgerError, content_words, get_promise, overlap
from onrecord.store.base import Store

W_TOPIC, W_HOLDER, W_RECENCY, W_OVERLAP = 2.0, 1.5, 1.0, 3.0
RECENCY_HORIZON_DAYS = 90  # evidence this long after the first report gets the full recency weight
MIN_ARTICLE_PREFIX = 4
_URL = re.compile(r"^https?://\S+$", re.I)
_STATEMENT_REF = re.compile(r"^(?:s|statement:)(\d+)$", re.I)
_SPAN_REF = re.compile(r"^([0-9a-f]{4,}):(\d+)-(\d+)$", re.I)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’]?|$)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _article_id(conn: sqlite3.Connection, ref: str) -> str | None:
    if len(ref) < MIN_ARTICLE_PREFIX or not re.fullmatch(r"[0-9a-fA-F]+", ref):
        return None
    rows = conn.execute("SELECT id FROM articles WHERE id LIKE ? LIMIT 2", (ref.lower() + "%",)).fetchall()
    return rows[0][0] if len(rows) == 1 else None


def classify_evidence(conn: sqlite3.Connection, ref: str) -> tuple[str, str]:
    """(kind, stored reference) for a REF; a LedgerError naming the REF when it is none of the three."""
    if _URL.match(ref):
        return "url", ref
    m = _STATEMENT_REF.match(ref)
    if m:
        r = conn.execute("SELECT article_id, content_start, content_end FROM statements WHERE id = ?",
                         (int(m.group(1)),)).fetchone()
        if r is None:
            raise LedgerError(f"{ref}: no such statement; see `onrecord statements`")
        return "statement", f"{r[0]}:{r[1]}-{r[2]}"
    m = _SPAN_REF.match(ref)
    if m and _article_id(conn, m.group(1)):
        return "statement", f"{_article_id(conn, m.group(1))}:{m.group(2)}-{m.group(3)}"
    art = _article_id(conn, ref)
    if art:
        return "article", art
    raise LedgerError(f"{ref}: not an article id, a statement id (s123) or a URL")


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days if a and b else None
    except ValueError:
        return None


def _mentions(words: set[str], surnames: set[str]) -> bool:
    return bool(words & surnames)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence-like spans of a text (no parse): runs ending in . ! ? or a line break."""
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s > 20:
            out.append((s, e))
    return out


def suggest_evidence(store: Store, promise_id: int, limit: int = 10) -> list[dict[str, Any]]:
    """Later statements and sentences that may show whether entry ``promise_id`` was kept."""
    conn = store.conn
    entry = get_promise(conn, promise_id)
    index = resolver(conn)
    holder = entry["holder"]
    aliases = {r[0] for r in conn.execute("SELECT pa.alias FROM person_aliases pa JOIN people p"
                                          " ON p.id = pa.person_id WHERE p.name = ?", (holder,))} | {holder}
    surnames = {parse_name(a).last for a in aliases if parse_name(a).last}
    terms = topic_terms(entry["topic"]) if entry["topic"] else frozenset()
    words = content_words(entry["content"] + " " + " ".join(s["quote"] for s in entry["sources"]))
    first = entry["sources"][0] if entry["sources"] else None
    since = first["published"] if first else None
    source_spans = {(s["article_id"], s["content_start"], s["content_end"]) for s in entry["sources"]}

    def after(article_id: str, published: str | None) -> bool:
        """Published after the first report (the first report's own article is not evidence)."""
        if first and article_id == first["article_id"]:
            return False
        d = _days(since, published)
        return d is None or d >= 0

    def score(text: str, speaker_match: bool, published: str | None, topic: str | None) -> dict[str, float]:
        toks = {singular(w) for w in _WORD.findall(text.lower())}
        topic_hit = bool(entry["topic"]) and (topic == entry["topic"] or bool(toks & terms))
        holder_hit = speaker_match or _mentions(toks, surnames)
        d = _days(since, published)
        recency = min(1.0, max(d, 0) / RECENCY_HORIZON_DAYS) if d is not None else 0.0
        ov = overlap(words, content_words(text))
        total = W_TOPIC * topic_hit + W_HOLDER * holder_hit + W_RECENCY * recency + W_OVERLAP * ov
        return {"score": round(total, 3), "topic_match": topic_hit, "holder_match": holder_hit,
                "recency": round(recency, 3), "overlap": round(ov, 3)}

    found: list[dict[str, Any]] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    for rec in store.statements():
        st, art = rec.statement, rec.article
        if not st.content_spans:
            continue
        start, end = st.content_spans[0][0], st.content_spans[-1][1]
        if (art.id, start, end) in source_spans or not after(art.id, art.published):
            continue
        parts = score(rec.quote, resolve(index, st.speaker) == holder, art.published, st.topic)
        if parts["topic_match"] or (parts["holder_match"] and parts["overlap"] > 0):
            found.append({"source": "statement", "statement_id": rec.id, "speaker": st.speaker, **parts,
                          "article_id": art.id, "start": start, "end": end, "text": rec.quote,
                          "article_title": art.title, "article_published": art.published})
            taken.setdefault(art.id, []).append((start, end))
    for art in store.iter_articles():
        for s, e in sentences(art.text):
            if not after(art.id or "", art.published) or any(a < e and s < b for a, b in taken.get(art.id or "", [])):
                continue
            if any(a < e and s < b for (aid, a, b) in source_spans if aid == art.id):
                continue
            parts = score(art.text[s:e], False, art.published, None)
            if parts["topic_match"] and parts["holder_match"]:
                found.append({"source": "sentence", "statement_id": None, "speaker": None, **parts,
                              "article_id": art.id, "start": s, "end": e, "text": art.text[s:e],
                              "article_title": art.title, "article_published": art.published})
    found.sort(key=lambda f: (-f["score"], f["article_published"] or "", f["start"]))
    return found[:limit]
