"""An import streams its file a chunk at a time: the results never depend on where the
chunks end, and what needs the whole file (dates like 01/02/2024, the cells of rows
rejected late) is still right."""

from __future__ import annotations

import openpyxl
import pytest
from test_import_orders import line, plan, write_csv

from shopkeeper.services.exchange import chunks
from shopkeeper.services.exchange.errors import AmbiguousDateOrder
from shopkeeper.services.exchange.importing import ImportRequest, commit_import, plan_import
from shopkeeper.services.exchange.rejects import write_rejects
from shopkeeper.services.shop import open_shop


@pytest.fixture
def new_shop(tmp_path):
    opened = []

    def make(name: str = "shop"):
        opened.append(open_shop(tmp_path / f"{name}.shop.db"))
        return opened[-1]

    yield make
    for shop in opened:
        shop.close()


def _orders(shop) -> list[tuple]:
    return shop.db.execute(
        "SELECT o.order_no, o.placed_at, o.status, o.subtotal, o.discount, o.shipping, "
        "o.total, c.name, group_concat(i.sku || 'x' || i.quantity || '@' || i.unit_price) "
        "FROM orders o LEFT JOIN customers c ON c.id = o.customer_id "
        "LEFT JOIN order_items i ON i.order_id = o.id GROUP BY o.id ORDER BY o.order_no"
    ).fetchall()


def _mixed_rows() -> list[list[str]]:
    """Orders whose lines lie apart in the file, identical lines, returns, repeats."""
    return [
        line("1001", "MUG", "2", "10.00", shipping="5.00"),
        line("1002", "CUP", "1", "8.50", customer="bob"),
        line("1001", "TEA", "1", "4.00"),
        line("1003", "MUG", "1", "10.00", customer="carol"),
        line("1002", "CUP", "1", "8.50", customer="bob"),  # identical to row 3
        line("1004", "MUG", "-1", "10.00", customer="dan"),  # only a return
        line("1001", "MUG", "1", "10.00", discount="1.00"),
        line("1005", "PEN", "3", "1.20", customer="alice"),
    ]


def test_results_do_not_depend_on_chunk_size_or_memo_size(new_shop, tmp_path, monkeypatch):
    source = write_csv(tmp_path / "orders.csv", _mixed_rows())
    whole_shop = new_shop("whole")
    whole = plan(whole_shop, source)
    commit_import(whole_shop.db, whole)

    monkeypatch.setattr(chunks, "CHUNK_ROWS", 2)
    monkeypatch.setattr(chunks, "MEMO_LIMIT", 1)
    monkeypatch.setattr(chunks, "MEMO_MAX", 1)
    small_shop = new_shop("small")
    small = plan(small_shop, source)
    commit_import(small_shop.db, small)

    assert (
        small.counts
        == whole.counts
        == {
            "new": 8,
            "changed": 0,
            "unchanged": 0,
            "rejected": 0,
        }
    )
    assert [(n.row_number, n.message()) for n in small.notes] == [
        (n.row_number, n.message()) for n in whole.notes
    ]
    assert [n.row_number for n in small.notes] == [6]  # the identical CUP line
    assert _orders(small_shop) == _orders(whole_shop)
    assert len(_orders(small_shop)) == 5
    # Order 1001's three lines, two of them chunks apart, are one order.
    mug_order = next(o for o in _orders(small_shop) if o[0] == "1001")
    assert mug_order[3:7] == (3400, 100, 500, 3800)


def test_rows_rejected_after_parsing_keep_their_cells_in_the_report(new_shop, tmp_path):
    rows = [
        line("2001", "MUG", "1", "10.00"),
        line("2002", "CUP", "1", "8.00"),
        line("2001", "TEA", "0", "4.00"),  # a zero quantity rejects all of order 2001
    ]
    shop = new_shop()
    result = plan(shop, write_csv(tmp_path / "orders.csv", rows))
    assert result.counts["rejected"] == 2 and result.counts["new"] == 1
    assert [r.row_number for r in result.rejected] == [2, 4]
    out = tmp_path / "rejects.xlsx"
    assert write_rejects(result, out) == 2
    sheet = openpyxl.load_workbook(out).active
    written = [row for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert [(row[0], row[2], row[7]) for row in written] == [(2, "2001", "MUG"), (4, "2001", "TEA")]
    assert "quantity is 0" in written[1][1]


def test_day_first_dates_are_read_from_the_whole_column(new_shop, tmp_path):
    rows = [
        line("3001", placed="01/02/2024 10:00"),  # either order, alone
        line("3002", placed="13/02/2024 09:00", customer="bob"),  # only day-first
    ]
    shop = new_shop()
    commit_import(shop.db, plan(shop, write_csv(tmp_path / "orders.csv", rows)))
    placed = dict(shop.db.execute("SELECT order_no, placed_at FROM orders").fetchall())
    assert placed == {"3001": "2024-02-01T10:00:00", "3002": "2024-02-13T09:00:00"}


def test_a_column_mixing_day_first_and_month_first_is_refused(new_shop, tmp_path):
    rows = [
        line("4001", placed="13/01/2024 10:00"),
        line("4002", placed="01/13/2024 10:00", customer="bob"),
    ]
    shop = new_shop()
    with pytest.raises(AmbiguousDateOrder):
        plan(shop, write_csv(tmp_path / "orders.csv", rows))
    assert shop.db.execute("SELECT count(*) FROM orders").fetchone()[0] == 0


def test_a_streamed_import_never_reads_the_whole_file_at_once(new_shop, tmp_path, monkeypatch):
    from shopkeeper.services.exchange import importing

    def whole_file(*args, **kwargs):
        raise AssertionError("the whole file was read into memory")

    monkeypatch.setattr(importing, "read_table", whole_file)
    rows = [line(str(5000 + n), "MUG", "1", "10.00", customer=f"c{n % 7}") for n in range(50)]
    shop = new_shop()
    result = plan_import(shop.db, ImportRequest("orders", write_csv(tmp_path / "o.csv", rows)))
    assert result.counts["new"] == 50


def test_true_and_1_are_not_read_as_each_other(new_shop, tmp_path):
    """A workbook can hold TRUE in a cell where a number 1 stood on another row; an order
    number that Excel turned into TRUE is rejected while 1 is read as "1"."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Order number", "Placed at", "Customer", "SKU", "Quantity", "Unit price"])
    sheet.append([1, "2024-03-05 10:00", "alice", "MUG", 1, 10])
    sheet.append([True, "2024-03-05 10:00", "bob", "MUG", 1, 10])
    sheet.append([1.0, "2024-03-05 10:00", "alice", "TEA", True, 10])
    book.save(tmp_path / "orders.xlsx")
    result = plan(new_shop(), tmp_path / "orders.xlsx")
    assert [r.row_number for r in result.rejected] == [2, 3, 4]
    reasons = [r.reason() for r in result.rejected]
    assert "TRUE/FALSE" in reasons[1]
    assert "another line of order 1" in reasons[0] and "not a number" in reasons[2]


def test_a_re_import_compares_order_by_order_across_lookup_batches(new_shop, tmp_path, monkeypatch):
    from shopkeeper.services.exchange.kinds import orders as orders_kind

    monkeypatch.setattr(orders_kind, "LOOKUP_BATCH", 2)
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 3)
    shop = new_shop()
    rows = _mixed_rows()
    commit_import(shop.db, plan(shop, write_csv(tmp_path / "first.csv", rows)))
    before = _orders(shop)
    rows[-1] = line("1005", "PEN", "4", "1.20", customer="alice")  # one order changed
    again = plan(shop, write_csv(tmp_path / "again.csv", rows))
    assert again.counts == {"new": 0, "changed": 1, "unchanged": 7, "rejected": 0}
    commit_import(shop.db, again)
    after = _orders(shop)
    assert [o for o in after if o[0] != "1005"] == [o for o in before if o[0] != "1005"]
    assert next(o for o in after if o[0] == "1005")[3] == 480


def test_a_file_of_many_bad_rows_is_not_held_but_the_report_has_every_row(
    new_shop, tmp_path, monkeypatch
):
    from shopkeeper.services.exchange import plans

    monkeypatch.setattr(plans, "KEPT_REJECTED_CELLS", 1)
    rows = [line(str(6000 + n), "MUG", "lots", "10.00") for n in range(5)]
    result = plan(new_shop(), write_csv(tmp_path / "bad.csv", rows))
    assert result.counts["rejected"] == 5
    assert [r.cells is None for r in result.rejected] == [False, True, True, True, True]
    out = tmp_path / "rejects.xlsx"
    assert write_rejects(result, out) == 5
    sheet = openpyxl.load_workbook(out).active
    written = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(row[0], row[2], row[9]) for row in written] == [
        (n + 2, str(6000 + n), "lots") for n in range(5)
    ]
