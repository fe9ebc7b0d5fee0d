"""Dependency-tree helpers for statements: spans of subtrees, a cue's source and content.

``find_source(tok)`` climbs from a cue to its subject ("Trump praised Putin, saying ..." ->
"Trump"); ``find_content(doc, tok, frame)`` takes the clause, infinitive, object or prepositional
object the cue's frame names (``cues.frame``). ``SpanSet`` keeps disjoint spans for O(log n)
overlap queries. All spans are ``(start, end)`` char offsets, trimmed of edge punctuation.
"""

from __future__ import annotations

import bisect

from onrecord.analyze import cues
from onrecord.models import Span

# Dependencies climbed from a cue to find its subject ("released a statement saying ...").
CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "acl", "pcomp", "dobj", "pobj", "prep", "acomp", "dep"})
PARENTHETICAL_DEPS = frozenset({"parataxis"})  # "X, he says, Y": the cue sits inside its content
EDGE_PUNCT = " \t\n\xa0,;:.—–-()[]"
CLOSING_MARKS = ("”", '"')
TEXT_KEY = "onrecord.text"
ENTS_KEY = "onrecord.doc_ents"  # user_data key of the cached entity spans


def span_trim(text: str, s: int, e: int) -> Span | None:
    """``[s, e)`` without edge spaces and punctuation (None when nothing is left)."""
    while s < e and text[s] in EDGE_PUNCT:
        s += 1
    while e > s and text[e - 1] in EDGE_PUNCT:
        e -= 1
    return (s, e) if e > s else None


def doc_text(doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token on each access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def doc_ents(doc) -> tuple:
    """``doc.ents``, built once per Doc (spaCy makes a new Span for every entity on each access)."""
    ents = doc.user_data.get(ENTS_KEY)
    if ents is None:
        ents = doc.user_data[ENTS_KEY] = tuple(doc.ents)
    return ents


def forget_text(doc) -> None:
    """Drop the cached text and entities (call when done with a Doc)."""
    doc.user_data.pop(TEXT_KEY, None)
    doc.user_data.pop(ENTS_KEY, None)


def before_adverbs(tok) -> int:
    """The index of the token before the adverbs of ``tok`` that stand right before it ("Paul Manafort,
    bluntly suggested" → the comma)."""
    i = tok.i - 1
    while i > 0 and tok.doc[i].dep_ == "advmod" and tok.doc[i].head.i == tok.i:
        i -= 1
    return i


def span_tok_range(doc, first: int, last: int) -> Span | None:
    """The trimmed char span of tokens ``first..last`` (inclusive)."""
    return span_trim(doc_text(doc), doc[first].idx, doc[last].idx + len(doc[last]))


def span_subtree(doc, tok) -> Span | None:
    """The trimmed char span of a token's whole subtree."""
    return span_tok_range(doc, tok.left_edge.i, tok.right_edge.i)


def find_source(tok, usable=None) -> tuple[object | None, bool]:
    """The source token of a cue (its phrase is the token's subtree) and whether a source is expected.

    When a verb has several subjects (the parser ran a sentence over a quotation or a paragraph
    break: "“... Never Hillary.” ⏎ Another commenter said"), the one nearest the verb wins, and a
    subject ``usable(token)`` rejects (inside a quotation) is passed over when another exists.
    """
    if tok.lower_ == "according":
        for c in tok.children:
            if c.dep_ == "prep":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g, True
        return None, True
    if cues.is_nominal(tok):
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        return poss, True
    if cues.lemma(tok) in cues.EXPERIENCER_VERBS:  # "The surge doesn't surprise pollster Daron Shaw: “...”"
        felt = next((c for c in tok.children if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")), None)
        if felt is not None:
            return felt, True
    t = tok
    if tok.tag_ == "VBG" and tok.dep_ == "advcl" and cues.lemma(tok) in cues.CONTINUATION_VERBS \
            and tok.head.dep_ in cues.CLAUSE_DEPS and cues.lemma(tok.head.head) in cues.QUOTE_VERBS:
        t = tok.head.head  # "Trump told Newsmax that Romney ..., adding, “...”": the teller goes on
    elif tok.tag_ == "VBG" and tok.dep_ == "conj" and tok.head.tag_ != "VBG":
        # "with Trump tweeting that it was a “disaster” and asking, “...”": the participles pair up
        t = next((a for a in tok.head.ancestors if a.tag_ == "VBG" and a.sent == tok.sent), tok)
    for _ in range(4):
        quoted = _quoted_person(t)
        if quoted is not None:
            return quoted, True
        passive = False
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            good = [c for c in subjects if usable is None or usable(c)] or subjects
            return min(good, key=lambda c: abs(c.i - t.i)), True
        if t is not tok and tok.dep_ == "conj":  # "Silverman was joined by Franken and joked": the shared subject
            subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            if subj is not None:
                return subj, True
        for c in t.children:
            if c.dep_ in ("nsubjpass", "auxpass"):
                passive = True
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g, True
        if passive:
            if t is not tok:  # "Respondents are obliged to disclose", "Braynard is quoted as saying"
                subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
                if subj is not None:
                    return subj, True
            return None, False
        if t.dep_ in CLIMB_DEPS and t.head.i != t.i:
            t = t.head
            continue
        break
    return None, True


def _quoted_person(t):
    """Whose words a passive "quote" reports ("Lopez was quoted by the AP as saying"): the subject, not
    the agent (an active "the AP quoted Lopez as saying" keeps the quoting outlet as the source, as in
    PolNeAR); None for any other verb."""
    if cues.lemma(t) not in cues.QUOTING_VERBS or not any(
            c.dep_ == "prep" and c.lower_ == "as" for c in t.children):
        return None
    return next((c for c in t.children if c.dep_ == "nsubjpass"), None)


def find_content(doc, tok, frame: str) -> list[Span]:
    """The content of a cue from its dependency frame (quotations are handled by the caller)."""
    if frame == "according":
        head = tok.head
        if head.i == tok.i:
            return []
        parts = [(head.left_edge.i, tok.left_edge.i - 1), (tok.right_edge.i + 1, head.right_edge.i)]
        return [sp for a, b in parts if a <= b and (sp := span_tok_range(doc, a, b))]
    if frame.startswith("n-"):
        return _noun_content(doc, tok, frame)
    if frame == "bare" and tok.dep_ in PARENTHETICAL_DEPS and tok.head.i != tok.i and tok.tag_ != "VBG":
        return _host_clause(doc, tok)
    wanted = {"ccomp": cues.CLAUSE_DEPS, "xcomp": {"xcomp"}, "dobj": {"dobj"},
              "pass": {"nsubjpass"}}.get(frame)
    for c in sorted(tok.children, key=lambda c: _clause_rank(doc, tok, c)):
        if wanted is not None and c.dep_ in wanted:
            last = c
            if frame == "dobj":  # "called Carson a “special person”": object and predicate
                last = max((g for g in tok.children if g.dep_ == "oprd" and g.i > c.i), default=c,
                           key=lambda g: g.i)
            sp = span_tok_range(doc, c.left_edge.i, last.right_edge.i)
            return [sp] if sp else []
        if frame == "prep" and c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj":
                    sp = span_subtree(doc, g)
                    return [sp] if sp else []
    return []


def _clause_rank(doc, tok, c) -> tuple[bool, bool, int]:
    """Which dependent of a cue to read first: one in the cue's paragraph (a parse run over a paragraph
    break may hang a title's clause on it), then a quotation closed right before the cue ("“...,”
    Trump said, after Quick said ..."), then the nearest."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    outside = not start <= c.idx < (len(text) if end < 0 else end)
    quoted_before = c.i < tok.i and any(m in text[c.idx:tok.idx] for m in CLOSING_MARKS)
    return outside, not quoted_before, abs(c.i - tok.i)


def _host_clause(doc, tok) -> list[Span]:
    """A parenthetical cue's content: the clause around it minus the cue's own words ("In the long
    run, many economists say, this could ripple ..."), one span on each side."""
    head = tok.head
    parts = [(head.left_edge.i, tok.left_edge.i - 1), (tok.right_edge.i + 1, head.right_edge.i)]
    return [sp for a, b in parts if a <= b and (sp := span_tok_range(doc, a, b))]


def _noun_content(doc, tok, frame: str) -> list[Span]:
    """Content of a noun cue: its clause ("claim that ...") or prepositional object ("support for")."""
    for c in tok.children:
        if frame == "n-clause" and c.dep_ in ("acl", "ccomp"):
            sp = span_subtree(doc, c)
            return [sp] if sp else []
        if frame == "n-prep" and c.dep_ == "prep":
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    sp = span_subtree(doc, g)
                    return [sp] if sp else []
    return []


class SpanSet:
    """Disjoint char spans kept sorted: overlap queries in O(log n)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlapping(self, span: Span) -> list[Span]:
        first = bisect.bisect_right(self.ends, span[0])
        last = bisect.bisect_left(self.starts, span[1])
        return list(zip(self.starts[first:last], self.ends[first:last], strict=True))

    def add(self, span: Span) -> None:
        i = bisect.bisect_left(self.starts, span[0])
        self.starts.insert(i, span[0])
        self.ends.insert(i, span[1])


def span_overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]
