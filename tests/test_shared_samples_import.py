"""The real sample files in ../shared/data import as their natural kind (skipped when absent).

The expected numbers were read off the importer once and are each checked against
an independent count made here with the csv module or openpyxl, so a change in
the importer cannot quietly move both sides.
"""

from __future__ import annotations

import csv

import openpyxl
import pytest
from conftest import SHARED_DATA, needs_shared_data

from shopkeeper.services.exchange.errors import AmbiguousDateOrder, NotASpreadsheet
from shopkeeper.services.exchange.importing import (
    ImportRequest,
    MissingFields,
    RowsRejected,
    commit_import,
    plan_import,
)
from shopkeeper.store import settings

pytestmark = needs_shared_data

RETAIL_XLSX = "online_retail/online_retail_II_first500_2sheets.xlsx"
RETAIL_CSV = "online_retail/online_retail_first1000_ddmmyy.csv"
TRUNCATED = "broken/online_retail_TRUNCATED_not_a_valid_zip.xlsx"
TABLES = (
    "products",
    "variants",
    "product_images",
    "customers",
    "orders",
    "order_items",
    "refunds",
    "tickets",
    "ticket_messages",
)


def counts(new=0, changed=0, unchanged=0, rejected=0):
    return {"new": new, "changed": changed, "unchanged": unchanged, "rejected": rejected}


def request(kind, name, **options):
    return ImportRequest(kind, SHARED_DATA / name, **options)


def import_twice(shop, kind, name, **options):
    """Commit the good rows of a sample; returns (first plan, plan of a second import)."""
    first = plan_import(shop.db, request(kind, name, **options))
    commit_import(shop.db, first, skip_bad_rows=True)
    return first, plan_import(shop.db, request(kind, name, **options))


def table_counts(shop):
    return {t: shop.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def csv_records(name):
    with open(SHARED_DATA / name, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


# --- listings -------------------------------------------------------------------------

SHOPIFY_SAMPLES = [
    # file, rows, products, variants, images
    ("shopify/product-csvs_apparel.csv", 22, 20, 22, 20),
    ("shopify/product-csvs_home-and-garden.csv", 21, 20, 21, 21),
    ("shopify/product-csvs_jewelery.csv", 41, 20, 23, 41),
    ("shopify/product_template_2023.csv", 17, 3, 16, 12),
    ("shopify/product_template_legacy_2017.csv", 4, 2, 4, 2),
]
ETSY_SAMPLES = [
    ("etsy/EtsyListingsDownload_eleswooddesigns.csv", 133, 133, 133, 808),
    ("etsy/EtsyListingsDownload_petioleandbloom.csv", 14, 14, 37, 75),
]


def shopify_shape(name):
    """(rows, handles, variant rows, distinct images), counted with the csv module."""
    records = csv_records(name)
    variant_rows = [
        r for r in records if r["Variant SKU"] or r["Variant Price"] or r["Option1 Value"]
    ]
    images = {(r["Handle"], r["Image Src"]) for r in records if r["Image Src"]}
    return len(records), len({r["Handle"] for r in records}), len(variant_rows), len(images)


def etsy_shape(name):
    """(rows, listings, variations, images): one listing per row, variations packed,
    IMAGE1 … IMAGE10."""
    records = csv_records(name)
    variations = sum(
        max(1, len([v for v in r["VARIATION 1 VALUES"].split(",") if v.strip()])) for r in records
    )
    return (
        len(records),
        len({r["TITLE"] for r in records}),
        variations,
        sum(len({r[f"IMAGE{n}"] for n in range(1, 11)} - {""}) for r in records),
    )


@pytest.mark.parametrize(
    ("name", "rows", "products", "variants", "images"), SHOPIFY_SAMPLES + ETSY_SAMPLES
)
def test_listing_sample_imports_every_row(shop, name, rows, products, variants, images):
    """Each Shopify or Etsy sample imports fully, then reads back as all unchanged."""
    settings.put(shop.db, settings.CURRENCY, "USD")  # both platforms' samples are in USD
    first, second = import_twice(shop, "listings", name)
    assert first.format.id == name.split("/")[0]
    assert first.counts == counts(new=rows)
    assert second.counts == counts(unchanged=rows)
    got = table_counts(shop)
    assert (got["products"], got["variants"], got["product_images"]) == (products, variants, images)


@pytest.mark.parametrize(("name", "rows", "products", "variants", "images"), SHOPIFY_SAMPLES)
def test_shopify_sample_numbers_match_a_csv_count(name, rows, products, variants, images):
    """Products are distinct handles; variants rows with a SKU, price or option; images distinct."""
    assert shopify_shape(name) == (rows, products, variants, images)


@pytest.mark.parametrize(("name", "rows", "products", "variants", "images"), ETSY_SAMPLES)
def test_etsy_sample_numbers_match_a_csv_count(name, rows, products, variants, images):
    """Each row is a listing; each value of VARIATION 1 VALUES is a variant."""
    assert etsy_shape(name) == (rows, products, variants, images)


def test_shopify_sample_without_skus_gets_generated_ones(shop):
    """The apparel sample has no SKUs at all; every variant gets one from its handle."""
    import_twice(shop, "listings", "shopify/product-csvs_apparel.csv")
    handles = {h for (h,) in shop.db.execute("SELECT handle FROM products")}
    skus = [s for (s,) in shop.db.execute("SELECT sku FROM variants")]
    assert all(any(s == h or s.startswith(h + "-") for h in handles) for s in skus)


def test_shopify_template_weights_in_ounces_round_to_grams(shop):
    """Variant Grams 226.796185 and 283.4952313 are stored as 227 and 283."""
    import_twice(shop, "listings", "shopify/product_template_2023.csv")
    weights = dict(shop.db.execute("SELECT sku, weight_grams FROM variants"))
    assert (weights["PNT_DEN_285"], weights["PNT_DEN_305"], weights["PNT_DEN_405"]) == (
        227,
        283,
        397,
    )


# --- orders ---------------------------------------------------------------------------


def retail_lines(name, sheet=None):
    """(invoice, sku, title, quantity, price, customer) per data row, read independently."""
    if name.endswith(".csv"):
        return [
            (
                r["InvoiceNo"],
                r["StockCode"],
                r["Description"].strip(),
                int(r["Quantity"]),
                float(r["UnitPrice"]),
                r["CustomerID"],
            )
            for r in csv_records(name)
        ]
    workbook = openpyxl.load_workbook(SHARED_DATA / name, read_only=True)
    rows = list((workbook[sheet] if sheet else workbook.worksheets[0]).iter_rows(values_only=True))[
        1:
    ]
    workbook.close()
    return [
        (
            str(r[0]),
            str(r[1]),
            (r[2] or "").strip(),
            r[3],
            r[5],
            "" if r[6] is None else str(int(r[6])),
        )
        for r in rows
        if any(r)
    ]


def retail_shape(lines):
    """(rows, repeated lines, orders, customers, stored lines) of an invoice-line file."""
    seen, repeats = set(), 0
    for line in lines:
        key = (line[0], line[1], line[2], line[3], line[4])
        repeats += key in seen
        seen.add(key)
    # Returns (negative lines of ordinary invoices) are refunds, not stored lines.
    returns = sum(1 for line in lines if line[3] < 0 and not line[0].startswith("C"))
    return (
        len(lines),
        repeats,
        len({line[0] for line in lines}),
        len({line[5] for line in lines if line[5]}),
        len(lines) - returns,
    )


RETAIL_SAMPLES = [
    # file, options, rows, identical repeats (kept, noted), orders, customers, stored lines
    (RETAIL_XLSX, {}, 499, 8, 37, 29, 495),
    (RETAIL_XLSX, {"sheet": "Year 2010-2011"}, 499, 0, 45, 31, 499),
    (RETAIL_CSV, {"date_order": "dmy"}, 1000, 23, 66, 48, 1000),
]


@pytest.mark.parametrize(
    ("name", "options", "rows", "repeats", "orders", "customers", "lines"), RETAIL_SAMPLES
)
def test_online_retail_imports_with_exact_counts(
    shop, name, options, rows, repeats, orders, customers, lines
):
    """Invoice lines group into orders; identical lines are kept (they were charged) with a
    note each, and a second import is unchanged."""
    first, second = import_twice(shop, "orders", name, **options)
    assert first.counts == counts(new=rows)
    assert first.note_count == repeats
    assert {n.message().split(";")[0].split(" row")[0] for n in first.notes} <= {"same as"}
    assert second.counts == counts(unchanged=rows)
    got = table_counts(shop)
    assert (got["orders"], got["customers"], got["order_items"]) == (orders, customers, lines)


@pytest.mark.parametrize(
    ("name", "options", "rows", "repeats", "orders", "customers", "lines"), RETAIL_SAMPLES
)
def test_online_retail_numbers_match_an_independent_count(
    name, options, rows, repeats, orders, customers, lines
):
    """Rows, repeats, invoices, customer ids and kept lines, counted without the importer."""
    assert retail_shape(retail_lines(name, options.get("sheet"))) == (
        rows,
        repeats,
        orders,
        customers,
        lines,
    )


def test_online_retail_cancellations_are_cancelled_orders(shop):
    """Invoices numbered C… are cancelled orders; none is a refund."""
    import_twice(shop, "orders", RETAIL_CSV, date_order="dmy")
    cancelled = {
        n for (n,) in shop.db.execute("SELECT order_no FROM orders WHERE status = 'cancelled'")
    }
    assert cancelled == {line[0] for line in retail_lines(RETAIL_CSV) if line[0][0] == "C"}
    assert table_counts(shop)["refunds"] == 0


def test_online_retail_first_invoice_adds_up(shop):
    """Invoice 536365 of 1 December 2010 08:26 totals 139.12 (seven lines, by hand)."""
    import_twice(shop, "orders", RETAIL_CSV, date_order="dmy")
    assert shop.db.execute(
        "SELECT placed_at, subtotal, total FROM orders WHERE order_no = '536365'"
    ).fetchone() == ("2010-12-01T08:26:00", 13912, 13912)


def test_ddmmyy_csv_asks_for_the_date_order(shop):
    """01-12-10 8:26 reads both ways, so without a date order the import asks and stops."""
    with pytest.raises(AmbiguousDateOrder) as caught:
        plan_import(shop.db, request("orders", RETAIL_CSV))
    assert caught.value.orders == ("dmy", "mdy")
    assert "InvoiceDate" in caught.value.message
    assert set(table_counts(shop).values()) == {0}


def test_truncated_xlsx_is_not_a_spreadsheet_and_changes_nothing(shop):
    """A cut-off .xlsx is refused with a clear message before anything is read."""
    with pytest.raises(NotASpreadsheet) as caught:
        plan_import(shop.db, request("orders", TRUNCATED))
    assert "is not a valid Excel file" in caught.value.message
    assert set(table_counts(shop).values()) == {0}


# --- olist ----------------------------------------------------------------------------


def test_olist_customers_import_by_customer_id(shop):
    """200 customers, one per distinct customer_id; the second import is all unchanged."""
    first, second = import_twice(shop, "customers", "olist/olist_customers_dataset.csv")
    records = csv_records("olist/olist_customers_dataset.csv")
    assert len({r["customer_id"] for r in records}) == len(records) == 200
    assert first.counts == counts(new=200)
    assert second.counts == counts(unchanged=200)
    assert table_counts(shop)["customers"] == 200


def review_shape():
    """(rows, rows with neither title nor message, repeated subject and day)."""
    records = csv_records("olist/olist_order_reviews_dataset.csv")
    empty, repeats, seen = 0, 0, set()
    for r in records:
        title, message = r["review_comment_title"].strip(), r["review_comment_message"].strip()
        if not title and not message:
            empty += 1
            continue
        subject = title or message.splitlines()[0].strip()
        subject = subject if len(subject) <= 60 else subject[:59] + "…"
        key = (subject, r["review_creation_date"])
        repeats += key in seen
        seen.add(key)
    return len(records), empty, repeats


def test_olist_reviews_import_as_tickets(shop):
    """Every review becomes a review ticket, score-only ones too; the 2 review ids that
    stand on two rows each are one ticket each, and a second import changes nothing."""
    first, second = import_twice(shop, "tickets", "olist/olist_order_reviews_dataset.csv")
    assert review_shape() == (6123, 3445, 23)
    assert first.counts == counts(new=6123)
    assert second.counts == counts(unchanged=6123)
    got = table_counts(shop)
    assert (got["tickets"], got["orders"]) == (6121, 0)
    assert shop.db.execute("SELECT DISTINCT kind FROM tickets").fetchall() == [("review",)]


@pytest.mark.parametrize(
    ("kind", "name", "missing"),
    [
        (
            "orders",
            "olist/olist_orders_dataset.csv",
            "Quantity (quantity), Unit price (unit_price)",
        ),
        (
            "orders",
            "olist/olist_order_items_dataset.csv",
            "Placed at (placed_at), Quantity (quantity)",
        ),
        (
            "orders",
            "olist/olist_order_payments_dataset.csv",
            "Placed at (placed_at), Quantity (quantity), Unit price (unit_price)",
        ),
        ("listings", "olist/olist_products_dataset.csv", "Title (title), Price (price)"),
        ("listings", "olist/product_category_name_translation.csv", "Title (title), Price (price)"),
    ],
)
def test_olist_tables_without_the_needed_columns_are_refused(shop, kind, name, missing):
    """A table that lacks required columns says which, by label and by the id --map takes,
    and changes nothing."""
    with pytest.raises(MissingFields) as caught:
        plan_import(shop.db, request(kind, name))
    assert caught.value.message.startswith(f"The header row has no column for: {missing}.")
    assert set(table_counts(shop).values()) == {0}


def test_olist_sellers_are_not_customers(shop):
    """Sellers have no customer id, name, email or phone: every row is rejected, nothing kept."""
    plan = plan_import(shop.db, request("customers", "olist/olist_sellers_dataset.csv"))
    assert plan.counts == counts(rejected=164)
    assert {r.reason() for r in plan.rejected} == {
        "no customer id, name, email or phone: nothing to tell who this is"
    }
    with pytest.raises(RowsRejected):
        commit_import(shop.db, plan)
    assert set(table_counts(shop).values()) == {0}


def test_every_sample_file_has_an_import_test():
    """A sample added to ../shared/data needs a test here (README.md aside)."""
    covered = {name for name, *_ in SHOPIFY_SAMPLES + ETSY_SAMPLES} | {
        RETAIL_XLSX,
        RETAIL_CSV,
        TRUNCATED,
        "olist/olist_customers_dataset.csv",
        "olist/olist_order_reviews_dataset.csv",
        "olist/olist_orders_dataset.csv",
        "olist/olist_order_items_dataset.csv",
        "olist/olist_order_payments_dataset.csv",
        "olist/olist_products_dataset.csv",
        "olist/product_category_name_translation.csv",
        "olist/olist_sellers_dataset.csv",
    }
    files = {
        str(p.relative_to(SHARED_DATA))
        for p in SHARED_DATA.rglob("*")
        if p.is_file() and p.name != "README.md"
    }
    assert files == covered
