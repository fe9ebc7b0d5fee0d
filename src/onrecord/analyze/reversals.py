"""STUB: reversals (owned by the ledger work)."""

def find_reversals(statements, text):
    return []
