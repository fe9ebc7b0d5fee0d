"""STUB: per-article topic labels (owned by the ledger work)."""

def assign_topics(doc, statements, commitments):
    return None
