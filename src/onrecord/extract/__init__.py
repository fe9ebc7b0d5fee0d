"""The extract stage: a ``RawInput`` in, a clean ``Article`` out.

HTML (a page, a WARC record, a fetched URL, a feed entry's page) goes through ``extract.html``
(trafilatura plus metadata); a text or Markdown scrape goes through ``extract.text`` (the scrape
cleaner), or is kept exactly as read with ``clean=False`` so offsets refer to the file.
"""

from __future__ import annotations

from onrecord.errors import InputError
from onrecord.extract.decode import decode_text
from onrecord.models import Article, RawInput


def extract(raw: RawInput, clean: bool = True) -> Article:
    """Extract one article; raises ``InputError`` (or ``NoArticleError``) naming the reason."""
    if raw.kind == "text":
        text = decode_text(raw)
        if not clean:
            if not text.strip():
                raise InputError(raw.input, "empty text: nothing to analyse")
            art = Article(input=raw.input, text=text)
        else:
            from onrecord.extract.text import extract_text_article

            art = extract_text_article(raw.input, text)
    else:
        from onrecord.extract.html import extract_html_article

        art = extract_html_article(raw)
    art.raw_sha256 = raw.sha256 or None
    art.source = raw.source
    art.fetched_at = raw.fetched_at
    art.kind = raw.kind
    if raw.url and not art.url:
        art.url = raw.url
    for key in ("title", "published", "site", "url"):
        if raw.hints.get(key) and not getattr(art, key):
            setattr(art, key, raw.hints[key])
    if raw.hints.get("authors") and not art.authors:
        art.authors = list(raw.hints["authors"])
    from onrecord.extract.language import language_of  # lazy: py3langid loads on first use

    art.language, art.language_source = language_of(art.language, art.text)
    return art
