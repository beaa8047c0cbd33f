"""The shop schema, as ordered, append-only migrations.

Never edit or reorder a migration that has shipped: add a new one at the end.
``tests/test_migrations.py`` opens a shop made at every older version.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("shopkeeper")

# Money columns are INTEGER minor units (cents, 分); the currency is a shop setting.
# Times are ISO-8601 text in the shop's time zone unless a column says otherwise.
_INITIAL_SCHEMA = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    handle TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'draft', 'archived')),
    vendor TEXT NOT NULL DEFAULT '',
    seo_title TEXT NOT NULL DEFAULT '',
    seo_description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE variants (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    sku TEXT NOT NULL UNIQUE,
    option1_name TEXT NOT NULL DEFAULT '',
    option1_value TEXT NOT NULL DEFAULT '',
    option2_name TEXT NOT NULL DEFAULT '',
    option2_value TEXT NOT NULL DEFAULT '',
    option3_name TEXT NOT NULL DEFAULT '',
    option3_value TEXT NOT NULL DEFAULT '',
    price INTEGER NOT NULL CHECK (price >= 0),
    compare_at_price INTEGER CHECK (compare_at_price >= 0),
    cost INTEGER CHECK (cost >= 0),
    stock INTEGER NOT NULL DEFAULT 0,
    barcode TEXT NOT NULL DEFAULT '',
    weight_grams INTEGER
);
CREATE INDEX variants_product ON variants(product_id);
CREATE TABLE product_images (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    src TEXT NOT NULL,
    alt TEXT NOT NULL DEFAULT ''
);
CREATE INDEX product_images_product ON product_images(product_id);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    platform_id TEXT,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX customers_platform_id ON customers(platform_id) WHERE platform_id IS NOT NULL;
CREATE INDEX customers_email ON customers(email) WHERE email != '';
CREATE INDEX customers_phone ON customers(phone) WHERE phone != '';
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    order_no TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    customer_id INTEGER REFERENCES customers(id),
    placed_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN
        ('unpaid', 'paid', 'shipped', 'completed', 'refunded', 'cancelled')),
    subtotal INTEGER NOT NULL DEFAULT 0,
    discount INTEGER NOT NULL DEFAULT 0,
    shipping INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    country TEXT NOT NULL DEFAULT '',
    paid_at TEXT,
    shipped_at TEXT,
    UNIQUE (channel, order_no)
);
CREATE INDEX orders_placed_at ON orders(placed_at);
CREATE INDEX orders_customer ON orders(customer_id);
CREATE INDEX orders_status ON orders(status);
CREATE TABLE order_items (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL DEFAULT 1,
    variant_id INTEGER REFERENCES variants(id) ON DELETE SET NULL,
    sku TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL,
    unit_price INTEGER NOT NULL,
    discount INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX order_items_order ON order_items(order_id);
CREATE INDEX order_items_variant ON order_items(variant_id);
CREATE TABLE refunds (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    order_item_id INTEGER REFERENCES order_items(id) ON DELETE SET NULL,
    quantity INTEGER NOT NULL DEFAULT 0,
    amount INTEGER NOT NULL CHECK (amount >= 0),
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX refunds_order ON refunds(order_id);
CREATE TABLE promotions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN
        ('percent_off', 'amount_off', 'fixed_price', 'bundle', 'free_shipping', 'threshold')),
    -- basis points for percent_off, minor units for the others
    value INTEGER NOT NULL DEFAULT 0,
    threshold INTEGER NOT NULL DEFAULT 0,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    budget INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    CHECK (ends_at >= starts_at)
);
CREATE TABLE promotion_targets (
    id INTEGER PRIMARY KEY,
    promotion_id INTEGER NOT NULL REFERENCES promotions(id) ON DELETE CASCADE,
    product_id INTEGER REFERENCES products(id) ON DELETE CASCADE,
    variant_id INTEGER REFERENCES variants(id) ON DELETE CASCADE
);
CREATE INDEX promotion_targets_promotion ON promotion_targets(promotion_id);
CREATE TABLE calendar_events (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'festival',
    region TEXT NOT NULL DEFAULT '',
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL
);
CREATE TABLE campaign_tasks (
    id INTEGER PRIMARY KEY,
    promotion_id INTEGER NOT NULL REFERENCES promotions(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    due_on TEXT,
    done INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    customer_id INTEGER REFERENCES customers(id),
    order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    variant_id INTEGER REFERENCES variants(id) ON DELETE SET NULL,
    kind TEXT NOT NULL DEFAULT 'question' CHECK (kind IN
        ('question', 'return', 'exchange', 'complaint', 'review', 'other')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'waiting', 'snoozed', 'closed')),
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    channel TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    due_at TEXT,
    snoozed_until TEXT,
    rating INTEGER CHECK (rating BETWEEN 1 AND 5),
    merged_into INTEGER REFERENCES tickets(id)
);
CREATE INDEX tickets_status_due ON tickets(status, due_at);
CREATE INDEX tickets_customer ON tickets(customer_id);
CREATE INDEX tickets_order ON tickets(order_id);
CREATE TABLE ticket_messages (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    author TEXT NOT NULL CHECK (author IN ('customer', 'seller', 'note')),
    body TEXT NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE INDEX ticket_messages_ticket ON ticket_messages(ticket_id);
CREATE TABLE canned_replies (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL
);
CREATE TABLE traffic_daily (
    day TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    visitors INTEGER NOT NULL DEFAULT 0,
    page_views INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, channel)
);
CREATE TABLE ad_spend (
    day TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    spend INTEGER NOT NULL DEFAULT 0,
    impressions INTEGER NOT NULL DEFAULT 0,
    clicks INTEGER NOT NULL DEFAULT 0,
    orders INTEGER NOT NULL DEFAULT 0,
    revenue INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, channel)
);
CREATE TABLE sales_targets (
    id INTEGER PRIMARY KEY,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount >= 0)
);
CREATE TABLE competitor_prices (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL,
    competitor TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    price INTEGER NOT NULL CHECK (price >= 0),
    observed_at TEXT NOT NULL,
    UNIQUE (sku, competitor, observed_at)
);
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before_json TEXT,
    after_json TEXT
);
"""

# Trigram full-text indexes so that a Chinese substring such as 连衣裙 is found
# inside a title; queries under three characters fall back to LIKE.
_SEARCH_INDEXES = {
    "products": ["title", "description", "tags"],
    "customers": ["name", "email", "phone"],
    "tickets": ["subject"],
}


@migrations()
def m001_initial_schema(db: Database) -> None:
    db.executescript(_INITIAL_SCHEMA)
    for table, columns in _SEARCH_INDEXES.items():
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
