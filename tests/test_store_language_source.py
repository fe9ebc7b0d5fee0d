"""The store keeps whether an article's language was declared by the page or detected from its text."""

from __future__ import annotations

from onrecord.extract import extract
from onrecord.models import RawInput
from onrecord.store import open_store

ENGLISH = ("The {} council of Port Halden voted on Tuesday to repair the north pier before winter, "
           "after fishermen told the mayor that two boats had been damaged in the October storm. ")


def _page(lang_attr: str, body: str) -> bytes:
    return (f"<html{lang_attr}><head><title>Pier repair approved</title></head><body><article>"
            + "".join(f"<p>{body} {i}</p>" for i in range(4)) + "</article></body></html>").encode()


def test_language_source_round_trips(tmp_path):
    with open_store(tmp_path / "l.db") as store:
        ids = {}
        pages = (("declared", ' lang="en"', ENGLISH.format("harbour")),
                 ("detected", "", "A different story. " * 3 + ENGLISH.format("school")))
        for name, attr, body in pages:
            raw = RawInput(input=f"{name}.html", kind="html", data=_page(attr, body))
            art = extract(raw)
            assert (art.language, art.language_source) == ("en", name)
            store.save(raw, art)
            ids[name] = art.id
        for name, article_id in ids.items():
            got = store.get_article(article_id).article
            assert (got.language, got.language_source) == ("en", name)
