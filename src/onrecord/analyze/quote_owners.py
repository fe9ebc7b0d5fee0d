"""Which quotations a cue owns, for ``statements.StatementExtractor``.

``QuoteOwnership`` is mixed into the extractor (it uses its ``text``, ``doc``, ``regions``, ``mask``
and ``speech``, the offsets of speech verbs). News quoting style decides which quotation a cue owns:
the quotations of its paragraph with no sentence end (titles, initials and party tags end none:
``sentence_ends``) and no other speech verb between; one set off right before it ("“...,” Trump
said", "“...!” Sen. Jane Doe, R-Ohio, said", "“...,” Ann Park, who chairs ..., said") or introduced
right after it by a comma or colon ("Hillary shot back, “...”"); not one another verb introduces
("Smith responded with, “...?” Jones then wrote back, “...”") nor one set off before a later cue
of its own ("“A,” she said, but ..., “B,” said Kunin").
"""

from __future__ import annotations

import bisect

from onrecord.analyze import cues
from onrecord.analyze.quotes import QuoteRegion, char_before_close
from onrecord.analyze.sentence_ends import has_sentence_end
from onrecord.models import Span

FOLLOW_WINDOW = 60  # chars before a verb searched for the quotation it follows
MAX_GAP_AFTER_QUOTE = 12  # words from a quotation ending in a comma to its cue ("“...,” Smith, ..., said")
MIN_SET_OFF_WORDS = 4  # a quotation set off before its cue is a statement, not a scare-quoted phrase
SPEECH_VERB_GAP = 3  # words from a speech verb to the quotation it introduces ("told reporters, “")
BARE_CUE_GAP = 3  # words of subject between a quotation and the cue right after it ("“...,” Sen. Jane Doe said")
MAX_INTRO_GAP = 6  # words from a verb to the quotation it introduces ("told MSNBC Monday, “...”")
MAX_LONG_SUBJECT_WORDS = 30  # words of a parsed subject between a quotation and its cue ("“...,” X, who ..., said")
MAX_GAP_AFTER_FULL_QUOTE = 3  # words from a quotation ending a sentence to a cue after a verb ("“Go!” he shouted")


class QuoteOwnership:
    """Quotation ownership rules (see module docstring); a mixin of ``StatementExtractor``."""

    def _follows_quote(self, tok) -> bool:
        """News style for any verb of saying: "“...,” Trump barked" / "“...?” she asked"."""
        if tok.pos_ != "VERB" and not (tok.dep_ == "ROOT" and tok.lower_ in cues.ROOT_NOUN_VERB_FORMS):
            return False
        for q in self.regions_in(max(0, tok.idx - FOLLOW_WINDOW), tok.idx):
            r = self.regions[q]
            gap = self.text[r.end:tok.idx]
            if r.end <= tok.idx and char_before_close(self.text, r) in (",", "?", "!") \
                    and len(gap.split()) <= 4 and not any(c in gap for c in ".,;:\n"):
                return True
        return False

    def _own_quotes(self, at: int) -> list[int]:
        """Quotations of the cue's paragraph with no sentence end and no other speech verb between
        them and the cue at ``at``."""
        text = self.text
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        own = []
        for q in self.regions_in(start, len(text) if end < 0 else end):
            r = self.regions[q]
            lo, hi = (r.end, at) if r.end <= at else (at, r.start)
            stop_after = r.end <= at and text[lo:lo + 1] == "."  # "“...”. Lopez said.": the quotation's own stop
            if hi > lo and has_sentence_end(text, lo + stop_after, hi):
                continue
            if stop_after and not self._bare_cue_after(lo + 1, at):
                continue
            if r.end <= at and len(text[lo:hi].split()) > (
                    MAX_GAP_AFTER_FULL_QUOTE if char_before_close(text, r) in ".!?" and self._gap_has_verb(lo, at)
                    else MAX_GAP_AFTER_QUOTE) and not self._subject_after_quote(r, at):
                continue  # "“... today.” Putin has resisted ..." is not Putin's quotation
            if r.end <= at and char_before_close(text, r) == "." and text[lo:hi].lstrip()[:1].isupper() \
                    and not self._bare_cue_after(lo, at):
                continue  # "“... found.” He added, “...”": a new sentence with its own quotation
            if r.end <= at and self._follows_speech_verb(r, at) and not self._cue_right_after(r, at):
                continue  # "21 percent said “not too likely” and 14 percent said ...": the first verb's
            if r.start > at and self._cue_right_after(r, None):
                continue  # "“A,” she said, but ..., “B,” said Kunin": B is Kunin's
            i = bisect.bisect_right(self.speech, lo)
            if i < len(self.speech) and self.speech[i] < hi and self.speech[i] != at:
                continue
            if i + 1 < len(self.speech) and self.speech[i] == at and self.speech[i + 1] < hi:
                continue
            own.append(q)
        return own

    def _subject_after_quote(self, region: QuoteRegion, at: int) -> bool:
        """The cue's parsed subject fills the gap after a quotation closed by ',', '?' or '!' ("“...,”
        Maria Lopez, who chairs the county party and ..., said"): a long subject, still the speaker."""
        if char_before_close(self.text, region) not in (",", "?", "!") \
                or len(self.text[region.end:at].split()) > MAX_LONG_SUBJECT_WORDS \
                or not self._is_full_quote(region):
            return False
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None or not len(span) or cues.lemma(span[0]) not in cues.QUOTE_VERBS:
            return False
        subj = [c for c in span[0].children if c.dep_ == "nsubj" and c.i < span[0].i]
        if not subj or not (subj[0].pos_ == "PROPN" or subj[0].ent_type_ == "PERSON"):
            return False  # a named speaker ("Ann Park, who chairs ..., said")
        first = subj[0].left_edge
        gap = self.text[region.end:first.idx]
        return not gap.strip() and subj[0].right_edge.i < span[0].i and "\n" not in self.text[region.end:at]

    def _cue_right_after(self, region: QuoteRegion, at: int | None) -> bool:
        """A quotation closed by ',', '?' or '!' is set off before a speech verb right after it ("“...,”
        said Kunin", "“...?” Smith asked"): that verb's (the one at ``at``, or any when None)."""
        if char_before_close(self.text, region) not in (",", "?", "!"):
            return False
        j = bisect.bisect_left(self.speech, region.end)
        if j >= len(self.speech) or (at is not None and self.speech[j] != at):
            return False
        pos = self.speech[j]
        gap = self.text[region.end:pos]
        if len(gap.split()) > BARE_CUE_GAP or any(c in gap for c in ".;:!?\n“”\"") or self._gap_has_verb(region.end, pos) \
                or gap.split()[:1] in (["and"], ["but"], ["or"]):  # "She declared “...!” and said that ...": one speaker
            return False
        tok = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if tok is None or tok[0].tag_ == "VBG":
            return False
        # "Smith responded with, “...?” Jones then wrote back, “...”": a cue with its own quotation after it
        end = tok[0].idx + len(tok[0])
        after = self.regions_in(end, end + 1 + len(self.text[end:].split("\n", 1)[0]))
        if after:
            gap = self.text[end:self.regions[after[0]].start]
            return not (gap.rstrip()[-1:] in (",", ":") and len(gap.split()) <= MAX_INTRO_GAP
                        and not any(c in gap for c in ".;!?"))
        return True

    def _follows_speech_verb(self, region: QuoteRegion, at: int) -> bool:
        """Another speech verb right before the quotation ("said “...”", "told reporters, “...”")."""
        j = bisect.bisect_left(self.speech, region.start) - 1
        if j < 0 or self.speech[j] == at:
            return False
        gap = self.text[self.speech[j]:region.start]
        limit = MAX_INTRO_GAP if gap.rstrip()[-1:] in (",", ":") else SPEECH_VERB_GAP  # "responds to Mills with, “"
        return len(gap.split()) <= limit and not any(c in gap for c in ".!?;\n")

    def _gap_has_verb(self, lo: int, hi: int) -> bool:
        """A verb between a quotation and its would-be cue: a new clause ("“...” Putin has resisted"),
        unlike a bare subject ("“...!” US Senator Jeff Sessions said")."""
        span = self.doc.char_span(lo, hi, alignment_mode="expand")
        return span is None or any(t.pos_ in ("VERB", "AUX") for t in span)

    def _set_off_after(self, tok, quotes: list[int], content: list[Span]) -> bool:
        """A quotation set off right after the cue ("Asked if ..., Trump replied, “...”") when the
        parsed clause lies before the cue: the quotation is the content."""
        end = tok.idx + len(tok)
        if not content or any(c[1] > tok.idx for c in content):
            return False
        for q in quotes:
            gap = self.text[end:self.regions[q].start]
            if self.regions[q].start >= end and gap.rstrip()[-1:] in (",", ":") and len(gap.split()) <= 4:
                return True
        return False

    def _introduced_quote(self, tok) -> int | None:
        """The quotation a verb introduces after a comma or colon ("Hillary shot back, “I suppose
        ...”", "Trump leaned in and boomed: “Let’s ...”"): a sentence in quotation marks, with at
        most a short verbless object or adverbial between ("told MSNBC Monday, “...”")."""
        end = tok.idx + len(tok)
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end < 0 else line_end
        qs = self.regions_in(end, line_end)
        if not qs:
            return None
        region = self.regions[qs[0]]
        gap = self.text[end:region.start]
        inner = self.text[region.start + 1:region.end].lstrip("' ")  # '' marks: two characters
        if inner[:1] in ("…", "[") or inner.startswith("..."):  # "“… if the primary were held”": an excerpt
            inner = inner.lstrip("….[ ").capitalize()
        if region.start < end or gap.rstrip()[-1:] not in (",", ":") or len(gap.split()) > MAX_INTRO_GAP \
                or any(c in gap for c in ".;!?") or not inner[:1].isupper() \
                or len(inner.split()) < (1 if gap.strip() in (",", ":") else 4):  # 'shouted, “Cruz,”'
            return None
        if gap.strip(" ,:") and self._gap_has_verb(end, region.start):
            return None
        return qs[0]

    def _set_off_before(self, tok, region: QuoteRegion) -> bool:
        """News style: a quotation standing as its own sentence ends right before the cue ("“...,”
        Trump said before adding ...", "“...!” some protesters chanted")."""
        return region.end <= tok.idx and char_before_close(self.text, region) in ",.!?" \
            and self._set_off(region) and len(self.text[region.start:region.end].split()) >= MIN_SET_OFF_WORDS
