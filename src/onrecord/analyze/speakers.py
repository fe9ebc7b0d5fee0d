"""In-article speaker resolution: a mention (pronoun, description, partial name) to the fullest name.

``SpeakerResolver(doc).resolve(start, end)`` takes the char offsets of a mention in ``doc.text`` and
returns:

* a PERSON mention ("Trump", "Mr. Trump", "President Trump") -> the fullest name the article gives
  that person ("Donald Trump"); when two people share a surname, the one named most recently;
* "he"/"she" (and object/possessive forms) -> the nearest earlier person outside quotation marks,
  preferring sentence subjects and skipping people of the other known gender (titles, first names);
* "they" -> the subject of the nearest earlier sentence when it is a plural noun phrase or an
  organisation ("Democrats"), else None;
* a description ("the Ukrainian president", "the senator") -> the person the article introduced with
  those words ("Ukrainian President Volodymyr Zelenskyy", "Sanders, a Vermont senator"), the most
  recent one before the mention;
* anything else ("a source", "officials", "the White House") -> the description as written: never a
  guess. Unresolvable pronouns give None.

Everything is built once per document in one pass over its tokens, so resolving is cheap.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
OTHER_PRONOUNS = frozenset({"i", "me", "we", "us", "you", "it", "who", "which", "that", "this",
                            "my", "our", "your", "its", "whose", "one"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "'s", "’s"})
# Modifiers a description may add without contradicting the introduction ("the former senator").
FREE_MODIFIERS = frozenset({"former", "then", "current", "new", "outgoing", "incoming", "longtime",
                            "embattled", "same", "u.s.", "american"})
PREVIOUS_SENTENCES = 3  # how far back a pronoun looks for its antecedent


@dataclass(frozen=True)
class NameLexicon:
    titles: frozenset[str]
    female_titles: frozenset[str]
    male_titles: frozenset[str]
    female_first: frozenset[str]
    male_first: frozenset[str]


@lru_cache(maxsize=1)
def name_lexicon() -> NameLexicon:
    """Titles and gendered first names (``data/names.json``)."""
    raw = json.loads(resources.files("onrecord.analyze").joinpath("data/names.json").read_text("utf-8"))
    return NameLexicon(frozenset(raw["titles"]), frozenset(raw["female_titles"]),
                       frozenset(raw["male_titles"]), frozenset(raw["female_first_names"]),
                       frozenset(raw["male_first_names"]))


def _namelike(tok) -> bool:
    """A capitalised name word (the tagger calls "Trump" a NOUN now and then)."""
    return tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper()


def _norm(word: str) -> str:
    return word.lower().rstrip(".")


@dataclass
class Person:
    """One person of the article: every name form seen, descriptors, gender when known."""

    names: list[str] = field(default_factory=list)
    descriptors: set[str] = field(default_factory=set)
    gender: str | None = None

    @property
    def full_name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n)))


@dataclass(frozen=True)
class Mention:
    start: int  # char offset
    person: int  # index into SpeakerResolver.people
    sent: int
    subject: bool
    quoted: bool


class SpeakerResolver:
    """Resolves speaker mentions in one parsed ``Doc`` (see module docstring)."""

    def __init__(self, doc, quoted: bytearray | None = None):
        self.doc = doc
        self.lex = name_lexicon()
        from onrecord.analyze.frames import doc_text

        self.text = doc_text(doc)
        self.quoted = quoted if quoted is not None else _quote_mask(self.text)
        self.people: list[Person] = []
        self._by_surname: dict[str, list[int]] = {}
        self._sents = list(doc.sents)
        self._sent_starts = [s.start_char for s in self._sents]
        self.mentions: list[Mention] = []
        self._mention_starts: list[int] = []
        self._collect_people()
        self._collect_mentions()
        self._mention_starts = [m.start for m in self.mentions]

    # ---------------------------------------------------------------- building
    def _name_tokens(self, span) -> list:
        toks = [t for t in span if not (t.is_punct or t.text in ("'s", "’s"))]
        while toks and (_norm(toks[0].text) in self.lex.titles or toks[0].lower_ in DETERMINERS):
            toks = toks[1:]
        return toks

    def _collect_people(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            toks = self._name_tokens(ent)
            if not toks or not toks[-1].text[:1].isupper():
                continue
            name = self.text[toks[0].idx:toks[-1].idx + len(toks[-1])]
            surname = _norm(toks[-1].text)
            idx = self._person_for(name, surname)
            person = self.people[idx]
            if name not in person.names:
                person.names.append(name)
            self._learn(person, ent, toks)

    def _person_for(self, name: str, surname: str) -> int:
        first = _norm(name.split()[0]) if len(name.split()) > 1 else None
        for idx in reversed(self._by_surname.get(surname, [])):
            firsts = {_norm(n.split()[0]) for n in self.people[idx].names if len(n.split()) > 1}
            if first is None or not firsts or first in firsts:
                return idx
        self.people.append(Person())
        self._by_surname.setdefault(surname, []).append(len(self.people) - 1)
        return len(self.people) - 1

    def _learn(self, person: Person, ent, name_toks) -> None:
        """Descriptors (title words before the name, appositions) and gender of one mention."""
        lex = self.lex
        root = ent.root
        i = ent.start - 1
        while i >= 0 and ent.start - i <= 5:
            tok = self.doc[i]
            if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or not (i < tok.head.i < ent.end):
                break
            person.descriptors.add(_norm(tok.text))
            i -= 1
        for tok in ent:
            if tok.i < name_toks[0].i and tok.pos_ in ("ADJ", "NOUN", "PROPN"):
                person.descriptors.add(_norm(tok.text))
        for child in root.children:
            if child.dep_ == "appos":
                person.descriptors.update(_norm(t.text) for t in child.subtree
                                          if t.pos_ in ("ADJ", "NOUN", "PROPN") and t.i < child.i + 4)
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            person.descriptors.update(_norm(t.text) for t in root.head.subtree
                                      if t.i < root.head.i + 1 and t.pos_ in ("ADJ", "NOUN"))
        if person.gender is None:
            before = _norm(self.doc[ent.start - 1].text) if ent.start else ""
            first = _norm(name_toks[0].text) if len(name_toks) > 1 else ""
            if before in lex.female_titles or first in lex.female_first:
                person.gender = "f"
            elif before in lex.male_titles or first in lex.male_first:
                person.gender = "m"

    def _collect_mentions(self) -> None:
        """Every token sequence naming a known person (NER labels are unreliable: "Trump" is often ORG)."""
        known: dict[str, int] = {}
        for surname, idxs in self._by_surname.items():
            known[surname] = idxs[-1]
        sent_of = 0
        n_sents = len(self._sent_starts)
        for tok in self.doc:
            if not _namelike(tok) or _norm(tok.text) not in known:
                continue
            if tok.i + 1 < len(self.doc) and _namelike(self.doc[tok.i + 1]) and \
                    _norm(self.doc[tok.i + 1].text) in known:
                continue  # use the last token of a name
            while sent_of + 1 < n_sents and self._sent_starts[sent_of + 1] <= tok.idx:
                sent_of += 1
            idx = self._resolve_surname(_norm(tok.text), tok.idx, self._first_before(tok))
            head = tok
            while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                head = head.head
            self.mentions.append(Mention(tok.idx, idx, sent_of, head.dep_ in ("nsubj", "nsubjpass"),
                                         bool(self.quoted[tok.idx])))

    def _first_before(self, tok) -> str | None:
        if tok.i and _namelike(self.doc[tok.i - 1]):
            return _norm(self.doc[tok.i - 1].text)
        return None

    def _resolve_surname(self, surname: str, at: int, first: str | None) -> int:
        idxs = self._by_surname[surname]
        if len(idxs) == 1:
            return idxs[0]
        if first:
            for idx in idxs:
                if any(_norm(n.split()[0]) == first for n in self.people[idx].names):
                    return idx
        pos = bisect.bisect_left(self._mention_starts, at) if self._mention_starts else len(self.mentions)
        for m in reversed(self.mentions[:pos]):
            if m.person in idxs:
                return m.person
        return idxs[0]

    def _sent_index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, char) - 1)

    # ---------------------------------------------------------------- resolving
    def resolve(self, start: int, end: int) -> str | None:
        """The fullest name for the mention at ``[start, end)``, the honest description, or None."""
        text = self.text[start:end].strip(" ,\n\t")
        if not text:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return text
        low = text.lower()
        if low in MALE_PRONOUNS:
            return self._pronoun(start, "m")
        if low in FEMALE_PRONOUNS:
            return self._pronoun(start, "f")
        if low in PLURAL_PRONOUNS:
            return self._plural(start)
        if low in OTHER_PRONOUNS:
            return None if low in ("it", "who", "which", "that", "this", "one") else text
        named = self._named(span)
        if named is not None:
            return named
        described = self._described(span, start)
        return described if described is not None else text

    def _named(self, span) -> str | None:
        """A known person named inside the span (its head noun phrase, not a nested one)."""
        head = span.root
        if any(t.dep_ == "cc" for t in span):
            return None  # "Trump and his crew": several people, kept as written
        cands = [t for t in span if _namelike(t) and _norm(t.text) in self._by_surname
                 and (t.i == head.i or t.head.i == head.i or head.pos_ == "PROPN")]
        if not cands:
            return None
        tok = cands[-1]
        return self.people[self._resolve_surname(_norm(tok.text), tok.idx, self._first_before(tok))].full_name

    def _pronoun(self, at: int, gender: str) -> str | None:
        sent = self._sent_index(at)
        pos = bisect.bisect_left(self._mention_starts, at)
        best: Mention | None = None
        for m in reversed(self.mentions[:pos]):
            if sent - m.sent > PREVIOUS_SENTENCES:
                break
            if m.quoted:
                continue
            g = self.people[m.person].gender
            if g is not None and g != gender:
                continue
            if best is None:
                best = m
                if m.subject:
                    break
                continue
            if m.sent != best.sent:
                break
            if m.subject:
                best = m
                break
        return self.people[best.person].full_name if best else None

    def _plural(self, at: int) -> str | None:
        """The subject of the sentence before (or earlier in this one) when plural or an organisation."""
        sent_i = self._sent_index(at)
        for s in self._sents[max(0, sent_i - 1):sent_i + 1]:
            for tok in s:
                if tok.idx >= at:
                    break
                if tok.dep_ == "nsubj" and not self.quoted[tok.idx] and (
                        tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ in ("ORG", "NORP")):
                    left = min(t.i for t in tok.subtree if t.i <= tok.i)
                    return self.doc[left:tok.i + 1].text
        return None

    def _described(self, span, at: int) -> str | None:
        words = [_norm(t.text) for t in span if t.pos_ in ("NOUN", "ADJ", "PROPN") and not t.is_punct]
        if not words or span[0].lower_ not in ("the", "this", "that"):
            return None
        head = _norm(span.root.text)
        required = {w for w in words if w not in FREE_MODIFIERS}
        pos = bisect.bisect_left(self._mention_starts, at)
        for m in reversed(self.mentions[:pos]):
            person = self.people[m.person]
            if head in person.descriptors and required <= person.descriptors:
                return person.full_name
        for person in self.people:  # introduced after the mention (rare) or only via NER
            if head in person.descriptors and required <= person.descriptors:
                return person.full_name
        return None


def _quote_mask(text: str) -> bytearray:
    from onrecord.analyze.quotes import quoted_mask

    return quoted_mask(text)
