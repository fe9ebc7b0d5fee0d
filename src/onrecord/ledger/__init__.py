"""The ledger stage: what the analyses add up to across articles.

- ``names`` / ``registry`` / ``people``: the people registry (spelling variants merged, editor's
  merge/split decisions re-applied on every rebuild);
- ``promises``: one ledger entry per commitment, merged across articles, rated with an append-only
  audit trail; ``evidence``: what a rating cites and suggestions of what to read;
- ``topics``: topics across articles and cross-article reversals; ``views``: read views for the CLI;
- ``sync``: keeps people and entries in step with the store; ``export``: jsonl/csv/parquet files.
"""
