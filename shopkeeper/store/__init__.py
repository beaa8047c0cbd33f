"""Storage: the shop's SQLite file, its schema, backups and the single-writer lock."""

from shopkeeper.store.db import open_db

__all__ = ["open_db"]
