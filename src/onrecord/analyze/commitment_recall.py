"""Commitment forms found by a recall audit of trigger words over unseen news, where the parse hides
the holder or the complement of an otherwise explicit trigger:

* a participle trigger whose nearest subject is not an actor ("as the meeting began vowing to fight",
  "was back to boasting about winning and pledging to make ..."), or the one prosecuted for it ("was
  charged with threatening to kill ..."; "pleaded guilty to threatening to ..." is the active case), or a coordinated verb hung on an
  adjective ("called it “shameful” and called on leaders to"): the actor is the nearest animate
  subject of an enclosing clause;
* a promise noun in a with-phrase of the holder's own act ("electrified the crowds with speeches and
  promises to shake things up"): the act's subject holds it;
* a passive demand with its agent ("was told by Bolton to go straight to the lawyers"): the agent
  demands, the passive subject is the target;
* a demand noun whose that-clause the parser hung on another verb ("to comply with the DOJ demand that
  HB2 not be implemented").
"""

from __future__ import annotations

from onrecord.analyze import commitment_lexicon as L
from onrecord.analyze import commitment_patterns as P
from onrecord.analyze.commitment_assembly import build
from onrecord.analyze.commitment_checks import animate, has_to, negated
from onrecord.analyze.commitment_extents import clause_content
from onrecord.analyze.commitment_spans import make_span, subject_of

# How far up the tree a participle trigger looks for the clause that names its actor.
_MAX_CLIMB = 6
# Dependencies through which a participle hangs on the clause whose subject acts.
_PARTICIPLE_LINKS: frozenset[str] = frozenset({"xcomp", "advcl", "conj", "pcomp", "pobj", "prep", "advmod",
                                               "oprd", "acomp"})


def participle_actor(tok):
    """The animate subject of the nearest enclosing clause of a participle trigger, or None.

    Used only when the participle's own climbed subject is missing or not an actor.
    """
    if tok.tag_ != "VBG" and not (tok.dep_ == "conj" and tok.head.pos_ in {"ADJ", "NOUN"}):
        return None  # also "He called it “shameful” and called on leaders to": a verb hung on the adjective
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return None  # "the editorial telling him to leave": the participle names its own subject
    cur = tok
    for _ in range(_MAX_CLIMB):
        if cur.dep_ not in _PARTICIPLE_LINKS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in cur.children):
            held = next((c for c in cur.children if c.dep_ == "nsubjpass"), None)
            if cur.lemma_.lower() in L.PROSECUTION_VERBS and held is not None and animate(held):
                return held  # "was arrested for threatening to burn down the clinic": the one arrested
            return None  # "was met with ...": the subject is acted on
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is not None and animate(subj) and subj.lower_ not in {"it", "they"}:
            return subj  # an inanimate subject ("as the meeting began vowing") is passed over
    return None


def with_phrase_actor(noun):
    """"Cruz electrified the crowds with impassioned speeches and promises to shake things up": a
    promise noun (or a conjunct of it) in a with-phrase of an active verb; its animate subject."""
    cur = noun
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "pobj" or cur.head.lower_ != "with":
        return None
    verb = cur.head.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # the with-phrase hung on the object ("electrified the crowds with ...")
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in L.WITH_NOMINAL_NON_ACTS or any(
            c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None  # "was met with promises", "dealing with demands": someone else's promise
    subj = subject_of(verb)  # also "she's worked to woo Latino voters with promises to"
    return subj if subj is not None and animate(subj) and subj.lower_ not in {"it", "they"} else None


def stray_that_clause(noun) -> list:
    """"comply with the DOJ demand that HB2 not be implemented": the that-clause opening right after a
    demand noun, which the parser hung on the verb above it; [clause] or []."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "that" or doc[noun.i + 1].dep_ != "mark":
        return []
    clause = doc[noun.i + 1].head
    if clause.i <= noun.i + 1 or clause.dep_ not in {"ccomp", "advcl", "acl"} or clause.head.i == noun.i:
        return []
    if clause.head not in noun.ancestors:
        return []
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > noun.i + 1 for c in clause.children):
        return []
    return [clause]


def document_noun(noun, documents: frozenset[str]) -> bool:
    """A document noun, also when the tokenizer split a hyphenated one ("an op-ed urging": "op" "-" "ed")."""
    if noun.lemma_.lower() in documents:
        return True
    doc = noun.doc
    return noun.i >= 2 and doc[noun.i - 1].text == "-" and \
        f"{doc[noun.i - 2].text}-{noun.text}".lower() in documents




def impersonal_force(tok, holder) -> bool:
    """"Pressure from donors pushed Cruz to endorse Trump", "the scandal pushed him to resign": a verb of
    force whose subject is a circumstance, not a person or body that made a demand; or with no one
    pressed ("leaders are pushing to make it binding")."""
    if tok.lemma_.lower() not in L.FORCE_DEMAND_VERBS:
        return False
    if not any(c.dep_ == "dobj" for c in tok.children) and any(c.dep_ == "xcomp" for c in tok.children):
        return True  # "Many leaders are pushing to make the agreement binding": an effort, no one pressed
    if tok.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "auxpass" for c in tok.head.children):
        return True  # "staff members were guided to push customers to buy": someone else's instruction
    if holder.pos_ in {"PROPN", "PRON"} and holder.lower_ not in {"it", "this", "that"}:
        return False
    return holder.lemma_.lower() not in P.HOLDER_NOUNS


def passive_demand(tok, ctx):
    """"was told by Bolton to go straight to the lawyers", "had been urged by aides to drop out": a demand
    held by the agent, on the passive subject; None without an agent or an infinitive."""
    if tok.lemma_.lower() not in L.PASSIVE_DEMAND_VERBS or negated(tok):
        return None
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    holder = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    heads = [c for c in tok.children if c.dep_ == "xcomp" and has_to(c)]
    if holder is None or not heads or not animate(holder) or holder.pos_ == "PRON" and holder.lower_ == "it":
        return None
    content = clause_content(heads, tok)
    if content is None:
        return None
    target = ctx.name(next((c for c in tok.children if c.dep_ == "nsubjpass"), None))
    return build(ctx, "demand", holder, make_span(tok.doc, tok.i, tok.i), content, heads, tok, target)
