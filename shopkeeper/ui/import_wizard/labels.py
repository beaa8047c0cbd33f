"""Names of import kinds and file formats as the user sees them, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services.exchange import SPREADSHEET_SUFFIXES

# In the order a seller reaches for them; ids are the exchange services' kinds.
KIND_LABELS = {
    "orders": QT_TRANSLATE_NOOP("ExchangeKinds", "Orders"),
    "listings": QT_TRANSLATE_NOOP("ExchangeKinds", "Listings"),
    "customers": QT_TRANSLATE_NOOP("ExchangeKinds", "Customers"),
    "tickets": QT_TRANSLATE_NOOP("ExchangeKinds", "Tickets"),
    "traffic": QT_TRANSLATE_NOOP("ExchangeKinds", "Traffic"),
    "ad-spend": QT_TRANSLATE_NOOP("ExchangeKinds", "Ad spend"),
    "competitor-prices": QT_TRANSLATE_NOOP("ExchangeKinds", "Competitor prices"),
    "promotions": QT_TRANSLATE_NOOP("ExchangeKinds", "Promotions"),
}

# exporting.ExportFormat labels are plain English; marked here so lupdate collects them.
EXPORT_FORMAT_LABELS = {
    "xlsx": QT_TRANSLATE_NOOP("ExportFormat", "Excel workbook (.xlsx)"),
    "csv": QT_TRANSLATE_NOOP("ExportFormat", "CSV (UTF-8, opens in Excel)"),
    "shopify": QT_TRANSLATE_NOOP("ExportFormat", "Shopify product CSV"),
    "taobao": QT_TRANSLATE_NOOP("ExportFormat", "Taobao Assistant CSV (淘宝助理)"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("ExchangeKinds", KIND_LABELS.get(kind, kind))


def field_label(field) -> str:
    return QCoreApplication.translate("Field", field.label)


def format_label(fmt) -> str:
    return QCoreApplication.translate("Format", fmt.label)


def export_format_label(fmt) -> str:
    return QCoreApplication.translate("ExportFormat", EXPORT_FORMAT_LABELS.get(fmt.id, fmt.label))


def import_file_filter() -> str:
    return ";;".join(
        (
            QCoreApplication.translate(
                "ExchangeKinds", "Spreadsheets and CSV files ({patterns})"
            ).format(patterns=" ".join(f"*{suffix}" for suffix in SPREADSHEET_SUFFIXES)),
            QCoreApplication.translate("ExchangeKinds", "All files (*)"),
        )
    )


def translate(context: str, text: str) -> str:
    """Qt's translate, in the shape the exchange services take for reject reasons."""
    return QCoreApplication.translate(context, text)
