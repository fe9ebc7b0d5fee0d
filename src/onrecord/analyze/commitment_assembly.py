"""Assembly of one commitment record: condition, threat reading, trimmed content, timeframe, when."""

from __future__ import annotations

import re

from onrecord.analyze import commitment_lexicon as L
from onrecord.analyze import commitment_patterns as P
from onrecord.analyze.commitment_checks import holder_name
from onrecord.analyze.commitment_extents import (
    condition_clause,
    stated_when,
    timeframe_of,
    trailing_condition,
)
from onrecord.analyze.commitment_forms import condition_subject, threatening
from onrecord.analyze.commitment_spans import ArticleContext, make_span
from onrecord.models import Commitment


def build(ctx, kind, holder_tok, trigger, content, heads, trig_tok, target) -> Commitment | None:
    """A commitment whose holder is the mention at ``holder_tok`` (named through the article)."""
    holder = group_name(ctx, holder_tok) or holder_name(ctx, holder_tok)
    if holder is not None and holder.lower() in P.FIRST_PERSON:
        return None  # "''I am totally committed to ...'' sounds great": nobody known speaks
    return finish(ctx, kind, holder, ctx.mention_span(holder_tok), trigger, content,
                   heads, trig_tok, target, trig_tok)


def finish(ctx, kind, holder, holder_span, trigger, content, heads, trig_tok, target, when_head):
    """Condition, threat reading, trimmed content, timeframe and statement time: the final record."""
    condition = condition_clause(heads, trig_tok)
    cond_span = None
    if condition is not None:
        cond_span = make_span(trig_tok.doc, condition[0].i, condition[-1].i)
        if kind == "promise" and threatening(condition, heads, ctx):
            kind = "threat"
            target = ctx.name(condition_subject(condition))
    if cond_span and content and cond_span[0] < content[1] and cond_span[1] > content[0]:
        content = (content[0], cond_span[0]) if cond_span[0] > content[0] else content
    content = ctx.trim(ctx.clip(content, trig_tok))
    if content is None or content[1] <= content[0] or not any(ch.isalpha() for ch in holder or "x"):
        return None
    content = _with_gap_antecedent(trig_tok.doc, holder_span, content)
    if cond_span is None:
        cond_span = trailing_condition(trig_tok.doc, content)
    if kind == "demand" and target and holder and target.lower() == holder.lower():
        target = None  # "Warren ..., demanding that he resign": "he" is not Warren, whoever he is
    timeframe = timeframe_of(heads, content, ctx)
    when_text = stated_when(when_head, content)
    return Commitment(
        kind=kind, holder=holder or ctx.text(holder_span), holder_span=holder_span,
        trigger_span=trigger, content_span=content, condition_span=cond_span,
        timeframe_span=timeframe, target=target,
        when=ctx.resolve_when(when_text) if when_text else None,
        statement=ctx.statement_index(trigger[0]),
    )


def _with_gap_antecedent(doc, holder_span, content):
    """A bare verb whose object is the noun before a reduced relative clause ("the autumn storms she had
    promised to beat"): the content runs from that noun phrase, so it says what is to be beaten."""
    words = doc.char_span(content[0], content[1], alignment_mode="expand")
    if words is None or len(words) != 1 or words[0].pos_ != "VERB" or not holder_span or holder_span[0] >= content[0]:
        return content
    after = doc[words[0].i + 1] if words[0].i + 1 < len(doc) else None
    holder = doc.char_span(holder_span[0], holder_span[1], alignment_mode="expand")
    if (after is not None and not after.is_punct) or holder is None or holder.start == 0:
        return content
    i = holder.start - 1
    if not doc[i].is_alpha or doc[i].pos_ not in ("NOUN", "PROPN", "VERB") or doc[i].pos_ == "VERB" and (
            i == 0 or doc[i - 1].pos_ not in ("NOUN", "ADJ", "DET")):  # "the autumn storms" parsed as a clause
        return content
    while i > 0 and doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and doc[i - 1].sent == doc[i].sent:
        i -= 1
    return (doc[i].idx, content[1])


def group_name(ctx: ArticleContext, tok) -> str | None:
    """A plural common-noun holder keeps the article's label ("Sanders supporters", "some Sanders
    backers"): the name resolver would otherwise give the leader the group is named after."""
    if tok is not None and tok.dep_ == "amod" and tok.lower_ in L.ADJECTIVE_GROUPS:
        return L.ADJECTIVE_GROUPS[tok.lower_]  # "Democratic calls for ..." are the Democrats'
    if tok is None or tok.tag_ != "NNS" or not tok.is_lower:
        return None
    text = ctx.text(ctx.mention_span(tok))
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I) or None

