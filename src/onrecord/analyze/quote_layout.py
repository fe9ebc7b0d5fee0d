"""Quotation layout for statements: transcript turns, block quotes, cue-less quotations, kinds.

``QuotationLayout`` is mixed into ``statements.StatementExtractor`` (it uses its ``text``, ``doc``,
``regions``, ``mask`` and ``speech``). News layout it knows:

* interview transcripts: a paragraph opening "NAME: ..." is NAME's turn (up to the next inline
  label on the same line: 'Clinton: "..." Bush: "..."');
* titles "Name does something: ‘Quote’" are the name's quotation;
(labelled and signed quotations are ``quote_labels.py``);
* block quotes: a cue closing its paragraph with a colon ("as David Corn wrote in May:") takes the
  next paragraph, and while they read as the same excerpt (no quotation longer than a scare quote,
  no speech verb of the narration, a full sentence) up to ``MAX_BLOCK_PARAGRAPHS`` paragraphs in all;
* cue-less quotations continue the nearest earlier quoted statement ("“A,” he said. “B.”"), and a
  quotation run over paragraphs joins the statement whose cue comes in its last paragraph;
* a quotation opening a paragraph, or set off as an aside ("(“...,” wrote Smith)", "— “...,” she
  said —"), stands as its own sentence;
* direct / partial / indirect: a statement is direct when all its words are in set-off quotations.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from onrecord.analyze import cues
from onrecord.analyze.frames import span_overlaps, span_trim
from onrecord.analyze.quotes import QuoteRegion
from onrecord.models import Span

BULLETS = "•·*"  # list bullets before a quotation or a label
# "... - Carl Bialik: “...”", "Rep. Trey Gowdy (R-S.C.):“...”": a name, a colon, a quotation.
INLINE_LABEL = re.compile(r"(?:^|(?<=\s[-–—])|(?<=[.!?\]])|(?<=[.!?][”\"]))[ \t]*([A-Z](?:(?!\s[-–—]\s)[^:\n“”\"]){0,60}?):[ \t\xa0]*(?=[“\"])", re.M)
MAX_LABEL_WORDS = 6

# A paragraph opening "NAME: ..." (interview transcripts).
SPEAKER_LABEL = re.compile(r"^[ \t]*(?:[\"“][ \t]*)?([A-Z][\w.'’\- ]{0,40}?):[ \t]+(?=\S)", re.M)
LABEL_STOPWORDS = frozenset({"update", "updated", "watch", "read", "note", "editor", "correction",
                             "photo", "video", "source", "sources", "related", "q", "a", "see", "also",
                             "listen", "warning", "breaking", "exclusive", "disclosure", "clarification",
                             "the latest", "live updates", "analysis", "opinion", "fact check"})
BLOCK_CUE_TAIL = 60  # at most this many chars from a block-quote cue to its paragraph-ending colon
SCARE_QUOTE_WORDS = 3  # a quoted phrase this short inside a block quote is not a new quotation
MAX_BLOCK_PARAGRAPHS = 3  # an unmarked block quote runs at most this many paragraphs
# A title "Name does something: ‘Quote’" (first line of the text).
HEADLINE_QUOTE = re.compile(r"[ \t]*([A-Z][^:\n]{0,120}?):[ \t]*(?=[‘“\"'])")
MAX_TITLE_WORDS = 6  # a Title Case quotation this short is the name of a work, not speech
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by"})
ASIDE_OPENERS = "(—–["  # a quotation set off as an aside: "(“I want my dues back,” wrote ...)", "— “...,” she said —"
MAX_CONTINUE_PARAGRAPHS = 1  # a cue-less quotation continues a statement at most this far back


class SpanSetLike:
    """Sorted spans answering "does this span overlap any of them"."""

    def __init__(self, spans: list[Span]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def hits(self, span: Span) -> bool:
        j = bisect.bisect_left(self.starts, span[1])
        return any(e > span[0] for _, e in self.spans[max(0, j - 8):j])


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
            if len(words) > 4 or words[0].lower().rstrip(":") in LABEL_STOPWORDS or label.lower() in LABEL_STOPWORDS:
                continue
            end = self.text.find("\n", m.end())
            end = len(self.text) if end < 0 else end
            nxt = INLINE_LABEL.search(self.text, m.end(), end)  # 'A: "...." B: "..."' on one line
            if nxt is not None and nxt.start(1) > m.end() and not self.mask[nxt.start(1)]:
                end = nxt.start(1)
            content = span_trim(self.text, m.end(), end)
            if content:
                colon = m.end(1)
                quoted = self.regions_in(m.start(), m.start(1))  # '"PENCE: ...': the turn owns its marks
                out.append(Draft(-1, (colon, colon + 1), (m.start(1), m.end(1)), [content], 1.0, block=True,
                                 quotes=quoted))
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
        if cues.lemma(tok) not in cues.QUOTE_VERBS and any(
                cues.lemma(a) in cues.QUOTE_VERBS and a.pos_ == "VERB" and a.sent == tok.sent for a in tok.ancestors):
            return []  # "Lopez said in her speech, in which she attacked Jones:": the speech verb's (``colon_quotes``)
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
            if qi in claimed or not self._is_full_quote(region) or self._runs_into_claimed(qi, claimed):
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

    def _runs_into_claimed(self, qi: int, claimed: set[int]) -> bool:
        """An unclosed quotation opening its paragraph and running into a quotation a cue owns: it is
        that cue's (an unclosed quotation after its cue in the same paragraph stays with that cue)."""
        if not self._opens_paragraph(self.regions[qi]):
            return False
        j = qi
        while j + 1 < len(self.regions) and not self.regions[j].closed and self.regions[j + 1].continues:
            j += 1
            if j in claimed:
                return True
        return False

    def claim_openings(self, drafts: list[Draft]) -> None:
        """A quotation run over paragraphs whose cue comes in a later paragraph ("“A ...⏎⏎“B,” Smith
        said."): the unclosed paragraphs before the cue's quotation join its statement."""
        claimed = {q for d in drafts for q in d.quotes}
        covered = SpanSetLike([sp for d in drafts for sp in d.content])
        for d in drafts:
            if not d.quotes:
                continue
            qi = min(d.quotes)
            while qi > 0 and self.regions[qi].continues:
                prev = self.regions[qi - 1]
                if qi - 1 in claimed or prev.closed or not self._opens_paragraph(prev) \
                        or covered.hits((prev.start, prev.end)):
                    break
                d.content.insert(0, (prev.start, prev.end))
                d.quotes.insert(0, qi - 1)
                claimed.add(qi - 1)
                qi -= 1

    def _opens_paragraph(self, region: QuoteRegion) -> bool:
        line_start = self.text.rfind("\n", 0, region.start) + 1
        return not self.text[line_start:region.start].strip(BULLETS + " \t\xa0")

    def _is_full_quote(self, region: QuoteRegion) -> bool:
        """A quotation that stands as its own sentence(s), not a scare-quoted phrase."""
        before = self.text[max(0, region.start - 3):region.start]
        inner = self.text[region.start:region.end]
        words = len(inner.split())
        return words >= 4 and (not before.strip() or before.rstrip()[-1:] in ".:!?\n" + ASIDE_OPENERS
                               or region.continues
                               or self._opens_paragraph(region))

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
        return not before or before[-1] in ",:.!?\n" + ASIDE_OPENERS or before.endswith(" -") \
            or region.continues or self._opens_paragraph(region)
