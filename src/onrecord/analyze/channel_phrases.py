"""Find the channel phrase of one speech cue in a parsed sentence (ledger guidelines §B).

``find_channel(cue)`` looks, in order, at: a verb that names its own medium ("tweeted"); the cue's
own prepositional phrases ("said in an interview with …", fronted "In a statement on Telegram, …");
its addressee ("told reporters", "spoke to a veterans group"); an event participle ("Speaking at a
rally in Novi, …"); a medium the speaker issued ("unleashed a series of tweets saying …"); a medium
as subject ("The clip says …"); and, for a participle or coordinated cue, the channel of the speech
verb it hangs on ("In an interview …, Trump praised Putin, saying …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from onrecord.analyze import channel_patterns as P

_RELCL_KEEP = frozenset({"deliver", "give", "hold", "make"})
_NEG_HEADS = frozenset({"decline", "refuse", "fail", "not"})
_NEG_ADVS = frozenset({"never", "barely", "hardly", "not", "n't"})
_FUTURE_HEADS = frozenset({"plan", "expect", "schedule", "intend", "set"})
_TRIM_WORDS = frozenset({"earlier", "later", "last", "this", "next", "early", "late", "then", "the",
                         "that", "on", "in", "at", "of", "a", "an"})


@dataclass
class ChannelMention:
    """A channel phrase found for one cue: char span, type, short name, and its time tokens."""

    start: int
    end: int
    type: str
    name: str
    time_tokens: list[Token] = field(default_factory=list)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def _lower(tok: Token) -> str:
    return tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.text.lower()


def _is_time(tok: Token) -> bool:
    return tok.ent_type_ in {"DATE", "TIME"} or (tok.lower_ in P.TIME_NOUNS and not tok.ent_type_)


def _name_tokens(head: Token) -> list[Token]:
    """The head noun with its compound/flat-name modifiers, in order."""
    toks = [c for c in head.children if c.dep_ in {"compound", "nmod"} and c.i < head.i] + [head]
    return sorted(toks, key=lambda t: t.i)


def platform_name(tokens: list[Token]) -> str | None:
    text = " ".join(t.text.lower() for t in tokens)
    for key, name in P.PLATFORMS.items():
        if key == "x":
            if any(t.text == "X" and t.i > 0 and t.doc[t.i - 1].lower_ in {"on", "via"} for t in tokens):
                return name
        elif f" {key} " in f" {text} ":
            return name
    return None


def _outlet(tokens: list[Token]) -> str | None:
    text = " ".join(t.text.lower() for t in tokens).replace(" ’s", "'s").replace(" 's", "'s")
    for phrase in P.OUTLET_PHRASES:
        if phrase in text:
            return phrase
    for t in tokens:
        if t.text.lower() in P.OUTLETS and t.pos_ == "PROPN":
            return t.text
    return None


def _hyphenated(head: Token) -> str | None:
    """'op-ed', 'sit-down', 'e-mail' when the tokenizer split the noun at its hyphen."""
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text == "-" and not doc[head.i - 1].whitespace_:
        return f"{doc[head.i - 2].lower_}-{head.lower_}"
    return None


def noun_type(head: Token, addressee: bool = False) -> str | None:
    """The channel type a noun names (with its modifiers), or None when it is not a channel."""
    mods = [c for c in head.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    mod_lemmas = {c.lemma_.lower() for c in mods} | {c.text.lower() for c in mods}
    lemma = _hyphenated(head) or head.lemma_.lower()
    if head.text.lower() == "remarks":
        lemma = "remarks"
    if head.text.lower() == "talks":
        lemma = "talks"
    if platform_name(_name_tokens(head)):
        return "social_post"
    if addressee:
        typ = P.ADDRESSEE_NOUNS.get(lemma)
        if typ is None and _outlet(_name_tokens(head)):
            typ = "interview"
        elif typ is None and head.ent_type_ in {"ORG", "WORK_OF_ART"} and head.head.lemma_ == "tell":
            named = " ".join(t.lower_ for t in _name_tokens(head))
            typ = "testimony" if any(w in named for w in P.HEARING_BODIES) else "interview"
        if head.lower_ == "me":
            typ = "interview"
        return typ
    if head.pos_ == "PROPN" and _outlet(_name_tokens(head)):  # "the Washington Post" is no "post"
        return None
    for mod in mod_lemmas:
        if (lemma, mod) in P.COMPOUND_TYPES:
            return P.COMPOUND_TYPES[(lemma, mod)]
    possessed_show = lemma == "show" and any(c.dep_ == "poss" for c in mods)
    if lemma in P.NEEDS_MODIFIER and not (mod_lemmas & P.NEEDS_MODIFIER[lemma]) and not possessed_show:
        return None
    if lemma in P.NEEDS_COMPLEMENT:
        preps = {c.lower_ for c in head.children if c.dep_ == "prep"}
        if not preps & P.NEEDS_COMPLEMENT[lemma]:
            return None
        if any("editorial" in t.lower_ for t in head.subtree):
            return "interview"
    typ = P.CHANNEL_NOUNS.get(lemma)
    if typ is None:
        return None
    if mod_lemmas & P.BROADCAST_MODIFIERS and lemma in P.BROADCAST_HEADS:
        return "interview"
    if lemma in {"forum", "town hall", "townhall"} and _outlet(list(head.subtree)):
        return "interview"
    if lemma == "appearance" and not (_outlet(mods) or any(c.lower_ == "on" for c in head.children)):
        return "rally_or_speech"
    return typ


def _phrase_tokens(first: Token, head: Token, cue: Token) -> tuple[list[Token], list[Token]]:
    """Tokens of the phrase from ``first`` through ``head``'s kept modifiers; and trimmed time tokens."""
    dropped: set[int] = set()
    for t in head.subtree:
        if t.i in dropped or t.i <= head.i:
            continue
        drop = False
        if t.dep_ in {"relcl", "acl"} and t.head.i >= head.i:
            drop = t.lemma_.lower() not in _RELCL_KEEP or t.dep_ == "acl"
        elif t.dep_ == "prep" and t.lower_ in P.CUT_PREPS and t.head.i == head.i:
            obj = [c for c in t.children if c.dep_ == "pobj"]
            drop = not (obj and (platform_name(_name_tokens(obj[0])) or _outlet(list(obj[0].subtree))))
        elif t.dep_ in {"advcl", "ccomp", "conj", "cc"} and t.head.i == head.i:
            drop = True
        if drop:
            dropped.update(x.i for x in t.subtree)
    toks = [t for t in head.subtree if t.i not in dropped and t.i != cue.i]
    toks = [t for t in first.doc[first.i: max(t.i for t in toks) + 1]] if toks else [head]
    # Stop at the cue or at a clause boundary (comma followed by a verb) inside the span.
    cut = [t.i for t in toks if t.i == cue.i]
    if cut:
        toks = [t for t in toks if t.i < cut[0]]
    trimmed: list[Token] = []
    while len(toks) > 1 and (toks[-1].is_punct or _is_time(toks[-1]) or toks[-1].lower_ in _TRIM_WORDS
                             or toks[-1].dep_ in {"case", "cc"}):
        if _is_time(toks[-1]):
            trimmed.append(toks[-1])
        toks.pop()
    inner_time = [t for t in toks if t.ent_type_ in {"DATE", "TIME"}]
    return toks, inner_time + trimmed


def _mention(toks: list[Token], typ: str, name: str, time_toks: list[Token]) -> ChannelMention:
    toks = [t for t in toks if not t.is_space] or toks
    return ChannelMention(toks[0].idx, toks[-1].idx + len(toks[-1].text.rstrip()), typ, name, time_toks)


def _entity_name(toks: list[Token]) -> str | None:
    """An interviewer or outlet named inside the phrase ("with Sean Hannity", "to the NFL Network's Rich Eisen")."""
    doc = toks[0].doc
    ents = [e for e in doc.ents if e.start >= toks[0].i and e.end <= toks[-1].i + 1
            and e.label_ in {"PERSON", "ORG", "WORK_OF_ART"}]
    for e in ents:
        if e.root.head.lower_ in {"with", "to", "by"} or e.root.dep_ == "poss":
            return e.text
    return None


def _short_name(head: Token, toks: list[Token], typ: str) -> str:
    plat = platform_name(toks)
    if plat:
        return plat
    if typ == "social_post":
        return "Twitter" if "tweet" in head.lower_ else head.lemma_.lower()
    if typ in {"interview", "press_remarks"}:
        named = _entity_name(toks) or _outlet(toks)
        if named:
            return named
    mods = [c.lower_ for c in head.children if c.dep_ == "compound" and c.i < head.i and c.pos_ != "PROPN"]
    return " ".join([*mods, head.lemma_.lower() if head.lower_ != "remarks" else "remarks"])


def pp_mentions(verb: Token, cue: Token) -> list[ChannelMention]:
    """Channel phrases among ``verb``'s prepositional children (and "took to Twitter")."""
    out: list[ChannelMention] = []
    preps = list(verb.children)
    preps += [g for c in verb.children if c.dep_ == "advmod" for g in c.children if g.dep_ == "prep"]
    for prep in preps:
        if prep.dep_ not in {"prep", "agent"} or prep.lower_ not in P.CHANNEL_PREPS:
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if not objs:
            continue
        obj = objs[0]
        outlet = _outlet(list(obj.subtree))
        if obj.pos_ == "PROPN" and outlet and not platform_name(_name_tokens(obj)):  # "at The New York Post"
            typ = "article_or_oped" if cue_lemma(cue) == "write" else "interview"
        else:
            typ = noun_type(obj)
        if typ is None and prep.lower_ == "on" and outlet:
            typ = "interview"
        if typ is None:
            continue
        if prep.lower_ == "to" and typ != "social_post":  # addressees are handled by _addressee
            continue
        toks, times = _phrase_tokens(prep, obj, cue)
        extra = [c for c in prep.children if c.dep_ == "pobj" and c.i > toks[-1].i]
        if extra:  # "At a rally Friday evening in Michigan" parsed with two objects of "At"
            toks, more = _phrase_tokens(prep, extra[-1], cue)
            times = times + more + [t for t in toks if _is_time(t)]
        nxt = verb.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(verb.doc) else None
        if nxt is not None and nxt.head == verb and nxt.dep_ == "prep" and nxt.lower_ in {"with", "for", "to"}:
            named = [c for c in nxt.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if named:  # "wrote in an op-ed for the Tribune" parsed with "for" on the verb
                toks = list(verb.doc[toks[0].i: max(t.i for t in named[0].subtree) + 1])
        if platform_name(toks):  # "In a statement on Telegram": the platform decides
            typ = "social_post"
        out.append(_mention(toks, typ, _short_name(obj, toks, typ), times))
    return out


def _addressee(cue: Token) -> ChannelMention | None:
    """The addressee of told/spoke to/shouted to/asked when it is an audience, the press or an outlet."""
    if cue.lemma_.lower() not in P.ADDRESSEE_VERBS:
        return None
    cands = [c for c in cue.children if c.dep_ in {"dobj", "dative"} and cue.lemma_ in {"tell", "ask"}]
    for prep in cue.children:
        if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to":
            cands += [c for c in prep.children if c.dep_ == "pobj"]
    for obj in cands:
        typ = noun_type(obj, addressee=True)
        if typ is None and obj.ent_type_ == "PERSON":
            poss = [c for c in obj.children if c.dep_ in {"poss", "compound"} and _outlet(list(c.subtree))]
            typ = "interview" if poss else None
        if typ is None:
            continue
        if obj.lower_ == "me" and (in_quote(obj) or cue.lemma_.lower() != "tell"):
            continue
        toks, times = _phrase_tokens(obj, obj, cue)
        toks = [t for t in cue.doc[min(t.i for t in obj.subtree): toks[-1].i + 1]]
        name = "the author" if obj.lower_ == "me" else (_outlet(toks) or " ".join(
            t.text for t in toks if t.dep_ not in {"det", "poss", "punct", "case"}))
        nxt = cue.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(cue.doc) else None
        if nxt is not None and nxt.dep_ == "prep" and nxt.head == cue and nxt.lower_ in {"on", "in", "at", "aboard"}:
            place = [c for c in nxt.children if c.dep_ == "pobj" and c.ent_type_ in P.PLACE_ENTITIES]
            if place:  # "told reporters on Air Force One", "told supporters in Ohio"
                toks = list(cue.doc[toks[0].i: max(t.i for t in place[0].subtree) + 1])
        return _mention(toks, typ, name.strip("“”\"' "), times)
    return None


_QUOTE_RUN = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)|''[^\n]*?(?:''|$)|``[^\n]*?(?:''|$)", re.M)
_MASK_KEY = "onrecord_channel_quote_mask"


def in_quote(tok: Token) -> bool:
    """Whether ``tok`` is inside quotation marks (curly, straight or doubled '' pairs; a quotation
    left open runs to the end of its paragraph, as in news style)."""
    doc = tok.doc
    mask = doc.user_data.get(_MASK_KEY)
    if mask is None:
        mask = bytearray(len(doc.text))
        for m in _QUOTE_RUN.finditer(doc.text):
            mask[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        doc.user_data[_MASK_KEY] = mask
    return bool(mask[tok.idx]) if tok.idx < len(mask) else False


def _issued_medium(cue: Token) -> ChannelMention | None:
    """'issued a policy paper welcoming …', 'a letter … that says', 'sent a letter …, calling for …'."""
    noun = None
    if cue.dep_ in {"acl", "relcl"} and cue.head.pos_ in {"NOUN", "PROPN"}:
        head = cue.head
        rel_in = cue.dep_ == "relcl" and any(c.dep_ == "prep" for c in cue.children if c.i < cue.i)
        outer = head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in P.SERIES_NOUNS:
            outer = head.head.head
        issued = outer.head.lemma_.lower() in P.ISSUE_VERBS or (
            outer.dep_ == "pobj" and outer.head.head.lemma_.lower() in P.ISSUE_VERBS)
        rel_ok = cue.dep_ == "relcl" and (rel_in or any(
            c.lower_ in {"which", "that", "where", "when"} for c in cue.children))
        if rel_ok or issued:
            noun = outer
    elif cue.dep_ == "advcl" and cue.head.lemma_.lower() in P.ISSUE_VERBS:
        objs = [c for c in cue.head.children if c.dep_ == "dobj"]
        noun = objs[0] if objs else None
    if noun is None:
        return None
    # "a series of tweets", "a flurry of tweets": the medium is the of-object.
    inner = noun
    if noun.lemma_.lower() in P.SERIES_NOUNS:
        ofs = [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        inner = ofs[0] if ofs else noun
    typ = noun_type(inner)
    if typ is None or typ in {"press_remarks", "rally_or_speech"} and inner.lemma_.lower() in P.ADDRESSEE_NOUNS:
        return None
    toks, times = _phrase_tokens(min(noun.subtree, key=lambda t: t.i), noun, cue)
    return _mention(toks, typ, _short_name(inner, toks, typ), times)


def _medium_subject(cue: Token) -> ChannelMention | None:
    """'The clip says …', 'said the ruling', 'Ivana Trump's brief said …'."""
    if cue.lemma_.lower() not in P.MEDIUM_SUBJECT_VERBS or cue.tag_ in {"VBG", "VBN"}:
        return None
    has_content = any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children) or any(
        t.text in P.QUOTE_MARKS for t in cue.sent)
    if not has_content:
        return None
    for subj in cue.children:
        if subj.dep_ != "nsubj" or subj.pos_ == "PRON":
            continue
        typ = noun_type(subj)
        if typ is None or typ == "rally_or_speech" and subj.lemma_ not in {"speech", "address"}:
            continue
        toks, times = _phrase_tokens(min(subj.subtree, key=lambda t: t.i), subj, cue)
        return _mention(toks, typ, _short_name(subj, toks, typ), times)
    return None


def is_negated_or_future(cue: Token) -> bool:
    """A cue that reports no statement made: negated, refused, or still to come."""
    for c in cue.children:
        if c.i < cue.i and (c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEG_ADVS)):
            return True
        if c.dep_ == "aux" and c.lower_ in {"will", "'ll", "’ll", "shall"}:
            return True
    head = cue.head
    return cue.dep_ == "xcomp" and (head.lemma_.lower() in _NEG_HEADS | _FUTURE_HEADS
                                    or any(c.dep_ == "neg" for c in head.children))


def cue_lemma(tok: Token) -> str:
    """The lemma of a cue verb, mending the model's lemmas for "tweeted"/"retweeted"."""
    low = tok.lower_
    for verb in ("retweet", "tweet"):
        if low.startswith(verb):
            return verb
    lemma = tok.lemma_.lower()
    return P.LEMMA_FIXES.get(lemma, lemma)


def _object_pps(cue: Token) -> list[ChannelMention]:
    """Event phrases the parser hung inside the cue's object ("cited her support of the raid … during a
    forum", "indicated as much in an email", "discussed his commitment to … at an event")."""
    out: list[ChannelMention] = []
    for obj in (c for c in cue.children if c.dep_ == "dobj"):
        for prep in obj.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in {"at", "during", "in", "on", "via"}:
                continue
            pobj = [c for c in prep.children if c.dep_ == "pobj"]
            typ = noun_type(pobj[0]) if pobj else None
            direct = prep.head == obj
            if typ is None or not direct and (prep.lower_ not in {"at", "during"} or typ not in P.EVENT_TYPES):
                continue
            toks, times = _phrase_tokens(prep, pobj[0], cue)
            out.append(_mention(toks, typ, _short_name(pobj[0], toks, typ), times))
    return out


def _adjacent_pp(cue: Token) -> list[ChannelMention]:
    """A phrase the parser hung on the cue's head although it sits just before the cue
    ("since Clinton, at Monday's debate, cited …")."""
    if cue.head.i == cue.i:
        return []
    found = pp_mentions(cue.head, cue)
    text = cue.doc.text
    return [m for m in found if m.end <= cue.idx and text[m.end:cue.idx].strip(" ,") == ""]


def _subject_participle(cue: Token) -> list[ChannelMention]:
    """'Trump, speaking to a veterans group in Virginia, said …' (participle on the subject)."""
    for subj in (c for c in cue.children if c.dep_ == "nsubj"):
        for part in subj.children:
            if part.dep_ in {"advcl", "acl"} and part.tag_ == "VBG" and part.lemma_.lower() in P.EVENT_PARTICIPLES:
                found = pp_mentions(part, cue) or ([m] if (m := _addressee(part)) else [])
                if found:
                    return found
    return []


def _phone_call(cue: Token) -> ChannelMention | None:
    """'Clinton called Alicia Machado on Friday to express gratitude': "called" = phoned."""
    if cue.lemma_.lower() != "call" or any(c.dep_ in {"oprd", "attr", "acomp", "prt", "ccomp"} for c in cue.children):
        return None
    objs = [c for c in cue.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
    purpose = [c for c in cue.children if c.dep_ in {"advcl", "xcomp"}
               and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
    phrasal = [c for c in cue.children if c.dep_ == "prep" and c.lower_ in {"for", "on"}
               and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)]
    if objs and purpose and not phrasal:
        return ChannelMention(cue.idx, cue.idx + len(cue), "other", "phone call")
    return None


def find_channel(cue: Token, depth: int = 0) -> ChannelMention | None:
    """The channel phrase of the statement whose cue verb is ``cue``, or None."""
    if is_negated_or_future(cue):
        return None
    lemma = cue_lemma(cue)
    if lemma == "accord":  # "according to a speech …"
        objs = [g for c in cue.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        evidential = objs and objs[0].lemma_.lower() in P.EVIDENTIAL_NOUNS
        if objs and not evidential and (typ := noun_type(objs[0])) and typ != "article_or_oped":
            toks, times = _phrase_tokens(objs[0].doc[min(t.i for t in objs[0].subtree)], objs[0], cue)
            return _mention(toks, typ, _short_name(objs[0], toks, typ), times)
        return None
    own = pp_mentions(cue, cue)
    addr = _addressee(cue)
    if lemma in P.MEDIUM_VERBS and not own:
        typ, name = P.MEDIUM_VERBS[lemma]
        return ChannelMention(cue.idx, cue.idx + len(cue), typ, name)
    subj = [c for c in cue.children if c.dep_ in {"nsubj"}]
    if lemma in {"write", "report"} and subj and any(
            t.lower_ in P.COLLEAGUE_WORDS for t in subj[0].subtree) and not own:
        return ChannelMention(cue.idx, cue.idx + len(cue), "article_or_oped", "article")
    if addr is not None:
        after = [m for m in own if m.start >= addr.end and cue.doc.text[addr.end:m.start].strip(" ,") == ""]
        if after:
            m = after[0]
            return ChannelMention(addr.start, m.end, m.type, addr.name, addr.time_tokens + m.time_tokens)
        return addr
    own = own or _adjacent_pp(cue) or _subject_participle(cue) or _object_pps(cue)
    if own:
        return min(own, key=lambda m: abs(m.start - cue.idx))
    if (m := _phone_call(cue)) is not None:
        return m
    for child in cue.children:  # "Speaking at a rally …", "Giving a speech in Toledo, …"
        if child.dep_ in {"advcl", "prep"} and child.lemma_.lower() in P.EVENT_PARTICIPLES and child.tag_ == "VBG":
            found = pp_mentions(child, cue) or ([m] if (m := _addressee(child)) else [])
            for obj in (c for c in child.children if c.dep_ == "dobj"):
                if (typ := noun_type(obj)) is not None:
                    toks, times = _phrase_tokens(obj.doc[min(t.i for t in obj.subtree)], obj, cue)
                    found.append(_mention(toks, typ, _short_name(obj, toks, typ), times))
            if found:
                return found[0]
    if (m := _issued_medium(cue)) or (m := _medium_subject(cue)):
        return m
    if cue.dep_ in {"xcomp", "advcl"} and cue.head.lemma_.lower() in P.CARRIER_VERBS:
        found = pp_mentions(cue.head, cue)
        if found:
            return found[0]
    if depth == 0 and lemma == "make":  # "made the reference Monday as he discussed … at an event …"
        for child in (c for c in cue.children if c.dep_ == "advcl" and c.lemma_.lower() in P.SPEECH_VERBS):
            if (m := find_channel(child, depth + 1)) is not None:
                return m
    if depth == 0 and cue.head.i != cue.i and cue.head.lemma_.lower() in P.SPEECH_VERBS:
        if cue.dep_ == "advcl" and cue.tag_ == "VBG":  # "…, Trump praised Putin, saying …"
            return find_channel(cue.head, depth + 1)
        if cue.dep_ == "conj":  # "At the forum, Clinton called … but she noted …"
            return find_channel(cue.head, depth + 1)
    if depth == 0 and cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.head.pos_ == "VERB":
        found = [m for m in pp_mentions(cue.head, cue) if m.type != "social_post" or m.start > cue.head.idx]
        if found:  # "unloaded on Sanders in a speech Sunday, accusing …"
            return found[0]
    return None
