"""The migration runner: versioned, idempotent, one transaction per migration."""

from __future__ import annotations

import sqlite3

import pytest

from onrecord.store import open_store
from onrecord.store.migrate import MigrationError, load_migrations, migrate


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}


def test_packaged_migrations_are_numbered_in_order():
    migs = load_migrations()
    versions = [m.version for m in migs]
    assert versions[:2] == [1, 2]
    assert versions == sorted(set(versions))


def test_open_twice_applies_nothing_the_second_time(tmp_path):
    db = tmp_path / "m.db"
    with open_store(db) as s:
        rows = s.conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
        first_tables = _tables(s.conn)
    assert [tuple(r) for r in rows][:2] == [(1, "0001_articles"), (2, "0002_analysis")]
    assert {"raw_inputs", "articles", "article_urls", "statements", "commitments", "events",
            "reversals", "articles_fts", "minhash_signatures"} <= first_tables
    with open_store(db) as s:
        assert migrate(s.conn) == []
        again = s.conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
        assert [tuple(r) for r in again] == [tuple(r) for r in rows]
        assert _tables(s.conn) == first_tables


def _conn() -> sqlite3.Connection:
    return sqlite3.connect(":memory:", isolation_level=None)


def test_runner_applies_every_numbered_file_in_order(tmp_path):
    (tmp_path / "0002_second.sql").write_text("ALTER TABLE a ADD COLUMN y TEXT;\nCREATE TABLE b (z);")
    (tmp_path / "0001_first.sql").write_text("CREATE TABLE a (x);")
    (tmp_path / "notes.sql").write_text("this is not a migration")
    (tmp_path / "0003_later.txt").write_text("neither is this")
    conn = _conn()
    assert migrate(conn, tmp_path) == [1, 2]
    assert [r[1] for r in conn.execute("PRAGMA table_info(a)")] == ["x", "y"]
    (tmp_path / "0003_third.sql").write_text("CREATE TABLE c (w);")
    assert migrate(conn, tmp_path) == [3]
    assert migrate(conn, tmp_path) == []
    assert [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")] == [1, 2, 3]


def test_failing_migration_rolls_back_whole(tmp_path):
    (tmp_path / "0001_ok.sql").write_text("CREATE TABLE a (x);")
    (tmp_path / "0002_broken.sql").write_text("CREATE TABLE half (x);\nINSERT INTO no_such_table VALUES (1);")
    conn = _conn()
    with pytest.raises(MigrationError, match="0002_broken"):
        migrate(conn, tmp_path)
    assert not conn.in_transaction
    assert [r[0] for r in conn.execute("SELECT version FROM schema_migrations")] == [1]
    assert "half" not in _tables(conn)  # the broken migration's first statement was undone
    (tmp_path / "0002_broken.sql").write_text("CREATE TABLE half (x);")
    assert migrate(conn, tmp_path) == [2]


def test_duplicate_version_numbers_are_refused(tmp_path):
    (tmp_path / "0001_a.sql").write_text("CREATE TABLE a (x);")
    (tmp_path / "0001_b.sql").write_text("CREATE TABLE b (x);")
    with pytest.raises(MigrationError, match="two migrations numbered 0001"):
        load_migrations(tmp_path)
