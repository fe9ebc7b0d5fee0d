"""Clustering surface names into persons, honouring an editor's explicit merge/split decisions.

``cluster_names(counts, decisions)`` is pure: given how often each surface name was seen and the
decisions in the order they were made, it returns the persons. Order of work:

1. explicit merges (must-link) are applied first and always win;
2. full names (first name + surname) are joined when ``same_person`` holds;
3. surname-only names ("Trump", "Mr. Trump") join the compatible full-name person seen most often;
4. a split (``people split NAME ALIAS``) takes the alias out of automatic matching altogether (it
   stands alone unless explicitly merged) and is a cannot-link between it and NAME.

Decisions are re-applied on every rebuild, so they survive re-ingest and re-analysis.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from onrecord.ledger.names import (
    ParsedName,
    fold,
    is_person_name,
    parse_name,
    same_person,
    surnames_match,
    translit_key,
)


@dataclass(frozen=True)
class Decision:
    """An editor's decision: ``merge`` (a and b are one person) or ``split`` (a is not person b)."""

    action: str  # "merge" | "split"
    a: str
    b: str


@dataclass
class Person:
    """One person: the display name and every surface spelling seen (with counts)."""

    name: str
    aliases: dict[str, int] = field(default_factory=dict)

    @property
    def mentions(self) -> int:
        return sum(self.aliases.values())


class _Clusters:
    """Union-find over surface keys with cannot-link constraints checked at cluster level."""

    def __init__(self, keys: Iterable[str], cannot: set[frozenset[str]]):
        self.parent = {k: k for k in keys}
        self.members = {k: {k} for k in self.parent}
        self.cannot = cannot

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def allowed(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        return not any(frozenset((x, y)) in self.cannot for x in self.members[ra] for y in self.members[rb])

    def union(self, a: str, b: str, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not force and not self.allowed(a, b):
            return False
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        return True


def name_key(surface: str) -> str:
    """The key a surface name is stored and decided under: folded, whitespace collapsed."""
    return fold(surface).removesuffix("'s")


def cluster_names(counts: Mapping[str, int], decisions: Iterable[Decision] = ()) -> list[Person]:
    """Group surface names into persons (most-mentioned first). Non-person speakers are dropped."""
    surfaces: dict[str, dict[str, int]] = {}
    for surface, n in counts.items():
        if is_person_name(surface):
            surfaces.setdefault(name_key(surface), {})[surface] = surfaces.get(name_key(surface), {}).get(
                surface, 0) + n
    # The latest decision about a pair wins.
    latest: dict[frozenset[str], Decision] = {}
    for d in decisions:
        ka, kb = name_key(d.a), name_key(d.b)
        for k, s in ((ka, d.a), (kb, d.b)):
            surfaces.setdefault(k, {}).setdefault(s, 0)
        latest[frozenset((ka, kb))] = d
    merges = [pair for pair, d in latest.items() if d.action == "merge"]
    cannot = {pair for pair, d in latest.items() if d.action == "split"}
    pinned = {name_key(d.a) for d in latest.values() if d.action == "split"}
    parsed = {k: parse_name(max(v, key=v.get)) for k, v in surfaces.items()}
    total = {k: sum(v.values()) for k, v in surfaces.items()}
    cl = _Clusters(surfaces, cannot)
    for pair in merges:
        a, b = tuple(pair) if len(pair) == 2 else (next(iter(pair)),) * 2
        cl.union(a, b, force=True)
    auto = [k for k in surfaces if k not in pinned]
    full = sorted((k for k in auto if parsed[k].full), key=lambda k: -total[k])
    by_surname = _surname_blocks(full, parsed)
    for a in full:
        for b in by_surname[a]:
            if b != a and same_person(parsed[a], parsed[b]):
                cl.union(a, b)
    _attach_surnames(cl, parsed, total, [k for k in auto if not parsed[k].full], full)
    return _persons(cl, surfaces, parsed, total)


def _surname_blocks(names: list[str], parsed: dict[str, ParsedName]) -> dict[str, list[str]]:
    """For each name, the names whose surname matches its own (blocking: only surnames starting
    alike and of similar length are compared, so clustering stays near-linear)."""
    by_last: dict[str, list[str]] = {}
    for k in names:
        by_last.setdefault(parsed[k].last, []).append(k)
    buckets: dict[str, list[str]] = {}
    for last in by_last:
        buckets.setdefault(translit_key(last)[:2], []).append(last)
    compatible: dict[str, list[str]] = {}
    for group in buckets.values():
        for a in group:
            compatible[a] = [b for b in group if abs(len(a) - len(b)) <= 2 and surnames_match(a, b)]
    return {k: [m for last in compatible[parsed[k].last] for m in by_last[last]] for k in names}


def _attach_surnames(cl: _Clusters, parsed: dict[str, ParsedName], total: dict[str, int],
                     partial: list[str], full: list[str]) -> None:
    """Join each surname-only name to the compatible person with the most mentions (honorifics
    must agree: "Mr. Clinton" never joins a person called "Mrs. Clinton")."""
    blocks = _surname_blocks(full + partial, parsed)
    for k in sorted(partial, key=lambda k: -total[k]):
        weight: dict[str, int] = {}
        for m in blocks[k]:
            root = cl.find(m)
            if root == cl.find(k) or root in weight or not same_person(parsed[k], parsed[m]):
                continue
            if any(not same_person(parsed[k], parsed[x]) for x in cl.members[root]):
                continue
            weight[root] = sum(total[x] for x in cl.members[root])
        for root in sorted(weight, key=lambda r: -weight[r]):
            if cl.union(root, k):
                break


def _persons(cl: _Clusters, surfaces: dict[str, dict[str, int]], parsed: dict[str, ParsedName],
             total: dict[str, int]) -> list[Person]:
    out: list[Person] = []
    for members in cl.members.values():
        aliases: dict[str, int] = {}
        for m in members:
            for s, n in surfaces[m].items():
                aliases[s] = aliases.get(s, 0) + n
        out.append(Person(_display_name(members, surfaces, parsed, total), aliases))
    out.sort(key=lambda p: (-p.mentions, p.name))
    return out


def _display_name(members: set[str], surfaces: dict[str, dict[str, int]], parsed: dict[str, ParsedName],
                  total: dict[str, int]) -> str:
    """The most-seen spelling that gives first name and surname without titles, its surname spelled as most
    mentions of the person spell it; else the most seen."""
    def bare(k: str) -> bool:
        p = parsed[k]
        return p.full and fold(" ".join(k.split()[-2:])).replace(".", "") == f"{p.first} {p.last}"

    pool = [k for k in members if parsed[k].full]
    plain = [k for k in pool if bare(k) and len(k.split()) == 2] or pool or list(members)
    support: dict[str, int] = {}  # the surname spelled as most mentions spell it wins ("Sorensen" over "Sorenson")
    for k in members:
        support[parsed[k].last] = support.get(parsed[k].last, 0) + total[k]
    best = max(plain, key=lambda k: (support.get(parsed[k].last, 0), total[k], -len(k)))
    return parsed[best].display or max(surfaces[best], key=lambda s: (surfaces[best][s], s))


def index_aliases(persons: Iterable[Person]) -> dict[str, str]:
    """Map every alias key to its person's display name."""
    return {name_key(a): p.name for p in persons for a in p.aliases}
