"""Exports are real spreadsheets, and an export imported straight back changes nothing."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from conftest import SHARED_DATA, needs_shared_data

from shopkeeper.errors import Cancelled
from shopkeeper.services.demo import generate_demo
from shopkeeper.services.exchange.exporting import KINDS, export_formats, export_table
from shopkeeper.services.exchange.importing import ImportRequest, commit_import, plan_import
from shopkeeper.services.shop import open_shop
from shopkeeper.store import settings

EVERY_EXPORT = [(kind, fmt.id, fmt.suffix) for kind in KINDS for fmt in export_formats(kind)]
# Taobao Assistant CSVs have no handle: products are found again by their SKUs.
ROUND_TRIPS = EVERY_EXPORT
IMPORT_FORMAT = {"shopify": "shopify", "taobao": "taobao"}


@pytest.fixture(scope="module")
def demo_shop(tmp_path_factory):
    """One small demo shop for the module; tests here only read it."""
    folder = tmp_path_factory.mktemp("demo")
    shop = open_shop(folder / "demo.shop.db", backups_root=folder / "backups")
    generate_demo(shop.db, scale="small")
    yield shop
    shop.close()


def export(shop, kind, out, format_id="xlsx", **kwargs):
    return export_table(shop.db, kind, out, format_id=format_id, **kwargs)


def plan(shop, kind, path, format_id="auto"):
    return plan_import(shop.db, ImportRequest(kind, path, format_id=format_id))


@pytest.mark.parametrize(("kind", "format_id", "suffix"), ROUND_TRIPS)
def test_export_imported_back_is_all_unchanged(demo_shop, tmp_path, kind, format_id, suffix):
    """Every row of an export reads back as unchanged: nothing new, changed or rejected."""
    out = tmp_path / f"{kind}{suffix}"
    written = export(demo_shop, kind, out, format_id)
    assert written > 0
    result = plan(demo_shop, kind, out, IMPORT_FORMAT.get(format_id, "auto"))
    assert [r.reason() for r in result.rejected][:3] == []
    assert result.counts == {"new": 0, "changed": 0, "unchanged": written, "rejected": 0}


def test_taobao_export_reimported_into_an_empty_shop_exports_the_same_file(
    demo_shop, tmp_path, shop
):
    """Taobao CSV → a fresh shop → Taobao CSV again gives a byte-identical file."""
    first = tmp_path / "taobao-1.csv"
    written = export(demo_shop, "listings", first, "taobao")
    result = plan(shop, "listings", first)
    assert result.format.id == "taobao"
    assert result.counts == {"new": written, "changed": 0, "unchanged": 0, "rejected": 0}
    commit_import(shop.db, result)
    second = tmp_path / "taobao-2.csv"
    export(shop, "listings", second, "taobao")
    assert second.read_bytes() == first.read_bytes()
    assert plan(shop, "listings", second).counts["unchanged"] == written


@pytest.mark.parametrize("format_id", ["xlsx", "csv"])
def test_times_with_offsets_round_trip(shop, tmp_path, format_id):
    """Orders and tickets whose file gave UTC offsets export and import back unchanged."""
    orders = tmp_path / "orders.csv"
    tickets = tmp_path / "tickets.csv"
    with open(orders, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [
                [
                    "Name",
                    "Created at",
                    "Lineitem sku",
                    "Lineitem quantity",
                    "Lineitem price",
                    "Financial Status",
                ],
                ["#1001", "2024-03-05 10:00:00 +0800", "MUG", "1", "9.90", "paid"],
                ["#1002", "2024-03-05T02:00:00Z", "MUG", "2", "9.90", "paid"],
            ]
        )
    with open(tickets, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [["Subject", "Message", "Created at"], ["Late", "Where is it?", "2024-03-05T02:00:00Z"]]
        )
    for kind, source in (("orders", orders), ("tickets", tickets)):
        commit_import(shop.db, plan(shop, kind, source))
        out = tmp_path / f"{kind}-out.{format_id}"
        written = export(shop, kind, out, format_id)
        assert plan(shop, kind, out).counts == {
            "new": 0,
            "changed": 0,
            "unchanged": written,
            "rejected": 0,
        }


def test_taobao_export_has_three_header_lines_in_gb18030(demo_shop, tmp_path):
    """Taobao Assistant wants "version 1.00", the field ids and the Chinese names."""
    out = tmp_path / "taobao.csv"
    export(demo_shop, "listings", out, "taobao")
    with open(out, encoding="gb18030", newline="") as handle:
        head = [next(csv.reader(handle)) for _ in range(3)]
    assert head[0] == ["version 1.00"]
    assert head[1][:3] == ["title", "cid", "price"]
    assert head[2][:3] == ["宝贝名称", "宝贝类目", "宝贝价格"]


def test_xlsx_export_has_a_frozen_bold_header(demo_shop, tmp_path):
    """The header row stays in view and stands out."""
    out = tmp_path / "promotions.xlsx"
    export(demo_shop, "promotions", out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].value == "Name"
    assert all(cell.font.bold for cell in sheet[1])


def test_xlsx_money_cells_are_numbers_with_a_money_format(demo_shop, tmp_path):
    """Money is a numeric cell shown with two decimals, equal to the stored minor units."""
    out = tmp_path / "promotions.xlsx"
    export(demo_shop, "promotions", out)
    sheet = openpyxl.load_workbook(out).active
    headers = [cell.value for cell in sheet[1]]
    stored = demo_shop.db.execute(
        "SELECT threshold, budget, starts_at FROM promotions ORDER BY starts_at, id"
    ).fetchall()
    for row, (threshold, budget, _starts) in enumerate(stored, start=2):
        for header, minor in (("Threshold", threshold), ("Budget", budget)):
            cell = sheet.cell(row=row, column=headers.index(header) + 1)
            assert (cell.data_type, cell.number_format) == ("n", "#,##0.00")
            assert round(cell.value * 100) == minor
    starts = sheet.cell(row=2, column=headers.index("Starts at") + 1)
    assert starts.is_date
    assert starts.number_format == "yyyy-mm-dd hh:mm"


FORMULA_LIKE = ['=HYPERLINK("http://evil","click")', "+86 gift box", "-50% sale", "@home mug"]


@pytest.mark.parametrize("title", FORMULA_LIKE)
def test_text_that_looks_like_a_formula_comes_back_as_the_same_text(shop, tmp_path, title):
    """A title starting with =, +, - or @ is exported as text and imports back unchanged."""
    source = tmp_path / "in.csv"
    with open(source, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [["Handle", "Title", "Variant SKU", "Variant Price"], ["mug", title, "MUG-1", "9.90"]]
        )
    commit_import(shop.db, plan(shop, "listings", source))
    out = tmp_path / "listings.xlsx"
    export(shop, "listings", out)
    cell = openpyxl.load_workbook(out).active["B2"]
    assert (cell.value, cell.data_type) == (title, "s")
    assert plan(shop, "listings", out).counts == {
        "new": 0,
        "changed": 0,
        "unchanged": 1,
        "rejected": 0,
    }
    assert shop.db.execute("SELECT title FROM products").fetchone()[0] == title


def _cancel(done, total, text):
    raise Cancelled()


@pytest.mark.parametrize("format_id", ["xlsx", "csv"])
def test_cancelled_export_leaves_no_file(demo_shop, tmp_path, format_id):
    """Cancel during an export leaves neither the file nor a partial one."""
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(Cancelled):
        export(demo_shop, "orders", folder / f"orders.{format_id}", format_id, progress=_cancel)
    assert list(folder.iterdir()) == []


def test_cancelled_export_keeps_an_older_file_as_it_was(demo_shop, tmp_path):
    """Cancelling an export over an existing file leaves that file untouched."""
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "orders.xlsx"
    out.write_bytes(b"previous export")
    with pytest.raises(Cancelled):
        export(demo_shop, "orders", out, progress=_cancel)
    assert out.read_bytes() == b"previous export"
    assert list(folder.iterdir()) == [out]


def _normal(header: str, text: str) -> str:
    """A cell as Shopify reads it: amounts as numbers ("50" is "50.00")."""
    text = text.strip()
    if header in ("Variant Price", "Variant Compare At Price", "Cost per item") and text:
        return str(float(text))
    if header == "Variant Grams" and text:  # kept in whole grams
        return str(round(float(text)))
    return text


@needs_shared_data
@pytest.mark.parametrize(
    "name",
    [
        "product-csvs_apparel.csv",
        "product-csvs_home-and-garden.csv",
        "product-csvs_jewelery.csv",
        "product_template_2023.csv",
        "product_template_legacy_2017.csv",
    ],
)
def test_shopify_export_gives_back_every_column_of_the_sellers_file(shop, tmp_path, name):
    """Vendor, Published, Image Position/Alt Text, Inventory Policy, Requires Shipping,
    Taxable, Weight Unit, Google Shopping … all come back, and the export re-imports
    unchanged."""
    settings.put(shop.db, settings.CURRENCY, "USD")
    source = SHARED_DATA / "shopify" / name
    commit_import(shop.db, plan(shop, "listings", source))
    out = tmp_path / "shopify.csv"
    export(shop, "listings", out, "shopify")
    with open(source, encoding="utf-8-sig", newline="") as handle:
        before = list(csv.DictReader(handle))
    with open(out, encoding="utf-8", newline="") as handle:
        after = list(csv.DictReader(handle))
    generated = {"Variant SKU", "Option1 Name", "Option1 Value", "Option2 Name", "Option3 Name"}
    lost = []
    for old, new in zip(before, after, strict=True):
        for header, text in old.items():
            if header in generated or not text.strip():
                continue  # empty cells, and what Shopify leaves out on a product's later rows
            if _normal(header, new.get(header) or "") != _normal(header, text):
                lost.append((old["Handle"], header, text, new.get(header)))
    assert lost == []
    assert plan(shop, "listings", out).counts["changed"] == 0


def test_shopify_single_variant_products_say_title_default_title(demo_shop, tmp_path):
    """A product without options is written as Option1 Name "Title" / "Default Title"."""
    out = tmp_path / "shopify.csv"
    export(demo_shop, "listings", out, "shopify")
    single = demo_shop.db.execute(
        "SELECT p.handle FROM products p JOIN variants v ON v.product_id = p.id "
        "GROUP BY p.id HAVING count(*) = 1 AND max(v.option1_name) = '' LIMIT 1"
    ).fetchone()
    if single is None:
        pytest.skip("the demo shop has no single-variant product")
    with open(out, encoding="utf-8", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["Handle"] == single[0])
    assert (row["Option1 Name"], row["Option1 Value"]) == ("Title", "Default Title")
