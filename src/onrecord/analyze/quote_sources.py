"""Where a statement's source is when the parser did not find it, for ``statements.StatementExtractor``.

``SourceFinder`` is mixed into the extractor (it uses its ``text``, ``doc``, ``mask`` and
``regions``). News prose it knows: an inverted or appositive speaker beside a quotation ("“...,”
said Smith, an aide"), a subject the parser lost before its cue ("..., a White House official who
spoke anonymously said Wednesday, “...”"), a subject cut off by a paragraph break or a dateline
dash, a subject phrase grown over a quotation or into markup left in the text, and the holder of a sign or shirt that "reads".
"""

from __future__ import annotations

from onrecord.analyze import cues
from onrecord.analyze.frames import find_source, span_subtree, span_tok_range, span_trim
from onrecord.analyze.quotes import MARKUP_TAG
from onrecord.models import Span

MAX_SOURCE_WORDS = 6  # a source found beside a quotation (not by the parser) is at most this long
MAX_CLAUSE_SOURCE_WORDS = 14  # a source taken from the words before its cue is at most this long
BEFORE_CUE_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", "—", "–"})
LEADING_NON_SOURCE_POS = frozenset({"CCONJ", "ADV", "SCONJ", "ADP", "PART"})  # "and then boomed"
DATELINE_DASHES = (") — ", ") – ", ") - ", ") —")  # "WASHINGTON (AP) — ..."


class SourceFinder:
    """Source-finding rules (see module docstring); a mixin of ``StatementExtractor``."""

    def _sign_holder(self, tok, src_tok) -> Span | None:
        """Words on a sign, shirt or banner are its holder's ("Pelletier hoisted a sign that read
        “15%!”", "protesters carrying signs saying ..."): the subject of the holding verb."""
        noun = tok.head if tok.dep_ in ("relcl", "acl") else src_tok
        if noun is None or cues.lemma(noun) not in cues.SIGN_NOUNS:
            return None
        before = self.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else noun
        verb = noun.head if cues.lemma(noun.head) in cues.HOLDING_VERBS else \
            before if cues.lemma(before) in cues.HOLDING_VERBS else None
        if verb is None:
            return None
        holder, _ = find_source(verb, lambda c: not self.mask[c.idx])
        if holder is not None and not self.mask[holder.idx]:
            return span_subtree(self.doc, holder)
        return self._source_before_cue(verb)

    def _outside_quotes(self, source: Span, head_at: int) -> Span | None:
        """A subject phrase the parser grew over a quotation ("“...,” Sarandon, 69, told"): the words
        between the quotations around its head at ``head_at``."""
        start, end = source
        for q in self.regions_in(start, end):
            r = self.regions[q]
            if r.end <= head_at:
                start = max(start, r.end)
            elif r.start > head_at:
                end = min(end, r.start)
        return span_trim(self.text, start, end) if end > start else None

    def _source_after_break(self, source: Span, cue_at: int) -> Span:
        """A parsed subject cut off from its cue by a paragraph break or a dateline dash ("4:40 p.m.
        ⏎ Marco Rubio says", "LONDON (Reuters) — Donald Trump said"): the words after the break."""
        gap = self.text[source[1]:cue_at]
        cut = max([gap.rfind("\n")] + [gap.rfind(d) + len(d) - 1 for d in DATELINE_DASHES if d in gap])
        if cut < 0:
            return source
        words = span_trim(self.text, source[1] + cut + 1, cue_at)
        if words and len(self.text[words[0]:words[1]].split()) <= MAX_SOURCE_WORDS:
            return words
        return source

    def _source_beside_quote(self, tok, quotes: list[int]) -> Span | None:
        """The parser missed the subject of a quote's cue: take the words between the quotation and
        the cue ("“...,” Conway notes") or right after the cue ("“...,” said Smith, an aide"; a cue
        opening its paragraph: "Continued Stone: “...”")."""
        text, doc = self.text, self.doc
        before = [self.regions[q] for q in quotes if self.regions[q].end <= tok.idx]
        line_start = text.rfind("\n", 0, tok.idx) + 1
        if not before and text[line_start:tok.idx].strip():
            return None
        gap = text[before[-1].end:tok.idx].replace("\xa0", " ") if before else ""
        if gap.strip(" ,\n") and len(gap.split()) <= MAX_SOURCE_WORDS and "\n" not in gap:
            return span_trim(text, before[-1].end, tok.idx)
        if gap.strip(" ,") or tok.tag_ == "VBG":  # "“...,” referencing the large number": an object
            return None
        last = tok.i
        for t in doc[tok.i + 1:tok.i + 1 + MAX_SOURCE_WORDS]:
            if t.is_punct or self.mask[t.idx]:
                break
            last = t.i
        return span_tok_range(doc, tok.i + 1, last) if last > tok.i else None

    def _source_before_cue(self, tok) -> Span | None:
        """The parser lost the subject of a quotation's cue ("..., a White House official who spoke
        anonymously said Wednesday, “...”"): the words from the clause boundary (a comma, a
        sentence or paragraph start, a quotation) up to the cue, when they hold a noun phrase."""
        doc = self.doc
        first = last = tok.i
        if last > 0 and doc[last - 1].text == ",":
            last -= 1  # "Gene Sperling, a top outside Clinton adviser, said"
        for t in reversed(doc[max(0, last - MAX_CLAUSE_SOURCE_WORDS):last]):
            if self.mask[t.idx] or t.is_space or t.text in BEFORE_CUE_STOPS:
                break
            first = t.i
        else:
            return None
        words = [t for t in doc[first:last] if not t.is_punct]
        while words and words[0].pos_ in LEADING_NON_SOURCE_POS:
            words.pop(0)
        if not words or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in words) \
                or any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj") for t in words):
            return None
        return span_tok_range(doc, words[0].i, words[-1].i)

    def _after_markup(self, span: Span) -> Span | None:
        """``span`` without markup left in the text ('<tweet author="@x">Rudy Giuliani' -> 'Rudy
        Giuliani'): it starts after a tag it begins in or contains, and ends before the next tag."""
        text = self.text
        start, end = span
        opened = text.rfind("<", 0, start + 1)
        closed = text.find(">", opened) if opened >= 0 else -1
        if opened >= 0 and closed >= start and "\n" not in text[opened:start]:
            start = closed + 1
        for m in MARKUP_TAG.finditer(text, start, end):
            start = max(start, m.end())
        cut = text.find("<", start, end)
        end = cut if cut >= 0 else end
        return span_trim(text, start, end) if end > start else None
