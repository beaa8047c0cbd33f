"""Any table of the shop out to a real spreadsheet, or to a platform's CSV."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from shopkeeper.services.money import exponent as currency_exponent
from shopkeeper.services.money import plain_amount
from shopkeeper.services.progress_steps import EXPORTING
from shopkeeper.services.shop_settings import shop_zone
from shopkeeper.store import settings
from shopkeeper.store.protected import check_target, shop_file_of

from . import listing_channels, shopify_export
from .cell_limits import ExportWarnings, count_formulas, cut_long_text, guard_formulas
from .csv_writer import write_csv
from .export_queries import COUNTS, QUERIES
from .fields import fields
from .formats import TAOBAO
from .xlsx_writer import Column, write_xlsx

Progress = Callable[[int, int, str], None]
_COLUMN_TYPE = {
    "money": "money",
    "int": "int",
    "grams": "int",
    "datetime": "datetime",
    "date": "date",
    "choice": "choice",
    "percent": "percent_bp",
}


@dataclass(frozen=True)
class ExportFormat:
    id: str
    label: str
    suffix: str


XLSX = ExportFormat("xlsx", "Excel workbook (.xlsx)", ".xlsx")
CSV = ExportFormat("csv", "CSV (UTF-8, opens in Excel)", ".csv")
SHOPIFY_CSV = ExportFormat("shopify", "Shopify product CSV", ".csv")
TAOBAO_CSV = ExportFormat("taobao", "Taobao Assistant CSV (淘宝助理)", ".csv")
KINDS = tuple(QUERIES)
_TEXT_TYPES = ("text", "identifier", "choice")


def export_formats(kind: str) -> tuple[ExportFormat, ...]:
    return (XLSX, CSV, SHOPIFY_CSV, TAOBAO_CSV) if kind == "listings" else (XLSX, CSV)


def columns(kind: str) -> list[Column]:
    return [Column(f.label, _COLUMN_TYPE.get(f.type, "text"), f.choices) for f in fields(kind)]


def _money_cells(kind: str, rows: Iterator[tuple], exp: int) -> Iterator[tuple]:
    """Money as plain decimal text, for CSV files that platforms read."""
    money = [i for i, f in enumerate(fields(kind)) if f.type == "money"]
    for row in rows:
        row = list(row)
        for i in money:
            if row[i] is not None:
                row[i] = plain_amount(row[i], exp)
        yield row


def _platform_rows(kind_rows: Iterator, order: list[str], exp: int) -> Iterator[list]:
    ids = [f.id for f in fields("listings")]
    for row in _money_cells("listings", kind_rows, exp):
        values = dict(zip(ids, row, strict=True))
        yield [values.get(fid) if fid else None for fid in order]


def export_table(
    db: Database,
    kind: str,
    out: Path | str,
    *,
    format_id: str = "xlsx",
    progress: Progress | None = None,
    warnings: ExportWarnings | None = None,
    changed_since_last: bool = False,
    remember: bool = True,
) -> int:
    """Write ``kind`` to ``out``; returns rows written. A cancelled export leaves no file.

    A listings export is remembered per format; with ``changed_since_last`` it holds
    only the listings edited since the last export to that format (all when never).
    The Shopify and Taobao formats write their channel's own titles and prices.
    """
    if kind != "listings":
        return _export(db, kind, out, format_id, progress, warnings, None)
    started = listing_channels.now()
    since = listing_channels.last_export(db, format_id) if changed_since_last else None
    handles = listing_channels.changed_handles(db, since)
    count = _export(db, kind, out, format_id, progress, warnings, (since, handles))
    if remember:  # else the caller records it (listing_channels.record_export_in_file)
        listing_channels.record_export(db, format_id, started, count, changed_since_last)
    return count


def _export(
    db: Database,
    kind: str,
    out: Path | str,
    format_id: str,
    progress: Progress | None,
    warnings: ExportWarnings | None,
    changed: tuple[str | None, set[str] | None] | None,
) -> int:
    """``changed``: for listings, (last export time, handles edited since; None = all).

    ``warnings`` collects what the user should know about the file (text cut at Excel's
    cell limit; cells a spreadsheet could run as formulas in a platform's CSV).

    ``out`` is refused (before anything is written) when it is the shop file, one
    of its working files, inside the backups folder, a folder, or in a missing folder.
    """
    out = check_target(out, shop=shop_file_of(db))
    exp = currency_exponent(settings.get(db, settings.CURRENCY))
    total = db.execute(COUNTS[kind]).fetchone()[0]
    handles = None
    if changed is not None:
        total = listing_channels.changed_count(db, changed[0])
        handles = changed[1]

    def stop_check(done: int) -> None:
        if progress:
            progress(done, total, EXPORTING)

    rows = listing_channels.only_handles(QUERIES[kind](db, exp), handles, 0)
    if format_id == "xlsx":
        rows = cut_long_text(rows, [c.header for c in columns(kind)], warnings)
        zone = shop_zone(db)
        return write_xlsx(
            out,
            kind,
            columns(kind),
            rows,
            currency_exponent=exp,
            row_count_hint=total,
            should_stop=stop_check,
            time_zone=zone,
        )
    if format_id == "csv":  # opened in Excel: risky text gets the OWASP guard, a leading '
        headers = [c.header for c in columns(kind)]
        text_columns = [i for i, f in enumerate(fields(kind)) if f.type in _TEXT_TYPES]
        return write_csv(
            out,
            headers,
            guard_formulas(_money_cells(kind, rows, exp), text_columns),
            should_stop=stop_check,
        )
    if format_id == "shopify":
        headers = shopify_export.headers(db)
        return write_csv(
            out,
            headers,
            count_formulas(
                listing_channels.only_handles(
                    shopify_export.rows(
                        db, exp, headers, listing_channels.channel_values(db, format_id)
                    ),
                    handles,
                    headers.index("Handle"),
                ),
                headers,
                warnings,
            ),
            encoding="utf-8",
            should_stop=stop_check,
        )
    if format_id == "taobao":
        header_rows = [list(r) for r in TAOBAO.header_rows]
        ids = header_rows[-2]
        order = [TAOBAO.header_map.get(i, "") for i in ids]
        own = listing_channels.channel_values(db, format_id)
        rows = listing_channels.with_channel_values(rows, own, [f.id for f in fields(kind)])
        return write_csv(
            out,
            ids,
            count_formulas(_platform_rows(rows, order, exp), ids, warnings, first_row=4),
            encoding="gb18030",
            header_rows=header_rows,
            should_stop=stop_check,
        )
    raise ValueError(f"unknown export format {format_id!r}")
