"""Grammatical tests the commitments pass applies to a trigger, its clause and its holder.

Each is a small predicate over spaCy tokens: is the verb an act (not a state, outcome, passive,
perfect or progressive), is the trigger hypothetical or wished, is it inside an if-clause, under
which speech verb is a clause reported, is a noun a possible holder (person, group, institution),
is a future clause a forecast or an embedded question; and the readers of a trigger's complement
(infinitive, that-clause, object, for-clause) and of a nominal trigger's holder.
"""

from __future__ import annotations

from onrecord.analyze import commitment_lexicon as L
from onrecord.analyze import commitment_patterns as P
from onrecord.analyze.commitment_spans import subject_of
from onrecord.analyze.commitment_speech import speech_verb_before
from onrecord.analyze.frames import doc_text

NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "neither"})


def negated(tok) -> bool:
    return any(c.dep_ == "neg" and c.i <= tok.i + 1 for c in tok.children)


def negative_subject(tok) -> bool:
    """"Nobody", "No one", "Neither Ryan nor anyone on his team" as the subject of ``tok``."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in NEGATIVE_SUBJECTS or any(
        d.dep_ == "det" and d.lower_ in {"no", "neither"} for d in c.children)) for c in tok.children)


def has_to(tok) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def speech_head(tok, extra: frozenset[str] = frozenset()):
    """The speech verb (or one of ``extra``) whose complement clause holds ``tok`` ("said [he would]")."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i and subject_of(cur, climb=False) is None:
        cur = cur.head
    text = doc_text(tok.doc)
    if "\n" in text[min(cur.idx, cur.head.idx):max(cur.idx, cur.head.idx)]:
        return None  # the parser joined two paragraphs
    head = cur.head
    if cur.dep_ in {"ccomp", "advcl"} and head.lemma_.lower() in P.CLEAR_ADJECTIVES \
            and head.head.lemma_.lower() == "make":
        head = head.head  # "made it very clear that she would ..."
    elif cur.dep_ == "ccomp" and head.lemma_.lower() == "make" and any(
            c.lemma_.lower() in P.CLEAR_ADJECTIVES for c in head.children):
        pass  # "made clear that ..." parsed with the clause on "make"
    elif (noun := _speech_noun_before(cur) or speech_verb_before(cur)) is not None:
        return noun  # "reminders that he will do what it takes" (the clause often hung on the verb)
    elif head.lemma_.lower() not in P.SPEECH_VERBS | P.ASSURANCE_VERBS | extra:
        head = None
    if head is not None and cur.dep_ in {"ccomp", "xcomp", "advcl"} and not negated(head) \
            and (cur.dep_ != "advcl" or subject_of(cur, climb=False) is not None):
        return head
    if cur.dep_ == "ROOT":  # "..., he said." with the clause as root and the cue parsed as parataxis
        for c in cur.children:
            if c.dep_ in {"parataxis", "ccomp"} and c.lemma_.lower() in P.SPEECH_VERBS and c.i > cur.i:
                return c
    return None


def volitional(verb) -> bool:
    """An act the subject can undertake: not a state, outcome, passive, perfect or progressive."""
    lemma = verb.lemma_.lower()
    if lemma == "be" and any(c.dep_ == "advmod" and c.lower_ in {"there", "here"} for c in verb.children):
        lemma = "be-present"  # "I will be there"
    if lemma == "look" and any(c.dep_ in {"prep", "prt"} and c.lower_ in P.LOOK_ACT_PARTICLES for c in verb.children):
        lemma = "look-into"  # "should look for ways", "we'll look into it": an act, not "look good"
    if lemma == "have" and not any(c.dep_ == "dobj" and (any(t.lemma_.lower() in P.HAVE_EVENT_NOUNS for t in c.subtree)
                                                          or any(g.dep_ in {"acl", "relcl"} and has_to(g) for g in c.children))
                                   for c in verb.children):
        return False  # "we're going to have a wipeout", "the opportunity"; not "have a vote", "more to say"
    if lemma == "do" and any(c.dep_ == "advmod" and c.lower_ in P.PERFORMANCE_ADVERBS for c in verb.children):
        return False  # "I am going to do very well with the Hispanics": an outcome
    if any(c.lemma_.lower() == "way" and any(g.lower_ == "this" for g in c.children) for c in verb.children):
        return False  # "I'll put it this way", "I'll say it this way": announcing what comes next
    if lemma == "find" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False  # "we're going to find out": discovery, not an act
    if lemma == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in P.CONDUCT_ADJECTIVES for c in verb.children):
        lemma = "be-conduct"  # "I will be more circumspect": an undertaking about conduct
    if lemma in L.DIRECTIVE_SPEECH_VERBS and _addressee_infinitive(verb):
        lemma = "tell-to"  # "he will tell the bigots to shut up": a directive act, not announcing speech
    if lemma in P.NON_VOLITIONAL_VERBS or verb.pos_ not in {"VERB", "AUX"} or experiential(verb):
        return False
    if lemma == "have" and any(c.dep_ == "xcomp" and has_to(c) for c in verb.children):
        return False  # "would have to consider": necessity
    if lemma in P.OUTCOME_VERBS and any(c.dep_ == "dobj" and (c.lemma_.lower() in P.OUTCOME_OBJECTS or any(
            t.ent_type_ == "MONEY" for t in c.subtree)) for c in verb.children):
        return False  # "will meet its targets", "will save $46 million": a result, not an undertaking
    if lemma in L.ARRIVAL_VERBS and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.lemma_.lower() in P.OUTCOME_OBJECTS for g in c.subtree)
            for v in (verb, *(x for x in verb.children if x.dep_ == "xcomp")) for c in v.children):
        return False  # "we're going to come back with the most votes", "go marching in with momentum"
    for c in verb.children:
        if (c.dep_ == "auxpass" and c.lemma_ != "get") or (c.dep_ == "aux" and c.lemma_ in {"have", "be"}
                                                           and not _future_progressive(verb, c)):
            return False
        if c.dep_ in {"acomp", "oprd"} and lemma in P.LINKING_VERBS:
            return False
        if c.dep_ == "advmod" and c.lower_ in {"probably", "likely", "maybe", "perhaps", "possibly", "rather",
                                               "sooner"}:
            return False  # a forecast or a preference ("would rather vote for Clinton than Trump")
        if c.dep_ == "mark" and c.lower_ in P.CONDITION_MARKS:
            return False
        if c.dep_ == "xcomp" and c.lower_ == "able":
            return False
    return verb.dep_ not in {"relcl", "advcl", "pcomp"} or speech_head(verb) is not None


def animate(tok) -> bool:
    """A person, group or institution (by name, pronoun, entity type or a holder noun)."""
    low = tok.lower_
    if tok.pos_ == "PRON":
        return low in {"i", "we", "he", "she", "they", "you", "it", "his", "her", "their", "its", "our", "my"}
    if low in P.NON_HOLDER_SUBJECTS:
        return False
    if tok.pos_ == "PROPN" or tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    if tok.text[:1].isupper() and tok.pos_ == "NOUN" and (
            not tok.is_sent_start or not any(c.dep_ in {"det", "poss", "amod"} for c in tok.children)):
        return True  # a name the tagger took for a common noun ("Trump urges ...")
    lemma = tok.lemma_.lower()
    return lemma in P.HOLDER_NOUNS or low in P.HOLDER_NOUNS or lemma.endswith(P.PERSON_NOUN_SUFFIXES)


def _addressee_infinitive(verb) -> bool:
    """"tell the bigots (who oppose amnesty) to shut up": an addressee and an infinitive, which the
    parser may hang on the verb or inside the addressee's relative clause."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if not objects:
        return False

    def act(inf) -> bool:  # not "I'll tell you, to be frank, ...": an aside set off by a comma
        return has_to(inf) and inf.i > objects[0].i and inf.lemma_.lower() != "be" \
            and verb.doc[inf.left_edge.i - 1].text != ","
    return any(c.dep_ in {"xcomp", "ccomp"} and act(c) for c in verb.children) or any(
        (t.dep_ in {"xcomp", "ccomp", "advcl"} or t.dep_ in {"acl", "relcl"} and t.head.i == o.i) and act(t)
        for o in objects for t in o.subtree)


def organisation(tok) -> bool:
    """An organisation that can say "it will": named non-person or an institution noun."""
    if tok.pos_ == "PRON" or tok.ent_type_ in {"PERSON", "GPE"}:
        return False
    return tok.ent_type_ in {"ORG", "NORP"} or tok.lemma_.lower() in P.INSTITUTION_NOUNS


def generic_group(tok) -> bool:
    """A plural common noun ("members", "donors"): an assurance about others, not an undertaking."""
    return (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.ent_type_ == "") or tok.ent_type_ == "NORP"


def narrated_future(tok) -> bool:
    """"Iran will threaten Israel", "Clinton will urge ...": the narrator's forecast or plan."""
    if tok.dep_ == "xcomp" and tok.head.lower_ == "going" and has_to(tok):  # "Trump is going to urge ..."
        return speech_head(tok.head) is None and not any(c.dep_ == "nsubj" and c.lower_ in P.FIRST_PERSON
                                                         for c in tok.head.children)
    own = tok.head if tok.dep_ == "conj" and not any(c.dep_ in {"aux", "nsubj"} for c in tok.children) else tok
    return any(c.dep_ == "aux" and c.lower_ in P.FUTURE_MODALS for c in own.children) \
        and speech_head(own) is None  # also "Johnson won't send you to war or tell you who to marry"


def named_group(tok) -> bool:
    """A plural group the article pins down ("Democrats in Ohio", "Sanders supporters"), not "voters"."""
    return any(c.dep_ in {"compound", "prep", "poss"} or c.dep_ == "amod" and c.lower_ not in P.QUANTIFIERS
               for c in tok.children)


def in_condition(tok) -> bool:
    """Inside an if/unless clause ("if the Chinese pledged to ...")."""
    cur, prev = tok, None
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in P.CONDITION_MARKS | {"until"} for c in cur.children):
            # not "If one is proposed we will consider it" with the main clause parsed under the if-verb
            return not (prev is not None and prev.dep_ == "ccomp" and prev.left_edge.i > cur.i
                        and any(c.dep_ == "nsubj" for c in prev.children)
                        and cur.lemma_.lower() not in P.SPEECH_VERBS | P.BELIEF_VERBS | P.ASSURANCE_VERBS)
        if cur.head.i == cur.i:
            return False
        cur, prev = cur.head, cur
    return False


def specific(tok) -> bool:
    """A specific addressee for "should": named, or a noun with a determiner or modifier."""
    if tok.pos_ in {"PROPN", "PRON"}:
        return tok.lower_ not in P.NON_HOLDER_SUBJECTS
    if any(c.dep_ == "det" and c.lower_ in P.GENERIC_DETERMINERS for c in tok.children):
        return False  # "A leader must fight for what they believe in": anyone in the role
    return animate(tok) and any(c.dep_ in {"det", "poss", "amod", "compound"} for c in tok.children)


def hypothetical_or_wished(tok) -> bool:
    """"could threaten", "would pledge", a passive participle, or under "plans to"/"hopes that"."""
    own = tok.head if tok.dep_ == "conj" and not any(c.dep_ == "aux" for c in tok.children) else tok
    if any(c.dep_ == "aux" and c.lower_ in P.HYPOTHETICAL_MODALS for c in own.children) \
            and speech_head(own) is None:
        return True  # "YAF would also challenge ... and call for a firm stance": the writer's account
    if tok.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "aux"} and c.lemma_ != "be" for c in tok.children):
        return True
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.dep_ == "ROOT" and speech_head(tok.head) is None and any(
            c.dep_ == "aux" and c.lower_ in P.HYPOTHETICAL_MODALS for c in tok.head.children):
        return True  # "Mr. Trump would cut tax revenues, promising impossible growth": the writer's scenario
    effort = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "of" else tok.head if tok.dep_ == "acl" else None
    if effort is not None and effort.lemma_.lower() in P.ATTEMPT_NOUNS:
        return True  # "in hopes of persuading her to reconsider", "an effort to urge": not a call made
    if tok.tag_ == "VBG" and tok.dep_ in {"advcl", "xcomp"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in P.DIFFICULTY_NOUNS for c in tok.head.children):
        return True  # "has had trouble persuading buyers to pay extra": an effort that fails
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    before = tok.doc[subj.left_edge.i - 1] if subj is not None and subj.left_edge.i > 0 else None
    if before is not None and before.lower_ in P.SUPPOSITION_VERBS and before.is_sent_start:
        return True  # "Say Mexico demanded that ...": a supposition
    if tok.dep_ == "pcomp" and tok.head.lower_ == "by" and any(
            c.dep_ == "aux" and c.lower_ in P.HYPOTHETICAL_MODALS for c in tok.head.head.children):
        return True  # "it could still bag the nomination by persuading superdelegates to switch"
    if under_negation(tok) or in_future_purpose(tok):
        return True
    if inverted_condition_head(tok):
        return False  # "threatening them with X should they refuse": the head is the condition
    cur = tok
    for _ in range(3):
        if cur.dep_ not in {"xcomp", "ccomp"} or cur.head.i == cur.i or _semicolon_between(cur, cur.head):
            return False  # "He calls for X; Mrs. Clinton aims to ...": a clause of its own, not under "aims"
        cur = cur.head
        if cur.lemma_.lower() in P.DESIRE_VERBS:
            return True
    return False


def _semicolon_between(clause, head) -> bool:
    """A clause before its head with a semicolon between them: two sentences the parser joined."""
    return clause.i < head.i and any(t.text == ";" for t in clause.doc[clause.right_edge.i:head.i])


def under_belief(clause) -> bool:
    """A future clause governed by a belief or hedge verb ("I don't think we will stop")."""
    cur = clause
    for _ in range(2):
        if cur.dep_ not in {"ccomp", "xcomp"} or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in L.FACTIVE_VERBS and own_clause_known_by_others(clause, cur):
            return False  # "they know that I will stand up": the speaker's assertion
        if cur.lemma_.lower() in P.BELIEF_VERBS:
            return True
        if cur.lemma_.lower() in P.SPEECH_VERBS:  # "X says it will ...": the speech verb bounds the clause
            return False
    return False


def in_wh_clause(clause, verb) -> bool:
    """An embedded question ("how much I'm going to make", "what he would do"): not a commitment."""
    if clause.dep_ not in {"ccomp", "pcomp", "xcomp", "dobj", "pobj", "advcl", "conj"}:
        return False
    relative = any(a.dep_ == "relcl" for a in clause.ancestors)
    for owner in {clause, verb}:
        for t in owner.subtree:
            if t.i >= clause.i or t.lower_ not in P.WH_WORDS or not (t.tag_.startswith("W") or t.lower_ == "whether"):
                continue
            if relative and t.lower_ in P.RELATIVE_PRONOUNS and t.i < clause.head.i:
                continue  # "a wall, which he said Mexico should pay for": a relative clause, not a question
            cur = t.head
            while cur.i not in {clause.i, verb.i} and cur.pos_ not in {"VERB", "AUX"} and cur.head.i != cur.i:
                cur = cur.head
            if cur.i in {clause.i, verb.i}:
                return True
    return False


def _future_progressive(verb, aux) -> bool:
    """"going to be putting it out", "will be releasing": bare "be" after a modal or "to" + -ing."""
    return aux.lower_ == "be" and aux.tag_ == "VB" and verb.tag_ == "VBG"


def experiential(verb) -> bool:
    """Something the subject goes through rather than does ("go through a period", "face")."""
    lemma = verb.lemma_.lower()
    if lemma in P.EXPERIENCE_VERBS:
        return True
    if lemma in P.ENTRY_VERBS and any(
            g.lemma_.lower() in P.PERIOD_NOUNS for c in verb.children if c.dep_ in {"dobj", "prep"}
            for g in [c, *c.children] if g.dep_ in {"dobj", "pobj"}):
        return True  # "enter the next recession", "head into a downturn"
    return lemma == "go" and any(c.dep_ in {"prep", "prt"} and c.lower_ in P.EXPERIENCE_GO_PREPS
                                 for c in verb.children)


def inverted_condition_head(tok) -> bool:
    """The parser made an inverted condition ("..., should they refuse") the head of ``tok``."""
    head = tok.head
    if tok.dep_ != "ccomp" or head.i <= tok.i:
        return False
    return any(c.dep_ == "aux" and c.lower_ in P.INVERTED_CONDITION_AUX and c.i > tok.right_edge.i
               and c.i + 1 < len(tok.doc) and tok.doc[c.i + 1].dep_ == "nsubj" for c in head.children)


def quantified(tok) -> bool:
    """"every Ohio voter who requests ...", "any candidate": a generic holder, not a specific one."""
    return any(c.dep_ == "det" and c.lower_ in P.UNIVERSAL_DETERMINERS for c in tok.children)


def undertaking_clause(head) -> bool:
    """A that-clause about a future act ("that he would fight"), not a forecast ("that this will appear")."""
    futurate = head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    if not futurate and not any(c.tag_ == "MD" or c.lower_ == "going" for c in head.subtree):
        return False  # but "promised that he's staying in the race": a progressive with future sense
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.lemma_.lower() in L.OWN_WORK_NOUNS and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
        return True  # "Promising that his future writings would take a closer look": his own work
    return subj is None or not (subj.lower_ in P.DEMONSTRATIVES or subj.pos_ == "NOUN" and not animate(subj))


def future_speech(speech) -> bool:
    """"who will say, 'he's going to ...'", "considering announcing that he will": not yet said."""
    return speech is not None and (any(c.dep_ == "aux" and c.tag_ == "MD" for c in speech.children)
                                   or speech.dep_ == "xcomp" and speech.head.lemma_.lower() in P.DESIRE_VERBS
                                   and speech.head.lemma_.lower() not in P.ATTEMPT_VERBS
                                   or speech.dep_ == "xcomp" and speech.head.lower_ in P.PROSPECT_WORDS)


def reported_by_holder(tok, ctx) -> bool:
    """"said he plans to" or a quoted "I plan to": the plan is in the holder's own statement."""
    if speech_head(tok) is not None:
        return True
    subj = subject_of(tok, climb=False)
    return ctx.in_quote(tok.idx) and subj is not None and subj.lower_ in {"i", "we"}


def unsaid_or_impersonal(tok) -> bool:
    """"did not mention requesting X" (never said) or "it will be hard to persuade X" (no holder)."""
    if tok.dep_ not in {"xcomp", "ccomp"}:
        return False
    head = tok.head
    if negated(head) and head.lemma_.lower() in P.REPORTING_VERBS:
        return True
    return tok.dep_ == "xcomp" and (head.pos_ == "ADJ" or head.lemma_ == "be"
                                    and any(c.dep_ == "acomp" for c in head.children))


def holder_name(ctx, tok) -> str | None:
    """The holder's name; a first-person holder inside a quotation ("my call for", "I guarantee")
    is whoever speaks the quotation."""
    if tok.lower_ in P.FIRST_PERSON and (ctx.in_quote(tok.idx) or ctx.in_direct_statement(tok.idx)):
        speaker = ctx.quote_speaker(tok)
        if speaker is not None and speaker[1]:
            return speaker[1]
    return ctx.name(tok)


def in_future_purpose(tok) -> bool:
    """An infinitive inside what someone will do ("he'll work full-time to help encourage delegates to
    rebel"): part of that undertaking, not a call already made."""
    cur = tok.head if tok.dep_ == "conj" else tok  # "won't send you to fight wars or tell you who to marry"
    for _ in range(3):
        if cur.dep_ not in {"xcomp", "advcl"} or cur.dep_ == "advcl" and not has_to(cur) or cur.head.i == cur.i:
            return False
        cur = cur.head
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in cur.children) or cur.lower_ == "going":
            return True
    return False


def under_negation(tok) -> bool:
    """A trigger under a negated verb or adjective ("does not feel comfortable telling others to")."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in {"xcomp", "advcl", "acomp"} or cur.head.i == cur.i:
            return False
        cur = cur.head
        if negated(cur):
            return True
    return False


def bare_pronoun(tok) -> str:
    """The lower-cased word without an editor's brackets: "[W]e" is "we", "[I]" is "i"."""
    return tok.lower_.replace("[", "").replace("]", "")


def own_clause_known_by_others(clause, factive) -> bool:
    """"they know that I will ...": a first-person clause under a factive verb of another knower."""
    own = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    knower = next((c for c in factive.children if c.dep_ == "nsubj"), None)
    return own is not None and knower is not None and bare_pronoun(own) in P.FIRST_PERSON \
        and bare_pronoun(knower) not in P.FIRST_PERSON and not negated(factive)


def _speech_noun_before(clause):
    """The speech noun right before the "that" of ``clause`` ("assurances that he would ..."), or None."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0 or clause.dep_ not in {"acl", "ccomp"}:
        return None
    noun = clause.doc[mark.i - 1]
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in L.SPEECH_NOUNS else None
