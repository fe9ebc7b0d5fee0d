"""STUB: meetings (owned by the commitments work)."""

def find_meetings(doc, published):
    return []
