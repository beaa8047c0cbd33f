"""The shared table pieces: the row model, the table view and the filter bar."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from shopkeeper.ui.models.row_table_model import ID_ROLE, Column, RowTableModel
from shopkeeper.ui.widgets.data_table import DataTable
from shopkeeper.ui.widgets.filter_bar import FilterBar


@dataclass(frozen=True)
class Item:
    id: int
    title: str
    price: int | None


COLUMNS = [
    Column("Title", lambda r: r.title),
    Column(
        "Price",
        lambda r: "" if r.price is None else str(r.price),
        key=lambda r: r.price,
        numeric=True,
    ),
]


def make_model(count=1200):
    model = RowTableModel(COLUMNS)
    model.set_rows([Item(n, f"商品{n:04}", None if n % 7 == 0 else n % 50) for n in range(count)])
    return model


def test_row_model_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(make_model(30))


def test_rows_reach_the_view_in_chunks(qapp):
    model = make_model()
    assert model.rowCount() == 500 and model.total() == 1200
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 1200 and not model.canFetchMore()


def test_sorting_orders_every_row_and_puts_blanks_last(qapp):
    model = make_model()
    model.sort(1, Qt.SortOrder.AscendingOrder)
    prices = [row.price for row in model.rows()]
    assert prices[:3] == [0, 0, 0] and prices[-1] is None
    assert prices.index(None) == 1200 - sum(1 for n in range(1200) if n % 7 == 0)


def test_finding_a_row_beyond_the_loaded_chunk_fetches_it(qapp):
    model = make_model()
    row = model.row_of(1100)
    assert row == 1100 and model.rowCount() == 1101
    assert model.index(row, 0).data(ID_ROLE) == 1100


def test_ctrl_c_copies_the_selected_rows_as_tab_separated_text(qtbot, qapp):
    table = DataTable()
    qtbot.addWidget(table)
    table.setModel(make_model(5))
    table.selectRow(1)
    table.selectionModel().select(
        table.model().index(3, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    table.setFocus()
    qtbot.keySequence(table, QKeySequence.StandardKey.Copy)
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0] == "Title\tPrice"
    assert "商品0003\t3" in text.splitlines()


def test_column_widths_are_remembered(qtbot, qapp):
    first = DataTable("widths")
    qtbot.addWidget(first)
    first.setModel(make_model(3))
    first.horizontalHeader().resizeSection(0, 321)
    first.save_columns()
    second = DataTable("widths")
    qtbot.addWidget(second)
    second.setModel(make_model(3))
    assert second.horizontalHeader().sectionSize(0) == 321


def test_filter_bar_waits_for_typing_to_stop_then_says_changed(qtbot):
    bar = FilterBar(
        "Search…", period_presets=("all_time", "last_7_days"), today=lambda: date(2025, 3, 10)
    )
    qtbot.addWidget(bar)
    with qtbot.waitSignal(bar.changed, timeout=2000):
        qtbot.keyClicks(bar.search, "mug")
    assert bar.text() == "mug"
    bar.set_preset("last_7_days")
    assert bar.date_range() == (date(2025, 3, 4), date(2025, 3, 10))


def test_editing_a_date_switches_the_period_to_custom(qtbot):
    bar = FilterBar(
        "Search…", period_presets=("all_time", "last_7_days"), today=lambda: date(2025, 3, 10)
    )
    qtbot.addWidget(bar)
    bar.set_preset("last_7_days")
    bar.date_from.setDate(date(2025, 2, 1))
    assert bar.period.currentData() == "custom"
    assert bar.date_range() == (date(2025, 2, 1), date(2025, 3, 10))


def test_view_buttons_show_counts(qtbot):
    bar = FilterBar("Search…", views={"all": "All ({count})", "open": "Open ({count})"})
    qtbot.addWidget(bar)
    bar.set_counts({"all": 12345, "open": 3})
    assert bar.view_buttons["all"].text() == "All (12,345)"
    qtbot.mouseClick(bar.view_buttons["open"], Qt.MouseButton.LeftButton)
    assert bar.view() == "open"
