"""STUB: channel and utterance-date annotation (owned by the channels work)."""

def annotate_channels(doc, statements, published):
    return None
