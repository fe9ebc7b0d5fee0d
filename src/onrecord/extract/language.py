"""The language of an article's text, when its page declares none.

``language_of`` keeps a declared language (``<html lang>``, ``og:locale``, …, read by ``metadata``) and
otherwise detects one from the text with py3langid's naive Bayes model, shipped in its wheel (offline),
only when the text is long enough and the model confident; the second value says which
(``Article.language_source``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Language detection from the text: the least text worth classifying (letters), the most read
# (characters from the start), and the least probability of the best language to accept it.
DETECT_MIN_LETTERS = 40
DETECT_MAX_CHARS = 5000
DETECT_MIN_CONFIDENCE = 0.8
LANGUAGE_DECLARED = "declared"  # Article.language_source values
LANGUAGE_DETECTED = "detected"


def declared_language(tree: Any, meta: dict[str, str]) -> str | None:
    """The language a page declares (``<html lang>``, ``og:locale``, Content-Language, …), as a bare code."""
    for value in (tree.get("lang"), tree.get("xml:lang"), meta.get("og:locale"),
                  meta.get("content-language"), meta.get("language"), meta.get("dc.language")):
        if value and re.match(r"^[A-Za-z]{2,3}(?:[-_]|$)", value.strip()):
            return re.split(r"[-_]", value.strip())[0].lower()
    return None


@lru_cache(maxsize=1)
def _language_identifier() -> Any:
    """py3langid's model with normalised probabilities, loaded once per process on first use."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when it is too short or
    the model is not confident (a headline alone, a list of names, mixed languages)."""
    sample = text[:DETECT_MAX_CHARS]
    if sum(ch.isalpha() for ch in sample) < DETECT_MIN_LETTERS:
        return None
    code, confidence = _language_identifier().classify(sample)
    return code if confidence >= DETECT_MIN_CONFIDENCE and code != "und" else None


def language_of(declared: str | None, text: str) -> tuple[str | None, str | None]:
    """``(language, source)``: the declared language when there is one, else the one detected from
    ``text``; ``source`` is ``"declared"``, ``"detected"`` or None (no language known)."""
    if declared:
        return declared, LANGUAGE_DECLARED
    detected = detect_language(text)
    return detected, LANGUAGE_DETECTED if detected else None
