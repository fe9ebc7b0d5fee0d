"""Meeting mentions and how mentions of one occasion are folded into one meeting.

A ``Mention`` is one place in the text that says a meeting took or will take place, with the parties it
names. ``merge`` folds mentions of the same occasion together (same parties, or a one-sided mention
that fits; no conflicting place, date or status), as ``meetings.py`` documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from onrecord.models import Span


@dataclass
class Mention:
    participants: list[str]
    span: Span
    place: str | None = None
    when: str | None = None
    status: str = "past"
    names_lower: set[str] = field(default_factory=set)
    fresh: bool = False  # the other side is an unnamed, not anaphoric group: "a meeting with donors"
    today: bool = False  # dated the day of publication: upcoming or past depends on the hour of writing


def unique_names(names: list[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        if not any(n.lower() == o.lower() for o in out):
            out.append(n)
    return out


def name_key(name: str) -> str:
    """Merge key of a name: its last word, lower-cased ("Obama" = "Barack Obama")."""
    return name.lower().split()[-1]


# ---------------------------------------------------------------- merging


def merge(mentions: list[Mention]) -> list[Mention]:
    """Fold mentions of one meeting together; a one-sided mention joins the nearest matching meeting."""
    events: list[Mention] = []
    singles: list[Mention] = []
    for m in mentions:
        if len(m.participants) < 2:
            singles.append(m)
            continue
        same = next((e for e in events if e.names_lower == m.names_lower and _compatible(e, m)), None)
        if same is None:  # "Ryan will meet Trump Thursday" + "invited Trump to meet the leadership Thursday"
            same = next((e for e in events if e.when and e.when == m.when and _compatible(e, m)
                         and (e.names_lower <= m.names_lower or m.names_lower <= e.names_lower)), None)
            if same is not None:
                same.participants += [n for n in m.participants if name_key(n) not in same.names_lower]
                same.names_lower |= m.names_lower
        if same is None:
            events.append(m)
        else:
            _absorb(same, m)
    for m in (m for m in singles if not m.fresh):
        matches = [e for e in events if m.names_lower <= e.names_lower and _compatible(e, m)]
        if matches:
            _absorb(min(matches, key=lambda e: abs(e.span[0] - m.span[0])), m)
    events.sort(key=lambda e: e.span)
    return events


def _compatible(a: Mention, b: Mention) -> bool:
    return (not a.place or not b.place or a.place == b.place) and (not a.when or not b.when or a.when == b.when) \
        and (a.status == b.status or a.today or b.today)  # "he is meeting with Clinton" = "Tuesday night's"


def _absorb(event: Mention, other: Mention) -> None:
    event.place = event.place or other.place
    event.when = event.when or other.when
    event.today = event.today or other.today
