"""Meetings: who met whom (or will), where and when, from the dependency parse.

Each meeting mention ("met with X", "a summit with X", "talks between X and Y", "will meet X",
"went into Friday's meeting in Anchorage", "hosted X", "invited X to a meeting", "a breakfast with
the Texas delegation", "a meeting of the leaders of Brazil and China") gives participants (the subject
of the clause plus the with/between/of complement, possessors and invited guests), a place ("in/at X"
naming a place, or "travel to X for a meeting"), a date and whether it is past or scheduled. Parties
are named: a pronoun is resolved, a group counts only when a name qualifies it ("Patriot Coal's
executives" -> Patriot Coal), and "the president" only when the article says who that is. Not
meetings: negated, wished or offered ones ("has no plans to meet", "willing to meet"), habits ("would
often meet"), many occasions ("a dozen meetings"), titles ("Meet the Press"), a body's own meeting
("the RNC's meeting"). Mentions of one meeting are merged: same participants (or a subset, for a
mention that names one side only, unless its other side is a fresh unnamed group: "a meeting with
donors") and no conflicting place, date or status; a mention adding a party to a meeting of the same date
joins it. Parties also come from the verb holding the meeting ("held a meeting in the morning with X"),
the main clause of a participle ("after meeting with X, Clinton said"), "their meeting" (the verb's
object), "the Trump-Kim summit", "they met again" (a pair just named), an envoy ("sent X to meet Y"),
a quoted "I" (the quote's speaker) and a group named by its kind ("union leaders"); title-case
headlines ("Obama Meets With Xi") count. A reported call or talk between named parties is a meeting
("spoke by phone with Tsai", "in a phone call with Xi", "spoke with Sanders on Tuesday"; not a
conference call or an interview), so are a shared meal ("Trump and Romney had dinner"), a passive ("was
met by X") and a group from named countries ("officials from Russia and China met"); "met on the debate
stage" is not; so are a hosted meal ("a breakfast hosted by Sharpton"), a visit paid to a person, a call
placed to or taken from one, a private talk ("spoke privately with X", "over dinner") and meetings held with
named parties on one day. A side the sentence leaves to a pronoun, a description ("the Democratic nominee")
or an implicit subject is taken from the sentences before (``meeting_context.py``). Parties:
``meeting_parties.py``; forms: ``meeting_forms.py``; lexicons: ``meeting_patterns.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from onrecord.analyze import meeting_circumstances as C
from onrecord.analyze import meeting_forms as F
from onrecord.analyze import meeting_patterns as P
from onrecord.analyze.commitment_spans import ArticleContext, make_span, subject_of
from onrecord.analyze.meeting_circumstances import date_phrase as _date_phrase
from onrecord.analyze.meeting_circumstances import habitual as _habitual
from onrecord.analyze.meeting_circumstances import hypothetical as _hypothetical
from onrecord.analyze.meeting_circumstances import place as _place
from onrecord.analyze.meeting_circumstances import scheduled as _scheduled
from onrecord.analyze.meeting_context import context_party as _context_party
from onrecord.analyze.meeting_context import described_subject as _described_subject
from onrecord.analyze.meeting_merge import Mention as _Mention
from onrecord.analyze.meeting_merge import merge as _merge
from onrecord.analyze.meeting_merge import name_key as _key
from onrecord.analyze.meeting_merge import unique_names as _unique
from onrecord.analyze.meeting_parties import compound_parties as _compound_parties
from onrecord.analyze.meeting_parties import definite as _definite
from onrecord.analyze.meeting_parties import expand_conj as _expand_conj
from onrecord.analyze.meeting_parties import last_pair as _last_pair
from onrecord.analyze.meeting_parties import name_length as _name_length
from onrecord.analyze.meeting_parties import of_parties as _of_parties
from onrecord.analyze.meeting_parties import other_side as _other_side
from onrecord.analyze.meeting_parties import party_names as _party_names
from onrecord.analyze.meeting_parties import plural_pair as _plural_pair
from onrecord.analyze.meeting_parties import possessors as _possessors
from onrecord.analyze.meeting_parties import with_between as _with_between
from onrecord.models import Event


class _Context(ArticleContext):
    """The article context plus the speakers of its direct quotations (for a quoted "I") and, per
    sentence start, whether the sentence is a title-case headline."""

    speakers: tuple[tuple[int, int, str], ...] = ()

    def __init__(self, doc, statements, published: str | None) -> None:
        super().__init__(doc, statements, published)
        self.headlines: dict[int, bool] = {}


def find_meetings(doc, published) -> list[Event]:
    """Meetings in a parsed article, one Event per meeting (mentions merged), in text order."""
    ctx = _Context(doc, [], published)
    if Doc.has_extension("statements"):  # "“I met with James Comey,” Lynch said": I is the quote's speaker
        ctx.speakers = tuple((s, e, st.speaker) for st in (doc._.statements or []) if st.kind == "direct" and st.speaker
                             for s, e in st.content_spans)
    mentions: list[_Mention] = []
    for tok in doc:
        m = _mention(tok, ctx)
        if m is not None:
            mentions.append(m)
    return [Event(kind="meeting", participants=m.participants, span=m.span, place=m.place, when=m.when,
                  status=m.status) for m in _merge(mentions) if len(m.participants) >= 2]


def _mention(tok, ctx: ArticleContext) -> _Mention | None:
    lemma = tok.lemma_.lower()
    span_from = tok
    if (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and _headline(tok, ctx)) and _meeting_noun(tok, lemma):
        if lemma == "talk" and tok.lower_ != "talks":
            return None  # "a talk at Harvard" is a speech
        if tok.tag_ == "NNS" and lemma != "talk" and not (
                _with_between(tok) and F.one_day_meetings(tok, _governing_verb(tok))):
            return None  # "a dozen meetings with officials": many occasions, not one
        if any(c.lower_ in P.GENERIC_MEETING_MODIFIERS for c in tok.children if c.dep_ in {"compound", "amod"}):
            return None
        of_parties = _of_parties(tok, ctx)
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and not of_parties:
            return None  # "a meeting of the minds", "a meeting of the board"
        governor = _governing_verb(tok)
        people = _with_between(tok) + of_parties + _possessors(tok) + F.hosts(tok) + F.visited(tok) \
            + F.call_parties(tok)
        if len(_with_between(tok)) == 1 and _plural_pair(_with_between(tok)[0]) and not of_parties:
            people = _last_pair(tok) + _possessors(tok)  # "the first meeting between the two men"
        own = people and all(p.dep_ == "poss" and p.ent_type_ in {"ORG", "NORP"} for p in people)
        observed = governor is not None and governor.lemma_.lower() in P.OBSERVER_VERBS and (
            tok.dep_ in {"dobj", "nsubjpass"} or tok.head.lower_ in {"of", "about"})  # "learned of a meeting"
        if governor is not None and not own and not observed \
                and (not people or tok.dep_ in {"dobj", "pobj", "nsubj"}):
            subj = subject_of(governor) or next(  # "Following a breakfast with X, Sanders is scheduled to ..."
                (c for c in governor.children if c.dep_ == "nsubjpass" and c.i != tok.i), None)
            if subj is not None and _plural_pair(subj) and not people and not _definite(tok):
                # "the two leaders talked during a meeting"; "they crashed the meeting" points back to a meeting
                people = _last_pair(subj)
                span_from = subj.left_edge if people else span_from
            elif subj is not None and subj.i not in {p.i for p in people}:
                people = [subj] + people
            if governor.lemma_.lower() in P.BRING_VERBS:  # "invited Mr. Trump to a meeting"
                people += [c for c in governor.children if c.dep_ == "dobj" and c.i != tok.i]
            if tok.dep_ == "dobj":  # "held a joint meeting in the morning with Abe and Park"
                people += [p for p in _with_between(governor) if p.i not in {q.i for q in people}]
            if any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children):
                # "Obama warned the Chinese leader, Xi Jinping, during their meeting"
                people += [c for c in governor.children if c.dep_ == "dobj" and c.i != tok.i]
        people += _compound_parties(tok)  # "the Trump meeting", "the Trump-Kim summit"
        if lemma in P.CALL_NOUNS | P.CONVERSATION_NOUNS and span_from is tok:  # "a phone call with Xi"
            span_from = min((c for c in tok.children if c.lower_ in P.PHONE_WORDS), key=lambda c: c.i, default=tok)
        anchors = [tok] + ([governor] if governor is not None else [])
    elif tok.pos_ == "VERB" and (lemma in P.MEETING_VERBS | set(P.MEETING_PHRASALS) | P.HOST_VERBS
                                 or tok.lower_ in P.MEAL_VERB_FORMS or F.phone_talk(tok) or F.called_party(tok)):
        if tok.text[:1].isupper() and not tok.is_sent_start and not _headline(tok, ctx):
            return None  # a title: "Meet the Press" (a headline is in title case: "Obama Meets With Xi")
        if lemma in P.MEETING_PHRASALS and not (any(c.lower_ == P.MEETING_PHRASALS[lemma] for c in tok.children)
                                              and _with_between(tok)):
            return None  # "sat down with X"; "sat down for a podcast" is not a meeting
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() in P.NON_PARTICIPANT_OBJECTS or o.pos_ not in {"PROPN", "PRON", "NOUN"}
               for o in objs):
            return None
        if lemma in P.HOST_VERBS and not any(o.ent_type_ == "PERSON" and (
                _name_length(o) >= 2 or len(ctx.full_names.get(o.lower_, "").split()) >= 2) for o in objs):
            return None  # "hosted a fundraiser", "visited Wilmington" (a town tagged as a person)
        people = objs + _with_between(tok) + F.passive_agents(tok)  # "was met by Gov. McAuliffe"
        if lemma in P.PHONE_TALK_VERBS | P.PHONE_GET_VERBS:  # "spoke by phone with Tsai", not "with the Post"
            people = F.talk_parties(tok)
        elif lemma == "call":  # "Clinton called Trump on Wednesday to concede"
            people = F.called_party(tok)
        subj = subject_of(tok) or (F.passive_subject(tok) if F.passive_agents(tok) else None)
        if subj is not None and subj.lemma_.lower() in P.NON_PARTICIPANT_OBJECTS:
            return None  # "the demands were met by the company"
        if subj is None and tok.dep_ == "xcomp":  # "Trump is scheduled to meet with Ryan"
            subj = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
            subj = subject_of(tok.head.head)  # "after meeting with Sharpton, Clinton proposed ..."
        if subj is not None:
            people = [subj] + people
        if subj is not None and not objs and not _with_between(tok) and _plural_pair(subj) \
                and tok.dep_ not in {"relcl", "acl"}:  # not "the voters they met"
            pair = _last_pair(subj)  # "Obama and Netanyahu first met in 2007. They met again in July 2008"
            people, span_from = (pair, subj.left_edge) if pair else (people, span_from)
        if (tok.dep_ == "xcomp" or tok.dep_ == "advcl" and any(c.lower_ == "to" for c in tok.children)) \
                and tok.head.lemma_.lower() in P.BRING_VERBS:  # "invited Trump to meet with X"
            guests = [c for c in tok.head.children if c.dep_ == "dobj"]
            if tok.head.lemma_.lower() in P.SEND_VERBS and guests:  # "sent Eggleston to meet Pelosi": the sender
                if not any(_party_names(p, ctx) for p in _expand_conj(objs + _with_between(tok))):
                    return None  # stays home, and envoys sent "to meet with doctors" meet nobody named
                people = guests + people[1:]
            else:
                people += guests
        anchors = [tok]
    else:
        return None
    # "his meeting with X is not an endorsement": the copula's negation is not the meeting's
    checked = [a for a in anchors if a is tok or tok.dep_ not in {"nsubj", "nsubjpass"}
               or a.lemma_.lower() in P.HAPPEN_VERBS]
    if _hypothetical(checked) or C.cancelled(anchors) or any(_habitual(a) or F.debate_setting(a) or F.ever(a)
                                                             for a in anchors):
        return None
    named = [(p, n) for p in _expand_conj(people) for n in _party_names(p, ctx)]
    described = _described_subject(people, named, ctx)  # "The former governor had dinner with him"
    named = _other_side(([described] if described else []) + named, ctx)
    names = _unique([n for _, n in named])
    if not names:
        return None
    if len(names) == 1:  # "After meeting with Trump, he said": the other side is named before
        owners = {p.i for p, _ in named}
        loose = [p for p in _expand_conj(people) if p.i not in owners or len(owners) > 1]
        extra = _context_party(loose, names, ctx)
        if extra:
            named.append(extra)
            names.append(extra[1])
    people = [p for p, _ in named]
    fresh = any(c.i not in {p.i for p in people} and not _definite(c)
                for c in _with_between(tok) + [c for c in tok.children if c.dep_ == "dobj"])
    scheduled = _scheduled(anchors, ctx)
    when_text = _date_phrase(anchors)
    objects = _with_between(tok) + [c for c in tok.children if c.dep_ == "dobj"]
    place = _place(anchors) or _place(objects, motion=False)  # "met with X in Beijing", "hosted X at Y"
    if F.negotiations(tok, people, when_text, place, scheduled):
        return None  # "secret talks with Iran", "talks between Israel and the Palestinians": no one occasion
    # "Mr. Peña Nieto", not "Nieto"; parties named in an earlier sentence ("They met") stay out of the span
    start = min([span_from.idx] + [ctx.mention_span(p)[0] for p in people if p.sent.start == tok.sent.start])
    end = max([max(t.i for t in tok.subtree) if tok.pos_ == "NOUN" else tok.i]
              + [t.i for t in people if t.sent.start == tok.sent.start])
    scheduled = scheduled or bool(when_text and when_text.lower().split()[0] in P.FUTURE_DATE_WORDS)  # not "the next"
    when = ctx.resolve_when(when_text, future=scheduled) if when_text else None
    if when and not when[:4].isdigit():
        when = None  # "Eight months in": not a date of the meeting
    if when and published_after(when, ctx.published):
        scheduled = True
    return _Mention(participants=names, span=(start, make_span(tok.doc, end, end)[1]), place=place, when=when,
                    status="scheduled" if scheduled else "past", names_lower={_key(n) for n in names},
                    fresh=fresh, today=bool(when and ctx.published and when == ctx.published[:10]))


def published_after(when: str, published: str | None) -> bool:
    """True when an ISO date (day, month or year) lies after the publication date (a scheduled meeting)."""
    return bool(published) and when[:4].isdigit() and when > (published or "")[:len(when)]


# ---------------------------------------------------------------- parts of a mention


def _meeting_noun(tok, lemma: str) -> bool:
    """A noun that may name a meeting: "meeting", "summit", "talks"; a meal or a visit with a party
    ("a breakfast with Sharpton", "Trump and Romney had dinner"); a call with a party or "their call"."""
    if lemma in P.MEETING_NOUNS or tok.lower_ in P.MEETING_NOUNS:
        return True
    if lemma in P.MEAL_NOUNS:
        return bool(_with_between(tok) or tok.dep_ == "dobj" and _with_between(tok.head)
                    or F.shared_meal(tok, subject_of) or F.invited_meal(tok) or F.hosts(tok)
                    or tok.dep_ == "dobj" and tok.head.lemma_.lower() in P.MEAL_VERBS  # "the two men had dinner"
                    and _plural_pair(subject_of(tok.head) or tok))
    if lemma in P.WITH_NOUNS:  # "a visit with Pope Francis", "paid a visit to Pope Francis"
        return bool(_with_between(tok) or F.visited(tok)) and not any(
            c.lower_ in P.NON_MEETING_CONFERENCE_MODIFIERS for c in tok.children if c.dep_ in {"compound", "amod"})
    return lemma in P.CALL_NOUNS | P.CONVERSATION_NOUNS and F.call_noun(tok) and bool(
        _with_between(tok) or F.their(tok) or F.call_parties(tok))


def _governing_verb(noun):
    """The verb a meeting noun hangs on: "went into [the meeting]", "after [the meeting], Trump said"."""
    cur = noun
    for _ in range(3):
        head = cur.head
        if head.i == cur.i:
            return None
        if head.pos_ in {"VERB", "AUX"} and head.lower_ not in P.TEMPORAL_PREPS:  # "Following a breakfast with"
            return head
        if cur.dep_ not in {"pobj", "dobj", "nsubj", "nsubjpass", "prep", "compound"}:
            return None
        cur = head
    return None


def _headline(tok, ctx: _Context, min_words: int = 3, share: float = 0.75) -> bool:
    """A title-case line ("Sanders Meets With Pope Francis"): most of its longer words are capitalised.
    Worked out once per sentence."""
    sent = ctx.sentence_of(tok)
    found = ctx.headlines.get(sent.start)
    if found is None:
        words = [t for t in sent if t.is_alpha and len(t) > 3]
        caps = sum(1 for t in words if t.text[:1].isupper())
        found = ctx.headlines[sent.start] = len(words) >= min_words and caps >= share * len(words) and len(sent) <= 25
    return found
