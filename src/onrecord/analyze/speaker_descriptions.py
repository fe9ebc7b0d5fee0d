"""Descriptions that name a person, for ``speakers.SpeakerResolver`` (a mixin: it uses the resolver's
``people``, ``mentions`` and ``_mention_starts``).

* "the Ukrainian president", "the senator from Vermont": the person the article introduced with those
  words, the most recent one before the mention, else one introduced after it; else the one person of
  the article the head noun describes when the description only adds places ("the South Carolina
  senator" for "Sen. Lindsey Graham (R-S.C.)");
* "Donald Trump's campaign chief" (a role of a named possessor): the one person of the whole article
  the role describes ("the campaign chief, Paul Manafort" two paragraphs later, a common lede style),
  never the possessor, and nobody when two people fit.
"""

from __future__ import annotations

import bisect

from onrecord.analyze.names import INSTITUTION_HEADS

# Modifiers a description may add without contradicting the introduction ("the former senator").
FREE_MODIFIERS = frozenset({"former", "then", "current", "new", "outgoing", "incoming", "longtime",
                            "embattled", "same", "u.s.", "american", "newly", "installed", "top"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
PARTY_WORDS = frozenset({"republican", "democratic", "democrat", "gop", "conservative", "liberal", "independent",
                         "libertarian", "progressive", "green", "labour", "tory", "socialist"})
# Role nouns a news story uses for a person it has just named ("Marco Rubio is launching … The Florida
# senator is telling reporters …"): the salience rule below.
ROLE_HEADS = frozenset({
    "senator", "governor", "congressman", "congresswoman", "lawmaker", "representative", "mayor", "president",
    "justice", "judge", "nominee", "candidate", "contender", "front-runner", "frontrunner", "secretary",
    "minister", "chancellor", "premier", "leader", "chairman", "chairwoman", "billionaire", "businessman",
    "businesswoman", "mogul", "tycoon", "magnate", "actor", "actress", "singer", "star", "rapper",
    "executive", "founder", "ceo", "coach", "general", "ambassador", "prosecutor", "attorney", "lawyer",
    "speaker", "commissioner", "sheriff", "author", "economist", "scientist", "entrepreneur", "veteran",
    "politician", "activist", "dictator", "monarch", "king", "queen", "prince", "princess", "pope",
    "quarterback", "pitcher", "striker", "player", "manager", "director", "host", "anchor", "comedian"})


def norm_word(word: str) -> str:
    """A word as descriptors are compared: lower case, no trailing full stop."""
    return word.lower().rstrip(".")


class DescriptionResolver:
    """Description rules (see module docstring); a mixin of ``SpeakerResolver``."""

    def _described(self, span, at: int) -> str | None:
        """The person a description names: the words before its head (and the head) must all be the
        person's descriptors, the most recent such person first; else the one person of the article
        the head noun describes ("the South Carolina senator" for the only senator, "Sen. Lindsey
        Graham"). A complement ("the dean of Columbia's school") need not repeat the introduction."""
        root = span.root
        if span[0].lower_ not in ("the", "this", "that") or root.pos_ not in ("NOUN", "PROPN") \
                or root.tag_ in ("NNS", "NNPS"):
            return None  # "the other candidates" are several people
        head = norm_word(root.text)
        if head in INSTITUTION_HEADS:
            return None  # "the campaign" is no person, even one whose title has "campaign" in it
        right = [c for c in root.children if c.i > root.i]
        bare = all(c.dep_ == "prep" for c in right)  # "the senator from Vermont", not "the X, pushing ..."
        words = [norm_word(t.text) for t in span if (t.i <= root.i or not bare) and not t.is_punct
                 and t.pos_ in ("NOUN", "ADJ", "PROPN")]
        if not words:
            return None
        required = {w for w in words if w not in FREE_MODIFIERS}
        pos = bisect.bisect_left(self._mention_starts, at)
        for m in reversed(self.mentions[:pos]):
            person = self.people[m.person]
            if head in person.descriptors and required <= person.descriptors:
                return person.full_name
        for person in self.people:  # introduced after the mention (rare) or only via NER
            if head in person.descriptors and required <= person.descriptors:
                return person.full_name
        holders = [p for p in self.people if head in p.descriptors | p.roles]
        if len(holders) != 1 or root.pos_ != "NOUN" or not bare or any(c.dep_ == "cc" for c in root.children):
            return None
        extra = [t for t in span if t.i < root.i and norm_word(t.text) in required
                 and norm_word(t.text) not in holders[0].descriptors | holders[0].roles]
        if all(t.ent_type_ in ("GPE", "LOC") for t in extra):  # a home state, never a party
            return holders[0].full_name
        return None


    def _salient(self, span, at: int) -> str | None:
        """"Marco Rubio is launching his campaign … The Florida senator is telling reporters …": a definite
        role description nothing else resolved names the person the sentence before (else one of the two
        before that) is about: its one named subject, else its one named person. Not when another person of the
        article is known by that role ("Sen. Ted Cruz" makes "the senator" his or nobody's)."""
        root = span.root
        head = norm_word(root.text)
        if span[0].lower_ != "the" or root.pos_ != "NOUN" or root.tag_ != "NN" or head not in ROLE_HEADS \
                or any(c.dep_ in {"relcl", "acl", "cc", "appos"} for c in root.children) \
                or any(t.pos_ == "PROPN" for t in root.subtree if t.i > root.i):
            return None  # not "the author of the book, Mitchell Zuckoff", "the chairman of the Senate committee"
        if self.quoted[at]:
            return None  # a quotation's "the Mexican president" is the quoted speaker's reference, not ours
        extra = {norm_word(t.text) for t in span if t.i != root.i and t.pos_ in ("NOUN", "ADJ", "PROPN")}
        extra -= FREE_MODIFIERS
        nations = {norm_word(t.text) for t in span if t.ent_type_ == "NORP"} - PARTY_WORDS  # "the Mexican president"
        sent = self._sent_index(at)
        for back in (1, 2, 3):
            seen = [m for m in self.mentions if m.sent == sent - back and not m.quoted]
            if not seen:
                continue
            heads = {m.start: self.doc[m.head] for m in seen}
            if any(h.dep_ == "conj" and h.head.dep_ in ("nsubj", "nsubjpass") for h in heads.values()):
                return None  # "Tom Reed and Maria Lopez met …": two subjects
            subjects = {m.person for m in seen if m.subject}
            main = {m.person for m in seen if m.subject and heads[m.start].head.dep_ == "ROOT"}
            people = main if len(main) == 1 else subjects if len(subjects) == 1 else {m.person for m in seen}
            if len(people) != 1:
                return None
            person = next(iter(people))
            known = self.people[person].descriptors
            if not nations <= known or (known & PARTY_WORDS and extra & PARTY_WORDS and not extra & known & PARTY_WORDS):
                return None  # a nationality the person was not introduced with, or another party
            if any(head in p.descriptors | p.roles and extra <= p.descriptors  # "Sen. Joni Ernst, R-Iowa" is
                   for i, p in enumerate(self.people) if i != person):  # no rival of "the Florida senator"
                return None
            return self.people[person].full_name
        return None

    def _possessed_role(self, span) -> str | None:
        """"Donald Trump's newly installed campaign chief": the one person the role describes."""
        case = next((t for t in span if t.lower_ in POSSESSIVE_MARKS and t.dep_ == "case"), None)
        if case is None or case.head.pos_ != "PROPN":
            return None
        rest = span.doc[case.i + 1:span.end]
        if not len(rest) or rest.root.pos_ != "NOUN" or rest.root.tag_ == "NNS" \
                or norm_word(rest.root.text) in INSTITUTION_HEADS:
            return None
        head = norm_word(rest.root.text)
        required = {norm_word(t.text) for t in rest if t.pos_ in ("NOUN", "ADJ", "PROPN")} - FREE_MODIFIERS
        owner = norm_word(case.head.text)
        fitting = [p for p in self.people if head in p.descriptors and required <= p.descriptors
                   and owner not in {norm_word(w) for n in p.names for w in n.split()}]
        return fitting[0].full_name if len(fitting) == 1 else None
