"""The Promotions tab: bars on a month grid, dragged with the mouse, undone with the stack."""

import datetime as dt

import pytest
from promotions_helpers import catalogue, promo
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack

from shopkeeper.services.promotions import Target, get, load_all
from shopkeeper.services.promotions_edit import save
from shopkeeper.store import settings
from shopkeeper.ui.tab_context import TabContext
from shopkeeper.ui.tabs.promotions import PromotionsTab

D = dt.date


@pytest.fixture
def tab(qtbot, shop, runner, errors):
    catalogue(shop.db)
    settings.put(shop.db, settings.COUNTRY, "CN")
    save(
        shop.db,
        promo(name="年中大促", start="2026-06-08", end="2026-06-10", value=1000, channel="taobao"),
    )
    save(
        shop.db,
        promo(
            name="半价",
            start="2026-06-15",
            end="2026-06-16",
            value=5000,
            kind="percent_off",
            targets=(Target("product", 1),),
        ),
    )
    ctx = TabContext(shop, runner, QUndoStack(), errors)
    view = PromotionsTab(ctx, today=D(2026, 6, 3))
    ctx.notify_changed = view.shop_changed
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None)
    return view


def _segment(tab, name):
    return next(s for s in tab.calendar.segments if s.bar.label == name)


def _centre_of(tab, day):
    return tab.calendar.cell_rect(day).center()


def _drag(qtbot, widget, start: QPoint, end: QPoint):
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, pos=(start + end) / 2)
    qtbot.mouseMove(widget, pos=end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_drag_a_bar_to_new_dates_then_undo(qtbot, tab):
    """Dragging a bar two days right moves the promotion; Undo puts it back."""
    pid = next(p.id for p in load_all(tab.ctx.shop.db) if p.name == "年中大促")
    seg = _segment(tab, "年中大促")
    start = QPoint(seg.rect.center().x(), seg.rect.center().y())
    day_width = tab.calendar.cell_rect(D(2026, 6, 9)).width()
    _drag(qtbot, tab.calendar, start, start + QPoint(2 * day_width, 0))
    moved = get(tab.ctx.shop.db, pid)
    assert (moved.first_day, moved.last_day) == (D(2026, 6, 10), D(2026, 6, 12))
    assert moved.starts_at.endswith("T00:00:00")  # times of day kept
    qtbot.waitUntil(lambda: _segment(tab, "年中大促").bar.first == D(2026, 6, 10))
    tab.ctx.undo_stack.undo()
    back = get(tab.ctx.shop.db, pid)
    assert (back.first_day, back.last_day) == (D(2026, 6, 8), D(2026, 6, 10))
    qtbot.waitUntil(lambda: _segment(tab, "年中大促").bar.first == D(2026, 6, 8))


def test_drag_the_right_end_changes_the_end_date(qtbot, tab):
    """Dragging a bar's right end one day further makes the promotion a day longer."""
    pid = next(p.id for p in load_all(tab.ctx.shop.db) if p.name == "年中大促")
    seg = _segment(tab, "年中大促")
    edge = QPoint(seg.rect.right() - 2, seg.rect.center().y())
    _drag(
        qtbot, tab.calendar, edge, edge + QPoint(tab.calendar.cell_rect(D(2026, 6, 9)).width(), 0)
    )
    p = get(tab.ctx.shop.db, pid)
    assert (p.first_day, p.last_day) == (D(2026, 6, 8), D(2026, 6, 11))


def test_festivals_holidays_and_below_floor_days_are_marked(tab):
    """618 and 端午 are on their days; the half-price days show items below the floor."""
    days = tab.calendar.days
    assert ("618 Mid-year Sale", "festival") in days[D(2026, 6, 18)].marks
    assert any(kind == "holiday" for _n, kind in days[D(2026, 6, 19)].marks)
    assert days[D(2026, 6, 15)].below_floor >= 1  # TEA-L at half price is below cost
    assert _segment(tab, "半价").bar.warning
    assert tab.calendar.today == D(2026, 6, 3)


def test_filters_by_channel_and_type(qtbot, tab):
    """Choosing a type or channel leaves only the promotions that match."""
    tab.kind.setCurrentIndex(tab.kind.findData("amount_off"))
    assert tab.calendar.segments == []
    tab.kind.setCurrentIndex(0)
    tab.channel.setCurrentIndex(tab.channel.findData("taobao"))
    assert {s.bar.label for s in tab.calendar.segments} == {
        "年中大促",
        "半价",
    }  # 半价: all channels
    tab.search_box.setText("半价")
    assert {s.bar.label for s in tab.calendar.segments} == {"半价"}


def test_week_and_agenda_views_and_stepping(qtbot, tab):
    """Week view shows seven days; the agenda lists the month; Next moves a month."""
    tab.set_mode("week")
    qtbot.waitUntil(lambda: tab.calendar.weeks == 1)
    assert tab.calendar.start == D(2026, 6, 1)
    tab.set_mode("agenda")
    titles = {r.title for r in tab.agenda.model.rows()}
    assert {"年中大促", "618 Mid-year Sale"} <= titles
    tab.set_mode("month")
    tab.step(1)
    qtbot.waitUntil(lambda: tab.data.first == D(2026, 6, 29))
    assert tab.title.text()


def test_editor_shows_floor_problems_and_bad_input_before_saving(qtbot, tab):
    """The editor names the SKU that would sell below its floor, and refuses an end before
    the start with a message, before anything is saved."""
    from PySide6.QtCore import QDateTime

    from shopkeeper.ui.dialogs.promotion_editor import PromotionEditor

    draft = promo(
        name="五折",
        value=5000,
        start="2026-07-01",
        end="2026-07-02",
        targets=(Target("variant", 13),),
    )
    editor = PromotionEditor(tab.ctx, draft)
    qtbot.addWidget(editor)
    warnings = editor.check_now()
    assert "below the price floor" in warnings[0] and "TEA-L" in warnings[0]
    editor.value.setText("5%")
    assert editor.check_now() == []
    editor.ends.setDateTime(QDateTime.fromString("2026-06-20T00:00:00", "yyyy-MM-ddTHH:mm:ss"))
    assert editor.check_now() == ["error"]
    assert "ends before it starts" in editor.problems.text()
    editor.accept()
    assert [p.name for p in load_all(tab.ctx.shop.db) if p.name == "五折"] == []


def test_agenda_actions_tick_tasks_and_move_content_along(qtbot, tab):
    """From the agenda a task is ticked off and a post marked published, each undoable."""
    from shopkeeper.services import promotions_plan

    db = tab.ctx.shop.db
    pid = load_all(db)[0].id
    promotions_plan.add_checklist(db, pid)
    promotions_plan.save_content(db, "预热笔记", "xiaohongshu", "2026-06-05T20:00:00")
    tab.set_mode("agenda")
    qtbot.waitUntil(lambda: any(r.kind == "content" for r in tab.agenda.model.rows()))
    post = next(r for r in tab.agenda.model.rows() if r.kind == "content")
    tab.actions.content_status(post.ref, "published")
    assert promotions_plan.contents(db)[0].status == "published"
    task = promotions_plan.tasks(db)[0]
    tab.actions.tick_task(task.id)
    assert task.id not in {t.id for t in promotions_plan.tasks(db)}
    tab.ctx.undo_stack.undo()
    tab.ctx.undo_stack.undo()
    assert promotions_plan.contents(db)[0].status == "idea"
    assert task.id in {t.id for t in promotions_plan.tasks(db)}


def test_editor_suggests_categories_tags_and_listings(qtbot, tab):
    """The target field completes the part after the last “;” from the shop's categories,
    tags and listings."""
    from shopkeeper.ui.dialogs.promotion_editor import PromotionEditor

    editor = PromotionEditor(tab.ctx, promo(name="x", start="2026-07-01", end="2026-07-02"))
    qtbot.addWidget(editor)
    completer = editor.targets.completer()
    suggestions = completer.model().stringList()
    assert {"category:茶叶", "tag:gift", "listing:tea"} <= set(suggestions)
    editor.targets.setText("tag:gift; cat")
    assert completer.splitPath(editor.targets.text()) == ["cat"]
    index = completer.model().index(suggestions.index("category:茶叶"), 0)
    assert completer.pathFromIndex(index) == "tag:gift; category:茶叶"
