"""The listing checker: problems a platform or the law would object to, with stable codes.

``check(facts, rules)`` is pure, so the editor checks a listing as it is typed;
``check_shop(db)`` checks the whole shop (the CLI's ``check listings``, the tab's
problem counts). Each problem names a listings field id (README's canonical
fields) and, for per-channel rules, the channel. Archived listings are not checked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP
from shopkeeper.services import channels as channel_info
from shopkeeper.services.channels import ChannelFees, ChannelLimits, title_length
from shopkeeper.services.listing_facts import ListingFacts, VariantFacts, load_facts
from shopkeeper.services.listing_text_rules import BANNED_WORDS, banned_in, repeated_keywords
from shopkeeper.services.pricing import margin_bp
from shopkeeper.store import settings

__all__ = [
    "BANNED_WORDS",
    "CODES",
    "Problem",
    "Rules",
    "banned_in",
    "check",
    "check_shop",
    "load_rules",
    "problem_counts",
    "repeated_keywords",
]

CODES = (
    "title_too_long",
    "banned_word",
    "repeated_keyword",
    "missing_image",
    "missing_alt_text",
    "missing_seo_title",
    "missing_seo_description",
    "missing_barcode",
    "below_cost",
    "below_margin_floor",
    "compare_at_not_above_price",
    "zero_stock_active",
    "frequent_complaint",
)

COMPLAINTS_DAYS = 90
FREQUENT_COMPLAINTS = 3  # complaints about one variant within COMPLAINTS_DAYS

# Message templates are translated by the UI in context "Problem"; {names} are filled in.
MESSAGES = {
    "title_too_long": QT_TRANSLATE_NOOP(
        "Problem", "{field_label} is {length} {unit} long; {channel} allows {limit}"
    ),
    "banned_word": QT_TRANSLATE_NOOP(
        "Problem", "“{word}” is an extreme word the Advertising Law bans"
    ),
    "repeated_keyword": QT_TRANSLATE_NOOP("Problem", "Repeated keyword: {words}"),
    "missing_image": QT_TRANSLATE_NOOP("Problem", "No image"),
    "missing_alt_text": QT_TRANSLATE_NOOP("Problem", "{count} image(s) without alt text"),
    "missing_seo_title": QT_TRANSLATE_NOOP("Problem", "No SEO title"),
    "missing_seo_description": QT_TRANSLATE_NOOP("Problem", "No SEO description"),
    "missing_barcode": QT_TRANSLATE_NOOP("Problem", "No barcode"),
    "below_cost": QT_TRANSLATE_NOOP("Problem", "Price {price} is below cost {cost}"),
    "below_margin_floor": QT_TRANSLATE_NOOP(
        "Problem", "Margin {margin} is below the shop's floor of {floor}"
    ),
    "compare_at_not_above_price": QT_TRANSLATE_NOOP(
        "Problem", "Compare-at price {compare} is not above the price {price}"
    ),
    "zero_stock_active": QT_TRANSLATE_NOOP("Problem", "Active but out of stock"),
    "frequent_complaint": QT_TRANSLATE_NOOP(
        "Problem", "{count} complaints in the last {days} days"
    ),
    "frequent_reason": QT_TRANSLATE_NOOP(
        "Problem", "{count} tickets in the last {days} days give the reason “{reason}”"
    ),
}
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("Problem", "Title"),
    "seo_title": QT_TRANSLATE_NOOP("Problem", "SEO title"),
    "seo_description": QT_TRANSLATE_NOOP("Problem", "SEO description"),
}
UNITS = {
    True: QT_TRANSLATE_NOOP("Problem", "bytes"),
    False: QT_TRANSLATE_NOOP("Problem", "characters"),
}


@dataclass(frozen=True)
class Problem:
    code: str
    field: str  # a listings field id
    handle: str
    sku: str | None = None  # None for a product-level problem
    channel: str | None = None  # None unless the rule is per channel
    args: tuple[tuple[str, str], ...] = ()  # fill-ins of the message template
    product_id: int | None = None

    @property
    def template(self) -> str:
        """The message template (English); a reason given in tickets has its own."""
        if self.code == "frequent_complaint" and any(k == "reason" for k, _v in self.args):
            return MESSAGES["frequent_reason"]
        return MESSAGES[self.code]

    @property
    def message(self) -> str:
        return self.template.format(channel=self.channel or "", **dict(self.args))

    def as_json(self) -> dict:
        return {
            "sku": self.sku,
            "handle": self.handle,
            "code": self.code,
            "field": self.field,
            "channel": self.channel,
            "message": self.message,
        }


@dataclass(frozen=True)
class Rules:
    channels: tuple[str, ...] = ("taobao", "shopify")
    limits: dict[str, ChannelLimits] = field(default_factory=dict)
    fees: dict[str, ChannelFees] = field(default_factory=dict)
    banned: tuple[str, ...] = BANNED_WORDS
    allowed: tuple[str, ...] = ()
    margin_floor_bp: int = 1000
    currency_exponent: int = 2

    def limit(self, channel: str) -> ChannelLimits:
        return self.limits.get(channel) or channel_info.DEFAULT_LIMITS.get(
            channel, ChannelLimits(None)
        )


def _lines(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.splitlines() if w.strip())


def check_channels(db: Database) -> tuple[str, ...]:
    """The channels the shop checks listings for (the ``listing_check_channels`` setting)."""
    text = settings.get(db, settings.LISTING_CHECK_CHANNELS)
    return tuple(c.strip() for c in text.split(",") if c.strip() in channel_info.CHANNELS)


def load_rules(db: Database, channels: Iterable[str] | None = None) -> Rules:
    """The shop's rules: channels (given, or the shop's setting), limits, fees, words, floor."""
    from shopkeeper.services.money import exponent

    chosen = tuple(channels) if channels else check_channels(db)
    for channel in chosen:
        if channel not in channel_info.CHANNELS:
            raise ValueError(f"unknown channel: {channel}")
    return Rules(
        channels=chosen,
        limits={c: channel_info.get_limits(db, c) for c in chosen},
        fees={c: channel_info.get_fees(db, c) for c in chosen},
        banned=BANNED_WORDS + _lines(settings.get(db, settings.BANNED_WORDS_ADDED)),
        allowed=_lines(settings.get(db, settings.BANNED_WORDS_ALLOWED)),
        margin_floor_bp=settings.get_int(db, settings.MARGIN_FLOOR_BP),
        currency_exponent=exponent(settings.get(db, settings.CURRENCY)),
    )


def check_shop(
    db: Database, channels: Iterable[str] | None = None, product_ids: Iterable[int] | None = None
) -> list[Problem]:
    """Every problem of every (or the given) non-archived listing, in product order."""
    rules = load_rules(db, channels)
    since = (date.today() - timedelta(days=COMPLAINTS_DAYS)).isoformat()
    problems: list[Problem] = []
    for facts in load_facts(db, product_ids, since=since):
        problems.extend(check(facts, rules))
    return problems


def problem_counts(db: Database, channels: Iterable[str] | None = None) -> dict[int, int]:
    """{product id: number of problems} for the listings that have any."""
    return dict(Counter(p.product_id for p in check_shop(db, channels)))


def check(facts: ListingFacts, rules: Rules) -> list[Problem]:
    """The problems of one listing."""
    if facts.status == "archived":
        return []
    found = _Found(facts)
    _title_lengths(facts, rules, found)
    _banned_words(facts, rules, found)
    _repeated_keywords(facts, found)
    _missing(facts, found)
    for variant in facts.variants:
        _variant(facts, variant, rules, found)
    return found.problems


class _Found:
    def __init__(self, facts: ListingFacts) -> None:
        self.facts = facts
        self.problems: list[Problem] = []

    def add(
        self,
        code: str,
        fld: str,
        *,
        sku: str | None = None,
        channel: str | None = None,
        **args: object,
    ) -> None:
        self.problems.append(
            Problem(
                code,
                fld,
                self.facts.handle,
                sku,
                channel,
                tuple((k, str(v)) for k, v in args.items()),
                self.facts.id,
            )
        )


def _title_lengths(facts: ListingFacts, rules: Rules, found: _Found) -> None:
    for channel in rules.channels:
        limits = rules.limit(channel)
        title = facts.channel_titles.get(channel) or facts.title
        checks = (
            ("title", title, limits.title),
            ("seo_title", facts.seo_title, limits.seo_title),
            ("seo_description", facts.seo_description, limits.seo_description),
        )
        for fld, text, limit in checks:
            if limit is None or not text:
                continue
            length = title_length(text, limits.counts_bytes and fld == "title")
            if length > limit:
                found.add(
                    "title_too_long",
                    fld,
                    channel=channel,
                    field_label=FIELD_LABELS[fld],
                    length=length,
                    limit=limit,
                    unit=UNITS[limits.counts_bytes and fld == "title"],
                )


def _banned_words(facts: ListingFacts, rules: Rules, found: _Found) -> None:
    texts = [
        ("title", facts.title),
        ("subtitle", facts.subtitle),
        ("description", facts.description),
        ("seo_title", facts.seo_title),
        ("seo_description", facts.seo_description),
    ]
    texts += [("title", t) for c, t in sorted(facts.channel_titles.items()) if c in rules.channels]
    seen: set[tuple[str, str]] = set()
    for fld, text in texts:
        for word in banned_in(text, rules.banned, rules.allowed):
            if (fld, word) not in seen:
                seen.add((fld, word))
                found.add("banned_word", fld, word=word)


def _repeated_keywords(facts: ListingFacts, found: _Found) -> None:
    repeated = repeated_keywords(facts.title)
    if repeated:
        found.add("repeated_keyword", "title", words=", ".join(repeated))


def _missing(facts: ListingFacts, found: _Found) -> None:
    if not facts.images:
        found.add("missing_image", "image")
    without_alt = sum(1 for _src, alt in facts.images if not alt.strip())
    if without_alt:
        found.add("missing_alt_text", "image", count=without_alt)
    if not facts.seo_title.strip():
        found.add("missing_seo_title", "seo_title")
    if not facts.seo_description.strip():
        found.add("missing_seo_description", "seo_description")


def _money(amount: int, exp: int) -> str:
    from shopkeeper.services.money import plain_amount

    return plain_amount(amount, exp)


def _variant(facts: ListingFacts, v: VariantFacts, rules: Rules, found: _Found) -> None:
    exp = rules.currency_exponent
    if not v.barcode.strip():
        found.add("missing_barcode", "barcode", sku=v.sku)
    if v.cost is not None and v.price < v.cost:
        found.add(
            "below_cost", "price", sku=v.sku, price=_money(v.price, exp), cost=_money(v.cost, exp)
        )
    elif v.cost is not None:
        _margin_floor(facts, v, rules, found)
    for channel in rules.channels:
        price = facts.channel_prices.get((v.sku, channel))
        if price is not None and v.cost is not None and price < v.cost:
            found.add(
                "below_cost",
                "price",
                sku=v.sku,
                channel=channel,
                price=_money(price, exp),
                cost=_money(v.cost, exp),
            )
    if v.compare_at_price is not None and v.compare_at_price <= v.price:
        found.add(
            "compare_at_not_above_price",
            "compare_at_price",
            sku=v.sku,
            compare=_money(v.compare_at_price, exp),
            price=_money(v.price, exp),
        )
    if facts.status == "active" and v.stock <= 0:
        found.add("zero_stock_active", "stock", sku=v.sku)
    if v.complaints >= FREQUENT_COMPLAINTS:
        args = {"count": v.complaints, "days": COMPLAINTS_DAYS}
        if v.complaint_reason:
            from shopkeeper.services.tickets import REASONS

            args["reason"] = REASONS.get(v.complaint_reason, v.complaint_reason)
        found.add("frequent_complaint", "sku", sku=v.sku, **args)


def _percent(bp: int) -> str:
    sign = "-" if bp < 0 else ""
    whole, rest = divmod(abs(bp), 100)
    return f"{sign}{whole}.{rest:02d}%" if rest else f"{sign}{whole}%"


def _margin_floor(facts: ListingFacts, v: VariantFacts, rules: Rules, found: _Found) -> None:
    """Below the floor before fees: one product-wide problem; only after a channel's fees
    (or at its own price): a problem for that channel."""
    floor = rules.margin_floor_bp
    plain = margin_bp(v.price, v.cost)
    if plain is not None and plain < floor:
        found.add(
            "below_margin_floor", "price", sku=v.sku, margin=_percent(plain), floor=_percent(floor)
        )
        return
    for channel in rules.channels:
        fees = rules.fees.get(channel, ChannelFees(0, 0))
        price = facts.channel_prices.get((v.sku, channel), v.price)
        if fees == ChannelFees(0, 0) and price == v.price:
            continue
        if price < (v.cost or 0):
            continue  # reported as below_cost
        after_fees = margin_bp(price, v.cost, fees)
        if after_fees is not None and after_fees < floor:
            found.add(
                "below_margin_floor",
                "price",
                sku=v.sku,
                channel=channel,
                margin=_percent(after_fees),
                floor=_percent(floor),
            )
