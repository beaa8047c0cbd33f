"""`shopkeeper import` and `export`: the import wizard and the export dialog, for scripts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shopkeeper.cli.errors import EXIT_OK, EXIT_REJECTED, print_error
from shopkeeper.cli.progress import TerminalProgress
from shopkeeper.cli.shop_file import open_for_writing, open_read_only, shop_path
from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected, UserError
from shopkeeper.services.exchange import IMPORT_KINDS as KINDS

FORMAT_CHOICES = ("auto", "shopify", "etsy", "taobao", "generic")
EXPORT_FORMATS = ("xlsx", "csv", "shopify", "taobao")


class BadMapping(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "--map {text}: {problem}. Use --map FIELD=COLUMN with a field id such as "
        "order_no and a column header (or its number, counting from 1).",
    )


class UnknownExportType(UserError):
    exit_code = 2  # a usage mistake: nothing was written
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "Cannot tell which format to write from the name {name}: end it in .xlsx or .csv, "
        "or choose the format with --format. Nothing was written.",
    )


class BadExportFormat(UserError):
    exit_code = 2  # a usage mistake: nothing was written
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "--format {format} is not a format for {kind}; choose one of: {formats}. "
        "Nothing was written.",
    )


def register(sub) -> None:
    imp = sub.add_parser("import", help="import a spreadsheet or CSV (all-or-nothing)")
    imp.add_argument("kind", choices=list(KINDS))
    imp.add_argument("file", type=Path)
    imp.add_argument("--sheet", help="sheet name (default: the first)")
    imp.add_argument("--format", choices=FORMAT_CHOICES, default="auto")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="map a field to a column header (repeatable)",
    )
    imp.add_argument(
        "--map-value",
        action="append",
        default=[],
        metavar="FIELD=VALUE:CHOICE",
        help="read the file's VALUE of a fixed-choice field as CHOICE (repeatable)",
    )
    imp.add_argument("--date-order", choices=["dmy", "mdy", "ymd"])
    imp.add_argument("--dry-run", action="store_true", help="only report what would change")
    imp.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows even when some are rejected",
    )
    imp.add_argument(
        "--rejects",
        type=Path,
        metavar="FILE",
        help="write rejected rows with their reason to this .xlsx",
    )
    imp.add_argument("--json", action="store_true", help="print the counts as JSON")
    imp.set_defaults(run=cmd_import)

    exp = sub.add_parser("export", help="export a table to .xlsx or .csv")
    exp.add_argument("kind", choices=list(KINDS))
    exp.add_argument("out", type=Path)
    exp.add_argument(
        "--format", choices=EXPORT_FORMATS, help="default: from OUT's suffix (.xlsx or .csv)"
    )
    exp.add_argument(
        "--changed-since-last",
        action="store_true",
        help="listings only: just the listings edited since the last export to this format",
    )
    exp.set_defaults(run=cmd_export)


def _format_id(kind: str, name: str) -> str:
    if name == "shopify" and kind == "orders":
        return "shopify-orders"
    return name


def _mapping(args, headers: list[str], automatic: dict[str, int]) -> dict[str, int]:
    mapping = dict(automatic)
    known = {f.id for f in KINDS[args.kind]}
    for text in args.map:
        field, sep, column = text.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or field not in known:
            raise BadMapping(
                text=text, problem=f"unknown field (fields: {', '.join(sorted(known))})"
            )
        if column in headers:
            mapping[field] = headers.index(column)
        elif column.isdigit() and 1 <= int(column) <= len(headers):
            mapping[field] = int(column) - 1
        else:
            raise BadMapping(text=text, problem=f"no column “{column}” in the header row")
    return mapping


def _print_summary(counts: dict, args, plan, committed: bool) -> None:
    notes = [
        {"row": n.row_number, "field": n.field, "message": n.message()} for n in plan.notes[:100]
    ]
    if args.json:
        print(json.dumps({**counts, "notes": notes}, ensure_ascii=False))
        return
    print(
        f"{args.file.name}: {counts['new']} new, {counts['changed']} changed, "
        f"{counts['unchanged']} unchanged, {counts['rejected']} rejected "
        f"({plan.format.id} format)"
    )
    for reject in plan.rejected[:10]:
        print(f"  row {reject.row_number}: {reject.reason()}", file=sys.stderr)
    if len(plan.rejected) > 10:
        print(f"  … and {len(plan.rejected) - 10} more rejected rows", file=sys.stderr)
    for note in notes[:10]:
        print(f"  note, row {note['row']}: {note['message']}")
    if plan.note_count > 10:
        print(f"  … and {plan.note_count - 10} more notes")
    print("imported." if committed else "nothing was imported.")


def cmd_import(args) -> int:
    from shopkeeper.services.exchange import (
        AmbiguousDateOrder,
        ImportRequest,
        finish_import,
        open_import_source,
        parse_value_maps,
        plan_import,
    )
    from shopkeeper.services.money import exponent

    value_map = parse_value_maps(args.kind, args.map_value)  # before a new shop is made
    shop = open_for_writing(args, must_exist=False)
    progress = TerminalProgress()
    try:
        request = ImportRequest(
            args.kind,
            args.file,
            sheet=args.sheet,
            format_id=_format_id(args.kind, args.format),
            date_order=args.date_order,
            exponent=exponent(shop.currency),
            value_map=value_map,
        )
        # Streamed: a large file is read a chunk at a time, never held whole.
        source, fmt = open_import_source(request, progress)
        try:
            if args.map:
                request.mapping = _mapping(args, source.headers, fmt.map_headers(source.headers))
            plan = plan_import(shop.db, request, progress, source=source, fmt=fmt)
        except AmbiguousDateOrder as exc:
            progress.done()
            print_error(f"{exc.message} (use --date-order {'|'.join(exc.orders)})")
            return EXIT_REJECTED
        finally:
            source.close()
        result = finish_import(
            shop,
            plan,
            skip_bad_rows=args.skip_bad_rows,
            dry_run=args.dry_run,
            rejects_path=args.rejects,
            progress=progress,
        )
        progress.done()
        _print_summary(result.counts, args, plan, result.committed)
        if plan.rejected and not (args.skip_bad_rows and not args.dry_run):
            return EXIT_REJECTED
        return EXIT_OK
    finally:
        progress.done()  # before any error line, which would otherwise follow it
        shop.close()


def _format_from_name(out: Path) -> str:
    """.xlsx or .csv; any other name (out.pdf, orders.txt) needs --format."""
    formats = {".xlsx": "xlsx", ".csv": "csv"}
    if out.suffix.lower() not in formats:
        raise UnknownExportType(name=out.name)
    return formats[out.suffix.lower()]


class ChangedOnlyListings(UserError):
    exit_code = 2  # a usage mistake: nothing was written
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "--changed-since-last works for listings only, not {kind}. Nothing was written.",
    )


def cmd_export(args) -> int:
    from shopkeeper.services.exchange import export_formats, export_table
    from shopkeeper.services.shop import check_output

    check_output(args.out, shop_path(args))  # never over the shop or its backups
    fmt = args.format or _format_from_name(args.out)
    if fmt not in {f.id for f in export_formats(args.kind)}:
        formats = ", ".join(f.id for f in export_formats(args.kind))
        raise BadExportFormat(kind=args.kind, format=fmt, formats=formats)
    if args.changed_since_last and args.kind != "listings":
        raise ChangedOnlyListings(kind=args.kind)
    from shopkeeper.services.exchange import (
        ExportWarnings,
        last_listing_export,
        listing_export_time,
        record_listing_export_in_file,
    )

    # Exporting only reads, so it works while a window has the shop open. A listings
    # export is remembered (for --changed-since-last) unless a window has the shop.
    db = open_read_only(args)
    warnings = ExportWarnings()
    started = listing_export_time()
    try:
        since = last_listing_export(db, fmt) if args.changed_since_last else None
        rows = export_table(
            db,
            args.kind,
            args.out.absolute(),
            format_id=fmt,
            warnings=warnings,
            changed_since_last=args.changed_since_last,
            remember=False,
        )
    finally:
        db.close()
    remembered = args.kind != "listings" or record_listing_export_in_file(
        shop_path(args), fmt, started, rows, args.changed_since_last
    )
    print(f"exported {rows} {args.kind} rows to {args.out}")
    if args.changed_since_last:
        print(
            f"(listings edited since the last {fmt} export, {since.replace('T', ' ')})"
            if since
            else f"(every listing: none was exported as {fmt} before)"
        )
    if not remembered:
        print(
            "warning: this export is not remembered for --changed-since-last (a window or "
            "command has the shop open, or it is read-only)",
            file=sys.stderr,
        )
    for message in warnings.messages():
        print(f"warning: {message}", file=sys.stderr)
    return EXIT_OK
