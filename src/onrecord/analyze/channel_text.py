"""Token tests shared by the channel modules: whether a token is inside quotation marks (``in_quote``), a cue
verb's mended lemma (``cue_lemma``), a clause's subjects (``clause_subjects``), and a speech verb the tagger read as a plural noun (``mistagged_verb``).
Re-exported by ``channel_nouns``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from onrecord.analyze import channel_patterns as P
from onrecord.analyze.frames import doc_text

_QUOTE_RUN = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)|''[^\n]*?(?:''|$)|``[^\n]*?(?:''|$)", re.M)


_MASK_KEY = "onrecord_channel_quote_mask"


def in_quote(tok: Token) -> bool:
    """Whether ``tok`` is inside quotation marks (curly, straight or doubled '' pairs; a quotation
    left open runs to the end of its paragraph, as in news style)."""
    doc = tok.doc
    mask = doc.user_data.get(_MASK_KEY)
    if mask is None:
        mask = bytearray(len(doc_text(doc)))
        for m in _QUOTE_RUN.finditer(doc_text(doc)):
            mask[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        doc.user_data[_MASK_KEY] = mask
    return bool(mask[tok.idx]) if tok.idx < len(mask) else False


def cue_lemma(tok: Token) -> str:
    """The lemma of a cue verb, mending the model's lemmas for "tweeted"/"retweeted"."""
    low = tok.lower_
    for verb in ("retweet", "tweet"):
        if low.startswith(verb):
            return verb
    lemma = tok.lemma_.lower()
    return P.LEMMA_FIXES.get(lemma, lemma)


def clause_subjects(tok: Token) -> list[Token]:
    """The subjects of the clause headed by ``tok``, including one the parser hung on its auxiliary ("the
    businessman was encouraging …" with "businessman" under "was")."""
    parts = [*tok.children, *(g for c in tok.children if c.dep_ in {"aux", "auxpass"} for g in c.children)]
    return [c for c in parts if c.dep_ in {"nsubj", "nsubjpass", "expl"}]


def has_subject(tok: Token) -> bool:
    """The clause headed by ``tok`` has a subject of its own (active or passive)."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def mistagged_verb(tok: Token) -> bool:
    """'On his campaign website, Torres promises to …' parsed with the noun "promises" as the root: a
    plural noun root with a subject and a clausal complement, whose singular is a speech verb."""
    word = tok.lower_[:-1] if tok.lower_.endswith("s") else ""
    return (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and word in P.SPEECH_VERBS
            and any(c.dep_ == "nsubj" for c in tok.children)
            and any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children))
