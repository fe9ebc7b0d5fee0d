"""Bytes to text: BOMs, declared and sniffed encodings, binary detection.

``decode_text(raw)`` never crashes on odd bytes: it either returns text or raises ``InputError``
with one clear reason (empty input, binary data). The encoding is chosen in this order:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. an in-document declaration: ``<meta charset>``, ``<meta http-equiv="Content-Type">`` or the XML
   declaration's ``encoding=``, searched in the first bytes of the page;
3. the HTTP/WARC ``Content-Type`` charset (``raw.content_type``);
4. UTF-8 (strict);
5. mixed encodings: when the bytes hold valid UTF-8 sequences *and* invalid ones, each line is
   decoded on its own (UTF-8, else cp1252) — the usual result of pasting text from two sources;
6. cp1252 with replacement characters (the WHATWG reading of "latin-1").

A declared single-byte encoding (latin-1, cp1252, ...) loses to UTF-8 when the bytes are valid
UTF-8 with multi-byte sequences in them: pages that say ``iso-8859-1`` and serve UTF-8 are common,
and valid multi-byte UTF-8 by chance in a legacy encoding is vanishingly rare.
"""

from __future__ import annotations

import codecs
import re

from onrecord.errors import InputError
from onrecord.models import RawInput

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Leading bytes of common non-text files: (magic, what it is).
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip data that was not decompressed"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"OggS", "an Ogg media file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# Legacy single-byte names that UTF-8 may override, and the codec used for them (WHATWG maps
# latin-1 and ascii labels to windows-1252).
LEGACY_SINGLE_BYTE: dict[str, str] = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    "cp1252": "cp1252",
    "iso-8859-15": "iso-8859-15",
    "windows-1250": "cp1250",
    "iso-8859-2": "iso-8859-2",
}

FALLBACK_ENCODING = "cp1252"
SNIFF_BYTES = 4096  # how far into the page declarations are searched
BINARY_CONTROL_RATIO = 0.05  # share of C0 control bytes (not \t \n \f \r ESC) that means binary

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:\-]+)""", re.I)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_CONTROL_TO_SPACE = {c: " " for c in range(32) if c not in (9, 10, 13)} | {0x7F: " "}
# The same characters as a regex, and as bytes: ASCII-compatible encodings never make a control
# character out of other bytes, so a page whose bytes hold none needs no replacing (a fast C pass).
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_CHAR_BYTES = bytes(c for c in _CONTROL_TO_SPACE)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def decode_text(raw: RawInput) -> str:
    """Decode ``raw.data`` to text (see the module docstring for the order); raises ``InputError``
    for empty or binary data.

    Stray C0 control characters (NUL, backspace, ...; not tab, newline, carriage return) become
    spaces, so the text is safe for XML/HTML parsers and has one character per decoded character.
    """
    text = _decode(raw)
    if len(raw.data.translate(None, _CONTROL_CHAR_BYTES)) == len(raw.data):
        return text
    return text.translate(_CONTROL_TO_SPACE) if _CONTROL_CHARS.search(text) else text


def _decode(raw: RawInput) -> str:
    data = raw.data
    if not data or data.isspace():
        raise InputError(raw.input, "empty input: no bytes to read" if not data else "empty input: only whitespace")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    utf16 = sniff_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    what = binary_kind(data)
    if what:
        raise InputError(raw.input, f"binary data ({what}), not a text or HTML page")
    for declared in (declared_encoding(data), header_charset(raw.content_type)):
        text = _decode_declared(data, declared)
        if text is not None:
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTIBYTE.search(data):
        return decode_mixed(data)
    return data.decode(FALLBACK_ENCODING, errors="replace")


def binary_kind(data: bytes) -> str | None:
    """What binary file ``data`` looks like ("a PNG image", "12% of the first bytes are control
    characters"), or None for text. A few stray control bytes in real text are not binary."""
    for magic, what in BINARY_SIGNATURES:
        if data.startswith(magic):
            return what
    head = data[:SNIFF_BYTES]
    controls = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    if controls > BINARY_CONTROL_RATIO * len(head) and not sniff_utf16(data):
        return f"{controls / len(head):.0%} of the first bytes are control characters"
    return None


def sniff_utf16(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` for BOM-less UTF-16 of mostly ASCII text, else None."""
    head = data[:SNIFF_BYTES]
    if len(head) < 8 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 8:
        return None
    even_nul = head[0::2].count(0)
    odd_nul = head[1::2].count(0)
    half = len(head) // 2
    if odd_nul > 0.9 * half and even_nul < 0.1 * half:
        return "utf-16-le"
    if even_nul > 0.9 * half and odd_nul < 0.1 * half:
        return "utf-16-be"
    return None


def declared_encoding(data: bytes) -> str | None:
    """The encoding a ``<meta>`` tag or XML declaration names in the page's first bytes."""
    head = data[:SNIFF_BYTES]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "replace").lower() if m else None


def header_charset(content_type: str | None) -> str | None:
    """The ``charset=`` of an HTTP ``Content-Type`` value, lower-cased, or None."""
    if not content_type:
        return None
    m = _HEADER_CHARSET.search(content_type)
    return m.group(1).lower() if m else None


def decode_mixed(data: bytes) -> str:
    """Decode line by line: UTF-8 where a line is valid UTF-8, cp1252 (with replacement) elsewhere."""
    lines = []
    for line in data.splitlines(keepends=True):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode(FALLBACK_ENCODING, errors="replace"))
    return "".join(lines)


def _decode_declared(data: bytes, label: str | None) -> str | None:
    """Decode with a declared encoding, or None when the label is unknown or does not fit."""
    if not label:
        return None
    legacy = LEGACY_SINGLE_BYTE.get(label)
    if legacy:
        if _UTF8_MULTIBYTE.search(data):
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        return data.decode(legacy, errors="replace")
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    if codec.startswith(("utf-16", "utf-32")):
        # A page that declares UTF-16 but has no BOM and no NULs is really ASCII-compatible.
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        if codec == "utf-8":
            return decode_mixed(data) if _UTF8_MULTIBYTE.search(data) else None
        return data.decode(codec, errors="replace")
