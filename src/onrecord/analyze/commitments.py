"""Commitments: promises, threats and demands, found by rules over the dependency parse.

Three kinds of trigger are read, sentence by sentence:

* commitment verbs and phrasal verbs ("vowed to", "promised that", "urged X to", "called on X to",
  "called for X", "threatened to", "agreed to", "said he plans to"), with the holder as subject;
* commitment nouns with a complement and a holder ("Mr. Trump's threats to wall off ...",
  "a request from Democrats in Ohio to restore ...", "filed a motion to unseal ...");
* future modals in the holder's own voice: a first-person quote ("I will vote", "we're going to")
  or reported speech ("said he would", "says the ad will air"), and "should" directives.

Predictions, progressive and perfect forms, questions, hypotheticals and the narrator's plans are
left out. Kind follows who must act and the trigger: the holder (promise), someone else (demand), a
negative consequence imposed by the holder, or aimed at a named party under a condition (threat).
"""

from __future__ import annotations

from onrecord.analyze import commitment_patterns as P
from onrecord.analyze.commitment_checks import (
    animate,
    complements,
    directive,
    for_clause_of,
    future_speech,
    generic_group,
    group_head,
    has_to,
    holder_name,
    hypothetical_or_wished,
    in_condition,
    in_wh_clause,
    misread_has,
    named_group,
    narrated_future,
    negated,
    nominal_holder,
    organisation,
    person_talked_about,
    phrasal_particle,
    quantified,
    reported_by_holder,
    reported_third_party,
    specific,
    speech_head,
    under_belief,
    undertaking_clause,
    unsaid_or_impersonal,
    volitional,
)
from onrecord.analyze.commitment_forms import adjectival_parts, headline_commitments
from onrecord.analyze.commitment_spans import (
    ArticleContext,
    clause_content,
    condition_clause,
    make_span,
    stated_when,
    subject_of,
    timeframe_of,
    trailing_condition,
)
from onrecord.models import Commitment, Span


def find_commitments(doc, statements, published) -> list[Commitment]:
    """All commitments in a parsed article, in text order (one per trigger mention)."""
    ctx = ArticleContext(doc, statements or [], published)
    found: list[Commitment] = []
    for sent in doc.sents:
        if _is_question(sent):
            continue
        for tok in sent:
            com = _verb_trigger(tok, ctx) or _nominal_trigger(tok, ctx) or _modal_trigger(tok, ctx) \
                or _adjectival_trigger(tok, ctx)
            if com is None or _inside_existing(com, found):
                continue
            found.append(com)
    found.extend(headline_commitments(ctx, [c.trigger_span for c in found]))
    found.sort(key=lambda c: c.trigger_span)
    return found


# ---------------------------------------------------------------- triggers


def _verb_trigger(tok, ctx: ArticleContext) -> Commitment | None:
    """"vowed to X", "promised that he would X", "urged Y to X", "called on Y to X", "called for X"."""
    if tok.pos_ not in {"VERB", "AUX"} and tok.tag_ not in {"VBD", "VBZ", "VBP", "VBG", "VBN", "VB"}:
        return None
    lemma = tok.lemma_.lower()
    absolute = tok.dep_ == "acl" and tok.tag_ == "VBG" and animate(group_head(tok.head))  # "with X calling"
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) and not misread_has(tok)
    if negated(tok) or passive or (tok.dep_ in {"amod", "acl"} and not absolute):  # not "to be told to"
        return None
    if hypothetical_or_wished(tok) or in_condition(tok) or narrated_future(tok) or unsaid_or_impersonal(tok) or any(
            g.lemma_.lower() in P.BOILERPLATE_OBJECTS for c in tok.children for g in (c, *c.children)):
        return None
    particle = phrasal_particle(tok)
    for_clause = for_clause_of(tok) if particle is None else None  # "calling for the U.S. to step up"
    if lemma in P.PROMISE_VERBS or lemma in P.THREAT_VERBS:
        kind = "threat" if lemma in P.THREAT_VERBS else "promise"
        heads = complements(tok, allow_object=lemma in {"promise", "pledge", "vow", "guarantee", "commit"})
        # a that-clause must be about the future ("promised that he would"), not a state ("guarantee it is")
        heads = [h for h in heads if h.dep_ != "ccomp" or undertaking_clause(h)]
        heads = [h for h in heads if h.lemma_.lower() not in P.DEDICATION_NOUNS]  # "pledged her commitment"
        if not heads and kind == "threat":  # "threatening them with loss of trade"
            heads = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
                     if g.dep_ == "pobj"]
        if lemma == "agree" and not any(h.dep_ == "xcomp" for h in heads):
            return None
    elif lemma in P.PLAN_VERBS:
        if not reported_by_holder(tok, ctx):
            return None
        kind, heads = "promise", complements(tok, allow_object=False)
    elif for_clause is not None:
        kind, heads, particle = "demand", [for_clause], next(c for c in for_clause.children if c.dep_ == "mark")
    elif particle is not None:
        kind, heads = "demand", complements(tok, allow_object=False, particle=particle)
    elif lemma in P.DEMAND_VERBS:
        kind, heads = "demand", complements(tok, allow_object=lemma not in P.DEMAND_NEEDS_ADDRESSEE)
        if lemma in P.DEMAND_NEEDS_ADDRESSEE and not directive(tok, heads):
            return None
    else:
        return None
    if not heads:
        return None
    holder_tok = group_head(tok.head) if absolute else subject_of(tok)
    if holder_tok is not None and kind == "demand" and lemma in P.DOCUMENT_DEMAND_VERBS \
            and holder_tok.lemma_.lower() in P.DOCUMENT_HOLDERS:
        pass  # "The lawsuit demands an immediate halt": the filing speaks for its authors
    elif holder_tok is None or holder_tok.i == tok.i or not animate(holder_tok) or holder_tok.lower_ in OBJECT_PRONOUNS \
            or quantified(holder_tok):
        return None
    if holder_tok.lower_ in {"it", "they"} and all(h.dep_ == "dobj" for h in heads):
        return None  # "it promises a fight": a figurative or impersonal use
    if kind == "demand" and all(h.lemma_.lower() in P.RHETORICAL_CONTENT_VERBS for h in heads):
        return None
    trigger: Span = make_span(tok.doc, tok.i, (particle.i if particle is not None else tok.i))
    content = clause_content(heads, tok, start=particle.i + 1 if for_clause is not None else None)
    if content is None:
        return None
    if for_clause is not None:
        target = ctx.name(subject_of(for_clause, climb=False))
    elif kind == "demand":
        target = _demand_target(tok, heads, particle, ctx)
    else:
        target = None
    if kind == "threat" and heads[0].dep_ == "pobj":
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        target = ctx.name(obj) if obj is not None else None
    return _build(ctx, kind, holder_tok, trigger, content, heads, tok, target)


def _nominal_trigger(tok, ctx: ArticleContext) -> Commitment | None:
    """"Mr. Trump's threats to wall off ...", "a pledge he made to support ...", "calls for X"."""
    kind = P.NOMINAL_TRIGGERS.get(tok.lemma_.lower())
    if kind is None or tok.pos_ != "NOUN":
        return None
    heads = [c for c in tok.children if c.dep_ in {"acl", "relcl"} and has_to(c)]
    if not heads and kind in {"promise", "threat"}:  # "his promises of financial assistance"
        heads = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ in {"pobj", "pcomp"}]
    if tok.lemma_.lower() == "call" or not heads:
        heads = heads or [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"]
        heads = [g for p in heads for g in (p.children if p.dep_ == "prep" else [p])
                 if g.dep_ in {"pobj", "pcomp"}] or heads
    holder_tok = nominal_holder(tok)
    if holder_tok is None or holder_tok.i == tok.i or not animate(holder_tok):
        return None
    if not heads:  # "a pledge he made to support ..." — the infinitive hangs on the relative verb
        heads = [g for c in tok.children if c.dep_ == "relcl" for g in c.children
                 if g.dep_ in {"advcl", "xcomp"} and has_to(g)]
    if not heads and tok.dep_ == "dobj":  # "renewed his call to raise ...": the infinitive hangs on the verb
        heads = [g for g in tok.head.children if g.dep_ in {"advcl", "xcomp"} and has_to(g)
                 and g.left_edge.i == tok.right_edge.i + 1]
    heads = [h for h in heads if h.pos_ in {"VERB", "AUX", "NOUN", "PROPN", "PRON"}]
    if not heads:
        return None
    content = clause_content(heads, tok)
    if content is None:
        return None
    target = None
    if kind == "threat":
        target = _threat_target_from_content(heads, ctx)
    return _build(ctx, kind, holder_tok, make_span(tok.doc, tok.i, tok.i), content, heads, tok, target)


def _adjectival_trigger(tok, ctx: ArticleContext) -> Commitment | None:
    """"remains committed to cutting taxes"."""
    parts = adjectival_parts(tok)
    if parts is None:
        return None
    holder_tok, heads = parts
    content = clause_content(heads, tok)
    if content is None:
        return None
    return _build(ctx, "promise", holder_tok, make_span(tok.doc, tok.i, tok.i), content, heads, tok, None)


def _modal_trigger(tok, ctx: ArticleContext) -> Commitment | None:
    """Future modals in a first-person quote or under a speech verb; "should" directives."""
    low = tok.lower_
    going = low == "going" and any(c.dep_ == "xcomp" and has_to(c) for c in tok.children)
    if not going and (tok.tag_ != "MD" or tok.dep_ not in {"aux", "auxpass"}):
        return None
    verb = next(c for c in tok.children if c.dep_ == "xcomp") if going else tok.head
    clause = tok if going else verb  # the token that carries subject, negation and speech head
    if not volitional(verb) or (going and any(c.dep_ == "mark" and c.lower_ in P.CONDITION_MARKS
                                               for c in tok.children)):
        return None
    if under_belief(clause) or in_wh_clause(clause, verb) or (  # a forecast or an embedded question
            clause.dep_ == "ccomp" and negated(clause.head)):  # "I never said I was going to pay"
        return None
    subj = subject_of(clause, climb=False)
    if subj is None and clause.dep_ == "conj":  # "would not come ... but would first review"
        subj = subject_of(clause.head, climb=False)
    if subj is None or (subj.lower_ in P.NON_HOLDER_SUBJECTS and subj.lower_ != "it"):
        return None
    quoted = ctx.in_quote(tok.idx) or ctx.in_direct_statement(tok.idx)
    first_person = subj.lower_ in {"i", "we"}
    speech = speech_head(clause)
    if future_speech(speech):
        return None
    if low in P.OBLIGATION_MODALS:
        return _obligation(tok, verb, subj, quoted, speech, ctx)
    if not first_person and verb.tag_ == "VBG":  # "Palin will not be attending": a schedule, not a vow
        return None
    if going:
        future = True
    else:  # backshifted "would" needs a past-tense speech verb ("said he would", not "says it would")
        future = low in P.FUTURE_MODALS or (low in P.BACKSHIFT_MODALS and speech is not None
                                            and speech.tag_ not in {"VBZ", "VBP"})
    if not future or in_condition(tok):
        return None
    if quoted and not first_person and (speech is None or not ctx.in_quote(speech.idx)):
        return None  # a quoted prediction about someone else
    if quoted and first_person:
        speaker = ctx.quote_speaker(tok)
        if speaker is None:
            return None
        holder_span, holder = make_span(tok.doc, subj.i, subj.i), speaker[1]
    elif speech is not None and speech.lemma_.lower() not in P.NON_COMMITTAL_SPEECH:
        owner = subject_of(speech)
        if subj.lower_ == "it" and owner is not None and organisation(owner) \
                and not (owner.pos_ == "PROPN" and owner.lower_ in ctx.person_keys):  # a person is not "it"
            holder_span, holder = ctx.mention_span(subj), ctx.name(owner)  # "the network said it would"
        elif subj.lower_ == "they" and owner is not None and owner.tag_ in {"NNS", "NNPS"} \
                and animate(owner) and named_group(owner):  # "Sanders supporters say they'll shift"
            holder_span, holder = ctx.mention_span(subj), ctx.name(owner)
        elif subj.lower_ in {"you", "they", "it"} or not animate(subj) or generic_group(subj):
            if subj.lemma_.lower() not in P.OWN_PRODUCT_SUBJECTS or owner is None:
                return None
            holder_span, holder = ctx.mention_span(owner), ctx.name(owner)
        elif subj.lower_ in {"he", "she"} and owner is not None and (
                owner.pos_ == "PROPN" or owner.tag_ == "NN" and animate(owner)):
            # "Trump said he would"; but "Lee said the candidate would X, adding that he would Y": he
            # is the person the speaker was just talking about
            about = reported_third_party(owner, subj) or person_talked_about(
                speech, ctx.name(owner), subj, ctx.resolver)
            if about is not None and (about.dep_ == "dobj" or about.i == subj.i and not any(
                    t.lower_ in P.SPOKES_NOUNS for t in owner.subtree)):
                return None  # "attacked Trump, saying he would ...": a claim about him, not his word
            holder_span, holder = ctx.mention_span(subj), ctx.name(about if about is not None else owner)
        elif owner is not None and {owner.lower_, subj.lower_} == {"he", "she"}:
            return None  # "She said he would ...": a claim about someone else
        else:
            holder_span, holder = ctx.mention_span(subj), ctx.name(subj)
    else:
        return None
    trigger = _modal_trigger_span(tok, clause, going)
    start = (next(c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to").i + 1) if going else tok.i + 1
    content = clause_content([verb], tok, start=start)
    if content is None:
        return None
    return _finish(ctx, "promise", holder, holder_span, trigger, content, [verb], tok, None,
                   speech or clause)


def _obligation(tok, verb, subj, quoted: bool, speech, ctx: ArticleContext) -> Commitment | None:
    """"You should resign" (quoted, to an addressee) or "said local officials should reach out"."""
    if tok.lower_ not in {"should", "must"} or subj.lower_ in {"i", "we", "they"} or verb.lemma_ in {"be", "have"} \
            or verb.tag_ == "VBG":  # "should not be living in poverty": a state
        return None
    if tok.lower_ == "must" and (subj.lower_ == "you" or not (animate(subj) and specific(subj))):
        return None  # "the killings must stop": no actor named
    if quoted:
        speaker = ctx.quote_speaker(tok)
        if speaker is None:
            return None
        holder_span, holder = speaker
        target = ctx.addressee(tok) if subj.lower_ == "you" else ctx.name(subj)
    elif (speech := speech or speech_head(verb, P.SUGGESTION_VERBS)) is not None and subj.lower_ not in {"you", "it"} and specific(subj):
        owner = subject_of(speech)
        if owner is None:
            return None
        holder_span, holder, target = ctx.mention_span(owner), ctx.name(owner), ctx.name(subj)
    else:
        return None
    content = clause_content([verb], tok, start=tok.i + 1)
    if content is None or (target and holder and target.lower() == holder.lower()):
        return None
    return _finish(ctx, "demand", holder, holder_span, make_span(tok.doc, tok.i, tok.i), content,
                   [verb], tok, target, speech or verb)


# ---------------------------------------------------------------- assembly


def _build(ctx, kind, holder_tok, trigger, content, heads, trig_tok, target) -> Commitment:
    return _finish(ctx, kind, holder_name(ctx, holder_tok), ctx.mention_span(holder_tok), trigger, content,
                   heads, trig_tok, target, trig_tok)


def _finish(ctx, kind, holder, holder_span, trigger, content, heads, trig_tok, target, when_head):
    condition = condition_clause(heads, trig_tok)
    cond_span = None
    if condition is not None:
        cond_span = make_span(trig_tok.doc, condition[0].i, condition[-1].i)
        if kind == "promise" and _threatening(condition, heads, ctx):
            kind = "threat"
            target = ctx.name(_condition_subject(condition))
    if cond_span and content and cond_span[0] < content[1] and cond_span[1] > content[0]:
        content = (content[0], cond_span[0]) if cond_span[0] > content[0] else content
    content = ctx.trim(ctx.clip(content, trig_tok))
    if content is None or content[1] <= content[0] or not any(ch.isalpha() for ch in holder or "x"):
        return None
    if cond_span is None:
        cond_span = trailing_condition(trig_tok.doc, content)
    timeframe = timeframe_of(heads, content, ctx)
    when_text = stated_when(when_head, content)
    return Commitment(
        kind=kind, holder=holder or ctx.text(holder_span), holder_span=holder_span,
        trigger_span=trigger, content_span=content, condition_span=cond_span,
        timeframe_span=timeframe, target=target,
        when=ctx.resolve_when(when_text) if when_text else None,
        statement=ctx.statement_index(trigger[0]),
    )


OBJECT_PRONOUNS = frozenset({"us", "him", "them", "me", "her"})


def _threatening(condition, heads, ctx: ArticleContext) -> bool:
    """A conditional consequence aimed at someone else: negated condition or a negative act."""
    subj = _condition_subject(condition)
    if subj is None or subj.lower_ in P.NON_HOLDER_SUBJECTS | {"i", "we", "he", "she"}:
        return False
    if subj.pos_ == "PRON" and subj.lower_ != "they":
        return False
    if condition[0].lower_ == "even":  # concessive "even if": no pressure on anyone
        return False
    negated = any(t.dep_ == "neg" or t.lower_ in {"fail", "fails", "failed", "refuse", "refuses"}
                  for t in condition)
    cond_ids = {t.i for t in condition}
    act = [t for h in heads for t in h.subtree if t.i not in cond_ids]
    words = {t.lower_ for t in act} | {t.lemma_.lower() for t in act}
    return negated or bool(words & P.NEGATIVE_CONSEQUENCE_WORDS)


def _condition_subject(condition):
    head = next((t for t in condition if t.head not in condition or t.head == t), None)
    return subject_of(head, climb=False) if head is not None else None


# ---------------------------------------------------------------- helpers






def _is_question(sent) -> bool:
    return sent.text.rstrip(" \"'”’)").endswith("?")


def _inside_existing(com: Commitment, found: list[Commitment]) -> bool:
    t = com.trigger_span[0]
    return any(c.trigger_span == com.trigger_span or c.content_span[0] <= t < c.content_span[1] for c in found)








def _demand_target(tok, heads, particle, ctx: ArticleContext) -> str | None:
    if particle is not None:
        objs = [g for g in particle.children if g.dep_ == "pobj"]
        if particle.lower_ == "for":
            return ctx.name(objs[0]) if objs and heads[1:] else None
        return ctx.name(objs[0]) if objs else None
    obj = next((c for c in tok.children if c.dep_ in {"dobj", "dative"}), None)
    if obj is not None and heads and heads[0].i != obj.i and animate(obj):
        return ctx.name(obj)
    for h in heads:
        s = subject_of(h, climb=False)
        if s is not None:
            return ctx.name(s)
    return None


def _threat_target_from_content(heads, ctx: ArticleContext) -> str | None:
    for h in heads:
        for t in h.subtree:
            if t.ent_type_ in {"GPE", "NORP", "PERSON", "ORG"}:
                return ctx.name(t)
    return None




def _modal_trigger_span(tok, clause, going: bool) -> Span:
    doc = tok.doc
    if not going:
        return make_span(doc, tok.i, tok.i)
    to = next(c for c in next(c for c in tok.children if c.dep_ == "xcomp").children
              if c.dep_ == "aux" and c.lower_ == "to")
    neg = [c for c in tok.children if c.dep_ == "neg" and c.i == tok.i - 1 and "'" in c.text + "’"]
    aux = [c for c in tok.children if c.dep_ == "aux" and neg and c.i == neg[0].i - 1]
    start = aux[0].i if aux else tok.i
    return make_span(doc, start, to.i)
