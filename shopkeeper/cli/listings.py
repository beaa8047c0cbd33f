"""`shopkeeper check listings`, `listings bulk-price` and `undo`: the Listings tab's
checker and bulk price edit for scripts, and undo of any recorded change."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal, InvalidOperation

from shopkeeper.cli.errors import EXIT_OK, UsageParser
from shopkeeper.cli.shop_file import open_for_writing, open_read_only
from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected, UserError

CHECK_CHANNELS = ("taobao", "tmall", "jd", "pinduoduo", "shopify", "etsy", "ebay", "amazon")
STATUSES = ("active", "draft", "archived")


class BadPriceInput(InputRejected):
    template = QT_TRANSLATE_NOOP("UserError", "{problem}. Nothing was changed.")


class ChangeNotFound(UserError):
    template = QT_TRANSLATE_NOOP("UserError", "There is no recorded change {id}.")


class AlreadyUndone(InputRejected):
    template = QT_TRANSLATE_NOOP("UserError", "Change {id} is already undone. Nothing was changed.")


class ChangeOverwritten(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "Change {id} cannot be undone: {count} of its rows were changed again since "
        "(first: {table} row {row}). Undo the later changes first. Nothing was changed.",
    )


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text.strip().rstrip("%"))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"not a number: {text!r}")
    return value


def _change_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a change id is a whole number, not {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"a change id is a positive number, not {text}")
    return value


def register(sub) -> None:
    check = sub.add_parser("check", help="check listings for problems (exits 0 either way)")
    what = check.add_subparsers(
        dest="what", parser_class=UsageParser, metavar="WHAT", required=True
    )
    listings = what.add_parser("listings", help="run the listing checker")
    listings.add_argument(
        "--channel",
        action="append",
        choices=CHECK_CHANNELS,
        default=[],
        help="check for this channel (repeatable; default: the shop setting)",
    )
    listings.add_argument("--json", action="store_true", help="print a JSON list of problems")
    listings.set_defaults(run=cmd_check_listings)

    group = sub.add_parser("listings", help="bulk edits on listings")
    actions = group.add_subparsers(
        dest="action", parser_class=UsageParser, metavar="ACTION", required=True
    )
    bulk = actions.add_parser("bulk-price", help="change the price of the selected listings")
    bulk.add_argument("--search", default="", help="the listings search box's text")
    bulk.add_argument("--status", choices=STATUSES)
    bulk.add_argument("--tag")
    bulk.add_argument("--category")
    how = bulk.add_mutually_exclusive_group(required=True)
    how.add_argument("--percent", type=_decimal, help="change by a percentage (-10 = 10%% less)")
    how.add_argument("--amount", type=_decimal, help="change by an amount in major units (-5.00)")
    bulk.add_argument("--round", metavar="ENDING", help="round down to an ending: .99, 9 …")
    bulk.add_argument("--allow-below-cost", action="store_true")
    bulk.add_argument("--dry-run", action="store_true", help="only show what would change")
    bulk.add_argument("--json", action="store_true")
    bulk.set_defaults(run=cmd_bulk_price)

    undo = sub.add_parser("undo", help="undo a recorded change (bulk edits print their id)")
    undo.add_argument("change_id", type=_change_id, metavar="CHANGE_ID")
    undo.set_defaults(run=cmd_undo)


def cmd_check_listings(args) -> int:
    from shopkeeper.services.listing_checker import check_shop

    db = open_read_only(args)
    try:
        problems = check_shop(db, args.channel or None)
    finally:
        db.close()
    if args.json:
        print(json.dumps([p.as_json() for p in problems], ensure_ascii=False, indent=1))
        return EXIT_OK
    for p in problems:
        where = " ".join(
            x for x in (p.handle, p.sku or "", f"[{p.channel}]" if p.channel else "") if x
        )
        print(f"{where}\t{p.code}\t{p.field}\t{p.message}")
    listings = len({p.handle for p in problems})
    print(f"{len(problems)} problem(s) in {listings} listing(s)")
    return EXIT_OK


def _price_edit(args, exponent: int):
    from shopkeeper.services.listings_bulk import PriceEdit
    from shopkeeper.services.pricing import PriceError, parse_amount, parse_ending, parse_percent

    try:
        ending = parse_ending(args.round, exponent) if args.round is not None else None
        if args.percent is not None:
            return PriceEdit(
                percent_bp=parse_percent(str(args.percent)),
                ending=ending,
                allow_below_cost=args.allow_below_cost,
            )
        return PriceEdit(
            amount=parse_amount(str(args.amount), exponent),
            ending=ending,
            allow_below_cost=args.allow_below_cost,
        )
    except PriceError as exc:
        raise BadPriceInput(problem=str(exc)) from None


def cmd_bulk_price(args) -> int:
    from shopkeeper.services import listings
    from shopkeeper.services.listings import ListingFilter, find
    from shopkeeper.services.listings_bulk import apply_plan, plan_price
    from shopkeeper.services.money import exponent, plain_amount

    shop = open_for_writing(args)
    try:
        exp = exponent(shop.currency)
        edit = _price_edit(args, exp)
        flt = ListingFilter(
            text=args.search,
            status=args.status or "",
            tag=args.tag or "",
            category=args.category or "",
        )
        variant_ids = listings.variant_ids(shop.db, [row.id for row in find(shop.db, flt)])
        plan = plan_price(shop.db, variant_ids, edit)
        change_id = None
        if plan.changed and not args.dry_run:
            shop.backup_now(reason="bulk-edit")
            change_id = apply_plan(shop.db, plan).id
    finally:
        shop.close()

    def money(value: int) -> str:
        return plain_amount(value, exp)

    if args.json:
        print(
            json.dumps(
                {
                    "selected": len(variant_ids),
                    "changed": [
                        {"sku": x.sku, "before": money(x.before), "after": money(x.after)}
                        for x in plan.changed
                    ],
                    "skipped_below_cost": [
                        {"sku": x.sku, "price": money(x.before), "would_be": money(x.after)}
                        for x in plan.skipped
                    ],
                    "dry_run": bool(args.dry_run),
                    "change_id": change_id,
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return EXIT_OK
    for line in plan.changed:
        print(f"{line.sku}\t{money(line.before)} -> {money(line.after)}")
    for line in plan.skipped:
        print(f"{line.sku}\tleft at {money(line.before)}: {money(line.after)} is below cost")
    verb = "would change" if args.dry_run else "changed"
    print(
        f"{verb} {len(plan.changed)} of {len(variant_ids)} selected variant price(s); "
        f"{len(plan.skipped)} left unchanged (below cost)"
    )
    if change_id is not None:
        print(f"change {change_id}; undo with: shopkeeper undo {change_id}")
    return EXIT_OK


def _overwritten(db, change) -> list:
    """Rows the change wrote that no longer hold what it wrote (``updated_at`` stamps
    aside: a later edit of another field does not stand in the way)."""
    stale = []
    for row in change.rows:
        columns = [c for c in (row.after or row.before or {}) if c != "updated_at"]
        if not columns:
            continue
        names = ", ".join(f'"{c}"' for c in columns)
        found = db.execute(
            f'SELECT {names} FROM "{row.table}" WHERE rowid = ?', [row.rowid]
        ).fetchone()
        now = None if found is None else dict(zip(columns, found, strict=True))
        if row.after is None and now is not None:
            stale.append(row)
        elif row.after is not None and now != {c: row.after[c] for c in columns}:
            stale.append(row)
    return stale


def _inverse(change):
    from shopkeeper.services.changes import Change, RowChange

    return Change(
        change.text,
        tuple(RowChange(r.table, r.rowid, r.after, r.before) for r in change.rows),
        change.id,
    )


def cmd_undo(args) -> int:
    from shopkeeper.services import changes

    shop = open_for_writing(args)
    try:
        try:
            change = changes.load(shop.db, args.change_id)
        except KeyError:
            raise ChangeNotFound(id=args.change_id) from None
        stale = _overwritten(shop.db, change)
        if stale and not _overwritten(shop.db, _inverse(change)):
            raise AlreadyUndone(id=args.change_id)
        if stale:
            raise ChangeOverwritten(
                id=args.change_id, count=len(stale), table=stale[0].table, row=stale[0].rowid
            )
        shop.backup_now(reason="before-undo")
        undone = changes.undo(shop.db, change)
    finally:
        shop.close()
    print(
        f"undid change {args.change_id} ({change.text}, {len(change.rows)} row(s));"
        f" recorded as change {undone.id}"
    )
    return EXIT_OK
