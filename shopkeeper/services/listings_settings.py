"""The listing settings a seller edits in one dialog: each channel's fees and title
limit, which channels the checker checks, the margin floor, the supplier lead time,
and the banned-word list's additions and allowed phrases. Saved as one Change."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services.changes import Change, Recorder, recording
from shopkeeper.services.channels import CHANNELS, ChannelFees, get_fees
from shopkeeper.services.listings import ListingError
from shopkeeper.store import settings


@dataclass
class ChannelSetup:
    fees: ChannelFees
    title_limit: int | None  # None: the platform's own


@dataclass
class ListingSettings:
    channels: dict[str, ChannelSetup] = field(default_factory=dict)
    check_channels: list[str] = field(default_factory=list)
    margin_floor_bp: int = 1000
    lead_time_days: int = 14
    banned_added: list[str] = field(default_factory=list)
    banned_allowed: list[str] = field(default_factory=list)


def _lines(text: str) -> list[str]:
    return [w.strip() for w in text.splitlines() if w.strip()]


def load(db: Database) -> ListingSettings:
    limits = dict(db.execute("SELECT channel, title_limit FROM channel_settings").fetchall())
    check = settings.get(db, settings.LISTING_CHECK_CHANNELS)
    return ListingSettings(
        channels={c: ChannelSetup(get_fees(db, c), limits.get(c)) for c in CHANNELS},
        check_channels=[c.strip() for c in check.split(",") if c.strip() in CHANNELS],
        margin_floor_bp=settings.get_int(db, settings.MARGIN_FLOOR_BP),
        lead_time_days=settings.get_int(db, settings.LEAD_TIME_DAYS),
        banned_added=_lines(settings.get(db, settings.BANNED_WORDS_ADDED)),
        banned_allowed=_lines(settings.get(db, settings.BANNED_WORDS_ALLOWED)),
    )


class SettingsInvalid(ListingError):
    """Every problem with the settings (``problems``), each a translatable ListingError."""

    template = "{problems}"

    def __init__(self, problems: list[ListingError]) -> None:
        self.problems = problems
        super().__init__(None, problems="; ".join(p.message for p in problems))

    def localized_values(self, translate) -> dict:
        def one(p: ListingError) -> str:
            return translate("UserError", p.template).format(**p.localized_values(translate))

        return {"problems": "; ".join(one(p) for p in self.problems)}


def validate(values: ListingSettings) -> list[ListingError]:
    problems: list[ListingError] = []
    for channel, setup in values.channels.items():
        if channel not in CHANNELS:
            problems.append(
                ListingError(
                    QT_TRANSLATE_NOOP("UserError", "unknown channel: {channel}"), channel=channel
                )
            )
        if not 0 <= setup.fees.percent_bp <= 10000:
            problems.append(
                ListingError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "{channel}: the fee must be between 0% and 100%"
                    ),
                    channel=channel,
                )
            )
        if setup.fees.fixed < 0:
            problems.append(
                ListingError(
                    QT_TRANSLATE_NOOP("UserError", "{channel}: the fixed fee cannot be negative"),
                    channel=channel,
                )
            )
        if setup.title_limit is not None and setup.title_limit <= 0:
            problems.append(
                ListingError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "{channel}: a title limit must be a positive number"
                    ),
                    channel=channel,
                )
            )
    if any(c not in CHANNELS for c in values.check_channels):
        problems.append(ListingError(QT_TRANSLATE_NOOP("UserError", "unknown channel to check")))
    if not -10000 <= values.margin_floor_bp < 10000:
        problems.append(
            ListingError(QT_TRANSLATE_NOOP("UserError", "the margin floor must be under 100%"))
        )
    if not 0 <= values.lead_time_days <= 365:
        problems.append(
            ListingError(
                QT_TRANSLATE_NOOP("UserError", "the lead time must be between 0 and 365 days")
            )
        )
    return problems


def _put(db: Database, rec: Recorder, key: str, value: str) -> None:
    row = db.execute("SELECT rowid, value FROM settings WHERE key = ?", [key]).fetchone()
    if row is None:
        rec.insert("settings", {"key": key, "value": value})
    elif row[1] != value:
        rec.update("settings", row[0], {"value": value})


def save(db: Database, values: ListingSettings) -> Change:
    """Write every listing setting as one undoable Change; refuses bad values whole."""
    problems = validate(values)
    if problems:
        raise SettingsInvalid(problems)
    with recording(db, "Listing settings") as rec:
        for channel, setup in values.channels.items():
            row = db.execute(
                "SELECT rowid, fee_bp, fee_fixed, title_limit FROM channel_settings"
                " WHERE channel = ?",
                [channel],
            ).fetchone()
            wanted = {
                "fee_bp": setup.fees.percent_bp,
                "fee_fixed": setup.fees.fixed,
                "title_limit": setup.title_limit,
            }
            if row is None:
                if any(wanted.values()):
                    rec.insert("channel_settings", {"channel": channel, **wanted})
            elif tuple(row[1:]) != tuple(wanted.values()):
                rec.update("channel_settings", row[0], wanted)
        _put(db, rec, settings.LISTING_CHECK_CHANNELS.key, ",".join(values.check_channels))
        _put(db, rec, settings.MARGIN_FLOOR_BP.key, str(values.margin_floor_bp))
        _put(db, rec, settings.LEAD_TIME_DAYS.key, str(values.lead_time_days))
        _put(db, rec, settings.BANNED_WORDS_ADDED.key, "\n".join(values.banned_added))
        _put(db, rec, settings.BANNED_WORDS_ALLOWED.key, "\n".join(values.banned_allowed))
    return rec.change
