"""Span and name helpers shared by the commitments and meetings passes.

``ArticleContext`` holds what one article needs: quotation regions, the speaker resolver, the
article's full person names (so "Putin" becomes "Vladimir Putin", chosen by ``names.choose_name``
exactly as the speaker resolver chooses), the statements, the publication date. Clause bounding (content, condition, timeframe spans) lives in ``commitment_extents``.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter

from onrecord.analyze import commitment_patterns as P
from onrecord.analyze.frames import doc_ents, doc_text
from onrecord.analyze.names import Seen, choose_name, contains_in_order, is_institution
from onrecord.analyze.speakers import SpeakerResolver
from onrecord.analyze.when import resolve_when
from onrecord.models import Span

PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "i", "we", "you", "it", "his", "its",
                      "their", "me", "us"})
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "president", "sen", "senator", "rep", "gov",
                    "governor", "secretary", "gen", "general", "judge", "justice", "prime", "minister",
                    "chancellor", "vice", "speaker", "leader", "king", "queen", "pope", "prince", "sir",
                    "representative", "mayor", "ambassador", "former", "candidate"})
NOT_PERSON_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "LAW", "WORK_OF_ART", "MONEY",
                             "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LANGUAGE", "PRODUCT"})
_RESOLVERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # Doc -> (names, seen), shared by both passes
_QUOTE_PAIRS = re.compile(r"“[^”]*”|\"[^\"\n]*\"|''.*?''")
_INNER_OPEN = re.compile(r"‘|(?:^|(?<=[\s,:;(—]))'(?=\w)")
_INNER_CLOSE = re.compile(r"’(?!\w)|(?<=[\w.,!?])'(?=$|[\s,.;:!?])")
EDGE_PUNCT = " \t\n,.;:—–-"
_MAX_NAME_WORDS = 4


def make_span(doc, i: int, j: int) -> Span:
    """Character span covering tokens ``i``..``j`` (inclusive)."""
    return (doc[i].idx, doc[j].idx + len(doc[j].text))


def subject_of(tok, climb: bool = True, depth: int = 0):
    """The subject of a predicate; relative "who" gives the antecedent; participles and
    coordinated or embedded verbs without a subject borrow their head's."""
    if tok is None or depth > 6:
        return None
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "csubj"}]
    if len(subjects) > 1:  # "Porter, Reyes and Dunn all calling": the quantifier is not the subject
        subjects = [c for c in subjects if c.lower_ not in {"all", "both", "each"}] or subjects
    subj = max(subjects, key=lambda c: (c.i < tok.i, c.i)) if subjects else None
    if subj is None and any(c.dep_ == "auxpass" and (c.lemma_ == "get" or c.lower_ in {"'s", "’s"} and not any(
            g.dep_ in {"xcomp", "agent"} for g in tok.children)) for c in tok.children):
        # "it would get rid of"; "she's tacked" (has, misread as a passive "is")
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        if subj.lower_ in {"who", "that", "which"} and tok.dep_ == "relcl":
            return _predicate_subject(tok.head)
        appos = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if appos is not None and subj.pos_ not in {"PROPN", "PRON"}:
            return appos  # "The Latest: ... Donald Trump is ..."
        return subj
    if tok.dep_ == "relcl" and tok.tag_ in {"VBG", "VBN"}:
        return tok.head
    if not climb or tok.head.i == tok.i or tok.dep_ in {"ccomp", "relcl", "parataxis"}:
        return None
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in {"PROPN", "NOUN"}:
        return tok.head  # "Trump, promising lower taxes, ..."
    if tok.dep_ in {"xcomp", "conj", "advcl", "acl", "pcomp", "prep", "pobj", "dobj"}:
        if tok.head.lemma_ == "take" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.head.children):
            # "It took him a day to formulate a comeback, then calling ...": the person is the object
            return next((c for c in tok.head.children if c.dep_ in {"dative", "dobj"} and c.pos_ in {"PRON", "PROPN"}),
                        None) or subject_of(tok.head, climb, depth + 1)
        return subject_of(tok.head, climb, depth + 1)
    return None


def _predicate_subject(noun):
    """"Trump is a liar and bully who pledged ...": the antecedent is the subject of the copula."""
    cur = noun
    while cur.dep_ in {"conj", "appos"} and cur.head.i != cur.i:  # "a liar, xenophobe, ... and bully who"
        cur = cur.head
    if cur.dep_ == "attr" and cur.head.lemma_ == "be":
        subj = subject_of(cur.head)  # "... incites violence and is a liar, xenophobe and birther who pledged"
        if subj is None and cur.head.dep_ == "conj" and cur.head.head.pos_ == "PROPN":
            subj = cur.head.head  # the same with the verb "incites" misread, "is" hung on the name
        if subj is not None and subj.pos_ == "PROPN":
            return subj
    return noun


class ArticleContext:
    """Per-article state for the commitments and meetings passes."""

    def __init__(self, doc, statements, published: str | None) -> None:
        self.doc = doc
        self.statements = statements
        self.published = published
        self._sent_starts = {s.start for s in doc.sents}
        self.quotes: list[Span] = [m.span() for m in _QUOTE_PAIRS.finditer(doc_text(doc))]
        found = _NAMES.get(doc)
        if found is None:
            names, seen = _article_names(doc)
            found = _NAMES[doc] = (names, seen, _full_names(doc, names, seen))
        self.names, self.seen, self.full_names = found
        self.person_keys = {w.lower() for e in doc_ents(doc) if e.label_ == "PERSON" for w in e.text.split()}

    @property
    def resolver(self) -> SpeakerResolver:
        """The article's speaker resolver, built once per document and shared by both passes."""
        found = _RESOLVERS.get(self.doc)
        if found is None:
            found = _RESOLVERS[self.doc] = SpeakerResolver(self.doc)
        return found

    def sentence_of(self, tok):
        """The sentence holding ``tok`` (``Token.sent`` walks the whole document each call)."""
        start = tok.i
        while start > 0 and start not in self._sent_starts:
            start -= 1
        end = tok.i + 1
        while end < len(self.doc) and end not in self._sent_starts:
            end += 1
        return self.doc[start:end]

    # -- text and spans
    def text(self, span: Span | None) -> str:
        return doc_text(self.doc)[span[0]:span[1]] if span else ""

    def in_quote(self, char: int) -> bool:
        return any(s < char < e for s, e in self.quotes)

    def in_nested_quote(self, char: int) -> bool:
        """Inside a quotation within a quotation ("people who say, ‘I'll vote for her’"): someone the
        quoted speaker is quoting or imagining."""
        for s, e in self.quotes:
            if s < char < e:
                before = doc_text(self.doc)[s:char].lstrip("“\"'")
                return len(_INNER_OPEN.findall(before)) > len(_INNER_CLOSE.findall(before))
        return False

    def trim(self, span: Span | None) -> Span | None:
        """Strip edge punctuation and unbalanced quotation marks (closing the ones opened inside)."""
        if span is None:
            return None
        s, e = span
        text = doc_text(self.doc)
        while s < e and (text[s] in EDGE_PUNCT or (text[s] in "”’" )):
            s += 1
        while e > s and text[e - 1] in EDGE_PUNCT:
            e -= 1
        inner = text[s:e]
        if inner.count("“") > inner.count("”"):
            close = text.find("”", e)
            if close != -1 and close - e < 3:
                e = close + 1
        elif inner.count("”") > inner.count("“") and inner.endswith("”"):
            e -= 1
        if inner.count("''") % 2 == 1 and inner.endswith("''"):
            e -= 2  # a closing doubled apostrophe ('' ... '') whose opening mark is outside the span
        elif inner.count('"') % 2 == 1:
            if inner.endswith('"'):
                e -= 1
            elif inner.startswith('"'):
                s += 1
            elif (close := text.find('"', e, e + 3)) >= 0 and inner.rfind('"') > 0:
                e = close + 1  # 'banks "pay their fair share."': the quotation opened inside closes it
        while e > s and text[e - 1] in EDGE_PUNCT:
            e -= 1
        return (s, e) if e > s else None

    def clip(self, span: Span | None, trigger) -> Span | None:
        """Keep a span inside the trigger's sentence, paragraph and (if quoted) quotation."""
        if span is None:
            return None
        s, e = span
        e = min(e, self.sentence_of(trigger).end_char)
        newline = doc_text(self.doc).find("\n", s, e)
        if newline != -1:
            e = newline
        for qs, qe in self.quotes:
            if qs < trigger.idx < qe:
                e = min(e, qe)
        return (s, e) if e > s else None

    def mention_span(self, tok) -> Span:
        """The noun phrase of a mention: its left modifiers and coordinated mentions, no 's."""
        left = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in {"case", "punct", "poss"}
                or t.i == tok.i]
        start = tok.i
        for t in sorted(left, key=lambda t: -t.i):
            if t.i == start - 1 and "\n" not in doc_text(self.doc)[t.idx:self.doc[start].idx]:
                start = t.i
        end = tok.i
        for c in tok.children:  # "he and other candidates"; not a coordinated clause
            if c.dep_ == "conj" and c.i > tok.i and c.pos_ in {"PROPN", "NOUN", "PRON"} and c.i - tok.i <= 8:
                end = max(end, c.i)
        return make_span(self.doc, start, end)

    # -- names
    def name(self, tok) -> str | None:
        """The fullest name for the mention at ``tok`` (resolver first, then the article's names)."""
        if tok is None:
            return None
        span = self.mention_span(tok)
        mention = self.text(span)
        resolved = self.resolver.resolve(*span)
        if resolved and resolved != mention and resolved.lower() not in PRONOUNS:
            return resolved
        if tok.lower_ in PRONOUNS:
            return self._antecedent(tok) or mention
        return self.fullest(tok) or _strip_det(mention)

    def fullest(self, tok) -> str | None:
        """"Putin" -> "Vladimir Putin" when the article names him in full."""
        if tok.pos_ != "PROPN" and not (tok.text[:1].isupper() and tok.lower_ in self.full_names):
            return None
        title, words, at = _titled_chain(tok)
        if is_institution(words):
            return None  # "the Obama White House"
        chosen = choose_name(words, title, self.names, self.seen, at)
        if chosen is None and len(words) > 1:  # "Frank" is no first name of the article's Fiorina
            chosen = choose_name(words[-1:], title, self.names, self.seen, at)
        return chosen or " ".join(words)

    def _antecedent(self, tok, within: int = 200) -> str | None:
        """The nearest preceding person named in the article (for he/she)."""
        if tok.lower_ not in {"he", "she", "him", "her", "his"}:
            return None
        for t in reversed(self.doc[max(0, tok.i - within):tok.i]):
            if t.pos_ == "PROPN" and t.ent_type_ not in NOT_PERSON_ENTS and t.text[:1].isupper() \
                    and t.lower_.rstrip(".") not in TITLES and t.dep_ != "compound":
                return self.fullest(t)
        return None

    # -- quotations
    def quote_speaker(self, tok) -> tuple[Span, str | None] | None:
        """(mention span, name) of whoever speaks the quotation around ``tok``."""
        st = self.statement_at(tok.idx)
        sent = self.sentence_of(tok)
        local = [t for t in sent if t.lemma_.lower() in P.SPEECH_VERBS and not self.in_quote(t.idx)
                 and (subject_of(t) is not None and subject_of(t).pos_ == "PROPN")]
        if st is not None and st.speaker_span and self._nominal(st.speaker_span):
            if len(local) == 1 and self.in_quote(tok.idx):  # 'Cruz has said that he would "carpet-bomb ...
                named = self.name(subject_of(local[0])) or ""  # ... we're going to find out."'
                if not set(named.lower().split()) & set((st.speaker or "").lower().split()):
                    return self.mention_span(subject_of(local[0])), named
            return tuple(st.speaker_span), st.speaker
        sents = [sent]
        if sent.start > 0:
            sents.append(self.sentence_of(self.doc[sent.start - 1]))
        if sent.end < len(self.doc):
            sents.append(self.sentence_of(self.doc[sent.end]))
        for s in sents:
            for t in s:
                if t.lemma_.lower() in P.SPEECH_VERBS and not self.in_quote(t.idx):
                    subj = subject_of(t)
                    if subj is not None and subj.lower_ not in PRONOUNS | {"i", "we"} | P.NON_HOLDER_SUBJECTS:
                        return self.mention_span(subj), self.name(subj)
                    if subj is not None and subj.lower_ in {"he", "she"}:
                        return self.mention_span(subj), self.name(subj)
        return self._paragraph_speaker(tok, sent) if self.in_quote(tok.idx) else None

    def _paragraph_speaker(self, tok, sent, within: int = 8) -> tuple[Span, str | None] | None:
        """'“There are no excuses,” he said. “The governor knew. … Gov. Snyder should resign.”': a
        quotation that goes on for several sentences after its attribution, in the same paragraph."""
        text = doc_text(self.doc)
        for _ in range(within):
            if sent.start == 0 or "\n" in text[self.doc[sent.start - 1].idx:sent.start_char]:
                return None
            sent = self.sentence_of(self.doc[sent.start - 1])
            for t in sent:
                if t.lemma_.lower() in P.SPEECH_VERBS and not self.in_quote(t.idx):
                    subj = subject_of(t)
                    if subj is not None and subj.lower_ not in {"i", "we", "it", "they"} | P.NON_HOLDER_SUBJECTS:
                        return self.mention_span(subj), self.name(subj)
        return None

    def _nominal(self, span) -> bool:
        """A speaker span that holds a noun, name or pronoun (not a stray word such as "In")."""
        found = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        return found is not None and any(t.pos_ in {"PROPN", "PRON", "NOUN"} for t in found)

    def addressee(self, tok) -> str | None:
        """Whom the quotation around ``tok`` is addressed to ("Warren told Stumpf")."""
        for t in self.sentence_of(tok):
            if t.lemma_.lower() == "tell" and not self.in_quote(t.idx):
                obj = next((c for c in t.children if c.dep_ in {"dobj", "dative"}), None)
                if obj is not None:
                    return self.name(obj)
        return None

    # -- statements and dates
    def statement_at(self, char: int):
        idx = self.statement_index(char)
        return self.statements[idx] if idx is not None else None

    def statement_index(self, char: int) -> int | None:
        for i, st in enumerate(self.statements):
            spans = list(st.content_spans or []) + ([st.cue_span] if st.cue_span else [])
            if any(s <= char < e for s, e in spans):
                return i
        return None

    def in_direct_statement(self, char: int) -> bool:
        """Inside the content of a direct quotation the statements pass found (a quote whose
        attribution may be a paragraph away, or whose marks the quote regex could not pair)."""
        st = self.statement_at(char)
        return st is not None and st.kind == "direct" and bool(st.speaker_span) and any(
            s <= char < e for s, e in st.content_spans)

    def resolve_when(self, expr: str, future: bool = False) -> str:
        return resolve_when(expr, self.published, future=future)


def _strip_det(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)


def _titled_chain(tok) -> tuple[str | None, list[str], int]:
    """(title, name words, start char) of the proper-name compound around ``tok``: ("Mrs.", ["Clinton"], 42)."""
    head = tok
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i == head.i + 1:
        head = head.head
    parts = [t for t in head.subtree if t.i < head.i and t.dep_ == "compound" and t.pos_ == "PROPN"
             and t.i >= head.i - 4] + [head]
    parts = sorted(parts, key=lambda t: t.i)
    words = [t.text for t in parts]
    title = None
    first = parts[0]
    if first.i and first.nbor(-1).lower_.rstrip(".") in TITLES:
        title = first.nbor(-1).text
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        title = words[0]
        words = words[1:]
    return title, words, parts[len(parts) - len(words)].idx


def _name_chain(tok) -> str:
    """The proper-name compound around ``tok``, titles dropped ("President Vladimir Putin" -> ...)."""
    return " ".join(_titled_chain(tok)[1])


def _name_occurrences(doc) -> list[tuple[int, str, str | None, bool]]:
    """(char offset, name as written without titles, title before it, is a subject) of each
    person name in the article, in order."""
    out: list[tuple[int, str, str | None, bool]] = []
    ents = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
    # the tagger often labels a politician's full name ORG: take two- or three-word proper names too
    ents += [e for e in doc_ents(doc) if e.label_ == "ORG" and 2 <= len(e) <= 3 and all(t.pos_ == "PROPN" for t in e)]
    for ent in sorted(ents, key=lambda e: e.start):
        lead = next((i for i, t in enumerate(ent) if t.pos_ == "PROPN"), 0)  # not "Certainly Donald Trump"
        words = [w for w in ent[lead:].text.replace("’s", "").replace("'s", "").split()]
        title = doc[ent.start - 1].text if ent.start else None
        while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
            title = words[0]
            words = words[1:]
        if not words or len(words) > _MAX_NAME_WORDS or is_institution(words):
            continue  # "Hillary Clinton Slams Donald Trump": a headline; "Obama White House"
        if ent.label_ != "PERSON" and len(words) < 2:
            continue
        root = ent.root
        while root.dep_ in ("compound", "flat") and root.head.i != root.i:
            root = root.head
        out.append((ent.start_char, " ".join(words), title, root.dep_ in ("nsubj", "nsubjpass")))
    return out


def _article_names(doc) -> tuple[list[str], list[Seen]]:
    """The article's full person names (forms no longer form contains) and each mention's name."""
    occ = _name_occurrences(doc)
    quotes = [m.span() for m in _QUOTE_PAIRS.finditer(doc_text(doc))]
    forms = list(dict.fromkeys(name for _, name, _, _ in occ))
    names = [f for f in forms if not any(g != f and len(g.split()) > len(f.split()) and
                                         contains_in_order(f.split(), g) for g in forms)]
    seen: list[Seen] = []
    for at, name, title, subject in occ:
        chosen = choose_name(name.split(), title, names, seen, at)
        if chosen is not None:
            seen.append(Seen(chosen, at, subject, any(qs < at < qe for qs, qe in quotes)))
    return names, seen


def _full_names(doc, names: list[str] | None = None, seen: list[Seen] | None = None) -> dict[str, str]:
    """Each person name's first and last word -> the name it most often stands for in the article
    (on a tie, the one named first)."""
    if names is None or seen is None:
        names, seen = _article_names(doc)
    counts = Counter(s.name for s in seen)
    out: dict[str, str] = {}
    order = {n: i for i, n in enumerate(names)}  # a tie goes to the name the article gave first
    for name in sorted(names, key=lambda n: (counts[n], -order[n])):
        words = name.split()
        for key in {words[-1].lower(), words[0].lower()}:
            out[key] = name  # the most mentioned name wins a shared word
    return out
