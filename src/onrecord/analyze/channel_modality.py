"""Whether a cue reports no statement made: negated ("never mentioned"), refused ("declined to comment") or
still to come ("will tell", "plans to speak", "when he speaks" under an expectation), or a thing posted
rather than words said ("It has been posted on another website"). Guidelines §B.1:
such cues get no channel. Used by ``channel_attach`` and ``channel_phrases``.
"""

from __future__ import annotations

from spacy.tokens import Token

from onrecord.analyze.channel_patterns import QUOTE_MARKS

_NEG_HEADS = frozenset({"decline", "refuse", "fail", "not"})
_NEG_ADVS = frozenset({"never", "barely", "hardly", "not", "n't"})
_FUTURE_HEADS = frozenset({"plan", "expect", "schedule", "intend", "set", "prepare"})
_WISH_HEADS = frozenset({"need", "want", "hope", "wish", "ought", "intend", "aim"})
_MANDATIVE_HEADS = frozenset({"suggest", "propose", "recommend", "urge", "demand", "insist", "ask"})
_TIME_MARKS = frozenset({"when", "once", "after", "before", "until", "as"})
_UNREAL_AUX = frozenset({"will", "'ll", "’ll", "shall", "can", "may", "might", "should", "must"})


def _future_context(verb: Token) -> bool:
    """A verb whose event has not happened ("expect him to back Clinton", "will attend"), up its clause chain."""
    node = verb
    while True:
        if is_negated_or_future(node) or node.lemma_.lower() in _FUTURE_HEADS | _WISH_HEADS and node is not verb:
            return True
        if node.dep_ not in {"xcomp", "ccomp"} or node.head.i == node.i:
            return False
        node = node.head


def is_negated_or_future(cue: Token) -> bool:
    """A cue that reports no statement made: negated, refused, or still to come."""
    if cue.lemma_.lower() in _NEG_HEADS and any(c.dep_ == "xcomp" for c in cue.children):
        return True  # "refusing to attack his rivals", "declined to comment"
    for c in cue.children:
        if c.i < cue.i and (c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEG_ADVS)):
            return True
        if c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True  # "made no comment on the ruling", "gave no speech"
        if c.dep_ == "aux" and c.lower_ in _UNREAL_AUX:  # "will tell", "people can report posts to …"
            return True
    head = cue.head
    node = cue
    while node.dep_ == "xcomp" and node.head.i != node.i:  # "He needs to keep speaking to crowds …"
        node = node.head
        if node.lemma_.lower() in _WISH_HEADS | _FUTURE_HEADS | _NEG_HEADS:
            return True
    if cue.dep_ == "conj" and not any(c.dep_ in {"aux", "nsubj"} for c in cue.children) and any(
            c.dep_ == "aux" and c.lower_ in _UNREAL_AUX for c in head.children):
        return True  # "people can flag and report posts …"
    if cue.dep_ == "advcl" and cue.tag_ in {"VBZ", "VBP"} and head.i != cue.i and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in _TIME_MARKS for c in cue.children) \
            and _future_context(head):
        return True  # "most don't expect him to back Clinton when he speaks to supporters …": still to come
    if cue.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children) \
            and any(c.dep_ == "aux" and c.lower_ in _UNREAL_AUX for c in head.children):
        return True  # "will be holding a news conference to thank supporters": still to come
    if cue.dep_ == "relcl" and head.pos_ == "NOUN" and head.head.i != head.i and head.dep_ in {"pobj", "attr", "dobj"}:
        owner = head.head.head if head.dep_ == "pobj" and head.head.head.i != head.head.i else head.head
        owner = owner.head if owner.dep_ in {"attr", "dobj", "nsubj"} and owner.head.i != owner.i else owner
        if any(c.dep_ == "aux" and c.lower_ in {"will", "'ll", "’ll", "shall"} for c in owner.children):
            return True  # "will be a springtime wave of television ads that slam …": ads still to come
    if cue.dep_ == "ccomp" and head.lemma_.lower() in _MANDATIVE_HEADS and cue.tag_ in {"VB", "VBP"} \
            and not any(c.dep_ in {"aux", "auxpass"} for c in cue.children):
        return True  # "suggested they tweet a picture": a proposal, no statement yet
    return cue.dep_ == "xcomp" and (head.lemma_.lower() in _NEG_HEADS | _FUTURE_HEADS
                                    or any(c.dep_ == "neg" for c in head.children))


def thing_posted(cue: Token) -> bool:
    """'It has now been posted on another website': a passive verb of placing with neither agent nor content
    tells where a thing went, not what someone said (but "That comment was posted from the account …")."""
    if cue.lemma_.lower() not in _PLACING_VERBS:
        return False
    deps = {c.dep_ for c in cue.children}
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.lemma_.lower() not in _SAID_THINGS and not deps & {
        "agent", "ccomp", "xcomp", "advcl"} and not any(t.text in QUOTE_MARKS for t in cue.sent)


_PLACING_VERBS = frozenset({"post", "publish", "upload", "share", "place", "display", "broadcast", "repost"})
_SAID_THINGS = frozenset({"comment", "remark", "message", "statement", "tweet", "post", "note", "letter", "word"})
