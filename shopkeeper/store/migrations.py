"""The shop schema, as ordered, append-only migrations.

Never edit or reorder a migration that has shipped: add a new one at the end.
``tests/test_migrations.py`` opens a shop made at every older version.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .initial_schema import INITIAL_SCHEMA, SEARCH_INDEXES

migrations = Migrations("shopkeeper")


@migrations()
def m001_initial_schema(db: Database) -> None:
    db.executescript(INITIAL_SCHEMA)
    for table, columns in SEARCH_INDEXES.items():
        db[table].enable_fts(columns, tokenize="trigram", create_triggers=True)


@migrations()
def m002_import_presets(db: Database) -> None:
    """Named header mappings a user saved for an import source."""
    db.execute(
        """CREATE TABLE import_presets (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            mapping_json TEXT NOT NULL,
            UNIQUE (kind, name)
        )"""
    )


@migrations()
def m003_customer_email_lookup(db: Database) -> None:
    """Imports match customers by email ignoring case; this keeps that a lookup, not a scan."""
    db.execute("CREATE INDEX customers_email_lower ON customers(lower(email)) WHERE email != ''")


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]


@migrations()
def m004_change_sets(db: Database) -> None:
    """A change is one undoable step over any number of rows and tables."""
    db.execute(
        """CREATE TABLE change_sets (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            text TEXT NOT NULL,
            action TEXT NOT NULL DEFAULT 'do' CHECK (action IN ('do', 'undo', 'redo'))
        )"""
    )
    db.execute("ALTER TABLE change_log ADD COLUMN change_id INTEGER REFERENCES change_sets(id)")
    db.execute("CREATE INDEX change_log_change ON change_log(change_id)")


@migrations()
def m006_listings(db: Database) -> None:
    """The offline listing editor: channel fees and limits, per-channel titles and
    prices, reorder points, listing fields and templates (additive only)."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS channel_settings (
            channel TEXT PRIMARY KEY,
            fee_bp INTEGER NOT NULL DEFAULT 0 CHECK (fee_bp BETWEEN 0 AND 10000),
            fee_fixed INTEGER NOT NULL DEFAULT 0 CHECK (fee_fixed >= 0),
            -- NULL: the channel's built-in limit (services/channels.py)
            title_limit INTEGER CHECK (title_limit > 0),
            seo_title_limit INTEGER CHECK (seo_title_limit > 0),
            seo_description_limit INTEGER CHECK (seo_description_limit > 0)
        );
        CREATE TABLE IF NOT EXISTS channel_titles (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            title TEXT NOT NULL,
            UNIQUE (product_id, channel)
        );
        CREATE TABLE IF NOT EXISTS channel_prices (
            id INTEGER PRIMARY KEY,
            variant_id INTEGER NOT NULL REFERENCES variants(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            price INTEGER NOT NULL CHECK (price >= 0),
            UNIQUE (variant_id, channel)
        );
        CREATE TABLE IF NOT EXISTS listing_templates (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            values_json TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS products_status ON products(status);
        CREATE INDEX IF NOT EXISTS competitor_prices_sku ON competitor_prices(sku);
        """
    )
    columns = db["products"].columns_dict
    for name in ("subtitle", "keywords", "notes"):
        if name not in columns:
            db.execute(f"ALTER TABLE products ADD COLUMN {name} TEXT NOT NULL DEFAULT ''")
    if "reorder_point" not in db["variants"].columns_dict:
        # NULL: low stock is judged from days of cover against the lead time instead
        db.execute("ALTER TABLE variants ADD COLUMN reorder_point INTEGER")


@migrations()
def m009_kpis(db: Database) -> None:
    """Cost snapshots on order lines, the A/B test log, and indexes the KPIs read through.

    ``unit_cost`` is the variant's cost when the line was sold (NULL: not known), so a
    later cost change does not rewrite past profit.
    """
    if "unit_cost" not in db["order_items"].columns_dict:
        db.execute("ALTER TABLE order_items ADD COLUMN unit_cost INTEGER CHECK (unit_cost >= 0)")
    db.execute(
        """CREATE TABLE IF NOT EXISTS ab_tests (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT 'title' CHECK (subject IN ('title', 'image', 'price')),
            product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
            version_a TEXT NOT NULL DEFAULT '',
            version_b TEXT NOT NULL DEFAULT '',
            visitors_a INTEGER NOT NULL DEFAULT 0 CHECK (visitors_a >= 0),
            orders_a INTEGER NOT NULL DEFAULT 0 CHECK (orders_a >= 0),
            visitors_b INTEGER NOT NULL DEFAULT 0 CHECK (visitors_b >= 0),
            orders_b INTEGER NOT NULL DEFAULT 0 CHECK (orders_b >= 0),
            started_on TEXT NOT NULL,
            ended_on TEXT,
            notes TEXT NOT NULL DEFAULT ''
        )"""
    )
    # Covering indexes: a range of days reads orders and their lines without table lookups.
    db.execute(
        "CREATE INDEX IF NOT EXISTS orders_kpi ON orders"
        "(placed_at, status, channel, customer_id, discount)"
    )
    db.execute(
        "CREATE INDEX IF NOT EXISTS order_items_kpi ON order_items"
        "(order_id, quantity, unit_price, unit_cost, discount, variant_id)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS refunds_created ON refunds(created_at)")
    db.execute("CREATE INDEX IF NOT EXISTS tickets_created ON tickets(created_at)")


@migrations(transactional=False)
def m007_promotions(db: Database) -> None:
    """Promotions: every type sellers run (the kind CHECK widened by a rebuild that keeps
    every row and id), tiers, targets by category and tag, combinations, campaign steps,
    the content plan and the seller's own recurring calendar events.

    Not transactional here because the rebuild must turn foreign keys off, which
    SQLite allows only outside a transaction; it runs its own
    (store/promotions_schema.py).
    """
    from shopkeeper.store import promotions_schema

    promotions_schema.apply(db)


@migrations(transactional=False)
def m008_inbox(db: Database) -> None:
    """The Inbox: ticket kinds and states rebuilt (snoozed becomes a snooze time), ticket
    numbers, pending order/SKU links, tags, reasons, satisfaction with its scale, message
    search, canned reply categories and languages, order tracking numbers.

    Not transactional here because the tickets rebuild must turn foreign keys off,
    which SQLite allows only outside a transaction; it runs its own (store/inbox_schema.py).
    """
    from shopkeeper.store import inbox_schema

    inbox_schema.apply(db)


# Days whose orders changed since their kpi_daily rows were computed. The triggers only
# mark days (cheap even in a 500,000-line import); services/kpi_rollup.py recomputes them.
_KPI_DIRTY_TRIGGERS = """
CREATE TRIGGER IF NOT EXISTS kpi_orders_ai AFTER INSERT ON orders BEGIN
  INSERT OR IGNORE INTO kpi_dirty_days(day) VALUES (substr(NEW.placed_at, 1, 10));
END;
CREATE TRIGGER IF NOT EXISTS kpi_orders_ad AFTER DELETE ON orders BEGIN
  INSERT OR IGNORE INTO kpi_dirty_days(day) VALUES (substr(OLD.placed_at, 1, 10));
END;
CREATE TRIGGER IF NOT EXISTS kpi_orders_au
AFTER UPDATE OF placed_at, status, channel, customer_id, discount ON orders BEGIN
  INSERT OR IGNORE INTO kpi_dirty_days(day) VALUES (substr(OLD.placed_at, 1, 10));
  INSERT OR IGNORE INTO kpi_dirty_days(day) VALUES (substr(NEW.placed_at, 1, 10));
END;
CREATE TRIGGER IF NOT EXISTS kpi_items_ai AFTER INSERT ON order_items BEGIN
  INSERT OR IGNORE INTO kpi_dirty_days(day)
  SELECT substr(placed_at, 1, 10) FROM orders WHERE id = NEW.order_id;
END;
CREATE TRIGGER IF NOT EXISTS kpi_items_ad AFTER DELETE ON order_items BEGIN
  INSERT OR IGNORE INTO kpi_dirty_days(day)
  SELECT substr(placed_at, 1, 10) FROM orders WHERE id = OLD.order_id;
END;
CREATE TRIGGER IF NOT EXISTS kpi_items_au AFTER UPDATE ON order_items BEGIN
  INSERT OR IGNORE INTO kpi_dirty_days(day)
  SELECT substr(placed_at, 1, 10) FROM orders WHERE id IN (OLD.order_id, NEW.order_id);
END;
"""


@migrations()
def m009_kpis_daily(db: Database) -> None:
    """Daily sales rollups per channel, so any range of the KPI tab reads a few thousand
    rows instead of a million order lines; plus an index for per-customer counts.

    A cache, not user data: rebuilt from orders whenever its days are marked dirty.
    """
    db.execute(
        """CREATE TABLE IF NOT EXISTS kpi_daily (
            day TEXT NOT NULL,
            channel TEXT NOT NULL,
            orders INTEGER NOT NULL,
            guest_orders INTEGER NOT NULL,
            discounts INTEGER NOT NULL,
            gross INTEGER NOT NULL,
            units INTEGER NOT NULL,
            cost INTEGER NOT NULL,
            lines_without_cost INTEGER NOT NULL,
            PRIMARY KEY (day, channel)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE TABLE IF NOT EXISTS kpi_dirty_days (day TEXT PRIMARY KEY) WITHOUT ROWID")
    for trigger in _KPI_DIRTY_TRIGGERS.split("END;")[:-1]:  # executescript would COMMIT
        db.execute(trigger + "END;")
    db.execute(
        "INSERT OR IGNORE INTO kpi_dirty_days(day) SELECT DISTINCT substr(placed_at, 1, 10) "
        "FROM orders"
    )
    db.execute(
        "CREATE INDEX IF NOT EXISTS orders_kpi_customer ON orders"
        "(customer_id, status, placed_at, channel)"
    )


# Orders search (services/order_search.py): one document per order (its number, its
# customer's name, email, phone and id, its lines' SKUs and titles) in an FTS5 trigram
# index, plus CJK bigrams for two-character Chinese words. New orders are indexed after
# the import, not inside it: rows past ``upto`` are searched without the index until then,
# and triggers queue the indexed orders that change.
_ORDER_SEARCH_SCHEMA = (
    "CREATE VIRTUAL TABLE order_search USING fts5(doc, tokenize='trigram')",
    "CREATE VIRTUAL TABLE order_search_cjk USING fts5(doc, tokenize='unicode61')",
    "CREATE TABLE order_search_state (id INTEGER PRIMARY KEY CHECK (id = 1), upto INTEGER NOT NULL)",  # noqa: E501 - a shipped migration stays as it ran
    "INSERT INTO order_search_state(id, upto) VALUES (1, 0)",
    "CREATE TABLE order_search_dirty (order_id INTEGER PRIMARY KEY)",
    """CREATE TRIGGER order_search_orders_au AFTER UPDATE OF order_no, customer_id ON orders
       WHEN NEW.id <= (SELECT upto FROM order_search_state)
       BEGIN INSERT OR IGNORE INTO order_search_dirty VALUES (NEW.id); END""",
    """CREATE TRIGGER order_search_orders_ad AFTER DELETE ON orders
       WHEN OLD.id <= (SELECT upto FROM order_search_state)
       BEGIN INSERT OR IGNORE INTO order_search_dirty VALUES (OLD.id); END""",
    """CREATE TRIGGER order_search_items_ai AFTER INSERT ON order_items
       WHEN NEW.order_id <= (SELECT upto FROM order_search_state)
       BEGIN INSERT OR IGNORE INTO order_search_dirty VALUES (NEW.order_id); END""",
    """CREATE TRIGGER order_search_items_au AFTER UPDATE OF sku, title, order_id ON order_items
       WHEN NEW.order_id <= (SELECT upto FROM order_search_state)
       BEGIN INSERT OR IGNORE INTO order_search_dirty VALUES (NEW.order_id), (OLD.order_id); END""",
    """CREATE TRIGGER order_search_items_ad AFTER DELETE ON order_items
       WHEN OLD.order_id <= (SELECT upto FROM order_search_state)
       BEGIN INSERT OR IGNORE INTO order_search_dirty VALUES (OLD.order_id); END""",
    """CREATE TRIGGER order_search_customers_au
       AFTER UPDATE OF name, email, phone, platform_id ON customers
       BEGIN INSERT OR IGNORE INTO order_search_dirty
             SELECT id FROM orders WHERE customer_id = NEW.id
             AND id <= (SELECT upto FROM order_search_state); END""",
)


@migrations()
def m005_exchange_second_pass(db: Database) -> None:
    """Platform columns Shopkeeper does not edit, kept so an export gives them back
    (``extra``: a JSON object of header -> text, per product and per variant); and the
    orders search index."""
    db.execute("ALTER TABLE products ADD COLUMN extra TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE variants ADD COLUMN extra TEXT NOT NULL DEFAULT ''")
    for statement in _ORDER_SEARCH_SCHEMA:
        db.execute(statement)


@migrations()
def m009_kpis_no_line_insert_trigger(db: Database) -> None:
    """Drop the rollups' trigger on inserted order lines: it tripled the time of a bulk
    orders import. A line is inserted together with its order (import, demo, undo), and
    the order's own insert or update already marks its day; deleted or edited lines
    still mark theirs."""
    db.execute("DROP TRIGGER IF EXISTS kpi_items_ai")


@migrations()
def m010_today_indexes(db: Database) -> None:
    """What the Today tab reads at once on a large shop: the snoozed tickets waking
    today (by an index instead of a scan) and the last listing check's counts.

    ``today_cache`` is a cache, not user data: the tab shows its counts while it checks
    the listings again (seconds on 20,000 listings) and then replaces them.
    """
    db.execute(
        """CREATE TABLE IF NOT EXISTS today_cache (
            key TEXT PRIMARY KEY,
            checked_at TEXT NOT NULL,
            value TEXT NOT NULL
        )"""
    )
    if "snoozed_until" in db["tickets"].columns_dict:
        db.execute(
            "CREATE INDEX IF NOT EXISTS tickets_snoozed ON tickets(snoozed_until)"
            " WHERE snoozed_until IS NOT NULL"
        )


@migrations()
def m011_listing_stock_as_of(db: Database) -> None:
    """When each variant's stock count was last set (a listing import or the seller's
    own edit): order lines placed after it are taken off the count the Listings tab
    shows, as an estimate. NULL: no date known, the count is shown as it is. And each
    listing export (format and time), so the next one can hold only what changed since.
    """
    if "stock_as_of" not in db["variants"].columns_dict:
        db.execute("ALTER TABLE variants ADD COLUMN stock_as_of TEXT")
    db.execute(
        "CREATE INDEX IF NOT EXISTS variants_stock_as_of ON variants(stock_as_of)"
        " WHERE stock_as_of IS NOT NULL"
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS listing_exports (
            id INTEGER PRIMARY KEY,
            format TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            rows INTEGER NOT NULL DEFAULT 0,
            changed_only INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        "CREATE INDEX IF NOT EXISTS listing_exports_format ON listing_exports(format, exported_at)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS products_updated_at ON products(updated_at)")
