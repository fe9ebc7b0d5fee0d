"""Sentence ends in news text, for the quotation rules: a full stop after a title or an initial is not one.

News names carry abbreviated titles and party tags ("Rep. Jim McDermott (D-Wash.) said", "Sen.
Jane Doe, R-Ohio, said", "U.S. Attorney Gen. Smith", "John F. Kennedy"): the full stops in them
end no sentence, so a quotation and the cue after such a name stay in one sentence.
"""

from __future__ import annotations

import re

# Abbreviations (lowercased, without the full stop) that come before a name or a number.
TITLE_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "fr", "sr", "jr", "st", "sen", "sens", "rep", "reps",
    "gov", "govs", "lt", "gen", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "cmdt",
    "pres", "supt", "insp", "det", "atty", "amb", "hon", "msgr", "sec", "secy", "treas", "comm", "commr",
    "rt", "messrs", "mme", "mlle", "no", "nos", "vol", "ch", "art", "ex", "vs", "v", "inc", "corp", "co",
    "ltd", "bros", "dept", "univ", "assn", "ave", "blvd", "rd", "mt", "ft", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "etc", "al",
})
# Words ending in a full stop that is part of them: initials and dotted abbreviations ("F.", "U.S.",
# "D-N.Y.", "(D-Wash.)", "R-Ohio."), before the full stop itself.
DOTTED_WORD = re.compile(r"(?:^|[\s(\[“\"‘-])[A-Z]$|(?:[A-Za-z]\.)+[A-Za-z]$|\([A-Z]-[A-Za-z.]+$|\b[DRI]-[A-Z][A-Za-z.]*$")
FULL_STOP = re.compile(r"[.!?](?=\s)")
WORD_BEFORE = re.compile(r"[\w.()\-]+$")


def is_abbreviation_stop(text: str, at: int) -> bool:
    """The full stop at ``at`` closes an abbreviation or an initial, not a sentence."""
    if text[at] != ".":
        return False
    m = WORD_BEFORE.search(text, max(0, at - 24), at)
    if m is None:
        return False
    word = m.group(0).lstrip("(").lower()
    if word in TITLE_ABBREVIATIONS:
        return True
    return bool(DOTTED_WORD.search(text, max(0, at - 24), at))


def has_sentence_end(text: str, lo: int, hi: int) -> bool:
    """A sentence ends between ``lo`` and ``hi``: a '.', '!' or '?' before a space (not the full stop
    of a title, initial or party tag: "Rep. Jim McDermott (D-Wash.) said")."""
    return any(not is_abbreviation_stop(text, m.start()) for m in FULL_STOP.finditer(text, lo, hi))


def next_sentence_end(text: str, start: int, end: int | None = None) -> int:
    """The offset of the first sentence-ending '.', '!' or '?' from ``start`` (before ``end``; titles
    and initials skipped), or ``end`` (the text's length) when there is none."""
    end = len(text) if end is None else end
    for m in FULL_STOP.finditer(text, start, end):
        if not is_abbreviation_stop(text, m.start()):
            return m.start()
    return len(text) if end is None else end
