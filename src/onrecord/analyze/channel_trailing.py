"""Event phrases at the end of a sentence that the parser hung inside the cue's complement (guidelines §B.1).

"Trump called for a special prosecutor to investigate the foundation at a campaign rally in Ohio on Monday
night", "Clinton promised to raise the minimum wage during a speech in Detroit": the event phrase closes the
sentence but hangs on a noun or verb of what was said. Used by ``channel_phrases.find_channel`` after the
cue's own phrases; only events (a rally, speech, debate, interview, press conference, hearing) after "at" or
"during", only inside the cue's own clause (no verb with a subject of its own in between: "called for an
inquiry into the group that met at a rally" is a phrase of that clause), and only when nothing but time
words, places and punctuation follow the phrase.

``spent_occasion``: "Trump spent much of the rally trashing the media", "spent the call reassuring him
that …": the occasion that "spend" takes as its object is the channel of the participle that follows.
"""

from __future__ import annotations

from spacy.tokens import Token

from onrecord.analyze import channel_patterns as P
from onrecord.analyze.channel_attach import others_medium, own_clause_nodes
from onrecord.analyze.channel_nouns import (
    ChannelMention,
    in_quote,
    is_time,
    make_mention,
    noun_type,
    phrase_tokens,
    short_name,
)

# Prepositions that place a statement at an event ("at a rally", "during a speech").
EVENT_PREPS: frozenset[str] = P.words("at during")

# Words between an event phrase and the sentence end that leave it final ("… at a rally on Monday night").
TIME_FILLERS: frozenset[str] = P.words("on in at last this earlier later")

# Entity types of a place that may follow an event phrase ("at a rally in Des Moines, Iowa").
PLACES: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})

# Verbs whose object is the occasion a following participle fills ("spent the call reassuring him").
TIME_FILLING_VERBS: frozenset[str] = P.words("spend")

# Vague nouns that name an occasion as the object of "spend" ("spent the call reassuring him": a phone call).
SPENT_NOUNS: dict[str, str] = {"call": "other"}

# Dependencies of the cue's complements searched for a trailing event phrase: "called for X …" (prep),
# "promised to raise …" (xcomp).
COMPLEMENT_DEPS: frozenset[str] = P.words("prep xcomp")


def _ends_sentence(last: Token) -> bool:
    """Only time words, places and punctuation between ``last`` and the end of its sentence ("… at a campaign
    rally in Ohio on Monday night", the parser hanging "in Ohio" elsewhere)."""
    rest = last.doc[last.i + 1: last.sent.end]
    return all(t.is_punct or t.is_space or is_time(t) or t.lower_ in TIME_FILLERS or t.ent_type_ in PLACES
               for t in rest)


def _one_occasion(noun: Token) -> bool:
    """A single occasion ("a campaign rally", "Monday's debate", "the rally Friday"), not a place of the content
    ("more security at the convention", "a ban on protesters at his rallies")."""
    if noun.tag_ in {"NNS", "NNPS"}:
        return False
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} or c.dep_ in {"poss", "npadvmod", "compound"} and is_time(c)
               for c in noun.children) or any(is_time(t) for t in noun.subtree if t.i > noun.i)


def trailing_event(cue: Token) -> list[ChannelMention]:
    """Event phrases closing the sentence, hung inside the cue's prepositional or infinitive complement."""
    if cue.pos_ != "VERB":
        return []
    out: list[ChannelMention] = []
    has_object = any(c.dep_ == "dobj" for c in cue.children)  # "urged voters to ask … at a town hall": theirs
    for comp in (c for c in cue.children if c.dep_ in COMPLEMENT_DEPS and c.i > cue.i
                 and not (c.dep_ == "xcomp" and has_object)):
        for prep in own_clause_nodes(comp, cue):
            if prep.dep_ != "prep" or prep.lower_ not in EVENT_PREPS or prep.i == comp.i or in_quote(prep):
                continue
            pobj = [c for c in prep.children if c.dep_ == "pobj"]
            typ = noun_type(pobj[0]) if pobj else None
            if typ not in P.EVENT_TYPES or others_medium(pobj[0], cue) or not _one_occasion(pobj[0]):
                continue
            toks, times = phrase_tokens(prep, pobj[0], cue)
            last = max(t.i for t in prep.subtree)
            if toks and _ends_sentence(cue.doc[last]):
                out.append(make_mention(toks, typ, short_name(pobj[0], toks, typ), times))
    return out


def spent_occasion(cue: Token) -> list[ChannelMention]:
    """The occasion of "spent (much of) the rally trashing …": the object of "spend" (or the noun after
    "of" in it) when it is a channel noun and the cue is the participle that fills it."""
    if cue.tag_ != "VBG":
        return []
    if cue.dep_ in {"advcl", "xcomp"} and cue.head.lemma_.lower() in TIME_FILLING_VERBS:
        objs = [c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i]
        nouns = [g for o in objs for g in [o, *(p for c in o.children if c.lower_ == "of" for p in c.children)]]
    elif cue.dep_ == "acl" and cue.head.dep_ == "pobj" and cue.head.head.lower_ == "of" \
            and cue.head.head.head.dep_ == "dobj" and cue.head.head.head.head.lemma_.lower() in TIME_FILLING_VERBS:
        nouns = [cue.head]  # "spent much of the rally trashing …" parsed with the participle on "rally"
    else:
        return []
    out: list[ChannelMention] = []
    for noun in nouns:
        typ = noun_type(noun) or SPENT_NOUNS.get(noun.lemma_.lower())
        if typ is None or in_quote(noun) or noun.tag_ in {"NNS", "NNPS"} \
                or any(t.lower_ in P.TIME_NOUNS for t in noun.subtree if t.i < noun.i):
            continue  # not "spends his time meeting with commanders, observing …" (time, not an occasion)
        first = cue.doc[min(t.i for t in noun.subtree)]
        toks, times = phrase_tokens(first, noun, cue)
        toks = [t for t in toks if t.i < cue.i]
        if toks:
            out.append(make_mention(toks, typ, short_name(noun, toks, typ), times))
    return out
