"""Commitment forms the main dependency rules miss: adjectival triggers and title-cased headlines.

* "The governor remains committed to cutting taxes": an adjective of commitment after a linking
  verb, with a gerund complement, is the holder's promise.
* Headlines are title-cased ("Clinton Wades In: Urges Britain to Remain in E.U."), so the tagger
  reads their verbs as proper nouns and the parse is unusable. On a headline-like line the trigger
  is matched on its lower-cased surface form (``HEADLINE_TRIGGERS``) and the parts are read off the
  text: the holder is the named entity before the trigger, the addressee the words between the
  trigger and "to", the content the rest of the clause.
"""

from __future__ import annotations

import re

from onrecord.analyze import commitment_patterns as P
from onrecord.analyze.commitment_checks import animate, negated
from onrecord.analyze.commitment_spans import ArticleContext, subject_of
from onrecord.models import Commitment, Span

_HEADLINE_MAX_WORDS = 22
_HEADLINE_CAPITALISED = 0.7
_MINOR_WORDS = frozenset({"a", "an", "the", "to", "of", "in", "on", "for", "and", "or", "at", "by", "as",
                          "with", "from", "is", "be", "but", "vs", "via", "up", "out"})
_CLAUSE_END = re.compile(r"\s*(?:[:;|]|\s[-–—]\s|\.{3}|…|$)")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$")
_NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def adjectival_parts(tok):
    """(holder token, content heads) for "remains committed to cutting taxes", else None."""
    if tok.lower_ not in P.COMMITTED_ADJECTIVES or tok.dep_ not in {"acomp", "ROOT", "conj"}:
        return None
    link = tok.head
    if tok.dep_ != "ROOT" and link.lemma_.lower() not in P.COMMITTED_LINKS:
        return None
    if negated(link) or negated(tok):
        return None
    heads = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
             if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    holder = subject_of(link)
    if not heads or holder is None or not animate(holder):
        return None
    return holder, heads


def headline_commitments(ctx: ArticleContext, taken: list[Span]) -> list[Commitment]:
    """Commitments in title-cased headline lines that hold no trigger found by the parse."""
    text = ctx.doc.text
    found: list[Commitment] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not _headline_like(line) or any(start <= t[0] < start + len(line) for t in taken):
            continue
        com = _headline_commitment(ctx, line, start)
        if com is not None:
            found.append(com)
    return found


def _headline_like(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’.]*", line)
    tail = line.rstrip()
    if not 3 <= len(words) <= _HEADLINE_MAX_WORDS or tail.endswith(("?", "!", "”", '"')) \
            or tail.endswith(".") and not _ABBREVIATION_END.search(tail):
        return False
    content = [w for w in words if w.lower() not in _MINOR_WORDS]
    return bool(content) and sum(w[0].isupper() for w in content) / len(content) >= _HEADLINE_CAPITALISED


def _headline_commitment(ctx: ArticleContext, line: str, offset: int) -> Commitment | None:
    low = line.lower()
    for form, (kind, needs_to) in P.HEADLINE_TRIGGERS.items():
        m = re.search(rf"\b{re.escape(form)}\b", low)
        if m is None:
            continue
        after = m.end()
        end = _clause_end(line, after)
        rest = line[after:end]
        to = re.match(r"\s*(?:(?P<who>[^:;]{1,60}?)\s+)?to\s+(?=\S)", rest, re.I)
        if needs_to and to is None:
            continue
        if kind == "promise" and to is not None and to.group("who"):
            continue  # "Promises Voters to ..." is not a promise form
        c_start = after + (to.end() if to is not None else len(rest) - len(rest.lstrip()))
        if c_start >= end:
            continue
        holder_tok = _headline_holder(ctx, offset, offset + m.start())
        if holder_tok is None:
            continue
        target = to.group("who") if kind != "promise" and to is not None and to.group("who") else None
        trigger = (offset + m.start(), offset + m.end())
        return Commitment(kind=kind, holder=_short_name(ctx, holder_tok),
                          holder_span=_name_span(holder_tok), trigger_span=trigger,
                          content_span=(offset + c_start, offset + end), target=target,
                          statement=ctx.statement_index(trigger[0]))
    return None


def _clause_end(line: str, after: int) -> int:
    m = _CLAUSE_END.search(line, after)
    end = m.start() if m is not None else len(line)
    while end > after and not line[end - 1].isalnum() and line[end - 1] not in "”’\"')":
        end -= 1
    return end


def _headline_holder(ctx: ArticleContext, start: int, trigger: int):
    """The last name before the trigger on the headline line that the article uses elsewhere too
    (title case makes any headline word look like a name: "Clinton Wades In")."""
    end = ctx.doc.text.find("\n", trigger)
    body = ctx.doc.text[:start] + ctx.doc.text[end if end != -1 else len(ctx.doc.text):]
    cands = [t for t in ctx.doc if start <= t.idx < trigger and t.text[:1].isupper() and t.is_alpha
             and (t.ent_type_ in _NAME_ENTS or t.lower_ in ctx.person_keys or t.lower_ in ctx.full_names)
             and re.search(rf"\b{re.escape(t.text)}\b", body)]
    if not cands:
        return None
    tok = cands[-1]
    while tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head in cands:
        tok = tok.head
    return tok


def _short_name(ctx: ArticleContext, tok) -> str:  # noqa: ARG001 (kept for a uniform call)
    """A headline name as written (its parse, and so the resolver's reading of it, is not trusted)."""
    s, e = _name_span(tok)
    return ctx.doc.text[s:e]


def _name_span(tok) -> Span:
    """The headline name's own proper-noun compound, not the mis-parsed phrase around it."""
    start = tok
    while start.i > 0 and tok.doc[start.i - 1].text[:1].isupper() and tok.doc[start.i - 1].ent_type_ \
            and tok.doc[start.i - 1].ent_iob_ != "O" and tok.ent_iob_ == "I" and start.ent_iob_ == "I":
        start = tok.doc[start.i - 1]
    return (start.idx, tok.idx + len(tok.text))
