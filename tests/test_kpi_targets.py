"""Weekly sales targets and the A/B test log with its plain-words significance."""

import datetime as dt

import kpi_fixture as fx
import pytest

from shopkeeper.services import ab_tests, targets
from shopkeeper.services.changes import undo


@pytest.fixture
def db(shop):
    fx.fill(shop.db)
    return shop.db


def test_week_progress_counts_sales_after_discounts_so_far(db):
    """Week of Mon 2 Mar, on Wed 4 Mar: orders 2, 3, 4 = 1000 + (3000 − 302) + 5000."""
    targets.set_weekly_target(db, dt.date(2026, 3, 4), 20000)
    week = targets.progress(db, dt.date(2026, 3, 4))
    assert (week.first, week.last) == (dt.date(2026, 3, 2), dt.date(2026, 3, 8))
    assert week.sales == 1000 + 2698 + 5000
    assert week.target == 20000
    assert week.expected_share == pytest.approx(3 / 7)
    assert week.on_track is True  # 8698 / 20000 = 43% ≥ 3/7 = 42.9%


def test_setting_a_target_again_replaces_it_and_undo_restores(db):
    targets.set_weekly_target(db, dt.date(2026, 3, 2), 100)
    change = targets.set_weekly_target(db, dt.date(2026, 3, 8), 300)
    assert targets.progress(db, dt.date(2026, 3, 3)).target == 300
    undo(db, change)
    assert targets.progress(db, dt.date(2026, 3, 3)).target == 100


def test_a_week_without_target_is_not_judged(db):
    week = targets.progress(db, dt.date(2026, 3, 4))
    assert week.target is None and week.share is None and week.on_track is None


def test_negative_target_is_refused(db):
    with pytest.raises(targets.BadTarget):
        targets.set_weekly_target(db, dt.date(2026, 3, 2), -1)


def test_weeks_list_targets_beside_sales(db):
    """Week of 23 Feb: order 6 (1000) and order 1 on Sunday 1 Mar (4500 − 500); week of
    2 Mar: orders 2, 3, 4 and 7 = 1000 + 2698 + 5000 + 1000."""
    targets.set_weekly_target(db, dt.date(2026, 2, 23), 5000)
    weeks = targets.weeks(db, dt.date(2026, 2, 27), dt.date(2026, 3, 4))
    assert weeks == [(dt.date(2026, 2, 23), 5000, 5000), (dt.date(2026, 3, 2), None, 9698)]


@pytest.mark.parametrize(
    "va, oa, vb, ob, template",
    [
        (1000, 20, 1000, 45, ab_tests.CLEAR_WIN),  # 2.0% vs 4.5%: z = 3.16, p = 0.0016
        (1000, 20, 1000, 30, ab_tests.LEANING),  # 2.0% vs 3.0%: z = 1.43, p = 0.15
        (1000, 20, 1000, 21, ab_tests.NO_DIFFERENCE),  # 2.0% vs 2.1%: p = 0.88
        (0, 0, 1000, 30, ab_tests.NOT_ENOUGH),  # A had no visitors
        (500, 1, 500, 2, ab_tests.NOT_ENOUGH),  # three orders in all
    ],
)
def test_significance_is_said_in_plain_words(va, oa, vb, ob, template):
    verdict = ab_tests.significance(va, oa, vb, ob)
    assert verdict.template == template
    assert "{" not in verdict.text


def test_two_proportion_z_test_matches_a_hand_calculation():
    """A 20/1000, B 45/1000: pooled p = 65/2000 = 0.0325; se = √(0.0325 × 0.9675 × 0.002)
    = 0.007930; z = 0.025 / 0.007930 = 3.153; two-sided p = erfc(3.153/√2) = 0.00162."""
    verdict = ab_tests.significance(1000, 20, 1000, 45)
    assert verdict.z == pytest.approx(3.153, abs=1e-3)
    assert verdict.p_value == pytest.approx(0.00162, abs=2e-5)
    assert "Version B sells better (4.5% of visitors order, against 2.0%)" in verdict.text


def test_ab_tests_are_logged_edited_and_deleted_as_undoable_changes(db):
    ab_tests.add(
        db,
        name="主图 A/B",
        subject="image",
        version_a="白底",
        version_b="场景图",
        visitors_a=1000,
        orders_a=20,
        visitors_b=1000,
        orders_b=45,
        started_on="2026-03-01",
    )
    (test,) = ab_tests.all_tests(db)
    assert test["verdict"].significant
    change = ab_tests.update(db, test["id"], orders_b=21)
    assert not ab_tests.all_tests(db)[0]["verdict"].significant
    undo(db, change)
    assert ab_tests.all_tests(db)[0]["orders_b"] == 45
    ab_tests.delete(db, test["id"])
    assert ab_tests.all_tests(db) == []


@pytest.mark.parametrize(
    "values, problem",
    [
        ({"name": ""}, "name"),
        ({"name": "t", "subject": "colour"}, "one of title, image, price"),
        ({"name": "t", "visitors_a": 10, "orders_a": 11}, "more orders than visitors"),
        ({"name": "t", "visitors_b": -1}, "negative"),
        ({"name": "t", "started_on": "2026-03-05", "ended_on": "2026-03-01"}, "ends before"),
    ],
)
def test_bad_ab_tests_are_refused_and_nothing_saved(db, values, problem):
    with pytest.raises(ab_tests.BadAbTest, match=problem):
        ab_tests.add(db, **values)
    assert ab_tests.all_tests(db) == []
