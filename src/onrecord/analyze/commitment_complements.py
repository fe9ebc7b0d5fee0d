"""Readers of a commitment trigger's parts: the complement heads of a trigger verb (infinitive,
that-clause, object, for-clause, phrasal particle), whether a demand verb has a directive
complement, and the holder of a nominal trigger (possessor, noun modifier, by/from phrase,
relative-clause subject, light-verb subject).
"""

from __future__ import annotations

from onrecord.analyze import commitment_lexicon as L
from onrecord.analyze import commitment_patterns as P
from onrecord.analyze.commitment_checks import animate, has_to
from onrecord.analyze.commitment_spans import subject_of


def nominal_holder(noun):
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
        if c.dep_ == "relcl" and not any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
            s = subject_of(c, climb=False)  # not "calls for Emanuel to resign": a for-clause, not a relative
            if s is not None and s.lower_ not in {"that", "which"}:
                return s
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in P.LIGHT_VERBS:
        return subject_of(noun.head)
    example = noun.head if noun.dep_ == "pobj" and noun.head.lower_ in P.EXAMPLE_PREPS else None
    if example is not None and example.head.dep_ == "dobj" and example.head.head.lemma_.lower() in P.LIGHT_VERBS:
        return subject_of(example.head.head)  # "made several statements, including a call for a ban"
    return None


def group_head(tok):
    """"Trump, Huckabee and Christie all calling": a quantifier in apposition stands for its head."""
    return tok.head if tok.dep_ == "appos" and tok.lower_ in {"all", "both", "each"} else tok


def misread_has(tok) -> bool:
    """"she's tacked": the auxiliary "'s" is "has", so the nsubjpass is the real subject."""
    return any(c.dep_ == "auxpass" and c.lower_ in {"'s", "’s"} for c in tok.children) \
        and not any(c.dep_ in {"xcomp", "agent"} for c in tok.children)  # not "it's supposed to"


def for_clause_of(tok):
    """"called for [X to V]": the for-marked infinitive clause of a call verb, or None."""
    if tok.lemma_.lower() != "call":
        return None
    return next((c for c in tok.children if c.dep_ in {"advcl", "ccomp"} and has_to(c) and any(
        g.dep_ == "mark" and g.lower_ == "for" and g.i == tok.i + 1 for g in c.children)), None)


def phrasal_particle(tok):
    particles = P.PHRASAL_DEMANDS.get(tok.lemma_.lower())
    if not particles:
        return None
    return next((c for c in tok.children if c.dep_ in {"prep", "prt"} and c.lower_ in particles
                 and c.i == tok.i + 1), None)


def complements(tok, allow_object: bool, particle=None) -> list:
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
    bare = bare_mandative(tok)
    if bare is not None:
        return [bare]
    if allow_object:  # "promised lower taxes", "demanded his resignation"; not "urged him"
        objs = [c for c in tok.children if c.dep_ == "dobj" and c.ent_type_ not in {"DATE", "TIME"} and (
            not (c.pos_ == "PRON" or animate(c)) or tok.lemma_.lower() in {"promise", "pledge", "vow", "guarantee"}
            and c.lower_ not in {"him", "her", "them", "me", "us", "you", "it"})]
        # "promised Sunday at a rally to end ...": a date misread as the object, the infinitive as adverbial
        return objs or [c for c in tok.children if c.dep_ == "advcl" and has_to(c) and c.i > tok.i
                        and tok.lemma_.lower() in P.PROMISE_VERBS | P.THREAT_VERBS]
    if particle is None and tok.lemma_.lower() == "call":
        return []
    # "called for her messages to be made public": "for" parsed as the mark of a clause
    return [c for c in tok.children if c.dep_ in {"advcl", "ccomp"} and any(
        g.dep_ == "mark" and g.lower_ == "for" for g in c.children)]


def directive(tok, heads) -> bool:
    """"asked the crowd to X", "told supporters to X": an infinitive complement (with an addressee);
    not "asked the question to build on his comments" (a purpose)."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in {"question", "questions"} for c in tok.children):
        return False
    mandative = tok.lemma_.lower() in L.MANDATIVE_VERBS | {"order", "direct"}
    return any(has_to(h) and not _aside(h) or mandative and _subjunctive_clause(h) for h in heads) \
        or bool(heads) and heads == challenged_to(tok)


def _subjunctive_clause(clause) -> bool:
    """"ordered that the executive branch coordinate ...": a that-clause in the bare subjunctive."""
    return clause.dep_ == "ccomp" and clause.tag_ in ("VB", "VBP") and not any(c.dep_ == "aux" for c in clause.children) \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in clause.children)


def _aside(inf) -> bool:
    """"I will tell you, to be frank, that ...": a set-off "to be" aside, not what the addressee must do."""
    return inf.lemma_.lower() == "be" and inf.left_edge.i > 0 and inf.doc[inf.left_edge.i - 1].text == ","


def bare_mandative(tok):
    """"demand wealthy Americans "pay their fair share"": a mandative clause without "that" whose
    subject the parser took for the trigger's object and whose verb it hung elsewhere; or None."""
    if tok.lemma_.lower() not in L.MANDATIVE_VERBS:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and animate(c) and c.i > tok.i), None)
    if obj is None:
        return None
    nxt = obj.right_edge.i + 1
    while nxt < len(tok.doc) and tok.doc[nxt].is_punct and tok.doc[nxt].text in {'"', "“", "'", "‘"}:
        nxt += 1
    verb = tok.doc[nxt] if nxt < len(tok.doc) else None
    if verb is None or verb.tag_ not in {"VB", "VBP"} or verb.head.i not in {tok.i, tok.head.i, tok.head.head.i} \
            or any(c.dep_ in {"nsubj", "aux"} for c in verb.children):
        return None
    return verb


def judged_party(tok):
    """"Clinton criticized Trump for calling on Russia to ...", "thanked Sanders for urging ...": a
    trigger in the for/of-gerund of a praising or blaming verb belongs to the person judged. Returns
    that person's token, None when there is none to name, or False when ``tok`` is not so placed."""
    prep = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or prep.lower_ not in {"for", "of"}:
        return False
    gov = prep.head
    if gov.pos_ in {"NOUN", "PROPN", "PRON"} and gov.dep_ in {"dobj", "conj"} \
            and gov.head.lemma_.lower() in L.JUDGING_VERBS:
        return gov if animate(gov) else None  # the for-phrase hung on the object
    if gov.lemma_.lower() not in L.JUDGING_VERBS:
        return False
    if gov.lemma_.lower() in L.ALLEGING_VERBS:
        return None  # "accused Clinton of promising to raise taxes": an allegation, not her word
    obj = next((c for c in gov.children if c.dep_ in {"dobj", "nsubjpass"}), None)  # "she was praised for"
    return obj if obj is not None and animate(obj) and not obj.tag_.startswith("W") else None


def agreed_acts(tok, heads) -> list | None:
    """What "agree" binds its subject to (guidelines §A.2-5: agreements with a counterparty): an
    infinitive ("agreed to clean up"), an act noun ("agreed to a 10-month moratorium") or a that-clause
    with "would"/"will" about the subject's side ("agreed that they'd support"); None for agreement with a
    view ("agrees with the EPA's call")."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return None
    if any(h.dep_ == "xcomp" for h in heads):
        return heads
    to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    acts = [g for g in to.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and not animate(g)] if to is not None else []
    if acts:
        return acts
    clauses = [h for h in heads if h.dep_ == "ccomp" and any(c.tag_ == "MD" and c.lower_ in P.FUTURE_MODALS | P.BACKSHIFT_MODALS
                                                             for c in h.children)
               and any(c.dep_ == "mark" and c.lower_ == "that" for c in h.children)]
    return clauses or None


def challenged_to(tok) -> list:
    """"challenged Trump to a one-on-one debate": the act a challenge calls for, a noun after "to" (with
    the person challenged as the object); [] otherwise."""
    if tok.lemma_.lower() != "challenge" or not any(c.dep_ == "dobj" and animate(c) for c in tok.children):
        return []
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "NOUN" and not animate(g)]
