"""Helpers shared by the statement tests: find a statement by its content, read its source."""

from __future__ import annotations


def with_content(doc, statements, piece: str):
    """The statement whose content contains ``piece`` (fails listing what was found)."""
    for st in statements:
        if any(piece in doc.text[s:e] for s, e in st.content_spans):
            return st
    found = [(doc.text[slice(*s.cue_span)], [doc.text[a:b] for a, b in s.content_spans]) for s in statements]
    raise AssertionError(f"no statement with content {piece!r}; found {found}")


def source_text(doc, st) -> str:
    """The words of a statement's source span ("" when it has none)."""
    return doc.text[slice(*st.speaker_span)] if st.speaker_span else ""
