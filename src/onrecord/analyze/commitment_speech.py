"""Speech verbs the parser separated from their reported clause, for the commitments pass.

"Trump spent the call reassuring Netanyahu that he would move the embassy": the parser hangs the
that-clause on the main verb ("spent"), not on the participle of assurance right before it; the
clause is still what was said to the addressee.
"""

from __future__ import annotations

from onrecord.analyze import commitment_patterns as P


def speech_verb_before(clause):
    """The speech or assurance verb whose addressee stands right before the "that" of ``clause``
    ("reassuring Netanyahu that he would ..."), when the parser hung the clause elsewhere; or None."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0 or clause.dep_ not in {"ccomp", "acl"}:
        return None
    addressee = clause.doc[mark.i - 1]
    verb = addressee.head
    if addressee.dep_ not in {"dobj", "dative"} or addressee.pos_ not in {"PROPN", "PRON", "NOUN"} \
            or verb.i >= addressee.i or verb.i == clause.head.i:
        return None
    if clause.dep_ == "acl" and (clause.head.i != addressee.i or not any(
            c.dep_ == "nsubj" for c in clause.children)):
        return None  # "assuring donors that she would ...", misread as a clause on "donors"
    if verb.lemma_.lower() not in P.SPEECH_VERBS | P.ASSURANCE_VERBS or verb.tag_ not in {"VBG", "VBD", "VBZ", "VBP"}:
        return None
    return verb


def according_source(clause):
    """The source of an "according to X" attribution on ``clause`` ("According to the senator, he would
    vote against the bill"; "..., according to a statement"), or None."""
    for prep in clause.children:
        if prep.dep_ == "prep" and prep.lower_ == "according":
            to = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            source = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
            if source is not None:
                return source
    return None
