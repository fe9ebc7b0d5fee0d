"""Media a speaker issues, for ``channel_phrases.find_channel`` (guidelines §B.2): the medium NP is the channel
when a cue of issuing takes it as its object ("Trump issued a statement, “…”", "sent Mr. Xi a letter with a
proposal") or when a participle on an issued medium gives its content ("sent an email blast encouraging
supporters to run", "began an ad campaign this week praising …"). A medium that is only characterised inside
another statement ("defending his tweets shaming …") is none (§B.1).
"""

from __future__ import annotations

from spacy.tokens import Token

from onrecord.analyze import channel_patterns as P
from onrecord.analyze.channel_links import reported_within
from onrecord.analyze.channel_nouns import (
    ChannelMention,
    cue_lemma,
    in_quote,
    make_mention,
    noun_type,
    phrase_tokens,
    short_name,
)

# Media that are channels only with a participle giving their content ("published a story detailing …").
PARTICIPLE_MEDIA: dict[str, str] = {"story": "article_or_oped"}
# Participles that work as prepositions ("sent out a fundraising call following the remarks").
PREPOSITION_PARTICIPLES = frozenset({"following", "including", "regarding", "concerning", "considering",
                                     "excluding", "involving", "according", "pending", "during"})


def medium_participle(cue: Token) -> ChannelMention | None:
    """A participle cue on a medium noun gives the medium's content ("sent an email blast encouraging
    supporters to run", "released statements deploring what happened"): the medium NP is the channel
    (guidelines §B.2), without the participle clause."""
    head = cue.head
    if cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue_lemma(head) in P.ROLL_OUT_VERBS:
        head = next((c for c in head.children if c.dep_ == "dobj" and c.i < cue.i), head)  # "began an ad campaign …, praising"
    first = head
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in {"NOUN", "ADJ", "PROPN"}:
        first = first.head  # "rolled out radio and online advertisements tethering …" (a conjunct read as the head)
    issued = first.dep_ in {"dobj", "conj"} and cue_lemma(first.head) in P.ISSUE_VERBS | P.ROLL_OUT_VERBS | {"make"} \
        or any(c.dep_ == "amod" and c.tag_ == "VBG" and cue_lemma(c) in P.ISSUE_VERBS for c in head.children)  # "running ads"
    if cue.dep_ not in {"acl", "advcl"} or cue.tag_ != "VBG" or head.pos_ != "NOUN" or head.i == cue.i \
            or in_quote(cue) or cue.lemma_.lower() in P.DISPLAY_VERBS or not issued \
            or cue.lower_ in PREPOSITION_PARTICIPLES:
        return None  # only a medium someone issues; not "defending his tweets shaming …" (§B.1)
    typ = noun_type(head) or P.ISSUED_DOCUMENTS.get(head.lemma_.lower()) or PARTICIPLE_MEDIA.get(head.lemma_.lower())
    if typ is None or typ in P.EVENT_TYPES:
        return None
    toks, times = phrase_tokens(min(first.subtree, key=lambda t: t.i), head, cue)
    toks = [t for t in toks if t.i < cue.i and not (t.dep_ == "amod" and t.tag_ == "VBG" and t.head == head)] or toks
    return make_mention(toks, typ, short_name(head, toks, typ), times)


def issued_object(cue: Token) -> ChannelMention | None:
    """'Trump issued a statement, “…”', 'sent Mr. Xi a letter with a proposal': the medium a cue of
    issuing takes as its object."""
    if cue_lemma(cue) not in P.ISSUE_VERBS | {"blast", "shoot"}:
        return None
    quoted = any(t.text in P.QUOTE_MARKS for t in cue.doc[cue.i: cue.sent.end]) and not reported_within(cue)
    for obj in (c for c in cue.children if c.dep_ == "dobj"):
        typ = noun_type(obj)
        says = any(c.dep_ in {"acl", "relcl"} and cue_lemma(c) in P.SPEECH_VERBS for c in obj.children)
        if typ is None or typ in P.EVENT_TYPES or not (quoted or says):
            continue
        if any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in P.DISPLAY_VERBS for c in obj.children):
            continue  # "released an ad showing Trump …": what the medium shows
        toks, times = phrase_tokens(min(obj.subtree, key=lambda t: t.i), obj, cue)
        return make_mention(toks, typ, short_name(obj, toks, typ), times)
    return None
