"""One rule for choosing the full name a partial mention stands for.

Both the speaker resolver (``speakers.SpeakerResolver``) and the commitments/meetings context
(``commitment_spans.ArticleContext``) call ``choose_name`` so that "Mrs. Clinton" cannot be
"Hillary Clinton" in a statement and "Bill Clinton" in a commitment of the same article.

The rules, in order:

* a candidate must contain the mention's words in order, case-insensitively ("Clinton",
  "Hillary Clinton", "TAPPER" all fit "Hillary Clinton"/"Jake Tapper"); a first name is never
  invented: a candidate is only a name the article itself gives;
* the honorific's gender must not contradict the candidate's: "Mr." never picks a known female
  first name (or a person the article marks female), "Mrs."/"Ms."/"Miss" never a male one;
* among the candidates left, the one last mentioned as a sentence subject just before (within
  ``NEAR_CHARS``, outside quotation marks); else the one mentioned most often before, the latest
  on a tie (a teacher named once, in an apposition, in a senator's profile does not take over his
  later "Murphy said"); else the first one mentioned after it; else the longest.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Words that turn a person's name into an institution: "the Obama White House", "Trump campaign".
INSTITUTION_HEADS = frozenset({"house", "administration", "campaign", "foundation", "university",
                               "center", "centre", "institute", "library", "doctrine", "era",
                               "organization", "organisation", "presidency", "camp", "team",
                               "corp", "inc", "llc"})
NEAR_CHARS = 300  # about two sentences: a mention this close decides who a bare surname is


@dataclass(frozen=True)
class Seen:
    """One earlier (or later) mention already attributed to a candidate name."""

    name: str
    at: int  # char offset of the mention
    subject: bool = False
    quoted: bool = False


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


def norm(word: str) -> str:
    """A name word as compared: lower case, no trailing dot or possessive."""
    word = word.lower().rstrip(".")
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


def title_gender(title: str | None) -> str | None:
    """"f" for Mrs./Ms./Miss/Madam..., "m" for Mr./Sir..., else None."""
    if not title:
        return None
    lex = name_lexicon()
    t = norm(title)
    if t in lex.female_titles:
        return "f"
    if t in lex.male_titles:
        return "m"
    return None


def name_gender(name: str) -> str | None:
    """The gender of a full name's first word when the first-name lexicon knows it."""
    words = name.split()
    if len(words) < 2:
        return None
    lex = name_lexicon()
    first = norm(words[0])
    if first in lex.female_first and first not in lex.male_first:
        return "f"
    if first in lex.male_first and first not in lex.female_first:
        return "m"
    return None


def contains_in_order(words: Sequence[str], name: str) -> bool:
    """True when every word of the mention occurs in ``name`` in the same order."""
    target = [norm(w) for w in name.split()]
    pos = 0
    for w in (norm(w) for w in words):
        while pos < len(target) and target[pos] != w:
            pos += 1
        if pos == len(target):
            return False
        pos += 1
    return bool(words)


def fits(words: Sequence[str], name: str, title: str | None = None, gender: str | None = None) -> bool:
    """Can the mention (its name words and honorific) stand for ``name``?"""
    if not contains_in_order(words, name):
        return False
    wanted = title_gender(title)
    if wanted is None:
        return True
    known = gender or name_gender(name)
    return known is None or known == wanted


def is_institution(words: Sequence[str]) -> bool:
    """ "Obama White House", "Clinton Foundation": a person's name used for an institution."""
    return len(words) > 1 and norm(words[-1]) in INSTITUTION_HEADS


def choose_name(words: Sequence[str], title: str | None, names: Sequence[str], seen: Sequence[Seen],
                at: int, genders: Mapping[str, str | None] | None = None) -> str | None:
    """The name in ``names`` the mention ``words`` (after ``title``) at char ``at`` stands for.

    ``seen`` lists the article's mentions already attributed to names (any order); ``genders``
    may give a name's gender when the article marks it. None when no name fits.
    """
    genders = genders or {}
    cands = [n for n in dict.fromkeys(names) if fits(words, n, title, genders.get(n))]
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    ok = set(cands)
    prior = sorted((s for s in seen if s.at < at and s.name in ok), key=lambda s: s.at)
    near = [s for s in prior if s.subject and not s.quoted and at - s.at <= NEAR_CHARS]
    if near:
        return near[-1].name
    if prior:
        counts = Counter(s.name for s in prior)
        last = {s.name: s.at for s in prior}
        return max(counts, key=lambda n: (counts[n], last[n]))
    later = sorted((s for s in seen if s.at >= at and s.name in ok), key=lambda s: s.at)
    if later:
        return later[0].name
    return max(cands, key=lambda n: (len(n.split()), len(n)))
