"""Commitment forms the main dependency rules miss: adjectival triggers and title-cased headlines.

* "The governor remains committed to cutting taxes": an adjective of commitment after a linking
  verb, with a gerund complement, is the holder's promise.
* Headlines are title-cased ("Clinton Wades In: Urges Britain to Remain in E.U."), so the tagger
  reads their verbs as proper nouns and the parse is unusable. On a headline-like line the trigger
  is matched on its lower-cased surface form (``HEADLINE_TRIGGERS``) and the parts are read off the
  text: the holder is the named entity before the trigger, the addressee the words between the
  trigger and "to", the content the rest of the clause.

It also holds the clause and holder tests the main rules call once a trigger is found: is the
condition a threat's or a counterfactual, is a that-clause about someone else, can the speaker
announce the subject's act (a spokesman for a principal, not a rival or a commentator), who speaks
through a document, and where the target of a demand or threat is.
"""

from __future__ import annotations

import re

from onrecord.analyze import commitment_patterns as P
from onrecord.analyze.commitment_checks import animate, has_to, negated, organisation
from onrecord.analyze.commitment_spans import ArticleContext, make_span, subject_of
from onrecord.analyze.frames import doc_text
from onrecord.models import Commitment, Span

_HEADLINE_MAX_WORDS = 22
_HEADLINE_CAPITALISED = 0.7
_HEADLINE_ALL_CAPITALISED = 0.95  # a title-cased line that ends with a full stop
_MINOR_WORDS = frozenset({"a", "an", "the", "to", "of", "in", "on", "for", "and", "or", "at", "by", "as",
                          "with", "from", "is", "be", "but", "vs", "via", "up", "out"})
_CLAUSE_END = re.compile(r"\s*(?:[:;|]|\s[-–—]\s|\.{3}|…|$)")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$")
_NEGATION_BEFORE = re.compile(r"\b(?:never|not|no longer|won['’]t|didn['’]t|doesn['’]t|n['’]t)\s*$", re.I)
_NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def adjectival_parts(tok):
    """(holder token, content heads) for "remains committed to cutting taxes", else None."""
    if tok.lower_ not in P.COMMITTED_ADJECTIVES or tok.dep_ not in {"acomp", "ROOT", "conj"}:
        return None
    link = tok.head
    if tok.dep_ != "ROOT" and link.lemma_.lower() not in P.COMMITTED_LINKS:
        return None
    if negated(link) or negated(tok):
        return None
    heads = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
             if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    holder = subject_of(link)
    if not heads or holder is None or not animate(holder):
        return None
    return holder, heads


def headline_commitments(ctx: ArticleContext, taken: list[Span]) -> list[Commitment]:
    """Commitments in title-cased headline lines that hold no trigger found by the parse."""
    text = doc_text(ctx.doc)
    found: list[Commitment] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not _headline_like(line) or any(start <= t[0] < start + len(line) for t in taken):
            continue
        com = _headline_commitment(ctx, line, start)
        if com is not None:
            found.append(com)
    return found


def _headline_like(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’.]*", line)
    tail = line.rstrip()
    if not 3 <= len(words) <= _HEADLINE_MAX_WORDS or tail.endswith(("?", "!", "”", '"')):
        return False
    content = [w for w in words if w.lower() not in _MINOR_WORDS]
    share = sum(w[0].isupper() for w in content) / len(content) if content else 0.0
    if tail.endswith(".") and not _ABBREVIATION_END.search(tail):
        return share >= _HEADLINE_ALL_CAPITALISED  # "Clinton Wades In: Urges Britain to Remain."
    return share >= _HEADLINE_CAPITALISED


def _headline_commitment(ctx: ArticleContext, line: str, offset: int) -> Commitment | None:
    low = line.lower()
    for form, (kind, needs_to) in P.HEADLINE_TRIGGERS.items():
        m = re.search(rf"\b{re.escape(form)}\b", low)
        if m is None:
            continue
        after = m.end()
        end = _clause_end(line, after)
        rest = line[after:end]
        to = re.match(r"\s*(?:(?P<who>[^:;]{1,60}?)\s+)?to\s+(?=\S)", rest, re.I)
        if needs_to and to is None:
            continue
        if _NEGATION_BEFORE.search(line[:m.start()]):
            continue  # "Trump Says He Never Pledged To ...": a denial
        if to is None and re.search(r"['’]s\s*$", line[:m.start()]):
            continue  # "Trump's Promises Ring Hollow": a noun, not a verb
        if kind == "promise" and to is not None and to.group("who"):
            continue  # "Promises Voters to ..." is not a promise form
        c_start = after + (to.end() if to is not None else len(rest) - len(rest.lstrip()))
        if c_start >= end:
            continue
        holder_tok = _headline_holder(ctx, offset, offset + m.start())
        if holder_tok is None:
            continue
        target = to.group("who") if kind != "promise" and to is not None and to.group("who") else None
        trigger = (offset + m.start(), offset + m.end())
        return Commitment(kind=kind, holder=_short_name(ctx, holder_tok),
                          holder_span=_name_span(holder_tok), trigger_span=trigger,
                          content_span=(offset + c_start, offset + end), target=target,
                          statement=ctx.statement_index(trigger[0]))
    return None


def _clause_end(line: str, after: int) -> int:
    m = _CLAUSE_END.search(line, after)
    end = m.start() if m is not None else len(line)
    while end > after and not line[end - 1].isalnum() and line[end - 1] not in "”’\"')":
        end -= 1
    return end


def _headline_holder(ctx: ArticleContext, start: int, trigger: int):
    """The last name before the trigger on the headline line that the article uses elsewhere too
    (title case makes any headline word look like a name: "Clinton Wades In")."""
    end = doc_text(ctx.doc).find("\n", trigger)
    body = doc_text(ctx.doc)[:start] + doc_text(ctx.doc)[end if end != -1 else len(doc_text(ctx.doc)):]
    cands = [t for t in ctx.doc if start <= t.idx < trigger and t.text[:1].isupper() and t.is_alpha
             and (t.ent_type_ in _NAME_ENTS or t.lower_ in ctx.person_keys or t.lower_ in ctx.full_names)
             and re.search(rf"\b{re.escape(t.text)}\b", body)]
    if not cands:
        return None
    tok = cands[-1]
    while tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head in cands:
        tok = tok.head
    return tok


def _short_name(ctx: ArticleContext, tok) -> str:  # noqa: ARG001 (kept for a uniform call)
    """A headline name as written (its parse, and so the resolver's reading of it, is not trusted)."""
    s, e = _name_span(tok)
    return doc_text(ctx.doc)[s:e]


def _name_span(tok) -> Span:
    """The headline name's own proper-noun compound, not the mis-parsed phrase around it."""
    start = tok
    while start.i > 0 and tok.doc[start.i - 1].text[:1].isupper() and tok.doc[start.i - 1].ent_type_ \
            and tok.doc[start.i - 1].ent_iob_ != "O" and tok.ent_iob_ == "I" and start.ent_iob_ == "I":
        start = tok.doc[start.i - 1]
    return (start.idx, tok.idx + len(tok.text))


# ---------------------------------------------------------------- clause and holder tests


def threatening(condition, heads, ctx: ArticleContext) -> bool:
    """A conditional consequence aimed at someone else: negated condition or a negative act."""
    subj = condition_subject(condition)
    if subj is None or subj.lower_ in P.NON_HOLDER_SUBJECTS | {"i", "we", "he", "she"}:
        return False
    if subj.pos_ == "PRON" and subj.lower_ != "they" or subj.pos_ in {"VERB", "AUX"} or not animate(subj):
        return False  # also "unless doing so is necessary": a proviso, no one pressed
    if condition[0].lower_ == "even":  # concessive "even if": no pressure on anyone
        return False
    negated = condition[0].lower_ == "unless" or any(  # "unless they pay me": "if they do not"
        t.dep_ == "neg" or t.lower_ in {"fail", "fails", "failed", "refuse", "refuses"} for t in condition)
    cond_ids = {t.i for t in condition}
    act = [t for h in heads for t in h.subtree if t.i not in cond_ids]
    words = {t.lower_ for t in act} | {t.lemma_.lower() for t in act}
    return negated or bool(words & P.NEGATIVE_CONSEQUENCE_WORDS)


def condition_subject(condition):
    """The subject of a condition clause's head verb."""
    head = next((t for t in condition if t.head not in condition or t.head == t), None)
    return subject_of(head, climb=False) if head is not None else None


def counterfactual(condition, reported: bool = False) -> bool:
    """"if I were ...", "if we had known": a past subjunctive condition. In reported speech, where
    tenses shift back, only "were" with a singular subject ("if his son were still serving")."""
    if not condition:
        return False
    if reported:
        return any(t.lower_ == "were" and any(c.dep_ == "nsubj" and (c.tag_ in {"NN", "NNP"} or c.lower_ in {
            "he", "she", "it", "i"}) for c in (t.children if t.dep_ != "aux" else t.head.children)) for t in condition)
    return any(t.lower_ == "were" or t.lower_ == "had" and t.dep_ == "aux" and t.head.tag_ == "VBN" for t in condition)


def other_person(subj, holder) -> bool:
    """A that-clause subject "they"/"you" under a singular person's promise: someone else acts."""
    if subj is None or subj.lower_ not in {"they", "you"}:
        return False
    return not (holder.tag_ in {"NNS", "NNPS"} or holder.lower_ in {"they", "we"} or organisation(holder))


def under_copula(tok) -> bool:
    """An infinitive predicated by "is" ("the way to win is to X, to Y"), through coordination."""
    cur = tok
    while cur.dep_ in {"conj", "advcl", "xcomp"} and cur.head.i != cur.i and has_to(cur.head) \
            and cur.head.lemma_ != "be":
        cur = cur.head
    return cur.dep_ in {"xcomp", "advcl", "conj", "attr"} and cur.head.lemma_ == "be" \
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in cur.head.children)


def demand_target(tok, heads, particle, ctx: ArticleContext) -> str | None:
    """Who must act: the object of "called on", the addressee of "urged", or the content's subject."""
    if particle is not None:
        objs = [g for g in particle.children if g.dep_ == "pobj"]
        if particle.lower_ == "for":
            return ctx.name(objs[0]) if objs and heads[1:] else None
        return ctx.name(objs[0]) if objs else None
    obj = next((c for c in tok.children if c.dep_ in {"dobj", "dative"}), None)
    if obj is not None and heads and heads[0].i != obj.i and animate(obj):
        return ctx.name(obj)
    for h in heads:
        s = subject_of(h, climb=False)
        if s is not None:
            return ctx.name(s)
    return None


def threat_target_from_content(heads, ctx: ArticleContext) -> str | None:
    """The first named party in a threat's content ("threats to wall off the Mexican people")."""
    for h in heads:
        for t in h.subtree:
            if t.ent_type_ in {"GPE", "NORP", "PERSON", "ORG"}:
                return ctx.name(t)
    return None


def fused_negation(tok) -> int:
    """The index of a contracted "n't" written onto the modal ("won't", "wouldn't"), else the modal's."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    fused = nxt is not None and nxt.lower_ in {"n't", "n’t"} and tok.idx + len(tok.text) == nxt.idx
    return nxt.i if fused else tok.i


def modal_trigger_span(tok, clause, going: bool) -> Span:
    """The modal, or "going to" with a fused negated auxiliary ("wasn't going to")."""
    doc = tok.doc
    if not going:
        return make_span(doc, tok.i, fused_negation(tok))
    to = next(c for c in next(c for c in tok.children if c.dep_ == "xcomp").children
              if c.dep_ == "aux" and c.lower_ == "to")
    neg = [c for c in tok.children if c.dep_ == "neg" and c.i == tok.i - 1 and "'" in c.text + "’"]
    aux = [c for c in tok.children if c.dep_ == "aux" and neg and c.i == neg[0].i - 1]
    start = aux[0].i if aux else tok.i
    return make_span(doc, start, to.i)


def reported_third_party(owner, pronoun):
    """The last singular person or role that is a subject between the speaker and a he/she."""
    found = None
    for t in owner.doc[owner.i + 1:pronoun.i]:
        if t.dep_ == "nsubj" and t.tag_ in {"NNP", "NN"} and animate(t) and t.head.i > owner.i \
                and t.lemma_.lower() not in P.INSTITUTION_NOUNS and t.text != owner.text \
                and t.ent_type_ not in {"GPE", "ORG", "NORP", "LOC", "FAC"}:  # "he" is a person
            found = t
    return found


def person_talked_about(speech, speaker_name: str | None, pronoun, resolver):
    """The person a reported he/she stands for when it is not the speaker: the object of the verb a
    "saying ..." clause hangs on ("attacked Trump, saying he would"; returned as that ``dobj``), or
    the pronoun itself, to resolve on its own, when the speaker is of the other gender (a spokesman's
    "she will"). None when the pronoun is the speaker."""
    gender = "m" if pronoun.lower_ == "he" else "f"
    genders = {p.full_name: p.gender for p in resolver.people}
    if speech.lower_ == "saying" and speech.dep_ == "advcl":
        obj = next((c for c in speech.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"
                    and c.ent_type_ == "PERSON"), None)
        if obj is not None:
            name = resolver.resolve(obj.idx, obj.idx + len(obj.text))
            if name and genders.get(name) in {None, gender}:
                return obj
    if genders.get(speaker_name or "") not in {None, gender}:
        return pronoun  # resolved on its own, skipping the speaker
    return None


def document_author(noun):
    """Who speaks through a document: its named possessor ("Podliska's lawsuit"), the subject of the
    verb that sent it ("his lawyers sent a letter"), or the document itself."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in P.LIGHT_VERBS:
        owner = subject_of(noun.head)
    if owner is None and any(c.dep_ == "det" and c.lower_ in {"this", "that", "the"} for c in noun.children):
        owner = _earlier_issuer(noun)  # "the SVP launched the initiative in 2010. This initiative called for"
    return owner if owner is not None and animate(owner) else noun


def _earlier_issuer(noun, within: int = 80):
    """Whoever issued the same document a few sentences before ("X launched/filed/sent the <noun>")."""
    lemma = noun.lemma_.lower()
    for t in reversed(noun.doc[max(0, noun.i - within):noun.i]):
        if t.lemma_.lower() != lemma:
            continue
        verb = t.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and verb.dep_ not in {"nsubj", "nsubjpass"}:
            verb = verb.head  # "launched the “expulsion of ... initiative”": the noun inside the object
        subj = subject_of(verb) if verb.lemma_.lower() in P.ISSUING_VERBS else None
        if subj is not None and not subj.left_edge.i <= t.i <= subj.right_edge.i:
            return subj if animate(subj) else None
    return None


def poll_share(tok) -> bool:
    """"three-fourths say", "62 percent said", "six in 10 Republicans said": respondents of a poll."""
    return tok.lower_ in P.POLL_SHARES or tok.lemma_.lower() in P.POLL_SHARES \
        or tok.ent_type_ in {"PERCENT", "CARDINAL", "QUANTITY"} \
        or any(c.dep_ == "quantmod" and c.lower_ == "in" for n in tok.children for c in n.children)


def commentator(name: str | None, ctx) -> bool:
    """An economist, analyst, consultant or scholar of the article: their "we will" is a forecast."""
    person = next((p for p in ctx.resolver.people if p.full_name == name), None) if name else None
    return person is not None and bool(person.descriptors & P.COMMENTATOR_WORDS)


def speaks_for(owner, subj, ctx) -> bool:
    """Whether the speaker ``owner`` can announce what the named person ``subj`` will do: True unless
    both are people of the article and the speaker is neither staff ("Clinton communications director
    Jennifer Palmieri said Clinton will ...") nor described by the subject's name."""
    if owner.pos_ == "PROPN" and subj.pos_ == "NOUN" and not organisation(subj) and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
        return False  # "Obama said his former secretary of State would finish the job": about her
    named = subj.pos_ == "PROPN" or subj.text[:1].isupper() and subj.ent_type_ in {"PERSON", "ORG"}
    if named and owner.pos_ == "NOUN" and not organisation(owner) and owner.lemma_.lower() not in P.STAFF_WORDS:
        return False  # "Sanders will back Clinton, former rival says": a claim about someone else
    if subj.pos_ != "PROPN" or subj.ent_type_ not in {"PERSON", ""}:
        return True
    if owner.pos_ != "PROPN" or owner.ent_type_ not in {"PERSON", ""}:
        return True
    people = {p.full_name: p for p in ctx.resolver.people}
    speaker, about = people.get(ctx.name(owner) or ""), people.get(ctx.name(subj) or "")
    if speaker is None or about is None or speaker is about:
        return True
    surnames = {n.split()[-1].lower() for n in about.names}
    return bool(speaker.descriptors & P.STAFF_WORDS or speaker.descriptors & surnames)


def on_the_spot(tok, heads, ctx: ArticleContext) -> bool:
    """A request to an audience present to act at once ("asked the crowd to welcome the governor"),
    or an infinitive that opens a quotation rather than the addressee's task ("tells reporters
    “to be able to beat expectations would be helpful”")."""
    obj = next((c for c in tok.children if c.dep_ in {"dobj", "dative"}), None)
    present = obj is not None and (obj.lemma_.lower() in P.AUDIENCE_NOUNS or any(  # "people in the audience"
        p.dep_ == "prep" and p.lower_ in {"in", "at"} and any(g.lemma_.lower() in P.AUDIENCE_NOUNS for g in p.children)
        for p in obj.children))
    if present and heads[0].lemma_.lower() in P.ON_THE_SPOT_VERBS:
        return True
    to = next((c for c in heads[0].children if c.dep_ == "aux" and c.lower_ == "to"), None)
    text = doc_text(ctx.doc)
    return to is not None and text[:to.idx].rstrip().endswith(("“", '"')) and heads[0].dep_ != "xcomp"
