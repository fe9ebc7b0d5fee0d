"""Reversals: a speaker's later statement on a topic contradicts an earlier one.

Each statement takes a stance on each topic it names: +1 when the topic term is named plainly
("I want to see a ceasefire"), -1 when a negation cue governs it in the same clause ("not a mere
Ceasefire Agreement", "don't want a truce", "rather than sanctions"). Statements by one person on one
topic are put in order (utterance date when all are resolved, else text order); each change of
stance is a reversal of the latest earlier statement with the other stance.

``find_flips`` is shared with the cross-article ledger, which orders by publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from onrecord.analyze.topics import singular, text_topics, topic_terms
from onrecord.ledger.names import is_person_name, parse_name, same_person
from onrecord.models import Reversal, Statement

# Words that, in the few words before a topic term (same clause), turn the stance negative.
NEGATION_CUES: frozenset[str] = frozenset({
    "not", "no", "never", "n't", "nor", "without", "against", "instead", "rather", "reject", "rejects",
    "rejected", "oppose", "opposes", "opposed", "abandon", "abandoned", "scrap", "scrapped", "drop",
    "dropped", "cancel", "cancelled", "canceled", "end", "lift", "lifted", "halt", "stop", "refuse",
    "refused", "refuses", "nothing", "neither", "won't", "don't", "doesn't", "didn't", "cannot",
})
NEGATION_WINDOW = 6  # words before the term
_CLAUSE_BREAK = re.compile(r"[,;:.!?—–()]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass
class StanceItem:
    """One statement as ``find_flips`` sees it: who, its stance per topic, and its place in time."""

    index: int
    speaker: str
    stances: dict[str, int]
    order: tuple


def _words(fragment: str) -> list[str]:
    out: list[str] = []
    for w in _WORD.findall(fragment.replace("’", "'")):
        w = w.lower()
        if w.endswith("n't") and w not in NEGATION_CUES:
            out.extend([w[:-3], "n't"])
        else:
            out.append(w)
    return out


def stance(content: str, topic: str) -> int:
    """+1, -1 or 0 (topic not named, or named both ways) for ``topic`` in ``content``."""
    terms = topic_terms(topic)
    pos = neg = 0
    for clause in _CLAUSE_BREAK.split(content):
        words = _words(clause)
        sing = [singular(w) for w in words]
        for i in range(len(words)):
            hit = sing[i] in terms or (i + 1 < len(words) and f"{sing[i]} {sing[i + 1]}" in terms)
            if not hit:
                continue
            before = words[max(0, i - NEGATION_WINDOW):i]
            if any(w in NEGATION_CUES for w in before):
                neg += 1
            else:
                pos += 1
    if pos and not neg:
        return 1
    if neg and not pos:
        return -1
    return 0


def content_text(statement: Statement, text: str) -> str:
    """The statement's content spans joined by a space."""
    return " ".join(text[s:e] for s, e in statement.content_spans)


def statement_stances(statement: Statement, text: str) -> dict[str, int]:
    """Non-zero stances on the statement's own topic and every seed topic its content names."""
    content = content_text(statement, text)
    topics = set(text_topics(content))
    if statement.topic:
        topics.add(statement.topic)
    found = {t: stance(content, t) for t in sorted(topics)}
    return {t: s for t, s in found.items() if s}


def find_flips(items: Sequence[StanceItem]) -> list[tuple[StanceItem, StanceItem, str]]:
    """(earlier, later, topic) for every change of stance by one person on one topic, in order."""
    ordered = sorted(items, key=lambda it: it.order)
    groups: list[list[StanceItem]] = []
    for it in ordered:
        for g in groups:
            if same_person(parse_name(g[0].speaker), parse_name(it.speaker)):
                g.append(it)
                break
        else:
            groups.append([it])
    flips: list[tuple[StanceItem, StanceItem, str]] = []
    for g in groups:
        last: dict[str, StanceItem] = {}
        for it in g:
            for topic, s in it.stances.items():
                prev = last.get(topic)
                if prev is not None and prev.stances[topic] != s:
                    flips.append((prev, it, topic))
                last[topic] = it
    return flips


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _start(statement: Statement, position: int) -> int:
    return statement.content_spans[0][0] if statement.content_spans else position


def find_reversals(statements: list[Statement], text: str) -> list[Reversal]:
    """Reversals within one article; ``earlier``/``later`` index ``statements``."""
    items: list[StanceItem] = []
    for i, st in enumerate(statements):
        if not is_person_name(st.speaker):
            continue
        stances = statement_stances(st, text)
        if stances:
            items.append(StanceItem(i, st.speaker or "", stances, (_start(st, i),)))
    # Utterance dates order the statements only when every one of them has a resolved date.
    if items and all(_ISO_DATE.fullmatch(statements[it.index].when or "") for it in items):
        for it in items:
            it.order = (statements[it.index].when, *it.order)
    out = []
    for a, b, topic in find_flips(items):
        speaker = max((a.speaker, b.speaker), key=len)
        out.append(Reversal(speaker=speaker, topic=topic, earlier=a.index, later=b.index))
    return out
