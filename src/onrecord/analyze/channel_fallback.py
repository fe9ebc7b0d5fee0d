"""Fallback statements of the channel pass (see ``channels.py``): an indirect statement for a clear speech
cue with a channel phrase that the statements pass missed ("X said in an interview that …", "made it clear
at a rally that …"), and for a medium as subject of a verb the parser tagged as a noun ("Smith's lawsuit
demands that …").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from onrecord.analyze import channel_patterns as P
from onrecord.analyze.channel_phrases import ChannelMention, cue_lemma, in_quote, noun_type
from onrecord.analyze.frames import doc_ents, doc_text
from onrecord.models import Statement

_CONTENT_DEPS = ("ccomp", "xcomp", "dobj")


def light_predicate(tok: Token) -> Token | None:
    """The clausal content of "made (it) clear that …": the first that-clause after "clear" in the verb's
    subtree (the parser hangs it on "clear", on the verb or on a noun in between), or None."""
    preds = [c for c in tok.children if c.dep_ in {"ccomp", "oprd", "acomp", "xcomp"} and c.lower_ in P.LIGHT_VERB_PREDICATES]
    if not preds and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in P.LIGHT_VERB_PREDICATES):
        return None
    start = preds[0].i if preds else tok.i + 1
    for t in tok.subtree:
        if t.i > start and t.pos_ in {"VERB", "AUX"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children):
            return t  # "made it clear that …", "made clear in a statement that …"
    for t in tok.subtree:  # "made clear he believes …": a clause right after "clear", without "that"
        if t.i > start and t.pos_ in {"VERB", "AUX"} and t.dep_ == "ccomp" and t.left_edge.i == start + 1:
            return t
    return None


def np_span(tok: Token) -> tuple[int, int]:
    toks = [t for t in tok.subtree if not t.is_punct] or [tok]
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def fallback_statement(cue: Token, mention: ChannelMention) -> Statement | None:
    """An indirect statement for a channel-bearing cue the statements pass missed."""
    verb = cue
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj and cue.dep_ in {"advcl", "xcomp", "conj", "acl", "relcl"}:
        verb = cue.head
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    speaker_tok = subj[0] if subj else None
    if cue.dep_ in {"acl", "relcl"} and (speaker_tok is None or speaker_tok.lower_ in {"that", "which"}):
        medium = cue.head
        while medium.dep_ == "conj" and medium.head.i != medium.i:
            medium = medium.head  # "rolled out radio and online advertisements tethering …"
        issuer = [c for c in medium.head.children if c.dep_ == "nsubj"]  # "X issued a paper welcoming …"
        speaker_tok = issuer[0] if issuer else None
    content = [c for c in cue.children if (c.dep_ in _CONTENT_DEPS or c.dep_ == "advcl" and c.tag_ == "VBG")
               and not (mention.start <= c.idx < mention.end)]
    content = content or [c for c in cue.children if c.dep_ == "prep" and c.i > cue.i  # "pointed to the shootings"
                          and c.lower_ in P.PREP_CONTENT_VERBS.get(cue_lemma(cue), ())
                          and not any(mention.start <= g.idx < mention.end for g in c.children)]
    if cue_lemma(cue) == "make" and (clause := light_predicate(cue)) is not None:
        content = [clause]  # "made it clear that …": the that-clause, not "it clear"
    content_spans = [np_span(content[0])] if content else []
    if not content_spans and cue.dep_ == "relcl" and cue.head.pos_ == "NOUN" and _object_gap(cue):
        head = cue.head  # "the strategy Obama trumpeted during Sunday's address": the noun is what was said
        first = min(t.i for t in head.subtree)
        content_spans = [(cue.doc[first].idx, head.idx + len(head))]
    if cue.lemma_.lower() == "accord" and cue.head.i != cue.i:  # "…, according to a speech …"
        clause = [t for t in cue.head.subtree if t.i < cue.i and not t.is_punct]
        if clause:
            content_spans = [(clause[0].idx, clause[-1].idx + len(clause[-1]))]
        speaker_tok = None
    addressed = cue_lemma(cue) in P.CONTENTLESS_ADDRESS_VERBS and mention.start > cue.idx \
        and doc_text(cue.doc)[cue.idx + len(cue): mention.start].strip() in {"to", "with"} and mention.name != "the author"
    if not content_spans and not next_to_quote(cue) and not addressed:
        return None  # "… the event where Trump spoke": nothing said, nothing to report; but "Palmieri spoke to
        # reporters Friday after …" reports a statement whose content follows (guidelines §B, "speaking to …")
    speaker_span = None
    speaker = None
    if speaker_tok is not None:
        sub = list(speaker_tok.subtree)
        ents = [e for e in doc_ents(cue.doc) if e.label_ in {"PERSON", "ORG"}
                and sub[0].i <= e.start and e.end <= sub[-1].i + 1]
        bare = [t for t in sub if t.dep_ not in {"det", "poss", "case", "punct"} and t.i <= speaker_tok.i]
        name = list(ents[0]) if ents else bare or [speaker_tok]
        speaker_span = (name[0].idx, name[-1].idx + len(name[-1]))
        speaker = doc_text(cue.doc)[speaker_span[0]:speaker_span[1]]
    return Statement(speaker=speaker, speaker_span=speaker_span, cue_span=(cue.idx, cue.idx + len(cue)),
                     content_spans=content_spans, kind="indirect")


def _object_gap(cue: Token) -> bool:
    """A relative clause whose verb's object is the noun it modifies ("the strategy Obama trumpeted"): it has
    a subject of its own and no object, complement or relative pronoun subject."""
    kids = {c.dep_ for c in cue.children}
    subj = [c for c in cue.children if c.dep_ == "nsubj"]
    return bool(subj) and subj[0].lower_ not in {"who", "that", "which"} and not kids & {"dobj", "ccomp", "xcomp"}


def apply_mention(stmt: Statement, mention: ChannelMention | None) -> None:
    if mention is None:
        return
    stmt.channel = mention.name
    stmt.channel_span = mention.span
    stmt.channel_type = mention.type


def mistagged_medium(tok: Token) -> ChannelMention | None:
    """"Smith's lawsuit demands that …" parsed as the noun "demands" with "lawsuit" as its compound: the
    medium as subject of a mistagged verb of saying (guidelines §B.2: the medium NP is the channel)."""
    word = tok.lower_[:-1] if tok.lower_.endswith("s") else ""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or word not in P.MEDIUM_SUBJECT_VERBS or in_quote(tok):
        return None
    medium = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 and noun_type(c)]
    if not medium or not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    first = min([medium[0], *(c for c in tok.children if c.dep_ == "poss")], key=lambda t: t.i)
    return ChannelMention(first.idx, medium[0].idx + len(medium[0]), noun_type(medium[0]) or "other",
                          medium[0].lemma_.lower())


def mistagged_medium_statements(doc: Doc, covered: set[int]) -> list[Statement]:
    """Fallback statements for ``mistagged_medium`` cues no statement covers (issuer as speaker)."""
    out: list[Statement] = []
    for tok in doc:
        mention = None if tok.i in covered else mistagged_medium(tok)
        if mention is None:
            continue
        content = next(c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i)
        sub = list(content.subtree)
        poss = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"]  # the issuer
        stmt = Statement(speaker=poss[0].text if poss else None,
                         speaker_span=(poss[0].idx, poss[0].idx + len(poss[0])) if poss else None,
                         cue_span=(tok.idx, tok.idx + len(tok)),
                         content_spans=[(sub[0].idx, sub[-1].idx + len(sub[-1]))], kind="indirect")
        apply_mention(stmt, mention)
        out.append(stmt)
    return out


def next_to_quote(cue: Token) -> bool:
    """A quotation closing just before the cue ("…,” he tweeted.") or opening after it in its sentence
    ("telling reporters on Air Force One, “…"), also when the parser ended the sentence at the quotation
    ("“… believe in?” O'Malley said at a press conference")."""
    doc = cue.doc
    start = cue.sent.start
    if start > 0 and cue.i - start <= 3 and doc[start - 1].text in P.QUOTE_MARKS and not in_quote(doc[start]):
        return True
    return any(t.text in P.QUOTE_MARKS for t in doc[max(cue.i - 3, start): cue.sent.end])
