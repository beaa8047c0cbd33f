"""Importing old tickets: a history file without statuses does not flood the Inbox."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SHARED_DATA, needs_shared_data
from csv_files import write_csv
from test_tickets_import import plan, q, run

from shopkeeper.services import tickets_query, today
from shopkeeper.services.exchange.importing import commit_import

HEADER = ["Ticket ID", "Subject", "Message", "From", "Sent at", "Customer", "Created at"]


def status_notes(result):
    return [(n.row_number, n.message()) for n in result.notes if n.field == "status"]


def test_old_tickets_without_a_status_arrive_resolved_with_a_note(shop, tmp_path, tickets_now):
    """A review from 2024 arrives resolved (out of Overdue and Today), one from last week
    stays open; the dry run says why, once, on the first old ticket's row."""
    path = write_csv(
        tmp_path / "reviews.csv",
        HEADER,
        [
            ["R-1", "Last week", "Where is it?", "customer", "", "ana", "2026-11-25 10:00"],
            ["R-2", "Old one", "Nice mug", "customer", "", "bia", "2024-05-01 09:30"],
            ["R-3", "Old too", "Lovely", "customer", "", "cai", "2025-01-02 12:00"],
        ],
    )
    result = plan(shop, path)
    assert status_notes(result) == [
        (
            3,
            "tickets without a status whose customer last wrote before 2026-11-02 (30 days "
            "before this import) are imported as resolved (2 in this file), so old reviews and "
            "chats do not fill the Inbox; map a Status column to keep them open",
        )
    ]
    commit_import(shop.db, result)
    assert q(shop, "SELECT ticket_no, status, resolved_at, due_at IS NULL FROM tickets") == [
        ("R-1", "open", None, 0),
        ("R-2", "resolved", "2024-05-01T09:30:00", 1),
        ("R-3", "resolved", "2025-01-02T12:00:00", 1),
    ]
    counts = tickets_query.folder_counts(shop.db)
    assert (counts["overdue"], counts["resolved"]) == (1, 2)
    due, _waking = today.tickets_due(shop.db, tickets_now)
    assert [item.title for item in due.items] == ["Last week"]
    assert status_notes(plan(shop, path)) == []  # imported once: nothing to say again


def test_a_recent_customer_message_keeps_an_old_ticket_open(shop, tmp_path, tickets_now):
    """A chat started in 2024 whose customer wrote again yesterday is still open."""
    path = write_csv(
        tmp_path / "chat.csv",
        HEADER,
        [
            ["C-1", "Size", "Which size?", "customer", "2024-05-01 09:30", "ana", "2024-05-01"],
            ["C-1", "Size", "Take L", "seller", "2024-05-01 09:40", "ana", "2024-05-01"],
            ["C-1", "Size", "It's small!", "customer", "2026-12-01 18:00", "ana", "2024-05-01"],
            ["C-2", "Gift", "Wrap it?", "customer", "2024-05-01 09:30", "bo", "2024-05-01"],
            ["C-2", "Gift", "Done", "seller", "2026-12-01 18:00", "bo", "2024-05-01"],
        ],
    )
    assert len(status_notes(run(shop, path))) == 1
    assert q(shop, "SELECT ticket_no, status, resolved_at FROM tickets ORDER BY id") == [
        ("C-1", "open", None),
        ("C-2", "resolved", "2024-05-01T09:30:00"),  # the seller had the last word
    ]


@pytest.mark.parametrize("status", ["open", "new", "waiting"])
def test_a_file_with_a_status_keeps_it_however_old(shop, tmp_path, tickets_now, status):
    """A Status column is the seller's word: an old open ticket stays open (and overdue)."""
    path = write_csv(
        tmp_path / "t.csv",
        ["Ticket ID", "Subject", "Message", "Customer", "Created at", "Status"],
        [["T-1", "Old", "Broken", "ana", "2024-05-01 09:30", status]],
    )
    assert status_notes(run(shop, path)) == []
    assert q(shop, "SELECT status FROM tickets") == [(status,)]


def test_a_resolved_import_reopens_when_the_customer_writes_again(shop, tmp_path, tickets_now):
    """Arriving resolved is an ordinary resolved ticket: a new customer message reopens it."""
    from shopkeeper.services import tickets

    path = write_csv(
        tmp_path / "t.csv", HEADER, [["R-1", "Old", "Nice", "customer", "", "ana", "2024-05-01"]]
    )
    run(shop, path)
    tickets.add_message(shop.db, 1, "It broke after all", author="customer")
    assert q(shop, "SELECT status, due_at IS NOT NULL FROM tickets") == [("open", 1)]


@needs_shared_data
def test_olist_reviews_leave_overdue_and_today_empty(shop, tickets_now):
    """The Olist reviews (2016–2018, no status column) all arrive resolved: Overdue and
    Today's tickets stay empty, and the dry run counts them in one note."""
    path = SHARED_DATA / "olist" / "olist_order_reviews_dataset.csv"
    result = run(shop, path)
    (note,) = status_notes(result)
    assert f"({q(shop, 'SELECT count(*) FROM tickets')[0][0]:,} in this file)" in note[1]
    counts = tickets_query.folder_counts(shop.db)
    assert (counts["open"], counts["overdue"]) == (0, 0)
    due, _waking = today.tickets_due(shop.db, tickets_now + dt.timedelta(hours=1))
    assert due.items == []
