"""File > Export…: a table of the shop to a file, in the background, never a half file."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from shopkeeper.errors import Cancelled
from shopkeeper.services.exchange.exporting import export_table
from shopkeeper.services.exchange.importing import ImportRequest, commit_import, plan_import
from shopkeeper.services.shop import open_shop
from shopkeeper.ui.background import BackgroundRunner
from shopkeeper.ui.dialogs.export_dialog import ExportDialog

ORDERS = (
    "订单号,下单时间,数量,单价,商品标题,运费\n"
    "E1,2024-03-01 10:00,2,19.90,绿茶 Green tea,6.00\n"
    "E1,2024-03-01 10:00,1,35.00,紫砂杯 Clay cup,\n"
    "E2,2024-03-02 11:30,1,128.00,普洱茶饼 Pu'er cake,0\n"
)


def add_orders(shop, tmp_path: Path, text: str = ORDERS) -> int:
    source = tmp_path / "seed.csv"
    source.write_text(text, encoding="utf-8")
    plan = plan_import(shop.db, ImportRequest("orders", source))
    commit_import(shop.db, plan)
    return len(plan.statuses)


def many_orders(count: int) -> str:
    lines = [f"M{n},2024-01-01 09:00,1,1.00,Item {n}" for n in range(count)]
    return "订单号,下单时间,数量,单价,商品标题\n" + "\n".join(lines) + "\n"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.fixture
def dialog(qtbot, shop, runner):
    messages = []
    dlg = ExportDialog(shop, runner, on_exported=messages.append)
    dlg.messages = messages
    qtbot.addWidget(dlg)
    return dlg


def test_orders_export_imports_back_unchanged(dialog, shop, tmp_path):
    """An .xlsx export of the orders, imported straight back, changes no row."""
    rows = add_orders(shop, tmp_path)
    out = tmp_path / "out" / "orders.xlsx"
    out.parent.mkdir()
    dialog.set_kind("orders")
    dialog.set_format("xlsx")
    dialog.path.setText(str(out))
    dialog.export()
    assert out.exists()
    assert dialog.messages == [f"Exported {rows} rows to {out}."]
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    plan = plan_import(shop.db, ImportRequest("orders", out))
    assert plan.counts == {"new": 0, "changed": 0, "unchanged": rows, "rejected": 0}


def test_format_sets_the_file_suffix(dialog, tmp_path):
    """Choosing CSV turns the suggested file name into .csv; listings offer platform CSVs."""
    dialog.set_kind("orders")
    assert dialog.path.text().endswith(".xlsx")
    dialog.set_format("csv")
    assert dialog.path.text().endswith(".csv")
    dialog.set_kind("listings")
    ids = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert ids == ["xlsx", "csv", "shopify", "taobao"]


def test_save_dialog_adds_the_suffix(dialog, tmp_path, monkeypatch):
    """A name chosen without a suffix gets the format's suffix."""
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "my orders"), "")
    )
    dialog.set_format("xlsx")
    dialog.browse.click()
    assert dialog.path.text() == str(tmp_path / "my orders.xlsx")


class CancelAfterStart(BackgroundRunner):
    """Presses Cancel once the export has written its first few thousand rows."""

    def run(self, fn, **kw):
        def wrapped(progress):
            calls = []

            def report(done, total, text=""):
                calls.append(done)
                if len(calls) > 1:
                    progress.cancel()
                progress(done, total, text)

            return fn(report)

        return super().run(wrapped, **kw)


def test_cancelled_export_leaves_no_file(qtbot, shop, errors, tmp_path):
    """Cancel half way through a large export: no file, no partial file, and it says so."""
    add_orders(shop, tmp_path, many_orders(2_500))
    runner = CancelAfterStart(errors, synchronous=True, quiet=True)
    dlg = ExportDialog(shop, runner)
    qtbot.addWidget(dlg)
    out = tmp_path / "export" / "orders.xlsx"
    out.parent.mkdir()
    dlg.set_kind("orders")
    dlg.path.setText(str(out))
    dlg.export()
    assert not out.exists()
    assert leftovers(out.parent) == []
    assert "cancelled" in dlg.problem.text() and not dlg.problem.isHidden()
    assert dlg.export_button.isEnabled()


@pytest.mark.parametrize("format_id", ["xlsx", "csv"])
def test_export_service_cancel_removes_the_file(shop, tmp_path, format_id):
    """export_table stops on Cancelled from its progress and removes what it wrote."""
    add_orders(shop, tmp_path, many_orders(2_500))
    out = tmp_path / "export" / f"orders.{format_id}"
    out.parent.mkdir()

    def cancel(done, total, text):
        raise Cancelled()

    with pytest.raises(Cancelled):
        export_table(shop.db, "orders", out, format_id=format_id, progress=cancel)
    assert list(out.parent.iterdir()) == []


def test_export_from_the_file_menu_reports_in_the_status_bar(window, shop_path, tmp_path):
    """File > Export… writes the file and the status bar says where."""
    shop = open_shop(shop_path)
    add_orders(shop, tmp_path)
    shop.close()
    window.actions.open_path(shop_path)
    actions = {a.text().replace("&", ""): a for a in window.menu_actions.all}
    actions["Export…"].trigger()
    dlg = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
    out = tmp_path / "menu-export.csv"
    dlg.set_format("csv")
    dlg.path.setText(str(out))
    dlg.export()
    assert out.exists() and not dlg.isVisible()
    assert f"Exported 3 rows to {out}." == window.statusBar().currentMessage()
