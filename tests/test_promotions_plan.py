"""Campaign checklists, the content plan, a finished promotion's results, the .ics export."""

import datetime as dt
from decimal import Decimal

import pytest
from promotions_helpers import catalogue, promo

from shopkeeper.services import changes, promotions_ics, promotions_plan, promotions_results
from shopkeeper.services.promotions import Target, load_all
from shopkeeper.services.promotions_edit import save

D = dt.date


def test_joining_a_festival_makes_a_draft_and_its_checklist(shop):
    """Joining 双11 2026 drafts a promotion over its season with tasks at T-45, T-21, T-7, T+7."""
    change = promotions_plan.join_festival(shop.db, "double_11", 2026, channel="taobao")
    (p,) = load_all(shop.db)
    assert (p.hand_status, p.first_day, p.last_day) == ("draft", D(2026, 10, 20), D(2026, 11, 11))
    tasks = promotions_plan.tasks(shop.db)
    due = {t.step: t.due_on for t in tasks}
    assert due == {
        "T-45": D(2026, 9, 5),
        "T-21": D(2026, 9, 29),
        "T-7": D(2026, 10, 13),
        "T+7": D(2026, 11, 18),
    }
    assert "Check stock cover against expected demand" in {t.title for t in tasks}
    changes.undo(shop.db, change)
    assert load_all(shop.db) == [] and promotions_plan.tasks(shop.db) == []


def test_done_tasks_leave_the_agenda(shop):
    """A ticked-off task no longer shows among the open ones; undo brings it back."""
    promotions_plan.join_festival(shop.db, "618", 2026)
    first = promotions_plan.tasks(shop.db)[0]
    change = promotions_plan.set_task_done(shop.db, first.id)
    assert first.id not in {t.id for t in promotions_plan.tasks(shop.db)}
    changes.undo(shop.db, change)
    assert first.id in {t.id for t in promotions_plan.tasks(shop.db)}


def test_content_plan_entries_link_to_their_promotion(shop):
    """A Xiaohongshu post is planned for a promotion; deleting the promotion keeps the post."""
    from shopkeeper.services.promotions_edit import delete

    save(shop.db, promo())
    pid = load_all(shop.db)[0].id
    promotions_plan.save_content(
        shop.db,
        "618 种草笔记",
        "xiaohongshu",
        "2026-05-28T20:00:00",
        status="drafted",
        promotion_id=pid,
    )
    (entry,) = promotions_plan.contents(shop.db)
    assert (entry.channel, entry.status, entry.promotion_id) == ("xiaohongshu", "drafted", pid)
    delete(shop.db, [pid])
    assert promotions_plan.contents(shop.db)[0].promotion_id is None


@pytest.mark.parametrize(
    ("kw", "message"), [({"title": " "}, "title"), ({"status": "viral"}, "viral")]
)
def test_bad_content_is_refused(shop, kw, message):
    """Content without a title or with an unknown status is refused with a message."""
    values = {"title": "Live", "channel": "douyin", "planned_at": "2026-06-01", **kw}
    title, channel, planned = values.pop("title"), values.pop("channel"), values.pop("planned_at")
    with pytest.raises(promotions_plan.BadContent, match=message):
        promotions_plan.save_content(shop.db, title, channel, planned, **values)


def _order(db, oid, day, variant, qty, price, discount=0, status="paid", channel="taobao"):
    db.execute(
        "INSERT INTO orders(id, order_no, channel, placed_at, status) VALUES (?,?,?,?,?)",
        [oid, str(oid), channel, f"{day}T12:00:00", status],
    )
    db.execute(
        "INSERT INTO order_items(order_id, variant_id, quantity, unit_price, discount)"
        " VALUES (?,?,?,?,?)",
        [oid, variant, qty, price, discount],
    )


def test_results_of_a_finished_promotion(shop):
    """Sales, orders, units, discount and gross profit while it ran, lift and ROI."""
    db = shop.db
    catalogue(db)
    save(
        db,
        promo(
            start="2026-06-11",
            end="2026-06-20",
            channel="taobao",
            value=1000,
            targets=(Target("product", 1),),
            cost=2000,
        ),
    )
    _order(db, 1, "2026-06-12", 11, 2, 5000, discount=1000)  # TEA-S, cost 20.00 each
    _order(db, 2, "2026-06-15", 12, 1, 8000)
    _order(db, 3, "2026-06-15", 21, 5, 3000)  # a mug: not targeted
    _order(db, 4, "2026-06-16", 11, 1, 5000, status="cancelled")
    _order(db, 5, "2026-06-05", 11, 1, 5000)  # the 10 days before
    db.conn.commit()
    r = promotions_results.results(db, load_all(db)[0])
    assert r.during.sales == 2 * 5000 - 1000 + 8000
    assert (r.during.orders, r.during.units, r.during.discount) == (2, 3, 1000)
    assert r.during.gross_profit == 17000 - (2 * 2000 + 3000)
    assert r.before.sales == 5000
    assert r.lift == Decimal("2.4")
    assert r.roi == Decimal(10000 - 3000 - 2000) / 2000


def test_ics_export_reads_back(shop, tmp_path):
    """The .ics file parses back with the promotion, the festivals and the open tasks."""
    from icalendar import Calendar

    save(shop.db, promo(name="618 大促"))
    promotions_plan.join_festival(shop.db, "double_11", 2026)
    out = promotions_ics.export(
        shop.db, tmp_path / "shop.ics", D(2026, 6, 1), D(2026, 11, 30), country="CN", lang="zh_CN"
    )
    cal = Calendar.from_ical(out.read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    sale = events["618 大促"]
    assert (sale.decoded("dtstart"), sale.decoded("dtend")) == (D(2026, 6, 1), D(2026, 6, 19))
    assert "双11" in events and "中秋节" in events and "国庆节" in events
    assert any(s.startswith("☐ Review the results") for s in events)
    assert not (tmp_path / "shop.ics.partial").exists()


def test_stock_cover_flags_skus_that_sold_more_last_year(shop):
    """A SKU that sold more over last year's same days than it has in stock may run out;
    without last year's sales, the last 30 days' rate with a sale's lift is the guide."""
    from shopkeeper.services import promotions_stock

    db = shop.db
    catalogue(db)
    db.execute("UPDATE variants SET stock = 4")
    _order(db, 1, "2025-06-03", 11, 9, 5000)  # TEA-S: 9 sold in last year's 618
    _order(db, 2, "2026-05-20", 12, 3, 8000)  # TEA-M: 3 in the last 30 days
    db.conn.commit()
    save(db, promo(start="2026-06-01", end="2026-06-18", targets=(Target("product", 1),)))
    short = promotions_stock.short_stock(db, load_all(db)[0], D(2026, 5, 25))
    assert [(s.sku, s.stock, s.expected) for s in short] == [("TEA-S", 4, 9)]
    # 3 sold in 30 days, over 18 days with a 1.5 lift: about 3 expected, 4 in stock is enough
    db.execute("UPDATE variants SET stock = 2 WHERE sku = 'TEA-M'")
    short = promotions_stock.short_stock(db, load_all(db)[0], D(2026, 5, 25))
    assert ("TEA-M", 2, 3) in [(s.sku, s.stock, s.expected) for s in short]
