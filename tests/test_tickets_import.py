"""Importing tickets: ticket numbers, threads, score-only reviews, pending links, round trips."""

from __future__ import annotations

import pytest
from conftest import SHARED_DATA, needs_shared_data
from csv_files import write_csv

from shopkeeper.services.exchange.exporting import export_table
from shopkeeper.services.exchange.importing import ImportRequest, commit_import, plan_import

HEADER = [
    "Ticket ID",
    "Channel",
    "Subject",
    "Message",
    "From",
    "Sent at",
    "Customer",
    "Created at",
    "Order number",
    "SKU",
    "Rating",
]


def row(
    ticket_no="",
    subject="",
    body="",
    *,
    author="",
    sent="",
    customer="tb_wang",
    created="2024-05-01 09:30",
    channel="taobao",
    order_no="",
    sku="",
    rating="",
):
    return [
        ticket_no,
        channel,
        subject,
        body,
        author,
        sent,
        customer,
        created,
        order_no,
        sku,
        rating,
    ]


def plan(shop, path):
    return plan_import(shop.db, ImportRequest("tickets", path))


def run(shop, path):
    result = plan(shop, path)
    commit_import(shop.db, result)
    return result


def q(shop, sql):
    return shop.db.execute(sql).fetchall()


def test_rows_sharing_a_ticket_number_are_one_threaded_ticket(shop, tmp_path):
    """A row-per-message chat export becomes one ticket whose thread has every message."""
    run(
        shop,
        write_csv(
            tmp_path / "chat.csv",
            HEADER,
            [
                row("C-1", "尺码问题", "请问M码合适吗", author="customer", sent="2024-05-01 09:30"),
                row("C-1", "尺码问题", "亲，建议L码", author="seller", sent="2024-05-01 09:40"),
                row("C-1", "尺码问题", "好的谢谢", author="customer", sent="2024-05-01 09:45"),
            ],
        ),
    )
    assert q(shop, "SELECT ticket_no, subject, first_response_at FROM tickets") == [
        ("C-1", "尺码问题", "2024-05-01T09:40:00")
    ]
    assert q(shop, "SELECT author, body FROM ticket_messages ORDER BY sent_at") == [
        ("customer", "请问M码合适吗"),
        ("seller", "亲，建议L码"),
        ("customer", "好的谢谢"),
    ]


def test_same_ticket_number_on_another_channel_is_another_ticket(shop, tmp_path):
    """Ticket numbers are unique per channel only."""
    run(
        shop,
        write_csv(
            tmp_path / "t.csv",
            HEADER,
            [row("7", "A", "a", channel="taobao"), row("7", "B", "b", channel="jd")],
        ),
    )
    assert q(shop, "SELECT channel, subject FROM tickets ORDER BY id") == [
        ("taobao", "A"),
        ("jd", "B"),
    ]


def test_distinct_tickets_with_the_same_subject_and_day_are_kept_apart(shop, tmp_path):
    """Two customers' "Ótimo" reviews on one day are two tickets, not a duplicate."""
    result = run(
        shop,
        write_csv(
            tmp_path / "t.csv",
            HEADER,
            [
                row("", "Ótimo", "bom", customer="ana", rating="5"),
                row("", "Ótimo", "bom", customer="bia", rating="5"),
            ],
        ),
    )
    assert result.counts["new"] == 2
    assert q(shop, "SELECT count(*) FROM tickets") == [(2,)]


def test_a_later_message_adds_to_the_existing_thread(shop, tmp_path):
    """Importing the chat again with one more line adds only that message."""
    first = [row("C-9", "Where?", "Where is it?", author="customer", sent="2024-05-01 10:00")]
    run(shop, write_csv(tmp_path / "a.csv", HEADER, first))
    result = run(
        shop,
        write_csv(
            tmp_path / "b.csv",
            HEADER,
            [
                *first,
                row("C-9", "Where?", "Shipped today", author="seller", sent="2024-05-01 11:00"),
            ],
        ),
    )
    assert result.counts == {"new": 0, "changed": 1, "unchanged": 1, "rejected": 0}
    assert q(shop, "SELECT count(*) FROM ticket_messages") == [(2,)]


def test_score_only_review_is_a_valid_ticket(shop, tmp_path):
    """A review with a score and no text is imported as a review with its CSAT score."""
    run(shop, write_csv(tmp_path / "t.csv", HEADER, [row("R-1", rating="4")]))
    assert q(shop, "SELECT kind, rating, rating_scale, subject FROM tickets") == [
        ("review", 4, "csat", "")
    ]


@pytest.mark.parametrize(("rating", "scale"), [("0", "nps"), ("9", "nps"), ("5", "csat")])
def test_score_scale_follows_the_value(shop, tmp_path, rating, scale):
    """Scores of 0 or above 5 are NPS (0–10); 1–5 are CSAT."""
    run(shop, write_csv(tmp_path / "t.csv", HEADER, [row("R-2", "x", rating=rating)]))
    assert q(shop, "SELECT rating_scale FROM tickets") == [(scale,)]


def test_score_off_every_scale_is_rejected(shop, tmp_path):
    """A score of 11 fits neither scale and the row is rejected with the reason."""
    result = plan(shop, write_csv(tmp_path / "t.csv", HEADER, [row("R-3", "x", rating="11")]))
    assert [r.reason() for r in result.rejected] == ["score 11 is not on the NPS scale (0–10)"]


def test_pending_order_and_sku_are_kept_counted_and_linked_later(shop, tmp_path):
    """An order number and SKU the shop lacks are kept, noted in the dry run, and linked
    when the order and variant arrive."""
    result = run(
        shop,
        write_csv(
            tmp_path / "t.csv", HEADER, [row("P-1", "late", "where", order_no="A-77", sku="MUG-9")]
        ),
    )
    messages = sorted(n.message() for n in result.notes if n.field in ("order_no", "sku"))
    assert messages == [
        "SKU MUG-9 is not in the shop yet; the ticket is linked when it arrives",
        "order A-77 is not in the shop yet; the ticket is linked when it arrives",
    ]
    assert q(shop, "SELECT pending_order_no, pending_sku FROM tickets") == [("A-77", "MUG-9")]
    shop.db.execute(
        "INSERT INTO orders(order_no, channel, placed_at, status) "
        "VALUES ('A-77', 'taobao', '2024-04-30', 'paid')"
    )
    assert q(shop, "SELECT order_id IS NOT NULL, pending_order_no FROM tickets") == [(1, None)]


def test_customers_that_match_nobody_get_a_clear_note(shop, tmp_path):
    """When the shop has customers and the file's customers match none of them, the dry
    run says so and how to fix the mapping."""
    shop.db.execute(
        "INSERT INTO customers(platform_id, name, created_at) VALUES ('tb_li', 'Li', '2024-01-01')"
    )
    result = plan(
        shop,
        write_csv(tmp_path / "t.csv", HEADER, [row("X-1", "a", "b", customer="li@example.com")]),
    )
    assert any(
        "none of the 1 customers in this file is in the shop" in n.message() for n in result.notes
    )


def test_trailing_space_in_a_subject_does_not_duplicate_on_reimport(shop, tmp_path):
    """A stored subject "Late " matches the file's "Late": unchanged, and kept as stored."""
    shop.db.execute(
        "INSERT INTO customers(id, platform_id, created_at) VALUES (1, 'tb_wang', '2024-01-01')"
    )
    shop.db.execute(
        "INSERT INTO tickets(subject, customer_id, created_at, status, channel) "
        "VALUES ('Late ', 1, '2024-05-01T09:30:00', 'open', 'taobao')"
    )
    result = plan(shop, write_csv(tmp_path / "t.csv", HEADER, [row("", "Late ")]))
    assert result.counts["unchanged"] == 1
    assert q(shop, "SELECT subject FROM tickets") == [("Late ",)]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_threads_round_trip_unchanged(shop, tmp_path, suffix):
    """Tickets with threads, notes, tags, reasons and scores export and import back with
    every row unchanged."""
    run(
        shop,
        write_csv(
            tmp_path / "chat.csv",
            HEADER,
            [
                row("C-1", "Size", "M or L?", author="customer", sent="2024-05-01 09:30"),
                row("C-1", "Size", "L please", author="seller", sent="2024-05-01 09:40"),
                row("C-1", "Size", "check stock first", author="note", sent="2024-05-01 09:35"),
                row("", "Broken", "cup broken", customer="em", rating="2"),
                row("R-5", rating="5"),
            ],
        ),
    )
    shop.db.execute("UPDATE tickets SET tags = 'VIP, 尺码', reason = 'runs_small' WHERE id = 1")
    out = tmp_path / f"tickets{suffix}"
    written = export_table(shop.db, "tickets", out, format_id=suffix[1:])
    assert written == 5
    assert plan(shop, out).counts == {"new": 0, "changed": 0, "unchanged": 5, "rejected": 0}


@needs_shared_data
def test_olist_reviews_import_whole_and_reimport_unchanged(shop):
    """Every Olist review row imports (score-only ones too); review ids on two rows are one
    ticket; the orders they name are pending; a second import changes nothing."""
    path = SHARED_DATA / "olist" / "olist_order_reviews_dataset.csv"
    result = run(shop, path)
    assert result.counts["rejected"] == 0
    rows = result.counts["new"]
    assert q(shop, "SELECT count(*) FROM tickets") == [(rows - 2,)]
    assert q(shop, "SELECT count(*) FROM tickets WHERE pending_order_no IS NULL") == [(0,)]
    assert plan(shop, path).counts == {"new": 0, "changed": 0, "unchanged": rows, "rejected": 0}


def test_order_tracking_number_imports_and_fills_the_reply_variable(shop, tmp_path):
    """An orders file's tracking number column is stored on the order and fills
    {tracking_no} in a reply to a ticket about that order; re-importing changes nothing."""
    from shopkeeper.services import canned_replies

    orders = write_csv(
        tmp_path / "o.csv",
        ["Order number", "Placed at", "SKU", "Quantity", "Unit price", "Tracking number"],
        [["A-1", "2024-05-01 10:00", "MUG", "1", "9.90", "SF1234567890"]],
    )
    commit_import(shop.db, plan_import(shop.db, ImportRequest("orders", orders)))
    assert q(shop, "SELECT tracking_no FROM orders") == [("SF1234567890",)]
    assert plan_import(shop.db, ImportRequest("orders", orders)).counts["unchanged"] == 1
    run(shop, write_csv(tmp_path / "t.csv", HEADER, [row("T-1", "Where?", "?", order_no="A-1")]))
    values = canned_replies.ticket_values(shop.db, 1)
    assert canned_replies.fill("Tracking: {tracking_no}", values).text == "Tracking: SF1234567890"
