"""Addressees that are a channel, for ``channel_phrases.find_channel`` (guidelines §B.1/§B.2): the addressee
of told/spoke to/shouted to/asked when it is an audience, the press or an outlet ("told reporters", "spoke to
thousands of supporters", "told Megyn Kelly of Fox News", "called on attendees to …", "asked people in the
audience to …", "told me" / "Acme tells us" for the publication), never a private person or a question put
("Q: Tell me …").
"""

from __future__ import annotations

from spacy.tokens import Token

from onrecord.analyze import channel_patterns as P
from onrecord.analyze.channel_lexicon import words
from onrecord.analyze.channel_nouns import (
    ChannelMention,
    cue_lemma,
    in_quote,
    journalists,
    make_mention,
    noun_type,
    outlet_name,
    phrase_tokens,
)
from onrecord.analyze.frames import doc_ents

# Last words of an organisation's name that make it an audience addressed ("spoke to the Economic Club of New
# York", "told the NAACP convention"), not an outlet or a private party.
AUDIENCE_ORG_WORDS: frozenset[str] = words("club association council society chamber league union federation "
                                           "coalition alliance caucus institute forum convention conference "
                                           "assembly congregation rotary kiwanis legion")

# Words of a public body's name: "told Congress", "told the FBI" are not outlets.
PUBLIC_BODY_WORDS: frozenset[str] = words("congress senate house parliament commons lords assembly committee "
                                          "subcommittee court police department ministry agency bureau council "
                                          "commission board fbi cia nsa doj irs fec white kremlin pentagon "
                                          "government administration army navy")


def _counted_people(obj: Token) -> Token | None:
    """The of-object of a count noun ("thousands of supporters", "a few hundred of his backers")."""
    if obj.lemma_.lower() not in P.COUNT_NOUNS and not obj.like_num:
        return None
    inner = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return inner[0] if inner else None


def _audience_people(obj: Token) -> bool:
    """'Republican leaders', 'members of the committee', 'about 100 committee members': plural people
    addressed as an audience."""
    if in_quote(obj) or obj.tag_ not in {"NNS", "NNPS"}:
        return False
    counted = obj.lemma_.lower() in {"people", "person"} and any(  # "told 2,267 people gathered at Purdue"
        c.dep_ == "nummod" and c.like_num for c in obj.children)
    return obj.lemma_.lower() in P.AUDIENCE_PEOPLE or counted


def addressee(cue: Token) -> ChannelMention | None:
    """The addressee of told/spoke to/shouted to/asked when it is an audience, the press or an outlet."""
    lemma = cue_lemma(cue)
    if lemma not in P.ADDRESSEE_VERBS | P.DOBJ_ADDRESSEE_VERBS | P.SPEECH_VERBS:
        return None
    if lemma not in P.ADDRESSEE_VERBS and any(c.dep_ == "dobj" and noun_type(c) not in (None, *P.EVENT_TYPES)
                                              for c in cue.children):
        return None  # "blasted out an email to supporters": the email is the channel
    cands = [c for c in cue.children if c.dep_ in {"dobj", "dative"} and lemma in P.DOBJ_ADDRESSEE_VERBS]
    if lemma in P.DOBJ_ADDRESSEE_VERBS and not cands:
        cands += _audience_of_participle(cue)
    idiom = any(c.lower_ in {"no", "yes"} for c in cue.children)  # "says no to Fox News"
    for prep in cue.children:
        if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to" and not idiom:
            cands += [c for c in prep.children if c.dep_ == "pobj"
                      and (lemma not in P.TO_NOT_ADDRESSEE or c.lower_ in P.AUTHOR_PRONOUNS)]  # "pointed out … to me"
        if prep.dep_ in {"prep", "prt"} and prep.lower_ in {"on", "upon"} and lemma == "call" and prep.i == cue.i + 1:  # "called on attendees to"
            cands += [c for c in prep.children if c.dep_ == "pobj" and noun_type(c, addressee=True) in P.EVENT_TYPES]
    for obj in cands:
        crowd = _counted_people(obj)  # "spoke to thousands of supporters": the supporters are the audience
        typ = noun_type(obj, addressee=True)
        if typ is None and crowd is not None:
            typ = noun_type(crowd, addressee=True) or ("rally_or_speech" if _audience_people(crowd) else None)
        if obj.dep_ == "dobj" and lemma != "tell" and obj.lemma_.lower() in P.OUTLET_KIND_ADDRESSEES:
            typ = None  # "asked the network to donate …"
        if typ is None and (_audience_people(obj) or _people_in_audience(obj) or obj.ent_type_ == "NORP"
                            and obj.tag_ in {"NNPS", "NNS"} and obj.dep_ == "pobj" and lemma in {"speak", "talk", "address"}
                            and cue.dep_ not in {"acomp", "amod"}):
            typ = "rally_or_speech"  # "speaking to Iowans", "asked people in the audience to …"
        if typ is None and (obj.pos_ == "NOUN" and obj.lemma_.lower() in P.JOURNALIST_WORDS or _named_outlet(obj, lemma)):
            typ = "interview"  # "reminding the co-hosts", "told Insider": a journalist or a named outlet
        if typ is None and _organisation_audience(obj, lemma):
            typ = "rally_or_speech"  # "spoke to the Economic Club of New York"
        if typ is not None and typ != "social_post" and cue.lemma_.lower() == "write":
            typ = "email_or_letter"  # "wrote to his supporters"; but "wrote to his Twitter followers"
        if typ is None and obj.pos_ == "PROPN" and obj.lower_ in journalists(obj.doc):
            typ = "interview"  # "told Hewitt" after "conservative radio host Hugh Hewitt"
        if typ is None and obj.ent_type_ == "PERSON":
            poss = [c for c in obj.children if c.dep_ in {"poss", "compound"} and outlet_name(list(c.subtree))]
            poss += [c for c in obj.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
                     and outlet_name(list(c.subtree))]  # "told Megyn Kelly of Fox News"
            doc = obj.doc
            end = max(t.i for t in obj.subtree)
            tail = [t for t in doc[end + 1: min(end + 4, obj.sent.end)] if t.lower_ in {"of", "from"}
                    and outlet_name(list(doc[t.i + 1: min(t.i + 5, obj.sent.end)]))]  # parsed apart
            poss += tail
            typ = "interview" if poss else None
        if typ is None:
            continue
        if obj.lower_ in P.AUTHOR_PRONOUNS and (in_quote(obj) or cue_lemma(cue) not in P.AUTHOR_ADDRESSEE_VERBS
                                                or _imperative(cue) or obj.lower_ == "us" and not _someone_tells(cue)):
            continue  # "Q: Tell me what surprised you"; "the polls tell us": no interlocutor
        toks, times = phrase_tokens(obj, obj, cue)
        toks = [t for t in cue.doc[min(t.i for t in obj.subtree): toks[-1].i + 1]]
        if lemma in P.OF_CONTENT_VERBS:  # "reminded the audience of comments Trump made": the content
            cut = [c.i for c in obj.children if c.dep_ == "prep" and c.lower_ in {"of", "about", "on"}]
            toks = [t for t in toks if not cut or t.i < cut[0]] or toks
        if typ == "interview" and obj.ent_type_ == "PERSON" and toks[-1].i < obj.sent.end - 1:
            nxt = cue.doc[toks[-1].i + 1: min(toks[-1].i + 8, obj.sent.end)]  # "Bill O'Reilly of Fox News"
            named = next((t for t in nxt if t.lower_ in {"of", "from"}), None)
            outlet = outlet_name(list(cue.doc[named.i + 1: min(named.i + 5, obj.sent.end)])) if named else None
            if named is not None and outlet:
                last = [t for t in cue.doc[named.i + 1: min(named.i + 5, obj.sent.end)]
                        if outlet.split()[-1].lower() in t.lower_]
                toks = list(cue.doc[toks[0].i: (last[0].i if last else named.i) + 1])
        name = "the author" if obj.lower_ in P.AUTHOR_PRONOUNS else (outlet_name(toks) or " ".join(
            t.text for t in toks if t.dep_ not in {"det", "poss", "punct", "case"}))
        nxt = cue.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(cue.doc) else None
        if nxt is not None and nxt.dep_ == "prep" and nxt.head == cue and nxt.lower_ in {"on", "in", "at", "aboard"}:
            place = [c for c in nxt.children if c.dep_ == "pobj" and c.ent_type_ in P.PLACE_ENTITIES]
            if place:  # "told reporters on Air Force One", "told supporters in Ohio"
                toks = list(cue.doc[toks[0].i: max(t.i for t in place[0].subtree) + 1])
        return make_mention(toks, typ, name.strip("“”\"' "), times)
    return None


def _audience_of_participle(cue: Token) -> list[Token]:
    """'told the largely female audience bathed in neon pink lighting of …' parsed with the audience as the
    subject of a content clause whose verb is the participle describing it: the audience is the addressee."""
    out = []
    for clause in (c for c in cue.children if c.dep_ == "ccomp" and c.tag_ in {"VBN", "VBD"}):
        subj = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subj or any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
            continue
        start = min(t.i for t in subj[0].subtree)
        if start == cue.i + 1 and max(t.i for t in subj[0].subtree) + 1 == clause.i \
                and P.ADDRESSEE_NOUNS.get(subj[0].lemma_.lower()) == "rally_or_speech":
            out.append(subj[0])
    return out


def _organisation_audience(obj: Token, lemma: str) -> bool:
    """'spoke to the Economic Club of New York', 'told the Rotary Club': an organisation addressed as an
    audience (its name ends in a word of ``AUDIENCE_ORG_WORDS``), not a private party or a question put."""
    cue = obj.head.head if obj.dep_ == "pobj" else obj.head
    if lemma not in {"tell", "speak", "talk", "address"} or obj.pos_ != "PROPN" or in_quote(obj) \
            or cue.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False  # not a speech still to come: "is on deck to talk to the BlueGreen Alliance"
    return any(t.lower_ in AUDIENCE_ORG_WORDS for t in _name_words(obj))


def _named_outlet(obj: Token, lemma: str) -> bool:
    """The object of "told" is a name the parser does not take for a person or a place ("told Insider",
    "told Good Morning America", "told MailOnline"): in news such a name is the outlet interviewing; a
    name the article gives a person elsewhere ("told Becerra") or a public body ("told Congress") is not."""
    if lemma != "tell" or obj.pos_ != "PROPN" or obj.dep_ not in {"dobj", "dative"} or in_quote(obj) \
            or obj.ent_type_ not in {"ORG", "WORK_OF_ART", ""}:
        return False
    name = _name_words(obj)
    if any(t.lower_ in PUBLIC_BODY_WORDS for t in name):
        return False
    persons = {w.lower_ for e in doc_ents(obj.doc) if e.label_ == "PERSON" for w in e}
    return not any(t.lower_ in persons for t in name)


def _name_words(obj: Token) -> list[Token]:
    """The proper-noun words of a name up to its head ("the Economic Club" of "… of New York")."""
    return [t for t in obj.subtree if t.i <= obj.i and t.pos_ == "PROPN"]


def _imperative(cue: Token) -> bool:
    """A base-form main verb with no auxiliary ("Tell me ...", "Q: ... tell me ..."): an instruction, not
    a report (a reported "tell" is finite: "tells", "told", "did tell")."""
    return cue.tag_ == "VB" and cue.dep_ in {"ROOT", "conj"} and not any(c.dep_ in {"aux", "auxpass"} for c in cue.children)


def _people_in_audience(obj: Token) -> bool:
    """"people in the audience", "those in the crowd": an addressee placed in an audience (the parser may
    hang "in the audience" on the verb, right after the object)."""
    preps = [*obj.children, *(c for c in obj.head.children if c.i == obj.right_edge.i + 1)]
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in P.AUDIENCE_ONLY_NOUNS for g in p.children) for p in preps)


def _someone_tells(cue: Token) -> bool:
    """The subject of "tells us" is a speaker (a name, an organisation, a person noun), not "the polls"."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ in {"PERSON", "ORG"}
                                 or subj.lower_ in {"he", "she", "they"} or subj.lemma_.lower() in P.REPRESENTATIVE_NOUNS)
