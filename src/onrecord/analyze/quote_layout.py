"""Quotation layout for statements: transcript turns, block quotes, cue-less quotations, kinds.

``QuotationLayout`` is mixed into ``statements.StatementExtractor`` (it uses its ``text``, ``doc``,
``regions``, ``mask`` and ``speech``). News layout it knows:

* interview transcripts: a paragraph opening "NAME: ..." is NAME's turn (up to the next inline
  label on the same line: 'Clinton: "..." Bush: "..."');
* titles "Name does something: ‘Quote’" are the name's quotation;
* a paragraph that is only a quotation, signed on the next line by a dash and a name;
* block quotes: a cue closing its paragraph with a colon ("as David Corn wrote in May:") takes the
  next paragraph, and while they read as the same excerpt (no quotation longer than a scare quote,
  no speech verb of the narration, a full sentence) up to ``MAX_BLOCK_PARAGRAPHS`` paragraphs in all;
* cue-less quotations continue the nearest earlier quoted statement ("“A,” he said. “B.”");
* direct / partial / indirect: a statement is direct when all its words are in set-off quotations.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from onrecord.analyze.frames import span_overlaps, span_trim
from onrecord.analyze.quotes import QuoteRegion
from onrecord.models import Span

# A paragraph opening "NAME: ..." (interview transcripts).
SPEAKER_LABEL = re.compile(r"^[ \t]*([A-Z][\w.'’\- ]{0,40}?):[ \t]+(?=\S)", re.M)
LABEL_STOPWORDS = frozenset({"update", "updated", "watch", "read", "note", "editor", "correction",
                             "photo", "video", "source", "sources", "related", "q", "a", "see", "also",
                             "listen", "warning", "breaking", "exclusive", "disclosure", "clarification"})
BLOCK_CUE_TAIL = 60  # at most this many chars from a block-quote cue to its paragraph-ending colon
SCARE_QUOTE_WORDS = 3  # a quoted phrase this short inside a block quote is not a new quotation
MAX_BLOCK_PARAGRAPHS = 3  # an unmarked block quote runs at most this many paragraphs
# "... - Carl Bialik: “...”", "Rep. Trey Gowdy (R-S.C.):“...”": a name, a colon, a quotation.
INLINE_LABEL = re.compile(r"(?:^|(?<=\s[-–—])|(?<=[.!?\]])|(?<=[.!?][”\"]))[ \t]*([A-Z](?:(?!\s[-–—]\s)[^:\n“”\"]){0,60}?):[ \t]*(?=[“\"])", re.M)
INLINE_LABEL_LEAD = re.compile(r"^(?:more\s+)?from\s+", re.I)  # "More from Jones:" -> "Jones"
MAX_LABEL_WORDS = 6
LABEL_NON_NAME_POS = frozenset({"VERB", "AUX", "PRON"})
LABEL_BAD_FIRST_POS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ"})
# "⏎“...”⏎⏎— Bernie Sanders, Vermont senator.": a quotation paragraph signed on the next line.
SIGNATURE_LINE = re.compile(r"^[ \t]*[-–—][ \t]*([A-Z][^,\n–—]{0,60}?)(?:,[^\n]*)?[.]?[ \t]*$", re.M)
MAX_SIGNATURE_WORDS = 5
# A title "Name does something: ‘Quote’" (first line of the text).
HEADLINE_QUOTE = re.compile(r"[ \t]*([A-Z][^:\n]{0,120}?):[ \t]*(?=[‘“\"'])")
MAX_TITLE_WORDS = 6  # a Title Case quotation this short is the name of a work, not speech
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by"})
MAX_CONTINUE_PARAGRAPHS = 1  # a cue-less quotation continues a statement at most this far back


@dataclass
class Draft:
    """A statement being built: token index of its cue and char spans."""

    cue_i: int
    cue: Span
    source: Span | None
    content: list[Span]
    weight: float
    relative_head: int | None = None  # "who said": the noun the relative pronoun stands for
    quotes: list[int] = field(default_factory=list)  # indices of claimed quote regions
    block: bool = False



class QuotationLayout:
    """Layout-level statement rules (see module docstring); a mixin of ``StatementExtractor``."""

    def transcript_turns(self) -> list[Draft]:
        """Interview transcripts: a paragraph opening with a speaker label ("TAPPER: ...",
        "Sen. Jane Doe: ...") is that speaker's turn: source = label, cue = the colon."""
        out = []
        for m in SPEAKER_LABEL.finditer(self.text):
            label = m.group(1)
            words = label.split()
            headline = not self.text[:m.start()].strip()  # "Trump: ‘...’" as a title
            if not (label.isupper() and any(c.isalpha() for c in label)) and not headline \
                    and not self._is_person(m.start(1), m.end(1)):
                continue
            if len(words) > 4 or words[0].lower().rstrip(":") in LABEL_STOPWORDS:
                continue
            end = self.text.find("\n", m.end())
            end = len(self.text) if end < 0 else end
            nxt = INLINE_LABEL.search(self.text, m.end(), end)  # 'A: "...." B: "..."' on one line
            if nxt is not None and nxt.start(1) > m.end() and not self.mask[nxt.start(1)]:
                end = nxt.start(1)
            content = span_trim(self.text, m.end(), end)
            if content:
                colon = m.end(1)
                out.append(Draft(-1, (colon, colon + 1), (m.start(1), m.end(1)), [content], 1.0, block=True))
        return out

    def headline_quote(self) -> list[Draft]:
        """A title "Name does something: ‘Quote’" / "Gillibrand on Hillary ...: ‘I Think She Will.’":
        source = the name opening the title, cue = the colon, content = the quotation after it.
        (Titles "Name: ‘...’" are ``transcript_turns``.)"""
        m = HEADLINE_QUOTE.match(self.text)
        if m is None or len(m.group(1).split()) <= 4 or any(
                d in m.group(1) for d in (" - ", " – ", " — ")):  # "Polls were wrong - Lopez: “...”"
            return []
        span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None:
            return []
        name = []  # titles are tagged badly ("Gillibrand" as a verb): the first word, then names
        for t in span[:MAX_LABEL_WORDS]:
            if not t.text[:1].isupper() or (name and t.pos_ != "PROPN"):
                break
            name.append(t)
        end = self.text.find("\n", m.end(1))
        content = span_trim(self.text, m.end(1) + 1, len(self.text) if end < 0 else end)
        if not name or content is None:
            return []
        source = (name[0].idx, name[-1].idx + len(name[-1]))
        colon = m.end(1)
        return [Draft(-1, (colon, colon + 1), source, [content], 1.0, block=True)]

    def inline_labels(self) -> list[Draft]:
        """A short verbless name right before a colon and a quotation ("Pollsters agree - Carl
        Bialik: “...”", "More from Jones: “...”"): source = the name, cue = the colon."""
        out = []
        for m in INLINE_LABEL.finditer(self.text):
            lead = INLINE_LABEL_LEAD.match(m.group(1))
            start = m.start(1) + (lead.end() if lead else 0)
            label = self.text[start:m.end(1)]
            if not label.strip() or len(label.split()) > MAX_LABEL_WORDS or self.mask[m.end(1)] or "," in label:
                continue
            span = self.doc.char_span(start, m.end(1), alignment_mode="expand")
            words = [t for t in span if not t.is_punct] if span is not None else []
            if not words or any(t.pos_ in LABEL_NON_NAME_POS for t in span) \
                    or words[0].pos_ in LABEL_BAD_FIRST_POS or words[-1].pos_ != "PROPN":
                continue  # "For example:", "He said:": not a name
            qs = self.regions_in(m.end(), m.end() + 2)
            if not qs or not self._is_full_quote(self.regions[qs[0]]):
                continue
            region = self.regions[qs[0]]
            colon = m.end(1)
            out.append(Draft(-1, (colon, colon + 1), (start, m.end(1)), [(region.start, region.end)], 1.0,
                             quotes=[qs[0]]))
        return out

    def signed_quotes(self) -> list[Draft]:
        """A paragraph that is one quotation, signed on the next line by a dash and a name ("— Bernie
        Sanders." / "-Michelle Marks, Philadelphia."): source = the name, cue = the dash, content =
        the quotation. (Pull quotes signed inside their marks, "“...⏎Name, Title.”", repeat a
        quotation of the body and are left alone.)"""
        out = []
        for m in SIGNATURE_LINE.finditer(self.text):
            name = span_trim(self.text, m.start(1), m.end(1))
            if name is None or len(self.text[name[0]:name[1]].split()) > MAX_SIGNATURE_WORDS:
                continue
            qs = self._quotation_paragraph_before(m.start())
            if qs:
                dash = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                out.append(Draft(-1, (dash, dash + 1), name,
                                 [(self.regions[q].start, self.regions[q].end) for q in qs], 1.0, quotes=qs))
        return out

    def _quotation_paragraph_before(self, at: int) -> list[int]:
        """Quote regions of the paragraph ending before ``at`` when it is nothing but quotation(s)."""
        prev_end = at - 1
        while prev_end > 0 and self.text[prev_end - 1] in "\n \t":
            prev_end -= 1
        if prev_end <= 0:
            return []
        prev_start = self.text.rfind("\n", 0, prev_end) + 1
        qs = self.regions_in(prev_start, prev_end)
        para = self.text[prev_start:prev_end]
        if not qs or self.regions[qs[0]].start != prev_start + len(para) - len(para.lstrip()):
            return []
        if self.text[self.regions[qs[-1]].end:prev_end].strip(" .") or not self._is_full_quote(self.regions[qs[0]]):
            return []  # the paragraph is not just the quotation
        return qs

    def _is_person(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(e.label_ == "PERSON" and e.end == span.end for e in span.ents)

    def _ends_paragraph_with_colon(self, tok) -> bool:
        line_end = self.text.find("\n", tok.idx)
        tail = self.text[tok.idx:line_end].rstrip() if line_end >= 0 else ""
        return tail.endswith(":") and len(tail) <= BLOCK_CUE_TAIL

    def _block_after(self, tok) -> list[Span]:
        """A cue closing its paragraph with a colon ("as David Corn wrote in May:") introduces the
        next paragraph as a block quote (no quotation marks)."""
        text = self.text
        line_end = text.find("\n", tok.idx)
        if line_end < 0:
            return []
        tail = text[tok.idx:line_end].rstrip()
        if not tail.endswith(":") or len(tail) > BLOCK_CUE_TAIL or any(c in tail for c in ".!?\"“”"):
            return []
        start = line_end
        while start < len(text) and text[start].isspace():
            start += 1
        spans: list[Span] = []
        while start < len(text) and len(spans) < MAX_BLOCK_PARAGRAPHS:
            stop = text.find("\n", start)
            stop = len(text) if stop < 0 else stop
            sp = span_trim(text, start, stop)
            if sp is None or (spans and not self._continues_block(sp)) or (not spans and self._narrates(sp)):
                break
            spans.append(sp)
            if any(c in text[sp[0]:sp[0] + 2] for c in "\"“"):
                break  # a quotation-marked block continues through its marks (``claim_quotes``)
            start = stop
            while start < len(text) and text[start].isspace():
                start += 1
        return spans

    def _narrates(self, para: Span) -> bool:
        """A paragraph with a speech verb of its own outside quotation marks ("Sanders ... said closed
        primaries ...") is the article's narration, not an excerpt after a colon."""
        i = bisect.bisect_left(self.speech, para[0])
        return i < len(self.speech) and self.speech[i] < para[1]

    def _continues_block(self, para: Span) -> bool:
        """A paragraph after an unmarked block quote still belongs to it: no quotation marks, no
        speech verb of the narration, not a heading; scare quotes ("the “witch hunt”") are fine."""
        chunk = self.text[para[0]:para[1] + 1]  # with the full stop that trimming took off
        if len(chunk.split()) < 6 or chunk.rstrip()[-1:] not in ".!?…":
            return False
        if any(len(self.text[self.regions[q].start:self.regions[q].end].split()) > SCARE_QUOTE_WORDS
               for q in self.regions_in(para[0], para[1])):
            return False  # a real quotation: the narration has resumed
        i = bisect.bisect_left(self.speech, para[0])
        return not (i < len(self.speech) and self.speech[i] < para[1])

    def claim_quotes(self, drafts: list[Draft]) -> None:
        """Attach cue-less quotations to the statement they continue."""
        claimed = {q for d in drafts for q in d.quotes}
        covered = sorted(sp for d in drafts for sp in d.content)
        cov_starts = [s for s, _ in covered]
        order = sorted(drafts, key=lambda d: d.cue[0])
        anchors = [max(d.cue[0], d.content[-1][0]) for d in order]
        for qi, region in enumerate(self.regions):
            if qi in claimed or not self._is_full_quote(region):
                continue
            j = bisect.bisect_right(cov_starts, region.start) - 1
            if j >= 0 and covered[j][1] > region.start:
                continue
            k = bisect.bisect_right(anchors, region.start) - 1
            if k < 0:
                continue
            prev = order[k]
            if not prev.quotes and not prev.block and not region.continues and not self._opens_paragraph(region):
                continue
            gap = self.text[prev.content[-1][1]:region.start]
            if gap.count("\n\n") + (gap.count("\n") if "\n\n" not in gap else 0) > MAX_CONTINUE_PARAGRAPHS * 2 \
                    and not region.continues:
                continue
            if any(span_overlaps((prev.content[-1][1], region.start), (d.cue[0], d.cue[1])) for d in order[k + 1:k + 2]):
                continue
            prev.content.append((region.start, region.end))
            prev.quotes.append(qi)
            claimed.add(qi)

    def _opens_paragraph(self, region: QuoteRegion) -> bool:
        line_start = self.text.rfind("\n", 0, region.start) + 1
        return not self.text[line_start:region.start].strip()

    def _is_full_quote(self, region: QuoteRegion) -> bool:
        """A quotation that stands as its own sentence(s), not a scare-quoted phrase."""
        before = self.text[max(0, region.start - 3):region.start]
        inner = self.text[region.start:region.end]
        words = len(inner.split())
        return words >= 4 and (not before.strip() or before.rstrip()[-1:] in ".:!?\n" or region.continues)

    def _is_title(self, region: QuoteRegion) -> bool:
        """A short Title Case quotation in running text ("“Andrea Mitchell Reports,”", "“CBS This
        Morning”"): the name of a show, book or film (titles of the article itself excepted)."""
        inner = self.text[region.start:region.end]
        words = [w.strip(".,!?;:’'\"“”‘") for w in inner.split()]
        words = [w for w in words if w and w[0].isalpha()]
        if not words or len(words) > MAX_TITLE_WORDS or "\n" not in self.text[:region.start].strip() \
                or any(c in inner for c in "!?") or inner.isupper():
            return False  # (an exclamation, a question or shouting is speech)
        return all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words) \
            and sum(w[0].isupper() for w in words) >= 2


    def _kind(self, spans: list[Span], d: Draft) -> str:
        inside = outside = 0
        for s, e in spans:
            for i in range(s, e):
                if self.text[i].isalnum():
                    if self.mask[i]:
                        inside += 1
                    else:
                        outside += 1
        if inside and not outside:
            return "direct" if all(self._set_off(self.regions[q]) for q in d.quotes) else "partial"
        return "partial" if inside else "indirect"

    def _set_off(self, region: QuoteRegion) -> bool:
        """A quotation set off from the narration (after ',', ':' or at a sentence start), not
        worked into it as a phrase ("promised “very severe consequences”")."""
        before = self.text[max(0, region.start - 40):region.start].rstrip()
        return not before or before[-1] in ",:.!?\n" or region.continues
