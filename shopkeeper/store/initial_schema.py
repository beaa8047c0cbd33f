"""The schema of migration m001, as it shipped: the tables every shop starts with.

It lives apart from migrations.py only for length. Never edit it: a shop made at
m001 was made from exactly this text (tests/test_migrations.py opens such a shop).
"""

# Money columns are INTEGER minor units (cents, 分); the currency is a shop setting.
# Times are ISO-8601 text in the shop's time zone unless a column says otherwise.
INITIAL_SCHEMA = """
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
SEARCH_INDEXES = {
    "products": ["title", "description", "tags"],
    "customers": ["name", "email", "phone"],
    "tickets": ["subject"],
}
