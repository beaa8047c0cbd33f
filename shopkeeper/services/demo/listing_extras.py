"""What the listing editor adds to a demo shop: channel fees, selling points, search
keywords, reorder points, per-channel titles and prices, and a few listings with
the problems a real catalogue has (an extreme word, a repeated keyword)."""

from __future__ import annotations

from shopkeeper.services.demo import words
from shopkeeper.services.demo.base import Context

# Roughly what each platform keeps (basis points, and fen per order in this CNY shop).
FEES = {
    "taobao": (60, 0),
    "tmall": (500, 0),
    "jd": (800, 0),
    "pinduoduo": (60, 0),
    "shopify": (290, 200),
    "etsy": (650, 140),
    "ebay": (1325, 200),
    "amazon": (1500, 0),
}
BANNED_PREFIXES = ("最好的", "顶级", "国家级")


def generate(ctx: Context) -> None:
    ctx.insert(
        "channel_settings",
        ("channel", "fee_bp", "fee_fixed"),
        [(c, bp, fixed) for c, (bp, fixed) in FEES.items()],
    )
    rng = ctx.rng("listing-extras")
    products = ctx.conn.execute("SELECT id, title, tags FROM products ORDER BY id").fetchall()
    updates, titles = [], []
    for pid, title, tags in products:
        chinese = not title.isascii()
        features = words.FEATURES_CN if chinese else words.FEATURES_EN
        subtitle = ("，" if chinese else ". ").join(rng.sample(features, 2))
        keywords = tags
        r = rng.random()
        if chinese and r < 0.02:
            title = rng.choice(BANNED_PREFIXES) + title
        elif r < 0.03:
            first = title.split()[0]
            title = f"{title} {first}"  # a keyword said twice
        updates.append((title, subtitle, keywords, pid))
        if chinese and rng.random() < 0.15:
            titles.append((pid, "taobao", title.replace(" ", "")[:30]))
        elif not chinese and len(title) > 40 and rng.random() < 0.3:
            titles.append((pid, "ebay", title[:80]))
    ctx.conn.executemany(
        "UPDATE products SET title = ?, subtitle = ?, keywords = ? WHERE id = ?", updates
    )
    ctx.insert("channel_titles", ("product_id", "channel", "title"), titles)
    variants = ctx.conn.execute("SELECT id, price, stock FROM variants ORDER BY id").fetchall()
    reorder, prices = [], []
    for vid, price, stock in variants:
        if rng.random() < 0.2:
            reorder.append((max(2, min(stock, 400) // 8 + rng.randint(0, 10)), vid))
        if rng.random() < 0.05:
            prices.append((vid, "taobao", max(100, price * 95 // 100 // 10 * 10)))
    ctx.conn.executemany("UPDATE variants SET reorder_point = ? WHERE id = ?", reorder)
    ctx.insert("channel_prices", ("variant_id", "channel", "price"), prices)
