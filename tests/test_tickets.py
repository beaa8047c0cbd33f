"""Tickets: threads, snooze, merge, links, satisfaction, folders, search, reason counts."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TICKETS_NOW as NOW

from shopkeeper.services import customers, ticket_due, tickets, tickets_context, tickets_query
from shopkeeper.services.changes import undo
from shopkeeper.services.tickets import TicketInputRejected

pytestmark = pytest.mark.usefixtures("tickets_now")


def new(shop, subject="Where is my parcel?", body="Ordered a week ago", **kw):
    ticket_id, _ = tickets.create_ticket(shop.db, subject, body=body, **kw)
    return ticket_id


def one(shop, sql, *args):
    return shop.db.execute(sql, args).fetchone()


def test_thread_holds_messages_in_out_and_notes_in_time_order(shop):
    """Customer messages, replies and internal notes all keep their timestamps."""
    ticket = new(shop)
    tickets.add_message(
        shop.db,
        ticket,
        "Checking with the courier",
        author="note",
        sent_at=NOW + dt.timedelta(minutes=5),
    )
    tickets.add_message(shop.db, ticket, "It ships today", sent_at=NOW + dt.timedelta(minutes=9))
    assert [(m.author, m.sent_at) for m in tickets_query.thread(shop.db, ticket)] == [
        ("customer", "2026-12-02T10:00:00"),
        ("note", "2026-12-02T10:05:00"),
        ("seller", "2026-12-02T10:09:00"),
    ]


def test_a_note_does_not_change_the_ticket_state(shop):
    """An internal note leaves the status and the clock alone."""
    ticket = new(shop)
    before = one(shop, "SELECT status, due_at FROM tickets")
    tickets.add_message(shop.db, ticket, "call them tomorrow", author="note")
    assert one(shop, "SELECT status, due_at FROM tickets") == before


@pytest.mark.parametrize("body", ["", "   ", "\n\t"])
def test_empty_message_is_refused_and_nothing_is_written(shop, body):
    """An empty reply gets a clear message and adds nothing."""
    ticket = new(shop)
    with pytest.raises(TicketInputRejected, match="The message is empty"):
        tickets.add_message(shop.db, ticket, body)
    assert one(shop, "SELECT count(*) FROM ticket_messages") == (1,)


def test_snooze_hides_a_ticket_until_its_time(shop):
    """A snoozed ticket leaves Open for Snoozed, and comes back when the time passes."""
    ticket = new(shop)
    tickets.snooze(shop.db, [ticket], NOW + dt.timedelta(days=1))

    def ids(folder, now):
        return [t.id for t in tickets_query.list_tickets(shop.db, folder, now=now)]

    assert ids("open", "2026-12-02T12:00:00") == []
    assert ids("snoozed", "2026-12-02T12:00:00") == [ticket]
    assert ids("open", "2026-12-03T10:00:01") == [ticket]


def test_snooze_stays_when_the_customer_writes_unless_told_otherwise(shop):
    """A customer's message keeps the snooze by default, or wakes the ticket if asked."""
    ticket = new(shop)
    until = NOW + dt.timedelta(days=2)
    tickets.snooze(shop.db, [ticket], until)
    tickets.add_message(shop.db, ticket, "any news?", author="customer")
    assert one(shop, "SELECT snoozed_until FROM tickets") == (ticket_due.iso(until),)
    tickets.add_message(shop.db, ticket, "hello??", author="customer", keep_snooze=False)
    assert one(shop, "SELECT snoozed_until FROM tickets") == (None,)


def test_merge_moves_the_thread_and_closes_the_duplicate(shop):
    """Merging moves every message to the kept ticket, which takes missing links and tags;
    the duplicate is closed and points to it. Undo puts everything back."""
    shop.db.execute("INSERT INTO customers(id, name, created_at) VALUES (1, 'Ann', '2024-01-01')")
    keep = new(shop, "Parcel late")
    dup = new(shop, "Still no parcel", body="Hello again?", customer_id=1)
    tickets.update_tickets(shop.db, [dup], tags="shipping")
    change = tickets.merge(shop.db, dup, keep)
    assert one(shop, "SELECT count(*) FROM ticket_messages WHERE ticket_id = ?", keep) == (2,)
    assert one(shop, "SELECT customer_id, tags FROM tickets WHERE id = ?", keep) == (1, "shipping")
    assert one(shop, "SELECT status, merged_into FROM tickets WHERE id = ?", dup) == (
        "closed",
        keep,
    )
    undo(shop.db, change)
    assert one(shop, "SELECT count(*) FROM ticket_messages WHERE ticket_id = ?", dup) == (1,)
    assert one(shop, "SELECT status, merged_into FROM tickets WHERE id = ?", dup) == ("new", None)


def test_a_ticket_cannot_be_merged_into_itself(shop):
    ticket = new(shop)
    with pytest.raises(TicketInputRejected, match="merged into itself"):
        tickets.merge(shop.db, ticket, ticket)


def test_linking_an_order_brings_its_customer(shop):
    """Linking an order fills in the ticket's customer from the order."""
    shop.db.execute("INSERT INTO customers(id, name, created_at) VALUES (3, 'Bo', '2024-01-01')")
    shop.db.execute(
        "INSERT INTO orders(id, order_no, customer_id, placed_at, status) "
        "VALUES (8, 'A-8', 3, '2026-11-30', 'paid')"
    )
    ticket = new(shop)
    tickets.link(shop.db, ticket, order_id=8)
    assert one(shop, "SELECT order_id, customer_id FROM tickets") == (8, 3)


@pytest.mark.parametrize(
    ("score", "scale", "ok"),
    [
        (1, "csat", True),
        (5, "csat", True),
        (0, "csat", False),
        (6, "csat", False),
        (0, "nps", True),
        (10, "nps", True),
        (11, "nps", False),
        (3, "stars", False),
    ],
)
def test_satisfaction_score_is_stored_with_its_scale(shop, score, scale, ok):
    """CSAT scores run 1–5 and NPS 0–10; a score off its scale is refused."""
    ticket = new(shop)
    if ok:
        tickets.close(shop.db, ticket, score=score, scale=scale)
        assert one(shop, "SELECT status, rating, rating_scale FROM tickets") == (
            "closed",
            score,
            scale,
        )
    else:
        with pytest.raises(TicketInputRejected):
            tickets.close(shop.db, ticket, score=score, scale=scale)
        assert one(shop, "SELECT status FROM tickets") == ("new",)


def test_tags_are_trimmed_and_deduplicated(shop):
    """ "vip, 尺码 ,VIP" is stored as "vip, 尺码" and shows up as tag folders."""
    ticket = new(shop)
    tickets.update_tickets(shop.db, [ticket], tags="vip, 尺码 ,VIP")
    assert one(shop, "SELECT tags FROM tickets") == ("vip, 尺码",)
    assert tickets_query.tag_counts(shop.db) == {"vip": 1, "尺码": 1}
    assert [t.id for t in tickets_query.list_tickets(shop.db, "tag:尺码")] == [ticket]


def test_overdue_folder_holds_open_tickets_past_due(shop):
    """A new complaint is overdue once its due time has passed, not before."""
    ticket = new(shop, kind="complaint")
    assert tickets_query.list_tickets(shop.db, "overdue", now="2026-12-02T13:59:00") == []
    assert [
        t.id for t in tickets_query.list_tickets(shop.db, "overdue", now="2026-12-02T14:01:00")
    ] == [ticket]


@pytest.mark.parametrize("query", ["包装破损", "破损", "PARCEL", "courier", "TB-1"])
def test_search_finds_subjects_numbers_and_messages_chinese_included(shop, query):
    """Search covers subjects, ticket numbers and every message; 2-character Chinese too."""
    first = new(shop, "收到包装破损", body="杯子碎了")
    second = new(shop, "Where is my parcel?", body="x")
    tickets.add_message(shop.db, second, "Asked the courier", author="note")
    shop.db.execute("UPDATE tickets SET ticket_no = 'TB-1' WHERE id = ?", [first])
    expected = {first} if query in ("包装破损", "破损", "TB-1") else {second}
    assert tickets_query.search_ids(shop.db, query) == expected


def test_reason_counts_per_sku(shop):
    """Return reasons are counted per SKU, the most frequent first."""
    shop.db.execute(
        "INSERT INTO products(id, handle, title, created_at, updated_at) "
        "VALUES (1, 'tee', 'Tee', '2024-01-01', '2024-01-01')"
    )
    shop.db.execute(
        "INSERT INTO variants(id, product_id, sku, price) VALUES (1, 1, 'TEE-M', 1),"
        " (2, 1, 'TEE-L', 1)"
    )
    for variant, reason in (
        (1, "runs_small"),
        (1, "runs_small"),
        (1, "damaged"),
        (2, "runs_small"),
    ):
        ticket = new(shop, kind="return")
        tickets.link(shop.db, ticket, variant_id=variant)
        tickets.update_tickets(shop.db, [ticket], reason=reason)
    counts = tickets_context.reason_counts_by_sku(shop.db)
    assert [(c.sku, c.reason, c.count) for c in counts] == [
        ("TEE-M", "runs_small", 2),
        ("TEE-L", "runs_small", 1),
        ("TEE-M", "damaged", 1),
    ]


def test_customer_history_and_merging_duplicates(shop):
    """Merging a duplicate customer moves their orders and tickets; history lists them all."""
    shop.db.execute(
        "INSERT INTO customers(id, name, email, created_at) VALUES "
        "(1, 'Ann Lee', 'ann@x.com', '2024-01-01'), (2, '', 'ANN@x.com', '2024-02-01')"
    )
    shop.db.execute(
        "INSERT INTO orders(order_no, customer_id, placed_at, status, total) "
        "VALUES ('A-1', 2, '2026-11-01', 'paid', 990)"
    )
    new(shop, customer_id=2)
    assert [c.id for c in customers.find_duplicates(shop.db, 1)] == [2]
    change = customers.merge(shop.db, 2, 1)
    assert [(h.kind, h.title) for h in customers.history(shop.db, 1)] == [
        ("ticket", "Where is my parcel?"),
        ("order", "A-1"),
    ]
    assert one(shop, "SELECT count(*) FROM customers") == (1,)
    undo(shop.db, change)
    assert one(shop, "SELECT customer_id FROM orders") == (2,)
