"""spaCy components (registered factories; results in ``Doc._`` extensions). STUB: owned by the statements work."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("statements"):
    Doc.set_extension("statements", default=None)


@Language.factory("onrecord_statements")
def make_statements(nlp, name):
    def component(doc):
        doc._.statements = []
        return doc

    return component
