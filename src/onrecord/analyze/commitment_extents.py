"""Clause bounding for commitments: the content, condition and timeframe spans of a trigger.

Content is the complement heads' subtrees without "to"/"that", conditions, purpose clauses and new
statements; conditions are if/unless clauses (attached or trailing); timeframes are time expressions
on the committed act; ``stated_when`` is the time of the statement itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from onrecord.analyze import commitment_lexicon as L
from onrecord.analyze import commitment_patterns as P
from onrecord.analyze.commitment_spans import EDGE_PUNCT, make_span
from onrecord.analyze.frames import doc_text
from onrecord.models import Span

if TYPE_CHECKING:
    from onrecord.analyze.commitment_spans import ArticleContext

_WHEN_WORD = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
                        r"tonight|january|february|march|april|may|june|july|august|september|"
                        r"october|november|december|last|earlier|this)\b", re.I)


# ---------------------------------------------------------------- clause bounding


def _excluded_children(head) -> list:
    """Children of a content head that are not part of the committed act."""
    out = []
    for c in head.children:
        first = min(t.i for t in c.subtree)
        first_word = head.doc[first].lower_
        if c.dep_ == "advcl" and (first_word in P.CONDITION_MARKS or first_word in L.ADJUNCT_CLAUSE_OPENERS):
            out.append(c)
        elif c.dep_ == "conj" and (any(g.dep_ in {"nsubj", "nsubjpass"} or g.tag_ == "MD" for g in c.children)
                                   or head.tag_ == "VB" and c.tag_ in {"VBZ", "VBD", "VBP"}):
            # "will fight on ... and refuses to answer": a finite verb coordinated above the modal
            out.append(c)
            out.extend(g for g in head.children if g.dep_ == "cc" and g.i < c.i)
        elif c.dep_ in {"parataxis"}:
            out.append(c)
        elif c.dep_ in {"advcl", "conj", "xcomp"} and c.tag_ == "VBG" and c.lemma_.lower() in P.SPEECH_VERBS:
            out.append(c)  # "..., adding that he would also ...": a new statement
            out.extend(g for g in head.children if g.dep_ in {"cc", "punct"} and g.i == c.i - 1)
    return out


def clause_content(heads, trigger, start: int | None = None) -> Span | None:
    """The committed act: the complement heads' subtrees, from after "to"/"that"/the modal to the
    first excluded part (condition, purpose clause, a new clause)."""
    doc = trigger.doc
    included: set[int] = set()
    excluded: set[int] = set()
    for h in heads:
        included.update(t.i for t in h.subtree)
        for c in _excluded_children(h):
            excluded.update(t.i for t in c.subtree)
    for i in sorted(included):  # ", which he said Mexico should pay for": a non-restrictive aside
        t = doc[i]
        if t.dep_ == "relcl" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," \
                and t.left_edge.lower_ in P.RELATIVE_PRONOUNS and t.left_edge.lower_ != "that":
            excluded.update(g.i for g in t.subtree)
            excluded.add(t.left_edge.i - 1)
    included -= excluded
    included.discard(trigger.i)
    if not included:
        return None
    first = head0 = heads[0]
    if start is None:
        start = min(t.i for t in first.subtree)
        to = next((c for c in head0.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        mark = next((c for c in head0.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if to is not None:
            start = to.i + 1
        elif mark is not None and mark.i == start:
            start += 1
        start = max(start, trigger.i + 1) if trigger.i < head0.i else start
    end = max(included)
    while start < end and (start in excluded or doc[start].is_punct and not doc[start].is_quote):
        start += 1  # "promised that if voters supported him, he would": the act follows the condition
    later_excl = [i for i in excluded if i > start]
    if later_excl:
        end = min(end, min(later_excl) - 1)
    if end < start:
        return None
    return make_span(doc, start, end)


def condition_clause(heads, trigger):
    """The if/unless/as-soon-as clause attached to the content or the trigger, as tokens."""
    for owner in list(heads) + [trigger, trigger.head]:
        for c in owner.children:
            if c.dep_ not in {"advcl", "advmod"} and not (c.dep_ == "ccomp" and c.right_edge.i < owner.i):
                continue  # also "If we are sitting here and there's no way, we will": a misread conjunct
            toks = sorted(c.subtree, key=lambda t: t.i)
            low = " ".join(t.lower_ for t in toks[:3])
            if toks[0].lower_ in P.CONDITION_MARKS or any(low.startswith(p) for p in P.CONDITION_PHRASES):
                while toks and toks[-1].is_punct and toks[-1].text not in "”\"":
                    toks.pop()
                return toks or None
    return None


_TRAILING_CONDITION = re.compile(
    r"\s*,?\s*[\"“]?\s*((?:if|unless|as soon as|as long as|(?:should|were|had)\s+(?:they|he|she|it|we|you|I)\b)"
    r"[^.;:!?\n”\"]*)", re.I)


def trailing_condition(doc, content: Span) -> Span | None:
    """An if-clause right after the content that the parser attached elsewhere."""
    m = _TRAILING_CONDITION.match(doc_text(doc), content[1])
    if m is None:
        return None
    s, e = m.span(1)
    while e > s and doc_text(doc)[e - 1] in EDGE_PUNCT:
        e -= 1
    return (s, e) if e > s else None


def timeframe_of(heads, content: Span, ctx: ArticleContext) -> Span | None:
    """A time expression saying when the committed act should happen."""
    for h in heads:
        for v in h.subtree:
            if v.pos_ not in {"VERB", "AUX"} and v.i != h.i or _in_relative(v, h):
                continue
            for c in v.children:
                span = _time_phrase(c, ctx)
                if span is not None:
                    return span
    return None


def _in_relative(tok, head) -> bool:
    """``tok`` sits in a relative clause below ``head`` ("the state of emergency, which had been imposed
    after ..."): its time phrases date something else."""
    cur = tok
    while cur.i != head.i and cur.head.i != cur.i:
        if cur.dep_ in {"relcl", "acl", "ccomp"}:
            return True
        cur = cur.head
    return False


def _time_phrase(c, ctx: ArticleContext) -> Span | None:
    """The subtree of ``c`` when it is a time expression (prepositional, bare, adverb or clause)."""
    toks = sorted(c.subtree, key=lambda t: t.i)
    words = {t.lower_ for t in toks}
    dated = any(t.ent_type_ in {"DATE", "TIME"} for t in toks)
    if c.dep_ == "prep" and c.lower_ in P.TIME_PREPOSITIONS:
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        is_time = pobj is not None and (dated or pobj.lower_ in P.TIME_NOUNS)
    else:
        is_time = (
            (c.dep_ in {"npadvmod", "tmod"} and (dated or bool(words & P.TIME_NOUNS)))
            or (c.dep_ == "advmod" and c.lower_ in P.TIME_ADVERBS)
            or (c.dep_ == "advcl" and toks[0].lower_ in P.TIME_CLAUSE_MARKS | {"beginning", "starting"})
            or (c.dep_ in {"advcl", "prep"} and c.lower_ in {"beginning", "starting"})
            or (c.dep_ == "prep" and c.lower_ in P.UNTIL_PREPOSITIONS and any(  # "on to the convention"
                g.dep_ == "pobj" and g.lemma_.lower() in P.UNTIL_EVENT_NOUNS for g in c.children))
            or (c.dep_ == "dobj" and c.head.lemma_.lower() in P.TIME_OBJECT_VERBS  # "spend the coming weeks"
                and c.lower_ in P.TIME_NOUNS and c.tag_ == "NNS")
            or (c.dep_ in {"advcl", "xcomp"} and c.lower_ in {"moving", "going"} and any(  # "moving forward"
                g.lower_ == "forward" for g in c.children))
        )
    if not is_time:
        return None
    while toks and toks[-1].is_punct:
        toks.pop()
    return make_span(c.doc, toks[0].i, toks[-1].i) if toks else None


def stated_when(head, content: Span) -> str | None:
    """A dated expression attached to the trigger or speech verb, outside the content."""
    for c in head.children:
        if c.dep_ not in {"prep", "npadvmod", "tmod"}:
            continue
        toks = sorted(c.subtree, key=lambda t: t.i)
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if content[0] <= s < content[1]:
            continue
        text = doc_text(head.doc)[s:e]
        if any(t.ent_type_ in {"DATE", "TIME"} for t in toks) and _WHEN_WORD.search(text):
            return text
    return None
