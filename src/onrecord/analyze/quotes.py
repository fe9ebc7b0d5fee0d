"""Quotation-mark regions in news text.

News style: a quotation that runs over several paragraphs leaves the closing mark off every
paragraph but the last, and opens each following paragraph again. So a double quote still open at
the end of a paragraph runs to the end of that paragraph (and the next paragraph's opening mark
starts a new region, which ``QuoteRegion.continues`` links to it). Curly single quotes count only
at the top level, open after a space/bracket/dash and close before a non-letter (so apostrophes
such as don't are never closers). Straight single quotes are ignored (nearly always apostrophes), but two of
them together are a double mark (the ''...'' of some newspapers' archives). An opening double mark typed where
a closing one belongs (after the quoted words' punctuation, before a space: "here,“ said") closes; a
closing mark typed where an opening one belongs (after a space, before a word: "”I want ...") opens.
Marks inside markup tags left in the text (``<tweet author="...">``) are attribute values, not
quotations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE = "\u201c"
CLOSE_DOUBLE = "\u201d"
OPEN_SINGLE = "\u2018"
CLOSE_SINGLE = "\u2019"
SINGLE_OPENERS_AFTER = "([{-\u2014\u2013:"
CLOSER_AFTER = ",.!?\u2026"  # a mistyped opening mark after these (and before a space) closes
OPENERS_BEFORE = "([{\u2014\u2013"  # a mistyped closing mark after these (or a space), before a word, opens
# A cue inside a quotation whose closing mark was forgotten: ", said Kessel", ", Kessel said", ", she added".
RUN_ON_CUE = re.compile(r"[,?!] (?:(?:said|says|added|adds|told|wrote|writes|explained|asked) [A-Z]"
                        r"|(?:[A-Z][\w.'’-]*\s){1,4}(?:said|says|added|adds|told|wrote|explained|asked)\b"
                        r"|(?:he|she|they) (?:said|says|added|adds|told|wrote|explained|asked)\b)")
MIN_RUN_ON_CHARS = 15  # quoted words before such a cue
# '"PENCE: I think ...': a transcript turn quoted whole opens a new quotation, never continues one.
TURN_LABEL = re.compile(r"[ \t]*[A-Z][A-Z.'’\- ]{0,40}:[ \t]")
DOUBLED_APOSTROPHES = '"\x00'  # two apostrophes typed for a double quotation mark, read as one mark
MARKUP_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]*)?>")  # "<tweet id=\"1\" author=\"x\">"


@dataclass
class QuoteRegion:
    """``[start, end)`` includes the marks; ``closed`` is False for a run-on paragraph."""

    start: int
    end: int
    closed: bool
    continues: bool = False  # opens a paragraph right after an unclosed quote: same quotation

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.closed else self.end


def find_quotes(text: str) -> list[QuoteRegion]:
    """Every quotation-mark region, in text order (see the module docstring)."""
    regions: list[QuoteRegion] = []
    pos = 0
    last_unclosed = False
    for para in text.split("\n"):
        para = para.replace("''", DOUBLED_APOSTROPHES)  # same length: "''We will,'' he said" (NYT style)
        in_tag = _tag_mask(para)
        start_dq: int | None = None
        start_sq: int | None = None
        first_in_para = True
        length = len(para)
        for i, ch in enumerate(para):
            if in_tag and in_tag[i]:
                continue
            if start_dq is not None and ch == OPEN_DOUBLE and _typed_as_closer(para, i):
                ch = CLOSE_DOUBLE  # "“..., here,“ said Clyburn": an opening mark typed for a closing one
            elif start_dq is None and ch == CLOSE_DOUBLE and _typed_as_opener(para, i):
                ch = OPEN_DOUBLE  # "”I want someone who ...,” she said": a closing mark typed for an opening one
            if ch == OPEN_DOUBLE or (ch == '"' and start_dq is None):
                if start_dq is None:
                    start_dq, start_sq = i, None
                    if first_in_para and TURN_LABEL.match(para, i + 1):
                        last_unclosed = False
            elif ch in (CLOSE_DOUBLE, '"'):
                if start_dq is not None:
                    cont = last_unclosed and first_in_para and not para[:start_dq].strip()
                    end = i + 2 if para[i + 1:i + 2] == "\x00" else i + 1  # both apostrophes of a closing ''
                    regions.append(QuoteRegion(pos + start_dq, pos + end, True, cont))
                    start_dq, first_in_para = None, False
            elif start_dq is None and ch == OPEN_SINGLE:
                prev = para[i - 1] if i else " "
                if start_sq is None and (prev.isspace() or prev in SINGLE_OPENERS_AFTER):
                    start_sq = i
            elif start_dq is None and ch == CLOSE_SINGLE and start_sq is not None:
                nxt = para[i + 1] if i + 1 < length else " "
                if not nxt.isalnum():
                    regions.append(QuoteRegion(pos + start_sq, pos + i + 1, True))
                    start_sq, first_in_para = None, False
        if start_dq is not None and length > start_dq + 1:
            cont = last_unclosed and first_in_para and not para[:start_dq].strip()
            regions.append(QuoteRegion(pos + start_dq, pos + length, False, cont))
            last_unclosed = True
        elif para.strip():
            last_unclosed = False
        pos += length + 1
    return _end_run_on_at_cue(text, regions)


def _end_run_on_at_cue(text: str, regions: list[QuoteRegion]) -> list[QuoteRegion]:
    """A quotation left open at its paragraph's end whose next paragraph does not go on with it, with
    a cue inside ("“There wasn't a lot of education ..., said Kessel, whose ..." with the closing
    mark forgotten): it ends at the comma before the cue, and the cue and source are narration."""
    out = []
    for i, r in enumerate(regions):
        runs_on = i + 1 < len(regions) and regions[i + 1].continues
        m = None if r.closed or runs_on else RUN_ON_CUE.search(text, r.start + MIN_RUN_ON_CHARS, r.end)
        out.append(QuoteRegion(r.start, m.start() + 2, True, r.continues) if m else r)
    return out


def _typed_as_closer(para: str, i: int) -> bool:
    """An opening double mark at ``i`` that can only close: right after punctuation ending the
    quoted words and before a space or the paragraph end."""
    return i > 0 and para[i - 1] in CLOSER_AFTER and (i + 1 >= len(para) or para[i + 1].isspace())


def _typed_as_opener(para: str, i: int) -> bool:
    """A closing double mark at ``i`` that can only open: at the paragraph start or after a space,
    bracket or dash, and right before a letter or digit."""
    prev = para[i - 1] if i else " "
    return (prev.isspace() or prev in OPENERS_BEFORE) and i + 1 < len(para) and para[i + 1].isalnum()


def _tag_mask(para: str) -> bytearray | None:
    """One byte per character of ``para``: 1 inside a markup tag; None when there is no tag."""
    if "<" not in para:
        return None
    mask = bytearray(len(para))
    for m in MARKUP_TAG.finditer(para):
        mask[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return mask


def char_before_close(text: str, region: QuoteRegion) -> str:
    """The last character inside a closed region's closing mark (one mark, or the two of ''), e.g. the
    comma of "“We will win,” he said"; a space when there is none (so that ``in ",.!?"`` is False)."""
    return text[max(region.start, region.end - 3):region.end].rstrip("'\"\u201d")[-1:] or " "


def quoted_mask(text: str, regions: list[QuoteRegion] | None = None) -> bytearray:
    """One byte per character: 1 inside a quotation-mark region."""
    mask = bytearray(len(text))
    for r in regions if regions is not None else find_quotes(text):
        mask[r.start:r.end] = b"\x01" * (r.end - r.start)
    return mask
