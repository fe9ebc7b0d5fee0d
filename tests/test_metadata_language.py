"""The article language: declared by the page when it says, otherwise detected from the article
text (offline, py3langid's model from its wheel); ``Article.language_source`` says which."""

from __future__ import annotations

from conftest import TEST_DATA
from onrecord.extract import extract
from onrecord.extract.language import detect_language, language_of
from onrecord.models import RawInput

ENGLISH = ("The harbour council voted on Tuesday to postpone the ferry fare increase until an audit of "
           "the operator's accounts is complete, the mayor said after the meeting. Residents who rely "
           "on the morning crossing had packed the public gallery, and several of them told members "
           "that a rise of a fifth would push them back into their cars.")
GERMAN = ("Der Stadtrat hat am Dienstag beschlossen, die Erhöhung der Fährpreise zu verschieben, bis "
          "eine Prüfung der Konten des Betreibers abgeschlossen ist, sagte die Bürgermeisterin nach "
          "der Sitzung. Viele Anwohner, die jeden Morgen auf die Fähre angewiesen sind, waren in den "
          "Saal gekommen und sagten, eine Erhöhung um ein Fünftel würde sie zurück ins Auto zwingen.")
SPANISH = ("El ayuntamiento decidió el martes aplazar la subida de las tarifas del transbordador hasta "
           "que concluya una auditoría de las cuentas del operador, dijo la alcaldesa tras la reunión. "
           "Muchos vecinos que dependen del trayecto de la mañana llenaron la sala y advirtieron que "
           "una subida de una quinta parte los obligaría a volver al coche.")


def page(body: str, html_attrs: str = "", head: str = "") -> RawInput:
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    html = (f"<!DOCTYPE html><html{html_attrs}><head><meta charset='utf-8'><title>Ferry fares</title>"
            f"{head}</head><body><article><h1>Ferry fares</h1>{paragraphs * 2}</article></body></html>")
    return RawInput(input="page.html", kind="html", data=html.encode("utf-8"))


def test_detects_english_and_other_languages_from_paragraphs():
    assert detect_language(ENGLISH) == "en"
    assert detect_language(GERMAN) == "de"
    assert detect_language(SPANISH) == "es"


def test_too_little_text_is_not_guessed():
    assert detect_language("Ferry fares") is None
    assert detect_language("12 May 2024 | 14:05 | 3 min") is None
    assert language_of(None, "Obama said") == (None, None)


def test_a_declared_language_is_kept_whatever_the_text():
    assert language_of("fr", ENGLISH) == ("fr", "declared")
    assert language_of(None, ENGLISH) == ("en", "detected")


def test_html_page_without_a_declaration_gets_the_detected_language():
    art = extract(page(GERMAN))
    assert art.text.startswith("Der Stadtrat hat am Dienstag")
    assert (art.language, art.language_source) == ("de", "detected")
    art = extract(page(ENGLISH))
    assert (art.language, art.language_source) == ("en", "detected")


def test_html_page_with_a_lang_attribute_keeps_it():
    art = extract(page(SPANISH, ' lang="en-US"'))  # a wrong declaration still wins: it is the page's word
    assert (art.language, art.language_source) == ("en", "declared")
    art = extract(page(ENGLISH, head='<meta property="og:locale" content="de_DE">'))
    assert (art.language, art.language_source) == ("de", "declared")


def test_text_scrapes_get_a_detected_language():
    raw = RawInput(input="scrape.txt", kind="text",
                   data=(TEST_DATA / "extract_text" / "masthead_byline.txt").read_bytes())
    art = extract(raw)
    assert (art.language, art.language_source) == ("en", "detected")
    raw = RawInput(input="note.txt", kind="text", data=SPANISH.encode("utf-8"))
    art = extract(raw, clean=False)
    assert art.text == SPANISH
    assert (art.language, art.language_source) == ("es", "detected")
