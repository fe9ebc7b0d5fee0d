"""Meeting forms beyond "met with": calls between named parties, shared meals, passives, debate settings.

Helpers of ``meetings.py`` over the dependency parse. A reported call between named parties ("spoke by
phone with Tsai Ing-wen", "in a phone call with Xi", "during their phone call, Obama and Hollande ...")
is a planned call, so a meeting; a conference call, a phone interview or a phone bank is not. A meal
is a meeting when a with-party is named or the diners are coordinated names ("Mr. Trump and Mr. Romney
had dinner at Jean-Georges"). Lexicons: ``meeting_patterns.py``.
"""

from __future__ import annotations

from onrecord.analyze import meeting_patterns as P


def by_phone(verb) -> bool:
    """"spoke by phone with X", "talked with X on the phone", "conferred over the telephone"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in P.PHONE_PREPS and any(
                g.dep_ == "pobj" and (g.lower_ in P.PHONE_WORDS or g.lemma_.lower() in P.CALL_NOUNS
                                      and any(m.lower_ in P.PHONE_WORDS for m in g.children))
                for g in c.children):
            return True
        if c.dep_ in {"advmod", "npadvmod"} and c.lower_ in P.PHONE_ADVERBS:
            return True  # "spoke telephonically with X"
    return False


def talk_parties(verb) -> list:
    """The persons a talk verb is held with: "spoke with Putin", "talked to him", "spoke with Taiwan's
    president, Tsai Ing-wen" (not "spoke with The Washington Post", an interview)."""
    out = []
    phoned = by_phone(verb)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"with", "to"}:
            # "spoke to CSP Business Media" is a speech to a body; "spoke to Trump by phone" a call
            loose = c.lower_ == "with" or phoned
            out += [g for g in c.children if g.dep_ == "pobj" and (
                g.ent_type_ == "PERSON" or g.pos_ == "PRON" and g.lower_ in {"him", "her"}
                or loose and g.pos_ == "PROPN" and not _outlet(g) and _name_words(g) <= 2
                or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in g.children))]
    return out


def _name_words(tok) -> int:
    """Words of the proper name headed by ``tok`` ("CSP Business Media" -> 3, "Mr. Trump" -> 2)."""
    return 1 + sum(1 for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN")


def _outlet(tok) -> bool:
    """A news outlet or organisation one gives an interview to: "The Washington Post", "CNN"."""
    return any(c.dep_ == "det" for c in tok.children) or tok.lower_ in P.MEDIA_WORDS or any(
        c.dep_ in {"compound", "poss"} and (c.lower_ in P.MEDIA_WORDS or c.dep_ == "poss" and c.ent_type_ == "ORG")
        for c in tok.children)  # "MSNBC's Morning Joe"


def dated(verb) -> bool:
    """A talk verb with its own day: "spoke with Putin on Tuesday", "talked with Xi on Sept. 9" (not "in
    the days since", which is no one occasion)."""
    return any(t.ent_type_ in {"DATE", "TIME"} and (t.lower_ in P.DAY_WORDS or t.like_num)
               for c in verb.children if c.dep_ in {"prep", "npadvmod", "tmod"} for t in c.subtree)


def phone_talk(verb, with_parties: list | None = None) -> bool:
    """A talk verb held by phone, or on a given day, with a named person ("Trump spoke by phone with
    Taiwan's president"; "Clinton spoke with Sanders on Tuesday") or between coordinated parties
    ("Obama and Hollande spoke by phone on Tuesday")."""
    if verb.lemma_.lower() not in P.PHONE_TALK_VERBS and not (
            verb.lemma_.lower() in P.PHONE_GET_VERBS and by_phone(verb)):  # "got on the phone with Putin"
        return False
    paired = any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)
    on_air = any(t.lemma_.lower() in P.INTERVIEW_WORDS or t.pos_ == "PROPN" and _outlet(t)
                 for c in verb.children if c.dep_ == "prep" and c.lower_ not in {"with", "to"} for t in c.subtree)
    return bool(talk_parties(verb) or paired) and (by_phone(verb) or dated(verb) or in_person(verb)) and not on_air


def call_noun(noun) -> bool:
    """A single call or phone conversation, not a conference call, a robocall or a campaign's calls:
    "a phone call with Xi", "their call", "a telephone conversation with Putin"."""
    lemma = noun.lemma_.lower()
    mods = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    if mods & P.NON_MEETING_CALL_MODIFIERS or noun.tag_ in {"NNS", "NNPS"}:
        return False
    if lemma in P.CALL_NOUNS:
        return True
    return lemma in P.CONVERSATION_NOUNS and bool(mods & P.PHONE_WORDS)  # "a phone conversation"


def their(noun) -> bool:
    """"their meeting", "their phone call": the parties are the subject pair or the verb's object."""
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)


def coordinated_subject(verb, subject_of) -> bool:
    """The verb's subject names two or more parties: "Mr. Trump and Mr. Romney had dinner"."""
    subj = subject_of(verb)
    return subj is not None and any(c.dep_ == "conj" for c in subj.children)


def shared_meal(noun, subject_of) -> bool:
    """A meal taken together by coordinated diners: "Trump and Romney had dinner at Jean-Georges"."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in P.MEAL_VERBS and coordinated_subject(
        noun.head, subject_of)


def invited_meal(noun) -> bool:
    """A meal one is brought to: "Trump invited Romney to dinner", "joined Sharpton for breakfast"."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in {"to", "for"} and prep.head.lemma_.lower() in P.BRING_VERBS \
        and any(c.dep_ == "dobj" for c in prep.head.children)


def passive_agents(verb) -> list:
    """The by-party of a passive meet: "Clinton was met by Gov. Terry McAuliffe at the airport"."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def passive_subject(verb):
    """The subject of a passive meet ("Clinton was met by ..."), or None."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def debate_setting(anchor) -> bool:
    """"met on the debate stage", "met in Sunday's debate": candidates facing off, not a meeting."""
    for c in anchor.children:
        if c.dep_ != "prep" or c.lower_ not in P.SETTING_PREPS:
            continue
        for g in (g for g in c.children if g.dep_ == "pobj"):
            if any(t.lemma_.lower() in P.DEBATE_SETTINGS for t in [g, *g.children] if t.dep_ != "prep"):
                return True
    return False


def named_elsewhere(tok) -> bool:
    """A capitalised sentence-initial word the article also writes capitalised inside a sentence
    ("Sessions met with Kislyak" after "... Attorney General Jeff Sessions said"): a name."""
    return any(t.text == tok.text and t.i != tok.i and not t.is_sent_start for t in tok.doc)


def bare_initial_name(tok) -> bool:
    """A bare, title-case singular subject opening its sentence ("Trump met with ..."): the parser's
    common noun for a name it does not know."""
    return (tok.is_sent_start and tok.dep_ in {"nsubj", "nsubjpass"} and tok.tag_ == "NN" and tok.text.istitle()
            and not any(c.dep_ in {"det", "amod", "poss", "compound", "nummod"} for c in tok.children)
            and tok.lower_ not in P.GROUP_NOUNS)


def negotiations(noun, parties: list, when: str | None, place: str | None, scheduled: bool) -> bool:
    """Talks between countries with no date, place or schedule: negotiations over time ("talks between
    Israel and the Palestinians"), not one occasion ("talks between the US and China in Geneva on Monday")."""
    dated = bool(when) and not (when or "").lower().removeprefix("in ").isdigit()  # "in 2014" is a period
    return noun.lower_ == "talks" and not (dated or place or scheduled) and bool(parties) and all(
        p.ent_type_ in {"GPE", "NORP"} for p in parties)


def ever(verb) -> bool:
    """"I don't believe I've ever met him", "has yet to meet Ryan": no one occasion."""
    heads = [verb] + ([verb.head] if verb.dep_ == "xcomp" else [])
    return any(c.dep_ == "advmod" and c.lower_ in P.NON_OCCASION_ADVERBS for h in heads for c in h.children)


def called_party(verb) -> list:
    """The person a call verb reaches by phone: "Obama called Erdogan by phone on Tuesday"; not "called
    Putin a strong leader" (a second complement), "called out Trump", "called on Snyder to resign". Without
    a phone word the verb is left alone: the parser reads "called X on Friday" and "called X a liar" alike,
    so such calls are missed rather than guessed."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return []
    kids = list(verb.children)
    objs = [c for c in kids if c.dep_ in {"dobj", "oprd"}]
    if len(objs) != 1 or any(c.dep_ in {"attr", "acomp", "ccomp", "dative"} for c in kids) or any(
            c.dep_ == "prt" and c.lower_ != "up" or c.dep_ == "prep" and c.lower_ in {"on", "for", "out"}
            and not any(g.dep_ == "pobj" for g in c.children) for c in kids):
        return []
    obj = objs[0]
    named = obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN" and not _outlet(obj) and _name_words(obj) <= 2 \
        or obj.pos_ == "PRON" and obj.lower_ in {"him", "her"}
    return [obj] if named and by_phone(verb) else []


def hosts(noun) -> list:
    """The host of a meal or meeting: "a breakfast hosted by Al Sharpton", "a dinner given by X"."""
    return [g for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in P.HOSTING_VERBS
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def visited(noun) -> list:
    """The person a visit is paid to: "paid a visit to Pope Francis" (not "a visit to Mexico", a trip)."""
    if noun.lemma_.lower() != "visit":
        return []
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
            if g.dep_ == "pobj" and g.ent_type_ == "PERSON" and g.lower_ not in P.BUILDING_HEADS]


def in_person(verb) -> bool:
    """A talk held face to face: "spoke privately with X", "talked with X over dinner", "in person",
    "spoke with Romney at Trump Tower" (a building: the parser may hang it on the party)."""
    heads = [verb] + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                      for g in c.children if g.dep_ == "pobj"]
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "advmod" and c.lower_ in P.IN_PERSON_ADVERBS:
            return True
        if c.dep_ == "prep" and c.lower_ in P.PHONE_PREPS | {"at"} and any(
                g.dep_ == "pobj" and (g.lemma_.lower() in P.MEAL_NOUNS or g.lower_ == "person" and c.lower_ == "in"
                                      or g.ent_type_ == "FAC" and c.lower_ in P.PLACE_PREPS)
                for g in c.children):
            return True
    return False


def call_parties(noun) -> list:
    """The person at the other end of a call placed or taken: "placed a call to Erdogan", "took a call
    from Tsai Ing-wen", "received a congratulatory call from Putin"; or the one a call is paid on (a
    visit): "paid an impromptu social call on Attorney General Loretta Lynch"."""
    verb = noun.head.lemma_.lower()
    visit = any(c.dep_ == "amod" and c.lower_ in {"social", "courtesy"} for c in noun.children)  # "a social call on X"
    if noun.lemma_.lower() not in P.CALL_NOUNS or not visit and (
            noun.dep_ != "dobj" or verb not in P.CALL_VERBS | {"pay"}):
        return []
    preps = {"on"} if verb == "pay" or visit else {"to", "from"}
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
            if g.dep_ == "pobj" and g.ent_type_ == "PERSON"]


def one_day_meetings(noun, governor) -> bool:
    """Plural meetings held on one day with named parties: "held meetings with Sanders and Warren on
    Tuesday" (not "a dozen meetings with officials", "held meetings with donors for months")."""
    return noun.tag_ == "NNS" and governor is not None and governor.lemma_.lower() in {"hold", "have"} \
        and noun.dep_ == "dobj" and not any(c.dep_ in {"nummod", "amod", "quantmod"} or c.lower_ in P.MANY_WORDS
                                            for c in noun.children) and (dated(governor) or dated(noun))
