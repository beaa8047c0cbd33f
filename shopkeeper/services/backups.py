"""Backups as the window sees them: what a backup is and the files that hold one.

The copies themselves are taken and listed by the open shop (``Shop.backup_now``,
``Shop.backups``) and restored by ``shop.restore``; this module is the window's
way to the store's backup records, so ``ui`` never imports ``store``.
"""

from __future__ import annotations

from shopkeeper.store.backup import SUFFIX, BackupInfo

# File dialogs offer these: rolling backups end in .sqlite, copies saved by hand in .db.
BACKUP_PATTERNS = (f"*{SUFFIX}", "*.db")

__all__ = ["BACKUP_PATTERNS", "BackupInfo"]
