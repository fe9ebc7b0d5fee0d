"""Article identity and near-duplicate detection.

An article's id is the first 16 hex digits of the sha256 of its normalised body text, so the same
text at two URLs is one article. Near-duplicates (a syndicated wire story, one article at two URLs
with small edits) are found with MinHash over word 5-gram shingles: datasketch's ``MinHashLSH``
chooses the banding for a lenient candidate threshold, the band keys are kept in SQLite so
candidates are found across runs by an indexed lookup, and a candidate joins the group only when
its estimated Jaccard similarity reaches ``NEAR_DUPLICATE_THRESHOLD``.
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
NEAR_DUPLICATE_THRESHOLD = 0.8  # estimated Jaccard of shingle sets to call two articles copies
LSH_CANDIDATE_THRESHOLD = 0.6  # banding threshold: high recall at 0.8, candidates then verified
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


def shingles(text: str, n: int = SHINGLE_WORDS) -> set[str]:
    """Word n-grams (lower-cased, punctuation dropped); a text shorter than n words is one shingle."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).lower())
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


@lru_cache(maxsize=4)
def banding(threshold: float = LSH_CANDIDATE_THRESHOLD, num_perm: int = NUM_PERM) -> Banding:
    """The LSH banding datasketch picks for ``threshold`` (bands x rows <= num_perm)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return Banding(lsh.b, lsh.r)


def band_keys(mh: MinHash) -> list[tuple[int, str]]:
    """``(band, key)`` pairs: two signatures sharing any pair are near-duplicate candidates."""
    b = banding()
    values = np.asarray(mh.hashvalues, dtype="<u8")
    return [
        (i, hashlib.blake2b(values[i * b.rows : (i + 1) * b.rows].tobytes(), digest_size=12).hexdigest())
        for i in range(b.bands)
    ]


def similarity(a: MinHash, b: MinHash) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(a.jaccard(b))
