"""The people registry in the database: decisions in, persons and aliases rebuilt from them.

Every speaker, commitment holder and meeting participant stored is counted; ``rebuild_people``
clusters them (``registry.cluster_names``) with the editor's merge/split decisions re-applied, so
those decisions survive re-ingest and re-analysis. ``resolver`` turns any surface name into its
person's display name.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import UTC, datetime

from onrecord.errors import OnrecordError
from onrecord.ledger.names import is_person_name, parse_name, same_person
from onrecord.ledger.registry import Decision, Person, cluster_names, name_key

NAME_SOURCES: tuple[str, ...] = (
    "SELECT speaker FROM statements WHERE speaker IS NOT NULL",
    "SELECT holder FROM commitments",
    "SELECT participant FROM event_participants",
)


class PeopleError(OnrecordError):
    """A people command names someone the registry does not know, or asks the impossible."""


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def name_counts(conn: sqlite3.Connection) -> Counter[str]:
    """How often each surface name occurs as speaker, holder or participant."""
    counts: Counter[str] = Counter()
    for sql in NAME_SOURCES:
        counts.update(r[0] for r in conn.execute(sql) if r[0])
    return counts


def decisions(conn: sqlite3.Connection) -> list[Decision]:
    """The editor's merge/split decisions, oldest first."""
    return [Decision(r[0], r[1], r[2]) for r in
            conn.execute("SELECT action, name_a, name_b FROM person_decisions ORDER BY id")]


def rebuild_people(conn: sqlite3.Connection) -> list[Person]:
    """Recompute ``people`` and ``person_aliases`` (call inside a transaction)."""
    persons = cluster_names(name_counts(conn), decisions(conn))
    conn.execute("DELETE FROM person_aliases")
    conn.execute("DELETE FROM people")
    used: set[str] = set()
    for p in persons:
        name, n = p.name, 2
        while name in used:  # two persons may share a display name (an alias split off)
            name, n = f"{p.name} ({n})", n + 1
        used.add(name)
        p.name = name
        pid = conn.execute("INSERT INTO people (name, mentions) VALUES (?, ?)", (name, p.mentions)).lastrowid
        by_key: dict[str, Counter[str]] = {}
        for alias, count in p.aliases.items():
            by_key.setdefault(name_key(alias), Counter())[alias] += count
        conn.executemany("INSERT INTO person_aliases (alias_key, alias, person_id, mentions) VALUES (?,?,?,?)",
                         [(k, c.most_common(1)[0][0], pid, sum(c.values())) for k, c in by_key.items()])
    return persons


def resolver(conn: sqlite3.Connection) -> dict[str, str]:
    """alias key -> person display name, from the current tables."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT pa.alias_key, p.name FROM person_aliases pa JOIN people p ON p.id = pa.person_id")}


def resolve(index: dict[str, str], name: str | None) -> str | None:
    """The person a surface name belongs to (None for non-persons such as "a source")."""
    if not name:
        return None
    hit = index.get(name_key(name))
    if hit:
        return hit
    return name if is_person_name(name) else None


def list_people(conn: sqlite3.Connection) -> list[dict]:
    """Every person with aliases and counts of statements, commitments and meetings."""
    index = resolver(conn)
    stats: dict[str, Counter[str]] = {}
    for label, sql in zip(("statements", "commitments", "meetings"), NAME_SOURCES, strict=True):
        for (n,) in conn.execute(sql):
            person = resolve(index, n)
            if person:
                stats.setdefault(person, Counter())[label] += 1
    out = []
    for pid, name, mentions in conn.execute("SELECT id, name, mentions FROM people ORDER BY mentions DESC, name"):
        aliases = [r[0] for r in conn.execute(
            "SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY mentions DESC, alias", (pid,))]
        c = stats.get(name, Counter())
        out.append({"name": name, "aliases": aliases, "mentions": mentions, "statements": c["statements"],
                    "commitments": c["commitments"], "meetings": c["meetings"]})
    return out


def match_person(conn: sqlite3.Connection, name: str) -> str | None:
    """The person a user-given name denotes: an alias, else the most-mentioned person with an alias
    the name matches (surname/transliteration and first-name rules), else None."""
    index = resolver(conn)
    hit = index.get(name_key(name))
    typed = name.title() if name.islower() else name  # users type names in lower case
    if hit or not is_person_name(typed):
        return hit
    query = parse_name(typed)
    best: dict[str, int] = {}
    for alias, person, mentions in conn.execute(
            "SELECT pa.alias, p.name, p.mentions FROM person_aliases pa JOIN people p ON p.id = pa.person_id"):
        if same_person(query, parse_name(alias)):
            best[person] = mentions
    return max(best, key=lambda p: best[p]) if best else None


def find_person(conn: sqlite3.Connection, name: str) -> tuple[str, list[str]]:
    """(display name, alias spellings) for a name or alias; a clear error when unknown."""
    index = resolver(conn)
    person = match_person(conn, name)
    if person is None:
        matches = [p for p in set(index.values()) if name_key(name) in name_key(p)]
        if len(matches) != 1:
            hint = f" (did you mean: {', '.join(sorted(matches)[:5])})" if matches else ""
            raise PeopleError(f"{name}: no such person in the ledger{hint}; see `onrecord people`")
        person = matches[0]
    aliases = [r[0] for r in conn.execute(
        "SELECT pa.alias FROM person_aliases pa JOIN people p ON p.id = pa.person_id WHERE p.name = ?",
        (person,))]
    return person, aliases


def record_decision(conn: sqlite3.Connection, action: str, name_a: str, name_b: str,
                    by: str | None = None) -> None:
    """Store a merge (a, b are one person) or split (alias a is not person b) decision."""
    if action not in ("merge", "split"):
        raise PeopleError(f"{action}: unknown decision (merge or split)")
    if name_key(name_a) == name_key(name_b):
        raise PeopleError(f"{name_a}: cannot {action} a name with itself")
    conn.execute("INSERT INTO person_decisions (action, name_a, name_b, decided_by, decided_at)"
                 " VALUES (?,?,?,?,?)", (action, name_a, name_b, by, now()))
