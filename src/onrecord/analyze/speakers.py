"""STUB: in-article speaker resolution (owned by the statements work).

API other passes rely on: ``SpeakerResolver(doc)`` and ``.resolve(start, end) -> str | None``, which
turns a mention (pronoun, description, partial name) at those char offsets into the fullest name
in the article, or None/the honest description when it cannot be resolved.
"""

from __future__ import annotations


class SpeakerResolver:
    def __init__(self, doc):
        self.doc = doc

    def resolve(self, start: int, end: int) -> str | None:
        return self.doc.text[start:end] or None
