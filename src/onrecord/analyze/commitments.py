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
    phrasal_particle,
    quantified,
    reported_by_holder,
    specific,
    speech_head,
    under_belief,
    undertaking_clause,
    unsaid_or_impersonal,
    volitional,
)
from onrecord.analyze.commitment_forms import (
    adjectival_parts,
    commentator,
    condition_subject,
    counterfactual,
    demand_target,
    document_author,
    fused_negation,
    headline_commitments,
    modal_trigger_span,
    on_the_spot,
    other_person,
    person_talked_about,
    poll_share,
    reported_third_party,
    speaks_for,
    threat_target_from_content,
    threatening,
    under_copula,
)
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
    absolute = tok.dep_ == "acl" and tok.tag_ == "VBG" and (  # "with X calling", "a letter threatening"
        animate(group_head(tok.head)) or tok.head.lemma_.lower() in P.DOCUMENT_HOLDERS)
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) and not misread_has(tok)
    if negated(tok) or passive or (tok.dep_ in {"amod", "acl"} and not absolute):  # not "to be told to"
        return None
    if tok.dep_ == "advcl" and tok.tag_ in {"VBZ", "VBD"} and not any(c.dep_ in {"nsubj", "csubj"} for c in tok.children):
        return None  # "Alongside BLM calls for action", "with enough pledged delegates": a noun phrase misread
    if tok.dep_ == "conj" and (tok.head.pos_ == "NOUN" or tok.head.tag_ == "VBG" and tok.tag_ == "VBZ") \
            and not any(c.dep_ == "nsubj" for c in tok.children):
        return None  # "preparing models and plans to lay the groundwork": a noun read as a verb
    if tok.dep_ == "acomp" or tok.tag_ in {"VBZ", "VBP"} and any(
            c.dep_ == "advmod" and c.lower_ in P.HABITUAL_ADVERBS for c in tok.children):
        return None  # "It's going to be challenging"; "news outlets usually call upon experts to"
    if has_to(tok) and under_copula(tok):
        return None  # "the right way is to move the party forward, to challenge it": no one calls
    if any(c.dep_ == "advmod" and c.lower_ in P.HEDGE_ADVERBS for c in tok.children):
        return None  # "essentially telling progressives to shut up": the reporter's gloss, not a stated call
    if hypothetical_or_wished(tok) or in_condition(tok) or narrated_future(tok) or unsaid_or_impersonal(tok) or any(
            g.lemma_.lower() in P.BOILERPLATE_OBJECTS for c in tok.children for g in (c, *c.children)):
        return None
    particle = phrasal_particle(tok)
    for_clause = for_clause_of(tok) if particle is None else None  # "calling for the U.S. to step up"
    if lemma in P.PROMISE_VERBS or lemma in P.THREAT_VERBS:
        kind = "threat" if lemma in P.THREAT_VERBS else "promise"
        heads = complements(tok, allow_object=lemma in {"promise", "pledge", "vow", "guarantee", "commit", "threaten"})
        # a that-clause must be about the future ("promised that he would"), not a state ("guarantee it is")
        heads = [h for h in heads if h.dep_ != "ccomp" or undertaking_clause(h)]
        heads = [h for h in heads if h.lemma_.lower() not in P.DEDICATION_NOUNS]  # "pledged her commitment"
        if lemma == "commit":  # "committed (their nations) to X"; not "committed a crime"
            to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            heads = [h for h in heads if h.dep_ == "xcomp"] or ([] if to is None else [
                c for c in tok.children if c.dep_ == "dobj"] + [g for g in to.children if g.dep_ == "pcomp" or g.dep_ == "pobj"
                                                  and not (animate(g) and g.pos_ in {"PROPN", "PRON"})])
        if not heads and kind == "threat":  # "threatening them with loss of trade"
            heads = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
                     if g.dep_ == "pobj"]
        if lemma == "agree" and not any(h.dep_ == "xcomp" for h in heads):
            return None
    elif lemma in P.PLAN_VERBS:
        speech = speech_head(tok)
        if not reported_by_holder(tok, ctx) or speech is not None and poll_share(subject_of(speech) or speech):
            return None  # "55 percent of Sanders supporters said they were planning to": a poll
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
    if holder_tok is not None and holder_tok.lower_ in P.PARTITIVE_HEADS:  # "All of the GOP candidates"
        holder_tok = next((g for p in holder_tok.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj" and animate(g)), holder_tok)
    controller = next((c for c in tok.head.children if c.dep_ == "dobj"), None) if tok.dep_ in {"xcomp", "advcl"} \
        and has_to(tok) and subject_of(tok, climb=False) is None else None
    if controller is not None and controller.i < tok.i and animate(controller):
        holder_tok = controller  # "drove thousands of Armenians to demand a referendum": the object acts
    if holder_tok is not None and (kind == "demand" and lemma in P.DOCUMENT_DEMAND_VERBS or kind == "threat") \
            and holder_tok.lemma_.lower() in P.DOCUMENT_HOLDERS:
        # "The lawsuit demands an immediate halt": the filing speaks for its authors ("Podliska's lawsuit",
        # "his lawyers sent a letter threatening a lawsuit")
        holder_tok = document_author(holder_tok)
    elif holder_tok is None or holder_tok.i == tok.i or not animate(holder_tok) or holder_tok.lower_ in OBJECT_PRONOUNS \
            or quantified(holder_tok):
        return None
    if kind != "demand" and heads and all(h.dep_ == "ccomp" and other_person(subject_of(h, climb=False), holder_tok)
                                          for h in heads):
        return None  # "'they will call me up within 24 hours,' he promises": a forecast about others
    if holder_tok.lower_ in {"it", "they"} and all(h.dep_ == "dobj" for h in heads):
        return None  # "it promises a fight": a figurative or impersonal use
    if any(c.dep_ == "det" and c.tag_ in {"WDT", "WP"} for c in holder_tok.children) or (
            len(heads) == 1 and heads[0].lemma_ == "do" and not any(
                c.dep_ in {"dobj", "advmod", "ccomp"} and not c.tag_.startswith("W")
                for c in heads[0].children)):
        return None  # "do what a partner told him to do": the act is a relative's antecedent, not stated
    if kind == "demand" and all(h.lemma_.lower() in P.RHETORICAL_CONTENT_VERBS or any(
            c.tag_ in {"WP", "WDT", "WRB"} and c.i < h.i for c in h.children) for h in heads):
        return None  # "encouraged them to ask why"; "told them what to do", "tell you who to marry"
    if kind == "demand" and on_the_spot(tok, heads, ctx):
        return None  # "asked the congregation to stand"; "tells reporters that “to be able to ...”"
    trigger: Span = make_span(tok.doc, tok.i, (particle.i if particle is not None else tok.i))
    content = clause_content(heads, tok, start=particle.i + 1 if for_clause is not None else None)
    if content is None:
        return None
    if for_clause is not None:
        target = ctx.name(subject_of(for_clause, climb=False))
    elif kind == "demand":
        target = demand_target(tok, heads, particle, ctx)
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
    heads = [c for c in tok.children if c.dep_ in {"acl", "relcl"} and (has_to(c) or kind != "demand" and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children) and any(g.tag_ == "MD" for g in c.children))]
    # "a pledge to support ...", "the Census' vow that responses will be kept confidential"
    if not heads and kind in {"promise", "threat"}:  # "his promises of financial assistance"
        heads = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ in {"pobj", "pcomp"} and (kind == "promise" or g.dep_ == "pcomp"
                                                    or g.lemma_.lower() in P.THREAT_OF_NOUNS | P.NEGATIVE_CONSEQUENCE_WORDS)]
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
        between = {t.i for c in tok.head.children if c.dep_ in {"prep", "npadvmod"} for t in c.subtree}
        heads = [g for g in tok.head.children if g.dep_ in {"advcl", "xcomp"} and has_to(g)
                 and set(range(tok.right_edge.i + 1, g.left_edge.i)) <= between]  # "a pledge with X last year to"
    heads = [h for h in heads if h.pos_ in {"VERB", "AUX", "NOUN", "PROPN", "PRON"}]
    if not heads or heads[0].lemma_.lower() in P.BOILERPLATE_OBJECTS:
        return None  # "a reporter's request for comment": newsroom routine
    content = clause_content(heads, tok)
    if content is None:
        return None
    target = None
    if kind == "threat":
        target = threat_target_from_content(heads, ctx)
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
    if subj is None and clause.dep_ == "conj" and (tok.i == 0 or tok.doc[tok.i - 1].pos_ in {"CCONJ", "PUNCT", "ADV"}):
        subj = subject_of(clause.head, climb=False)  # "would not come ... but would first review";
        # not "I will create borders & the drugs will stop": a subject the parser left on the object
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
    if quoted and going and any(c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in tok.children):
        return None  # "I was going to do one really wild": a past intention in direct speech
    if (negated(clause) or negated(tok)) and verb.lemma_.lower() in P.DISCLOSURE_VERBS and (
            verb.lemma_.lower() not in {"go", "get"} or any(c.lower_ == "into" for c in verb.children)):
        return None  # "would not identify any issue", "not going to go into that": a refusal, now
    if low in P.BACKSHIFT_MODALS and counterfactual(condition_clause([verb], tok), reported=not quoted):
        return None  # "If I were in my 40s, I'd go back to school": a counterfactual
    if quoted and first_person and low in P.BACKSHIFT_MODALS and not condition_clause([verb], tok):
        return None  # direct speech is not backshifted: "I wouldn't put out any moral arguments" is a hedge
    if quoted and first_person:
        speaker = ctx.quote_speaker(tok)
        if speaker is None or ctx.in_nested_quote(tok.idx) or commentator(speaker[1], ctx):
            return None  # an economist's "we're going to be attracting workers": a forecast
        holder_span, holder = make_span(tok.doc, subj.i, subj.i), speaker[1]
    elif speech is not None and speech.lemma_.lower() not in P.NON_COMMITTAL_SPEECH:
        owner = subject_of(speech)
        if owner is not None and owner.pos_ == "NOUN" and owner.is_lower and not animate(owner) \
                and owner.lemma_.lower() not in P.DOCUMENT_HOLDERS:
            return None  # "the money machine guarantees that he will have the resources"
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
        elif owner is not None and not speaks_for(owner, subj, ctx):
            return None  # "Trump told a rally, saying Clinton would abolish ...": a claim about a rival
        else:
            holder_span, holder = ctx.mention_span(subj), ctx.name(subj)
    else:
        return None
    trigger = modal_trigger_span(tok, clause, going)
    start = (next(c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to").i + 1) if going \
        else fused_negation(tok) + 1
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
        if speaker is None or ctx.in_nested_quote(tok.idx) or (subj.lower_ != "you" and not specific(subj)) \
                or commentator(speaker[1], ctx):
            return None  # "Judges should avoid commenting": a generic rule; a columnist's advice
        holder_span, holder = speaker
        target = ctx.addressee(tok) if subj.lower_ == "you" else ctx.name(subj)
    elif (speech := speech or speech_head(verb, P.SUGGESTION_VERBS)) is not None and subj.lower_ not in {"you", "it"} and specific(subj):
        owner = subject_of(speech)
        if owner is None or owner.lower_ in P.NON_HOLDER_SUBJECTS or poll_share(owner) or not animate(owner):
            return None  # "all but two said the party should": no holder named
        holder_span, holder, target = ctx.mention_span(owner), ctx.name(owner), ctx.name(subj)
    else:
        return None
    content = clause_content([verb], tok, start=tok.i + 1)
    if content is None or (target and holder and target.lower() == holder.lower()):
        return None
    return _finish(ctx, "demand", holder, holder_span, make_span(tok.doc, tok.i, tok.i), content,
                   [verb], tok, target, speech or verb)


# ---------------------------------------------------------------- assembly


def _build(ctx, kind, holder_tok, trigger, content, heads, trig_tok, target) -> Commitment | None:
    holder = holder_name(ctx, holder_tok)
    if holder is not None and holder.lower() in P.FIRST_PERSON:
        return None  # "''I am totally committed to ...'' sounds great": nobody known speaks
    return _finish(ctx, kind, holder, ctx.mention_span(holder_tok), trigger, content,
                   heads, trig_tok, target, trig_tok)


def _finish(ctx, kind, holder, holder_span, trigger, content, heads, trig_tok, target, when_head):
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


# ---------------------------------------------------------------- helpers


def _is_question(sent) -> bool:
    return sent.text.rstrip(" \"'”’)").endswith("?")


def _inside_existing(com: Commitment, found: list[Commitment]) -> bool:
    t = com.trigger_span[0]
    return any(c.trigger_span == com.trigger_span or c.content_span[0] <= t < c.content_span[1] for c in found)


