"""`shopkeeper [--shop PATH] report price-floor [--from D --to D] [--json]`.

Lists each variant-day whose lowest reachable price (that day's promotions
combined, services/stacking.py) is below its floor: with ``--json`` one list of
``{"sku", "date", "lowest_price", "cost", "floor", "promotions": [names]}``,
money in minor units. The days default to the next 31 days from today (shop time).
Exit code 0 whether or not anything is below the floor.
"""

from __future__ import annotations

import datetime as dt
import json

from shopkeeper.cli.errors import EXIT_OK
from shopkeeper.cli.shop_file import open_read_only
from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected

DEFAULT_DAYS = 31
MAX_DAYS = 3 * 366


class BadRange(InputRejected):
    exit_code = 2
    template = QT_TRANSLATE_NOOP(
        "UserError", "--to {last} is before --from {first}; give the first day first."
    )
    TOO_LONG = QT_TRANSLATE_NOOP(
        "UserError", "{days} days is too long a range for the price-floor report (at most {most})."
    )


def register(reports) -> None:
    from shopkeeper.cli.report import iso_date

    parser = reports.add_parser(
        "price-floor", help="variant-days whose lowest promoted price is below the floor"
    )
    parser.add_argument(
        "--from",
        dest="first",
        type=iso_date,
        metavar="D",
        help="first day, YYYY-MM-DD (default: today)",
    )
    parser.add_argument(
        "--to",
        dest="last",
        type=iso_date,
        metavar="D",
        help=f"last day, inclusive (default: {DEFAULT_DAYS} days from --from)",
    )
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    parser.set_defaults(run=cmd_price_floor)


def cmd_price_floor(args) -> int:
    from shopkeeper.services import promotions_floor, shop_settings

    db = open_read_only(args)
    try:
        first = args.first or dt.datetime.now(shop_settings.shop_zone(db)).date()
        last = args.last or first + dt.timedelta(days=DEFAULT_DAYS - 1)
        if last < first:
            raise BadRange(first=first.isoformat(), last=last.isoformat())
        days = (last - first).days + 1
        if days > MAX_DAYS:
            raise BadRange(BadRange.TOO_LONG, days=days, most=MAX_DAYS)
        found = promotions_floor.check(db, first, last)
    finally:
        db.close()
    rows = sorted(
        (row for below in found for row in below.rows()),
        key=lambda r: (r["date"], r["sku"], r["lowest_price"] - r["floor"]),
    )
    rows = _one_per_variant_day(rows)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print(f"nothing below the floor from {first.isoformat()} to {last.isoformat()}")
        return EXIT_OK
    for r in rows:
        print(
            f"{r['date']}  {r['sku']:<20} lowest {r['lowest_price']:>9}  floor {r['floor']:>9}"
            f"  cost {r['cost']:>9}  {' + '.join(r['promotions'])}"
        )
    print(f"{len(rows)} variant-days below the floor")
    return EXIT_OK


def _one_per_variant_day(rows: list[dict]) -> list[dict]:
    """A variant below the floor on several channels the same day: the worst one is kept."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for r in rows:
        if (r["sku"], r["date"]) not in seen:
            seen.add((r["sku"], r["date"]))
            kept.append(r)
    return kept
