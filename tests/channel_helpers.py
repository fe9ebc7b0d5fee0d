"""Helper shared by the channel tests: the channel found for one hand-placed statement."""

from __future__ import annotations

from onrecord.analyze.channels import annotate_channels
from onrecord.models import Statement


def channel_of(nlp, text: str, cue: str, nth: int = 0) -> tuple[str | None, str | None]:
    """(channel text, channel type) found for the ``nth`` occurrence of ``cue`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(cue, start + 1)
    stmt = Statement(speaker=None, speaker_span=None, cue_span=(start, start + len(cue)),
                     content_spans=[], kind="indirect")
    annotate_channels(nlp(text), [stmt], None, fallback=False)
    span = stmt.channel_span
    return (text[span[0]:span[1]] if span else None), stmt.channel_type


def pipeline_channels(nlp, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(cue, channel, speaker, type) of every statement with a channel, through the full pipeline: the
    statements component, then ``annotate_channels`` with its fallback statements."""
    doc = nlp(text)
    statements = list(doc._.statements)
    annotate_channels(doc, statements, None)
    return [(text[slice(*s.cue_span)], text[slice(*s.channel_span)], s.speaker, s.channel_type)
            for s in statements if s.channel_span]
