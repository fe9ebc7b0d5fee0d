"""Grammatical tests the commitments pass applies to a trigger, its clause and its holder.

Each is a small predicate over spaCy tokens: is the verb an act (not a state, outcome, passive,
perfect or progressive), is the trigger hypothetical or wished, is it inside an if-clause, under
which speech verb is a clause reported, is a noun a possible holder (person, group, institution).
"""

from __future__ import annotations

from onrecord.analyze import commitment_patterns as P
from onrecord.analyze.commitment_spans import subject_of


def negated(tok) -> bool:
    return any(c.dep_ == "neg" and c.i <= tok.i + 1 for c in tok.children)


def has_to(tok) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def speech_head(tok):
    """The speech verb whose complement clause holds ``tok`` ("said [he would ...]")."""
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
    elif head.lemma_.lower() not in P.SPEECH_VERBS | P.ASSURANCE_VERBS:
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
    for c in verb.children:
        if (c.dep_ == "auxpass" and c.lemma_ != "get") or (c.dep_ == "aux" and c.lemma_ in {"have", "be"}):
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


def experiential(verb) -> bool:
    """Something the subject goes through rather than does ("go through a period", "face")."""
    lemma = verb.lemma_.lower()
    if lemma in P.EXPERIENCE_VERBS:
        return True
    return lemma == "go" and any(c.dep_ in {"prep", "prt"} and c.lower_ in P.EXPERIENCE_GO_PREPS
                                 for c in verb.children)
