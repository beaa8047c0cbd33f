"""`shopkeeper report …`: the KPIs and the weekly/monthly reports, for scripts.

    shopkeeper [--shop PATH] report kpi --from DATE --to DATE [--channel C] [--json]
    shopkeeper [--shop PATH] report weekly|monthly [--date DATE] --out FILE.xlsx|FILE.pdf

Adding another report (say ``report price-floor``) is one function in your own module,
``register(reports)``, that calls ``reports.add_parser("price-floor", ...)`` and sets
``run=`` like any command; then append it to ``REPORTS`` below (one line). Reports read
the shop through a read-only connection, so they work while a window has it open.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from shopkeeper.cli import price_floor
from shopkeeper.cli.errors import EXIT_OK, UsageParser
from shopkeeper.cli.shop_file import open_read_only
from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected


class NoSuchFolder(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError", "{path}: the folder {folder} does not exist. Nothing was written."
    )


class UnknownChannel(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError", "--channel {channel}: the shop has no such channel. Known: {known}."
    )


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _register_kpi(reports) -> None:
    kpi = reports.add_parser("kpi", help="the KPIs of a range of days")
    kpi.add_argument(
        "--from",
        dest="first",
        type=iso_date,
        required=True,
        metavar="DATE",
        help="first day, YYYY-MM-DD (the shop's time zone, inclusive)",
    )
    kpi.add_argument(
        "--to",
        dest="last",
        type=iso_date,
        required=True,
        metavar="DATE",
        help="last day, YYYY-MM-DD (inclusive)",
    )
    kpi.add_argument("--channel", help="one sales channel only (taobao, shopify, …)")
    kpi.add_argument("--json", action="store_true", help="print the KPIs as JSON")
    kpi.set_defaults(run=cmd_kpi)


def _register_periodic(reports) -> None:
    for period, covers in (
        ("weekly", "the ISO week (Monday–Sunday)"),
        ("monthly", "the calendar month"),
    ):
        parser = reports.add_parser(period, help=f"{period} report (.xlsx or .pdf)")
        parser.add_argument(
            "--date",
            type=iso_date,
            metavar="DATE",
            help=f"a day in {covers} to report (default: today)",
        )
        parser.add_argument(
            "--out", type=Path, required=True, metavar="FILE", help="FILE.xlsx or FILE.pdf"
        )
        parser.set_defaults(run=cmd_periodic, period=period)


# Each adds its `report X` subcommands. Other command modules append theirs here.
REPORTS: list[Callable] = [_register_kpi, _register_periodic, price_floor.register]


def register(sub) -> None:
    report = sub.add_parser("report", help="KPIs and weekly/monthly reports")
    reports = report.add_subparsers(
        dest="report", parser_class=UsageParser, metavar="REPORT", required=True
    )
    for add in REPORTS:
        add(reports)


def _check_channel(db, channel: str | None) -> None:
    if channel is None:
        return
    from shopkeeper.services.channels import CHANNELS

    used = {r[0] for r in db.execute("SELECT DISTINCT channel FROM orders")}
    used |= {r[0] for r in db.execute("SELECT DISTINCT channel FROM traffic_daily")}
    known = used | set(CHANNELS)
    if channel not in known:
        raise UnknownChannel(channel=channel, known=", ".join(sorted(c for c in known if c)))


def _text_table(k) -> str:
    from shopkeeper.services.kpi_definitions import DEFINITIONS
    from shopkeeper.services.reports_pdf import format_value

    lines = [
        f"{k.first.isoformat()} – {k.last.isoformat()}"
        + (f"  channel: {k.channel}" if k.channel else "")
        + f"  ({k.currency})"
    ]
    for d in DEFINITIONS:
        value = k.value(d.key)
        shown = (
            "no traffic data"
            if d.key == "conversion_rate" and value is None and not k.traffic_days
            else format_value(value, d.unit, k.currency)
        )
        lines.append(f"  {d.label:<32} {shown}")
    return "\n".join(lines)


def cmd_kpi(args) -> int:
    from shopkeeper.services import kpi

    db = open_read_only(args)
    try:
        _check_channel(db, args.channel)
        result = kpi.compute(db, args.first, args.last, args.channel)
    finally:
        db.close()
    print(json.dumps(result.to_json(), ensure_ascii=False) if args.json else _text_table(result))
    return EXIT_OK


def shop_today(db) -> dt.date:
    """Today in the shop's time zone."""
    from shopkeeper.services.orders import shop_now

    return shop_now(db).date()


def cmd_periodic(args) -> int:
    from shopkeeper.services import reports

    if args.out.suffix.lower() not in reports.FORMATS:
        raise reports.BadReportFile(path=str(args.out))
    if not args.out.expanduser().absolute().parent.is_dir():
        raise NoSuchFolder(path=str(args.out), folder=str(args.out.expanduser().absolute().parent))
    db = open_read_only(args)
    try:
        data = reports.collect(db, args.period, args.date or shop_today(db))
    finally:
        db.close()
    written = reports.write(data, args.out)
    print(
        f"{args.period} report {data.first.isoformat()} – {data.last.isoformat()} "
        f"written: {written}"
    )
    return EXIT_OK
