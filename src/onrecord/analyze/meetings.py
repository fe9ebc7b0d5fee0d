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
headlines ("Obama Meets With Xi") count. Lexicons: ``meeting_patterns.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from onrecord.analyze import meeting_patterns as P
from onrecord.analyze.commitment_spans import TITLES, ArticleContext, make_span, subject_of
from onrecord.analyze.frames import doc_ents, doc_text
from onrecord.analyze.meeting_circumstances import date_phrase as _date_phrase
from onrecord.analyze.meeting_circumstances import habitual as _habitual
from onrecord.analyze.meeting_circumstances import hypothetical as _hypothetical
from onrecord.analyze.meeting_circumstances import place as _place
from onrecord.analyze.meeting_circumstances import planned as _planned
from onrecord.analyze.meeting_circumstances import scheduled as _scheduled
from onrecord.analyze.meeting_merge import Mention as _Mention
from onrecord.analyze.meeting_merge import merge as _merge
from onrecord.analyze.meeting_merge import name_key as _key
from onrecord.analyze.meeting_merge import unique_names as _unique
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
    if (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and _headline(tok, ctx)) and (lemma in P.MEETING_NOUNS or tok.lower_ in P.MEETING_NOUNS
                               or lemma in P.MEAL_NOUNS and (_with_between(tok) or tok.dep_ == "dobj"
                                                             and _with_between(tok.head))
                               or lemma in P.CALL_NOUNS and _with_between(tok)):
        if lemma == "talk" and tok.lower_ != "talks":
            return None  # "a talk at Harvard" is a speech
        if tok.tag_ == "NNS" and lemma != "talk":
            return None  # "a dozen meetings with officials": many occasions, not one
        if any(c.lower_ in P.GENERIC_MEETING_MODIFIERS for c in tok.children if c.dep_ in {"compound", "amod"}):
            return None
        of_parties = _of_parties(tok, ctx)
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and not of_parties:
            return None  # "a meeting of the minds", "a meeting of the board"
        governor = _governing_verb(tok)
        people = _with_between(tok) + of_parties + _possessors(tok)
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
        anchors = [tok] + ([governor] if governor is not None else [])
    elif tok.pos_ == "VERB" and lemma in P.MEETING_VERBS | set(P.MEETING_PHRASALS) | P.HOST_VERBS:
        if tok.text[:1].isupper() and not tok.is_sent_start and not _headline(tok, ctx):
            return None  # a title: "Meet the Press" (a headline is in title case: "Obama Meets With Xi")
        if lemma in P.MEETING_PHRASALS and not (any(c.lower_ == P.MEETING_PHRASALS[lemma] for c in tok.children)
                                              and _with_between(tok)):
            return None  # "sat down with X"; "sat down for a podcast" is not a meeting
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() in P.NON_PARTICIPANT_OBJECTS or o.pos_ not in {"PROPN", "PRON", "NOUN"}
               for o in objs):
            return None
        if lemma in P.HOST_VERBS and not any(o.ent_type_ == "PERSON" and _name_length(o) >= 2 for o in objs):
            return None  # "hosted a fundraiser", "visited Wilmington" (a town tagged as a person)
        people = objs + _with_between(tok)
        subj = subject_of(tok)
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
    if _hypothetical(checked) or any(_habitual(a) for a in anchors):
        return None
    named = [(p, n) for p in _expand_conj(people) for n in _party_names(p, ctx)]
    named = _other_side(named, ctx)
    names = _unique([n for _, n in named])
    if not names:
        return None
    people = [p for p, _ in named]
    fresh = any(c.i not in {p.i for p in people} and not _definite(c)
                for c in _with_between(tok) + [c for c in tok.children if c.dep_ == "dobj"])
    scheduled = _scheduled(anchors, ctx)
    if lemma in P.CALL_NOUNS and tok.pos_ == "NOUN" and not _planned(anchors):
        return None  # a call is a meeting only when set up in advance: "will hold a call with Xi on Friday"
    when_text = _date_phrase(anchors)
    objects = _with_between(tok) + [c for c in tok.children if c.dep_ == "dobj"]
    place = _place(anchors) or _place(objects, motion=False)  # "met with X in Beijing", "hosted X at Y"
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
                    fresh=fresh)


def published_after(when: str, published: str | None) -> bool:
    """True when an ISO date (day, month or year) lies after the publication date (a scheduled meeting)."""
    return bool(published) and when[:4].isdigit() and when > (published or "")[:len(when)]


# ---------------------------------------------------------------- parts of a mention


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


def _compound_parties(noun) -> list:
    """Names modifying a meeting noun: "the Trump meeting" (a person), "the Obama-Xi talks" (hyphenated)."""
    out = []
    for c in noun.children:
        if c.dep_ != "compound" or c.pos_ != "PROPN":
            continue
        if any(g.lower_ in {"-", "–"} for g in c.children):
            out += [c] + [g for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN"]
        elif c.ent_type_ == "PERSON":
            out.append(c)
    return out


def _meeting_modifier(tok) -> bool:
    """A name inside a meeting noun's modifier: "Trump" and "Kim" of "the Trump-Kim summit"."""
    if tok.dep_ != "compound" or tok.pos_ != "PROPN":
        return False
    head = tok.head
    if head.lemma_.lower() in P.MEETING_NOUNS:
        return True
    return head.dep_ == "compound" and head.head.lemma_.lower() in P.MEETING_NOUNS and any(
        g.lower_ in {"-", "–"} for g in head.children)


def _with_between(tok) -> list:
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"with", "between", "among"}:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _possessors(noun) -> list:
    """"Trump's meeting", "the prime minister's meeting", "his meeting with Clinton" (not "Friday's")."""
    return [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in {"DATE", "TIME"}
            and (c.pos_ == "PROPN" or c.lower_ in {"his", "her"} or (c.pos_ == "NOUN" and c.lower_ in TITLES))]


def _of_parties(noun, ctx: ArticleContext) -> list:
    """Named parties of "a meeting of the leaders of Brazil and China" / "a summit of NATO and the EU"."""
    out = []
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for g in (g for g in c.children if g.dep_ == "pobj"):
            if g.lower_ in P.GROUP_NOUNS and not _group_qualifier(g):
                out += _of_parties(g, ctx)  # "the leaders of Brazil, China, India"
            else:
                out += [p for p in _expand_conj([g]) if _party_names(p, ctx)]
    return out if len({p.i for p in out}) >= 2 else []


def _expand_conj(people) -> list:
    out = []
    for p in people:
        out.append(p)
        out.extend(c for c in p.subtree if c.dep_ == "conj" and c.head.i in {q.i for q in out})
        # "McConnell and Sen. Chuck Grassley" parsed as a modifier of the second name
        out.extend(c for c in p.subtree if c.dep_ == "nmod" and c.ent_type_ == "PERSON"
                   and any(g.dep_ == "cc" for g in c.children))
    return out


def _group_qualifier(tok):
    """The proper name qualifying a group noun: "Patriot Coal's executives", "the Texas delegation"."""
    for c in tok.children:
        if c.dep_ in {"poss", "compound", "amod"} and (c.pos_ == "PROPN" or c.ent_type_ in {"GPE", "NORP", "ORG"}):
            return c
    for c in tok.children:  # "union leaders", "civil rights leaders": a named kind of group
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in P.VAGUE_GROUP_QUALIFIERS:
            return c
    return None


def _party_names(tok, ctx: ArticleContext) -> list[str]:
    """The name(s) a participant token stands for; [] for "some students", "the wife", "donors"."""
    if _meeting_modifier(tok):
        return [ctx.full_names.get(tok.lower_) or tok.text]  # "the Trump-Kim summit": each name on its own
    if tok.lower_ in {"i", "me"}:  # the speaker of the direct quotation it stands in
        return [n for s, e, n in getattr(ctx, "speakers", []) if s <= tok.idx < e][:1]
    if tok.pos_ == "PRON":
        name = ctx.name(tok) if tok.lower_ in P.PRONOUN_PARTIES else None
        if tok.lower_ in {"he", "she", "him", "her", "his"} and name and _key(name) not in ctx.person_keys:
            name = _person_before(tok, ctx)  # he/she stand for a person, not "Patriot"
        if name and not any(ch.isupper() for ch in name):
            return []  # "they" -> "the members": not a name
        return [name] if name and name.lower() not in P.PRONOUN_PARTIES else []
    if tok.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "WORK_OF_ART"} or _in_title(tok, ctx):
        return []  # "''Barton Fink'' meets ''A Serious Man''", "MSNBC's “The Rachel Maddow Show”"
    appos = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if tok.pos_ == "NOUN" and appos is not None:
        return _party_names(appos, ctx)  # "his Russian counterpart, Sergei Lavrov"
    if tok.lemma_.lower() == "counterpart":  # "his Russian counterpart": the other side, by its country
        nation = next((c for c in tok.children if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}),
                      None)
        return [f"{nation.text} {tok.text}"] if nation is not None else []
    if any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their", "its", "my", "our"} for c in tok.children):
        return []  # one's own people: "his National Security Council", "her staff", "his wife"
    if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
        return _party_names(tok.head, ctx)  # "Bob Corker, a Tennessee Republican who has met ..."
    if tok.pos_ == "NOUN" and tok.lower_ in P.GROUP_NOUNS:
        qual = _group_qualifier(tok)
        if qual is None:  # "members of the House Republican leadership"
            of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
            return [n for g in of[:1] for n in _party_names(g, ctx)]
        if qual.dep_ == "poss":
            return _party_names(qual, ctx)  # "Patriot Coal's executives" -> Patriot Coal
        sides = [q for q in qual.conjuncts if q.ent_type_ in {"NORP", "GPE"}] if qual.dep_ == "amod" else []
        if sides:  # "North Korean and South Korean officials": two parties
            return [_with_compounds(q) + " " + tok.text for q in [qual] + sides]
        first = min(t.i for t in tok.subtree if t.i <= tok.i and t.dep_ != "det" and t.lower_ not in P.QUANTIFIERS)
        return [tok.doc[first:tok.i + 1].text]  # "Texas delegation", "Chinese officials"
    if tok.pos_ == "NOUN" and tok.lower_ in TITLES and any(c.lower_ == "the" for c in tok.children):
        name = ctx.name(tok)  # "the president" -> Barack Obama, when the article says so
        return [name] if name and name[:1].isupper() and name.lower() != tok.lower_ else []
    if not (tok.pos_ == "PROPN" or tok.ent_type_ in P.PARTICIPANT_ENTS) and (
            not tok.text[:1].isupper() or (tok.is_sent_start and tok.lower_ not in ctx.full_names)):
        return []  # a capitalised common noun counts only inside a sentence ("Pence met with ...")
    coordinated = any(c.dep_ == "conj" for c in tok.children)  # "McConnell and Grassley": name each one
    name = (ctx.fullest(tok) if coordinated else None) or ctx.name(tok)
    if not name or name.lower() in P.PRONOUN_PARTIES:
        return []
    if tok.ent_type_ == "PERSON" and _key(name) not in ctx.person_keys:
        name = ctx.fullest(tok) or name  # a person resolved to "Obama White House": keep the person's name
    if " " not in name and len(ctx.full_names.get(name.lower(), "")) > len(name):
        name = ctx.full_names[name.lower()]  # "Mr. Xi" -> "Xi Jinping" (family name first)
    return [name]


def _plural_pair(subj) -> bool:
    """"they", "the two", "the two men": a subject that points back to two parties named before."""
    if subj.lower_ == "they":
        return True
    return any(t.lower_ == "two" for t in subj.subtree) and (subj.lower_ == "two" or subj.lower_ in P.PAIR_NOUNS)


def _last_pair(tok, sentences: int = 2) -> list:
    """The last pair of coordinated persons ("Obama and Netanyahu") in this and the two sentences before."""
    start = tok.sent.start
    for _ in range(sentences):
        if start > 0:
            start = tok.doc[start - 1].sent.start
    for t in reversed(tok.doc[start:tok.i]):
        if t.ent_type_ == "PERSON" and t.dep_ != "compound":
            other = next((c for c in t.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
            if other is not None:
                return [t, other]
    return []


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


def _with_compounds(tok) -> str:
    """A word with its compound modifiers: "North Korean"."""
    first = min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound" or c.dep_ == "amod"
                           and c.ent_type_ == tok.ent_type_ and c.i < tok.i])
    return tok.doc[first:tok.i + 1].text


def _person_before(tok, ctx: ArticleContext, within: int = 200, other_than: str | None = None) -> str | None:
    """The nearest person named before ``tok`` (a PERSON entity), in its fullest form (not ``other_than``)."""
    for e in reversed([e for e in doc_ents(tok.doc) if e.label_ == "PERSON" and tok.i - within <= e.end <= tok.i]):
        name = ctx.fullest(e.root) or e.text
        if other_than is None or _key(name) != _key(other_than):
            return name
    return None


def _other_side(named: list, ctx: ArticleContext) -> list:
    """An object pronoun is not the subject: "Netanyahu ... will meet with him" -> the person named before."""
    if not named:
        return named
    first = named[0][1]
    out = named[:1]
    for p, n in named[1:]:
        if p.pos_ == "PRON" and p.lower_ in {"him", "her"} and _key(n) == _key(first):
            n = _person_before(p, ctx, other_than=first) or n
        out.append((p, n))
    return out


def _in_title(tok, ctx: ArticleContext, max_words: int = 8) -> bool:
    """Inside a short quotation: a title of a show, book or film rather than a party."""
    return any(s < tok.idx < e and len(doc_text(ctx.doc)[s:e].split()) <= max_words for s, e in ctx.quotes)


def _name_length(tok) -> int:
    """Words in the proper name headed by ``tok`` ("Prime Minister Benjamin Netanyahu" -> 4)."""
    return 1 + sum(1 for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN")


def _definite(tok) -> bool:
    """"the executives", "them": a mention that points back to parties named before."""
    return tok.pos_ == "PRON" or any(c.dep_ in {"det", "poss"} and c.lower_ in P.DEFINITE_DETS for c in tok.children)


