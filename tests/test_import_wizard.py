"""File > Import…: the wizard from a file to a committed import, step by step."""

from pathlib import Path

import openpyxl
import pytest
from conftest import SHARED_DATA, needs_shared_data
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWizard

from shopkeeper.errors import UserError
from shopkeeper.services.exchange import list_presets
from shopkeeper.services.shop import open_shop
from shopkeeper.ui.background import BackgroundRunner
from shopkeeper.ui.import_wizard import ImportWizard
from shopkeeper.ui.import_wizard.pages import DONE, FILE, MAPPING, PREVIEW, SHEET, SUMMARY

HEADER = "订单号,下单时间,数量,单价,商品标题\n"
ORDERS = HEADER + (
    "A1001,2024-03-01 10:00,2,19.90,绿茶 Green tea\n"
    "A1002,2024-03-02 11:30,1,abc,乌龙茶 Oolong\n"
    "A1003,2024-03-03 09:15,3,5.50,茉莉花茶 Jasmine\n"
    "A1004,2024-03-04 16:45,1,88.00,普洱茶饼 Pu'er cake\n"
)
GOOD_ORDERS = HEADER + "A2001,2024-04-01 10:00,2,19.90,绿茶\nA2002,2024-04-02 12:00,1,9.90,红茶\n"
AMBIGUOUS = HEADER + "B1,01/02/2024,1,9.90,绿茶\nB2,03/04/2024,2,12.00,红茶\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def order_lines(shop) -> int:
    return shop.db.execute("SELECT count(*) FROM order_items").fetchone()[0]


@pytest.fixture
def open_window(window, shop_path):
    open_shop(shop_path).close()
    window.actions.open_path(shop_path)
    assert window.shop is not None
    return window


def start(window, path: Path) -> ImportWizard:
    window.actions.start_import(path)
    return shown_wizard(window)


def shown_wizard(window) -> ImportWizard:
    shown = [w for w in window.findChildren(ImportWizard) if w.isVisible()]
    assert len(shown) == 1
    return shown[0]


def go(wizard: ImportWizard, page_id: int) -> None:
    wizard.next()
    assert wizard.currentId() == page_id, wizard.currentPage().problem.text()


def tile_counts(wizard) -> dict[str, str]:
    return {k: t.number.text() for k, t in wizard.summary_page.tiles.items()}


def save_rejects_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def import_file(wizard, monkeypatch, rejects: Path | None = None) -> None:
    """From the file page to the end, choosing to import the good rows."""
    go(wizard, MAPPING)
    go(wizard, PREVIEW)
    go(wizard, SUMMARY)
    if rejects is not None:
        wizard.summary_page.import_good.click()
        save_rejects_to(monkeypatch, rejects)
    go(wizard, DONE)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()


def test_orders_import_end_to_end(open_window, tmp_path, monkeypatch):
    """Chinese headers map by themselves; a bad price is red in the preview, counted as
    rejected, saved with its reason; the good rows are imported after a backup."""
    source = write(tmp_path, "orders.csv", ORDERS)
    wizard = start(open_window, source)
    assert wizard.file_page.path.text() == str(source)

    go(wizard, MAPPING)  # one sheet and clear dates: the sheet page is skipped
    assert wizard.mapping_page.mapping() == {
        "order_no": 0,
        "placed_at": 1,
        "title": 4,
        "quantity": 2,
        "unit_price": 3,
    }
    assert wizard.mapping_page.isComplete()

    go(wizard, PREVIEW)
    bad = wizard.preview_page.bad_cells()
    assert len(bad) == 1
    row, column, tip = bad[0]
    table = wizard.preview_page.table
    assert table.verticalHeaderItem(row).text() == "3"  # line 3 of the file
    assert table.item(row, column).text() == "abc"
    assert tip == "Unit price: not a number"
    assert table.item(row, 0).text() == "Unit price: not a number"  # the Problem column

    go(wizard, SUMMARY)
    assert tile_counts(wizard) == {"new": "3", "changed": "0", "unchanged": "0", "rejected": "1"}
    assert not wizard.summary_page.reject_box.isHidden()
    assert wizard.summary_page.rejects.item(0, 1).text() == "Unit price: not a number"

    rejects = tmp_path / "rejected.xlsx"
    wizard.summary_page.import_good.click()
    save_rejects_to(monkeypatch, rejects)
    go(wizard, DONE)
    assert wizard.done_page.result.text() == "Imported: 3 new, 0 changed."
    assert order_lines(open_window.shop) == 3
    assert "Imported: 3 new" in open_window.statusBar().currentMessage()
    assert any(b.reason == "before-import" for b in open_window.shop.backups())

    sheet = openpyxl.load_workbook(rejects).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Row", "Reason", "订单号", "下单时间", "数量", "单价", "商品标题")
    assert rows[1] == (
        3,
        "Unit price: not a number",
        "A1002",
        "2024-03-02 11:30",
        "1",
        "abc",
        "乌龙茶 Oolong",
    )
    assert len(rows) == 2


def test_second_import_of_same_file_changes_nothing(open_window, tmp_path, monkeypatch):
    """Importing the same file again reports every row unchanged and adds nothing."""
    source = write(tmp_path, "orders.csv", GOOD_ORDERS)
    import_file(start(open_window, source), monkeypatch)
    assert order_lines(open_window.shop) == 2
    backups = len(open_window.shop.backups())

    wizard = start(open_window, source)
    go(wizard, MAPPING)
    go(wizard, PREVIEW)
    go(wizard, SUMMARY)
    assert tile_counts(wizard) == {"new": "0", "changed": "0", "unchanged": "2", "rejected": "0"}
    assert "already in your shop" in wizard.summary_page.note.text()
    go(wizard, DONE)
    assert "Nothing to import" in wizard.done_page.result.text()
    assert order_lines(open_window.shop) == 2
    assert len(open_window.shop.backups()) == backups  # nothing to change, nothing to back up


def test_import_nothing_keeps_the_shop_as_it_was(open_window, tmp_path):
    """With rejected rows, “Import nothing” imports no row at all."""
    wizard = start(open_window, write(tmp_path, "orders.csv", ORDERS))
    go(wizard, MAPPING)
    go(wizard, PREVIEW)
    go(wizard, SUMMARY)
    assert wizard.summary_page.import_nothing.isChecked()
    go(wizard, DONE)
    assert "Nothing was imported" in wizard.done_page.result.text()
    assert order_lines(open_window.shop) == 0


def test_truncated_xlsx_shows_a_clear_message(open_window, tmp_path):
    """A damaged .xlsx is refused on the first page with a plain message; nothing changes."""
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    backups = len(open_window.shop.backups())
    wizard = start(open_window, broken)
    wizard.next()
    assert wizard.currentId() == FILE
    message = wizard.file_page.problem.text()
    assert "broken.xlsx is not a valid Excel file" in message
    assert not wizard.file_page.problem.isHidden()
    assert order_lines(open_window.shop) == 0
    assert len(open_window.shop.backups()) == backups


def test_missing_file_is_named(open_window, tmp_path):
    """A path that is not there is refused with the path in the message."""
    wizard = start(open_window, tmp_path / "gone.csv")
    wizard.next()
    assert wizard.currentId() == FILE
    assert "gone.csv" in wizard.file_page.problem.text()


def test_ambiguous_dates_are_asked_not_guessed(open_window, tmp_path, monkeypatch):
    """Dates like 01/02/2024 stop on a question with the example; the answer is used."""
    wizard = start(open_window, write(tmp_path, "ambiguous.csv", AMBIGUOUS))
    go(wizard, SHEET)
    page = wizard.sheet_page
    assert page.sheets.isHidden() and not page.dates.isHidden()
    assert "01/02/2024" in page.dates.question.text()
    assert set(page.dates.buttons) == {"dmy", "mdy"}
    # The long date follows the UI locale ("1 February 2024", "February 1, 2024").
    assert "February" in page.dates.buttons["dmy"].text()
    assert "January" in page.dates.buttons["mdy"].text()
    wizard.next()
    assert wizard.currentId() == SHEET  # no answer, no going on
    assert "Choose how the dates are written" in page.problem.text()

    page.dates.choose("mdy")
    import_file(wizard, monkeypatch)
    placed = open_window.shop.db.execute(
        "SELECT placed_at FROM orders WHERE order_no = 'B1'"
    ).fetchone()[0]
    assert placed.startswith("2024-01-02")


def test_summary_asks_the_date_order_after_a_remap(open_window, tmp_path):
    """Mapping “Placed at” to a column of ambiguous dates makes the summary ask, then re-check."""
    text = (
        "订单号,下单时间,付款时间,数量,单价\n"
        "C1,2024-05-01 10:00,05/06/2024,1,9.90\nC2,2024-05-02 10:00,07/08/2024,1,9.90\n"
    )
    wizard = start(open_window, write(tmp_path, "paid.csv", text))
    go(wizard, MAPPING)
    combo = wizard.mapping_page.combos["placed_at"]
    combo.setCurrentIndex(combo.findText("付款时间"))
    go(wizard, PREVIEW)
    assert "ambiguous" in wizard.preview_page.bad_cells()[0][2]
    go(wizard, SUMMARY)
    summary = wizard.summary_page
    assert not summary.dates.isHidden() and not summary.isComplete()
    assert "05/06/2024" in summary.dates.question.text()
    summary.dates.choose("dmy")
    assert summary.isComplete()
    assert tile_counts(wizard)["new"] == "2"


def test_mapping_preset_is_saved_and_applied_to_a_reordered_file(
    open_window, tmp_path, monkeypatch
):
    """A mapping saved by name finds its columns again by header text in the next file."""
    first = write(tmp_path, "warehouse.csv", "Ref,When,Pcs,Each\nW1,2024-06-01,2,3.00\n")
    wizard = start(open_window, first)
    go(wizard, MAPPING)
    page = wizard.mapping_page
    assert not page.isComplete()
    assert "Order number" in page.status.text() and "Quantity" in page.status.text()
    for fid, header in {
        "order_no": "Ref",
        "placed_at": "When",
        "quantity": "Pcs",
        "unit_price": "Each",
    }.items():
        page.combos[fid].setCurrentIndex(page.combos[fid].findText(header))
    assert page.isComplete()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Warehouse sheet", True))
    page.save_button.click()
    assert [p.name for p in list_presets(open_window.shop.db, "orders")] == ["Warehouse sheet"]
    wizard.reject()

    second = write(tmp_path, "warehouse-july.csv", "Each,Pcs,Ref,When\n4.50,1,W2,2024-07-01\n")
    wizard = start(open_window, second)
    go(wizard, MAPPING)
    page = wizard.mapping_page
    assert not page.isComplete()
    page.apply_preset_named("Warehouse sheet")
    assert page.mapping() == {"order_no": 2, "placed_at": 3, "quantity": 1, "unit_price": 0}
    assert page.isComplete()


def test_dropped_file_opens_the_wizard_with_the_file(open_window, tmp_path):
    """A spreadsheet dropped on the main window starts the wizard, file filled in."""
    source = write(tmp_path, "dropped.csv", GOOD_ORDERS)
    open_window.actions.start_import(source)
    wizard = shown_wizard(open_window)
    assert wizard.isVisible() and wizard.currentId() == FILE
    assert wizard.file_page.path.text() == str(source)


@pytest.mark.parametrize(
    "name",
    [
        "orders.txt",
        "orders.xlsb",
        "orders.CSV",
        "orders.xlsx",
        "orders.tsv",
        "orders.ods",
        "orders.xlsm",
        "orders.xls",
    ],
)
def test_every_readable_spreadsheet_can_be_dropped(open_window, tmp_path, name):
    """Dropping any file the importer reads (.txt and .xlsb too) is accepted."""
    mime = QMimeData()
    mime.setUrls(
        [QUrl.fromLocalFile(str(tmp_path / "notes.pdf")), QUrl.fromLocalFile(str(tmp_path / name))]
    )
    assert open_window.actions.droppable_file(mime) == tmp_path / name


def test_other_files_are_not_droppable(open_window, tmp_path):
    """A PDF or a picture dropped on the window is ignored."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / n)) for n in ("a.pdf", "b.png", "c")])
    assert open_window.actions.droppable_file(mime) is None


def test_window_is_told_which_tables_the_import_changed(open_window, tmp_path, monkeypatch):
    """After an orders import the window refreshes the order tables, not every tab."""
    heard = []
    open_window.shop_changed.connect(heard.append)
    import_file(start(open_window, write(tmp_path, "orders.csv", GOOD_ORDERS)), monkeypatch)
    assert len(heard) == 1
    assert {"orders", "order_items"} <= heard[0]
    assert "*" not in heard[0] and "products" not in heard[0]


def test_file_menu_has_import_and_export(open_window):
    """File > Import… (Ctrl+I) opens the wizard; Export… has Ctrl+E."""
    actions = {a.text().replace("&", ""): a for a in open_window.menu_actions.all}
    assert actions["Import…"].shortcut().toString() == "Ctrl+I"
    assert actions["Export…"].shortcut().toString() == "Ctrl+E"
    actions["Import…"].trigger()
    wizard = shown_wizard(open_window)
    assert wizard.isVisible() and wizard.file_page.path.text() == ""
    assert not wizard.file_page.isComplete()


def test_failed_commit_changes_nothing(open_window, tmp_path, monkeypatch):
    """When writing fails half way, the message is shown and no row was imported."""
    wizard = start(open_window, write(tmp_path, "orders.csv", GOOD_ORDERS))
    go(wizard, MAPPING)
    go(wizard, PREVIEW)
    go(wizard, SUMMARY)
    real_apply = wizard.state.plan.apply

    def fail_half_way(db, progress):
        real_apply(db, progress)
        raise UserError("The disk is full.")

    wizard.state.plan.apply = fail_half_way
    go(wizard, DONE)
    assert wizard.done_page.result.text() == "Nothing was imported."
    assert wizard.done_page.problem.text() == "The disk is full."
    assert order_lines(open_window.shop) == 0


class CancellingRunner(BackgroundRunner):
    """Presses Cancel on every job whose title starts with ``prefix``."""

    def __init__(self, errors, prefix):
        super().__init__(errors, synchronous=True, quiet=True)
        self.prefix = prefix

    def run(self, fn, *, title, **kw):
        if title.startswith(self.prefix):

            def cancelled(progress):
                progress.cancel()
                progress(0, 0, "")

            return super().run(cancelled, title=title, **kw)
        return super().run(fn, title=title, **kw)


def test_cancelled_check_can_be_run_again(qtbot, shop, errors, tmp_path):
    """Cancel during the dry run leaves the page waiting; Check again runs it."""
    runner = CancellingRunner(errors, "Checking")
    wizard = ImportWizard(shop, runner, file=write(tmp_path, "orders.csv", GOOD_ORDERS))
    qtbot.addWidget(wizard)
    wizard.show()
    go(wizard, MAPPING)
    go(wizard, PREVIEW)
    go(wizard, SUMMARY)
    page = wizard.summary_page
    assert "cancelled" in page.status.text() and not page.isComplete()
    runner.prefix = "nothing"
    page.retry.click()
    assert page.isComplete() and tile_counts(wizard)["new"] == "2"


@needs_shared_data
def test_two_sheet_workbook_lists_both_sheets(open_window):
    """The sheet page lists every sheet of a workbook; the chosen one is read."""
    path = SHARED_DATA / "online_retail" / "online_retail_II_first500_2sheets.xlsx"
    wizard = start(open_window, path)
    go(wizard, SHEET)
    page = wizard.sheet_page
    names = [page.sheets.item(i).text() for i in range(page.sheets.count())]
    assert names == ["Year 2009-2010", "Year 2010-2011"]
    assert not page.sheets.isHidden()
    page.sheets.setCurrentRow(1)
    go(wizard, MAPPING)
    assert wizard.state.sheet == "Year 2010-2011"
    assert wizard.mapping_page.isComplete()


def test_threaded_runner_moves_on_when_work_is_done(qtbot, shop, errors, tmp_path):
    """With real background threads, Next waits for the reading and then moves on by itself."""
    runner = BackgroundRunner(errors, quiet=True)
    wizard = ImportWizard(shop, runner, file=write(tmp_path, "orders.csv", GOOD_ORDERS))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING)
    go(wizard, PREVIEW)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.summary_page.isComplete())
    assert tile_counts(wizard)["new"] == "2"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.done_page.isComplete())
    assert wizard.done_page.result.text() == "Imported: 2 new, 0 changed."
    assert order_lines(shop) == 2


def test_a_file_fixed_meanwhile_is_read_again(open_window, tmp_path):
    """Going back after fixing the file in Excel reads the new version, not a stale copy."""
    source = write(tmp_path, "orders.csv", ORDERS)
    wizard = start(open_window, source)
    go(wizard, MAPPING)
    go(wizard, PREVIEW)
    assert len(wizard.preview_page.bad_cells()) == 1
    wizard.back()
    wizard.back()
    assert wizard.currentId() == FILE
    source.write_text(ORDERS.replace(",abc,", ",12.50,"), encoding="utf-8")
    go(wizard, MAPPING)
    go(wizard, PREVIEW)
    assert wizard.preview_page.bad_cells() == []


def test_rejects_file_keeps_numbers_and_shows_dates_as_text(tmp_path):
    """Rejected workbook rows keep numbers as numbers and dates as readable ISO text."""
    from datetime import datetime

    from shopkeeper.services.exchange.errors import CellError
    from shopkeeper.services.exchange.formats import GENERIC
    from shopkeeper.services.exchange.importing import ImportPlan, ImportRequest, Rejected
    from shopkeeper.services.exchange.rejects import write_rejects

    cells = ["=HYPERLINK(1)", datetime(2024, 3, 1, 10, 30), 2.0, "abc"]
    plan = ImportPlan(
        ImportRequest("orders", tmp_path / "x.xlsx"),
        ["Order", "Date", "Qty", "Price"],
        GENERIC["orders"],
        {},
        statuses=["rejected"],
        rejected=[Rejected(7, cells, CellError("not a number"))],
    )
    out = tmp_path / "rejects.xlsx"
    assert write_rejects(plan, out) == 1
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows == [
        ("Row", "Reason", "Order", "Date", "Qty", "Price"),
        (7, "not a number", "=HYPERLINK(1)", "2024-03-01 10:30:00", 2, "abc"),
    ]
