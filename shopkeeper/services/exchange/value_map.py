"""The seller's own values for fields with fixed choices ("Versendet" → shipped).

A file's values reach a choice in this order:

1. the seller's value map (wizard step, preset, or ``--map-value FIELD=VALUE:CHOICE``),
   matched case-insensitively;
2. the choice ids themselves and their well-known English and Chinese synonyms;
3. otherwise, where a wrong guess would change money or meaning (an order's status,
   a promotion's kind) the row is rejected, naming the choices and ``--map-value``;
   elsewhere the field's neutral choice is taken, with a note in the dry run.

``suggest`` offers looser guesses (keywords) for the wizard, never applied unseen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from shopkeeper.errors import QT_TRANSLATE_NOOP, UserError

from .errors import CellError
from .fields import fields
from .kinds.order_status import STATUS_OF

ORDER_STATUSES = ("unpaid", "paid", "shipped", "completed", "refunded", "cancelled")

UNMAPPED_STRICT = QT_TRANSLATE_NOOP(
    "CellError",
    "“{value}” is not one of: {choices}. Map it in the import wizard's value step "
    "(or with --map-value {field}={value}:CHOICE)",
)
UNMAPPED_NEUTRAL = QT_TRANSLATE_NOOP(
    "CellError", "“{value}” is not one of: {choices}; imported as {choice}"
)


@dataclass(frozen=True)
class ChoiceField:
    kind: str
    field: str
    choices: tuple[str, ...]
    neutral: str | None  # None: an unmapped value rejects the row
    synonyms: dict[str, str]  # casefolded text -> choice


def _words(table: dict[str, str]) -> dict[str, str]:
    """'choice': 'a|b|c' -> {'a': choice, ...}, casefolded."""
    return {w.casefold(): choice for choice, words in table.items() for w in words.split("|")}


def _keywords(table: dict[str, str]) -> list[tuple[str, str]]:
    """Like _words, but a word may suggest several choices (the first one a kind has wins)."""
    pairs = [(w.casefold(), c) for c, words in table.items() for w in words.split("|")]
    return sorted(pairs, key=lambda pair: -len(pair[0]))  # "product inquiry" before "inquiry"


_TICKET_KIND = _words(
    {
        "question": "inquiry|enquiry|support|help|技术问题|咨询|问题|售前咨询|售后咨询",
        "pre_sale": "pre-sale|presale|pre sale|question|inquiry|enquiry|售前|售前咨询",
        "return": "returns|退货|退货退款",
        "refund": "refunds|退款|仅退款",
        "exchange": "swap|replacement|换货",
        "complaint": "complaints|投诉",
        "review": "reviews|rating|评价|评论",
        "other": "misc|miscellaneous|其他|其它",
    }
)
_PRIORITY = _words(
    {
        "low": "minor|低|不急",
        "normal": "medium|normal|moderate|中|一般|普通",
        "high": "major|important|高|重要",
        "urgent": "critical|blocker|emergency|highest|紧急|非常紧急",
    }
)
_TICKET_STATUS = _words(
    {
        "open": "new|opened|reopened|in progress|pending|待处理|处理中|新建|未解决",
        "waiting": "on hold|awaiting customer|waiting on customer|pending customer"
        "|等待回复|等待客户",
        "snoozed": "snooze|deferred|later|稍后|推迟",
        "closed": "resolved|solved|done|closed|已解决|已关闭|完成|关闭",
    }
)
_LISTING_STATUS = _words(
    {
        "active": "published|on sale|online|live|在售|出售中|上架|已上架",
        "draft": "unpublished|hidden|offline|草稿|仓库中|下架|已下架",
        "archived": "archive|deleted|discontinued|归档|已归档|停售",
    }
)
_PROMOTION_KIND = _words(
    {
        "percent_off": "percent|percentage|% off|折扣|打折",
        "amount_off": "amount|fixed amount|立减|直降",
        "fixed_price": "fixed|special price|一口价|特价",
        "bundle": "bundle|套装|组合|搭配",
        "free_shipping": "free shipping|shipping|包邮|免运费",
        "threshold": "spend|minimum spend|满减|满额",
    }
)

# (kind, field) -> (neutral choice or None for strict, synonyms). The choices themselves
# come from fields.py, so a kind that gains or renames choices is followed here.
_SPECS: dict[tuple[str, str], tuple[str | None, dict[str, str]]] = {
    ("orders", "status"): (None, dict(STATUS_OF)),
    ("listings", "status"): ("draft", _LISTING_STATUS),
    ("tickets", "kind"): ("other", _TICKET_KIND),
    ("tickets", "status"): ("open", _TICKET_STATUS),
    ("tickets", "priority"): ("normal", _PRIORITY),
    ("promotions", "kind"): (None, _PROMOTION_KIND),
    ("promotions", "status"): ("draft", _words({"draft": "草稿|未开始", "ended": "结束|已结束"})),
    ("tickets", "author"): (
        "customer",
        _words(
            {
                "customer": "buyer|client|requester|end user|买家|客户|顾客",
                "seller": "agent|staff|support|shop|merchant|卖家|客服|商家",
                "note": "internal|internal note|private|备注|内部备注",
            }
        ),
    ),
}
_TEXT_CHOICES = {("orders", "status"): ORDER_STATUSES}  # text fields read as fixed choices

# Keywords inside longer texts ("Refund request", "Technical issue"), for suggestions only.
_KEYWORDS = {
    ("tickets", "kind"): _keywords(
        {
            "refund": "refund|退款",
            "return": "return|refund|退货|退款",
            "exchange": "exchange|replace|换",
            "complaint": "complain|投诉",
            "review": "review|评价",
            "question": "inquiry|question|issue|technical|billing|how|咨询|问题|账单",
            "pre_sale": "product inquiry|pre-sale|presale|售前",
            "other": "cancel|取消",
        }
    ),
    ("orders", "status"): _keywords(
        {
            "shipped": "ship|versendet|versand|enviado|en camino|expédié|在途|发货",
            "completed": "deliver|zugestellt|entregado|livré|complete|abgeschlossen|签收|成功",
            "cancelled": "cancel|storniert|cancelado|annulé|关闭|取消",
            "refunded": "refund|erstattet|reembolsado|remboursé|退款",
            "paid": "paid|bezahlt|pagado|payé|付款",
            "unpaid": "unpaid|offen|pendiente|en attente|待付",
        }
    ),
}


def choice_fields(kind: str) -> tuple[ChoiceField, ...]:
    """The fields of ``kind`` whose values must be one of fixed choices."""
    found = []
    for f in fields(kind):
        choices = f.choices if f.type == "choice" else _TEXT_CHOICES.get((kind, f.id))
        if not choices:
            continue
        neutral, synonyms = _SPECS.get((kind, f.id), (None, {}))
        if neutral not in choices:
            neutral = "other" if "other" in choices else None
        synonyms = {word: c for word, c in synonyms.items() if c in choices}
        found.append(ChoiceField(kind, f.id, tuple(choices), neutral, synonyms))
    return tuple(found)


def choice_field(kind: str, field_id: str) -> ChoiceField | None:
    return next((c for c in choice_fields(kind) if c.field == field_id), None)


def _key(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def known_choice(spec: ChoiceField, text: str) -> str | None:
    """The choice ``text`` names by itself (its id, or a well-known synonym)."""
    key = _key(text)
    as_id = key.replace(" ", "_").replace("-", "_")
    if as_id in spec.choices:
        return as_id
    return spec.synonyms.get(key) or spec.synonyms.get(key.replace("_", " "))


def suggest(spec: ChoiceField, text: str) -> str | None:
    """A guess for the wizard: a known choice, else one whose keyword the text contains."""
    found = known_choice(spec, text)
    if found:
        return found
    key = _key(text)
    for word, choice in _KEYWORDS.get((spec.kind, spec.field), ()):
        if word in key and choice in spec.choices:
            return choice
    return None


class ValueReader:
    """Reads one choice field's cells through the seller's value map."""

    def __init__(self, spec: ChoiceField, value_map: dict[str, str] | None, label: str) -> None:
        self.spec = spec
        self.label = label
        self.value_map = {_key(k): v for k, v in (value_map or {}).items()}

    def __call__(self, text: str) -> tuple[str, CellError | None]:
        """(choice, note or None); CellError for a value a strict field cannot take."""
        key = _key(text)
        if not key:
            return "", None
        choice = self.value_map.get(key) or known_choice(self.spec, text)
        if choice:
            return choice, None
        shown = " ".join(str(text).split())
        choices = ", ".join(self.spec.choices)
        if self.spec.neutral is None:
            raise CellError(UNMAPPED_STRICT, value=shown, choices=choices, field=self.spec.field)
        return self.spec.neutral, CellError(
            UNMAPPED_NEUTRAL, value=shown, choices=choices, choice=self.spec.neutral
        )


class BadValueMapping(UserError):
    exit_code = 2  # a usage error: the argument names no field, value or choice
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "--map-value {text}: {problem}. Use --map-value FIELD=VALUE:CHOICE, "
        "e.g. --map-value status=Versendet:shipped.",
    )


def parse_value_maps(kind: str, texts: list[str]) -> dict[str, dict[str, str]]:
    """``FIELD=VALUE:CHOICE`` arguments as {field: {value: choice}}.

    Splits on the first ``=`` and the last ``:`` (values may hold colons); BadValueMapping
    names what is wrong.
    """
    maps: dict[str, dict[str, str]] = {}
    specs = {c.field: c for c in choice_fields(kind)}
    for text in texts:
        field_id, eq, rest = text.partition("=")
        value, colon, choice = rest.rpartition(":")
        field_id, value, choice = field_id.strip(), value.strip(), choice.strip()
        if not eq or not colon or not value:
            raise BadValueMapping(text=text, problem="expected FIELD=VALUE:CHOICE")
        spec = specs.get(field_id)
        if spec is None:
            known = ", ".join(specs) or "none"
            raise BadValueMapping(
                text=text,
                problem=f"{kind} has no field with fixed choices called "
                f"“{field_id}” (those fields: {known})",
            )
        if choice not in spec.choices:
            raise BadValueMapping(
                text=text,
                problem=f"“{choice}” is not a choice of {field_id} "
                f"(choices: {', '.join(spec.choices)})",
            )
        maps.setdefault(field_id, {})[_key(value)] = choice
    return maps


@dataclass(frozen=True)
class UnknownValue:
    """A value of a fixed-choice field that needs the seller's choice."""

    field: str
    value: str  # as the file writes it (first spelling met)
    rows: int  # how many rows hold it
    suggestion: str | None  # a guess to offer, or None
    neutral: str | None  # what it becomes unmapped; None: the row is rejected


def unknown_values(kind: str, rows, mapping: dict[str, int], limit: int = 200) -> list:
    """The values of ``kind``'s fixed-choice fields that are not a choice or a known word,
    in the mapped columns of ``rows`` (at most ``limit`` per field), most frequent first."""
    found: list[UnknownValue] = []
    for spec in choice_fields(kind):
        column = mapping.get(spec.field)
        if column is None:
            continue
        counts: dict[str, list] = {}
        for row in rows:
            cell = row[column] if column < len(row) else None
            if cell is None or not str(cell).strip():
                continue
            key = _key(cell)
            if key in counts:
                counts[key][1] += 1
            elif known_choice(spec, str(cell)) is None:
                counts[key] = [" ".join(str(cell).split()), 1]
        ranked = sorted(counts.values(), key=lambda pair: -pair[1])[:limit]
        found.extend(
            UnknownValue(spec.field, text, n, suggest(spec, text), spec.neutral)
            for text, n in ranked
        )
    return found


_PRESET_KEY = "=values:"  # preset mapping keys that hold a field's value map, not a column


def pack_value_map(mapping: dict[str, str], value_map: dict[str, dict[str, str]]) -> dict:
    """A preset's {field: header} mapping with the value map folded in, so presets keep it."""
    packed = dict(mapping)
    for field_id, values in value_map.items():
        if values:
            packed[_PRESET_KEY + field_id] = json.dumps(values, ensure_ascii=False)
    return packed


def unpack_value_map(mapping: dict[str, str]) -> dict[str, dict[str, str]]:
    """The value map a preset's mapping holds (see ``pack_value_map``)."""
    found: dict[str, dict[str, str]] = {}
    for key, text in mapping.items():
        if key.startswith(_PRESET_KEY):
            try:
                values = json.loads(text)
            except ValueError:
                continue
            if isinstance(values, dict):
                found[key[len(_PRESET_KEY) :]] = {
                    str(k): str(v) for k, v in values.items() if isinstance(v, str)
                }
    return found
