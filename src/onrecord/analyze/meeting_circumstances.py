"""When, where and how sure a meeting is: habit or one occasion, hypothetical, scheduled, its date and place.

Helpers of ``meetings.py`` over the dependency parse of a meeting mention's anchor tokens (the verb or
noun that says a meeting took or will take place). Lexicons: ``meeting_patterns.py``.
"""

from __future__ import annotations

from onrecord.analyze import meeting_patterns as P
from onrecord.analyze.commitment_spans import ArticleContext
from onrecord.analyze.frames import doc_ents


def habitual(anchor) -> bool:
    """"would often meet", "at times would meet": a habit, not one occasion."""
    return any(c.lower_ in P.HABITUAL_WORDS or (c.dep_ == "prep" and any(g.lower_ == "times" for g in c.children))
               or many_occasions(c) for c in anchor.children if c.dep_ in {"advmod", "prep", "npadvmod"})


def many_occasions(prep) -> bool:
    """"on more than one occasion", "on several occasions": many meetings, not one."""
    return prep.dep_ == "prep" and any(
        g.lemma_.lower() == "occasion" and (g.lower_ == "occasions" or any(t.lower_ in P.MANY_WORDS for t in g.subtree))
        for g in prep.children if g.dep_ == "pobj")


def hypothetical(anchors) -> bool:
    """"If she had met him", "didn't need to meet", "might meet": not a meeting that happened or is set."""
    for a in anchors:
        cur = a
        for _ in range(4):
            kids = list(cur.children)
            if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in kids) or any(
                    c.tag_ == "MD" and c.lower_ in P.HYPOTHETICAL_MODALS for c in kids):
                return True  # "didn't meet", "has no plans to meet", "might meet"
            if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in kids):
                return True
            if cur.head.i == cur.i or cur.dep_ not in {"xcomp", "advcl", "pcomp", "prep", "pobj", "dobj", "acl", "conj"}:
                break
            cur = cur.head
            if cur.dep_ == "prep" and cur.lower_ in P.TEMPORAL_PREPS:
                break  # "after meeting with X, Clinton proposed": the main verb does not govern the meeting
            if cur.lemma_.lower() in P.HYPOTHETICAL_HEADS:
                return True
    return False


def cancelled(anchors) -> bool:
    """"a meeting ... that was canceled", "the talks were called off": neither past nor scheduled."""
    for a in anchors:
        clauses = [a, *(t for t in a.subtree if t.dep_ in {"relcl", "acl"})]  # "... in Chile that was canceled"
        if a.dep_ in {"nsubj", "nsubjpass"}:
            clauses.append(a.head)
        for verb in clauses:
            lemma = verb.lemma_.lower()
            if lemma in P.CANCEL_VERBS or lemma == "call" and any(c.lower_ == "off" for c in verb.children):
                return True
    return False


def scheduled(anchors, ctx: ArticleContext) -> bool:
    for a in anchors:
        if a is not anchors[0] and a.lemma_.lower() in P.SCHEDULE_VERBS:
            return True  # "the meeting was scheduled two weeks ago", "they set a meeting"
        for c in a.children:
            if c.tag_ == "MD" and c.lower_ in {"will", "'ll", "’ll", "shall", "would", "'d", "’d"}:
                return True
            if c.dep_ in {"amod", "acl"} and c.lower_ in P.SCHEDULE_WORDS:
                return True
            if c.dep_ == "aux" and c.lower_ == "to" and a.head.lemma_.lower() in {"plan", "expect", "schedule", "invite",
                                                                                   "agree", "hope", "want"}:
                return True
        if a.lower_ == "going" or (a.head.lower_ == "going" and a.dep_ == "xcomp"):
            return True
        if a.dep_ == "advcl" and a.tag_ in {"VBZ", "VBP"} and any(
                c.tag_ == "MD" and c.lower_ in {"will", "'ll", "’ll"} for c in a.head.children):
            return True  # "will endorse her after he meets with Sanders"
        if a.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'s", "’s", "'re", "’re"}
                                   for c in a.children):
            return True  # "Trump and Ryan are meeting next week"
    return False


def planned(anchors) -> bool:
    """Set up in advance: "will hold a call", "a scheduled call", "the call is set for Friday"."""
    for a in anchors:
        if a is not anchors[0] and a.lemma_.lower() in P.SCHEDULE_VERBS:
            return True
        if any(c.tag_ == "MD" and c.lower_ in {"will", "'ll", "’ll", "shall"} or (
                c.dep_ in {"amod", "acl"} and c.lower_ in P.SCHEDULE_WORDS) for c in a.children):
            return True
    return False


def date_phrase(anchors) -> str | None:
    for a in anchors:
        for c in a.children:
            toks = list(c.subtree)
            text = a.doc[toks[0].i:toks[-1].i + 1].text  # as written: "Sept. 10, 2012"
            if c.dep_ in {"poss", "npadvmod", "tmod", "compound", "nmod"} and c.ent_type_ in {"DATE", "TIME"}:
                return text
            if c.dep_ == "prep" and c.lower_ in {"on", "in", "at", "during", "last", "next"} and any(
                    t.ent_type_ in {"DATE", "TIME"} for t in toks):
                return text
    return None


def place(anchors, motion: bool = True) -> str | None:
    """A place named by "in/at X" on the anchors, or "travel to X" on a motion verb."""
    for a in anchors:
        # "met for hours at the airport": a place prep may hang on the object of another prep
        preps = [c for c in a.children if c.dep_ == "prep"]
        preps += [g for c in preps for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in P.PLACE_ENTS
                  for g in o.children if g.dep_ == "prep" and c.lower_ not in P.PLACE_PREPS]
        for c in preps:
            if c.lower_ not in P.PLACE_PREPS | ({"to"} if motion else set()):
                continue
            if c.lower_ == "to" and a.lemma_.lower() not in P.MOTION_VERBS:
                continue
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if pobj.ent_type_ in P.PLACE_ENTS:
                ent = next((e for e in doc_ents(pobj.doc) if e.start <= pobj.i < e.end), None)
                return ent.text if ent is not None else pobj.text
            named = pobj.pos_ == "PROPN" or any(g.dep_ == "compound" and g.pos_ == "PROPN" for g in pobj.children)
            if c.lower_ == "at" and named and pobj.ent_type_ not in {"PERSON", "DATE", "TIME", "NORP"}:
                first = min(t.i for t in pobj.subtree if t.i <= pobj.i)
                return pobj.doc[first:pobj.i + 1].text  # "at the Sunnylands estate", "at Trump Tower"
    return None
