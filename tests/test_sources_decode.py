"""``onrecord.extract.decode.decode_text``: BOMs, declarations, charset headers, fallbacks."""

from __future__ import annotations

import codecs

import pytest

from onrecord.errors import InputError
from onrecord.extract.decode import decode_text
from onrecord.models import RawInput

QUOTE = "\u201cWe will build it,\u201d the mayor said \u2014 in M\u00fcnchen."


def raw(data: bytes, content_type: str | None = None, kind: str = "html") -> RawInput:
    return RawInput(input="page.html", kind=kind, data=data, content_type=content_type)


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
     (codecs.BOM_UTF32_LE, "utf-32-le")],
)
def test_bom_wins_over_everything(bom, codec):
    data = bom + f'<meta charset="iso-8859-1"><p>{QUOTE}</p>'.encode(codec)
    assert decode_text(raw(data, "text/html; charset=shift_jis")) == f'<meta charset="iso-8859-1"><p>{QUOTE}</p>'


def test_bomless_utf16_is_sniffed():
    text = "<html><body><p>The council met on Monday.</p></body></html>"
    assert decode_text(raw(text.encode("utf-16-le"))) == text
    assert decode_text(raw(text.encode("utf-16-be"))) == text


def test_meta_charset_is_used():
    page = f'<html><head><meta charset="windows-1251"></head><body>Мэр сказал: да. {QUOTE}</body></html>'
    data = page.encode("windows-1251", errors="replace")
    assert "Мэр сказал" in decode_text(raw(data))


def test_http_equiv_meta_and_xml_declaration():
    data = ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>Привет</p>'
            .encode("koi8-r"))
    assert decode_text(raw(data)).endswith("<p>Привет</p>")
    xml = '<?xml version="1.0" encoding="ISO-8859-7"?><rss><title>Αθήνα</title></rss>'
    assert "Αθήνα" in decode_text(raw(xml.encode("iso-8859-7"), kind="feed"))


def test_http_charset_is_used_when_the_page_declares_nothing():
    text = "<p>Привет, мир</p>"
    assert decode_text(raw(text.encode("koi8-r"), "text/html; charset=KOI8-R")) == text


def test_utf8_beats_a_wrong_latin1_declaration():
    page = f'<meta charset="iso-8859-1"><p>{QUOTE}</p>'
    assert decode_text(raw(page.encode("utf-8"))) == page


def test_undeclared_utf8_and_cp1252_fallback():
    assert decode_text(raw(QUOTE.encode("utf-8"), kind="text")) == QUOTE
    assert decode_text(raw(QUOTE.encode("cp1252"), kind="text")) == QUOTE


def test_mixed_encodings_decode_per_line():
    data = "Zürich said yes.\n".encode() + "Genève said \u201cno\u201d.\n".encode("cp1252")
    assert decode_text(raw(data, kind="text")) == "Zürich said yes.\nGenève said \u201cno\u201d.\n"


def test_unknown_declared_charset_is_ignored():
    page = '<meta charset="x-no-such-thing"><p>Caf\u00e9</p>'
    assert decode_text(raw(page.encode("utf-8"))) == page


def test_undefined_cp1252_bytes_become_replacement_characters():
    text = decode_text(raw(b"abc \x81\x8d def \xe9", kind="text"))
    assert text == "abc \ufffd\ufffd def \u00e9"


def test_control_characters_become_spaces():
    prose = b"The council met on Monday and agreed the budget after a long debate. " * 2
    text = decode_text(raw(prose + b"one\x00two\x08three\tfour\r\nfive\x7f", kind="text"))
    assert text == prose.decode() + "one two three\tfour\r\nfive "


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty input"),
        (b"  \n\t ", "empty input"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_empty_and_binary_raise_input_error(data, reason):
    with pytest.raises(InputError) as err:
        decode_text(raw(data))
    assert reason in err.value.reason
    assert err.value.line().startswith("page.html: ")
