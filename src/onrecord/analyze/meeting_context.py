"""Meeting parties from context: the side a meeting sentence leaves to a pronoun, a description or an
implicit subject, resolved to the fullest name in the article.

Helper of ``meetings.py``. "Warren spoke on Monday. She met with Clinton on Friday" is found by the
sentence itself; this module supplies the other side when the sentence names one party only: "After
meeting with Trump, he said ..." (he = the subject named before, not Trump), "Later, the Democratic
nominee met with Sanders" (the description, through the article's speaker resolver, or the most recent
person named as a subject), the implicit subject of a participle ("Hoping to meet with Trump, ...").
He/she keep their gender; a clause whose subject is an unnamed noun ("a voter said he met Trump")
is left alone, as are unnamed groups ("met with donors").
"""

from __future__ import annotations

from onrecord.analyze import meeting_patterns as P
from onrecord.analyze.commitment_spans import ArticleContext
from onrecord.analyze.meeting_merge import name_key as _key
from onrecord.analyze.names import name_gender

_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def context_party(people: list, names: list[str], ctx: ArticleContext) -> tuple | None:
    """The other party of a one-sided mention, as (token, name): the first pronoun or definite person
    description among ``people`` resolved (from context) to a person other than the one already named."""
    taken = {_key(n) for n in names}
    taken |= {_key(n) for s, e, n in getattr(ctx, "speakers", ()) for t in people if s <= t.idx < e}
    for tok in people:
        if tok.lower_ in _GENDER and tok.pos_ == "PRON" or _description(tok):
            if unnamed_clause(tok):
                return None  # "a voter said he met Trump": he is the voter
            name = _resolve(tok, ctx, taken)
            if name:
                return tok, name
    return None


def described_subject(people: list, named: list, ctx: ArticleContext) -> tuple | None:
    """(token, name) for a subject that is a person description the parties left unnamed ("The former
    Massachusetts governor had dinner with him"), so that an object "him" is read as someone else."""
    subj = people[0] if people else None
    if subj is None or not _description(subj) or any(p.i == subj.i for p, _ in named):
        return None
    name = _resolve(subj, ctx, set())
    return (subj, name) if name else None


def _description(tok) -> bool:
    """"the senator", "the Republican nominee": a singular definite description of a person."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lower_ in P.PERSON_DESCRIPTIONS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.ent_type_ == "NORP" and c.lower_ not in P.PARTY_ADJECTIVES for c in tok.children)  # "the Mexican president" is a foreign leader


def unnamed_clause(tok) -> bool:
    """The pronoun sits in a clause reported by an unnamed singular noun subject ("a voter said he met
    Trump"): he/she is that person."""
    head = tok.head
    for _ in range(4):
        subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != tok.i), None)
        if subj is not None and head.i != tok.head.i:
            return subj.tag_ == "NN" and subj.lower_ not in P.PERSON_DESCRIPTIONS  # not "reporters asked"
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _resolve(tok, ctx: ArticleContext, taken: set[str]) -> str | None:
    """The person ``tok`` stands for, not one of ``taken``: the article resolver's answer when it names
    someone else, else the most recent person named as a subject before it (of the pronoun's gender)."""
    if tok.pos_ == "NOUN":
        start = min(t.idx for t in tok.subtree if t.i <= tok.i)
        found = ctx.resolver.resolve(start, tok.idx + len(tok.text))
        if found and found[:1].isupper() and _key(found) in ctx.person_keys and _key(found) not in taken:
            return found
    return subject_before(tok, ctx, taken, _GENDER.get(tok.lower_))


def subject_before(tok, ctx: ArticleContext, taken: set[str], gender: str | None,
                   sentences: int = 3) -> str | None:
    """The most recent person (a PERSON name) that is the subject of a clause before ``tok`` in its
    sentence or the ``sentences`` before, not in ``taken`` and of ``gender`` when the name tells it."""
    doc = tok.doc
    start = ctx.sentence_of(tok).start
    for _ in range(sentences):
        if start > 0:
            start = ctx.sentence_of(doc[start - 1]).start
    for t in reversed(doc[start:tok.i]):
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.ent_type_ != "PERSON" or t.pos_ != "PROPN":
            continue
        name = ctx.fullest(t) or t.text
        if _key(name) in taken or ctx.in_quote(t.idx):
            continue
        known = name_gender(name)
        if gender and known and known != gender:
            continue
        return name
    return None
