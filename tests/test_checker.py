"""The listing checker: each rule, over Chinese and English listings, with stable codes."""

import pytest

from shopkeeper.services.channels import ChannelFees, ChannelLimits
from shopkeeper.services.listing_checker import (
    CODES,
    Rules,
    banned_in,
    check,
    check_shop,
    repeated_keywords,
)
from shopkeeper.services.listing_facts import ListingFacts, VariantFacts

GOOD_VARIANT = VariantFacts(
    1, "SKU-1", price=10000, compare_at_price=12000, cost=5000, stock=10, barcode="6923450000017"
)


def listing(title="Linen dress", **kw) -> ListingFacts:
    values = dict(
        id=1,
        handle="dress",
        title=title,
        status="active",
        seo_title="Dress",
        seo_description="A dress",
        images=(("media/a.jpg", "front"),),
        variants=(GOOD_VARIANT,),
    )
    values.update(kw)
    return ListingFacts(**values)


def codes(facts, rules=None):
    problems = check(facts, rules or Rules())
    assert all(p.message for p in problems)  # every template's fill-ins are there
    return sorted({(p.code, p.field, p.channel, p.sku) for p in check(facts, rules or Rules())})


@pytest.mark.parametrize("title", ["亚麻连衣裙 夏季 简约", "Linen summer dress"])
def test_a_complete_listing_has_no_problems(title):
    """A listing with images, SEO fields, barcode and a sound price passes."""
    assert codes(listing(title)) == []


@pytest.mark.parametrize(
    "title, channel, too_long",
    [
        ("连" * 30, "taobao", False),  # 30 汉字 = 60 bytes: exactly the limit
        ("连" * 30 + "a", "taobao", True),  # 61 bytes
        ("a" * 60, "taobao", False),
        ("连" * 80, "ebay", False),  # eBay counts characters
        ("x" * 81, "ebay", True),
        ("x" * 200, "amazon", False),
        ("x" * 201, "amazon", True),
    ],
)
def test_title_length_per_channel(title, channel, too_long):
    """Taobao counts GBK bytes (汉字 2, ASCII 1); eBay and Amazon count characters."""
    found = codes(listing(title), Rules(channels=(channel,)))
    assert (("title_too_long", "title", channel, None) in found) is too_long


def test_channel_title_is_checked_instead_of_main_title():
    """A short Taobao title of its own passes even when the main title is long."""
    long_main = listing("x" * 100, channel_titles={"taobao": "短标题"})
    assert codes(long_main, Rules(channels=("taobao",))) == []


def test_shop_title_limit_overrides_platform_limit():
    """A seller's own limit for a channel is used instead of the platform's."""
    rules = Rules(channels=("ebay",), limits={"ebay": ChannelLimits(10)})
    assert ("title_too_long", "title", "ebay", None) in codes(listing("x" * 11), rules)


def test_shopify_seo_limits():
    """Shopify's SEO title (70) and SEO description (320) limits are checked."""
    found = codes(
        listing(seo_title="x" * 71, seo_description="y" * 321), Rules(channels=("shopify",))
    )
    assert ("title_too_long", "seo_title", "shopify", None) in found
    assert ("title_too_long", "seo_description", "shopify", None) in found


@pytest.mark.parametrize(
    "text, allowed, expected",
    [
        ("最好的连衣裙", (), ["最好"]),
        ("最近上新 连衣裙", (), []),
        ("国家级 顶级 面料", (), ["国家级", "顶级"]),
        ("第一次穿就爱上", ("第一次",), []),
        ("全网第一 第一次", ("第一次",), ["第一"]),
        ("The No.1 linen dress", (), ["No.1"]),
        ("World's best dress", (), ["world's best"]),
        ("Linen dress", (), []),
    ],
)
def test_banned_words_are_phrases_with_an_allow_list(text, allowed, expected):
    """Extreme words are found as phrases; allowed phrases around them do not count."""
    from shopkeeper.services.listing_checker import BANNED_WORDS

    assert [w.casefold() for w in banned_in(text, BANNED_WORDS, allowed)] == [
        w.casefold() for w in expected
    ]


@pytest.mark.parametrize("title", ["最好的亚麻连衣裙", "No.1 linen dress"])
def test_banned_word_in_title_is_a_problem(title):
    """A banned word in the title is reported on the title field."""
    assert ("banned_word", "title", None, None) in codes(listing(title))


def test_seller_added_banned_word():
    """A word the seller added to the list is flagged too."""
    rules = Rules(banned=("爆款",))
    assert ("banned_word", "description", None, None) in codes(
        listing(description="今年爆款"), rules
    )


@pytest.mark.parametrize(
    "title, expected",
    [
        ("连衣裙 女 夏季 连衣裙", ["连衣裙"]),
        ("亚麻连衣裙 夏季新款 亚麻", ["亚麻"]),
        ("Linen dress linen", ["linen"]),
        ("Dress for the beach and for the city", []),
        ("亚麻连衣裙 夏季", []),
        ("哈哈哈", []),
    ],
)
def test_repeated_keywords(title, expected):
    """Repeated Latin words and repeated 2–4-character Chinese sequences are found."""
    assert repeated_keywords(title) == expected


@pytest.mark.parametrize("title", ["连衣裙 连衣裙", "Dress dress"])
def test_repeated_keyword_is_a_title_problem(title):
    """A repeated keyword is reported on the title."""
    assert ("repeated_keyword", "title", None, None) in codes(listing(title))


@pytest.mark.parametrize("title", ["亚麻连衣裙", "Linen dress"])
@pytest.mark.parametrize(
    "change, code, field",
    [
        ({"images": ()}, "missing_image", "image"),
        ({"images": (("a.jpg", ""),)}, "missing_alt_text", "image"),
        ({"seo_title": ""}, "missing_seo_title", "seo_title"),
        ({"seo_description": " "}, "missing_seo_description", "seo_description"),
    ],
)
def test_missing_product_fields(title, change, code, field):
    """Missing images, alt text and SEO fields are product-level problems (no SKU)."""
    assert (code, field, None, None) in codes(listing(title, **change))


@pytest.mark.parametrize("title", ["亚麻连衣裙", "Linen dress"])
@pytest.mark.parametrize(
    "variant, code, field",
    [
        ({"barcode": ""}, "missing_barcode", "barcode"),
        ({"price": 4000}, "below_cost", "price"),
        ({"price": 5200, "compare_at_price": None}, "below_margin_floor", "price"),
        ({"compare_at_price": 10000}, "compare_at_not_above_price", "compare_at_price"),
        ({"stock": 0}, "zero_stock_active", "stock"),
        ({"complaints": 3}, "frequent_complaint", "sku"),
    ],
)
def test_variant_problems(title, variant, code, field):
    """Variant rules are reported with the variant's SKU."""
    facts = listing(title, variants=(VariantFacts(**{**GOOD_VARIANT.__dict__, **variant}),))
    assert (code, field, None, "SKU-1") in codes(facts)


def test_zero_stock_on_a_draft_is_fine():
    """Only an active listing out of stock is a problem."""
    facts = listing(status="draft", variants=(VariantFacts(1, "S", 100, None, 50, 0, "1"),))
    assert codes(facts) == []


def test_archived_listings_are_not_checked():
    """Archived listings are off sale, so they are not checked."""
    assert codes(listing("最好的 最好的", status="archived", images=())) == []


def test_channel_fees_push_margin_below_floor_for_that_channel():
    """A channel's fee can take the margin under the floor: reported for that channel."""
    rules = Rules(
        channels=("etsy", "ebay"), fees={"etsy": ChannelFees(1500, 0)}, margin_floor_bp=4000
    )
    found = codes(listing(), rules)  # 50% margin before fees, 35% after Etsy's 15%
    assert ("below_margin_floor", "price", "etsy", "SKU-1") in found
    assert not any(c[2] == "ebay" for c in found)


def test_channel_price_below_cost():
    """A channel's own price under cost is reported for that channel."""
    facts = listing(channel_prices={("SKU-1", "taobao"): 4000})
    assert ("below_cost", "price", "taobao", "SKU-1") in codes(facts, Rules(channels=("taobao",)))


def test_problem_codes_are_the_documented_ones():
    """The codes are a stable contract."""
    assert set(CODES) == {
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
    }


def test_check_shop_reads_listings_and_settings(shop):
    """The whole-shop check reads products, variants, images and the allow-list."""
    from shopkeeper.store import settings

    db = shop.db
    db.execute(
        "INSERT INTO products(id, handle, title, seo_title, seo_description, created_at,"
        " updated_at) VALUES (1, 'h', '第一次 最好', 's', 'd', '2026', '2026')"
    )
    db.execute(
        "INSERT INTO variants(product_id, sku, price, cost, stock, barcode)"
        " VALUES (1, 'A', 100, 200, 5, '123')"
    )
    db.conn.commit()
    found = {(p.code, p.sku) for p in check_shop(db, ["taobao"])}
    assert ("below_cost", "A") in found and ("missing_image", None) in found
    assert ("banned_word", None) in found
    settings.put(db, settings.BANNED_WORDS_ALLOWED, "第一次\n最好")
    found = {(p.code, p.sku) for p in check_shop(db, ["taobao"])}
    assert ("banned_word", None) not in found


def test_frequent_reason_from_the_inbox(shop):
    """Three returns giving one reason for a SKU in 90 days: a frequent_complaint naming it."""
    from datetime import date

    db = shop.db
    if "reason" not in db["tickets"].columns_dict:
        pytest.skip("the Inbox's reasons are not in this build")
    db.execute(
        "INSERT INTO products(id, handle, title, seo_title, seo_description, created_at,"
        " updated_at) VALUES (1, 'tee', 'Tee', 's', 'd', '2026', '2026')"
    )
    db.execute("INSERT INTO product_images(product_id, src, alt) VALUES (1, 'a.jpg', 'a')")
    db.execute(
        "INSERT INTO variants(id, product_id, sku, price, cost, stock, barcode)"
        " VALUES (7, 1, 'TEE-S', 1000, 400, 5, '1')"
    )
    today = date.today().isoformat()
    for n in range(3):
        db.execute(
            "INSERT INTO tickets(subject, kind, variant_id, reason, created_at)"
            " VALUES (?, 'return', 7, 'runs_small', ?)",
            [f"too small {n}", today],
        )
    db.conn.commit()
    found = [p for p in check_shop(db, ["taobao"]) if p.code == "frequent_complaint"]
    assert [(p.sku, p.field) for p in found] == [("TEE-S", "sku")]
    assert "Runs small" in found[0].message and "3" in found[0].message
