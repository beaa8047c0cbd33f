"""Migration m008_inbox: tickets get the inbox's kinds, states and links.

Frozen once shipped, like every migration: a later schema change is a new migration.

The tickets table's CHECK constraints change (new kinds and states), which SQLite
can only do by rebuilding the table. The rebuild follows SQLite's documented
procedure (https://sqlite.org/lang_altertable.html#otheralter): foreign keys off,
one transaction, new table, copy every row with its id, drop, rename, recreate the
indexes and triggers, check the foreign keys, commit. Messages keep their ticket
ids, so no thread is lost; the full-text index is rebuilt from the copied rows.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlite_utils import Database

from shopkeeper.store.table_rebuild import rebuild_transaction

TICKET_KINDS = ("pre_sale", "return", "exchange", "refund", "complaint", "review", "other")
TICKET_STATUSES = ("new", "open", "waiting", "resolved", "closed")

_TICKETS = """
CREATE TABLE tickets_m008 (
    id INTEGER PRIMARY KEY,
    -- the platform's ticket, review, case or conversation number; NULL when none
    ticket_no TEXT,
    subject TEXT NOT NULL,
    customer_id INTEGER REFERENCES customers(id),
    order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    variant_id INTEGER REFERENCES variants(id) ON DELETE SET NULL,
    product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
    -- an order number or SKU the shop does not have yet, linked when it arrives
    pending_order_no TEXT,
    pending_sku TEXT,
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN
        ('pre_sale', 'return', 'exchange', 'refund', 'complaint', 'review', 'other')),
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN
        ('new', 'open', 'waiting', 'resolved', 'closed')),
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    channel TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',  -- comma separated
    reason TEXT NOT NULL DEFAULT '',  -- a return/refund/complaint reason code
    created_at TEXT NOT NULL,
    due_at TEXT,
    -- service-time seconds left on the response clock while it is paused (waiting)
    sla_remaining INTEGER,
    snoozed_until TEXT,
    first_response_at TEXT,
    resolved_at TEXT,
    unread INTEGER NOT NULL DEFAULT 0 CHECK (unread IN (0, 1)),
    rating INTEGER,
    rating_scale TEXT CHECK (rating_scale IN ('csat', 'nps')),
    merged_into INTEGER REFERENCES tickets(id),
    CHECK ((rating IS NULL AND rating_scale IS NULL)
        OR (rating_scale = 'csat' AND rating BETWEEN 1 AND 5)
        OR (rating_scale = 'nps' AND rating BETWEEN 0 AND 10))
)"""

_INDEXES = """
CREATE INDEX IF NOT EXISTS tickets_status_due ON tickets(status, due_at);
CREATE INDEX IF NOT EXISTS tickets_customer ON tickets(customer_id);
CREATE INDEX IF NOT EXISTS tickets_order ON tickets(order_id);
CREATE INDEX IF NOT EXISTS tickets_variant ON tickets(variant_id);
CREATE INDEX IF NOT EXISTS tickets_product ON tickets(product_id);
CREATE INDEX IF NOT EXISTS tickets_created ON tickets(created_at);
CREATE UNIQUE INDEX IF NOT EXISTS tickets_channel_no ON tickets(channel, ticket_no)
    WHERE ticket_no IS NOT NULL;
CREATE INDEX IF NOT EXISTS tickets_pending_order ON tickets(pending_order_no)
    WHERE pending_order_no IS NOT NULL;
CREATE INDEX IF NOT EXISTS tickets_pending_sku ON tickets(pending_sku)
    WHERE pending_sku IS NOT NULL;
CREATE INDEX IF NOT EXISTS ticket_messages_sent ON ticket_messages(ticket_id, sent_at);
"""

# A ticket naming an order or SKU the shop lacks keeps it; these link it on arrival,
# whichever import or editor adds the order or variant.
_LINK_TRIGGERS = """
CREATE TRIGGER IF NOT EXISTS tickets_link_order AFTER INSERT ON orders BEGIN
  UPDATE tickets SET order_id = new.id, pending_order_no = NULL,
                     customer_id = coalesce(customer_id, new.customer_id)
  WHERE pending_order_no = new.order_no
    AND (channel = new.channel OR channel = '' OR new.channel = '');
END;
CREATE TRIGGER IF NOT EXISTS tickets_link_variant AFTER INSERT ON variants BEGIN
  UPDATE tickets SET variant_id = new.id, product_id = new.product_id, pending_sku = NULL
  WHERE pending_sku = new.sku;
END;
"""


def _fts_sql(table: str, columns: tuple[str, ...]) -> str:
    """The trigram index and triggers as sqlite-utils' enable_fts makes them, written
    here so they stay inside the migration's transaction (executescript commits)."""
    cols = ", ".join(f"[{c}]" for c in columns)
    old = ", ".join(f"old.[{c}]" for c in columns)
    new = ", ".join(f"new.[{c}]" for c in columns)
    fts = f"[{table}_fts]"
    return f"""
CREATE VIRTUAL TABLE {fts} USING FTS5 ({cols}, tokenize='trigram', content=[{table}]);
CREATE TRIGGER [{table}_ai] AFTER INSERT ON [{table}] BEGIN
  INSERT INTO {fts} (rowid, {cols}) VALUES (new.rowid, {new});
END;
CREATE TRIGGER [{table}_ad] AFTER DELETE ON [{table}] BEGIN
  INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES('delete', old.rowid, {old});
END;
CREATE TRIGGER [{table}_au] AFTER UPDATE OF {cols} ON [{table}] BEGIN
  INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES('delete', old.rowid, {old});
  INSERT INTO {fts} (rowid, {cols}) VALUES (new.rowid, {new});
END;
INSERT INTO {fts} ({fts}) VALUES ('rebuild');
"""


def _statements(script: str) -> list[str]:
    """Split a script into statements (trigger bodies hold semicolons of their own)."""
    out, buffer = [], ""
    for line in script.strip().splitlines():
        buffer += line + "\n"
        if line.rstrip().endswith(";") and _complete(buffer):
            out.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        out.append(buffer.strip())
    return out


def _complete(sql: str) -> bool:
    import sqlite3

    return sqlite3.complete_statement(sql)


def _tomorrow_morning(db: Database) -> str:
    """When a ticket snoozed without a time comes back: 09:00 tomorrow, shop time."""
    row = db.execute("SELECT value FROM settings WHERE key = 'time_zone'").fetchone()
    try:
        zone = ZoneInfo(row[0] if row else "Asia/Shanghai")
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
    today = dt.datetime.now(zone).date()
    return dt.datetime.combine(today + dt.timedelta(days=1), dt.time(9, 0)).isoformat()


def _extra_columns(db: Database) -> list[str]:
    """Columns another migration added to tickets, kept with their declarations."""
    known = {
        "id",
        "subject",
        "customer_id",
        "order_id",
        "variant_id",
        "kind",
        "status",
        "priority",
        "channel",
        "created_at",
        "due_at",
        "snoozed_until",
        "rating",
        "merged_into",
    }
    extra = []
    for _cid, name, type_, notnull, default, _pk in db.execute("PRAGMA table_info(tickets)"):
        if name in known:
            continue
        decl = f'"{name}" {type_}'
        if notnull:
            decl += " NOT NULL"
        if default is not None:
            decl += f" DEFAULT {default}"
        extra.append((name, decl))
    return extra


def _rebuild_tickets(db: Database) -> None:
    conn = db.conn
    extra = _extra_columns(db)
    kept = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'tickets' "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL "
        "AND name NOT IN ('tickets_ai', 'tickets_ad', 'tickets_au')"
    ).fetchall()
    create = _TICKETS
    if extra:
        create = create.replace(
            "    merged_into INTEGER",
            "".join(f"    {d},\n" for _, d in extra) + "    merged_into INTEGER",
        )
    conn.execute(create)
    extra_names = "".join(f', "{n}"' for n, _ in extra)
    conn.execute(
        f"""INSERT INTO tickets_m008 (id, subject, customer_id, order_id, variant_id, kind,
                status, priority, channel, created_at, due_at, snoozed_until, first_response_at,
                resolved_at, rating, rating_scale, merged_into{extra_names})
            SELECT t.id, t.subject, t.customer_id, t.order_id, t.variant_id,
                CASE t.kind WHEN 'question' THEN 'pre_sale' ELSE t.kind END,
                CASE t.status WHEN 'snoozed' THEN 'open' ELSE t.status END,
                t.priority, t.channel, t.created_at,
                CASE WHEN t.status IN ('closed', 'waiting') THEN NULL ELSE t.due_at END,
                CASE WHEN t.status = 'snoozed' THEN coalesce(t.snoozed_until, :tomorrow)
                     ELSE t.snoozed_until END,
                (SELECT min(m.sent_at) FROM ticket_messages m
                  WHERE m.ticket_id = t.id AND m.author = 'seller'),
                CASE WHEN t.status = 'closed' THEN coalesce(
                    (SELECT max(m.sent_at) FROM ticket_messages m WHERE m.ticket_id = t.id),
                    t.created_at) END,
                t.rating, CASE WHEN t.rating IS NOT NULL THEN 'csat' END,
                t.merged_into{extra_names.replace(', "', ', t."')}
            FROM tickets t ORDER BY t.id""",
        {"tomorrow": _tomorrow_morning(db)},
    )
    conn.execute("DROP TABLE IF EXISTS tickets_fts")
    conn.execute("DROP TABLE tickets")
    conn.execute("ALTER TABLE tickets_m008 RENAME TO tickets")
    for _type, _name, sql in kept:
        conn.execute(sql)


def apply(db: Database) -> None:
    """Run the whole migration in one transaction with foreign keys off (see above)."""
    with rebuild_transaction(db, "m008_inbox") as conn:
        if "ticket_no" not in db["tickets"].columns_dict:
            _rebuild_tickets(db)
            for sql in _statements(_fts_sql("tickets", ("subject", "ticket_no"))):
                conn.execute(sql)
        _additive(db)


def _additive(db: Database) -> None:
    conn = db.conn
    if "tracking_no" not in db["orders"].columns_dict:
        conn.execute("ALTER TABLE orders ADD COLUMN tracking_no TEXT NOT NULL DEFAULT ''")
    replies = db["canned_replies"].columns_dict
    if "category" not in replies:
        conn.execute("ALTER TABLE canned_replies ADD COLUMN category TEXT NOT NULL DEFAULT ''")
    if "language" not in replies:
        # 'en', 'zh', or '' for a reply usable in any language
        conn.execute("ALTER TABLE canned_replies ADD COLUMN language TEXT NOT NULL DEFAULT ''")
    for sql in _statements(_INDEXES + _LINK_TRIGGERS):
        conn.execute(sql)
    if "ticket_messages_fts" not in db.table_names():
        for sql in _statements(_fts_sql("ticket_messages", ("body",))):
            conn.execute(sql)
