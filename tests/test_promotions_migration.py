"""Migration m007_promotions: every promotion, target and task survives the rebuild."""

import sqlite3

import pytest

from shopkeeper.services.promotions import KINDS
from shopkeeper.store.db import open_db


def _old_shop(path):
    old = open_db(path, stop_before="m007_promotions")
    old.executescript(
        """
        INSERT INTO products(id, handle, title, created_at, updated_at)
            VALUES (1, 'tea', 'Tea', '2026-01-01', '2026-01-01');
        INSERT INTO variants(id, product_id, sku, price, cost) VALUES (5, 1, 'TEA-1', 5000, 2000);
        INSERT INTO promotions(id, name, kind, value, threshold, starts_at, ends_at)
            VALUES (7, '618 满300减30', 'threshold', 3000, 30000, '2026-06-01T00:00:00',
                    '2026-06-18T23:59:59');
        INSERT INTO promotion_targets(promotion_id, variant_id) VALUES (7, 5);
        INSERT INTO campaign_tasks(promotion_id, title, due_on)
            VALUES (7, 'Set prices', '2026-05-20');
        INSERT INTO calendar_events(name, kind, starts_on, ends_on)
            VALUES ('双11 Singles'' Day', 'festival', '2026-11-01', '2026-11-11');
        """
    )
    old.conn.commit()
    old.conn.close()


def test_promotions_keep_their_targets_and_tasks(tmp_path):
    """After the upgrade a promotion keeps its id, values, targets and tasks."""
    path = tmp_path / "old.db"
    _old_shop(path)
    db = open_db(path, backups_folder=tmp_path / "backups")
    assert db.execute(
        "SELECT id, name, value, threshold, hand_status FROM promotions"
    ).fetchall() == [(7, "618 满300减30", 3000, 30000, "")]
    assert db.execute(
        "SELECT promotion_id, variant_id, category, tag FROM promotion_targets"
    ).fetchall() == [(7, 5, "", "")]
    assert db.execute("SELECT promotion_id, step FROM campaign_tasks").fetchall() == [(7, "")]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_computed_festivals_replace_stored_ones(tmp_path):
    """Festival rows the old demo stored are gone: festivals are computed now."""
    path = tmp_path / "old.db"
    _old_shop(path)
    db = open_db(path, backups_folder=tmp_path / "backups")
    assert db.execute("SELECT count(*) FROM calendar_events").fetchone()[0] == 0


@pytest.mark.parametrize("kind", KINDS)
def test_every_promotion_kind_is_accepted(tmp_path, kind):
    """Every promotion type the app offers (services.promotions.KINDS) can be stored."""
    db = open_db(tmp_path / "new.db")
    db.execute(
        "INSERT INTO promotions(name, kind, starts_at, ends_at)"
        " VALUES ('x', ?, '2026-01-01', '2026-01-02')",
        [kind],
    )


def test_a_kind_outside_the_list_is_refused(tmp_path):
    """The database refuses a promotion type the app does not offer."""
    db = open_db(tmp_path / "new.db")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO promotions(name, kind, starts_at, ends_at)"
            " VALUES ('x', 'mystery_box', '2026-01-01', '2026-01-02')"
        )


def test_deleting_a_promotion_still_cascades(tmp_path):
    """The rebuilt table is still the targets' parent: deleting a promotion removes its targets."""
    path = tmp_path / "old.db"
    _old_shop(path)
    db = open_db(path, backups_folder=tmp_path / "backups")
    with db.conn:
        db.execute("DELETE FROM promotions WHERE id = 7")
    assert db.execute("SELECT count(*) FROM promotion_targets").fetchone()[0] == 0
    with pytest.raises(sqlite3.IntegrityError):
        with db.conn:
            db.execute(
                "INSERT INTO promotion_tiers(promotion_id, threshold, value) VALUES (99, 1, 1)"
            )
