"""Bytes to text: BOMs, declared and sniffed encodings, binary detection. STUB: owned by the sources work."""

from __future__ import annotations

from onrecord.errors import InputError
from onrecord.models import RawInput


def decode_text(raw: RawInput) -> str:
    if not raw.data:
        raise InputError(raw.input, "empty input")
    if b"\x00" in raw.data[:4096]:
        raise InputError(raw.input, "binary data, not a text or HTML page")
    try:
        return raw.data.decode("utf-8")
    except UnicodeDecodeError:
        return raw.data.decode("cp1252", errors="replace")
