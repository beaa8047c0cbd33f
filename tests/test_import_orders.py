"""Importing orders: one file row per order line, grouped into orders, all-or-nothing."""

from __future__ import annotations

import csv_files
import openpyxl
import pytest

from shopkeeper.errors import Cancelled
from shopkeeper.services.exchange.errors import AmbiguousDateOrder
from shopkeeper.services.exchange.importing import (
    ImportRequest,
    RowsRejected,
    commit_import,
    plan_import,
)
from shopkeeper.services.exchange.kinds import order_writes

HEADER = [
    "Order number",
    "Placed at",
    "Customer",
    "Email",
    "Phone",
    "SKU",
    "Item title",
    "Quantity",
    "Unit price",
    "Discount",
    "Shipping",
    "Status",
]


def line(
    order="1001",
    sku="MUG",
    quantity="1",
    price="10.00",
    *,
    placed="2024-03-05 10:00",
    customer="alice",
    email="",
    phone="",
    title="",
    discount="",
    shipping="",
    status="completed",
):
    """One order line in the column order of HEADER."""
    return [
        order,
        placed,
        customer,
        email,
        phone,
        sku,
        title or f"Item {sku}",
        quantity,
        price,
        discount,
        shipping,
        status,
    ]


def write_csv(path, rows, header=HEADER):
    return csv_files.write_csv(path, header, rows)


def plan(shop, path, **request):
    return plan_import(shop.db, ImportRequest("orders", path, **request))


def run_import(shop, path, **request):
    """Plan and commit; returns the plan."""
    result = plan(shop, path, **request)
    commit_import(shop.db, result)
    return result


def count(shop, table):
    return shop.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def order(shop, number):
    row = shop.db.execute(
        "SELECT status, subtotal, discount, shipping, total, customer_id, placed_at "
        "FROM orders WHERE order_no = ?",
        [number],
    ).fetchone()
    keys = ("status", "subtotal", "discount", "shipping", "total", "customer_id", "placed_at")
    return dict(zip(keys, row, strict=True)) if row else None


def refunded(shop, number):
    return shop.db.execute(
        "SELECT coalesce(sum(amount), 0) FROM refunds r JOIN orders o ON o.id = r.order_id "
        "WHERE o.order_no = ?",
        [number],
    ).fetchone()[0]


def snapshot(shop):
    """Everything an order import may touch."""
    return {
        table: shop.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("orders", "order_items", "refunds", "customers")
    }


def test_lines_group_into_orders_with_hand_calculated_totals(shop, tmp_path):
    """Lines sharing an order number become one order; amounts add up exactly."""
    path = write_csv(
        tmp_path / "orders.csv",
        [
            line("1001", "MUG", "2", "¥12.50", discount="3.00", shipping="6.00"),
            line("1001", "BOWL", "3", "7.99", discount="1.50"),
            line("1002", "CUP", "1", "1,299.00", customer="bob"),
        ],
    )
    run_import(shop, path)
    # 2 × 12.50 + 3 × 7.99 = 48.97; discounts 3.00 + 1.50; shipping 6.00
    assert order(shop, "1001") | {"customer_id": None} == {
        "status": "completed",
        "subtotal": 4897,
        "discount": 450,
        "shipping": 600,
        "total": 4897 - 450 + 600,
        "customer_id": None,
        "placed_at": "2024-03-05T10:00:00",
    }
    assert order(shop, "1002")["subtotal"] == order(shop, "1002")["total"] == 129900
    assert count(shop, "orders") == 2
    assert count(shop, "order_items") == 3


def test_order_lines_keep_sku_title_quantity_and_unit_price(shop, tmp_path):
    """Each file row is stored as an order line with its own values."""
    path = write_csv(tmp_path / "orders.csv", [line("1001", "MUG", "2", "12.50", title="杯子")])
    run_import(shop, path)
    assert shop.db.execute(
        "SELECT line_no, sku, title, quantity, unit_price FROM order_items"
    ).fetchall() == [(1, "MUG", "杯子", 2, 1250)]


def test_chinese_headers_map_automatically(shop, tmp_path):
    """A Taobao-style sheet with 订单号, 下单时间 … imports without touching the mapping."""
    header = ["订单号", "下单时间", "买家会员名", "商品标题", "数量", "单价", "运费", "订单状态"]
    path = write_csv(
        tmp_path / "淘宝订单.csv",
        [
            [
                "TB2024001",
                "2024-11-11 00:05:12",
                "小王",
                "手工陶瓷马克杯",
                "2",
                "59.00",
                "8.00",
                "交易成功",
            ],
        ],
        header=header,
    )
    result = plan(shop, path)
    assert set(result.mapping) == {
        "order_no",
        "placed_at",
        "customer",
        "title",
        "quantity",
        "unit_price",
        "shipping",
        "status",
    }
    commit_import(shop.db, result)
    assert order(shop, "TB2024001") | {"customer_id": None} == {
        "status": "completed",
        "subtotal": 11800,
        "discount": 0,
        "shipping": 800,
        "total": 12600,
        "customer_id": None,
        "placed_at": "2024-11-11T00:05:12",
    }


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("交易成功", "completed"),
        ("等待卖家发货", "paid"),
        ("等待买家付款", "unpaid"),
        ("卖家已发货", "shipped"),
        ("交易关闭", "cancelled"),
        ("退款成功", "refunded"),
        ("refunded", "refunded"),
        ("partially_refunded", "refunded"),
        ("Paid", "paid"),
        ("pending", "unpaid"),
        ("fulfilled", "shipped"),
        ("delivered", "completed"),
        ("Canceled", "cancelled"),
        ("", "completed"),
    ],
)
def test_status_texts_map_to_our_statuses(shop, tmp_path, text, status):
    """Platform status words, English and Chinese, become one of the six statuses."""
    path = write_csv(tmp_path / "orders.csv", [line(status=text)])
    run_import(shop, path)
    assert order(shop, "1001")["status"] == status


def test_unknown_status_rejects_the_whole_order_with_the_reason(shop, tmp_path):
    """An order whose status we cannot read is rejected on every one of its rows."""
    path = write_csv(
        tmp_path / "orders.csv",
        [
            line("1001", "MUG", status="on the moon"),
            line("1001", "BOWL", status="on the moon"),
            line("1002", "CUP"),
        ],
    )
    result = plan(shop, path)
    assert result.counts == {"new": 1, "changed": 0, "unchanged": 0, "rejected": 2}
    assert [(r.row_number, r.reason()) for r in result.rejected] == [
        (
            row,
            "Status: “on the moon” is not one of: unpaid, paid, shipped, completed, "
            "refunded, cancelled. Map it in the import wizard's value step "
            "(or with --map-value status=on the moon:CHOICE)",
        )
        for row in (2, 3)
    ]


def test_c_invoice_becomes_a_cancelled_order(shop, tmp_path):
    """UCI/SAP style: an invoice numbered C… is a cancellation, not a sale or a refund."""
    path = write_csv(
        tmp_path / "orders.csv",
        [
            line("C536379", "D", "-1", "27.50"),
            line("C536379", "MUG", "-2", "4.65"),
        ],
    )
    run_import(shop, path)
    assert order(shop, "C536379")["status"] == "cancelled"
    assert refunded(shop, "C536379") == 0
    assert shop.db.execute("SELECT sku, quantity FROM order_items ORDER BY line_no").fetchall() == [
        ("D", 1),
        ("MUG", 2),
    ]


def test_negative_quantity_lines_are_refunds_not_sales(shop, tmp_path):
    """A returned line is recorded as a refund and never counted in the order's sales."""
    path = write_csv(
        tmp_path / "orders.csv",
        [
            line("1001", "MUG", "3", "10.00"),
            line("1001", "BOWL", "-1", "4.00"),
        ],
    )
    run_import(shop, path)
    got = order(shop, "1001")
    assert (got["subtotal"], got["total"]) == (3000, 3000)
    assert refunded(shop, "1001") == 400
    assert shop.db.execute("SELECT sku, quantity FROM order_items").fetchall() == [("MUG", 3)]


def test_an_order_of_returned_lines_only_is_refunded(shop, tmp_path):
    """An order whose every line is a return has no sales and is marked refunded."""
    path = write_csv(tmp_path / "orders.csv", [line("1001", "MUG", "-2", "10.00")])
    run_import(shop, path)
    got = order(shop, "1001")
    assert (got["status"], got["subtotal"], got["total"]) == ("refunded", 0, 0)
    assert refunded(shop, "1001") == 2000


def test_identical_lines_are_kept_as_sales_with_a_note(shop, tmp_path):
    """A line identical to another of the same order was charged too: kept, and noted."""
    path = write_csv(
        tmp_path / "orders.csv",
        [
            line("1001", "MUG", "2", "10.00"),
            line("1001", "BOWL", "1", "5.00"),
            line("1001", "MUG", "2", "10.00"),
        ],
    )
    result = plan(shop, path)
    assert result.counts == {"new": 3, "changed": 0, "unchanged": 0, "rejected": 0}
    assert [(n.row_number, n.message()) for n in result.notes] == [
        (4, "same as row 2; kept as a line of its own, since the platform charged both")
    ]
    commit_import(shop.db, result)
    assert order(shop, "1001")["subtotal"] == 4500
    assert count(shop, "order_items") == 3


def test_identical_lines_match_by_position_on_reimport(shop, tmp_path):
    """Re-importing identical lines doubles nothing; a third identical line changes the order."""
    rows = [line("1001", "MUG", "2", "10.00"), line("1001", "MUG", "2", "10.00")]
    path = write_csv(tmp_path / "orders.csv", rows)
    run_import(shop, path)
    again = run_import(shop, path)
    assert again.counts["unchanged"] == 2 and count(shop, "order_items") == 2
    more = run_import(shop, write_csv(tmp_path / "more.csv", [*rows, rows[0]]))
    assert more.counts["changed"] == 3
    assert count(shop, "order_items") == 3 and order(shop, "1001")["subtotal"] == 6000


def test_reimporting_the_same_file_changes_nothing(shop, tmp_path):
    """Every row of a file imported before is unchanged; no order or customer is added."""
    path = write_csv(
        tmp_path / "orders.csv",
        [
            line("1001", "MUG", "2", "10.00", email="a@example.com", discount="1.00"),
            line("1001", "BOWL", "-1", "5.00"),
            line("1002", "CUP", "1", "3.00", customer="", phone="13800138000"),
            line("C1003", "CUP", "-1", "3.00", customer="carol"),
        ],
    )
    run_import(shop, path)
    before = snapshot(shop)
    again = plan(shop, path)
    assert again.counts == {"new": 0, "changed": 0, "unchanged": 4, "rejected": 0}
    commit_import(shop.db, again)
    assert snapshot(shop) == before


def test_customers_match_by_platform_id_across_files(shop, tmp_path):
    """The same buyer id in two files is one customer."""
    run_import(shop, write_csv(tmp_path / "a.csv", [line("1001", customer="alice")]))
    run_import(shop, write_csv(tmp_path / "b.csv", [line("1002", customer="alice")]))
    assert count(shop, "customers") == 1
    assert order(shop, "1001")["customer_id"] == order(shop, "1002")["customer_id"]


def test_customers_match_by_email_when_ids_differ(shop, tmp_path):
    """Without a known id, the email (in any case) finds the customer."""
    run_import(
        shop,
        write_csv(tmp_path / "a.csv", [line("1001", customer="alice", email="Alice@Example.com")]),
    )
    run_import(
        shop, write_csv(tmp_path / "b.csv", [line("1002", customer="", email="alice@example.com ")])
    )
    assert count(shop, "customers") == 1
    assert order(shop, "1001")["customer_id"] == order(shop, "1002")["customer_id"]


def test_customers_match_by_phone_last(shop, tmp_path):
    """Without id or email, the phone finds the customer."""
    run_import(
        shop, write_csv(tmp_path / "a.csv", [line("1001", customer="", phone="13800138000")])
    )
    run_import(
        shop, write_csv(tmp_path / "b.csv", [line("1002", customer="wang", phone="13800138000")])
    )
    assert count(shop, "customers") == 1
    assert order(shop, "1001")["customer_id"] == order(shop, "1002")["customer_id"]


def test_platform_id_wins_over_email(shop, tmp_path):
    """Two buyers sharing an email but with their own ids stay matched by id first."""
    run_import(
        shop,
        write_csv(
            tmp_path / "a.csv",
            [
                line("1001", customer="alice", email="shared@example.com"),
                line("1002", customer="bob", email="bob@example.com"),
            ],
        ),
    )
    run_import(
        shop,
        write_csv(tmp_path / "b.csv", [line("1003", customer="bob", email="shared@example.com")]),
    )
    assert count(shop, "customers") == 2
    assert order(shop, "1003")["customer_id"] == order(shop, "1002")["customer_id"]


def test_one_new_customer_for_several_orders_in_one_file(shop, tmp_path):
    """A new buyer with several orders in one file is created once."""
    run_import(
        shop,
        write_csv(
            tmp_path / "a.csv",
            [
                line("1001", customer="", email="new@example.com"),
                line("1002", customer="", email="NEW@example.com"),
            ],
        ),
    )
    assert count(shop, "customers") == 1


def test_changed_quantity_reports_the_orders_rows_changed(shop, tmp_path):
    """Re-importing with another quantity marks the whole order changed and updates it."""
    run_import(
        shop,
        write_csv(
            tmp_path / "a.csv",
            [
                line("1001", "MUG", "2", "10.00"),
                line("1001", "BOWL", "1", "5.00"),
                line("1002", "CUP", "1", "3.00"),
            ],
        ),
    )
    path = write_csv(
        tmp_path / "b.csv",
        [
            line("1001", "MUG", "4", "10.00"),
            line("1001", "BOWL", "1", "5.00"),
            line("1002", "CUP", "1", "3.00"),
        ],
    )
    result = plan(shop, path)
    assert result.statuses == ["changed", "changed", "unchanged"]
    commit_import(shop.db, result)
    got = order(shop, "1001")
    assert (got["subtotal"], got["total"]) == (4500, 4500)
    assert count(shop, "orders") == 2
    assert count(shop, "order_items") == 3


def test_order_numbers_stored_as_numbers_lose_the_point_zero(shop, tmp_path):
    """Excel keeps 573415 as the float 573415.0; the order number is "573415"."""
    path = tmp_path / "orders.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(
        [
            573415.0,
            "2024-03-05 10:00",
            "alice",
            None,
            None,
            85123.0,
            "Lantern",
            6.0,
            2.55,
            None,
            None,
            "completed",
        ]
    )
    workbook.save(path)
    run_import(shop, path)
    assert shop.db.execute("SELECT order_no FROM orders").fetchall() == [("573415",)]
    assert shop.db.execute("SELECT sku FROM order_items").fetchall() == [("85123",)]


def test_sku_in_scientific_notation_is_rejected_with_the_reason(shop, tmp_path):
    """A code Excel turned into 3.65275E+11 lost its digits; the row says so."""
    path = write_csv(tmp_path / "orders.csv", [line("1001", "3.65275E+11")])
    result = plan(shop, path)
    assert result.counts["rejected"] == 1
    assert result.rejected[0].reason() == (
        "SKU: Excel turned this into scientific notation (3.65275E+11); the digits are lost "
        "— format the column as Text and export again"
    )


def test_commit_is_all_or_nothing_when_writing_fails_midway(shop, tmp_path, monkeypatch):
    """A failure after the first order was written leaves the shop as it was."""
    run_import(shop, write_csv(tmp_path / "a.csv", [line("0999", customer="zoe")]))
    before = snapshot(shop)
    result = plan(
        shop,
        write_csv(
            tmp_path / "b.csv",
            [
                line("1001", customer="alice"),
                line("1002", customer="bob"),
                line("0999", "MUG", "5", customer="zoe"),
            ],
        ),
    )

    class FailingMatcher(order_writes.CustomerMatcher):
        calls = 0

        def ensure(self, *args, **kwargs):
            FailingMatcher.calls += 1
            if FailingMatcher.calls == 2:
                raise OSError("disk full")
            return super().ensure(*args, **kwargs)

    monkeypatch.setattr(order_writes, "CustomerMatcher", FailingMatcher)
    with pytest.raises(OSError, match="disk full"):
        commit_import(shop.db, result)
    assert FailingMatcher.calls == 2
    assert snapshot(shop) == before


def test_commit_refuses_rejected_rows_unless_told_to_skip_them(shop, tmp_path):
    """With a rejected row nothing is written; skip_bad_rows writes the good orders."""
    path = write_csv(
        tmp_path / "orders.csv", [line("1001", "MUG", "2"), line("1002", "CUP", "two")]
    )
    result = plan(shop, path)
    with pytest.raises(RowsRejected) as caught:
        commit_import(shop.db, result)
    assert caught.value.message.startswith("1 rows were rejected, so nothing was imported.")
    assert count(shop, "orders") == 0
    assert commit_import(shop.db, result, skip_bad_rows=True) == {
        "new": 1,
        "changed": 0,
        "unchanged": 0,
        "rejected": 1,
    }
    assert [r[0] for r in shop.db.execute("SELECT order_no FROM orders")] == ["1001"]


def test_cancel_during_commit_changes_nothing(shop, tmp_path):
    """Cancel pressed while orders are written rolls every write back."""
    run_import(shop, write_csv(tmp_path / "a.csv", [line("0999")]))
    before = snapshot(shop)
    result = plan(
        shop,
        write_csv(
            tmp_path / "b.csv",
            [line("1001"), line("1002", customer="bob"), line("0999", quantity="3")],
        ),
    )

    def progress(done, total, text):
        if done == total:  # every order is written by now
            raise Cancelled()

    with pytest.raises(Cancelled):
        commit_import(shop.db, result, progress=progress)
    assert snapshot(shop) == before
    assert not shop.db.conn.in_transaction


def test_ambiguous_dates_are_asked_about(shop, tmp_path):
    """01/02/2024 may be 1 February or 2 January: the import asks instead of guessing."""
    path = write_csv(tmp_path / "orders.csv", [line(placed="01/02/2024")])
    with pytest.raises(AmbiguousDateOrder) as caught:
        plan(shop, path)
    assert caught.value.orders == ("dmy", "mdy")
    assert count(shop, "orders") == 0


def test_date_order_dmy_reads_day_first(shop, tmp_path):
    """With date_order="dmy", 01/02/2024 is 1 February 2024."""
    path = write_csv(tmp_path / "orders.csv", [line(placed="01/02/2024 08:26")])
    run_import(shop, path, date_order="dmy")
    assert order(shop, "1001")["placed_at"] == "2024-02-01T08:26:00"


def test_a_day_above_twelve_settles_the_order_without_asking(shop, tmp_path):
    """A column where one value only reads one way needs no question."""
    path = write_csv(
        tmp_path / "orders.csv",
        [line("1001", placed="01/02/2024"), line("1002", placed="25/02/2024")],
    )
    run_import(shop, path)
    assert order(shop, "1001")["placed_at"].startswith("2024-02-01")


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("2024-03-05 10:00:00 +0800", "2024-03-05T10:00:00"),
        ("2024-03-05T10:00:00Z", "2024-03-05T18:00:00"),
        ("2024-03-05T23:30:00-05:00", "2024-03-06T12:30:00"),
        ("2024-03-05 10:00", "2024-03-05T10:00:00"),
    ],
)
def test_times_are_stored_as_the_shops_wall_time(shop, tmp_path, text, stored):
    """A time with an offset is moved into the shop's zone (Asia/Shanghai by default)."""
    run_import(shop, write_csv(tmp_path / "orders.csv", [line(placed=text)]))
    assert order(shop, "1001")["placed_at"] == stored


def test_times_follow_the_shops_time_zone_setting(shop, tmp_path):
    """A shop in London stores 10:00 +0800 as 02:00."""
    from shopkeeper.store import settings

    settings.put(shop.db, settings.TIME_ZONE, "Europe/London")
    run_import(shop, write_csv(tmp_path / "orders.csv", [line(placed="2024-03-05 10:00:00 +0800")]))
    assert order(shop, "1001")["placed_at"] == "2024-03-05T02:00:00"


def test_counts_are_file_rows_not_orders(shop, tmp_path):
    """Five lines of two orders count as five rows."""
    path = write_csv(
        tmp_path / "orders.csv",
        [
            line("1001", "A"),
            line("1001", "B"),
            line("1001", "C"),
            line("1002", "A"),
            line("1002", "C", "x"),
        ],
    )
    result = plan(shop, path)
    assert result.counts == {"new": 3, "changed": 0, "unchanged": 0, "rejected": 2}
    assert sum(result.counts.values()) == 5


def test_reimport_without_status_column_keeps_the_status_the_seller_set(shop, tmp_path):
    """A file with no status column does not undo 'shipped' set in the app since the last import."""
    no_status = HEADER[:-1]
    path = write_csv(
        tmp_path / "no-status.csv", [line("2001")[:-1], line("2001", "TEA")[:-1]], header=no_status
    )
    run_import(shop, path)
    assert order(shop, "2001")["status"] == "completed"
    shop.db.execute("UPDATE orders SET status = 'shipped' WHERE order_no = '2001'")
    shop.db.conn.commit()
    again = plan(shop, path)
    assert again.counts["unchanged"] == 2
    changed = write_csv(
        tmp_path / "more.csv",
        [line("2001", quantity="3")[:-1], line("2001", "TEA")[:-1]],
        header=no_status,
    )
    run_import(shop, changed)
    assert order(shop, "2001")["status"] == "shipped"
    assert order(shop, "2001")["subtotal"] == 4000


def test_olist_orders_use_the_customer_unique_id(shop, tmp_path):
    """With both Olist ids, customer_unique_id (the person) is used, not the per-order id."""
    header = ["order_id", "customer_id", "customer_unique_id", "order_purchase_timestamp",
              "product_id", "quantity", "price"]  # fmt: skip
    path = write_csv(
        tmp_path / "olist.csv",
        [
            ["o1", "c-per-order-1", "person-9", "2018-01-02 10:00:00", "P1", "1", "10.00"],
            ["o2", "c-per-order-2", "person-9", "2018-02-03 11:00:00", "P1", "1", "10.00"],
        ],
        header=header,
    )
    run_import(shop, path)
    assert shop.db.execute("SELECT platform_id FROM customers").fetchall() == [("person-9",)]


def test_bulk_imports_fill_the_customer_index_and_restore_the_triggers(shop, tmp_path, monkeypatch):
    """A large import pauses the per-row index triggers; afterwards the customer search
    finds the new customers and the triggers are back, unchanged."""
    monkeypatch.setattr(order_writes, "BULK_FROM", 1)
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    before = shop.db.execute(triggers).fetchall()
    run_import(shop, write_csv(tmp_path / "o.csv", [
        line("1001", customer="alice", email="alice@example.com"),
        line("1002", customer="bob", email="bob@example.com"),
    ]))  # fmt: skip
    assert shop.db.execute(triggers).fetchall() == before
    if "customers_fts" in shop.db.table_names():
        found = shop.db.execute(
            "SELECT rowid FROM customers_fts WHERE customers_fts MATCH 'bob'"
        ).fetchall()
        assert len(found) == 1


def test_a_failed_bulk_import_leaves_the_triggers_in_place(shop, tmp_path, monkeypatch):
    """When writing fails half way, the rollback keeps every trigger and adds nothing."""
    monkeypatch.setattr(order_writes, "BULK_FROM", 1)
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    before = shop.db.execute(triggers).fetchall()
    result = plan(shop, write_csv(tmp_path / "o.csv", [line("1001")]))

    def broken(db, batch):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(order_writes, "_flush", broken)
    with pytest.raises(RuntimeError):
        commit_import(shop.db, result)
    assert shop.db.execute(triggers).fetchall() == before
    assert count(shop, "orders") == 0
