"""Channel phrases linked to a cue through a neighbouring clause or a parser slip (ledger guidelines §B.2).

Used by ``channel_phrases.find_channel`` after the cue's own phrases:

* ``pp_into_content``: "Trump said during the debate were sparked by …": a phrase right after the cue
  that the parser hung on the cue's subjectless content clause;
* ``coordinated_issue``: "sent out a fund-raising email …, and accused Clinton of …": the medium issued
  by the verb a subjectless coordinated cue hangs on;
* ``media_only_post``: "accidentally posted an explicit image of himself on Twitter": a post of a picture
  or clip with no words reported, which is no statement (no channel).
"""

from __future__ import annotations

from spacy.tokens import Token

from onrecord.analyze import channel_patterns as P
from onrecord.analyze.channel_attach import pp_mentions
from onrecord.analyze.channel_modality import is_negated_or_future
from onrecord.analyze.channel_nouns import (
    ChannelMention,
    cue_lemma,
    in_quote,
    make_mention,
    name_tokens,
    noun_type,
    outlet_name,
    phrase_tokens,
    short_name,
)
from onrecord.analyze.frames import doc_text

# Verbs of putting something on a medium (see ``media_only_post``). Not "retweet": passing on someone's post
# endorses its message ("retweeted an unflattering photo of …").
POSTING_VERBS: frozenset[str] = P.words("post tweet email e-mail send share upload text")

# Objects of a posting verb that are pictures or clips, not words ("posted an image", "tweeting a crotch-shot").
PICTURE_NOUNS: frozenset[str] = P.words("image photo photograph picture pic selfie shot crotch-shot screenshot "
                                        "video clip gif meme footage")

# Fronted participles that report a question put to the speaker ("Reached by phone, …", "Asked about …, …").
QUESTION_PARTICIPLES: frozenset[str] = P.words("reach contact ask question press interview")

# Verbs of attempting between "used X" and the statement ("used the speech to try to refute …").
ATTEMPT_VERBS: frozenset[str] = P.words("try attempt seek")

# Prepositions of a channel in a headline label ("Trump on Twitter: …", "Ryan to House GOP: …").
LABEL_PREPS: frozenset[str] = P.words("on to in at via during")
LABEL_MAX_WORDS = 8

# Verbs by which an event holds a statement ("a speech that included Trump vowing to …").
INCLUDE_VERBS: frozenset[str] = P.words("include feature")

# Adverbs of a post made by mistake, and pictures of oneself: no message reported.
ACCIDENT_ADVERBS: frozenset[str] = P.words("accidentally mistakenly inadvertently unintentionally")
REFLEXIVES: frozenset[str] = P.words("himself herself themselves myself yourself")

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _own_subject(tok: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in tok.children)


def pp_into_content(cue: Token) -> list[ChannelMention]:
    """'Trump said during the debate were sparked by …': the phrase just after the cue, hung on its content
    clause although that clause's subject (if any) comes later."""
    doc = cue.doc
    if cue.i + 1 >= cue.sent.end:
        return []
    prep = doc[cue.i + 1]
    clause = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in P.MISATTACHED_PREPS or in_quote(prep):
        return []
    if clause.dep_ != "ccomp" or clause.head.i != cue.i:
        return []
    if any(c.dep_ in _SUBJECTS and c.i < prep.i for c in clause.children):
        return []
    return [m for m in pp_mentions(clause, cue) if m.start == prep.idx]


def coordinated_issue(cue: Token) -> ChannelMention | None:
    """'the campaign sent out a fund-raising email …, and accused Clinton of …', 'issued a statement and
    called for …': the medium a subjectless coordinated cue's issuing verb took as its object."""
    if cue.dep_ != "conj" or _own_subject(cue) or cue_lemma(cue) not in P.SPEECH_VERBS:
        return None
    head = cue.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in P.ISSUE_VERBS:
        return None
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        typ = noun_type(obj)
        if typ is None or typ in P.EVENT_TYPES:
            continue
        toks, times = phrase_tokens(min(obj.subtree, key=lambda t: t.i), obj, cue)
        return make_mention(toks, typ, short_name(obj, toks, typ), times)
    return None


def media_only_post(cue: Token) -> bool:
    """'accidentally posted a sexually explicit image of himself on Twitter', 'accidentally tweeting a
    crotch-shot': a picture of oneself or one posted by mistake, with no clause or quotation of content, is
    no statement. A picture of someone else passed on is a message ("tweeted an image of Clinton alongside
    $100 bills")."""
    if cue_lemma(cue) not in POSTING_VERBS:
        return False
    accidental = any(c.dep_ == "advmod" and c.lower_ in ACCIDENT_ADVERBS for c in cue.children)
    objs = [c for c in cue.children if c.dep_ == "dobj"]
    if not objs:  # "tweeting and emailing a video": the object hangs on the last verb
        objs = [g for c in cue.children if c.dep_ == "conj" and cue_lemma(c) in POSTING_VERBS
                for g in c.children if g.dep_ == "dobj"]
    if not objs or not all(_picture(o) for o in objs):
        return False
    if not accidental and not any(t.lower_ in REFLEXIVES for o in objs for t in o.subtree):
        return False
    if any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children):
        return False
    doc = cue.doc
    rel = {t.i for o in objs for c in o.children if c.dep_ == "relcl" for t in c.subtree}  # "…, in which X called"
    end = max(t.i for o in objs for t in o.subtree if t.i not in rel)  # "a photo with the caption: “…”" has words
    after = [t.text for t in doc[end + 1: min(end + 3, cue.sent.end)]]
    words_ = any(t.text in P.QUOTE_MARKS or t.text == ":" for t in doc[cue.i: end + 1])
    return not (words_ or after[:1] and (after[0] in P.QUOTE_MARKS or after[0] == ":"
                                         or after[0] == "," and after[1:2] and after[1] in P.QUOTE_MARKS))


def _picture(obj: Token) -> bool:
    word = obj.lower_.split("-")[-1]
    prev = obj.doc[obj.i - 2].lower_ if obj.i >= 2 and obj.doc[obj.i - 1].text == "-" else ""
    return obj.lemma_.lower() in PICTURE_NOUNS or word in PICTURE_NOUNS or f"{prev}-{obj.lower_}" in PICTURE_NOUNS


def phone_call(cue: Token) -> ChannelMention | None:
    """'Clinton called Alicia Machado on Friday to express gratitude', 'calling Yahoo News to ask readers to
    …': "called" a person or an outlet = phoned (type other)."""
    if cue.lemma_.lower() != "call" or any(c.dep_ in {"oprd", "attr", "acomp", "prt", "ccomp"} for c in cue.children):
        return None
    objs = [c for c in cue.children if c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or outlet_name(name_tokens(c)))]
    purpose = [c for c in cue.children if c.dep_ in {"advcl", "xcomp"}
               and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
    phrasal = [c for c in cue.children if c.dep_ == "prep" and c.lower_ in {"for", "on"}
               and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)]
    if objs and purpose and not phrasal:
        return ChannelMention(cue.idx, cue.idx + len(cue), "other", "phone call")
    return None


def reported_within(cue: Token) -> bool:
    """'Axelrod noted that he wrote his first column on that subject, “…”': a cue inside the content clause of
    another speech verb; a quotation in the sentence belongs to that outer statement."""
    return cue.dep_ == "ccomp" and cue.head.i != cue.i and cue_lemma(cue.head) in P.SPEECH_VERBS


def included_in_event(cue: Token) -> ChannelMention | None:
    """'addressed the students in a wide-ranging speech that included Trump vowing to protect …': a content
    participle that an event includes."""
    if cue.tag_ != "VBG":
        return None
    verb = cue.head if cue.dep_ in {"dobj", "ccomp"} else cue.head.head if cue.dep_ == "acl" else None
    if verb is None or verb.lemma_.lower() not in INCLUDE_VERBS or verb.dep_ not in {"relcl", "acl"}:
        return None
    event = verb.head
    typ = noun_type(event)
    if typ not in P.EVENT_TYPES:
        return None
    first = event.head if event.dep_ == "pobj" and event.head.lower_ in P.CHANNEL_PREPS else \
        min(event.subtree, key=lambda t: t.i)
    toks, times = phrase_tokens(first, event, cue)
    return make_mention(toks, typ, short_name(event, toks, typ), times)


def where_event(cue: Token) -> ChannelMention | None:
    """'Trump held a rally in Tampa on Monday, where he said …': a "where"/"at which" clause the parser hung on
    the event's place or date; the event noun above it is the channel."""
    which = any(c.dep_ == "prep" and c.i < cue.i and any(g.lower_ == "which" for g in c.children)
                for c in cue.children)  # "a conference call with researchers during which she underscored …"
    if cue.dep_ != "relcl" or not which and not any(c.lower_ in {"where", "when"} and c.dep_ in {"advmod", "mark"}
                                                    for c in cue.children):
        return None
    node = cue.head
    while node.dep_ in {"pobj", "prep", "dative", "npadvmod", "compound", "appos"} and noun_type(node) is None \
            and node.head.i != node.i:
        node = node.head
    if node.pos_ == "VERB":  # "held a rally … on Monday, where": the date hangs on the verb; its object
        node = next((c for c in node.children if c.dep_ == "dobj" and noun_type(c) in P.EVENT_TYPES), node)
    typ = noun_type(node) if node.pos_ in {"NOUN", "PROPN"} else None
    if typ is None or typ not in P.EVENT_TYPES and not which or node.i == cue.head.i:
        return None  # the head itself is handled by the relative-clause rule
    first = node.head if node.dep_ == "pobj" and node.head.lower_ in P.CHANNEL_PREPS else \
        min(node.subtree, key=lambda t: t.i)
    toks, times = phrase_tokens(first, node, cue)
    return make_mention(toks, typ, short_name(node, toks, typ), times)


def question_participle(cue: Token) -> ChannelMention | None:
    """'Reached by phone, the congressman said …', 'Asked about the report at a news conference, Trump said …',
    'Asked by reporters whether …': the occasion of the question a fronted participle reports."""
    for part in (c for c in cue.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < cue.i
                 and c.lemma_.lower() in QUESTION_PARTICIPLES):
        found = pp_mentions(part, cue)
        for node in (t for t in part.subtree if t.pos_ in {"NOUN", "PROPN"} and t.dep_ == "pobj"):
            found += [m for m in pp_mentions(node, cue) if m.type in P.EVENT_TYPES
                      and doc_text(cue.doc)[m.start: m.end].split()[0].lower() in {"at", "during", "in", "on"}]
        for agent in (c for c in part.children if c.dep_ == "agent"):
            for who in (g for g in agent.children if g.dep_ == "pobj"):
                typ = noun_type(who, addressee=True) or next(  # "When pressed by the debate's moderators"
                    (t for c in who.children if c.dep_ == "poss" and (t := noun_type(c)) in P.EVENT_TYPES), None)
                if typ in P.EVENT_TYPES:  # "Asked by reporters", "asked by CNN"
                    toks = list(who.subtree)
                    found.append(make_mention(toks, typ, short_name(who, toks, typ), []))
        if found:
            return min(found, key=lambda m: m.start)
    return None


def trailing_medium(cue: Token) -> ChannelMention | None:
    """'She called for a redoubling of efforts to … in a statement following the news': a sentence-final
    medium phrase inside the cue's own content (no clause with a subject of its own in between)."""
    sent_toks = [t for t in cue.sent if not (t.is_punct or t.is_space)]
    if not sent_toks or cue_lemma(cue) not in P.SPEECH_VERBS:
        return None
    for prep in (t for t in cue.subtree if t.dep_ == "prep" and t.lower_ == "in" and t.i > cue.i):
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if not objs or max(t.i for t in prep.subtree) < sent_toks[-1].i or in_quote(prep):
            continue
        typ = noun_type(objs[0])
        bare = objs[0].tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in objs[0].children)
        if typ not in P.TRAILING_MEDIA_TYPES or bare:  # "accused X of misrepresenting herself in interviews"
            continue
        node = prep.head
        while node.i != cue.i:
            if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in node.children) or node.dep_ in {"ccomp", "relcl"}:
                break
            node = node.head
        else:
            toks, times = phrase_tokens(prep, objs[0], cue)
            return make_mention(toks, typ, short_name(objs[0], toks, typ), times)
    return None


def topic_event(cue: Token) -> list[ChannelMention]:
    """'Trump said of the move during an interview on Fox News': an occasion the parser hung on the topic of
    the cue ("of"/"about" its object)."""
    out: list[ChannelMention] = []
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in {"of", "about"} and c.i > cue.i):
        for topic in (c for c in prep.children if c.dep_ == "pobj"):
            out += [m for m in pp_mentions(topic, cue) if m.type in P.EVENT_TYPES
                    and doc_text(cue.doc)[m.start: m.end].split()[0].lower() in {"during", "at", "in", "on"}]
    return out


def passive_issue(cue: Token) -> ChannelMention | None:
    """'a Clinton campaign memo was released as the polls closed stating that …': a content participle on (or
    near) a passive verb of issuing whose subject is the medium."""
    if cue.tag_ != "VBG" or cue.dep_ not in {"advcl", "acl", "xcomp"}:
        return None
    node = cue.head
    for _ in range(2):
        if node.lemma_.lower() in P.ISSUE_VERBS or node.dep_ != "advcl":
            break
        node = node.head
    if node.lemma_.lower() not in P.ISSUE_VERBS or not any(c.dep_ == "auxpass" for c in node.children) \
            or is_negated_or_future(node) or reported_within(node):
        return None  # not "saying … that additional lawsuits will be filed questioning …"
    for subj in (c for c in node.children if c.dep_ == "nsubjpass"):
        typ = noun_type(subj)
        if typ is not None and typ not in P.EVENT_TYPES:
            toks, times = phrase_tokens(min(subj.subtree, key=lambda t: t.i), subj, cue)
            return make_mention(toks, typ, short_name(subj, toks, typ), times)
    return None


def used_medium(cue: Token) -> ChannelMention | None:
    """'Ramos used his acceptance speech to call for …', 'used a tweet to try to refute …': the medium or event
    the speaker used to make the statement."""
    node = cue
    while node.dep_ in {"xcomp", "advcl"} and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() == "use":
            break
        if node.lemma_.lower() not in ATTEMPT_VERBS:
            return None
    if node.lemma_.lower() != "use" or node.i == cue.i or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return None
    for obj in (c for c in node.children if c.dep_ == "dobj"):
        typ = noun_type(obj)
        if typ is not None:
            toks, times = phrase_tokens(min(obj.subtree, key=lambda t: t.i), obj, cue)
            return make_mention(toks, typ, short_name(obj, toks, typ), times)
    return None


def label_channel(cue: Token) -> ChannelMention | None:
    """'Trump on Twitter: …', 'Sanders to supporters: …', 'Clinton, in interview: …': the channel named in a
    headline label before the colon that introduces a quotation."""
    if cue.text != ":":
        return None
    doc = cue.doc
    start = cue.i  # back to the start of the label's line or sentence
    while start > cue.sent.start and "\n" not in doc[start - 1].text:
        start -= 1
    label = [t for t in doc[start: cue.i] if not (t.is_punct or t.is_space)]
    if len(label) > LABEL_MAX_WORDS or any(t.pos_ in {"VERB", "AUX"} and t.text.islower() for t in label):
        return None  # a sentence with a verb before its colon is no label ("Trump returned … at a rally, where …:")
    for prep in doc[start: cue.i]:
        if prep.dep_ not in {"prep", "dative"} or prep.lower_ not in LABEL_PREPS or in_quote(prep):
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if not objs:
            continue
        obj = objs[0]
        if prep.lower_ == "to":
            typ = noun_type(obj, addressee=True) or (
                "rally_or_speech" if obj.tag_ in {"NNS", "NNPS"} and obj.lemma_.lower() in P.AUDIENCE_PEOPLE else None)
            first = min(obj.subtree, key=lambda t: t.i)
        else:
            typ = noun_type(obj)
            first = prep
        if typ is None:
            continue
        toks, times = phrase_tokens(first, obj, cue)
        return make_mention(toks, typ, short_name(obj, toks, typ), times)
    return None


def participle_object(part: Token, cue: Token) -> ChannelMention | None:
    """'Smith, delivering Cross' speech, asked …', 'giving a speech in Toledo': the event an event participle
    takes as its object."""
    for obj in (c for c in part.children if c.dep_ == "dobj"):
        typ = noun_type(obj)
        if typ in P.EVENT_TYPES:
            toks, times = phrase_tokens(min(obj.subtree, key=lambda t: t.i), obj, cue)
            return make_mention(toks, typ, short_name(obj, toks, typ), times)
    return None


def quoted_by(cue: Token) -> ChannelMention | None:
    """'was quoted by Reuters as saying …', 'was quoted in the Guardian as saying …' (the outlet), 'can be
    heard saying … in a video' (the medium the words were caught on)."""
    head = cue.head
    if cue.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() in {"quote", "cite"}:
        verb = head.head
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            by = [t for c in agent.children if c.dep_ == "pobj" for t in c.subtree]
            if by and (name := outlet_name(by)):
                return ChannelMention(by[0].idx, by[-1].idx + len(by[-1]), "interview", name)
        found = [m for m in pp_mentions(verb, cue) if m.start < cue.idx]
        return found[0] if found else None
    if cue.dep_ == "xcomp" and head.lemma_.lower() in {"hear", "see", "film", "record", "catch", "show"}:
        found = pp_mentions(head, cue)
        return found[0] if found else None
    return None


def fronted_event_participle(cue: Token) -> ChannelMention | None:
    """'Sunday, on CNN's “State of the Union,” while commenting on …, Fallin said': a participle clause hung on
    the cue before it, whatever its verb and wherever it stands, that places the statement in an event (a
    rally, speech, debate, interview, hearing). ``channel_phrases._fronted_participle`` covers the
    sentence-initial participle the parser hung elsewhere."""
    for part in (c for c in cue.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < cue.i):
        found = [m for m in pp_mentions(part, cue) if m.type in P.EVENT_TYPES]
        if found:
            return found[0]
    return None
