"""File > Import… and Export…, and a spreadsheet dropped on the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from shopkeeper.services.changes import ALL_TABLES
from shopkeeper.services.shop import index_orders_for_search

# The wizard and the export dialog pull in openpyxl (~0.5 s): they are imported on
# first use, not while the window opens a shop.


def exchange_menu_entries(actions) -> list:
    """(text, slot, shortcut) for the File menu."""
    window = actions.window
    return [
        (
            QCoreApplication.translate("ExchangeActions", "&Import…"),
            lambda: start_import(window),
            "Ctrl+I",
        ),
        (
            QCoreApplication.translate("ExchangeActions", "&Export…"),
            lambda: start_export(window),
            "Ctrl+E",
        ),
    ]


def _imported(window, counts: dict) -> None:
    tables = counts.get("tables", ALL_TABLES)
    window.notify_changed(tables)
    if window.shop is not None and ("orders" in tables or tables is ALL_TABLES):
        # New orders are searchable at once (by a scan); the index catches up here.
        shop = window.shop
        window.runner.run(
            lambda _progress: index_orders_for_search(shop),
            title=QCoreApplication.translate("ExchangeActions", "Indexing orders for search…"),
            parent=window,
            dialog=False,
        )
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "ExchangeActions", "Imported: {new:,} new, {changed:,} changed."
        ).format(new=counts["new"], changed=counts["changed"]),
        15000,
    )


def start_import(window, file: Path | str | None = None):
    """Open the import wizard (pre-filled with ``file`` when one was dropped)."""
    if window.shop is None:
        return None
    from shopkeeper.ui.import_wizard import ImportWizard
    from shopkeeper.ui.import_wizard.pages import FILE

    existing = next((w for w in window.findChildren(ImportWizard) if w.isVisible()), None)
    if existing is not None and existing.done_page.finished:
        existing.accept()  # the last import is over; start afresh
    elif existing is not None:
        if file and existing.currentId() == FILE:
            existing.file_page.path.setText(str(file))
        existing.raise_()
        existing.activateWindow()
        return existing
    wizard = ImportWizard(
        window.shop,
        window.runner,
        file=Path(file) if file else None,
        on_imported=lambda counts: _imported(window, counts),
        parent=window,
    )
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard


def start_export(window):
    if window.shop is None:
        return None
    from shopkeeper.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(
        window.shop,
        window.runner,
        on_exported=lambda text: window.statusBar().showMessage(text, 15000),
        parent=window,
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
