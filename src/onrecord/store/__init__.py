"""The store stage: raw inputs, articles and their analyses in one database.

``open_store(path)`` opens (creating and migrating) the embedded SQLite store; callers use the
``Store`` methods only. See ``migrations/`` for the schema.
"""

from onrecord.store.base import (
    ArticleRef,
    CommitmentRecord,
    EventRecord,
    Location,
    SaveResult,
    StatementRecord,
    Store,
    StoredArticle,
)
from onrecord.store.sqlite import SQLiteStore, StoreError, open_store
from onrecord.store.version import analyzer_version

DEFAULT_DB = "onrecord.db"
DB_ENV = "ONRECORD_DB"

__all__ = [
    "DB_ENV",
    "DEFAULT_DB",
    "ArticleRef",
    "CommitmentRecord",
    "EventRecord",
    "Location",
    "SQLiteStore",
    "SaveResult",
    "StatementRecord",
    "Store",
    "StoreError",
    "StoredArticle",
    "analyzer_version",
    "open_store",
]
