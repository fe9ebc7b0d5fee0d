"""STUB: commitments (owned by the commitments work)."""

def find_commitments(doc, statements, published):
    return []
