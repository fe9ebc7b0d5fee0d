"""Meeting parties: who a participant token stands for, and where the parties of a mention are found.

Helpers of ``meetings.py``: the with/between/of complements, possessors and compound names of a meeting
word, coordinated names, groups qualified by a name ("Patriot Coal's executives", "officials from Russia
and China"), resolved pronouns, the pair a "they" or "the two" points back to. Lexicons:
``meeting_patterns.py``.
"""

from __future__ import annotations

from onrecord.analyze import meeting_patterns as P
from onrecord.analyze.commitment_spans import TITLES, ArticleContext
from onrecord.analyze.frames import doc_ents, doc_text
from onrecord.analyze.meeting_context import unnamed_clause
from onrecord.analyze.meeting_forms import bare_initial_name, named_elsewhere
from onrecord.analyze.meeting_merge import name_key as _key


def compound_parties(noun) -> list:
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


def meeting_modifier(tok) -> bool:
    """A name inside a meeting noun's modifier: "Trump" and "Kim" of "the Trump-Kim summit"."""
    if tok.dep_ != "compound" or tok.pos_ != "PROPN":
        return False
    head = tok.head
    if head.lemma_.lower() in P.MEETING_NOUNS:
        return True
    return head.dep_ == "compound" and head.head.lemma_.lower() in P.MEETING_NOUNS and any(
        g.lower_ in {"-", "–"} for g in head.children)


def with_between(tok) -> list:
    """The objects of a word's with/between/among prepositions: "met with X", "talks between X and Y"."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"with", "between", "among"}:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def possessors(noun) -> list:
    """"Trump's meeting", "the prime minister's meeting", "his meeting with Clinton" (not "Friday's")."""
    return [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in {"DATE", "TIME"}
            and (c.pos_ == "PROPN" or c.lower_ in {"his", "her"} or (c.pos_ == "NOUN" and c.lower_ in TITLES)
                 or c.lower_ in P.GROUP_NOUNS and group_qualifier(c) is not None)]  # "the Jewish leaders' meeting"


def of_parties(noun, ctx: ArticleContext) -> list:
    """Named parties of "a meeting of the leaders of Brazil and China" / "a summit of NATO and the EU"."""
    out = []
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for g in (g for g in c.children if g.dep_ == "pobj"):
            if g.lower_ in P.GROUP_NOUNS and not group_qualifier(g):
                out += of_parties(g, ctx)  # "the leaders of Brazil, China, India"
            else:
                out += [p for p in expand_conj([g]) if party_names(p, ctx)]
    return out if len({p.i for p in out}) >= 2 else []


def expand_conj(people) -> list:
    """The parties with the names coordinated with them: "McConnell and Grassley" -> both."""
    out = []
    for p in people:
        out.append(p)
        out.extend(c for c in p.subtree if c.dep_ == "conj" and c.head.i in {q.i for q in out})
        # "McConnell and Sen. Chuck Grassley" parsed as a modifier of the second name
        out.extend(c for c in p.subtree if c.dep_ == "nmod" and c.ent_type_ == "PERSON"
                   and any(g.dep_ == "cc" for g in c.children))
    return out


def group_qualifier(tok):
    """The proper name qualifying a group noun: "Patriot Coal's executives", "the Texas delegation"."""
    for c in tok.children:
        if c.dep_ in {"poss", "compound", "amod", "nmod"} and (c.pos_ == "PROPN"
                                                             or c.ent_type_ in {"GPE", "NORP", "ORG"}):
            return c
    for c in tok.children:  # "union leaders", "civil rights leaders": a named kind of group
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in P.VAGUE_GROUP_QUALIFIERS:
            return c
    return None


def party_names(tok, ctx: ArticleContext) -> list[str]:
    """The name(s) a participant token stands for; [] for "some students", "the wife", "donors"."""
    if meeting_modifier(tok):
        return [ctx.full_names.get(tok.lower_) or tok.text]  # "the Trump-Kim summit": each name on its own
    if tok.lower_ in {"i", "me"}:  # the speaker of the direct quotation it stands in
        return [n for s, e, n in getattr(ctx, "speakers", []) if s <= tok.idx < e][:1]
    if tok.pos_ == "PRON":
        if tok.lower_ in {"he", "she"} and unnamed_clause(tok):
            return []  # "a voter said he met with Trump": he is the voter
        name = ctx.name(tok) if tok.lower_ in P.PRONOUN_PARTIES else None
        if tok.lower_ in {"he", "she", "him", "her", "his"} and name and _key(name) not in ctx.person_keys \
                and not _person_like(name, tok.doc):
            name = person_before(tok, ctx)  # he/she stand for a person, not "Patriot"
        speaker = next((n for s, e, n in getattr(ctx, "speakers", []) if s <= tok.idx < e), None)
        if name and speaker and tok.lower_ in {"he", "she", "him", "her", "his"} and _key(name) == _key(speaker):
            name = person_before(tok, ctx, other_than=speaker)  # a speaker says "I": "he" is someone else
        if name and tok.lower_ in {"he", "she", "his", "her"} and tok.dep_ in {"nsubj", "nsubjpass", "poss"}:
            name = _centre(tok, ctx, name)
        if name and not any(ch.isupper() for ch in name):
            return []  # "they" -> "the members": not a name
        return [name] if name and name.lower() not in P.PRONOUN_PARTIES else []
    if tok.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "WORK_OF_ART"} or in_title(tok, ctx):
        return []  # "''Barton Fink'' meets ''A Serious Man''", "MSNBC's “The Rachel Maddow Show”"
    appos = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if tok.pos_ == "NOUN" and appos is not None:
        return party_names(appos, ctx)  # "his Russian counterpart, Sergei Lavrov"
    if tok.lemma_.lower() == "counterpart":  # "his Russian counterpart": the other side, by its country
        nation = next((c for c in tok.children if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}),
                      None)
        return [f"{nation.text} {tok.text}"] if nation is not None else []
    if any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their", "its", "my", "our"} for c in tok.children):
        return []  # one's own people: "his National Security Council", "her staff", "his wife"
    if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
        return party_names(tok.head, ctx)  # "Bob Corker, a Tennessee Republican who has met ..."
    if tok.pos_ == "NOUN" and tok.lower_ in P.PART_NOUNS:  # "the rest of the Senate Democratic caucus"
        return [n for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj" for n in party_names(g, ctx)][:1]
    if tok.pos_ == "NOUN" and tok.lower_ in P.GROUP_NOUNS:
        qual = group_qualifier(tok)
        if qual is None:  # "members of the House Republican leadership"
            sides = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                     if g.dep_ == "pobj"]
            if sides:  # "officials from Russia and the United States": each country a party
                return [n for g in expand_conj(sides) for n in party_names(g, ctx)]
            of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
            return [n for g in of[:1] for n in party_names(g, ctx)]
        if qual.dep_ == "poss":
            return party_names(qual, ctx)  # "Patriot Coal's executives" -> Patriot Coal
        sides = [q for q in qual.conjuncts if q.ent_type_ in {"NORP", "GPE"}] if qual.dep_ == "amod" else []
        if sides:  # "North Korean and South Korean officials": two parties
            return [with_compounds(q) + " " + tok.text for q in [qual] + sides]
        first = min(t.i for t in tok.subtree if t.i <= tok.i and t.dep_ != "det" and t.lower_ not in P.QUANTIFIERS)
        return [tok.doc[first:tok.i + 1].text]  # "Texas delegation", "Chinese officials"
    if tok.pos_ == "NOUN" and tok.lower_ in TITLES and any(c.lower_ == "the" for c in tok.children):
        name = ctx.name(tok)  # "the president" -> Barack Obama, when the article says so
        foreign = any(c.ent_type_ == "NORP" and c.lower_ not in P.PARTY_ADJECTIVES for c in tok.children)  # "the Mexican president" stays as written
        if name and _key(name) not in ctx.person_keys and not _person_like(name, tok.doc) and not foreign:
            return []  # "the Vermont senator" is no name: meeting_context.py looks for the person
        return [name] if name and name[:1].isupper() and name.lower() != tok.lower_ else []
    if not (tok.pos_ == "PROPN" or tok.ent_type_ in P.PARTICIPANT_ENTS) and (
            not tok.text[:1].isupper() or (tok.is_sent_start and tok.lower_ not in ctx.full_names
                                           and not named_elsewhere(tok) and not bare_initial_name(tok))):
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


_GENDER: dict[str, frozenset[str]] = {w: g for g in (frozenset({"he", "his", "him"}), frozenset({"she", "her", "hers"}))
                                      for w in g}


def _centre(tok, ctx: ArticleContext, name: str, within: int = 120) -> str:
    """The person a subject or possessive he/she continues: the referent of the last subject pronoun of
    the same gender, unless the person now chosen was named since as a subject. "... how he finds a
    position campaigning against Trump. His meeting with Clinton ..." -> his = the earlier he, not Trump."""
    doc = tok.doc
    prev = next((t for t in reversed(doc[max(0, tok.i - within):tok.i]) if t.lower_ in _GENDER[tok.lower_]
                 and t.dep_ in {"nsubj", "nsubjpass"}), None)
    if prev is None:
        return name
    earlier = ctx.name(prev)
    if not earlier or _key(earlier) == _key(name) or _key(earlier) not in ctx.person_keys:
        return name
    between = doc[prev.i + 1:tok.i]
    if any(t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PROPN" for t in between):
        return name  # a person named as a subject since: the centre has moved ("Jack Nicklaus has ...")
    since = [t for t in between if t.pos_ == "PROPN" and t.lower_ == _key(name)]
    if since:
        return earlier  # the newer person is only an object: "campaigning against Trump"
    return name


def _person_like(name: str, doc) -> bool:
    """A resolved name the parser writes as a proper noun and never as an organisation or place:
    "she" -> "Lynch" stays Lynch even when the parser did not tag her as a person."""
    key = _key(name)
    toks = [t for t in doc if t.lower_ == key]
    return bool(toks) and all(t.pos_ == "PROPN" and t.ent_type_ not in {"ORG", "GPE", "NORP", "FAC", "LOC"}
                              for t in toks)


def plural_pair(subj) -> bool:
    """"they", "the two", "the two men": a subject that points back to two parties named before."""
    if subj.lower_ == "they":
        return True
    return any(t.lower_ == "two" for t in subj.subtree) and (subj.lower_ == "two" or subj.lower_ in P.PAIR_NOUNS)


def last_pair(tok, sentences: int = 2) -> list:
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


def with_compounds(tok) -> str:
    """A word with its compound modifiers: "North Korean"."""
    first = min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound" or c.dep_ == "amod"
                           and c.ent_type_ == tok.ent_type_ and c.i < tok.i])
    return tok.doc[first:tok.i + 1].text


def person_before(tok, ctx: ArticleContext, within: int = 200, other_than: str | None = None) -> str | None:
    """The nearest person named before ``tok`` (a PERSON entity), in its fullest form (not ``other_than``)."""
    for e in reversed([e for e in doc_ents(tok.doc) if e.label_ == "PERSON" and tok.i - within <= e.end <= tok.i]):
        name = ctx.fullest(e.root) or e.text
        if other_than is None or _key(name) != _key(other_than):
            return name
    return None


def other_side(named: list, ctx: ArticleContext) -> list:
    """An object pronoun is not the subject: "Netanyahu ... will meet with him" -> the person named before."""
    if not named:
        return named
    first = named[0][1]
    out = named[:1]
    for p, n in named[1:]:
        if p.pos_ == "PRON" and p.lower_ in {"him", "her"} and _key(n) == _key(first):
            n = person_before(p, ctx, other_than=first) or n
        out.append((p, n))
    return out


def in_title(tok, ctx: ArticleContext, max_words: int = 8) -> bool:
    """Inside a short quotation: a title of a show, book or film rather than a party."""
    return any(s < tok.idx < e and len(doc_text(ctx.doc)[s:e].split()) <= max_words for s, e in ctx.quotes)


def name_length(tok) -> int:
    """Words in the proper name headed by ``tok`` ("Prime Minister Benjamin Netanyahu" -> 4)."""
    return 1 + sum(1 for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN")


def definite(tok) -> bool:
    """"the executives", "them": a mention that points back to parties named before."""
    return tok.pos_ == "PRON" or any(c.dep_ in {"det", "poss"} and c.lower_ in P.DEFINITE_DETS for c in tok.children)
