"""Channel and utterance-date annotation of statements (the analyze stage's channel/when pass).

``annotate_channels(doc, statements, published)`` fills ``channel``, ``channel_span``,
``channel_type``, ``when`` and ``when_span`` of each statement in place, from the phrases attached
to its cue (``channel_phrases.find_channel``) and the time expression attached to it
(``when.resolve_when`` against the publication date).

Fallback (documented, conservative): when a clear speech cue outside quotation marks has a channel
phrase attached ("X said in an interview that …", "told reporters …", "At a rally …, Y said …") and
no statement from the statements pass has that cue, an ``indirect`` statement is appended for it,
with the cue's subject as speaker and its clausal complement as content (``channel_fallback.py``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from onrecord.analyze import channel_patterns as P
from onrecord.analyze.channel_fallback import apply_mention as _apply
from onrecord.analyze.channel_fallback import fallback_statement as _fallback_statement
from onrecord.analyze.channel_fallback import light_predicate as _light_predicate
from onrecord.analyze.channel_fallback import mistagged_medium as _mistagged_medium
from onrecord.analyze.channel_fallback import mistagged_medium_statements as _mistagged_medium_statements
from onrecord.analyze.channel_issued import medium_participle
from onrecord.analyze.channel_links import label_channel
from onrecord.analyze.channel_nouns import mistagged_verb
from onrecord.analyze.channel_phrases import (
    ChannelMention,
    cue_lemma,
    find_channel,
    in_quote,
    is_negated_or_future,
    noun_type,
    platform_name,
)
from onrecord.analyze.channel_text import clause_subjects, has_subject
from onrecord.analyze.frames import doc_ents, doc_text
from onrecord.analyze.when import resolve_when
from onrecord.models import Statement

_DURATION = re.compile(r"\b(year-old|years? old|\d+\s+(?:years|months|weeks|days|hours)|decades?)\b"
                       r"|^(?:hours|minutes|days|weeks|months|years)$", re.I)
_CLOCK_ONLY = re.compile(r"(?:about |around |at )?\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)?\.?|noon|midnight", re.I)
_TIME_WORDS = P.TIME_NOUNS | {"earlier", "later", "early", "late", "last", "this", "next", "that", "the"}
_WHEN_PREPS = frozenset({"on", "in", "at", "during", "last", "earlier", "this", "from"})


def cue_token(doc: Doc, span: tuple[int, int] | None) -> Token | None:
    """The syntactic head of a statement's cue span (a verb when there is one)."""
    if not span:
        return None
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None or len(sp) == 0:
        return None
    verbs = [t for t in sp if t.pos_ == "VERB" or t.lemma_ == "accord"]  # "have accused": the verb, not "have"
    verbs = verbs or [t for t in sp if t.pos_ == "AUX"]
    return verbs[0] if verbs else sp.root


def is_speech_cue(tok: Token) -> bool:
    """A verb that reports a statement ("said", "told", "made the comments", "according to")."""
    lemma = cue_lemma(tok)
    if lemma == "accord":
        return any(c.lower_ == "to" for c in tok.children)
    if tok.pos_ != "VERB":
        return False
    if lemma == "make":  # "made the comments", "made it clear that …"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in P.LIGHT_VERB_OBJECTS for c in tok.children) \
            or _light_predicate(tok) is not None
    if lemma == "air":  # "aired her grievances"; not "the interview aired on MSNBC" (broadcast)
        return tok.tag_ != "VBG" and tok.dep_ not in {"acl", "relcl"} and any(c.dep_ == "dobj" for c in tok.children)
    if lemma == "put":  # "as The New Yorker put it …"
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    if lemma == "address":  # "addressed the crowd", not "address the territorial lines"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in P.ADDRESSEE_NOUNS for c in tok.children)
    if tok.dep_ in {"amod", "compound"}:  # "pledged delegates"
        return False
    if lemma == "point":  # "pointed out that …", "pointed to the shootings", "… to me"; not "point out X"
        return any(c.i > tok.i and (c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ == "to") for c in tok.children)
    if lemma == "lay":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    if lemma in P.PHRASAL_SPEECH:  # "laughed off the attack ad", "bring up the crisis"
        return any((c.dep_ == "prt" or c.dep_ == "prep" and c.i == tok.i + 1) and c.lower_ in P.PHRASAL_SPEECH[lemma]
                   for c in tok.children) \
            and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
    if lemma in P.RETORT_VERBS:  # "fired back in a statement"
        return any(c.dep_ == "prt" and c.lower_ == "back" for c in tok.children)
    return lemma in P.SPEECH_VERBS or lemma in P.MEDIUM_VERBS


def _date_entity(tok: Token) -> Span | None:
    for ent in doc_ents(tok.doc):
        if ent.start <= tok.i < ent.end and ent.label_ in {"DATE", "TIME"}:
            return ent
    return None


def find_when(cue: Token, mention: ChannelMention | None) -> tuple[str, tuple[int, int]] | None:
    """The time expression attached to the cue (or inside its channel phrase): (text, span)."""
    heads = [cue]
    if cue.dep_ in {"xcomp", "advcl"} and cue.head.lemma_.lower() in P.CARRIER_VERBS | P.SPEECH_VERBS:
        heads.append(cue.head)
    cands: list[tuple[Token, Span]] = []
    sent = cue.sent
    for ent in doc_ents(cue.doc):
        if ent.label_ not in {"DATE", "TIME"} or not sent.start <= ent.start < sent.end:
            continue  # the entity's sentence is the one holding its first token
        root = ent.root
        if _DURATION.search(ent.text) or _CLOCK_ONLY.fullmatch(ent.text.strip()) or in_quote(ent[0]):
            continue
        if root.head in heads and root.dep_ in {"npadvmod", "tmod", "advmod", "nmod"}:
            cands.append((root, ent))
        elif (root.dep_ == "pobj" and root.head.head in heads and root.head.lower_ in _WHEN_PREPS):
            cands.append((root.head, ent))
    if not cands and mention is not None:
        for tok in mention.time_tokens:
            ent = _date_entity(tok)
            if ent is not None and not _DURATION.search(ent.text) and not in_quote(ent[0]):
                cands.append((ent[0], ent))
                break
    if not cands:
        return None
    first, ent = min(cands, key=lambda c: abs(c[1].start - cue.i))
    phrase = [t for t in ent.root.subtree if not t.is_punct]  # "Thursday evening", "earlier this month"
    if len(phrase) <= 5 and all(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in _TIME_WORDS for t in phrase):
        ent = cue.doc[min(ent.start, phrase[0].i): max(ent.end, phrase[-1].i + 1)]
    start_tok = first if first.i < ent.start else ent[0]
    end_tok = ent[-1]
    if end_tok.dep_ == "case" or end_tok.text in {"'s", "’s"}:
        end_tok = ent[-2] if len(ent) > 1 else end_tok
    start, end = start_tok.idx, end_tok.idx + len(end_tok)
    return doc_text(cue.doc)[start:end], (start, end)


def _in_markup(text: str, at: int) -> bool:
    """Inside an embedded tag such as a ``<tweet …>`` placeholder (guidelines §B.1: no text, no channel)."""
    return text.rfind("<", 0, at) > text.rfind(">", 0, at)


def _carry_from_previous_sentence(doc: Doc, cue: Token, used: set[tuple[int, int]]) -> ChannelMention | None:
    """'… backtracked … on Truth Social. “…,” he wrote.': a platform phrase in the sentence just before a
    quotation whose cue is a bare writing verb, not already used by a statement of its own sentence."""
    if cue_lemma(cue) not in {"write", "post"}:
        return None
    i = cue.i - 1
    while i >= 0 and not in_quote(doc[i]) and (doc[i].is_punct or doc[i].is_space or doc[i].dep_ == "nsubj"):
        i -= 1
    if i < 0 or not in_quote(doc[i]):
        return None
    while i > 0 and (in_quote(doc[i - 1]) or doc[i - 1].is_space and in_quote(doc[i - 2])):
        i -= 1
    if i == 0:
        return None
    before = doc[i - 1]
    while before.i > 0 and before.is_space:
        before = doc[before.i - 1]
    if not before.is_sent_end and before.text not in {".", "!", "?", ":"}:
        return None
    for tok in before.sent:
        if tok.dep_ == "prep" and tok.lower_ in {"on", "via"}:
            for obj in (c for c in tok.children if c.dep_ == "pobj"):
                if noun_type(obj) == "social_post":
                    toks = list(doc[tok.i: obj.i + 1])
                    mention = ChannelMention(toks[0].idx, obj.idx + len(obj), "social_post",
                                             platform_name(toks) or obj.text)
                    if mention.span not in used:
                        return mention
    return None


def annotate_channels(doc: Doc, statements: list[Statement], published: str | None,
                      fallback: bool = True) -> None:
    """Set channel, channel_span, channel_type, when and when_span on ``statements`` (in place).

    With ``fallback`` (the default), also appends an indirect statement for each channel-bearing
    speech cue that no statement covers (see the module docstring).
    """
    covered: set[int] = set()
    used: set[tuple[int, int]] = set()
    pending: list[tuple[Statement, Token]] = []
    own_cues = {t.i for st in statements if (t := cue_token(doc, st.cue_span)) is not None}
    borrowed: set[int] = set()  # id() of statements whose channel was found on another verb of theirs
    for stmt in statements:
        cue = cue_token(doc, stmt.cue_span)
        if cue is None:
            continue
        same = _same_statement(cue)
        covered.update(same)
        mention = _mistagged_medium(cue) or label_channel(cue)
        for cand in [] if mention else _cue_candidates(cue, same, own_cues):
            mention = find_channel(cand)
            if mention is not None:
                if cand.i != cue.i:
                    borrowed.add(id(stmt))
                cue = cand
                break
        if mention is not None and _in_markup(doc_text(doc), mention.start):
            mention = None
        _apply(stmt, mention)
        if mention is not None:
            used.add(mention.span)
        else:
            pending.append((stmt, cue))
        _set_when(stmt, cue, mention, published)
    for stmt, cue in pending:
        mention = _carry_from_previous_sentence(doc, cue, used)
        if mention is not None:
            _apply(stmt, mention)
            used.add(mention.span)
    _one_entry_per_statement(doc, statements, borrowed)
    for tok in doc if fallback else ():
        if tok.i in covered or not (is_speech_cue(tok) or _content_participle(tok)) or in_quote(tok) \
                or is_negated_or_future(tok) or _in_markup(doc_text(doc), tok.idx):
            continue  # a statement reported inside a quotation ("“She has said on the campaign trail …”") is
            # left out: PolNeAR does not attribute it, and direct-quote attribution F1 on dev fell by 0.002
        if _is_event_participle(tok) or _describes_speaker(tok) or _inside_claim(statements, tok):
            continue
        mention = find_channel(tok)
        if mention is None or mention.span in used and tok.tag_ == "VBG" and tok.lemma_.lower() in P.EVENT_PARTICIPLES:
            continue  # "Speaking at a town hall …, Trump went after Bush, calling him …": one statement
        stmt = _fallback_statement(tok, mention)
        if stmt is None:
            continue
        _apply(stmt, mention)
        _set_when(stmt, tok, mention, published)
        statements.append(stmt)
        covered.update(_same_statement(tok))
    if fallback:
        statements.extend(_mistagged_medium_statements(doc, covered))


def _has_content(tok: Token) -> bool:
    """A cue with clausal content of its own ("said in her remarks that …", "“…,” Clinton said")."""
    return any(c.dep_ == "ccomp" for c in tok.children) or any(
        t.text in P.QUOTE_MARKS for t in tok.doc[max(tok.i - 2, tok.sent.start): tok.i])


def _has_own_subject(tok: Token) -> bool:
    """A subject other than a relative pronoun ("in which she called", not "a letter that says")."""
    return any(c.dep_ != "expl" and c.lower_ not in {"that", "which", "who"} for c in clause_subjects(tok))


def _one_entry_per_statement(doc: Doc, statements: list[Statement], borrowed: set[int]) -> None:
    """Guidelines §B.2: speech verbs of one statement share one entry. When two statements carry the
    same channel span and one cue hangs on the other without a subject of its own ("attacked Clinton …,
    saying …", "is telling a veterans group that … and says …", "appeared to blame"), only one keeps
    the channel: the one whose own cue has the phrase ("endorsed Clinton, but told The Huffington
    Post …" → "told"), else the content participle or infinitive, else the first verb."""
    by_span: dict[tuple[int, int], list[tuple[Statement, Token]]] = {}
    for stmt in statements:
        tok = cue_token(doc, stmt.cue_span)
        if stmt.channel_span and tok is not None:  # spans that overlap ("with a statement" / "a statement") join
            key = next((k for k in by_span if k[0] < stmt.channel_span[1] and stmt.channel_span[0] < k[1]),
                       stmt.channel_span)
            by_span.setdefault(key, []).append((stmt, tok))
    for group in by_span.values():
        for a, a_tok in group:
            for b, b_tok in group:
                if a is b or b.channel_span is None or a.channel_span is None \
                        or has_subject(b_tok) and not _relative_on_medium(b_tok, a_tok) or a_tok not in b_tok.ancestors:
                    continue
                participle = b_tok.dep_ in {"advcl", "xcomp"} and b_tok.head == a_tok and not _has_content(a_tok)
                loser = a if participle else b  # "the first verb that introduces content" keeps it
                if (id(a) in borrowed) != (id(b) in borrowed):
                    loser = a if id(a) in borrowed else b
                loser.channel = loser.channel_span = loser.channel_type = None


def _relative_on_medium(tok: Token, issuer: Token) -> bool:
    """'released a video statement in which he apologized': a relative clause on the medium an issuing verb
    took, whose subject is a pronoun (the issuer), reports the same statement; not "said during a panel
    discussion, in which he compared …" (two statements)."""
    return tok.dep_ == "relcl" and cue_lemma(issuer) in P.ISSUE_VERBS and all(
        c.pos_ == "PRON" for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"})


def _cue_candidates(cue: Token, same: set[int], own_cues: set[int]) -> list[Token]:
    """The statement's cue, then the speech verbs of the same statement ("appeared to blame",
    "issued a statement apologizing …", "unloaded on Sanders …, accusing …")."""
    doc = cue.doc
    out = [cue] if is_speech_cue(cue) or _other_verb_cue(cue) or mistagged_verb(cue) else []
    if cue_lemma(cue) == "accord":  # "…,” Conason writes in his book, according to the Times": not its channel,
        same = {i for i in same if i not in own_cues}  # unless "writes" has no statement of its own
    near = [doc[i] for i in sorted(same) if i != cue.i]
    near += [g for c in cue.children if c.dep_ == "dobj" for g in c.children
             if g.dep_ in {"acl", "relcl"} and not _has_own_subject(g)]  # not "…, in which she called …"
    return out + [t for t in near if is_speech_cue(t) and t not in out]


def _other_verb_cue(cue: Token) -> bool:
    """A statements-pass cue that is an active, unhedged verb of doing, not of thought ("backed her up
    in an interview"; not "can find solace in an article", "was booed at the debate")."""
    if cue.pos_ != "VERB" or cue_lemma(cue) in P.NOT_SPEECH_CUES:
        return False
    return not any(c.dep_ == "auxpass" or c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children)


def _same_statement(cue: Token) -> set[int]:
    """Token indices of verbs that belong to the statement of ``cue`` (its head and its dependents
    without a subject of their own, such as "saying" in "attacked Clinton, saying …")."""
    own_subject = {c.head.i for c in cue.doc[cue.sent.start:cue.sent.end] if c.dep_ in {"nsubj", "nsubjpass"}}
    if cue_lemma(cue) == "accord" and cue.head.i in own_subject:
        own_subject.add(cue.i)  # "the account pointed to …, according to a report": two sources, two statements
    same = {cue.i, *(c.i for c in cue.children if c.i not in own_subject and cue_lemma(c) != "accord")}
    # "wrote a letter congratulating …": the participle on the medium is the same statement
    same |= {g.i for c in cue.children if c.dep_ == "dobj" for g in c.children
             if g.dep_ in {"acl", "relcl"} and not _has_own_subject(g)}
    same |= {g.i for c in cue.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
             if o.dep_ == "pobj" for g in o.children  # "responded with a statement accusing …"
             if g.dep_ in {"acl", "relcl"} and not _has_own_subject(g)}
    if cue.i not in own_subject:
        same.add(cue.head.i)
    return same


def _is_event_participle(tok: Token) -> bool:
    """'Speaking at a rally …, Trump says': the participle names the event of another cue."""
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in P.EVENT_PARTICIPLES:
        return False
    head = tok.head.head if tok.head.dep_ in {"nsubj", "nsubjpass"} else tok.head
    return head.i != tok.i and is_speech_cue(head)


def _content_participle(tok: Token) -> bool:
    """'rolled out radio ads tethering Cruz to Trump', 'a campaign dubbing GOP candidates "Retrumplicans"': any
    participle with an object on a medium someone issued gives its content (guidelines §B.2)."""
    return tok.tag_ == "VBG" and tok.dep_ == "acl" and any(c.dep_ == "dobj" for c in tok.children) \
        and tok.text[:1].islower() and medium_participle(tok) is not None  # not a title ("Women Who Work: Rewriting …")


def _inside_claim(statements: list[Statement], tok: Token) -> bool:
    """'expressed concern that the businessman was encouraging violence at his rallies': a progressive verb
    inside another statement's indirect content describes what the claim is about, not a statement of its own
    (but "cited reports that Mateen said in a 911 call …" reports one)."""
    progressive = tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)
    return progressive and any(st.kind == "indirect" and any(s <= tok.idx < e for s, e in st.content_spans)
                               for st in statements)


def _describes_speaker(tok: Token) -> bool:
    """'sources who spoke to Fox News', 'One of the docs who sent the letter': a relative clause that
    describes a speaker (guidelines §B.1: speaker descriptions are not channels)."""
    return tok.dep_ == "relcl" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who"
                                       for c in tok.children)


def _set_when(stmt: Statement, cue: Token, mention: ChannelMention | None, published: str | None) -> None:
    found = find_when(cue, mention)
    if found is None:
        return
    text, span = found
    stmt.when = resolve_when(text, published)
    stmt.when_span = span
