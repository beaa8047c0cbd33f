"""`shopkeeper calendar --year YYYY [--country CC] [--lang en|zh_CN] [--json]`.

Lists the year's shopping festivals, the public holidays of the shop's country
(or ``--country``) and the shop's own events. Without ``--shop`` and with no
default shop yet, it lists festivals and holidays only. JSON entries are
``{"date", "start", "end", "name", "key", "kind"}``: ``date`` is the peak day,
``start``–``end`` the season.
"""

from __future__ import annotations

import json

from shopkeeper.cli.errors import EXIT_OK
from shopkeeper.cli.shop_file import open_read_only, shop_path


def register(sub) -> None:
    parser = sub.add_parser(
        "calendar", help="list a year's festivals, public holidays and the shop's own events"
    )
    parser.add_argument("--year", type=int, required=True, metavar="YYYY")
    parser.add_argument(
        "--country", metavar="CC", help="ISO 3166 code for the holidays (default: the shop's)"
    )
    # Its own dest: `shopkeeper --lang` (the window's language) must not be overwritten.
    parser.add_argument("--lang", dest="calendar_lang", choices=["en", "zh_CN"])
    parser.add_argument("--json", action="store_true", help="one JSON list of entries")
    parser.set_defaults(run=cmd_calendar)


def cmd_calendar(args) -> int:
    from shopkeeper.services import calendar, calendar_events, shop_settings

    lang = args.calendar_lang or getattr(args, "lang", None) or "en"
    calendar.check_year(args.year)
    events, country = [], None
    if args.shop is not None or shop_path(args).exists():
        db = open_read_only(args)
        try:
            events = calendar_events.entries_of_year(db, args.year)
            country = shop_settings.country(db)
        finally:
            db.close()
    if args.country is not None:
        country = args.country.strip().upper()
    elif country is None:
        from shopkeeper.services.shop_setup import system_country

        country = system_country()
    entries = calendar.year_entries(args.year, country=country, lang=lang, events=events)
    if args.json:
        print(json.dumps([e.as_json() for e in entries], ensure_ascii=False, indent=1))
        return EXIT_OK
    for e in entries:
        season = "" if e.start == e.end else f"  ({e.start.isoformat()} – {e.end.isoformat()})"
        print(f"{e.date.isoformat()}  {e.kind:<8}  {e.name}{season}  [{e.key}]")
    return EXIT_OK
