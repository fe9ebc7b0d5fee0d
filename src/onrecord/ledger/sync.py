"""Keeping the ledger in step with the store: people and promise entries rebuilt when analysis changed.

Every ledger command calls ``refresh(store)`` first. It compares a fingerprint of the analysis rows
and the editor's decisions with the one saved at the last refresh and, when they differ, rebuilds
the people registry and re-matches commitments to promise entries in one transaction.
"""

from __future__ import annotations

from onrecord.ledger.people import rebuild_people
from onrecord.ledger.promises import sync_promises
from onrecord.store.base import Store

FINGERPRINT_SQL: tuple[str, ...] = (
    "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM statements",
    "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM commitments",
    "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM events",
    "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM person_decisions",
    "SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM articles",
)


def fingerprint(store: Store) -> str:
    """A string that changes whenever analysis rows or person decisions change."""
    return "|".join(",".join(str(v) for v in store.conn.execute(sql).fetchone()) for sql in FINGERPRINT_SQL)


def refresh(store: Store, force: bool = False) -> bool:
    """Rebuild people and promise entries if anything changed since the last refresh; True if it ran."""
    conn = store.conn
    fp = fingerprint(store)
    row = conn.execute("SELECT value FROM ledger_state WHERE key = 'fingerprint'").fetchone()
    if row and row[0] == fp and not force:
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        rebuild_people(conn)
        sync_promises(store)
        conn.execute("INSERT INTO ledger_state (key, value) VALUES ('fingerprint', ?)"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (fp,))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return True
