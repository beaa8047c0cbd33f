"""Importing customers, tickets, traffic, ad spend, competitor prices and promotions."""

from __future__ import annotations

import pytest
from csv_files import write_csv

from shopkeeper.services.exchange.importing import ImportRequest, commit_import, plan_import

UNCHANGED = {"new": 0, "changed": 0, "rejected": 0}


def plan(shop, kind, path):
    return plan_import(shop.db, ImportRequest(kind, path))


def run_import(shop, kind, path, *, skip_bad_rows=False):
    result = plan(shop, kind, path)
    commit_import(shop.db, result, skip_bad_rows=skip_bad_rows)
    return result


def rows(shop, sql):
    return shop.db.execute(sql).fetchall()


def reasons(result):
    return [(r.row_number, r.reason()) for r in result.rejected]


# --- customers ------------------------------------------------------------------------

CUSTOMERS = ["Customer ID", "Name", "Email", "Phone", "Address", "Tags"]


def test_customers_import_with_every_column(shop, tmp_path):
    """Each row is a customer; emails are stored in lower case."""
    run_import(
        shop,
        "customers",
        write_csv(
            tmp_path / "c.csv",
            CUSTOMERS,
            [
                ["tb_wang", "王小明", "Wang@163.com", "13800138000", "杭州市西湖区", "VIP"],
                ["", "Emily Carter", "emily@example.com", "", "", ""],
            ],
        ),
    )
    assert rows(
        shop, "SELECT platform_id, name, email, phone, address, tags FROM customers ORDER BY id"
    ) == [
        ("tb_wang", "王小明", "wang@163.com", "13800138000", "杭州市西湖区", "VIP"),
        (None, "Emily Carter", "emily@example.com", "", "", ""),
    ]


def test_customers_are_matched_by_email_ignoring_case(shop, tmp_path):
    """A second file with the same email in other case updates, never duplicates."""
    run_import(
        shop,
        "customers",
        write_csv(tmp_path / "a.csv", CUSTOMERS, [["", "Emily", "Emily@Example.com", "", "", ""]]),
    )
    result = run_import(
        shop,
        "customers",
        write_csv(
            tmp_path / "b.csv", CUSTOMERS, [["", "Emily Carter", "EMILY@example.COM", "", "", ""]]
        ),
    )
    assert result.counts == {"new": 0, "changed": 1, "unchanged": 0, "rejected": 0}
    assert rows(shop, "SELECT name, email FROM customers") == [
        ("Emily Carter", "emily@example.com")
    ]


def test_customer_file_reimported_is_unchanged(shop, tmp_path):
    """The same customers file twice changes nothing the second time."""
    path = write_csv(
        tmp_path / "c.csv",
        CUSTOMERS,
        [
            ["tb_wang", "王小明", "Wang@163.com", "13800138000", "", ""],
            ["", "李娜", "", "", "", ""],
        ],
    )
    run_import(shop, "customers", path)
    assert plan(shop, "customers", path).counts == {**UNCHANGED, "unchanged": 2}
    assert rows(shop, "SELECT count(*) FROM customers") == [(2,)]


def test_customer_without_id_name_email_or_phone_is_rejected(shop, tmp_path):
    """A row that cannot tell who the customer is is rejected with the reason."""
    result = plan(
        shop,
        "customers",
        write_csv(
            tmp_path / "c.csv",
            CUSTOMERS,
            [["", "", "", "", "杭州市西湖区", "VIP"], ["", "李娜", "", "", "", ""]],
        ),
    )
    assert reasons(result) == [
        (2, "no customer id, name, email or phone: nothing to tell who this is")
    ]


def test_same_customer_twice_in_one_file_is_rejected(shop, tmp_path):
    """A repeated customer row is rejected and names the first one."""
    result = plan(
        shop,
        "customers",
        write_csv(
            tmp_path / "c.csv",
            CUSTOMERS,
            [
                ["", "Emily", "emily@example.com", "", "", ""],
                ["", "Emily", "EMILY@example.com", "", "", ""],
            ],
        ),
    )
    assert reasons(result) == [(3, "duplicate of row 2 (emily@example.com)")]


@pytest.mark.parametrize(
    "second",
    [
        ["", "Emily Carter", "emily@example.com", "", "", ""],
        ["em_01", "", "emily@example.com", "", "", ""],
        ["", "E. Carter", "", "13800138000", "", ""],
    ],
)
def test_rows_sharing_an_id_email_or_phone_are_one_customer(shop, tmp_path, second):
    """Two rows of one file with the same email or phone never make two customers."""
    path = write_csv(
        tmp_path / "c.csv",
        CUSTOMERS,
        [["em_01", "Emily", "emily@example.com", "13800138000", "", ""], second],
    )
    result = run_import(shop, "customers", path, skip_bad_rows=True)
    assert result.counts == {"new": 1, "changed": 0, "unchanged": 0, "rejected": 1}
    assert rows(shop, "SELECT count(*) FROM customers") == [(1,)]
    assert plan(shop, "customers", path).counts == {**UNCHANGED, "unchanged": 1, "rejected": 1}


# --- tickets --------------------------------------------------------------------------

TICKETS = ["Subject", "Message", "Customer", "Email", "Kind", "Status", "Created at", "Rating"]


def ticket(
    subject="",
    body="",
    *,
    customer="",
    email="",
    kind="",
    status="",
    created="2024-05-01 09:30",
    rating="",
):
    return [subject, body, customer, email, kind, status, created, rating]


def test_ticket_first_message_comes_from_the_body(shop, tmp_path):
    """The body column becomes the ticket's first customer message, sent when it was created."""
    run_import(
        shop,
        "tickets",
        write_csv(
            tmp_path / "t.csv",
            TICKETS,
            [
                ticket(
                    "Where is my parcel?",
                    "Ordered a week ago.\nStill nothing.",
                    customer="tb_wang",
                    status="open",
                )
            ],
        ),
    )
    assert rows(shop, "SELECT subject, kind, status, created_at FROM tickets") == [
        ("Where is my parcel?", "other", "open", "2024-05-01T09:30:00")
    ]
    assert rows(shop, "SELECT author, body, sent_at FROM ticket_messages") == [
        ("customer", "Ordered a week ago.\nStill nothing.", "2024-05-01T09:30:00")
    ]


def test_ticket_customer_is_found_or_created(shop, tmp_path):
    """A ticket names its customer; the customer is created once."""
    run_import(
        shop,
        "tickets",
        write_csv(
            tmp_path / "t.csv",
            TICKETS,
            [ticket("One", "a", customer="tb_wang"), ticket("Two", "b", customer="tb_wang")],
        ),
    )
    assert rows(shop, "SELECT platform_id FROM customers") == [("tb_wang",)]
    assert rows(shop, "SELECT count(DISTINCT customer_id) FROM tickets") == [(1,)]


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Arrived broken\nThe cup was in pieces.", "Arrived broken"),
        ("  包装破损，杯子碎了  ", "包装破损，杯子碎了"),
        ("x" * 80, "x" * 59 + "…"),
    ],
)
def test_ticket_subject_falls_back_to_the_bodys_first_line(shop, tmp_path, body, subject):
    """Reviews often have no title: the message's first line (at most 60 characters) stands in."""
    run_import(shop, "tickets", write_csv(tmp_path / "t.csv", TICKETS, [ticket("", body)]))
    assert rows(shop, "SELECT subject FROM tickets") == [(subject,)]


def test_ticket_with_no_subject_message_or_score_is_rejected(shop, tmp_path):
    """A row with no subject, message, score or ticket number is rejected with the reason;
    a score alone is a valid review."""
    result = plan(
        shop,
        "tickets",
        write_csv(
            tmp_path / "t.csv", TICKETS, [ticket("", "", customer="a"), ticket("", "", rating="5")]
        ),
    )
    assert reasons(result) == [(2, "no subject, message, score or ticket number")]
    assert result.counts["new"] == 1


def test_ticket_with_a_rating_is_a_review(shop, tmp_path):
    """A rating without a kind makes the ticket a review."""
    run_import(
        shop,
        "tickets",
        write_csv(
            tmp_path / "t.csv",
            TICKETS,
            [
                ticket("Lovely", "Very happy", rating="5"),
                ticket("Late", "Slow", kind="complaint", rating="2"),
            ],
        ),
    )
    assert rows(shop, "SELECT subject, kind, rating FROM tickets ORDER BY id") == [
        ("Lovely", "review", 5),
        ("Late", "complaint", 2),
    ]


def test_ticket_file_reimported_is_unchanged(shop, tmp_path):
    """The same tickets twice add no ticket and no message."""
    path = write_csv(
        tmp_path / "t.csv",
        TICKETS,
        [
            ticket("Where is my parcel?", "Ordered a week ago.", customer="tb_wang"),
            ticket("", "Arrived broken", rating="1"),
            ticket("No date", "hello", created=""),
        ],
    )
    run_import(shop, "tickets", path)
    assert plan(shop, "tickets", path).counts == {**UNCHANGED, "unchanged": 3}
    assert rows(shop, "SELECT count(*) FROM ticket_messages") == [(3,)]


# --- traffic and ad spend -------------------------------------------------------------

TRAFFIC = ["Date", "Channel", "Visitors", "Page views"]
AD_SPEND = ["Date", "Channel", "Spend", "Impressions", "Clicks", "Orders", "Revenue"]


def test_traffic_rows_are_kept_per_day_and_channel(shop, tmp_path):
    """One row per day and channel, with visitors and page views."""
    run_import(
        shop,
        "traffic",
        write_csv(
            tmp_path / "t.csv",
            TRAFFIC,
            [
                ["2024-11-11", "taobao", "1,204", "5310"],
                ["2024-11-11", "shopify", "88", "301"],
                ["2024-11-12", "taobao", "950", "4022"],
            ],
        ),
    )
    assert rows(
        shop, "SELECT day, channel, visitors, page_views FROM traffic_daily ORDER BY day, channel"
    ) == [
        ("2024-11-11", "shopify", 88, 301),
        ("2024-11-11", "taobao", 1204, 5310),
        ("2024-11-12", "taobao", 950, 4022),
    ]


def test_ad_spend_amounts_are_minor_units(shop, tmp_path):
    """Spend and revenue are money; the counts are whole numbers."""
    run_import(
        shop,
        "ad-spend",
        write_csv(
            tmp_path / "a.csv",
            AD_SPEND,
            [["2024-11-11", "直通车", "¥1,250.50", "30000", "912", "31", "4,980.00"]],
        ),
    )
    assert rows(
        shop, "SELECT day, channel, spend, impressions, clicks, orders, revenue FROM ad_spend"
    ) == [("2024-11-11", "直通车", 125050, 30000, 912, 31, 498000)]


@pytest.mark.parametrize(
    ("kind", "header", "row"),
    [
        ("traffic", TRAFFIC, ["2024-11-11", "taobao", "10", "20"]),
        ("ad-spend", AD_SPEND, ["2024-11-11", "taobao", "5.00", "100", "3", "1", "9.00"]),
    ],
)
def test_daily_duplicate_day_and_channel_in_the_file_is_rejected(shop, tmp_path, kind, header, row):
    """The same day and channel twice in one file: the second row is rejected."""
    result = plan(shop, kind, write_csv(tmp_path / "d.csv", header, [row, row]))
    assert reasons(result) == [(3, "duplicate of row 2 (2024-11-11 / taobao)")]


@pytest.mark.parametrize(
    ("kind", "header", "row"),
    [
        ("traffic", TRAFFIC, ["2024-11-11", "taobao", "10", "20"]),
        ("ad-spend", AD_SPEND, ["2024-11-11", "taobao", "5.00", "100", "3", "1", "9.00"]),
    ],
)
def test_daily_file_reimported_is_unchanged(shop, tmp_path, kind, header, row):
    """A traffic or ad-spend file imported twice changes nothing the second time."""
    path = write_csv(tmp_path / "d.csv", header, [row, ["2024-11-12", "", *row[2:]]])
    run_import(shop, kind, path)
    assert plan(shop, kind, path).counts == {**UNCHANGED, "unchanged": 2}


def test_daily_changed_figure_updates_the_day(shop, tmp_path):
    """A corrected visitor count for a day already imported is a change, not a new day."""
    run_import(
        shop,
        "traffic",
        write_csv(tmp_path / "a.csv", TRAFFIC, [["2024-11-11", "taobao", "10", "20"]]),
    )
    result = run_import(
        shop,
        "traffic",
        write_csv(tmp_path / "b.csv", TRAFFIC, [["2024-11-11", "taobao", "12", "20"]]),
    )
    assert result.counts == {"new": 0, "changed": 1, "unchanged": 0, "rejected": 0}
    assert rows(shop, "SELECT visitors FROM traffic_daily") == [(12,)]


# --- competitor prices ----------------------------------------------------------------

COMPETITORS = ["SKU", "Competitor", "Link", "Price", "Observed on"]


def test_competitor_prices_are_kept_per_sku_competitor_and_day(shop, tmp_path):
    """Each observation is stored in minor units; the same file again is unchanged."""
    path = write_csv(
        tmp_path / "c.csv",
        COMPETITORS,
        [
            ["MUG-01", "陶艺小铺", "https://item.taobao.com/1", "¥59.00", "2024-11-01"],
            ["MUG-01", "陶艺小铺", "https://item.taobao.com/1", "¥55.00", "2024-11-08"],
            ["MUG-01", "Clay Co", "", "$8.99", "2024-11-08"],
        ],
    )
    run_import(shop, "competitor-prices", path)
    assert rows(
        shop, "SELECT sku, competitor, price, observed_at FROM competitor_prices ORDER BY id"
    ) == [
        ("MUG-01", "陶艺小铺", 5900, "2024-11-01"),
        ("MUG-01", "陶艺小铺", 5500, "2024-11-08"),
        ("MUG-01", "Clay Co", 899, "2024-11-08"),
    ]
    assert plan(shop, "competitor-prices", path).counts == {**UNCHANGED, "unchanged": 3}


def test_competitor_price_without_a_date_belongs_to_today(shop, tmp_path):
    """Without a date the observation is today's, so the same file twice a day adds nothing."""
    from datetime import date

    path = write_csv(tmp_path / "c.csv", COMPETITORS, [["MUG-01", "Clay Co", "", "8.99", ""]])
    run_import(shop, "competitor-prices", path)
    assert rows(shop, "SELECT observed_at FROM competitor_prices") == [(date.today().isoformat(),)]
    assert plan(shop, "competitor-prices", path).counts == {**UNCHANGED, "unchanged": 1}


def test_competitor_price_that_is_not_money_is_rejected(shop, tmp_path):
    """A price that is not an amount rejects its row with the field named."""
    result = plan(
        shop,
        "competitor-prices",
        write_csv(
            tmp_path / "c.csv", COMPETITORS, [["MUG-01", "Clay Co", "", "ask", "2024-11-08"]]
        ),
    )
    assert reasons(result) == [(2, "Price: not a number")]


# --- promotions -----------------------------------------------------------------------

PROMOTIONS = ["Name", "Kind", "Value", "Threshold", "Starts at", "Ends at", "Budget"]


def promotion(
    name="双11",
    kind="percent_off",
    value="12.5%",
    threshold="",
    starts="2024-11-01 00:00",
    ends="2024-11-11 23:59",
    budget="",
):
    return [name, kind, value, threshold, starts, ends, budget]


def promotions(shop):
    return rows(
        shop,
        "SELECT name, kind, value, threshold, starts_at, ends_at, budget "
        "FROM promotions ORDER BY id",
    )


@pytest.mark.parametrize(
    ("value", "basis_points"),
    [
        ("12.5%", 1250),
        ("12.5", 1250),
        ("20 %", 2000),
        ("0.01%", 1),
    ],
)
def test_percent_off_value_is_basis_points(shop, tmp_path, value, basis_points):
    """A percent_off value is a percentage, stored in basis points."""
    run_import(
        shop, "promotions", write_csv(tmp_path / "p.csv", PROMOTIONS, [promotion(value=value)])
    )
    assert promotions(shop)[0][2] == basis_points


def test_threshold_promotion_amounts_are_money(shop, tmp_path):
    """满300减30: a threshold of 300.00 and a value of 30.00, both in minor units."""
    run_import(
        shop,
        "promotions",
        write_csv(
            tmp_path / "p.csv",
            PROMOTIONS,
            [promotion("满300减30", "threshold", "30", "300.00", budget="¥5,000")],
        ),
    )
    assert promotions(shop) == [
        (
            "满300减30",
            "threshold",
            3000,
            30000,
            "2024-11-01T00:00:00",
            "2024-11-11T23:59:00",
            500000,
        )
    ]


def test_promotion_ending_before_it_starts_is_rejected(shop, tmp_path):
    """An end before the start is rejected with the reason."""
    result = plan(
        shop,
        "promotions",
        write_csv(
            tmp_path / "p.csv",
            PROMOTIONS,
            [promotion(starts="2024-11-11 00:00", ends="2024-11-01 00:00")],
        ),
    )
    assert reasons(result) == [(2, "ends before it starts")]


def test_promotion_with_a_bad_value_is_rejected(shop, tmp_path):
    """A value that is not a number names the Value field."""
    result = plan(
        shop,
        "promotions",
        write_csv(tmp_path / "p.csv", PROMOTIONS, [promotion(kind="amount_off", value="thirty")]),
    )
    assert reasons(result) == [(2, "Value: not a number")]


def test_promotion_of_unknown_kind_is_rejected(shop, tmp_path):
    """The kind must be one of the promotion kinds."""
    result = plan(
        shop, "promotions", write_csv(tmp_path / "p.csv", PROMOTIONS, [promotion(kind="mystery")])
    )
    assert reasons(result) == [
        (
            2,
            "Kind: “mystery” is not one of: percent_off, amount_off, "
            "fixed_price, bundle, free_shipping, threshold, threshold_percent, coupon, "
            "flash_sale, buy_x_get_y. Map it in the "
            "import wizard's value step (or with --map-value "
            "kind=mystery:CHOICE)",
        )
    ]


def test_promotion_file_reimported_is_unchanged(shop, tmp_path):
    """Promotions are found again by name and start; the same file twice changes nothing."""
    path = write_csv(
        tmp_path / "p.csv",
        PROMOTIONS,
        [promotion(), promotion("满300减30", "threshold", "30", "300")],
    )
    run_import(shop, "promotions", path)
    assert plan(shop, "promotions", path).counts == {**UNCHANGED, "unchanged": 2}
