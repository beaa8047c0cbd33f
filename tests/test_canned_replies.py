"""Canned replies: variables filled from the ticket, unknown ones reported, search."""

from __future__ import annotations

import pytest

from shopkeeper.services import canned_replies as canned
from shopkeeper.services import tickets
from shopkeeper.services.canned_replies import ReplyRejected


@pytest.fixture
def ticket(shop):
    """A refund ticket about order A-1 (tracking SF123, ¥12.50 refunded) from 王小明."""
    db = shop.db
    db.execute("INSERT INTO customers(id, name, created_at) VALUES (1, '王小明', '2024-01-01')")
    db.execute(
        "INSERT INTO products(id, handle, title, created_at, updated_at) "
        "VALUES (1, 'dress', '碎花连衣裙', '2024-01-01', '2024-01-01')"
    )
    db.execute("INSERT INTO variants(id, product_id, sku, price) VALUES (1, 1, 'DR-M', 9900)")
    db.execute(
        "INSERT INTO orders(id, order_no, customer_id, placed_at, status, tracking_no) "
        "VALUES (1, 'A-1', 1, '2026-11-01', 'refunded', 'SF123')"
    )
    db.execute("INSERT INTO refunds(order_id, amount, created_at) VALUES (1, 1250, '2026-11-05')")
    ticket_id, _ = tickets.create_ticket(
        db, "退款", body="钱呢", kind="refund", customer_id=1, order_id=1
    )
    tickets.link(db, ticket_id, variant_id=1)
    return ticket_id


def test_every_variable_is_filled_from_the_ticket(shop, ticket):
    """Customer name, order number, tracking number, listing title and refund amount."""
    values = canned.ticket_values(shop.db, ticket)
    filled = canned.fill(
        "{customer_name}，订单{order_no}（{tracking_no}）的{product_title}已退款{refund_amount}元",
        values,
    )
    assert filled.text == "王小明，订单A-1（SF123）的碎花连衣裙已退款12.50元"
    assert filled.ready


def test_unknown_variable_is_reported_and_left_visible(shop, ticket):
    """A misspelt variable stays as written and copying is refused with its name."""
    filled = canned.fill(
        "Hi {custmer_name}, order {order_no}", canned.ticket_values(shop.db, ticket)
    )
    assert filled.text == "Hi {custmer_name}, order A-1"
    assert filled.unknown == ("custmer_name",)
    with pytest.raises(ReplyRejected, match=r"\{custmer_name\}"):
        canned.check_ready(filled)


def test_known_variable_without_a_value_is_reported(shop):
    """A ticket without an order cannot fill {tracking_no}: the seller is told before copying."""
    ticket_id, _ = tickets.create_ticket(shop.db, "Q", body="x")
    filled = canned.fill("Tracking: {tracking_no}", canned.ticket_values(shop.db, ticket_id))
    assert filled.missing == ("tracking_no",)
    with pytest.raises(ReplyRejected, match="nothing to fill in for: {tracking_no}"):
        canned.check_ready(filled)


@pytest.mark.parametrize("body", ["", "   "])
def test_empty_reply_is_refused(body):
    """An empty reply cannot be copied."""
    with pytest.raises(ReplyRejected, match="The reply is empty"):
        canned.check_ready(canned.fill(body, {}))


def test_unmatched_brace_is_a_clear_message():
    with pytest.raises(ReplyRejected, match="unmatched"):
        canned.fill("Hi {customer_name", {})


def test_search_by_text_category_and_language(shop):
    """Replies are found by words in their title, text or category, in the wanted language."""
    canned.save(shop.db, "发货时间", "48小时内发货", category="物流", language="zh")
    canned.save(shop.db, "Shipping time", "Ships in 2 days", category="Shipping", language="en")
    canned.save(shop.db, "Thanks", "Thank you!", category="Reviews")
    assert [r.title for r in canned.search(shop.db, "发货")] == ["发货时间"]
    assert [r.title for r in canned.search(shop.db, "ship", language="en")] == ["Shipping time"]
    assert {r.title for r in canned.search(shop.db, "", language="zh")} == {"发货时间", "Thanks"}


def test_reply_titles_are_unique(shop):
    canned.save(shop.db, "Greeting", "Hi")
    with pytest.raises(ReplyRejected, match="already a canned reply"):
        canned.save(shop.db, "Greeting", "Hello")
