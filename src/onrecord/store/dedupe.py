"""Article identity and near-duplicate detection.

An article's id is the first 16 hex digits of the sha256 of its normalised body text, so the same
text at two URLs is one article. Near-duplicates (a syndicated wire story, one article at two URLs
with small edits) are found with MinHash over word 5-gram shingles: datasketch's ``MinHashLSH``
chooses the banding for a lenient candidate threshold, the band keys are kept in SQLite so
candidates are found across runs by an indexed lookup, and a candidate joins the group only when
the exact Jaccard similarity of the two shingle sets (``is_near_duplicate``; the estimate from the
signatures when a text is not at hand) reaches ``near_duplicate_threshold``.

That threshold adapts to length. One edited sentence changes a roughly fixed number of shingles
(a word replaced: ``n`` in each text; a clause added: about ``n`` more), so a fixed Jaccard bar
tolerates many edits in a long article and almost none in a short one. The bar is therefore
``NEAR_DUPLICATE_THRESHOLD`` (0.8) for long texts and, for short ones, whatever still tolerates
``EDIT_BUDGET`` differing shingles (about five edited sentences), never under
``SHORT_TEXT_FLOOR`` (0.6: a copy holding only part of the other, or two stories sharing
boilerplate, stays apart). Short texts also get a second, lower-threshold set of LSH bands
(``SHORT_BANDING``, band numbers from ``SHORT_BAND_OFFSET``) so such copies become candidates at
all (a text's length for that is its signature's cardinality estimate), and signatures and band
keys stored before keep working.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # datasketch's permutation scheme, stored with each signature
SHINGLE_WORDS = 5
NEAR_DUPLICATE_THRESHOLD = 0.8  # estimated Jaccard of shingle sets to call two long articles copies
LSH_CANDIDATE_THRESHOLD = 0.6  # banding threshold: high recall at 0.8, candidates then verified
# Short texts: differing shingles tolerated (the symmetric difference of the two shingle sets):
# about five edited sentences, each a word replaced and a few words added (~4n shingles).
EDITED_SENTENCES_TOLERATED = 5
EDIT_BUDGET = EDITED_SENTENCES_TOLERATED * 4 * SHINGLE_WORDS
SHORT_TEXT_FLOOR = 0.6  # never group below this estimated Jaccard, however short the texts
SHORT_TEXT_SHINGLES = 700  # texts estimated under this many shingles also get the short-text bands
SHORT_BAND_OFFSET = 1000  # band numbers of the short-text bands (apart from the main ones)
ID_HEX_DIGITS = 16

_WORD = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """The text an article id is computed from: NFC, whitespace runs folded to one space, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id_for(text: str) -> str:
    """The stable article id: first 16 hex of sha256 of the normalised body text."""
    digest = hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
    return digest[:ID_HEX_DIGITS]


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def shingles(text: str, n: int = SHINGLE_WORDS, words: list[str] | None = None) -> set[str]:
    """Word n-grams (lower-cased, punctuation dropped); a text shorter than n words is one shingle.
    ``words`` spares re-tokenising when the caller has them."""
    words = _words(text) if words is None else words
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def signature(text: str) -> MinHash:
    """The MinHash of the text's shingles."""
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    mh.update_batch([sh.encode("utf-8") for sh in shingles(text)])
    return mh


def signature_bytes(mh: MinHash) -> bytes:
    """The signature as little-endian uint64 bytes (for the database)."""
    return np.asarray(mh.hashvalues, dtype="<u8").tobytes()


def signature_from_bytes(data: bytes, seed: int = SEED, scheme: str = SCHEME) -> MinHash:
    """A MinHash rebuilt from ``signature_bytes``."""
    values = np.frombuffer(data, dtype="<u8")
    return MinHash(num_perm=len(values), seed=seed, hashvalues=values, scheme=scheme)


@dataclass(frozen=True)
class Banding:
    bands: int
    rows: int


SHORT_BANDING = Banding(bands=32, rows=4)  # candidate probability 0.99 at Jaccard 0.6, 0.23 at 0.3


@lru_cache(maxsize=4)
def banding(threshold: float = LSH_CANDIDATE_THRESHOLD, num_perm: int = NUM_PERM) -> Banding:
    """The LSH banding datasketch picks for ``threshold`` (bands x rows <= num_perm)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return Banding(lsh.b, lsh.r)


def _keys(values: np.ndarray, b: Banding, offset: int) -> list[tuple[int, str]]:
    return [
        (offset + i,
         hashlib.blake2b(values[i * b.rows : (i + 1) * b.rows].tobytes(), digest_size=12).hexdigest())
        for i in range(b.bands)
    ]


def band_keys(mh: MinHash) -> list[tuple[int, str]]:
    """``(band, key)`` pairs: two signatures sharing any pair are near-duplicate candidates.
    A short text's pairs include the lower-threshold ``SHORT_BANDING`` ones."""
    values = np.asarray(mh.hashvalues, dtype="<u8")
    keys = _keys(values, banding(), 0)
    if mh.count() < SHORT_TEXT_SHINGLES:
        keys += _keys(values, SHORT_BANDING, SHORT_BAND_OFFSET)
    return keys


def similarity(a: MinHash, b: MinHash) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(a.jaccard(b))


def union_size(a: MinHash, b: MinHash) -> float:
    """Estimated number of distinct shingles in the two texts together."""
    merged = a.copy()  # shares the permutations: no regeneration
    merged.merge(b)
    return max(merged.count(), 1.0)


def near_duplicate_threshold(union: float) -> float:
    """The Jaccard similarity two texts holding ``union`` distinct shingles together need to be
    grouped: ``NEAR_DUPLICATE_THRESHOLD`` for long texts, lower for short ones (``EDIT_BUDGET``
    differing shingles tolerated), never under ``SHORT_TEXT_FLOOR``."""
    tolerant = 1.0 - EDIT_BUDGET / max(union, 1.0)
    return max(SHORT_TEXT_FLOOR, min(NEAR_DUPLICATE_THRESHOLD, tolerant))


def is_near_duplicate(a: MinHash, b: MinHash, text_a: str | None = None,
                      text_b: str | None = None) -> tuple[bool, float]:
    """Whether two LSH candidates are near copies, and their Jaccard similarity. Given both texts,
    the exact similarity of their shingle sets decides (a 128-permutation estimate is off by about
    0.04, enough to split a copy or join a partial one), and their lengths in words must pass the
    same bar (a text that repeats itself, cut in half, keeps most of its distinct shingles);
    otherwise the signatures' estimates decide."""
    if text_a is None or text_b is None:
        sim = similarity(a, b)
        return sim >= near_duplicate_threshold(union_size(a, b)), sim
    wa, wb = _words(text_a), _words(text_b)
    sa, sb = shingles(text_a, words=wa), shingles(text_b, words=wb)
    union = len(sa | sb)
    sim = len(sa & sb) / union if union else 1.0
    bar = near_duplicate_threshold(union)
    return sim >= bar and min(len(wa), len(wb)) >= bar * max(len(wa), len(wb)), sim
