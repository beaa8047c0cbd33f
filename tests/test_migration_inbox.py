"""Migration m008_inbox: every ticket kept, snoozed becomes a snooze time, search still works."""

from __future__ import annotations

import pytest

from shopkeeper.store import open_db

OLD_KINDS = ("question", "return", "exchange", "complaint", "review", "other")
OLD_STATUSES = ("open", "waiting", "snoozed", "closed")


@pytest.fixture
def old_shop(tmp_path):
    """A shop at the schema before m008 with a ticket in every old kind and state."""
    path = tmp_path / "old.db"
    db = open_db(path, stop_before="m008_inbox")
    db.execute("INSERT INTO customers(id, name, created_at) VALUES (1, '王小明', '2024-01-01')")
    db.execute(
        "INSERT INTO orders(id, order_no, customer_id, placed_at, status) "
        "VALUES (1, 'A-1', 1, '2024-04-30', 'paid')"
    )
    number = 0
    for kind in OLD_KINDS:
        for status in OLD_STATUSES:
            number += 1
            snoozed = "2024-06-01T09:00:00" if status == "snoozed" and number % 2 else None
            db.execute(
                "INSERT INTO tickets(id, subject, customer_id, order_id, kind, status, "
                "created_at, due_at, snoozed_until, rating) VALUES (?, ?, 1, 1, ?, ?, ?, ?, ?, ?)",
                [
                    number,
                    f"连衣裙问题 {kind} {status} #{number}",
                    kind,
                    status,
                    "2024-05-01T10:00:00",
                    "2024-05-02T10:00:00",
                    snoozed,
                    4 if status == "closed" else None,
                ],
            )
            db.execute(
                "INSERT INTO ticket_messages(ticket_id, author, body, sent_at) "
                "VALUES (?, 'customer', ?, '2024-05-01T10:00:00')",
                [number, f"快递什么时候到 message {number}"],
            )
    db.execute("UPDATE tickets SET merged_into = 2 WHERE id = 1")
    db.conn.commit()
    before = db.execute(
        "SELECT id, subject, customer_id, order_id, kind, status, created_at, "
        "snoozed_until, rating, merged_into FROM tickets ORDER BY id"
    ).fetchall()
    db.conn.close()
    return path, before


def test_every_ticket_and_message_is_kept(old_shop):
    """All tickets keep their id, subject, customer, order and messages."""
    path, before = old_shop
    db = open_db(path)
    after = db.execute(
        "SELECT id, subject, customer_id, order_id, created_at, merged_into "
        "FROM tickets ORDER BY id"
    ).fetchall()
    assert after == [(r[0], r[1], r[2], r[3], r[6], r[9]) for r in before]
    assert db.execute("SELECT count(*) FROM ticket_messages").fetchone()[0] == len(before)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_kinds_and_states_map_to_the_new_ones(old_shop):
    """question becomes pre_sale; snoozed becomes open with a snooze time; ratings are CSAT."""
    path, before = old_shop
    db = open_db(path)
    after = {
        r[0]: r[1:]
        for r in db.execute(
            "SELECT id, kind, status, snoozed_until, rating, rating_scale FROM tickets"
        )
    }
    for old in before:
        ticket_id, kind, status, snoozed, rating = old[0], old[4], old[5], old[7], old[8]
        new_kind, new_status, new_snoozed, new_rating, scale = after[ticket_id]
        assert new_kind == ("pre_sale" if kind == "question" else kind)
        assert new_status == ("open" if status == "snoozed" else status)
        if status == "snoozed":
            assert new_snoozed == (snoozed or new_snoozed) and new_snoozed is not None
        assert (new_rating, scale) == ((rating, "csat") if rating else (None, None))


def test_full_text_search_still_finds_subjects_and_finds_messages(old_shop):
    """The subject index is rebuilt and kept up to date; message bodies are searchable too."""
    path, before = old_shop
    db = open_db(path)
    subject_hits = db.execute(
        "SELECT count(*) FROM tickets_fts WHERE tickets_fts MATCH '\"连衣裙问题\"'"
    ).fetchone()[0]
    assert subject_hits == len(before)
    message_hits = db.execute(
        "SELECT count(*) FROM ticket_messages_fts WHERE ticket_messages_fts MATCH '\"什么时候\"'"
    ).fetchone()[0]
    assert message_hits == len(before)
    db.execute("UPDATE tickets SET subject = '退货地址在哪里' WHERE id = 3")
    assert db.execute(
        "SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH '\"退货地址\"'"
    ).fetchall() == [(3,)]


def test_new_states_and_kinds_are_accepted_and_old_ones_refused(old_shop):
    """After the migration the CHECK constraints know the inbox's kinds and states only."""
    import sqlite3

    path, _ = old_shop
    db = open_db(path)
    db.execute(
        "INSERT INTO tickets(subject, kind, status, created_at) "
        "VALUES ('x', 'refund', 'resolved', '2024-05-01')"
    )
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO tickets(subject, kind, status, created_at) "
            "VALUES ('x', 'question', 'snoozed', '2024-05-01')"
        )


def test_pending_order_is_linked_when_it_arrives(tmp_path):
    """A ticket naming an order the shop lacks is linked as soon as that order is added."""
    db = open_db(tmp_path / "s.db")
    db.execute(
        "INSERT INTO tickets(subject, created_at, pending_order_no, pending_sku) "
        "VALUES ('where', '2024-05-01', 'A-9', 'MUG-1')"
    )
    db.execute("INSERT INTO customers(id, name, created_at) VALUES (5, 'Ann', '2024-01-01')")
    db.execute(
        "INSERT INTO orders(id, order_no, customer_id, placed_at, status) "
        "VALUES (9, 'A-9', 5, '2024-04-30', 'paid')"
    )
    db.execute(
        "INSERT INTO products(id, handle, title, created_at, updated_at) "
        "VALUES (3, 'mug', 'Mug', '2024-01-01', '2024-01-01')"
    )
    db.execute("INSERT INTO variants(id, product_id, sku, price) VALUES (7, 3, 'MUG-1', 100)")
    assert db.execute(
        "SELECT order_id, customer_id, pending_order_no, variant_id, product_id, "
        "pending_sku FROM tickets"
    ).fetchone() == (9, 5, None, 7, 3, None)


def test_orders_get_a_tracking_number_column(tmp_path):
    """Orders carry a tracking number (empty until imported or typed)."""
    db = open_db(tmp_path / "s.db")
    assert db["orders"].columns_dict["tracking_no"] is str
