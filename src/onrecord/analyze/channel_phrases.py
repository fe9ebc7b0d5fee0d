"""Find the channel phrase of one speech cue in a parsed sentence (ledger guidelines §B).

``find_channel(cue)`` looks, in order, at: a verb that names its own medium ("tweeted"); the cue's
own prepositional phrases ("said in an interview with …", fronted "In a statement on Telegram, …");
its addressee ("told reporters", "spoke to a veterans group"); an event participle ("Speaking at a
rally in Novi, …"); a medium the speaker issued ("unleashed a series of tweets saying …"); a medium
as subject ("The clip says …", "the suit claims …"); a medium the cue issues ("issued a statement,
“…”"); a sentence-initial event participle the parser hung elsewhere ("Addressing about 100 committee
members at the spring meeting, …"); and, for a participle, coordinated or subordinate cue, the channel
of the verb it hangs on ("In an interview …, Trump praised Putin, saying …", "… during a rally when
the candidate implied …"); last, a sentence-final medium inside the cue's own content.
"""

from __future__ import annotations

from spacy.tokens import Token

from onrecord.analyze import channel_patterns as P
from onrecord.analyze.channel_addressees import addressee
from onrecord.analyze.channel_attach import misattached_pps, others_medium, own_clause_nodes, pp_mentions
from onrecord.analyze.channel_issued import issued_object, medium_participle
from onrecord.analyze.channel_links import (
    coordinated_issue,
    fronted_event_participle,
    included_in_event,
    media_only_post,
    participle_object,
    passive_issue,
    phone_call,
    pp_into_content,
    question_participle,
    quoted_by,
    topic_event,
    trailing_medium,
    used_medium,
    where_event,
)
from onrecord.analyze.channel_modality import is_negated_or_future, thing_posted
from onrecord.analyze.channel_nouns import (
    ChannelMention,
    cue_lemma,
    in_quote,
    is_time,
    make_mention,
    noun_type,
    phrase_tokens,
    platform_name,
    short_name,
)
from onrecord.analyze.channel_text import has_subject
from onrecord.analyze.channel_trailing import spent_occasion, trailing_event
from onrecord.analyze.cues import adjectival_participle
from onrecord.analyze.frames import doc_text

__all__ = ["ChannelMention", "cue_lemma", "find_channel", "in_quote", "is_negated_or_future", "noun_type",
           "platform_name", "pp_mentions"]


def _issued_medium(cue: Token) -> ChannelMention | None:
    """'issued a policy paper welcoming …', 'a letter … that says', 'sent a letter …, calling for …'."""
    noun = None
    if cue.lemma_.lower() in P.DISPLAY_VERBS:  # "ads that refer to …", "a clip showing …"
        return None
    rel_pron = any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"that", "which"} for c in cue.children)
    if cue.dep_ == "acl" and cue.tag_ != "VBG" and not rel_pron:  # "a letter called …" is a name, not content;
        return None  # but "a statement that … accused …" parsed as acl is a relative clause
    addressee_verb = _recipient_of_issue(cue)
    if addressee_verb is not None:  # "sent out a text message to supporters saying: …" (on "supporters")
        objs = [c for c in addressee_verb.children if c.dep_ == "dobj"]
        noun = objs[-1] if objs else None  # "e - mails" split into three objects: the head is the last
    elif cue.dep_ in {"acl", "relcl"} and cue.head.pos_ in {"NOUN", "PROPN"}:
        head = cue.head
        rel_in = cue.dep_ == "relcl" and any(c.dep_ == "prep" for c in cue.children if c.i < cue.i)
        if rel_in and noun_type(head) is None:  # "specifics beyond an op-ed in May, in which she called …"
            head = _nearest_noun_before(cue) or _medium_above(head) or head
        outer = head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in P.SERIES_NOUNS:
            outer = head.head.head
        issued = outer.head.lemma_.lower() in P.ISSUE_VERBS or (
            outer.dep_ == "pobj" and outer.head.head.lemma_.lower() in P.ISSUE_VERBS)
        rel_ok = cue.dep_ in {"relcl", "acl"} and (rel_in or any(  # "a letter that says", "the rally where …"
            c.lower_ in {"which", "that"} and c.dep_ in {"nsubj", "nsubjpass"} or c.lower_ in {"where", "when"}
            for c in cue.children))
        rel_start = min(t.i for t in cue.subtree)
        if rel_in and any(t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in {"for", "of", "about", "over"}
                          and not is_time(t) for t in cue.doc[head.i + 1: rel_start]):
            return None  # "a rally for his handling of the case, in which students alleged": the case's
        says_itself = not rel_in and not any(c.lower_ in {"where", "when"} for c in cue.children)
        if says_itself and cue_lemma(cue) not in P.SPEECH_VERBS | P.MEDIUM_SUBJECT_VERBS:
            return None  # "the website that listed the weapon": no saying
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
    in_which = any(c.dep_ == "prep" and c.i < cue.i for c in cue.children)  # "a proposal in which X would …"
    typ = noun_type(inner) or (None if in_which else P.ISSUED_DOCUMENTS.get(inner.lemma_.lower()))
    rel_subject = any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "that", "which"}
                      for c in cue.children)
    if typ is None or typ in P.EVENT_TYPES and rel_subject and inner.lemma_.lower() not in {"speech", "address"}:
        return None  # "the crowd that cheered", "a debate that threatened to …"; not "the rally where he said"
    if cue.dep_ == "relcl" and inner.lemma_.lower() in P.PROCEEDING_NOUNS:
        return None
    toks, times = phrase_tokens(min(noun.subtree, key=lambda t: t.i), noun, cue)
    return make_mention(toks, typ, short_name(inner, toks, typ), times)


def _recipient_of_issue(cue: Token) -> Token | None:
    """The issuing verb when the parser hung the content participle on its "to" recipient ("sent e-mails
    to donors saying …")."""
    if cue.dep_ != "acl" or cue.tag_ != "VBG" or cue.head.dep_ != "pobj":
        return None
    to = cue.head.head
    if to.lower_ != "to" or to.dep_ not in {"dative", "prep"} or to.head.lemma_.lower() not in P.ISSUE_VERBS:
        return None
    return to.head


def _nearest_noun_before(cue: Token) -> Token | None:
    """The channel noun just before a relative clause, past a trailing time ("an op-ed in May, in which …")."""
    i = min(t.i for t in cue.subtree) - 1
    while i >= cue.sent.start and (cue.doc[i].is_punct or is_time(cue.doc[i]) or cue.doc[i].pos_ == "ADP"):
        i -= 1
    tok = cue.doc[i] if i >= cue.sent.start else None
    return tok if tok is not None and tok.pos_ in {"NOUN", "PROPN"} and noun_type(tok) else None


def _medium_above(noun: Token) -> Token | None:
    """'a phone call he made to Omar's office, in which he said …': the relative clause hangs on a noun
    inside the medium's own phrase; the medium is the nearest channel noun above it (two steps at most)."""
    tok = noun
    for _ in range(2):
        tok = tok.head
        while tok.pos_ not in {"NOUN", "PROPN"} and tok.dep_ in {"prep", "dative", "relcl", "acl"} and tok.head.i != tok.i:
            tok = tok.head
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        if noun_type(tok) is not None:
            return tok
    return None


def _fronted_participle(cue: Token) -> ChannelMention | None:
    """'Addressing about 100 committee members at the spring meeting here, many of them skeptical, the
    campaign chief said …': a sentence-initial event participle the parser hung elsewhere."""
    sent = cue.sent
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.i >= cue.i or first.tag_ != "VBG":
        return None
    if cue.dep_ != "ROOT" or first in cue.children and first.lemma_.lower() in P.EVENT_PARTICIPLES or in_quote(first):
        return None
    found = pp_mentions(first, cue) or ([m] if (m := addressee(first)) else [])
    if first.lemma_.lower() not in P.EVENT_PARTICIPLES:  # "Making the rounds on the Sunday shows, Carson said"
        found = [m for m in found if m.type in P.EVENT_TYPES]
    return found[0] if found else None


def _medium_subject(cue: Token) -> ChannelMention | None:
    """'The clip says …', 'said the ruling', 'Ivana Trump's brief said …'."""
    perfect = cue.tag_ == "VBN" and any(c.dep_ == "aux" for c in cue.children)  # "have accused"
    if cue_lemma(cue) not in P.MEDIUM_SUBJECT_VERBS or cue.tag_ in {"VBG", "VBN"} and not perfect \
            or cue.lemma_.lower() in P.DISPLAY_VERBS:
        return None
    doc = cue.doc
    near = doc[max(cue.i - 3, cue.sent.start): min(cue.i + 4, cue.sent.end)]
    lemma = cue_lemma(cue)
    has_content = any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children) or any(
        t.text in P.QUOTE_MARKS for t in near) or any(
        c.dep_ == "prep" and c.lower_ in P.MEDIUM_CONTENT_PREPS and c.i > cue.i for c in cue.children) or (
        lemma in P.MEDIUM_DOBJ_VERBS and any(c.dep_ == "dobj" for c in cue.children)) or (
        lemma == "call" and any(c.dep_ == "oprd" for c in cue.children))  # "The statement called the ruling absurd"
    if not has_content or lemma == "continue" and not any(t.text in P.QUOTE_MARKS for t in near):
        return None  # "the statement continued" after a quotation; not "the letter continued to draw fire"
    subjects = list(cue.children)
    if (cue.dep_ in {"xcomp", "advcl"} and cue.head.lemma_.lower() in P.CARRIER_VERBS or cue.dep_ == "conj") \
            and not has_subject(cue):  # "The email went on to say …", "A video … shows Trump … and asks whether"
        subjects += list(cue.head.children)
    for subj in subjects:
        if subj.dep_ == "nsubj" and subj.tag_ == "WDT" and cue.dep_ == "relcl" and cue.head.pos_ == "NOUN":
            subj = cue.head  # "the Associated Press report, which notes, “…”": the relative's antecedent
        elif subj.dep_ != "nsubj" or subj.pos_ == "PRON":
            continue
        inner = subj
        if subj.lemma_.lower() in P.COPY_NOUNS | P.SERIES_NOUNS:  # "A redacted copy of the … memo said"
            ofs = [g for c in subj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            inner = ofs[0] if ofs else subj
        typ = noun_type(inner) or P.ISSUED_DOCUMENTS.get(inner.lemma_.lower())
        if typ is None and subj.i == cue.head.i and inner.lemma_.lower() in P.ISSUED_REPORT_NOUNS:
            typ = "article_or_oped"  # "the Associated Press report, which notes …": a news report that says
        if typ is None or typ in P.EVENT_TYPES and inner.lemma_.lower() not in {"speech", "address", "testimony", "remark", "remarks"}:
            continue  # an event is no speaker: "The debate promised to be a crucial moment"
        toks, times = phrase_tokens(min(subj.subtree, key=lambda t: t.i), subj, cue)
        if inner is not subj:
            toks, times = phrase_tokens(toks[0], inner, cue)
        return make_mention(toks, typ, short_name(inner, toks, typ), times)
    return None


def _object_pps(cue: Token) -> list[ChannelMention]:
    """Event phrases the parser hung inside the cue's object ("cited her support of the raid … during a
    forum", "indicated as much in an email", "discussed his commitment to … at an event")."""
    out: list[ChannelMention] = []
    for obj in (c for c in cue.children if c.dep_ == "dobj"):
        for prep in sorted(own_clause_nodes(obj, cue, relatives=True), key=lambda t: t.i):  # not "expressed concern that he
            # was encouraging violence at his rallies": a content clause's phrases are its own
            if prep.dep_ != "prep" or prep.lower_ not in {"at", "during", "in", "on", "via"} or in_quote(prep):
                continue  # not 'mocked his “performance at the debate”' (words of the object's quotation)
            pobj = [c for c in prep.children if c.dep_ == "pobj"]
            typ = noun_type(pobj[0]) if pobj else None
            direct = prep.head == obj
            if typ is not None and others_medium(pobj[0], cue):
                continue
            if typ is None or not direct and (prep.lower_ not in {"at", "during"} or typ not in P.EVENT_TYPES):
                continue
            toks, times = phrase_tokens(prep, pobj[0], cue)
            out.append(make_mention(toks, typ, short_name(pobj[0], toks, typ), times))
    return out


def _adjacent_pp(cue: Token) -> list[ChannelMention]:
    """A phrase the parser hung on the cue's head although it sits just before the cue
    ("since Clinton, at Monday's debate, cited …")."""
    if cue.head.i == cue.i:
        return []
    found = pp_mentions(cue.head, cue)
    text = doc_text(cue.doc)
    return [m for m in found if m.end <= cue.idx and text[m.end:cue.idx].strip(" ,") == ""]


def _subject_participle(cue: Token) -> list[ChannelMention]:
    """'Trump, speaking to a veterans group in Virginia, said …' (participle on the subject)."""
    for subj in (c for c in cue.children if c.dep_ == "nsubj"):
        for part in subj.children:
            if part.dep_ in {"advcl", "acl"} and part.tag_ == "VBG" and part.lemma_.lower() in P.EVENT_PARTICIPLES:
                found = pp_mentions(part, cue) or ([m] if (m := addressee(part) or participle_object(part, cue)) else [])
                if found:  # "Smith, delivering Cross' speech, asked the crowd …": the speech
                    return found
    return []


def _weak(m: ChannelMention, cue: Token) -> bool:
    """A phrase of a held-back noun ("on the campaign trail") found off the cue: often narration, not a channel
    ("has shown stamina on the campaign trail, those around him acknowledge …")."""
    return bool(set(doc_text(cue.doc)[m.start:m.end].lower().split()) & P.DIRECT_ONLY_NOUNS)


def _by_phone(m: ChannelMention, cue: Token) -> bool:
    """'said by telephone', 'over the phone': the means, outranked by an outlet or event in the same sentence."""
    words = doc_text(cue.doc)[m.start:m.end].lower().split()
    return len(words) >= 2 and words[0] in {"by", "over"} and m.type == "other"


def _legal_filing(obj: Token) -> bool:
    """'a court filing', 'a filing by the Justice Department', 'court documents': a paper that speaks for a
    party; not 'FEC filings', 'Senate filings' (disclosure data, evidence: guidelines §B.1)."""
    words = {t.lower_ for t in obj.subtree}
    return obj.lemma_.lower() in {"filing", "document", "paper"} and bool(words & P.LEGAL_FILING_WORDS)


def find_channel(cue: Token, depth: int = 0) -> ChannelMention | None:
    """The channel phrase of the statement whose cue verb is ``cue``, or None."""
    if is_negated_or_future(cue) or media_only_post(cue) or adjectival_participle(cue) or thing_posted(cue) \
            or cue.dep_ == "acl" and cue.tag_ == "VBN" and noun_type(cue.head) is not None:
        return None  # a participle describing a noun ("emailed questions", "a statement emailed to NBC News")
    lemma = cue_lemma(cue)
    if lemma == "accord":  # "according to a speech …"
        objs = [g for c in cue.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        if objs and objs[0].lemma_.lower() in P.COPY_NOUNS:  # "according to a transcript of the show"
            ofs = [g for c in objs[0].children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if ofs and (typ := noun_type(ofs[0])) is not None:
                toks, times = phrase_tokens(objs[0].doc[min(t.i for t in objs[0].subtree)], ofs[0], cue)
                return make_mention(toks, typ, short_name(ofs[0], toks, typ), times)
        evidential = objs and objs[0].lemma_.lower() in P.EVIDENTIAL_NOUNS and not _legal_filing(objs[0])
        named_body = bool(objs) and objs[0].pos_ == "PROPN" and noun_type(objs[0]) in P.EVENT_TYPES
        if objs and not evidential and not named_body and (typ := noun_type(objs[0])) and typ != "article_or_oped":
            toks, times = phrase_tokens(objs[0].doc[min(t.i for t in objs[0].subtree)], objs[0], cue)
            return make_mention(toks, typ, short_name(objs[0], toks, typ), times)
        if objs and not evidential and noun_type(objs[0]) is None \
                and objs[0].lemma_.lower() not in P.ISSUED_REPORT_NOUNS:  # "according to Gowdy in a statement"
            found = pp_mentions(objs[0], cue) or [m for m in pp_mentions(cue, cue) if m.start > objs[0].idx]
            if found:
                return found[0]
        return None
    if (m := issued_object(cue)) is not None:  # "released a statement saying … during the launch event"
        return m
    if (m := medium_participle(cue)) is not None:  # "an email blast encouraging supporters to run"
        return m
    own = pp_mentions(cue, cue)
    if lemma == "make":  # "made it clear at a rally that …": the phrase hangs on "clear"
        own += [m for c in cue.children if c.lower_ in P.LIGHT_VERB_PREDICATES for m in pp_mentions(c, cue)]
    addr = addressee(cue)
    imperative = cue.tag_ == "VB" and not any(c.dep_ in {"nsubj", "aux"} for c in cue.children)
    if lemma in P.MEDIUM_VERBS and not own and not imperative:  # not "Email us at …"
        typ, name = P.MEDIUM_VERBS[lemma]
        return ChannelMention(cue.idx, cue.idx + len(cue), typ, name)
    subj = [c for c in cue.children if c.dep_ in {"nsubj"}]
    if lemma in {"write", "report"} and subj and any(
            t.lower_ in P.COLLEAGUE_WORDS for t in subj[0].subtree) and not own:
        return ChannelMention(cue.idx, cue.idx + len(cue), "article_or_oped", "article")
    if addr is not None and (m := _issued_medium(cue)) is not None and m.type not in P.EVENT_TYPES:
        return m  # "sent out a fundraising call …, asking supporters to donate": the medium, not the audience
    if addr is not None:
        text = doc_text(cue.doc)
        after = [m for m in own if m.start >= addr.end and text[addr.end:m.start].strip(" ,") == ""]
        if after:
            m = after[0]  # "told reporters at a breakfast": the press addressee decides the type
            typ = addr.type if addr.type == "press_remarks" or _by_phone(m, cue) else m.type  # "told ABC's … by phone"
            return ChannelMention(addr.start, m.end, typ, addr.name, addr.time_tokens + m.time_tokens)
        before = [m for m in own if m.end <= addr.start and text[m.end:addr.start].strip() == "to"
                  and m.type in P.ADDRESSED_MEDIA_TYPES]
        if before:  # "wrote in a fundraising email to his supporters": the medium with its recipient
            m = before[0]
            return ChannelMention(m.start, addr.end, m.type, m.name, m.time_tokens + addr.time_tokens)
        media = [m for m in own if m.end <= cue.idx and m.type not in P.EVENT_TYPES and m.end <= addr.start]
        if media:  # "In a Facebook video, Sanders asked supporters to volunteer": the medium
            return media[0]
        fronted = [m for m in own if m.end <= cue.idx and m.type in P.EVENT_TYPES]
        if not fronted or lemma in P.ADDRESSEE_VERBS | P.DOBJ_ADDRESSEE_VERBS or addr.type != "rally_or_speech":
            return addr  # but "In the debate, Sanders apologized to his supporters": the debate
        return fronted[0]
    if not own and (m := _medium_subject(cue)) is not None:
        return m  # "The new ad hits Trump on violence at his rallies": the ad, not a phrase of the content
    indirect = _adjacent_pp(cue) or _subject_participle(cue) or _object_pps(cue) or misattached_pps(cue) \
        or pp_into_content(cue) or topic_event(cue) or trailing_event(cue) \
        or spent_occasion(cue)
    own = own or [m for m in indirect if not _weak(m, cue)]
    if own and (m := _medium_subject(cue)) is not None and all(m.start <= o.start and o.end <= m.end for o in own):
        return m  # "reads a Wednesday editorial in The Des Moines Register": the medium, not its outlet
    if own:  # the nearest phrase; a bare "by phone" only when nothing else names the channel
        return min(own, key=lambda m: (_by_phone(m, cue), abs(m.start - cue.idx)))
    if (m := phone_call(cue)) is not None:
        return m
    for child in cue.children:  # "Speaking at a rally …", "Giving a speech in Toledo, …"
        if child.dep_ in {"advcl", "prep"} and child.lemma_.lower() in P.EVENT_PARTICIPLES and child.tag_ == "VBG":
            found = pp_mentions(child, cue) or ([m] if (m := addressee(child)) else [])
            for obj in (c for c in child.children if c.dep_ == "dobj"):
                if (typ := noun_type(obj)) is not None:
                    toks, times = phrase_tokens(obj.doc[min(t.i for t in obj.subtree)], obj, cue)
                    found.append(make_mention(toks, typ, short_name(obj, toks, typ), times))
            if found:
                return found[0]
        if child.lemma_.lower() in P.STUMPING_PARTICIPLES and child.dep_ == "advcl" and child.tag_ == "VBG":
            toks = [t for t in sorted(child.subtree, key=lambda t: t.i) if not t.is_punct]
            return make_mention(toks, "rally_or_speech", "campaign event", [])  # "said while stumping for his wife"
    if (m := _issued_medium(cue)) or (m := _medium_subject(cue)) \
            or (m := _fronted_participle(cue)) or (m := coordinated_issue(cue)) or (m := included_in_event(cue)) \
            or (m := where_event(cue)) or (m := question_participle(cue)) or (m := passive_issue(cue)) \
            or (m := used_medium(cue)) or (m := quoted_by(cue)) or (m := fronted_event_participle(cue)):
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
        other = any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in cue.children)
        if cue.dep_ == "conj" and not other:  # "At the forum, Clinton called … but she noted …"; not "Trump
            return find_channel(cue.head, depth + 1)  # called … in a tweet, and lawmakers have called for …"
    if depth == 0 and cue.dep_ == "conj" and cue.head.pos_ == "VERB":
        fronted = [m for m in pp_mentions(cue.head, cue) if m.end <= cue.head.idx]
        if fronted:  # "In an interview with the Journal, Trump doubled down … and said …"
            return fronted[0]
        if not has_subject(cue):
            found = pp_mentions(cue.head, cue)  # "appeared on a show on WEEI radio and defended himself"
            if cue.head.lemma_.lower() not in P.APPEARANCE_VERBS:  # "greeted supporters at a rally … and told"
                found = [m for m in found if m.type in P.EVENT_TYPES and m.end <= cue.idx]
            if found:
                return found[0]
    if depth == 0 and cue.dep_ == "advcl" and cue.head.pos_ == "VERB" and any(
            c.dep_ in {"advmod", "mark"} and c.lower_ in {"when", "as", "while"} for c in cue.children):
        found = [m for m in pp_mentions(cue.head, cue) if m.type in P.EVENT_TYPES]
        if found:  # "… took an uglier turn during a February rally when the candidate implied …"
            return found[0]
    if depth == 0 and cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.head.pos_ in {"VERB", "AUX"}:
        found = [m for m in pp_mentions(cue.head, cue) if m.type != "social_post" or m.start > cue.head.idx]
        found = found or [m for c in cue.head.children if c.dep_ in {"attr", "acomp"} and c.i < cue.i
                          for m in pp_mentions(c, cue) if m.type in P.EVENT_TYPES]
        if found:  # "unloaded on Sanders in a speech Sunday, accusing …"; "was the most forceful figure at the
            return found[0]  # debate, mocking …": the copula's predicate holds the event
        for part in cue.head.children:  # "Speaking at a town hall …, Trump went after Bush, calling him …"
            if part.i < cue.i and part.dep_ == "advcl" and part.tag_ == "VBG" \
                    and part.lemma_.lower() in P.EVENT_PARTICIPLES:
                found = pp_mentions(part, cue) or ([m] if (m := addressee(part)) else [])
                if found:
                    return found[0]
    return trailing_medium(cue) if depth == 0 else None
