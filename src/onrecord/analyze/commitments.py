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
    generic_group,
    has_to,
    hypothetical_or_wished,
    in_condition,
    in_wh_clause,
    negated,
    organisation,
    specific,
    speech_head,
    under_belief,
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
    absolute = tok.dep_ == "acl" and tok.tag_ == "VBG" and animate(_group_head(tok.head))  # "with X calling"
    if negated(tok) or any(c.dep_ == "nsubjpass" and c.lower_ not in {"'s", "’s"} and not _has_misread(tok)
                           for c in tok.children) or (tok.dep_ in {"amod", "acl"} and not absolute):
        return None
    if hypothetical_or_wished(tok) or in_condition(tok):
        return None
    particle = _phrasal_particle(tok)
    if lemma in P.PROMISE_VERBS or lemma in P.THREAT_VERBS:
        kind = "threat" if lemma in P.THREAT_VERBS else "promise"
        heads = _complements(tok, allow_object=lemma in {"promise", "pledge", "vow", "guarantee", "commit"})
        # a that-clause must be about the future ("promised that he would"), not a state ("guarantee it is")
        heads = [h for h in heads if h.dep_ != "ccomp" or any(c.tag_ == "MD" or c.lower_ == "going"
                                                              for c in h.subtree)]
        heads = [h for h in heads if h.lemma_.lower() not in P.DEDICATION_NOUNS]  # "pledged her commitment"
        if not heads and kind == "threat":  # "threatening them with loss of trade"
            heads = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
                     if g.dep_ == "pobj"]
        if lemma == "agree" and not any(h.dep_ == "xcomp" for h in heads):
            return None
    elif lemma in P.PLAN_VERBS:
        if not _reported_by_holder(tok, ctx):
            return None
        kind, heads = "promise", _complements(tok, allow_object=False)
    elif particle is not None:
        kind, heads = "demand", _complements(tok, allow_object=False, particle=particle)
    elif lemma in P.DEMAND_VERBS:
        kind, heads = "demand", _complements(tok, allow_object=lemma not in P.DEMAND_NEEDS_ADDRESSEE)
        if lemma in P.DEMAND_NEEDS_ADDRESSEE and not _directive(tok, heads):
            return None
    else:
        return None
    if not heads:
        return None
    holder_tok = _group_head(tok.head) if absolute else subject_of(tok)
    if holder_tok is not None and kind == "demand" and lemma in P.DOCUMENT_DEMAND_VERBS \
            and holder_tok.lemma_.lower() in P.DOCUMENT_HOLDERS:
        pass  # "The lawsuit demands an immediate halt": the filing speaks for its authors
    elif holder_tok is None or holder_tok.i == tok.i or not animate(holder_tok) or holder_tok.lower_ in OBJECT_PRONOUNS:
        return None
    if holder_tok.lower_ in {"it", "they"} and all(h.dep_ == "dobj" for h in heads):
        return None  # "it promises a fight": a figurative or impersonal use
    if kind == "demand" and all(h.lemma_.lower() in P.RHETORICAL_CONTENT_VERBS for h in heads):
        return None
    trigger: Span = make_span(tok.doc, tok.i, (particle.i if particle is not None else tok.i))
    content = clause_content(heads, tok)
    if content is None:
        return None
    target = _demand_target(tok, heads, particle, ctx) if kind == "demand" else None
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
    holder_tok = _nominal_holder(tok)
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
    if under_belief(clause) or in_wh_clause(clause, verb):  # a forecast or an embedded question
        return None
    subj = subject_of(clause, climb=False)
    if subj is None and clause.dep_ == "conj":  # "would not come ... but would first review"
        subj = subject_of(clause.head, climb=False)
    if subj is None or (subj.lower_ in P.NON_HOLDER_SUBJECTS and subj.lower_ != "it"):
        return None
    quoted = ctx.in_quote(tok.idx)
    first_person = subj.lower_ in {"i", "we"}
    speech = speech_head(clause)
    if low in P.OBLIGATION_MODALS:
        return _obligation(tok, verb, subj, quoted, speech, ctx)
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
        elif subj.lower_ in {"you", "they", "it"} or not animate(subj) or generic_group(subj):
            if subj.lemma_.lower() not in P.OWN_PRODUCT_SUBJECTS or owner is None:
                return None
            holder_span, holder = ctx.mention_span(owner), ctx.name(owner)
        elif subj.lower_ in {"he", "she"} and owner is not None and (
                owner.pos_ == "PROPN" or owner.tag_ == "NN" and animate(owner)):
            # "Trump said he would"; but "Lee said the candidate would X, adding that he would Y": he
            # is the person the speaker was just talking about
            about = _reported_third_party(owner, subj)
            holder_span, holder = ctx.mention_span(subj), ctx.name(about if about is not None else owner)
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
    if tok.lower_ != "should" or subj.lower_ in {"i", "we", "they"} or verb.lemma_ in {"be", "have"}:
        return None
    if quoted:
        speaker = ctx.quote_speaker(tok)
        if speaker is None:
            return None
        holder_span, holder = speaker
        target = ctx.addressee(tok) if subj.lower_ == "you" else ctx.name(subj)
    elif speech is not None and subj.lower_ not in {"you", "it"} and specific(subj):
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
    return _finish(ctx, kind, ctx.name(holder_tok), ctx.mention_span(holder_tok), trigger, content,
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
    negated = any(t.dep_ == "neg" or t.lower_ in {"fail", "fails", "failed", "refuse", "refuses"}
                  for t in condition)
    words = {t.lower_ for h in heads for t in h.subtree} | {t.lemma_.lower() for h in heads for t in h.subtree}
    return negated or bool(words & P.NEGATIVE_CONSEQUENCE_WORDS)


def _condition_subject(condition):
    head = next((t for t in condition if t.head not in condition or t.head == t), None)
    return subject_of(head, climb=False) if head is not None else None


# ---------------------------------------------------------------- helpers


def _reported_third_party(owner, pronoun):
    """The last singular person or role that is a subject between the speaker and a he/she."""
    found = None
    for t in owner.doc[owner.i + 1:pronoun.i]:
        if t.dep_ == "nsubj" and t.tag_ in {"NNP", "NN"} and animate(t) and t.head.i > owner.i \
                and t.lemma_.lower() not in P.INSTITUTION_NOUNS and t.text != owner.text:
            found = t
    return found


def _group_head(tok):
    """"Trump, Huckabee and Christie all calling": a quantifier in apposition stands for its head."""
    return tok.head if tok.dep_ == "appos" and tok.lower_ in {"all", "both", "each"} else tok


def _has_misread(tok) -> bool:
    """"she's tacked": the auxiliary "'s" is "has", so the nsubjpass is the real subject."""
    return any(c.dep_ == "auxpass" and c.lower_ in {"'s", "’s"} for c in tok.children) \
        and not any(c.dep_ in {"xcomp", "agent"} for c in tok.children)  # not "it's supposed to"


def _is_question(sent) -> bool:
    return sent.text.rstrip(" \"'”’)").endswith("?")


def _inside_existing(com: Commitment, found: list[Commitment]) -> bool:
    t = com.trigger_span[0]
    return any(c.trigger_span == com.trigger_span or c.content_span[0] <= t < c.content_span[1] for c in found)


def _phrasal_particle(tok):
    particles = P.PHRASAL_DEMANDS.get(tok.lemma_.lower())
    if not particles:
        return None
    return next((c for c in tok.children if c.dep_ in {"prep", "prt"} and c.lower_ in particles
                 and c.i == tok.i + 1), None)


def _complements(tok, allow_object: bool, particle=None) -> list:
    """The complement heads of a trigger verb: infinitive, that-clause, object (or for-phrase)."""
    heads = [c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}]
    if not heads and any(c.dep_ in {"dobj", "dative"} and animate(c) for c in tok.children) \
            and tok.lemma_.lower() in P.DEMAND_NEEDS_ADDRESSEE:
        # "tells his supporters at a rally to “go ...”": the infinitive parsed as an adverbial clause
        heads = [c for c in tok.children if c.dep_ == "advcl" and has_to(c) and c.i > tok.i]
    if particle is not None:
        objs = [g for g in particle.children if g.dep_ in {"pobj", "pcomp"}]
        if particle.lower_ in {"for"}:
            return objs + [h for h in heads if has_to(h)]
        return [h for h in heads if has_to(h)] or [g for o in objs for g in o.children
                                                    if g.dep_ in {"acl", "relcl"} and has_to(g)]
    if heads:
        return heads
    if allow_object:  # "promised lower taxes", "demanded his resignation"; not "urged him"
        return [c for c in tok.children if c.dep_ == "dobj" and not (c.pos_ == "PRON" or animate(c))
                or c.dep_ == "dobj" and tok.lemma_.lower() in {"promise", "pledge", "vow", "guarantee"}
                and c.lower_ not in {"him", "her", "them", "me", "us", "you", "it"}]
    if particle is None and tok.lemma_.lower() == "call":
        return []
    # "called for her messages to be made public": "for" parsed as the mark of a clause
    return [c for c in tok.children if c.dep_ in {"advcl", "ccomp"} and any(
        g.dep_ == "mark" and g.lower_ == "for" for g in c.children)]
    return []


def _directive(tok, heads) -> bool:
    """"asked the crowd to X", "told supporters to X": an infinitive complement (with an addressee)."""
    return any(has_to(h) for h in heads)


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


def _nominal_holder(noun):
    """The possessor, noun modifier, by/from phrase, relative-clause subject, or light-verb subject."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ in {"PROPN", "NOUN"}:
            return c
    for c in noun.children:  # "Republican calls for ...", "Democratic demands"
        if c.dep_ == "amod" and c.ent_type_ in {"NORP", "ORG"}:
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in {"by", "from"}:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    for c in noun.children:
        if c.dep_ == "relcl":
            s = subject_of(c, climb=False)
            if s is not None and s.lower_ not in {"that", "which"}:
                return s
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"make", "file", "issue", "submit", "send",
                                                            "renew", "repeat", "reiterate", "deliver"}:
        return subject_of(noun.head)
    return None


def _reported_by_holder(tok, ctx: ArticleContext) -> bool:
    """"said he plans to" or a quoted "I plan to": the plan is in the holder's own statement."""
    if speech_head(tok) is not None:
        return True
    subj = subject_of(tok, climb=False)
    return ctx.in_quote(tok.idx) and subj is not None and subj.lower_ in {"i", "we"}


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
