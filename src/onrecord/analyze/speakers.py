"""In-article speaker resolution: a mention (pronoun, description, partial name) to the fullest name.

``SpeakerResolver(doc).resolve(start, end)`` takes the char offsets of a mention in ``doc.text`` and
returns:

* a PERSON mention ("Trump", "Mr. Trump", "President Trump") -> the fullest name the article gives
  that person ("Donald Trump"); when two people share a surname, ``names.choose_name`` decides
  (the honorific's gender, the subject named just before, else the one named most often); a
  transcript label in capitals ("TAPPER") -> the one person of that surname; a name that owns an
  institution ("the Obama White House", "Trump's campaign") is kept as written;
* "he"/"she" (and object/possessive forms) -> the nearest earlier person outside quotation marks,
  preferring sentence subjects and skipping people of the other known gender (titles, first names);
* "they" -> the subject of the nearest earlier sentence when it is a plural noun phrase or an
  organisation ("Democrats"), else None;
* a description ("the Ukrainian president", "the senator") -> the person the article introduced with
  those words ("Ukrainian President Volodymyr Zelenskyy", "Sanders, a Vermont senator"), the most
  recent one before the mention; else the one person the head noun fits when the description only
  adds places ("the South Carolina senator" for "Sen. Lindsey Graham (R-S.C.)");
* a medium ("The letter"), an organisation description ("the bank") or "it" -> its issuer or the
  organisation it stands for, by the rules of ``speaker_context``;
* anything else ("a source", "officials", "the White House") -> the description as written: never a
  guess. Unresolvable pronouns give None.

Everything is built once per document in one pass over its tokens, so resolving is cheap.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from onrecord.analyze.names import (
    Seen,
    choose_name,
    is_institution,
    name_lexicon,
    title_gender,
)
from onrecord.analyze.quotes import quoted_mask
from onrecord.analyze.speaker_context import ContextResolver, title_roles
from onrecord.analyze.speaker_descriptions import DescriptionResolver, norm_word

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
OTHER_PRONOUNS = frozenset({"i", "me", "we", "us", "you", "it", "who", "which", "that", "this",
                            "my", "our", "your", "its", "whose", "one"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "'s", "’s"})
PREVIOUS_SENTENCES = 3  # how far back a pronoun looks for its antecedent


def _namelike(tok) -> bool:
    """A capitalised name word (the tagger calls "Trump" a NOUN now and then)."""
    return tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper()


_norm = norm_word


@dataclass
class Person:
    """One person of the article: every name form seen, descriptors, gender when known."""

    names: list[str] = field(default_factory=list)
    descriptors: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)  # from abbreviated titles ("Sen." -> senator)
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
    head: int = -1  # token index of the name's head (past its compound parts)


class SpeakerResolver(DescriptionResolver):
    """Resolves speaker mentions in one parsed ``Doc`` (see module docstring)."""

    def __init__(self, doc, quoted: bytearray | None = None):
        self.doc = doc
        self.lex = name_lexicon()
        from onrecord.analyze.frames import doc_text

        self.text = doc_text(doc)
        self.quoted = quoted if quoted is not None else quoted_mask(self.text)
        self.people: list[Person] = []
        self._by_surname: dict[str, list[int]] = {}
        self._sents = list(doc.sents)
        self._sent_starts = [s.start_char for s in self._sents]
        self.mentions: list[Mention] = []
        self._mention_starts: list[int] = []
        self._context: ContextResolver | None = None
        self._nested = False
        self._collect_people()
        self._collect_mentions()
        self._mention_starts = [m.start for m in self.mentions]

    # ---------------------------------------------------------------- building
    def _name_tokens(self, span) -> list:
        toks = [t for t in span if not (t.is_punct or t.text in ("'s", "’s"))]
        while toks and (_norm(toks[0].text) in self.lex.titles or toks[0].lower_ in DETERMINERS):
            toks = toks[1:]
        if len(toks) == 2 and _abbreviation(toks[0].text) and not toks[1].text.isupper() \
                and _norm(toks[1].text) in self._full_surnames:
            toks = toks[1:]  # "AG Mukasey" after "Michael Mukasey": an abbreviation is no first name
        return toks

    def _collect_people(self) -> None:
        firsts = self.lex.female_first | self.lex.male_first
        self._full_surnames = {_norm(e[-1].text) for e in self.doc.ents  # named in full somewhere
                               if e.label_ == "PERSON" and len(e) > 1 and not _abbreviation(e[0].text)}
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" and not (  # the tagger calls "Carly Fiorina" an ORG now and then
                    ent.label_ == "ORG" and 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" for t in ent)
                    and _norm(ent[0].text) in firsts):
                continue
            toks = self._name_tokens(ent)
            if not toks or not toks[-1].text[:1].isupper():
                continue
            name = self.text[toks[0].idx:toks[-1].idx + len(toks[-1])]
            if is_institution(name.split()):
                continue  # "the Obama White House"
            surname = _norm(toks[-1].text)
            title = self._title_before(toks[0])
            idx = self._person_for(name, surname, title)
            person = self.people[idx]
            if name not in person.names:
                person.names.append(name)
            self._learn(person, ent, toks)

    def _title_before(self, tok) -> str | None:
        """The honorific right before a name token ("Mrs." in "Mrs. Clinton"), if any."""
        if tok.i and _norm(self.doc[tok.i - 1].text) in self.lex.titles:
            return self.doc[tok.i - 1].text
        return None

    def _person_for(self, name: str, surname: str, title: str | None = None) -> int:
        first = _norm(name.split()[0]) if len(name.split()) > 1 else None
        wanted = title_gender(title)
        for idx in reversed(self._by_surname.get(surname, [])):
            person = self.people[idx]
            if wanted and person.gender and person.gender != wanted:
                continue  # "Mrs. Clinton" is not the Clinton already known as a man
            firsts = {_norm(n.split()[0]) for n in person.names if len(n.split()) > 1}
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
        person.roles.update(r for d in person.descriptors for r in title_roles().get(d, ()))
        if person.gender is None:
            before = _norm(self.doc[ent.start - 1].text) if ent.start else ""
            if len(name_toks) < 2 and len(self._by_surname.get(_norm(name_toks[-1].text), ())) > 1:
                before = ""  # "Mr. Khan" when the article has two Khans: says nothing about either
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
            idx = self._resolve_surname(_norm(tok.text), tok.idx, self._first_before(tok),
                                        self._title_before(tok))
            head = tok
            while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                head = head.head
            self.mentions.append(Mention(tok.idx, idx, sent_of, head.dep_ in ("nsubj", "nsubjpass"),
                                         bool(self.quoted[tok.idx]), head.i))

    def _first_before(self, tok) -> str | None:
        if tok.i and _namelike(self.doc[tok.i - 1]) and _norm(self.doc[tok.i - 1].text) not in self.lex.titles:
            return _norm(self.doc[tok.i - 1].text)
        return None

    def _resolve_surname(self, surname: str, at: int, first: str | None, title: str | None = None) -> int:
        """The person a surname (with the first name or title before it) names: ``names.choose_name``."""
        idxs = self._by_surname[surname]
        if len(idxs) == 1:
            return idxs[0]
        by_name = {self.people[i].full_name: i for i in reversed(idxs)}
        seen = [Seen(self.people[m.person].full_name, m.start, m.subject, m.quoted) for m in self.mentions
                if m.person in idxs]
        genders = {self.people[i].full_name: self.people[i].gender for i in idxs}
        words = [first, surname] if first else [surname]
        chosen = choose_name(words, title, list(by_name), seen, at, genders)
        if chosen is None and first:  # a first word that is not this person's first name
            chosen = choose_name([surname], title, list(by_name), seen, at, genders)
        return by_name[chosen] if chosen is not None else idxs[0]

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
        if low == "it":
            return self.context.it(start, self._sent_index(start))
        if low in OTHER_PRONOUNS:
            return None if low in ("who", "which", "that", "this", "one") else text
        label = self._label(text, start)
        if label is not None:
            return label
        named = self._named(span)
        if named is not None:
            return named
        described = self._described(span, start) or self._possessed_role(span) or self._in_context(span) \
            or self._salient(span, start)
        return described if described is not None else text

    @property
    def context(self) -> ContextResolver:
        """Media issuers, organisation descriptions and "it" (``speaker_context``), built on first use."""
        if self._context is None:
            self._context = ContextResolver(self.doc, self._sents, self.quoted, self.resolve,
                                            frozenset(self._by_surname))
        return self._context

    def _in_context(self, span) -> str | None:
        """A medium's issuer or a described organisation (an issuer is never itself a medium)."""
        if self._nested:
            return self.context.organisation(span)
        self._nested = True
        try:
            return self.context.medium(span) or self.context.organisation(span)
        finally:
            self._nested = False

    def _label(self, text: str, at: int) -> str | None:
        """A transcript label in capitals ("TAPPER", "JAKE TAPPER") -> the one person it can name."""
        words = text.split()
        if not text.isupper() or not all(w.isalpha() for w in words) or len(words) > 3:
            return None
        surname = _norm(words[-1])
        idxs = self._by_surname.get(surname, [])
        first = _norm(words[-2]) if len(words) > 1 else None
        fitting = [i for i in idxs if first is None or
                   any(_norm(n.split()[0]) == first for n in self.people[i].names if len(n.split()) > 1)]
        return self.people[fitting[0]].full_name if len(fitting) == 1 else None

    def _named(self, span) -> str | None:
        """A known person named inside the span (its head noun phrase, not a nested one)."""
        head = span.root
        if any(t.dep_ == "cc" for t in span):
            return None  # "Trump and his crew": several people, kept as written
        last = max((t.i for t in span if not t.is_punct), default=head.i)
        cands = [t for t in span if _namelike(t) and _norm(t.text) in self._by_surname
                 and (t.i == head.i or t.head.i == head.i or head.pos_ == "PROPN"
                      or t.dep_ == "appos" and t.i == last)]  # "The author of the book, Mitchell Zuckoff"
        if not cands:
            return None
        # the head person first ("Brian Fallon, a spokesman for Mrs. Clinton"), then the last name
        for tok in sorted(cands, key=lambda t: (t.i != head.i, -t.i)):
            owner, possessed = tok, False
            while owner.dep_ in ("compound", "poss") and span.start <= owner.head.i < span.end \
                    and owner.head.i > owner.i:
                possessed = possessed or owner.dep_ == "poss"
                owner = owner.head
            if owner is not tok and is_institution([tok.text, owner.text]):
                continue  # "the Obama White House", "Trump's campaign" are not the person
            if possessed and owner.pos_ == "NOUN":
                continue  # "Donald Trump's campaign chief" is the chief, not Trump
            idx = self._resolve_surname(_norm(tok.text), tok.idx, self._first_before(tok), self._title_before(tok))
            return self.people[idx].full_name
        return None

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


def _abbreviation(word: str) -> bool:
    """A short all-capital word ("AG", "GOP", "DNC"): a title or party, not a first name."""
    return 2 <= len(word) <= 3 and word.isalpha() and word.isupper()
