"""Grammatical tests the commitments pass applies to a trigger, its clause and its holder.

Each is a small predicate over spaCy tokens: is the verb an act (not a state, outcome, passive,
perfect or progressive), is the trigger hypothetical or wished, is it inside an if-clause, under
which speech verb is a clause reported, is a noun a possible holder (person, group, institution),
is a future clause a forecast or an embedded question; and the readers of a trigger's complement
(infinitive, that-clause, object, for-clause) and of a nominal trigger's holder.
"""

from __future__ import annotations

from onrecord.analyze import commitment_patterns as P
from onrecord.analyze.commitment_spans import subject_of


def negated(tok) -> bool:
    return any(c.dep_ == "neg" and c.i <= tok.i + 1 for c in tok.children)


def has_to(tok) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def speech_head(tok, extra: frozenset[str] = frozenset()):
    """The speech verb (or one of ``extra``) whose complement clause holds ``tok`` ("said [he would]")."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i and subject_of(cur, climb=False) is None:
        cur = cur.head
    text = tok.doc.text
    if "\n" in text[min(cur.idx, cur.head.idx):max(cur.idx, cur.head.idx)]:
        return None  # the parser joined two paragraphs
    head = cur.head
    if cur.dep_ in {"ccomp", "advcl"} and head.lemma_.lower() in P.CLEAR_ADJECTIVES \
            and head.head.lemma_.lower() == "make":
        head = head.head  # "made it very clear that she would ..."
    elif cur.dep_ == "ccomp" and head.lemma_.lower() == "make" and any(
            c.lemma_.lower() in P.CLEAR_ADJECTIVES for c in head.children):
        pass  # "made clear that ..." parsed with the clause on "make"
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
    if lemma in P.NON_VOLITIONAL_VERBS or verb.pos_ not in {"VERB", "AUX"} or experiential(verb):
        return False
    if lemma == "have" and any(c.dep_ == "xcomp" and has_to(c) for c in verb.children):
        return False  # "would have to consider": necessity
    if lemma in P.OUTCOME_VERBS and any(c.dep_ == "dobj" and (c.lemma_.lower() in P.OUTCOME_OBJECTS or any(
            t.ent_type_ == "MONEY" for t in c.subtree)) for c in verb.children):
        return False  # "will meet its targets", "will save $46 million": a result, not an undertaking
    for c in verb.children:
        if (c.dep_ == "auxpass" and c.lemma_ != "get") or (c.dep_ == "aux" and c.lemma_ in {"have", "be"}
                                                           and not _future_progressive(verb, c)):
            return False
        if c.dep_ in {"acomp", "oprd"} and lemma in P.LINKING_VERBS:
            return False
        if c.dep_ == "advmod" and c.lower_ in {"probably", "likely", "maybe", "perhaps", "possibly"}:
            return False
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
    return any(c.dep_ == "aux" and c.lower_ in P.FUTURE_MODALS for c in tok.children) \
        and speech_head(tok) is None


def named_group(tok) -> bool:
    """A plural group the article pins down ("Democrats in Ohio", "Sanders supporters"), not "voters"."""
    return any(c.dep_ in {"compound", "prep", "poss"} or c.dep_ == "amod" and c.lower_ not in P.QUANTIFIERS
               for c in tok.children)


def in_condition(tok) -> bool:
    """Inside an if/unless clause ("if the Chinese pledged to ...")."""
    cur = tok
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in P.CONDITION_MARKS for c in cur.children):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def specific(tok) -> bool:
    """A specific addressee for "should": named, or a noun with a determiner or modifier."""
    if tok.pos_ in {"PROPN", "PRON"}:
        return tok.lower_ not in P.NON_HOLDER_SUBJECTS
    return animate(tok) and any(c.dep_ in {"det", "poss", "amod", "compound"} for c in tok.children)


def hypothetical_or_wished(tok) -> bool:
    """"could threaten", "would pledge", a passive participle, or under "plans to"/"hopes that"."""
    if any(c.dep_ == "aux" and c.lower_ in P.HYPOTHETICAL_MODALS for c in tok.children) \
            and speech_head(tok) is None:
        return True
    if tok.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "aux"} and c.lemma_ != "be" for c in tok.children):
        return True
    if inverted_condition_head(tok):
        return False  # "threatening them with X should they refuse": the head is the condition
    cur = tok
    for _ in range(3):
        if cur.dep_ not in {"xcomp", "ccomp"} or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in P.DESIRE_VERBS:
            return True
    return False


def under_belief(clause) -> bool:
    """A future clause governed by a belief or hedge verb ("I don't think we will stop")."""
    cur = clause
    for _ in range(2):
        if cur.dep_ not in {"ccomp", "xcomp"} or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in P.BELIEF_VERBS:
            return True
        if cur.lemma_.lower() in P.SPEECH_VERBS:  # "X says it will ...": the speech verb bounds the clause
            return False
    return False


def in_wh_clause(clause, verb) -> bool:
    """An embedded question ("how much I'm going to make", "what he would do"): not a commitment."""
    if clause.dep_ not in {"ccomp", "pcomp", "xcomp", "dobj", "pobj", "advcl", "conj"}:
        return False
    for owner in {clause, verb}:
        for t in owner.subtree:
            if t.i >= clause.i or t.lower_ not in P.WH_WORDS or not (t.tag_.startswith("W") or t.lower_ == "whether"):
                continue
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
        if c.dep_ == "relcl":
            s = subject_of(c, climb=False)
            if s is not None and s.lower_ not in {"that", "which"}:
                return s
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in {"make", "file", "issue", "submit", "send",
                                                            "renew", "repeat", "reiterate", "deliver"}:
        return subject_of(noun.head)
    return None

def reported_third_party(owner, pronoun):
    """The last singular person or role that is a subject between the speaker and a he/she."""
    found = None
    for t in owner.doc[owner.i + 1:pronoun.i]:
        if t.dep_ == "nsubj" and t.tag_ in {"NNP", "NN"} and animate(t) and t.head.i > owner.i \
                and t.lemma_.lower() not in P.INSTITUTION_NOUNS and t.text != owner.text:
            found = t
    return found

def person_talked_about(speech, speaker_name: str | None, pronoun, resolver):
    """The person a reported he/she stands for when it is not the speaker: the object of the verb a
    "saying ..." clause hangs on ("attacked Trump, saying he would"; returned as that ``dobj``), or
    the pronoun itself, to resolve on its own, when the speaker is of the other gender (a spokesman's
    "she will"). None when the pronoun is the speaker."""
    gender = "m" if pronoun.lower_ == "he" else "f"
    genders = {p.full_name: p.gender for p in resolver.people}
    if speech.lower_ == "saying" and speech.dep_ == "advcl":
        obj = next((c for c in speech.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"
                    and c.ent_type_ == "PERSON"), None)
        if obj is not None:
            name = resolver.resolve(obj.idx, obj.idx + len(obj.text))
            if name and genders.get(name) in {None, gender}:
                return obj
    if genders.get(speaker_name or "") not in {None, gender}:
        return pronoun  # resolved on its own, skipping the speaker
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
    if allow_object:  # "promised lower taxes", "demanded his resignation"; not "urged him"
        return [c for c in tok.children if c.dep_ == "dobj" and not (c.pos_ == "PRON" or animate(c))
                or c.dep_ == "dobj" and tok.lemma_.lower() in {"promise", "pledge", "vow", "guarantee"}
                and c.lower_ not in {"him", "her", "them", "me", "us", "you", "it"}]
    if particle is None and tok.lemma_.lower() == "call":
        return []
    # "called for her messages to be made public": "for" parsed as the mark of a clause
    return [c for c in tok.children if c.dep_ in {"advcl", "ccomp"} and any(
        g.dep_ == "mark" and g.lower_ == "for" for g in c.children)]

def directive(tok, heads) -> bool:
    """"asked the crowd to X", "told supporters to X": an infinitive complement (with an addressee)."""
    return any(has_to(h) for h in heads)


def quantified(tok) -> bool:
    """"every Ohio voter who requests ...", "any candidate": a generic holder, not a specific one."""
    return any(c.dep_ == "det" and c.lower_ in P.UNIVERSAL_DETERMINERS for c in tok.children)


def undertaking_clause(head) -> bool:
    """A that-clause about a future act ("that he would fight"), not a forecast ("that this will appear")."""
    if not any(c.tag_ == "MD" or c.lower_ == "going" for c in head.subtree):
        return False
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is None or not (subj.lower_ in P.DEMONSTRATIVES or subj.pos_ == "NOUN" and not animate(subj))


def future_speech(speech) -> bool:
    """"who will say, 'he's going to ...'", "considering announcing that he will": not yet said."""
    return speech is not None and (any(c.dep_ == "aux" and c.tag_ == "MD" for c in speech.children)
                                   or speech.dep_ == "xcomp" and speech.head.lemma_.lower() in P.DESIRE_VERBS)


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
