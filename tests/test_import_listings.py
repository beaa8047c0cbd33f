"""Importing listings: products, their variants (by SKU) and images, from platform files."""

from __future__ import annotations

import pytest
from csv_files import write_csv

from shopkeeper.services.exchange.importing import ImportRequest, commit_import, plan_import
from shopkeeper.store import settings

SHOPIFY = [
    "Handle",
    "Title",
    "Body (HTML)",
    "Option1 Name",
    "Option1 Value",
    "Option2 Name",
    "Option2 Value",
    "Variant SKU",
    "Variant Price",
    "Variant Grams",
    "Variant Inventory Qty",
    "Image Src",
]
ETSY = [
    "TITLE",
    "DESCRIPTION",
    "PRICE",
    "CURRENCY_CODE",
    "QUANTITY",
    "TAGS",
    "IMAGE1",
    "IMAGE2",
    "VARIATION 1 TYPE",
    "VARIATION 1 NAME",
    "VARIATION 1 VALUES",
    "SKU",
]


def shopify_row(
    handle,
    title="",
    *,
    option1=("", ""),
    option2=("", ""),
    sku="",
    price="",
    grams="",
    stock="",
    image="",
    body="",
):
    return [
        handle,
        title,
        body,
        option1[0],
        option1[1],
        option2[0],
        option2[1],
        sku,
        price,
        grams,
        stock,
        image,
    ]


def etsy_row(title, price="12.00", *, name="", values="", sku="", stock="5", image=""):
    return [
        title,
        "A description",
        price,
        "USD",
        stock,
        "tag1,tag2",
        image,
        "",
        "",
        name,
        values,
        sku,
    ]


def plan(shop, path):
    return plan_import(shop.db, ImportRequest("listings", path))


def run_import(shop, path):
    result = plan(shop, path)
    commit_import(shop.db, result)
    return result


def count(shop, table):
    return shop.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def variants(shop):
    """sku -> (handle, option1 name/value, option2 name/value, price, stock, grams)."""
    rows = shop.db.execute(
        "SELECT v.sku, p.handle, v.option1_name, v.option1_value, v.option2_name, "
        "v.option2_value, v.price, v.stock, v.weight_grams FROM variants v "
        "JOIN products p ON p.id = v.product_id ORDER BY v.id"
    ).fetchall()
    return {row[0]: row[1:] for row in rows}


def tshirt_rows():
    """Shopify style: 2×2 variants, option names on the first row only, one image-only row."""
    return [
        shopify_row(
            "tee",
            "Cotton tee",
            option1=("Color", "Red"),
            option2=("Size", "S"),
            sku="TEE-R-S",
            price="25.00",
            grams="145",
            stock="3",
            image="https://x/1.jpg",
            body="<p>Soft</p>",
        ),
        shopify_row(
            "tee",
            option1=("", "Red"),
            option2=("", "M"),
            sku="TEE-R-M",
            price="25.00",
            image="https://x/2.jpg",
        ),
        shopify_row("tee", option1=("", "Blue"), option2=("", "S"), sku="TEE-B-S", price="26.00"),
        shopify_row("tee", option1=("", "Blue"), option2=("", "M"), sku="TEE-B-M", price="26.00"),
        shopify_row("tee", image="https://x/3.jpg"),
        shopify_row(
            "cap",
            "Wool cap",
            option1=("Title", "Default Title"),
            sku="CAP",
            price="17.99",
            image="https://x/cap.jpg",
        ),
    ]


def test_shopify_rows_sharing_a_handle_are_one_product(shop, tmp_path):
    """Variant rows and image-only rows with one Handle make one product."""
    run_import(shop, write_csv(tmp_path / "products.csv", SHOPIFY, tshirt_rows()))
    assert count(shop, "products") == 2
    assert count(shop, "variants") == 5
    assert count(shop, "product_images") == 4
    assert shop.db.execute(
        "SELECT handle, title, description FROM products ORDER BY id"
    ).fetchall() == [("tee", "Cotton tee", "<p>Soft</p>"), ("cap", "Wool cap", "")]


def test_option_names_from_the_first_row_apply_to_every_variant(shop, tmp_path):
    """Shopify names options on the first row only; every variant gets the names."""
    run_import(shop, write_csv(tmp_path / "products.csv", SHOPIFY, tshirt_rows()))
    assert variants(shop)["TEE-B-M"][1:5] == ("Color", "Blue", "Size", "M")


def test_images_keep_their_file_order(shop, tmp_path):
    """Images are numbered in the order the rows give them."""
    run_import(shop, write_csv(tmp_path / "products.csv", SHOPIFY, tshirt_rows()))
    assert shop.db.execute(
        "SELECT position, src FROM product_images i JOIN products p ON p.id = i.product_id "
        "WHERE p.handle = 'tee' ORDER BY position"
    ).fetchall() == [(1, "https://x/1.jpg"), (2, "https://x/2.jpg"), (3, "https://x/3.jpg")]


def test_every_row_counts_new_then_unchanged(shop, tmp_path):
    """A first import reports every row new; the same file again, every row unchanged."""
    path = write_csv(tmp_path / "products.csv", SHOPIFY, tshirt_rows())
    assert run_import(shop, path).counts == {"new": 6, "changed": 0, "unchanged": 0, "rejected": 0}
    assert plan(shop, path).counts == {"new": 0, "changed": 0, "unchanged": 6, "rejected": 0}


def test_default_title_variant_has_no_options(shop, tmp_path):
    """Shopify's "Title / Default Title" means a product without options."""
    run_import(shop, write_csv(tmp_path / "products.csv", SHOPIFY, tshirt_rows()))
    assert variants(shop)["CAP"][1:5] == ("", "", "", "")


def test_changed_price_reports_that_row_changed(shop, tmp_path):
    """Only the row whose variant changed is reported changed, and the price is updated."""
    run_import(shop, write_csv(tmp_path / "a.csv", SHOPIFY, tshirt_rows()))
    rows = tshirt_rows()
    rows[2][8] = "29.00"
    result = plan(shop, write_csv(tmp_path / "b.csv", SHOPIFY, rows))
    assert result.statuses == [
        "unchanged",
        "unchanged",
        "changed",
        "unchanged",
        "unchanged",
        "unchanged",
    ]
    commit_import(shop.db, result)
    assert variants(shop)["TEE-B-S"][5] == 2900


def test_empty_skus_get_stable_generated_skus(shop, tmp_path):
    """Variants without a SKU get one from the handle and options, the same every time."""
    rows = [
        shopify_row("mug", "Mug", option1=("Color", "Sky Blue"), price="9.00"),
        shopify_row("mug", option1=("", "白色"), price="9.00"),
        shopify_row("vase", "Vase", price="30.00"),
    ]
    path = write_csv(tmp_path / "products.csv", SHOPIFY, rows)
    run_import(shop, path)
    assert list(variants(shop)) == ["mug-sky-blue", "mug-白色", "vase"]
    assert plan(shop, path).counts == {"new": 0, "changed": 0, "unchanged": 3, "rejected": 0}


def test_duplicate_sku_in_the_file_is_rejected_with_the_first_row(shop, tmp_path):
    """A SKU used twice in one file: the second row is rejected and names the first."""
    rows = [
        shopify_row("mug", "Mug", sku="SKU-1", price="9.00"),
        shopify_row("bowl", "Bowl", sku="SKU-2", price="5.00"),
        shopify_row("vase", "Vase", sku="SKU-1", price="30.00"),
    ]
    result = plan(shop, write_csv(tmp_path / "products.csv", SHOPIFY, rows))
    assert [(r.row_number, r.reason()) for r in result.rejected] == [
        (4, "duplicate SKU SKU-1: also in row 2")
    ]


def test_a_sku_taken_earlier_in_the_file_by_another_product_is_a_duplicate(shop, tmp_path):
    """Within one file the first product to name a SKU keeps it; later rows are rejected."""
    result = plan(
        shop,
        write_csv(
            tmp_path / "p.csv",
            SHOPIFY,
            [
                shopify_row("mug", "Mug", sku="SKU-1", price="9.00"),
                shopify_row("bowl", "Bowl", sku="SKU-1B", price="5.00"),
                shopify_row("bowl", sku="SKU-1", price="4.00"),
            ],
        ),
    )
    assert [(r.row_number, r.reason()) for r in result.rejected] == [
        (4, "duplicate SKU SKU-1: also in row 2")
    ]


GENERIC = ["Title", "SKU", "Price", "Image"]


def test_rows_without_handles_group_by_adjacent_titles(shop, tmp_path):
    """Next to each other, rows with one title are one product's variants; apart, two products."""
    path = write_csv(
        tmp_path / "listings.csv",
        GENERIC,
        [
            ["马海毛围巾", "SC-1", "247.00", "a.jpg"],
            ["马海毛围巾", "SC-2", "247.00", ""],
            ["Linen apron", "AP-1", "32.00", ""],
            ["马海毛围巾", "SC-9", "133.00", "b.jpg"],
        ],
    )
    run_import(shop, path)
    assert shop.db.execute(
        "SELECT p.handle, group_concat(v.sku) FROM products p JOIN variants v "
        "ON v.product_id = p.id GROUP BY p.id ORDER BY p.id"
    ).fetchall() == [("马海毛围巾", "SC-1,SC-2"), ("linen-apron", "AP-1"), ("马海毛围巾-2", "SC-9")]
    assert plan(shop, path).counts == {"new": 0, "changed": 0, "unchanged": 4, "rejected": 0}


@pytest.mark.parametrize("existing_handle", ["mug", "other"])
def test_sku_belonging_to_another_product_is_rejected(shop, tmp_path, existing_handle):
    """Whether the importing product is new or known, it cannot take another product's SKU."""
    run_import(
        shop,
        write_csv(
            tmp_path / "a.csv",
            SHOPIFY,
            [
                shopify_row("mug", "Mug", sku="SKU-1", price="9.00"),
                shopify_row("other", "Other", sku="SKU-9", price="1.00"),
            ],
        ),
    )
    handle = "bowl" if existing_handle == "mug" else "other"
    result = plan(
        shop,
        write_csv(
            tmp_path / "b.csv", SHOPIFY, [shopify_row(handle, "Bowl", sku="SKU-1", price="5.00")]
        ),
    )
    assert [(r.row_number, r.reason()) for r in result.rejected] == [
        (2, "SKU SKU-1 already belongs to another product (mug)")
    ]
    commit_import(shop.db, result, skip_bad_rows=True)
    assert variants(shop)["SKU-1"][0] == "mug"
    assert variants(shop)["SKU-1"][5] == 900


@pytest.fixture
def usd_shop(shop):
    """A shop in US dollars, like the Etsy files' CURRENCY_CODE."""
    settings.put(shop.db, settings.CURRENCY, "USD")
    return shop


def test_etsy_packed_variations_become_one_variant_each(usd_shop, tmp_path):
    """VARIATION 1 VALUES "S, M, L" with SKU "a,b,c" is three variants."""
    shop = usd_shop
    path = write_csv(
        tmp_path / "EtsyListingsDownload.csv",
        ETSY,
        [
            etsy_row("Linen apron", "32.00", name="Size", values="S, M, L", sku="a,b,c"),
            etsy_row("Tea towel", "8.50", sku="towel"),
        ],
    )
    result = run_import(shop, path)
    assert result.format.id == "etsy"
    got = variants(shop)
    assert {sku: got[sku][1:3] for sku in ("a", "b", "c")} == {
        "a": ("Size", "S"),
        "b": ("Size", "M"),
        "c": ("Size", "L"),
    }
    assert count(shop, "products") == 2
    assert count(shop, "variants") == 4
    assert plan(shop, path).counts == {"new": 0, "changed": 0, "unchanged": 2, "rejected": 0}


def test_etsy_variations_without_matching_skus_get_generated_ones(usd_shop, tmp_path):
    """When the SKU list does not match the values one to one, SKUs are generated."""
    shop = usd_shop
    path = write_csv(
        tmp_path / "EtsyListingsDownload.csv",
        ETSY,
        [etsy_row("Linen apron", name="Size", values="S,M,L", sku="a,b")],
    )
    run_import(shop, path)
    assert list(variants(shop)) == ["linen-apron-s", "linen-apron-m", "linen-apron-l"]


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("¥1,299.00", 129900),
        ("1299", 129900),
        ("US$ 12.5", 1250),
        ("€1.234,56", 123456),
        ("0.99", 99),
    ],
)
def test_prices_become_integer_minor_units(shop, tmp_path, text, minor):
    """Currency symbols, thousands separators and decimal commas are read exactly."""
    run_import(
        shop,
        write_csv(tmp_path / "p.csv", SHOPIFY, [shopify_row("mug", "Mug", sku="M", price=text)]),
    )
    assert variants(shop)["M"][5] == minor


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("226.796185", 227),
        ("283.4952313", 283),
        ("145", 145),
        ("0.5", 1),
    ],
)
def test_weights_round_to_whole_grams(shop, tmp_path, text, grams):
    """Weights converted from ounces keep a whole gram, rounded half up."""
    run_import(
        shop,
        write_csv(
            tmp_path / "p.csv", SHOPIFY, [shopify_row("mug", "Mug", sku="M", price="1", grams=text)]
        ),
    )
    assert variants(shop)["M"][7] == grams


def test_variant_without_a_price_is_rejected(shop, tmp_path):
    """A variant row with no price cannot be sold, so it is rejected."""
    result = plan(
        shop,
        write_csv(
            tmp_path / "p.csv",
            SHOPIFY,
            [shopify_row("mug", "Mug", sku="M", price="9.00"), shopify_row("mug", sku="M2")],
        ),
    )
    assert [(r.row_number, r.reason()) for r in result.rejected] == [(3, "Price is empty")]


def test_rows_of_a_handle_without_any_title_are_rejected(shop, tmp_path):
    """A product whose rows never give a title cannot be created."""
    result = plan(
        shop,
        write_csv(
            tmp_path / "p.csv",
            SHOPIFY,
            [
                shopify_row("mug", "Mug", sku="M", price="9.00"),
                shopify_row("ghost", sku="G", price="1.00"),
            ],
        ),
    )
    assert [(r.row_number, r.reason()) for r in result.rejected] == [
        (3, "the product ghost has no title on any row")
    ]


def test_a_price_list_leaves_columns_it_lacks_alone(shop, tmp_path):
    """A file with only Handle, Title, SKU and Price changes prices, never blanks the rest."""
    run_import(shop, write_csv(tmp_path / "full.csv", SHOPIFY, tshirt_rows()))
    before = variants(shop)["TEE-R-S"]
    path = write_csv(
        tmp_path / "prices.csv",
        ["Handle", "Title", "Variant SKU", "Variant Price"],
        [["tee", "Cotton tee", "TEE-R-S", "19.00"]],
    )
    assert run_import(shop, path).counts == {"new": 0, "changed": 1, "unchanged": 0, "rejected": 0}
    assert variants(shop)["TEE-R-S"] == (*before[:5], 1900, *before[6:])
    assert before[6:] == (3, 145)
    assert shop.db.execute("SELECT description FROM products WHERE handle = 'tee'").fetchone() == (
        "<p>Soft</p>",
    )
    assert plan(shop, path).counts == {"new": 0, "changed": 0, "unchanged": 1, "rejected": 0}


ETSY_IMAGES = ["TITLE", "PRICE", "CURRENCY_CODE", "QUANTITY", "SKU"] + [
    f"IMAGE{n}" for n in range(1, 11)
]


def test_etsy_images_one_to_ten_are_all_imported_in_order(usd_shop, tmp_path):
    """IMAGE1 … IMAGE10 become the listing's ten images, in their order."""
    images = [f"https://i.etsystatic.com/{n}.jpg" for n in range(1, 11)]
    path = write_csv(
        tmp_path / "EtsyListingsDownload.csv",
        ETSY_IMAGES,
        [["Apron", "12.00", "USD", "3", "APRON", *images]],
    )
    run_import(usd_shop, path)
    got = [r[0] for r in usd_shop.db.execute("SELECT src FROM product_images ORDER BY position")]
    assert got == images
    assert plan(usd_shop, path).counts["unchanged"] == 1


def test_etsy_html_entities_are_decoded(usd_shop, tmp_path):
    """Etsy's &amp;, &quot; and &#39; arrive as &, " and '."""
    path = write_csv(
        tmp_path / "EtsyListingsDownload.csv",
        ETSY,
        [etsy_row("Tom &amp; Jerry&#39;s &quot;best&quot; mug", sku="MUG")],
    )
    run_import(usd_shop, path)
    title = usd_shop.db.execute("SELECT title FROM products").fetchone()[0]
    assert title == 'Tom & Jerry\'s "best" mug'
    assert plan(usd_shop, path).counts["unchanged"] == 1


def test_etsy_packed_variations_share_the_listing_quantity(usd_shop, tmp_path):
    """QUANTITY 10 over three variations gives 4, 3 and 3, with a note; not 10 each."""
    path = write_csv(
        tmp_path / "EtsyListingsDownload.csv",
        ETSY,
        [etsy_row("Apron", name="Size", values="S,M,L", sku="a,b,c", stock="10")],
    )
    result = run_import(usd_shop, path)
    assert {sku: row[6] for sku, row in variants(usd_shop).items()} == {"a": 4, "b": 3, "c": 3}
    assert [(n.field, n.message()) for n in result.notes] == [
        (
            "stock",
            "the listing's quantity 10 is shared among its 3 variations "
            "(Etsy gives one quantity per listing)",
        )
    ]
