"""Speakers that are not people named in the mention: media, organisation descriptions and "it".

``SpeakerResolver`` calls these after its person rules fail:

* a MEDIUM ("The letter", "The email", "This initiative", "a letter from his doctor") -> its issuer:
  a possessor ("Exxon's letter" -> Exxon), a "from"/"by" complement ("from his doctor" ->
  "Gary Johnson's doctor"), else the subject of an earlier issuing verb whose object is the same
  medium noun ("Exxon Mobil sent a letter ... The letter says" -> Exxon Mobil; "Abedin emailed
  supporters ... The email said" -> Abedin); None when nothing issues it (kept as written);
* an ORGANISATION DESCRIPTION ("the bank", "the network", "the company") -> the most recent
  organisation named before it whose name or introduction fits the description's type
  (``data/speaker_context.json``: "Wells Fargo" fits "bank", "Russia's network RT" fits "network");
  generic heads ("the company", "the group") also take the most recent organisation of no other
  known type;
* "it" -> the nearest earlier singular subject in this or the two sentences before, when that
  subject is an organisation or a country ("the United States ... it said"; "the Central and East
  European Coalition ... it issued"), an organisation description or medium resolved as above, or an
  institution ("Donald Trump's campaign", "the city"); any other subject (a person, "the plan")
  makes "it" ambiguous: None.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

ORG_LABELS = frozenset({"ORG", "GPE", "NORP"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
DESCRIPTION_DETS = frozenset({"the", "this", "that"})
MEDIUM_DETS = frozenset({"the", "this", "that", "a", "an", "one", "another", "its", "their"})
NOT_ISSUERS = frozenset({"its", "their", "my", "your", "our", "i", "me", "we", "us", "you", "it", "they",
                         "them", "that", "which", "who", "this"})
MEDIUM_LOOKBACK = 8  # sentences an issuing verb may precede its medium
IT_LOOKBACK = 2  # sentences before "it" searched for its subject


@dataclass(frozen=True)
class ContextLexicon:
    media: frozenset[str]
    issuing_verbs: frozenset[str]
    org_types: dict[str, frozenset[str]]
    generic_heads: frozenset[str]
    institutions: frozenset[str]
    media_kinds: dict[str, str]

    def kind(self, lemma: str) -> str:
        """One word per kind of medium ("suit" and "lawsuit" -> "lawsuit")."""
        return self.media_kinds.get(lemma, lemma)


@lru_cache(maxsize=1)
def context_lexicon() -> ContextLexicon:
    """Media nouns, issuing verbs and organisation types (``data/speaker_context.json``)."""
    raw = json.loads(resources.files("onrecord.analyze").joinpath("data/speaker_context.json")
                     .read_text("utf-8"))
    return ContextLexicon(frozenset(raw["media"]), frozenset(raw["issuing_verbs"]),
                          {k: frozenset(v) for k, v in raw["org_types"].items()},
                          frozenset(raw["generic_org_heads"]), frozenset(raw["institutions"]),
                          dict(raw.get("media_kinds", {})))


@lru_cache(maxsize=1)
def title_roles() -> dict[str, tuple[str, ...]]:
    """The role nouns an abbreviated title stands for ("sen" -> "senator")."""
    raw = json.loads(resources.files("onrecord.analyze").joinpath("data/speaker_context.json")
                     .read_text("utf-8"))
    return {k: tuple(v) for k, v in raw["title_roles"].items()}


@dataclass(frozen=True)
class OrgMention:
    start: int  # char offset
    name: str
    words: frozenset[str]  # the name's words and the words introducing it


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


class ContextResolver:
    """Media issuers, organisation descriptions and "it" in one ``Doc``."""

    def __init__(self, doc, sents, quoted: bytearray, resolve: Callable[[int, int], str | None],
                 surnames: frozenset[str] = frozenset()):
        self.doc = doc
        self.surnames = surnames  # people's surnames: "Weiner" tagged ORG is no organisation
        self.sents = sents
        self._starts = [sent.start_char for sent in sents]
        self.quoted = quoted
        self.resolve = resolve  # the full speaker resolver, for issuers and possessors
        self.lex = context_lexicon()
        self.orgs = self._collect_orgs()

    # ------------------------------------------------------------ organisations
    def _collect_orgs(self) -> list[OrgMention]:
        out = []
        for ent in self.doc.ents:
            toks = [t for t in ent if t.text not in ("'s", "’s")]
            if ent.label_ != "ORG" or not toks or (len(toks) == 1 and toks[0].lower_.rstrip(".") in self.surnames):
                continue  # "Weiner", "Curiel's" tagged ORG are people
            words = {t.lower_.rstrip(".") for t in ent}
            lo = max(ent.sent.start, ent.start - 3)
            words |= {t.lower_ for t in self.doc[lo:ent.start] if t.pos_ in ("NOUN", "ADJ")}
            root = ent.root
            for child in root.children:
                if child.dep_ == "appos":
                    words |= {t.lower_ for t in child.subtree if t.pos_ == "NOUN"}
            head = root.head
            if root.dep_ == "appos" or (head.lemma_ in ("call", "name", "know") and head.dep_ == "acl"):
                words.add((head.head if root.dep_ != "appos" else head).lower_)
            if root.dep_ == "oprd" and head.dep_ == "acl":
                words.add(head.head.lower_)
            name = self.doc.text[toks[0].idx:toks[-1].idx + len(toks[-1])]
            out.append(OrgMention(ent.start_char, _strip_the(name), frozenset(words)))
        return out

    def _fullest_org(self, name: str) -> str:
        """ "Exxon" -> "Exxon Mobil", "Journal" -> "Wall Street Journal" when the article names it in full."""
        words = name.lower().split()
        if name.lower() not in {o.name.lower() for o in self.orgs}:
            return name  # a country or a name the tagger did not call an organisation
        n = len(words)
        longer = [o.name for o in self.orgs if len(o.name.split()) > n and " and " not in o.name
                  and words in (o.name.lower().split()[:n], o.name.lower().split()[-n:])]
        return max(longer, key=len) if longer else name

    def organisation(self, span) -> str | None:
        """ "the bank" -> the most recent organisation named before it that fits (module docstring)."""
        root = span.root
        head = root.lemma_.lower()
        kinds = self.lex.org_types.get(head)
        if kinds is None or root.pos_ != "NOUN" or span[0].lower_ not in DESCRIPTION_DETS:
            return None
        if any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in root.children):
            return None  # "the bank's lawyers", "the company of ..." are not a bare description
        modifiers = {t.lower_ for t in span if t.i < root.i and t.pos_ in ("ADJ", "NOUN", "PROPN")}
        before = [o for o in self.orgs if o.start < span.start_char]
        for org in reversed(before):  # "the terrorist group" is no "SITE Intelligence Group"
            if org.words & kinds and modifiers <= org.words:
                return self._fullest_org(org.name)
        if head not in self.lex.generic_heads:
            return None
        typed = set().union(*(v for k, v in self.lex.org_types.items() if k not in self.lex.generic_heads))
        for org in reversed(before):
            if not org.words & typed:
                return self._fullest_org(org.name)
        return None

    # ------------------------------------------------------------------ "it"
    def it(self, at: int, sent_i: int) -> str | None:
        """The organisation or country "it" at char ``at`` stands for (module docstring)."""
        for s in reversed(self.sents[max(0, sent_i - IT_LOOKBACK):sent_i + 1]):
            subjects = [t for t in s if t.dep_ in SUBJECTS and t.idx < at and not self.quoted[t.idx]
                        and (t.tag_ in ("NN", "NNP") or t.tag_ == "NNPS" and t.ent_type_ in ("ORG", "GPE"))
                        and t.lower_ not in ("it", "this", "that")]  # "the United States" is one
            if subjects:
                tok = subjects[-1]
                others = {e.text for e in self.doc.ents if e.label_ in ("ORG", "GPE")
                          and tok.idx < e.start_char < at and not e.start <= tok.i < e.end}
                if others:
                    return None  # "X, according to the SITE Intelligence Group ... It said": either
                return self._organisation_subject(tok)
        return None

    def _organisation_subject(self, tok) -> str | None:
        """The name of a subject that is an organisation or a country, else None."""
        left = min(t.i for t in tok.subtree if t.i <= tok.i)
        phrase = self.doc[left:tok.i + 1]
        if tok.ent_type_ == "PERSON" or tok.lower_.rstrip(".") in self.surnames:
            return None
        if tok.tag_ in ("NNP", "NNPS"):
            if tok.ent_type_ not in ("", "ORG", "GPE") or tok.i - left > 8:
                return None
            return self._fullest_org(_strip_the(phrase.text))
        if tok.lemma_.lower() not in self.lex.org_types and tok.lemma_.lower() not in self.lex.institutions \
                and tok.lemma_.lower() not in self.lex.media:
            return None
        name = self.resolve(phrase.start_char, phrase.end_char)
        if name and name != phrase.text:
            return name
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PRON":  # "his campaign" -> "Bernie Sanders's campaign"
            who = self.resolve(owner.idx, owner.idx + len(owner.text))
            return f"{who}'s {tok.text}" if who else None
        return phrase.text if owner is not None or tok.lemma_.lower() in self.lex.institutions else None

    # ----------------------------------------------------------------- media
    def medium(self, span, depth: int = 0) -> str | None:
        """The issuer of a medium speaker ("The letter" -> who sent it), or None."""
        root = span.root
        lemma = root.lemma_.lower()
        if lemma not in self.lex.media or root.pos_ != "NOUN" or root.tag_ != "NN" or depth:
            return None
        first = span[0].lower_
        if first not in MEDIUM_DETS and not any(c.dep_ == "poss" for c in root.children):
            return None
        return self._own_issuer(root) or self._issuer(lemma, span.start_char)

    def _own_issuer(self, tok, depth: int = 0) -> str | None:
        """The issuer a medium noun names itself: its possessor, a "from"/"by" complement (through
        another medium: "a slide from a presentation that X carries"), a relative clause's subject
        ("the letter that X wrote")."""
        for child in tok.children:
            if child.dep_ == "poss" and child.lower_ not in NOT_ISSUERS:
                name = self._phrase_name(child)
                if name:
                    return name
            if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is None:
                    continue
                if obj.lemma_.lower() in self.lex.media and obj.pos_ == "NOUN":
                    return self._own_issuer(obj, depth + 1) if depth < 2 else None
                return self._phrase_name(obj)
            if child.dep_ == "acl" and child.tag_ == "VBN":  # "a report released by the Brookings Institution"
                found = self._own_issuer(child, depth + 1) if depth < 2 else None
                if found:
                    return found
            if child.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("that", "which", "whom")
                                             for c in child.children):
                subj = next((c for c in child.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    return self._phrase_name(subj)
        return None

    def _phrase_name(self, tok) -> str | None:
        """The name of a possessor or "from" object: a person's or organisation's name, or "X's doctor"."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and tok.pos_ == "NOUN":
            who = self.resolve(owner.idx, owner.idx + len(owner.text))
            return f"{who}'s {tok.text}" if who else None
        if tok.lower_ in NOT_ISSUERS:
            return None
        left = min(t.i for t in tok.subtree if t.i <= tok.i)
        name = self.resolve(self.doc[left].idx, tok.idx + len(tok.text))
        if name and tok.pos_ == "PROPN":
            return self._fullest_org(_strip_the(name))
        return name

    def _issuer(self, lemma: str, at: int) -> str | None:
        """The subject of the nearest earlier issuing verb whose object is ``lemma`` (or which is it)."""
        sent_i = max(0, bisect.bisect_right(self._starts, at) - 1)
        lemma = self.lex.kind(lemma)
        for s in reversed(self.sents[max(0, sent_i - MEDIUM_LOOKBACK):sent_i + 1]):
            for tok in reversed(s):
                if tok.idx >= at or self.quoted[tok.idx]:
                    continue
                verb = None
                word = self.lex.kind(tok.lemma_.lower())
                if tok.pos_ == "NOUN" and word == lemma and (own := self._own_issuer(tok)):
                    return own  # "A slide from a presentation that X carries ... one slide says"
                if tok.pos_ == "VERB" and word == lemma:
                    verb = tok  # "Abedin emailed supporters"
                elif word == lemma and tok.dep_ in ("dobj", "conj", "appos"):
                    verb = tok.head
                    while verb.dep_ in ("conj", "appos") and verb.pos_ == "NOUN":
                        verb = verb.head
                if verb is None or verb.pos_ not in ("VERB", "AUX") or (
                        verb is not tok and verb.lemma_.lower() not in self.lex.issuing_verbs):
                    continue
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is None:
                    return None
                left = min(t.i for t in subj.subtree if t.i <= subj.i)
                name = self.resolve(self.doc[left].idx, subj.idx + len(subj.text))
                return self._fullest_org(_strip_the(name)) if name else None
        return None
