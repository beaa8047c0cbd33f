"""The shop file: opening, schema migrations, refusing bad files."""

import pytest

from shopkeeper.errors import NotAShopFile, ShopReadOnly, ShopTooNew
from shopkeeper.store import open_db
from shopkeeper.store.migrations import known_names, migrations


def test_new_file_gets_every_table(tmp_path):
    """A new shop file has the whole product's tables after opening."""
    db = open_db(tmp_path / "new.db")
    expected = {
        "products",
        "variants",
        "product_images",
        "customers",
        "orders",
        "order_items",
        "refunds",
        "promotions",
        "promotion_targets",
        "calendar_events",
        "campaign_tasks",
        "tickets",
        "ticket_messages",
        "canned_replies",
        "traffic_daily",
        "ad_spend",
        "sales_targets",
        "competitor_prices",
        "change_log",
        "settings",
        "import_presets",
    }
    assert expected <= set(db.table_names())
    assert [m.name for m in migrations.applied(db)] == known_names()


def test_connection_pragmas(tmp_path):
    """Shops open with WAL journaling, foreign keys on and a busy timeout."""
    db = open_db(tmp_path / "new.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


@pytest.mark.parametrize("stop_before", known_names()[1:])
def test_shop_made_at_older_schema_migrates(tmp_path, stop_before):
    """A shop made at any older schema version opens and is brought up to date, keeping its data."""
    path = tmp_path / "old.db"
    old = open_db(path, stop_before=stop_before)
    assert stop_before not in [m.name for m in migrations.applied(old)]
    old["settings"].insert({"key": "shop_name", "value": "Old shop"})
    old.conn.close()
    backups = tmp_path / "backups"
    db = open_db(path, backups_folder=backups)
    assert [m.name for m in migrations.applied(db)] == known_names()
    assert db.execute("SELECT value FROM settings").fetchone()[0] == "Old shop"
    copies = list(backups.rglob("*before-migration*.sqlite"))
    assert len(copies) == 1, "a copy is taken before pending migrations run"


def test_not_a_database_is_refused_and_unchanged(tmp_path):
    """A text file named like a shop is refused with a clear message and left as it was."""
    path = tmp_path / "notes.db"
    path.write_text("shopping list: milk, eggs")
    with pytest.raises(NotAShopFile, match="not a Shopkeeper shop file"):
        open_db(path)
    assert path.read_text() == "shopping list: milk, eggs"


def test_schema_from_newer_app_is_refused(tmp_path):
    """A shop made by a newer Shopkeeper is refused and not changed."""
    path = tmp_path / "future.db"
    db = open_db(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "shopkeeper", "name": "m999_from_the_future", "applied_at": "2030-01-01"},
        alter=False,
    )
    db.conn.close()
    before = path.read_bytes()
    with pytest.raises(ShopTooNew, match="newer version"):
        open_db(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("blocked", ["file", "folder"])
def test_read_only_file_or_folder_is_refused(tmp_path, monkeypatch, blocked):
    """A shop in a read-only file or folder gets a message about permissions, not a crash."""
    import os

    path = tmp_path / "ro.db"
    open_db(path).conn.close()
    target = path if blocked == "file" else tmp_path
    real_access = os.access
    # Root can write anything, so the permission answer is simulated here.
    monkeypatch.setattr(
        "shopkeeper.store.db.os.access",
        lambda p, mode: False if str(p) == str(target) else real_access(p, mode),
    )
    with pytest.raises(ShopReadOnly, match="cannot write"):
        open_db(path)


def test_damaged_file_fails_integrity_check(tmp_path):
    """A shop whose pages are corrupted is reported as damaged, with the newest good backup."""
    from shopkeeper.errors import ShopDamaged
    from shopkeeper.store import backup

    path = tmp_path / "shop.db"
    db = open_db(path)
    db["customers"].insert_all(
        [{"name": f"Customer {i}", "created_at": "2026-01-01"} for i in range(2000)]
    )
    backups = tmp_path / "backups"
    good = backup.take_backup(db, backups, path, reason="manual")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 6)):
        data[offset] = 0x55
    path.write_bytes(bytes(data))
    with pytest.raises(ShopDamaged, match="damaged") as caught:
        open_db(path, backups_folder=backups)
    assert caught.value.backup == good


def test_new_shop_carries_the_shopkeeper_id_in_its_header(tmp_path):
    """Every shop's SQLite header holds Shopkeeper's application id, so damage is recognisable."""
    from shopkeeper.store.db import APPLICATION_ID, looks_like_shop

    path = tmp_path / "new.db"
    open_db(path).close()
    assert int.from_bytes(path.read_bytes()[68:72], "big") == APPLICATION_ID
    assert looks_like_shop(path)


def test_other_sqlite_database_is_named_as_such(tmp_path):
    """Someone else's SQLite file is refused as 'not a Shopkeeper shop file', unchanged."""
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = other.read_bytes()
    with pytest.raises(NotAShopFile, match="an SQLite database, but not a Shopkeeper shop"):
        open_db(other)
    assert other.read_bytes() == before


def test_lock_is_taken_on_the_real_path(tmp_path):
    """A lock held on the shop refuses a second writer coming through a symlink."""
    from shopkeeper.errors import ShopLocked
    from shopkeeper.store.lock import ShopLock

    target = tmp_path / "w.db"
    link = tmp_path / "link.db"
    link.symlink_to(target)
    with ShopLock(target), pytest.raises(ShopLocked):
        ShopLock(link).acquire()
