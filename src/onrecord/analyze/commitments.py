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

Verb and noun triggers live here; modal triggers in ``commitment_modals``, record assembly in
``commitment_assembly``, span bounding in ``commitment_extents``.
"""

from __future__ import annotations

import re

from onrecord.analyze import commitment_lexicon as L
from onrecord.analyze import commitment_patterns as P
from onrecord.analyze.commitment_assembly import build
from onrecord.analyze.commitment_checks import (
    animate,
    has_to,
    hypothetical_or_wished,
    in_condition,
    narrated_future,
    negated,
    negative_subject,
    quantified,
    reported_by_holder,
    speech_head,
    undertaking_clause,
    unsaid_or_impersonal,
)
from onrecord.analyze.commitment_complements import (
    agreed_acts,
    challenged_to,
    complements,
    directive,
    for_clause_of,
    group_head,
    judged_party,
    misread_has,
    nominal_holder,
    phrasal_particle,
)
from onrecord.analyze.commitment_extents import clause_content
from onrecord.analyze.commitment_forms import (
    adjectival_parts,
    demand_target,
    document_author,
    headline_commitments,
    on_the_spot,
    other_person,
    poll_share,
    threat_target_from_content,
    under_copula,
)
from onrecord.analyze.commitment_modals import modal_trigger
from onrecord.analyze.commitment_recall import (
    document_noun,
    impersonal_force,
    participle_actor,
    passive_demand,
    stray_that_clause,
    with_phrase_actor,
)
from onrecord.analyze.commitment_spans import ArticleContext, make_span, subject_of
from onrecord.models import Commitment, Span


def find_commitments(doc, statements, published) -> list[Commitment]:
    """All commitments in a parsed article, in text order (one per trigger mention)."""
    ctx = ArticleContext(doc, statements or [], published)
    found: list[Commitment] = []
    for sent in doc.sents:
        question = _question_parts(sent)
        for tok in sent:
            if question(tok.idx):
                continue
            com = _verb_trigger(tok, ctx) or _nominal_trigger(tok, ctx) or modal_trigger(tok, ctx) \
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
        animate(group_head(tok.head)) or document_noun(tok.head, P.DOCUMENT_HOLDERS))
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) and not misread_has(tok)
    if passive and (found := passive_demand(tok, ctx)) is not None:
        return found  # "was told by Bolton to go straight to the lawyers"
    if negated(tok) or negative_subject(tok) or passive or (tok.dep_ in {"amod", "acl"} and not absolute):
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
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children):
        return None  # "to say whether she agrees to ...": an open question, not a commitment
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
        if lemma == "agree" and (heads := agreed_acts(tok, heads)) is None:
            return None  # "whether she agrees with the EPA's call to fall behind": agreement with a view
    elif lemma in P.PLAN_VERBS:
        speech = speech_head(tok)
        if not reported_by_holder(tok, ctx) or speech is not None and poll_share(subject_of(speech) or speech):
            return None  # "55 percent of Sanders supporters said they were planning to": a poll
        kind, heads = "promise", complements(tok, allow_object=False)
    elif for_clause is not None:
        kind, heads, particle = "demand", [for_clause], next(c for c in for_clause.children if c.dep_ == "mark")
    elif particle is None and _call_to(tok):
        kind, heads = "demand", [c for c in tok.children if c.dep_ == "xcomp"]
    elif particle is not None:
        kind, heads = "demand", complements(tok, allow_object=False, particle=particle)
        if lemma == "ask" and any(h.lemma_.lower() in P.ASK_FOR_NON_ACTS for h in heads):
            return None  # "I ask for respect for our privacy": a plea, not an act asked of anyone
    elif lemma in P.DEMAND_VERBS:
        kind, heads = "demand", complements(tok, allow_object=lemma not in P.DEMAND_NEEDS_ADDRESSEE) or challenged_to(tok)
        if any(h.i > tok.i and has_to(h) for h in heads):  # "'If you don't want ... - I ask you to support'"
            heads = [h for h in heads if h.i > tok.i]  # the quotation's opening clause is not the content
        if lemma in P.DEMAND_NEEDS_ADDRESSEE and not directive(tok, heads):
            return None
    else:
        return None
    if not heads:
        return None
    holder_tok = group_head(tok.head) if absolute else subject_of(_participle_partner(tok))
    if not absolute and (holder_tok is None or not _can_hold(holder_tok)):
        holder_tok = participle_actor(tok) or holder_tok  # "as the meeting began vowing to"
    judged = judged_party(tok)
    if judged is not False:
        holder_tok = judged  # "criticized Trump for calling on Russia to": Trump's call
        if judged is None:
            return None
    if holder_tok is not None and holder_tok.lower_ in P.PARTITIVE_HEADS:  # "All of the GOP candidates"
        holder_tok = next((g for p in holder_tok.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj" and animate(g)), holder_tok)
    controller = next((c for c in tok.head.children if c.dep_ == "dobj"), None) if tok.dep_ in {"xcomp", "advcl"} \
        and has_to(tok) and subject_of(tok, climb=False) is None else None
    if controller is not None and controller.i < tok.i and animate(controller) \
            and tok.head.lemma_.lower() in L.OBJECT_CONTROL_VERBS:
        holder_tok = controller  # "drove thousands of Armenians to demand a referendum": the object acts
    if holder_tok is not None and (kind == "demand" and lemma in P.DOCUMENT_DEMAND_VERBS or kind == "threat") \
            and document_noun(holder_tok, P.DOCUMENT_HOLDERS | P.ISSUED_DOCUMENTS):
        # "The lawsuit demands an immediate halt": the filing speaks for its authors ("Podliska's lawsuit",
        # "his lawyers sent a letter threatening a lawsuit")
        holder_tok = document_author(holder_tok)
        if holder_tok.lemma_.lower() in P.ISSUED_DOCUMENTS:
            return None
    elif holder_tok is None or holder_tok.i == tok.i or quantified(holder_tok) or not _took(holder_tok) and (
            not _can_hold(holder_tok) or holder_tok.lower_ in OBJECT_PRONOUNS) or impersonal_force(tok, holder_tok):
        return None
    if kind != "demand" and heads and all(h.dep_ == "ccomp" and other_person(subject_of(h, climb=False), holder_tok)
                                          for h in heads):
        return None  # "'they will call me up within 24 hours,' he promises": a forecast about others
    if lemma == "order" and holder_tok.lemma_.lower() in L.JUDICIAL_HOLDERS:
        return None  # "a federal judge ordered the city to release the video": a ruling
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
    return build(ctx, kind, holder_tok, trigger, content, heads, tok, target)


def _nominal_trigger(tok, ctx: ArticleContext) -> Commitment | None:
    """"Mr. Trump's threats to wall off ...", "a pledge he made to support ...", "calls for X"."""
    kind = P.NOMINAL_TRIGGERS.get(tok.lemma_.lower())
    if kind is None or tok.pos_ != "NOUN":
        return None
    heads = [c for c in tok.children if c.dep_ in {"acl", "relcl", "xcomp"} and (has_to(c) or kind != "demand" and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children) and any(g.tag_ == "MD" for g in c.children)
        or _mandative_clause(tok, c, kind))]
    # "a pledge to support ...", "the Census' vow that responses will be kept confidential"
    if not heads and kind in {"promise", "threat"}:  # "his promises of financial assistance"
        heads = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ in {"pobj", "pcomp"} and (kind == "promise" or g.dep_ == "pcomp"
                                                    or g.lemma_.lower() in P.THREAT_OF_NOUNS | P.NEGATIVE_CONSEQUENCE_WORDS)]
    if tok.lemma_.lower() == "call" or not heads:
        heads = heads or [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"] or _stray_clause(tok) \
            or (stray_that_clause(tok) if kind == "demand" else [])
        heads = [g for p in heads for g in (p.children if p.dep_ == "prep" else [p])
                 if g.dep_ in {"pobj", "pcomp"}] or heads
    holder_tok = nominal_holder(tok) or _misread_verb_subject(tok) or (with_phrase_actor(tok) if kind == "promise" else None)
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
    elif kind == "demand" and tok.dep_ == "dobj" and holder_tok.head.head == tok:  # "rebuffed pleas from X to run"
        target = ctx.name(subject_of(tok.head, climb=False))
    return build(ctx, kind, holder_tok, make_span(tok.doc, tok.i, tok.i), content, heads, tok, target)


def _adjectival_trigger(tok, ctx: ArticleContext) -> Commitment | None:
    """"remains committed to cutting taxes"."""
    parts = adjectival_parts(tok)
    if parts is None:
        return None
    holder_tok, heads = parts
    content = clause_content(heads, tok)
    if content is None:
        return None
    return build(ctx, "promise", holder_tok, make_span(tok.doc, tok.i, tok.i), content, heads, tok, None)


OBJECT_PRONOUNS = frozenset({"us", "him", "them", "me", "her"})


# ---------------------------------------------------------------- helpers


def _call_to(tok) -> bool:
    """"Trump called to ban Muslims from entering", "has vocally called to reject Trump": a call for a
    policy with no addressee (not a phone call: no object, and not "called to congratulate")."""
    if tok.lemma_.lower() != "call" or any(c.dep_ in {"dobj", "dative", "prt"} or c.dep_ == "prep" and c.lower_ in {
            "for", "on", "upon"} for c in tok.children):
        return False
    return any(c.dep_ == "xcomp" and has_to(c) and c.lemma_.lower() not in P.CALL_TO_PHONE_VERBS
               for c in tok.children)


def _participle_partner(tok):
    """"blasted the decision, saying it was a disgrace and vowing to fight it": a participle the
    parser coordinated with the finite verb of the reported clause goes with the participle that
    introduced that clause ("saying"), whose subject is the holder."""
    if tok.tag_ in {"VBD", "VBZ"} and tok.dep_ == "conj" and tok.head.dep_ == "ccomp" \
            and tok.head.head.tag_ == tok.tag_ and tok.head.head.lemma_.lower() in P.SPEECH_VERBS \
            and not any(c.dep_ == "nsubj" for c in tok.children) \
            and not animate(subject_of(tok.head, climb=False) or tok.head):
        return tok.head.head  # "She said the plan is bad and vowed to stop it": the plan vowed nothing
    if tok.tag_ != "VBG" or tok.dep_ != "conj" or tok.head.tag_ not in {"VBD", "VBZ", "VBP"} \
            or subject_of(tok.head, climb=False) is None:
        return tok
    cur = tok.head
    for _ in range(3):
        if cur.dep_ not in {"ccomp", "conj"} or cur.head.i == cur.i:
            return tok
        cur = cur.head
        if cur.tag_ == "VBG" and cur.dep_ in {"advcl", "xcomp", "conj", "acl"}:
            return cur
    return tok


def _took(tok) -> bool:
    """"It took him a day to ...": the object of an impersonal "take" is the actor."""
    return tok.dep_ in {"dobj", "dative"} and tok.head.lemma_ == "take" and tok.pos_ in {"PRON", "PROPN"}


def _can_hold(tok) -> bool:
    """A person, group or institution; a group named by its members; "both" for two named actors."""
    return animate(tok) or _named_by_inclusion(tok) or _pair_pronoun(tok)


def _named_by_inclusion(noun) -> bool:
    """"others, including Sen. Jeff Merkley and Rep. Grijalva": a group the article names by members."""
    return noun.lower_ in {"others", "some", "several", "many"} and any(
        c.dep_ == "prep" and c.lower_ == "including" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in noun.children)


def _pair_pronoun(tok) -> bool:
    """"Both have promised to pursue legislation": "both" standing alone for two actors just named."""
    return tok.lower_ == "both" and tok.dep_ == "nsubj" and not any(c.dep_ == "prep" for c in tok.children)


def _misread_verb_subject(noun):
    """"Trump calls for bringing back ...", "Sanders vows to ...": a sentence-case headline the parser
    read as one noun phrase; the name right before the plural trigger noun is its subject."""
    head = noun.head
    if noun.tag_ == "NNS" and head.i == noun.i - 1 and head.dep_ == "ROOT" and head.text[:1].isupper() \
            and head.pos_ in {"PROPN", "NOUN"} and animate(head):
        return head
    return None


def _stray_clause(noun) -> list:
    """"despite his lead and Democratic calls for her to bow out", "including his newly formulated vow
    to temporarily ban people": the for-clause or infinitive right after the trigger noun, which the
    parser hung on another word (not "the EPA's call to fall behind the mandates": a decision)."""
    if noun.i + 1 >= len(noun.doc):
        return []
    mark = noun.doc[noun.i + 1]
    clause = mark.head
    if mark.lower_ == "for" and noun.lemma_.lower() == "call":
        return [clause] if mark.dep_ == "mark" and clause.i > mark.i and has_to(clause) else []
    if mark.lower_ == "to" and mark.dep_ == "aux" and noun.lemma_.lower() != "call" and clause.pos_ == "VERB" \
            and clause.i > mark.i \
            and clause.dep_ in {"acl", "advcl", "xcomp", "relcl"} and clause.head.i != noun.i:
        return [clause]
    return []


def _mandative_clause(noun, clause, kind: str) -> bool:
    """"a demand, by Pelosi, that the legislation include ...", "the DOJ demand that HB2 not be
    implemented": a that-clause (often subjunctive) stating what someone else must do."""
    return kind == "demand" and noun.lemma_.lower() != "call" and clause.dep_ == "acl" \
        and clause.pos_ in {"VERB", "AUX"} and any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children) \
        and any(g.dep_ in {"nsubj", "nsubjpass"} for g in clause.children)


_SENTENCE_END = re.compile(r"(?<=[a-z]{3})[.!?]['\"”’]*\s+|[.!?]['\"”’]+\s+")


def _question_parts(sent):
    """A test of whether a character of ``sent`` lies in a question. The parser sometimes runs a
    statement and the quoted question after it into one sentence ("... make college affordable.
    ''Why should ...?''"), so each part between clear sentence ends is judged on its own."""
    text, base = sent.text, sent.start_char
    ends = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    parts, start = [], 0
    for end in ends:
        if text[start:end].rstrip(" \"'”’)\n").endswith("?"):
            parts.append((base + start, base + end))
        start = end
    return lambda char: any(s <= char < e for s, e in parts)


def _inside_existing(com: Commitment, found: list[Commitment]) -> bool:
    t = com.trigger_span[0]
    return any(c.trigger_span == com.trigger_span or c.content_span[0] <= t < c.content_span[1] for c in found)


