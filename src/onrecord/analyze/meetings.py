"""Meetings: who met whom (or will), where and when, from the dependency parse.

Each meeting mention ("met with X", "a summit with X", "talks between X and Y", "will meet X",
"went into Friday's meeting in Anchorage") gives participants (the subject of the clause plus the
with/between complement), a place ("in/at X" naming a place, or "travel to X for a meeting"), a
date and whether it is past or scheduled. Mentions of one meeting in an article are merged: same
participants (or a subset, for a mention that names one side only) and no conflicting place or date.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from onrecord.analyze.commitment_spans import ArticleContext, make_span, subject_of
from onrecord.models import Event, Span

MEETING_NOUNS: frozenset[str] = frozenset({"meeting", "summit", "talks", "talk", "sit-down", "meet",
                                           "tete-a-tete", "bilateral", "encounter"})
MEETING_VERBS: frozenset[str] = frozenset({"meet", "confer"})
# Verb + particle that mean a meeting ("sat down with", "held talks with" is nominal).
MEETING_PHRASALS: dict[str, str] = {"sit": "down"}
# Objects of "meet" that are not people ("meet expectations", "met the deadline").
NON_PARTICIPANT_OBJECTS: frozenset[str] = frozenset({
    "expectation", "expectations", "deadline", "goal", "goals", "target", "targets", "requirement",
    "requirements", "standard", "standards", "demand", "demands", "need", "needs", "criteria",
    "criterion", "threshold", "obligation", "obligations", "challenge", "test", "quota", "end",
    "fate", "match", "mind", "minds", "eye", "payroll", "cost", "costs", "condition", "conditions",
})
# Noun modifiers that make a meeting generic or institutional, not one between named people.
GENERIC_MEETING_MODIFIERS: frozenset[str] = frozenset({"town", "hall", "board", "staff", "team",
                                                       "cabinet", "shareholder", "annual", "council"})
MOTION_VERBS: frozenset[str] = frozenset({"travel", "fly", "head", "go", "come", "arrive", "visit",
                                          "return", "journey"})
SCHEDULE_WORDS: frozenset[str] = frozenset({"scheduled", "planned", "upcoming", "expected", "set", "due",
                                            "next", "proposed", "future", "possible", "potential"})
PLACE_ENTS: frozenset[str] = frozenset({"GPE", "FAC", "LOC"})
PLACE_PREPS: frozenset[str] = frozenset({"in", "at"})
PARTICIPANT_ENTS: frozenset[str] = frozenset({"PERSON", "ORG", "NORP", "GPE"})
HYPOTHETICAL_MODALS: frozenset[str] = frozenset({"might", "could", "may", "should", "must"})


@dataclass
class _Mention:
    participants: list[str]
    span: Span
    place: str | None = None
    when: str | None = None
    status: str = "past"
    names_lower: set[str] = field(default_factory=set)


def find_meetings(doc, published) -> list[Event]:
    """Meetings in a parsed article, one Event per meeting (mentions merged), in text order."""
    ctx = ArticleContext(doc, [], published)
    mentions: list[_Mention] = []
    for tok in doc:
        m = _mention(tok, ctx)
        if m is not None:
            mentions.append(m)
    return [Event(kind="meeting", participants=m.participants, span=m.span, place=m.place, when=m.when,
                  status=m.status) for m in _merge(mentions) if len(m.participants) >= 2]


def _mention(tok, ctx: ArticleContext) -> _Mention | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and (lemma in MEETING_NOUNS or tok.lower_ in MEETING_NOUNS):
        if any(c.lower_ in GENERIC_MEETING_MODIFIERS for c in tok.children if c.dep_ in {"compound", "amod"}):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None  # "a meeting of the minds", "a meeting of the board"
        governor = _governing_verb(tok)
        people = _with_between(tok) + _possessors(tok)
        if governor is not None and (not people or tok.dep_ in {"dobj", "pobj", "nsubj"}):
            subj = subject_of(governor)
            if subj is not None and subj.i not in {p.i for p in people}:
                people = [subj] + people
        anchors = [tok] + ([governor] if governor is not None else [])
    elif tok.pos_ == "VERB" and lemma in MEETING_VERBS | set(MEETING_PHRASALS):
        if lemma in MEETING_PHRASALS and not any(c.lower_ == MEETING_PHRASALS[lemma] for c in tok.children):
            return None
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() in NON_PARTICIPANT_OBJECTS or o.pos_ not in {"PROPN", "PRON", "NOUN"}
               for o in objs):
            return None
        people = objs + _with_between(tok)
        subj = subject_of(tok)
        if subj is not None:
            people = [subj] + people
        anchors = [tok]
    else:
        return None
    if _hypothetical(anchors):
        return None
    people = [p for p in _expand_conj(people) if _participant(p, ctx)]
    if not people:
        return None
    names = _names(people, ctx)
    if not names:
        return None
    scheduled = _scheduled(anchors, ctx)
    when_text = _date_phrase(anchors)
    place = _place(anchors) or _place(_with_between(tok), motion=False)  # "met with X in Beijing"
    toks = [tok] + people
    start = min(t.i for t in toks)
    end = max(max(t.i for t in tok.subtree) if tok.pos_ == "NOUN" else tok.i, max(t.i for t in people))
    when = ctx.resolve_when(when_text, future=scheduled) if when_text else None
    if when and not when[:4].isdigit():
        when = None  # "Eight months in": not a date of the meeting
    if when and published_after(when, ctx.published):
        scheduled = True
    return _Mention(participants=names, span=make_span(tok.doc, start, end), place=place, when=when,
                    status="scheduled" if scheduled else "past",
                    names_lower={n.lower() for n in names})


def published_after(when: str, published: str | None) -> bool:
    """True when an ISO date lies after the publication date (a scheduled meeting)."""
    return bool(published) and len(when) == 10 and when[:4].isdigit() and when > (published or "")[:10]


# ---------------------------------------------------------------- parts of a mention


def _governing_verb(noun):
    """The verb a meeting noun hangs on: "went into [the meeting]", "after [the meeting], Trump said"."""
    cur = noun
    for _ in range(3):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.pos_ in {"VERB", "AUX"}:
            return head
        if cur.dep_ not in {"pobj", "dobj", "nsubj", "nsubjpass", "prep", "compound"}:
            return None
        cur = head
    return None


def _with_between(tok) -> list:
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"with", "between", "among"}:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _possessors(noun) -> list:
    return [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in {"DATE", "TIME"}
            and c.pos_ in {"PROPN"}]


def _expand_conj(people) -> list:
    out = []
    for p in people:
        out.append(p)
        out.extend(c for c in p.subtree if c.dep_ == "conj" and c.head.i in {q.i for q in out})
    return out


def _participant(tok, ctx: ArticleContext) -> bool:
    """A named person or group (or a pronoun for one); not "some students" or "the wife"."""
    if tok.pos_ == "PRON":
        return tok.lower_ in {"he", "she", "they", "we", "i", "him", "her", "them", "us"}
    if tok.pos_ == "PROPN" or tok.ent_type_ in PARTICIPANT_ENTS:
        return True
    if not tok.text[:1].isupper():
        return False
    return not tok.is_sent_start or tok.lower_ in ctx.full_names  # "Pence met with ..."


def _hypothetical(anchors) -> bool:
    """"If she had met him", "didn't need to meet", "might meet": not a meeting that happened or is set."""
    for a in anchors:
        cur = a
        for _ in range(4):
            kids = list(cur.children)
            if any(c.dep_ == "neg" for c in kids) or any(c.tag_ == "MD" and c.lower_ in HYPOTHETICAL_MODALS
                                                         for c in kids):
                return True
            if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in kids):
                return True
            if cur.head.i == cur.i or cur.dep_ not in {"xcomp", "advcl", "pcomp", "prep", "pobj", "dobj"}:
                break
            cur = cur.head
            if cur.lemma_.lower() in {"need", "want", "hope", "wish", "refuse", "decline", "try", "seek"}:
                return True
    return False


def _names(people, ctx: ArticleContext) -> list[str]:
    names: list[str] = []
    for p in people:
        name = ctx.name(p)
        if not name or name.lower() in {"he", "she", "they", "we", "i", "him", "her", "them", "us"}:
            continue
        if not any(name.lower() == n.lower() for n in names):
            names.append(name)
    return names


def _scheduled(anchors, ctx: ArticleContext) -> bool:
    for a in anchors:
        for c in a.children:
            if c.tag_ == "MD" and c.lower_ in {"will", "'ll", "’ll", "shall", "would", "'d", "’d"}:
                return True
            if c.dep_ in {"amod", "acl"} and c.lower_ in SCHEDULE_WORDS:
                return True
            if c.dep_ == "aux" and c.lower_ == "to" and a.head.lemma_.lower() in {"plan", "expect", "schedule",
                                                                                   "agree", "hope", "want"}:
                return True
        if a.lower_ == "going" or (a.head.lower_ == "going" and a.dep_ == "xcomp"):
            return True
    return False


def _date_phrase(anchors) -> str | None:
    for a in anchors:
        for c in a.children:
            toks = list(c.subtree)
            if c.dep_ in {"poss", "npadvmod", "tmod", "compound"} and c.ent_type_ in {"DATE", "TIME"}:
                return " ".join(t.text for t in toks)
            if c.dep_ == "prep" and c.lower_ in {"on", "in", "at", "during", "last", "next"} and any(
                    t.ent_type_ in {"DATE", "TIME"} for t in toks):
                return " ".join(t.text for t in toks)
    return None


def _place(anchors, motion: bool = True) -> str | None:
    """A place named by "in/at X" on the anchors, or "travel to X" on a motion verb."""
    for a in anchors:
        for c in a.children:
            if c.dep_ != "prep" or c.lower_ not in PLACE_PREPS | ({"to"} if motion else set()):
                continue
            if c.lower_ == "to" and a.lemma_.lower() not in MOTION_VERBS:
                continue
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in PLACE_ENTS:
                ent = next((e for e in pobj.doc.ents if e.start <= pobj.i < e.end), None)
                return ent.text if ent is not None else pobj.text
    return None


# ---------------------------------------------------------------- merging


def _merge(mentions: list[_Mention]) -> list[_Mention]:
    """Fold mentions of one meeting together; a one-sided mention joins the nearest matching meeting."""
    events: list[_Mention] = []
    singles: list[_Mention] = []
    for m in mentions:
        if len(m.participants) < 2:
            singles.append(m)
            continue
        same = next((e for e in events if e.names_lower == m.names_lower and _compatible(e, m)), None)
        if same is None:
            events.append(m)
        else:
            _absorb(same, m)
    for m in singles:
        matches = [e for e in events if m.names_lower <= e.names_lower and _compatible(e, m)]
        if matches:
            _absorb(min(matches, key=lambda e: abs(e.span[0] - m.span[0])), m)
    events.sort(key=lambda e: e.span)
    return events


def _compatible(a: _Mention, b: _Mention) -> bool:
    return (not a.place or not b.place or a.place == b.place) and (not a.when or not b.when or a.when == b.when) \
        and a.status == b.status


def _absorb(event: _Mention, other: _Mention) -> None:
    event.place = event.place or other.place
    event.when = event.when or other.when
