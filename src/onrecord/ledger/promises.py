"""The promise ledger: one entry per commitment, merged across articles, rated with an audit trail.

``sync_promises`` matches every stored commitment to a ledger entry: the source it was last matched
from (same article and offsets), else an entry by the same person whose content is similar, else a
new entry. Similar (``same_promise``): Jaccard over stemmed content words >= ``MERGE_JACCARD``; or
one content contained in the other (>= ``MERGE_CONTAINMENT`` of the shorter's words, at least
``MIN_SHARED`` words); or same topic + same trigger stem or kind + overlap >= ``MERGE_OVERLAP``
with at least ``MIN_SHARED`` words. Entries and ratings are never rewritten by a refresh, so an
editor's ratings survive re-analysis. ``rate`` appends to ``promise_ratings`` (append-only, enforced
by triggers) and moves the entry's status.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from onrecord.analyze.topics import singular
from onrecord.errors import OnrecordError
from onrecord.ledger.people import match_person, now, resolve, resolver
from onrecord.models import PROMISE_STATUSES
from onrecord.store.base import CommitmentRecord, Store

MERGE_JACCARD = 0.5
MERGE_CONTAINMENT = 0.8
MERGE_OVERLAP = 0.5
MIN_SHARED = 2
DEFAULT_EDITOR = "editor"
_STOPWORD_TEXT = (
    "a an the and or but of to in on at by for with from into about as is are was were be been being it its "
    "this that these those he she they we i you his her their our my your him them us will would shall should "
    "can could may might must not no do does did have has had if then than so such there here who which what "
    "when where how all any each more most very also just up out over")
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_STEM_SUFFIXES: tuple[str, ...] = ("ing", "ed", "es", "s")
# A content with one of these and one without are never the same promise ("not raise the fee" vs "raise the fee").
NEGATIONS: frozenset[str] = frozenset({"not", "no", "never", "n't", "nor", "without"})
NEGATION_HEAD = 5


class LedgerError(OnrecordError):
    """A ledger command names an entry, statement or article that is not there."""


class RatingRefused(LedgerError):
    """A rating cannot be recorded as given (missing evidence or note, unknown status)."""


def content_words(text: str) -> frozenset[str]:
    """Lower-case singular content words of a text, stopwords dropped."""
    return frozenset(stem(singular(w)) for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1)


def stem(word: str) -> str:
    """A crude stem for comparing triggers ("promised" ~ "promises" ~ "promise")."""
    w = word.lower().strip()
    for suf in _STEM_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)].rstrip("e")
    return w.rstrip("e")


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


@dataclass
class _Entry:
    id: int
    person: str | None
    topic: str | None
    trigger: str
    kind: str
    words: list[frozenset[str]]
    negated: bool = False


def negated(text: str) -> bool:
    """Whether a content's main verb is negated: a negation among its first ``NEGATION_HEAD`` words
    ("not raise the fee"; but not "finished before autumn, and not a day later")."""
    head = _WORD.findall(text.lower().replace("’", "'"))[:NEGATION_HEAD]
    return any(w in NEGATIONS or w.endswith("n't") for w in head)


def same_promise(entry: _Entry, words: frozenset[str], topic: str | None, trigger: str, kind: str,
                 is_negated: bool = False) -> bool:
    """The merge rule: same polarity, and similar or contained content, or same topic and trigger/kind
    with overlapping content."""
    if is_negated != entry.negated:
        return False
    related = bool(topic) and topic == entry.topic and (stem(trigger) == stem(entry.trigger) or kind == entry.kind)
    for w in entry.words:
        shared = len(w & words)
        if jaccard(w, words) >= MERGE_JACCARD:
            return True
        if shared >= MIN_SHARED and overlap(w, words) >= MERGE_CONTAINMENT:
            return True
        if related and shared >= MIN_SHARED and overlap(w, words) >= MERGE_OVERLAP:
            return True
    return False


def _trigger_text(store: Store, rec: CommitmentRecord) -> str:
    s, e = rec.commitment.trigger_span
    row = store.conn.execute("SELECT substr(text, ?, ?) FROM articles WHERE id = ?",
                             (s + 1, e - s, rec.article.id)).fetchone()
    return row[0] if row else ""


def sync_promises(store: Store) -> int:
    """Match every stored commitment to a ledger entry (call inside a transaction); returns entries made."""
    conn = store.conn
    index = resolver(conn)
    entries: dict[int, _Entry] = {}
    by_person: dict[str | None, list[_Entry]] = {}
    for r in conn.execute("SELECT id, holder, topic, trigger, kind, content FROM promises ORDER BY id"):
        e = _Entry(r[0], resolve(index, r[1]) or r[1], r[2], r[3] or "", r[4], [content_words(r[5])],
                   negated(r[5]))
        entries[e.id] = e
        by_person.setdefault(e.person, []).append(e)
    previous = {(r[0], r[1], r[2]): r[3] for r in conn.execute(
        "SELECT article_id, content_start, content_end, promise_id FROM promise_sources")}
    # Oldest first (undated articles last), so an entry is named after its first report.
    records = sorted(store.commitments(),
                     key=lambda rec: (rec.article.published or "9999", rec.article.id, rec.idx))
    conn.execute("DELETE FROM promise_sources")
    made = 0
    for rec in records:
        c = rec.commitment
        person = resolve(index, c.holder) or c.holder
        words = content_words(rec.quote)
        trigger = _trigger_text(store, rec)
        key = (rec.article.id, c.content_span[0], c.content_span[1])
        pid = previous.get(key)
        if pid not in entries:
            pid = next((e.id for e in by_person.get(person, []) if same_promise(e, words, c.topic, trigger, c.kind, negated(rec.quote))),
                       None)
        if pid is None:
            ts = now()
            pid = conn.execute(
                "INSERT INTO promises (holder, kind, topic, content, trigger, status, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?)", (c.holder, c.kind, c.topic, rec.quote, trigger, PROMISE_STATUSES[0],
                                               ts, ts)).lastrowid
            entries[pid] = _Entry(pid, person, c.topic, trigger, c.kind, [words], negated(rec.quote))
            by_person.setdefault(person, []).append(entries[pid])
            made += 1
        else:
            entries[pid].words.append(words)
            if c.topic and not entries[pid].topic:
                entries[pid].topic = c.topic
                conn.execute("UPDATE promises SET topic = ? WHERE id = ?", (c.topic, pid))
        conn.execute("INSERT OR IGNORE INTO promise_sources (promise_id, article_id, commitment_idx, content_start,"
                     " content_end, holder, kind, quote, published) VALUES (?,?,?,?,?,?,?,?,?)",
                     (pid, *key[:1], rec.idx, *key[1:], c.holder, c.kind, rec.quote, rec.article.published))
    # Entries no longer reported anywhere and never rated are dropped; rated ones stay.
    conn.execute("DELETE FROM promises WHERE id NOT IN (SELECT promise_id FROM promise_sources)"
                 " AND id NOT IN (SELECT promise_id FROM promise_ratings)")
    return made


def get_promise(conn: sqlite3.Connection, promise_id: int) -> dict[str, Any]:
    """One ledger entry with its sources and rating history; a clear error when unknown."""
    r = conn.execute("SELECT * FROM promises WHERE id = ?", (promise_id,)).fetchone()
    if r is None:
        raise LedgerError(f"{promise_id}: no such commitment in the ledger; see `onrecord commitments`")
    return _entry_dict(conn, r, resolver(conn))


def _entry_dict(conn: sqlite3.Connection, r: sqlite3.Row, index: dict[str, str]) -> dict[str, Any]:
    sources = [dict(s) for s in conn.execute(
        "SELECT ps.article_id, ps.commitment_idx, ps.content_start, ps.content_end, ps.kind, ps.holder,"
        " ps.quote, ps.published, a.title AS article_title, a.site AS article_site FROM promise_sources ps"
        " JOIN articles a ON a.id = ps.article_id WHERE ps.promise_id = ?"
        " ORDER BY ps.published IS NULL, ps.published, ps.article_id, ps.content_start",
        (r["id"],))]
    return {"id": r["id"], "holder": resolve(index, r["holder"]) or r["holder"], "kind": r["kind"],
            "topic": r["topic"], "content": r["content"], "status": r["status"],
            "first_reported": sources[0]["published"] if sources else None, "sources": sources,
            "history": history(conn, r["id"])}


def list_promises(conn: sqlite3.Connection, holder: str | None = None, kind: str | None = None,
                  status: str | None = None, topic: str | None = None) -> list[dict[str, Any]]:
    """Ledger entries (oldest first), filtered by holder person, kind, status or topic."""
    index = resolver(conn)
    want = (match_person(conn, holder) or holder) if holder else None
    if status:
        status = normalise_status(status)
    out = []
    for r in conn.execute("SELECT * FROM promises ORDER BY id"):
        if (kind and r["kind"] != kind) or (status and r["status"] != status) or (topic and r["topic"] != topic):
            continue
        d = _entry_dict(conn, r, index)
        if want and d["holder"] != want:
            continue
        out.append(d)
    return out


def normalise_status(text: str) -> str:
    """The PolitiFact status named by ``text`` (case and spacing free: "kept", "promise-kept", ...)."""
    key = re.sub(r"[^a-z]", "", text.lower())
    for s in PROMISE_STATUSES:
        full = re.sub(r"[^a-z]", "", s.lower())
        if key in (full, full.removeprefix("promise")):
            return s
    raise RatingRefused(f"{text}: unknown status; use one of: {', '.join(PROMISE_STATUSES)}")


def history(conn: sqlite3.Connection, promise_id: int) -> list[dict[str, Any]]:
    """The audit trail of one entry, oldest first."""
    return [dict(r) for r in conn.execute(
        "SELECT id, rated_at, rated_by, from_status, to_status, evidence, evidence_kind, note"
        " FROM promise_ratings WHERE promise_id = ? ORDER BY id", (promise_id,))]


def rate(store: Store, promise_id: int, status: str, evidence: str | None, note: str | None,
         by: str | None = None) -> dict[str, Any]:
    """Move an entry to ``status``, appending who/when/from/to/evidence/note to the audit trail.

    Both evidence and note are required; rating to the same status again still records a row.
    """
    from onrecord.ledger.evidence import classify_evidence

    if not evidence or not evidence.strip():
        raise RatingRefused(f"{promise_id}: a rating needs evidence; add --evidence REF (article id, statement id or URL)")
    if not note or not note.strip():
        raise RatingRefused(f"{promise_id}: a rating needs a note; add --note TEXT saying why")
    new = normalise_status(status)
    conn = store.conn
    kind, ref = classify_evidence(conn, evidence.strip())
    conn.execute("BEGIN IMMEDIATE")
    try:
        r = conn.execute("SELECT status FROM promises WHERE id = ?", (promise_id,)).fetchone()
        if r is None:
            raise LedgerError(f"{promise_id}: no such commitment in the ledger; see `onrecord commitments`")
        ts = now()
        conn.execute("INSERT INTO promise_ratings (promise_id, rated_at, rated_by, from_status, to_status, evidence,"
                     " evidence_kind, note) VALUES (?,?,?,?,?,?,?,?)",
                     (promise_id, ts, by or DEFAULT_EDITOR, r[0], new, ref, kind, note.strip()))
        conn.execute("UPDATE promises SET status = ?, updated_at = ? WHERE id = ?", (new, ts, promise_id))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return get_promise(conn, promise_id)
