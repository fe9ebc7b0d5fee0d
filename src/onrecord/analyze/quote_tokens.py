"""Tokenizer infixes for quotation marks typed without a space, for ``pipeline.get_nlp``.

Hurried copy glues a quotation to its cue ("Ryan said,“Look, ...”", "it,”Lopez said"): the
tokenizer then makes one token of 'said,“Look', the parser sees no verb and the quotation loses
its cue. These infixes split the comma or colon and the mark from the words around them; text
with spaces is tokenized as before.
"""

from __future__ import annotations

import re

# (each pattern matches the characters that become tokens of their own)
GLUED_QUOTE_INFIXES = (
    r"(?<=[A-Za-z])[,:](?=[“\"])",  # 'said,“Look' -> 'said' ',' '“Look'
    r"(?<=[,:;.!?])[“\"](?=[A-Za-z])",  # ',“Look' -> ',' '“' 'Look'
    r"(?<=[A-Za-z])[,.!?](?=[”\"][A-Za-z])",  # 'it,”Lopez' -> 'it' ',' '”Lopez'
    r"(?<=[,.!?])[”\"](?=[A-Za-z])",  # ',”Lopez' -> ',' '”' 'Lopez'
)


def split_glued_quotes(nlp) -> None:
    """Add ``GLUED_QUOTE_INFIXES`` to ``nlp``'s tokenizer (keeping its own infixes)."""
    current = nlp.tokenizer.infix_finditer
    own = getattr(getattr(current, "__self__", None), "pattern", None)
    patterns = ([own] if own else []) + list(GLUED_QUOTE_INFIXES)
    nlp.tokenizer.infix_finditer = re.compile("|".join(f"(?:{p})" for p in patterns)).finditer
