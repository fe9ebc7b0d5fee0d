"""Channel phrases attached to one verb: its prepositional phrases (``pp_mentions``), its addressee
(``addressee``: "told reporters", "implied to Republican leaders", "assured members of the
committee"), phrases the parser hung on a neighbour of the cue (``misattached_pps``), and whether a medium
belongs to another party (``others_medium``). Used by ``channel_phrases.find_channel``; whether a cue reports
no statement made is in ``channel_modality``.
"""

from __future__ import annotations

from spacy.tokens import Token

from onrecord.analyze import channel_patterns as P
from onrecord.analyze.channel_nouns import (
    ChannelMention,
    cue_lemma,
    gathering,
    in_quote,
    is_time,
    make_mention,
    name_tokens,
    noun_type,
    outlet_name,
    phrase_tokens,
    platform_name,
    short_name,
)
from onrecord.analyze.channel_text import clause_subjects
from onrecord.analyze.frames import doc_text

SHOW_WORDS = frozenset({"show", "program", "programme", "podcast"})


def _dangling_show(prep: Token) -> list[Token]:
    """The words after an object-less "on" up to a programme noun the parser read as a verb ("said on NBC's
    Today show that …"): names, possessives and determiners only; else []."""
    seq: list[Token] = []
    for t in prep.doc[prep.i + 1: min(prep.i + 8, prep.sent.end)]:
        seq.append(t)
        if t.lower_ in SHOW_WORDS:
            return seq
        if t.pos_ not in {"PROPN", "PART", "DET"}:
            return []
    return []


def pp_mentions(verb: Token, cue: Token) -> list[ChannelMention]:
    """Channel phrases among ``verb``'s prepositional children (and "took to Twitter")."""
    out: list[ChannelMention] = []
    preps = list(verb.children)
    # "Wednesday on Fox News Channel's “Fox & Friends,” McCaul discussed …": the phrase hangs on the date
    preps += [g for c in verb.children if c.dep_ in {"advmod", "npadvmod"} for g in c.children if g.dep_ == "prep"]
    clauses = [(min(t.i for t in c.subtree), c.i) for c in verb.children
               if c.dep_ in {"advcl", "ccomp"} and c.i != cue.i and _own_subject(c)]
    writing = "write" in {cue_lemma(cue), cue_lemma(verb)}  # "Writing in The Atlantic, Smith argued"
    for prep in preps:
        phoned_in = prep.lower_ == "into" and cue_lemma(verb) in P.CALL_IN_VERBS  # "called into Fox News"
        if prep.dep_ not in {"prep", "agent"} or prep.lower_ not in P.CHANNEL_PREPS and not phoned_in:
            continue
        if any(start < prep.i < head_i for start, head_i in clauses):
            continue  # "targeting Machado since Clinton, at Monday's debate, cited …": the clause's phrase
        if prep.lower_ == "from" and (cue_lemma(cue) not in P.SPEECH_VERBS or cue_lemma(verb) not in P.SPEECH_VERBS):
            continue  # "drew boos from the crowd", "… from the audience when he told …"
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if not objs and prep.lower_ == "on" and verb.i == cue.i and cue_lemma(cue) not in P.MEDIUM_VERBS:
            # 'said on “Meet the Press.”' parsed with the verb "Meet"
            title = [t for t in prep.subtree if t.i > prep.i] or _dangling_show(prep)
            if title and title[-1].lower_ in SHOW_WORDS:  # "said on NBC's Today show", "show" read as a verb
                out.append(ChannelMention(prep.idx, title[-1].idx + len(title[-1]), "interview",
                                          " ".join(t.text for t in title if t.pos_ == "PROPN") or title[-1].lower_))
            elif title and (name := outlet_name(title)):
                toks = [t for t in title if not t.is_punct] or title
                out.append(ChannelMention(prep.idx, toks[-1].idx + len(toks[-1]), "interview", name))
            continue
        if not objs:
            continue
        obj = _hyphen_split_head(objs)
        if obj.lemma_.lower() in P.MOMENT_NOUNS and prep.lower_ in {"at", "in"} and obj.i != verb.i:
            out += [m for m in pp_mentions(obj, cue) if m.type in P.EVENT_TYPES]  # "At one point during the debate"
            continue
        if obj.lower_ == "front" and prep.lower_ == "in":  # "said in front of a crowd", "of the Rotary Club"
            out += _in_front_of(prep, obj, cue)
            continue
        if prep.lower_ == "by" and obj.lemma_.lower() not in P.BY_MEDIA:
            continue  # "was asked by reporters", "by a wide margin"; but "said by phone"
        if obj.lemma_.lower() in P.AUDIENCE_ONLY_NOUNS and prep.lower_ not in {"to", "before"}:
            continue  # "spotted a sign in the crowd": an audience is a channel only when addressed
        if obj.lemma_.lower() in P.SERIES_NOUNS | P.SELECTOR_NOUNS | P.COPY_NOUNS:  # "In a series of Twitter posts"
            inner = _of_medium(obj)
            if inner and (typ := noun_type(inner[0])) is not None:
                toks, times = phrase_tokens(prep, obj, cue)
                out.append(make_mention(toks, typ, short_name(inner[0], toks, typ), times))
                continue
        outlet = outlet_name(name_tokens(obj) + [t for c in obj.children if c.dep_ == "poss" for t in c.subtree]) or (
            obj.pos_ == "PROPN" and obj.ent_type_ == "ORG" and obj.lower_ in P.NEWSPAPER_WORDS and obj.text)
        if obj.lemma_.lower() in P.POLL_NOUNS:
            continue  # "In a CNN/ORC poll, 38 percent of voters said …": evidence, not a channel (§B.1)
        if obj.pos_ == "PROPN" and outlet and not platform_name(name_tokens(obj)):  # "at The New York Post"
            typ = "article_or_oped" if writing else "interview"
        elif writing and _publication(obj, prep):  # "Writing in The Atlantic", "wrote in Foreign Affairs"
            typ = "article_or_oped"
        else:
            typ = noun_type(obj) or _part_of_event(obj, prep)
            conj = [c for c in obj.children if c.dep_ == "conj" and noun_type(c) in P.EVENT_TYPES]
            if typ is None and conj:  # "spoke at the Fair Immigration Reform Movement and The Nation forum"
                obj, typ = conj[0], noun_type(conj[0])
        if typ is None and obj.lemma_.lower() == "meeting" and prep.lower_ in {"at", "during"}:
            typ = "rally_or_speech"  # "at the spring meeting"
        if typ is None and prep.lower_ == "on" and outlet:
            typ = "interview"
        if typ is None and prep.lower_ in {"at", "before"} and cue_lemma(verb) in P.HEARING_VERBS and gathering(obj):
            typ = "rally_or_speech"  # "Speaking at the Republican Jewish Coalition", "spoke before the Assembly"
        if typ is None and writing and prep.lower_ == "in":  # "wrote in an analysis", "wrote in his dissent"
            typ = P.WRITTEN_WORKS.get(obj.lemma_.lower())
        elif writing and typ == "interview" and obj.lemma_.lower() in P.NEWSPAPER_NOUNS:
            typ = "article_or_oped"  # "wrote in the newspaper": her own piece; "said in the newspaper": quoted
        took_to = prep.lower_ == "to" and cue_lemma(verb) == "take" and obj.lemma_.lower() in P.TAKE_TO_NOUNS
        if took_to:  # "took to the Senate floor", "took to the airwaves"
            typ = typ or P.TAKE_TO_NOUNS[obj.lemma_.lower()]
        if typ is None and prep.lower_ == "before" and cue_lemma(verb) in P.HEARING_VERBS and any(
                w in obj.lower_ for w in P.HEARING_BODIES):
            typ = "testimony"  # "Testifying before the House Judiciary Committee, Comey said …"
        if typ is None and prep.lower_ == "through" and obj.lemma_.lower() in P.REPRESENTATIVE_NOUNS:
            typ = "other"  # "denied the charges through his lawyer", "Through a spokesman, the senator said"
        if typ is None:
            continue
        if prep.lower_ == "to" and not platform_name([obj]) and not took_to:  # "took to Twitter"; addressees apart
            continue
        if prep.lower_ == "with" and (not _with_medium(prep, typ, verb) or obj.lower_ in P.PLATFORMS):
            continue  # not "reached a deal with Facebook" (the company)
        if prep.lower_ == "on" and typ not in {"social_post", "interview"} and obj.lemma_.lower() not in P.ON_MEDIA:
            continue  # "comment on those reports", "on my column": a topic, not a medium
        addressed = cue_lemma(verb) in P.HEARING_VERBS and gathering(obj)  # "spoke before the General Assembly"
        audience = obj.lemma_.lower() in P.AUDIENCE_ONLY_NOUNS or addressed  # "Before a crowd of supporters, …"
        if prep.lower_ == "before" and typ != "testimony" and not audience and not any(
                w in obj.lower_ for w in P.HEARING_BODIES):
            continue  # "before the convention" is a time; "testified before Congress" a hearing
        if prep.lower_ == "before" and not audience and (typ is None or any(w in obj.lower_ for w in P.HEARING_BODIES)):
            typ = "testimony"  # "testified before the panel"
        toks, times = phrase_tokens(prep, obj, cue)
        extra = [c for c in prep.children if c.dep_ == "pobj" and c.i > toks[-1].i and c.ent_type_ != "PERSON"]
        if extra:  # "At a rally Friday evening in Michigan" parsed with two objects of "At"
            toks, more = phrase_tokens(prep, extra[-1], cue)
            times = times + more + [t for t in toks if is_time(t)]
        nxt = verb.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(verb.doc) else None
        if nxt is not None and nxt.head == verb and nxt.dep_ == "prep" and nxt.lower_ in {"with", "for", "to"}:
            named = [c for c in nxt.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if named:  # "wrote in an op-ed for the Tribune" parsed with "for" on the verb
                toks = list(verb.doc[toks[0].i: max(t.i for t in named[0].subtree) + 1])
        if platform_name(toks):  # "In a statement on Telegram": the platform decides
            typ = "social_post"
        out.append(make_mention(toks, typ, short_name(obj, toks, typ), times))
    return out


def _in_front_of(prep: Token, front: Token, cue: Token) -> list[ChannelMention]:
    """'in front of a crowd of about 1,000 people', 'in front of the Manchester Rotary Club': an audience
    or a gathering the speaker stood before (not "in front of a map")."""
    for who in (g for c in front.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
        typ = noun_type(who, addressee=True)
        if typ in P.EVENT_TYPES or gathering(who):
            toks, times = phrase_tokens(prep, who, cue)
            return [make_mention(toks, typ or "rally_or_speech", who.lemma_.lower(), times)]
    return []


def _hyphen_split_head(objs: list[Token]) -> Token:
    """'in an e - mail' parsed as three objects: the last part of a hyphenated word is its head."""
    obj = objs[0]
    doc = obj.doc
    while obj.i + 2 < len(doc) and doc[obj.i + 1].text == "-" and doc[obj.i + 2] in objs \
            and not obj.whitespace_ and not doc[obj.i + 1].whitespace_:
        obj = doc[obj.i + 2]
    return obj


def _with_medium(prep: Token, typ: str, verb: Token) -> bool:
    """'responded with a tweet', 'With a tweet …, Abbott told …', 'spoke with reporters'; not 'disagreed with
    the ruling' (the object of the verb)."""
    if typ in P.ADDRESSED_WITH_TYPES or any(o.lemma_.lower() in P.AUDIENCE_ONLY_NOUNS for o in prep.children
                                            if o.dep_ == "pobj"):  # "shared … with an audience at a fundraiser"
        return cue_lemma(verb) in P.WITH_ADDRESSEE_VERBS
    if typ not in P.EVENT_TYPES and cue_lemma(verb) in P.RESPONSE_VERBS:  # "responded with a statement accusing …"
        return not any(o.lemma_.lower() in P.PROCEEDING_NOUNS for o in prep.children if o.dep_ == "pobj")
    return typ == "social_post" or typ not in P.EVENT_TYPES and prep.i < verb.i


def _publication(obj: Token, prep: Token) -> bool:
    """A capitalised title after "wrote in"/"writing in" that is no place or date (guidelines §B.1)."""
    if prep.lower_ != "in" or obj.pos_ != "PROPN" or not obj.text[:1].isupper():
        return False
    the = [c for c in obj.children if c.dep_ == "det" and c.text == "The"]  # "The Atlantic" tagged a place
    return obj.ent_type_ in P.PUBLICATION_ENTITIES or bool(the) and obj.ent_type_ == "LOC"


def _of_medium(obj: Token) -> list[Token]:
    """The of-object of a series or selector noun, through one more series noun ("one of a series of
    Twitter messages" → messages)."""
    inner = [g for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if inner and obj.lemma_.lower() in P.SELECTOR_NOUNS and inner[0].lemma_.lower() in P.SERIES_NOUNS:
        inner = [g for c in inner[0].children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"] or inner
    return inner


def _own_subject(tok: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def _part_of_event(obj: Token, prep: Token) -> str | None:
    """'in the evening session of the 11-hour hearing', 'at the end of the rally': the event's type; 'in the
    final paragraph of the letter', 'in the video's description': the medium's type."""
    titled = obj.pos_ == "PROPN"  # "in his State of the State address", "during the State of the Union address"
    written = obj.lemma_.lower() in P.MEDIUM_PARTS and prep.lower_ == "in"
    if prep.lower_ not in {"in", "at", "during", "over", "throughout"} or obj.lemma_.lower() not in P.PART_NOUNS \
            and not titled | written:  # "Over the course of that interview"
        return None
    for inner in [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"] + [c for c in obj.children if c.dep_ == "poss" and written]:
        typ = noun_type(inner)
        named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in inner.children)
        if typ in P.EVENT_TYPES and not written and (not titled or named) or written and typ not in {None, *P.EVENT_TYPES}:
            return typ
    return None


def own_clause_nodes(root: Token, cue: Token, relatives: bool = False) -> list[Token]:
    """``root``'s subtree without the clauses that have a subject of their own (their phrases belong to
    another speaker); with ``relatives``, a relative clause whose subject is its pronoun stays ("her support
    of the raid that killed bin Laden during a forum")."""
    out: list[Token] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not root and node.pos_ in {"VERB", "AUX"} and any(
                not (relatives and c.tag_ in {"WDT", "WP"}) for c in clause_subjects(node)):
            continue
        out.append(node)
        stack.extend(c for c in node.children if c.i != cue.i)
    return out


def misattached_pps(cue: Token) -> list[ChannelMention]:
    """Channel phrases the parser hung on a neighbour of the cue: on a subject that follows it ("said
    Trump in his speech", "wrote Nelson, a technician …, on the union's Facebook page"), inside its
    object ("reiterated that approach in his interview"), or right after the quotation it introduces
    ("saying his campaign doesn't want “that crap,” in an interview with CNN", 'referred to him as “…” in a
    Facebook post')."""
    nodes: list[Token] = []
    for c in cue.children:
        if c.dep_ == "nsubj" and c.i > cue.i or c.dep_ == "dobj":  # not a verb inside the object ("accused
            nodes += [n for n in own_clause_nodes(c, cue)  # X of misrepresenting herself in interviews")
                      if c.dep_ != "dobj" or n.dep_ != "pcomp"]
    doc = cue.doc
    for prep in doc[cue.i + 1: cue.sent.end]:
        before = {doc[prep.i - 1].text, doc[prep.i - 2].text} if prep.i >= 2 else set()
        if prep.dep_ == "prep" and before & P.QUOTE_MARKS and not in_quote(prep) \
                and (before & {","} or doc[prep.i - 1].text in P.QUOTE_MARKS and _own_clause(prep, cue)):
            nodes.append(prep.head)  # '“…” in a Facebook post', not 'saying that Trump had “…” during …'
    out: list[ChannelMention] = []
    for node in nodes:
        deep = node.head.i != cue.i and node.dep_ != "prep"  # "efforts to clamp down on … posts": a topic
        affiliation = node.dep_ == "appos" or any(a.dep_ == "appos" for a in node.ancestors)
        out += [m for m in pp_mentions(node, cue) if (m.start > cue.idx or node.dep_ == "dobj")
                and not others_medium(_last_token(cue, m), cue) and not in_quote(_last_token(cue, m))
                and (first := doc_text(cue.doc)[m.start: m.end].split()[0].lower()) in P.MISATTACHED_PREPS
                and not (deep and first == "on")
                and not (affiliation and first == "at")]  # "said X, an analyst at the Cook Political Report"
    text = doc_text(cue.doc)
    for subj in (c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i and c.pos_ in {"PROPN", "PRON", "NOUN"}):
        out += [m for m in pp_mentions(subj, cue) if subj.idx < m.start and m.end <= cue.idx
                and text[m.start: m.end].split()[0].lower() in {"in", "during"}  # "Trump in his speech called"
                and (subj.pos_ != "NOUN" or _parenthetical(text, m, cue))]  # "The mayor, in an interview, said"
    return out + _fronted_into_clause(cue) + _fronted_onto_fragment(cue)


def _own_clause(tok: Token, cue: Token) -> bool:
    """No verb with a subject of its own between ``tok`` and ``cue`` (which must be its ancestor), unless verb
    and subject are both inside the quotation ("“… soul I've ever met” in a Facebook post")."""
    for anc in tok.ancestors:
        if anc.i == cue.i:
            return True
        subj = [c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if anc.pos_ in {"VERB", "AUX"} and subj and not (in_quote(anc) and all(in_quote(c) for c in subj)):
            return False
    return False


def _parenthetical(text: str, m: ChannelMention, cue: Token) -> bool:
    """A phrase set off by commas just before the cue ("The mayor, in a phone interview, said"); not a
    description of the speaker ("the narrator in the ad says")."""
    return text[:m.start].rstrip().endswith(",") and text[m.end: cue.idx].strip() == ","


def _last_token(cue: Token, m: ChannelMention) -> Token:
    return next((t for t in cue.sent if t.idx + len(t) == m.end), cue)


def _fronted_onto_fragment(cue: Token) -> list[ChannelMention]:
    """'Bernie Sanders: Credit scores On his campaign website, Senator Bernie Sanders calls for …': a phrase
    just before the cue's subject (only a comma between) that the parser hung on a preceding verbless
    fragment such as a section label or dateline."""
    subj = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < cue.i]
    if not subj:
        return []
    left = min(t.i for t in subj[0].subtree)
    doc = cue.doc
    for prep in doc[cue.sent.start: left]:
        if prep.dep_ != "prep" or prep.lower_ not in P.MISATTACHED_PREPS or in_quote(prep) \
                or prep.head.pos_ not in {"NOUN", "PROPN"} or prep.head in subj[0].subtree:
            continue
        end = max(t.i for t in prep.subtree)
        if doc_text(doc)[doc[end].idx + len(doc[end]): doc[left].idx].strip() != ",":
            continue
        return [m for m in pp_mentions(prep.head, cue) if m.start == prep.idx]
    return []


def _fronted_into_clause(cue: Token) -> list[ChannelMention]:
    """'In a statement released shortly after the senator suspended his campaign, Cruz said …': a
    sentence-initial phrase the parser hung on a later subordinate clause, which cannot hold it (its
    marker "after"/"when" comes after the phrase)."""
    doc = cue.doc
    first = next((t for t in cue.sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.dep_ != "prep" or first.lower_ not in P.MISATTACHED_PREPS or in_quote(first):
        return []
    head = first.head
    if head.i in {cue.i, first.i} or not (first.i < head.i < cue.i) or cue not in head.ancestors:
        return []
    if not any(c.dep_ == "mark" and first.i < c.i < head.i for c in head.children):
        return []
    if not any(c.dep_ == "nsubj" and head.i < c.i < cue.i for c in cue.children):
        return []
    return [m for m in pp_mentions(head, cue) if m.start == first.idx and m.end <= doc[cue.i].idx]


def others_medium(medium: Token, cue: Token) -> bool:
    """'rebut many of the detailed points in Exxon Mobil's letter': a medium possessed by a named party that
    is not the cue's subject is what the statement answers, not its channel (guidelines §B.1)."""
    owners = [c for c in medium.children if c.dep_ == "poss" and c.pos_ == "PROPN" and not outlet_name(list(c.subtree))]
    if not owners:
        return False
    subjects = {t.lower_ for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    return not any(t.lower_ in subjects for o in owners for t in o.subtree if t.pos_ == "PROPN")
