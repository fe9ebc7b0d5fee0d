"""Versioned, idempotent schema migrations.

Every ``NNNN_<name>.sql`` file in ``onrecord/store/migrations/`` is applied once, in version order,
each in its own transaction together with its row in ``schema_migrations``; a failing migration
rolls back whole and leaves the earlier ones applied. Opening a database twice applies nothing.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

MIGRATION_NAME = re.compile(r"^(\d{4})_([A-Za-z0-9_]+)\.sql$")

SCHEMA_MIGRATIONS_DDL = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


class MigrationError(RuntimeError):
    """A migration failed; the database is left at the previous version."""


def migrations_dir() -> Path:
    """The folder holding the packaged ``NNNN_*.sql`` files."""
    return Path(str(resources.files("onrecord.store") / "migrations"))


def load_migrations(folder: Path | None = None) -> list[Migration]:
    """All migrations in ``folder`` (default: the packaged ones), sorted by version."""
    folder = folder or migrations_dir()
    found: dict[int, Migration] = {}
    for path in sorted(folder.glob("*.sql")):
        m = MIGRATION_NAME.match(path.name)
        if not m:
            continue
        version = int(m.group(1))
        if version in found:
            raise MigrationError(f"two migrations numbered {version:04d}: {found[version].name}, {path.name}")
        found[version] = Migration(version, path.stem, path.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


def applied_versions(conn: sqlite3.Connection) -> set[int]:
    """Versions recorded in ``schema_migrations`` (creating the table when absent)."""
    conn.execute(SCHEMA_MIGRATIONS_DDL)
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def migrate(conn: sqlite3.Connection, folder: Path | None = None) -> list[int]:
    """Apply every pending migration in order; returns the versions applied now.

    ``conn`` must be in autocommit mode (``isolation_level=None``). The version row is inserted
    first inside each transaction, so two processes opening a new database at once cannot both
    apply the same migration: the loser's insert fails and it moves on.
    """
    done = applied_versions(conn)
    applied: list[int] = []
    for mig in load_migrations(folder):
        if mig.version in done:
            continue
        now = datetime.now(UTC).isoformat(timespec="seconds")
        name = mig.name.replace("'", "''")
        script = (
            "BEGIN IMMEDIATE;\n"
            f"INSERT INTO schema_migrations(version, name, applied_at) VALUES ({mig.version}, '{name}', '{now}');\n"
            f"{mig.sql}\n;\nCOMMIT;\n"
        )
        try:
            conn.executescript(script)
        except sqlite3.IntegrityError as e:
            _rollback(conn)
            if mig.version in applied_versions(conn):
                continue  # another process applied it first
            raise MigrationError(f"migration {mig.name} failed: {e}") from e
        except sqlite3.Error as e:
            _rollback(conn)
            raise MigrationError(f"migration {mig.name} failed: {e}") from e
        applied.append(mig.version)
    return applied


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")
