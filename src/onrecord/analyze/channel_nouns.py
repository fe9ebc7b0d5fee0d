"""Channel nouns and phrases: what a noun names (``noun_type``), where a channel phrase starts and
ends (``phrase_tokens``), and its short name (``short_name``). Used by ``channel_phrases``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from onrecord.analyze import channel_patterns as P
from onrecord.analyze.channel_text import cue_lemma, in_quote, mistagged_verb  # noqa: F401  re-exported
from onrecord.analyze.frames import doc_ents

_RELCL_KEEP = frozenset({"deliver", "give", "hold", "make"})


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


def is_time(tok: Token) -> bool:
    """A date/time token ("Friday", "evening", "July") that is not part of a name."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in P.CHANNEL_NOUNS:
        return False  # "in a tweet Tuesday" with "a tweet" mis-tagged as part of a DATE
    return tok.ent_type_ in {"DATE", "TIME"} or (tok.lower_ in P.TIME_NOUNS and not tok.ent_type_)


def name_tokens(head: Token) -> list[Token]:
    """The head noun with its compound/flat-name modifiers, in order."""
    toks = [c for c in head.children if c.dep_ in {"compound", "nmod"} and c.i < head.i] + [head]
    return sorted(toks, key=lambda t: t.i)


def platform_name(tokens: list[Token]) -> str | None:
    """The social platform named among ``tokens`` ("Truth Social", "X" after "on"), canonically spelled."""
    text = " ".join(t.text.lower() for t in tokens)
    for key, name in P.PLATFORMS.items():
        if key == "x":
            if any(t.text in {"X", "X."} and t.i > 0 and t.doc[t.i - 1].lower_ in {"on", "via"} for t in tokens):
                return name
        elif f" {key} " in f" {text} ":
            return name
    return None


_CALL_LETTERS = re.compile(P.CALL_LETTERS)


def _call_letters(t: Token) -> bool:
    """US broadcast call letters ("WEEI", "KTVU-TV"), not a word in capitals ("WHAT", an all-caps headline)."""
    if not _CALL_LETTERS.fullmatch(t.text) or t.text in P.CALL_LETTER_EXCEPTIONS or t.is_stop \
            or t.pos_ not in {"PROPN", "NOUN"}:
        return False
    doc = t.doc
    near = [doc[i] for i in (t.i - 1, t.i + 1) if 0 <= i < len(doc) and doc[i].is_alpha and len(doc[i]) > 1]
    return not any(n.text.isupper() for n in near)


def outlet_name(tokens: list[Token]) -> str | None:
    """The news outlet or programme named among ``tokens`` ("The New York Times", "CNN"), as written."""
    written = " ".join(t.text for t in tokens).replace(" ’s", "’s").replace(" 's", "'s")
    text = written.lower().replace("’s", "'s")
    prev = tokens[0].doc[tokens[0].i - 1] if tokens and tokens[0].i > 0 else None
    lead = "the " if prev is not None and prev.lower_ == "the" else ""  # "the Atlantic": the det is no name token
    for phrase in P.OUTLET_PHRASES:
        at = (lead + text).find(phrase)
        if at != -1:
            at -= len(lead)
            return written[max(at, 0): at + len(phrase)]
    for t in tokens:
        if t.text.lower() in P.OUTLETS and t.pos_ == "PROPN":
            return t.text
        if _call_letters(t):
            return t.text  # "told WEEI"
    return None


def _hyphenated(head: Token) -> str | None:
    """'op-ed', 'sit-down', 'e-mail' when the tokenizer split the noun at its hyphen."""
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text == "-" and not doc[head.i - 1].whitespace_:
        word = f"{doc[head.i - 2].lower_}-{head.lower_}"
        return word[:-1] if head.tag_ in {"NNS", "NNPS"} and word[:-1] in P.CHANNEL_NOUNS else word  # "op-eds"
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
    if head.text == "Mass" and head.dep_ == "pobj" and head.head.lower_ in {"at", "during", "after", "in"}:
        return "rally_or_speech"  # "said during Mass on Sunday": a sermon
    if lemma in P.ADDRESSED_REMARK_NOUNS and not addressee:  # "in remarks to reporters", "comments to the AP"
        to = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
              if g.dep_ == "pobj"]
        heard = noun_type(to[0], addressee=True) if to else None
        if heard in {"press_remarks", "interview"}:
            return heard
        if lemma == "comment" and any(c.dep_ == "acl" and c.lemma_.lower() in {"air", "broadcast"} for c in head.children):
            return "interview"  # "in comments aired Sunday"
        if lemma == "comment" and not platform_name(name_tokens(head)):
            return None  # "comments" without an addressee: too vague ("his comments on Iraq")
    if lemma == "release" and not any(c.dep_ in {"det", "poss", "compound", "amod", "nummod"} for c in head.children):
        return None  # "supports 4K streaming at release": the product's launch, not a press release
    if lemma == "hall" and "town" in mod_lemmas:  # "at a town hall sponsored by CNN"
        lemma = "town hall"
    plat = platform_name(name_tokens(head))
    if plat and (head.lower_.rstrip(".") == plat.split()[-1].lower() or not addressee and (
            lemma in P.CHANNEL_NOUNS or lemma in P.PLATFORM_PARTS)):
        return "social_post"  # not "Twitter staff members", "A Twitter spokesman"
    if addressee and plat and lemma in P.PLATFORM_AUDIENCE:
        return "social_post"  # "wrote to his 20,000 Twitter followers"
    if lemma == "board" and "editorial" in mod_lemmas:
        return "interview"  # "told the Des Moines Register editorial board", "speaking with … editorial board"
    if addressee:
        typ = P.ADDRESSEE_NOUNS.get(lemma) if head.pos_ != "PROPN" else None  # not "Jerry Hall"
        compound = [P.COMPOUND_TYPES[(lemma, m)] for m in mod_lemmas if (lemma, m) in P.COMPOUND_TYPES]
        if typ is not None and compound:
            typ = compound[0]  # "told a news conference": press_remarks
        if typ is None and outlet_name(name_tokens(head)):
            typ = "interview"
        elif typ is None and mod_lemmas & P.OUTLET_KIND_WORDS and (head.pos_ == "PROPN" or any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)):
            typ = "interview"  # "told French television channel BFM TV"
        elif typ is None and head.pos_ == "PROPN" and head.ent_type_ not in {"PERSON", "GPE", "LOC", "NORP"} and any(
                c.dep_ == "det" and c.text == "The" and c.i > head.sent.start for c in head.children):
            typ = "interview"  # "told The Star-Ledger of Newark": a publication's title
        elif typ is None and head.pos_ in {"PROPN", "NOUN"} and any(
                c.dep_ == "poss" and outlet_name(list(c.subtree)) for c in head.children):
            typ = "interview"  # "told ABC's This Week", "speaking to MSNBC's Morning Joe"
        elif typ is None and lemma.split("-")[-1] in P.OUTLET_KIND_WORDS and any(
                c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" for c in head.children):
            typ = "interview"  # "told The Post and Courier newspaper", "told WKOW-TV"
        elif typ is None and head.ent_type_ in {"ORG", "WORK_OF_ART"} and head.head.lemma_ == "tell":
            named = " ".join(t.lower_ for t in name_tokens(head))
            hearing = any(w in named for w in P.HEARING_BODIES)
            typ = "testimony" if hearing else "rally_or_speech" if gathering(head) else \
                "interview" if _named_body(head) else None
        if head.lower_ in P.AUTHOR_PRONOUNS:
            typ = "interview"
        return typ
    capitalised = head.text[:1].isupper() and head.i > head.sent.start and not head.doc[head.i - 1].is_punct
    if (head.pos_ == "PROPN" and (outlet_name(name_tokens(head)) or head.ent_type_ == "ORG") or capitalised) \
            and head.lower_ in P.NEWSPAPER_WORDS:  # "the Washington Post", "according to the Post" is no "post"
        return None
    if lemma in {"call", "teleconference"} and any(t.lemma_.lower() in {"reporter", "journalist"} for t in head.subtree):
        return "press_remarks"  # "in a conference call with reporters"
    if lemma in P.CONVERSATION_NOUNS and (talk := _conversation_type(head)) is not None:
        return talk
    if lemma in P.ANSWER_NOUNS and (asked := _answer_type(head) or _fronted_reply(head)) is not None:
        return asked
    for mod in mod_lemmas:
        if (lemma, mod) in P.COMPOUND_TYPES:
            return P.COMPOUND_TYPES[(lemma, mod)]
    possessed_show = lemma == "show" and any(c.dep_ == "poss" for c in mods)
    if lemma in P.NEEDS_MODIFIER and not (mod_lemmas & P.NEEDS_MODIFIER[lemma]) and not possessed_show \
            and not _determined_ok(head, lemma) and not _named_show(head, lemma):
        return None
    if lemma in P.NEEDS_COMPLEMENT:
        preps = {c.lower_ for c in head.children if c.dep_ == "prep"}
        if not preps & P.NEEDS_COMPLEMENT[lemma]:
            return None
        if any("editorial" in t.lower_ for t in head.subtree):
            return "interview"
    typ = P.CHANNEL_NOUNS.get(lemma)
    if typ is None or lemma in P.ISSUED_REPORT_NOUNS and _news_report(head):
        return None
    if mod_lemmas & P.BROADCAST_MODIFIERS and lemma in P.BROADCAST_HEADS:
        return "interview"
    if lemma in {"forum", "town hall", "townhall", "call"} and outlet_name(list(head.subtree)):
        return "interview"
    if lemma == "appearance" and not (outlet_name(mods) or any(c.lower_ == "on" for c in head.children)):
        return "rally_or_speech"
    return typ


def _conversation_type(head: Token) -> str | None:
    """'a discussion with BuzzFeed Editor-in-Chief Ben Smith' (interview), 'an exchange with reporters'
    (press_remarks): talk typed by its press or journalist interlocutor."""
    for with_ in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"):
        for who in (c for c in with_.children if c.dep_ == "pobj"):
            typ = noun_type(who, addressee=True)
            if typ in {"press_remarks", "interview"}:
                return typ
        sub = [t for t in with_.subtree if t.i > with_.i]  # the parser may hang the name deeper
        if outlet_name(sub) or any(t.lower_ in journalists(head.doc) or t.lemma_.lower() in P.JOURNALIST_WORDS
                                   for t in sub if t.pos_ in {"NOUN", "PROPN"}):
            return "interview"
    return None


def gathering(head: Token) -> bool:
    """A named organisation whose meeting one addresses ("the Republican Jewish Coalition", "the Economic Club of
    New York"), not a venue ("Georgetown University") or an outlet."""
    if head.pos_ != "PROPN" or head.ent_type_ not in {"ORG", "NORP", ""}:
        return False
    return any(t.lower_ in P.GATHERING_WORDS for t in name_tokens(head))


def _answer_type(head: Token) -> str | None:
    """'in response to a question from a reporter' (press_remarks), 'in answer to questions from CNN's Jake
    Tapper' (interview): an answer typed by who asked."""
    for to in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "to"):
        for question in (c for c in to.children if c.dep_ == "pobj" and c.lemma_.lower() in {"question", "query"}):
            for frm in (c for c in question.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}):
                for who in (c for c in frm.children if c.dep_ == "pobj"):
                    typ = noun_type(who, addressee=True)
                    if typ in {"press_remarks", "interview"}:
                        return typ
                    if outlet_name(list(who.subtree)) or who.lower_ in journalists(head.doc):
                        return "interview"
    return None


def _fronted_reply(head: Token) -> str | None:
    """'In his response, Mr. Coll said …': a possessed reply fronted before the cue is the written answer the
    speaker sent (not "in response to the attack", with no possessor)."""
    prep = head.head
    fronted = head.dep_ == "pobj" and prep.lower_ == "in" and prep.i == head.sent.start
    owned = any(c.dep_ == "poss" for c in head.children) and not any(c.dep_ == "prep" for c in head.children)
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return "written_statement" if fronted and owned and after is not None and after.text == "," else None


def _named_body(head: Token) -> bool:
    """An addressee entity that names an organisation, not a person the model tagged ORG ("told Trump"): a
    name of several words ("the Orlando Sentinel"), an acronym ("WMUR"), a known outlet or a paper's last
    word ("told the Post"), or "The X"."""
    ent = next((e for e in doc_ents(head.doc) if e.start <= head.i < e.end), None)
    words_ = [t for t in (ent or [head]) if not t.is_punct and t.dep_ != "det"]
    the = any(c.dep_ == "det" and c.text == "The" for c in head.children)
    return len(words_) > 1 or head.text.isupper() or head.lower_ in P.OUTLETS | P.NEWSPAPER_WORDS or the


def _news_report(head: Token) -> bool:
    """'according to reports', 'a Reuters report', 'news reports': a publisher's report, not a document a
    speaker issued (guidelines §B.1)."""
    doc = head.doc  # the report's words and what follows it ("a report from WKOW, the ABC affiliate")
    mods = [t for t in head.subtree if t.i < head.i] + list(doc[head.i + 1: min(head.sent.end, head.i + 12)])
    if head.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in head.children):
        return True
    return bool(outlet_name(mods) or {t.lower_ for t in mods} & P.NEWS_REPORT_WORDS
                or any(t.pos_ == "PROPN" and t.lower_ in P.OUTLETS | P.NEWSPAPER_WORDS for t in mods))


def _named_show(head: Token, lemma: str) -> bool:
    """'on The Laura Ingraham Show', 'on the Daily Show': a programme named with capitalised words."""
    if head.dep_ != "pobj" or head.head.lower_ != "on":  # not "head of the Asia Pacific Program"
        return False
    return lemma in P.NAMED_SHOW_HEADS and head.pos_ == "PROPN" and head.text[:1].isupper() and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i for c in head.children)


def _determined_ok(head: Token, lemma: str) -> bool:
    """'said on the show', 'what she said in the piece', 'the suit claims': a held-back noun in a
    position that makes it a channel (``DETERMINED_OK``)."""
    if head.dep_ == "pobj" and head.head.lower_ in P.POSSESSED_OK.get(lemma, ()) and any(
            c.dep_ == "poss" for c in head.children):
        return True  # "In his order, Curiel noted …"
    if lemma in P.RECIPIENT_OK and head.dep_ == "pobj" and head.head.lower_ == "in" and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
        return True  # "In a message to Clinton, Tanden recounted …"
    where = P.DETERMINED_OK.get(lemma)
    if not where or head.pos_ != "NOUN" or not any(c.dep_ in {"det", "poss"} or c.dep_ == "nummod" and c.lower_ == "one"
                                                  for c in head.children):
        return False
    if head.dep_ in {"nsubj", "dobj"}:
        return head.dep_ in where
    return head.dep_ == "pobj" and head.head.lower_ in where


def phrase_tokens(first: Token, head: Token, cue: Token) -> tuple[list[Token], list[Token]]:
    """Tokens of the phrase from ``first`` through ``head``'s kept modifiers; and trimmed time tokens."""
    dropped: set[int] = set()
    for t in head.subtree:
        if t.i in dropped or t.i <= head.i:
            continue
        drop = False
        if t.dep_ in {"relcl", "acl"} and t.head.i >= head.i:
            drop = t.lemma_.lower() not in _RELCL_KEEP or t.dep_ == "acl"
        elif t.dep_ == "prep" and t.lower_ in P.CUT_PREPS and (t.head.i == head.i or _in_series(t.head)):
            obj = [c for c in t.children if c.dep_ == "pobj"]
            drop = not (obj and (platform_name(name_tokens(obj[0])) or outlet_name(list(obj[0].subtree))))
        elif t.dep_ in {"advcl", "ccomp", "conj", "cc"} and t.head.i == head.i \
                or t.dep_ == "advmod" and t.lower_ in {"ahead", "prior"}:  # "… ahead of his fourth event": a time
            drop = True
        if drop:
            dropped.update(x.i for x in t.subtree)
    toks = [t for t in head.subtree if t.i not in dropped and t.i != cue.i]
    toks = [t for t in first.doc[first.i: max(t.i for t in toks) + 1]] if toks else [head]
    after = [i for i in dropped | {cue.i} if head.i < i <= toks[-1].i]
    if after:  # "The complaint, filed Tuesday in federal court, alleges": stop at a dropped modifier
        toks = [t for t in toks if t.i < min(after)] or [head]
    # Stop at the cue or at a clause boundary (comma followed by a verb) inside the span.
    cut = [t.i for t in toks if t.i == cue.i]
    if cut:
        toks = [t for t in toks if t.i < cut[0]]
    trimmed: list[Token] = []
    while len(toks) > 1 and (toks[-1].is_punct or is_time(toks[-1]) and not _ends_outlet(toks)
                             or toks[-1].lower_ in _TRIM_WORDS or toks[-1].dep_ in {"case", "cc"}
                             or toks[-1].pos_ == "ADP"):
        if is_time(toks[-1]):
            trimmed.append(toks[-1])
        toks.pop()
    inner_time = [t for t in toks if t.ent_type_ in {"DATE", "TIME"}]
    return toks, inner_time + trimmed


def _ends_outlet(toks: list[Token]) -> bool:
    """'in USA Today', 'on NBC's Today': the last word is an outlet's name, not a time to trim."""
    name = outlet_name(toks[-3:])
    return bool(name) and name.lower().endswith(toks[-1].lower_)


def _in_series(noun: Token) -> bool:
    """The medium of "one of a blizzard of Twitter messages": its topic modifier is cut like the head's."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in P.SERIES_NOUNS | P.SELECTOR_NOUNS


def make_mention(toks: list[Token], typ: str, name: str, time_toks: list[Token]) -> ChannelMention:
    toks = [t for t in toks if not t.is_space] or toks
    return ChannelMention(toks[0].idx, toks[-1].idx + len(toks[-1].text.rstrip()), typ, name, time_toks)


def _entity_name(toks: list[Token]) -> str | None:
    """An interviewer or outlet named inside the phrase ("with Sean Hannity", "to the NFL Network's Rich Eisen")."""
    doc = toks[0].doc
    ents = [e for e in doc_ents(doc) if e.start >= toks[0].i and e.end <= toks[-1].i + 1
            and e.label_ in {"PERSON", "ORG", "WORK_OF_ART"}]
    for e in ents:
        if e.root.head.lower_ in {"with", "to", "by"} or e.root.dep_ == "poss":
            return e.text
    return None


def short_name(head: Token, toks: list[Token], typ: str) -> str:
    plat = platform_name(toks)
    if plat:
        return plat
    if typ == "social_post":
        return "Twitter" if "tweet" in head.lower_ else head.lemma_.lower()
    if typ in {"interview", "press_remarks"}:
        named = _entity_name(toks) or outlet_name(toks)
        if named:
            return named
    mods = [c.lower_ for c in head.children if c.dep_ == "compound" and c.i < head.i and c.pos_ != "PROPN"]
    return " ".join([*mods, head.lemma_.lower() if head.lower_ != "remarks" else "remarks"])


_JOURNALISTS_KEY = "onrecord_channel_journalists"


def journalists(doc) -> frozenset[str]:
    """Lower-cased name words of the people the article presents as journalists or hosts ("conservative radio
    host Hugh Hewitt", "ABC's George Stephanopoulos", "Megyn Kelly of Fox News"), so that a later "told
    Hewitt" is an interview (guidelines §B.2: told <outlet or journalist>)."""
    found = doc.user_data.get(_JOURNALISTS_KEY)
    if found is None:
        names: set[str] = set()
        for ent in doc_ents(doc):
            if ent.label_ != "PERSON":
                continue
            before = doc[max(ent.start - 4, ent.sent.start): ent.start]
            after = list(doc[ent.end: min(ent.end + 5, ent.sent.end)])
            titled = bool(before) and before[-1].lemma_.lower() in P.JOURNALIST_WORDS or (  # "host Hugh Hewitt"
                len(after) > 2 and after[0].text == "," and any(  # "Hugh Hewitt, the radio host,"
                    t.lemma_.lower() in P.JOURNALIST_WORDS for t in after[1:4]) and not any(
                    t.pos_ in {"VERB", "AUX"} for t in after[1:4]))
            outlet = bool(outlet_name(list(before))) and before[-1].text in {"'s", "’s"} or (
                bool(after) and after[0].lower_ in {"of", "from"} and bool(outlet_name(after[1:])))
            if titled or outlet:
                names.update(t.lower_ for t in ent if t.pos_ == "PROPN" and len(t.text) > 2)
        found = frozenset(names)
        doc.user_data[_JOURNALISTS_KEY] = found
    return found
