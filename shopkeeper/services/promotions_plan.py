"""Campaign preparation and the content plan.

Joining a festival makes a draft promotion over the festival's season and its
checklist. The checklist is counted from the campaign's start (T), because that
is when prices and coupons must be live: T-45 choose products and check stock
cover against expected demand, T-21 set prices and prepare images, T-7 prepare
coupons and check stock once more; a review task follows 7 days after the end.
Tasks show on Today and in the calendar's agenda until they are done.

Content plan entries (social posts, articles, live streams) are calendar entries
too, each with a channel, a status (idea, drafted, published) and optionally the
promotion it supports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, UserError
from shopkeeper.services import calendar
from shopkeeper.services.changes import Change, Recorder, recording
from shopkeeper.services.promotions import get

DAY = dt.timedelta(days=1)
# (step, days from the start, or from the end for the review; task titles)
CHECKLIST = (
    (
        "T-45",
        -45,
        (
            QT_TRANSLATE_NOOP("CampaignTask", "Choose the products for the campaign"),
            QT_TRANSLATE_NOOP("CampaignTask", "Check stock cover against expected demand"),
        ),
    ),
    (
        "T-21",
        -21,
        (
            QT_TRANSLATE_NOOP("CampaignTask", "Set the campaign prices"),
            QT_TRANSLATE_NOOP("CampaignTask", "Prepare the images"),
        ),
    ),
    (
        "T-7",
        -7,
        (
            QT_TRANSLATE_NOOP("CampaignTask", "Prepare the coupons"),
            QT_TRANSLATE_NOOP("CampaignTask", "Check stock cover once more"),
        ),
    ),
    ("T+7", 7, (QT_TRANSLATE_NOOP("CampaignTask", "Review the results"),)),
)
CONTENT_CHANNELS = (
    "weibo",
    "wechat",
    "douyin",
    "xiaohongshu",
    "bilibili",
    "instagram",
    "tiktok",
    "facebook",
    "youtube",
    "email",
)
CONTENT_FORMATS = ("post", "article", "live", "video")
CONTENT_STATUSES = ("idea", "drafted", "published")


class BadContent(UserError):
    exit_code = 4
    NO_TITLE = QT_TRANSLATE_NOOP("UserError", "Give the content a title.")
    CHOICE = QT_TRANSLATE_NOOP("UserError", "Unknown {what} “{value}”.")


@dataclass(frozen=True)
class Task:
    id: int
    promotion_id: int
    promotion: str
    title: str
    due_on: dt.date | None
    done: bool
    step: str


@dataclass(frozen=True)
class Content:
    id: int
    title: str
    channel: str
    format: str
    status: str
    planned_at: str
    promotion_id: int | None
    link: str
    notes: str


def _add_checklist(rec: Recorder, promotion_id: int, first: dt.date, last: dt.date) -> None:
    for step, days, titles in CHECKLIST:
        due = (last if days > 0 else first) + days * DAY
        for title in titles:
            rec.insert(
                "campaign_tasks",
                {
                    "promotion_id": promotion_id,
                    "title": title,
                    "due_on": due.isoformat(),
                    "done": 0,
                    "step": step,
                },
            )


def join_festival(db: Database, key: str, year: int, channel: str = "") -> Change:
    """A draft promotion over the festival's season, with its preparation checklist."""
    fest = calendar.festival(key, year)
    name = f"{calendar.NAMES[key][0]} {year}" + (f" ({channel})" if channel else "")
    values = {
        "name": name,
        "kind": "percent_off",
        "value": 0,
        "threshold": 0,
        "starts_at": fest.start.isoformat() + "T00:00:00",
        "ends_at": fest.end.isoformat() + "T23:59:59",
        "channel": channel,
        "hand_status": "draft",
        "festival_key": key,
    }
    with recording(db, f"Join {name}") as rec:
        pid = rec.insert("promotions", values)
        _add_checklist(rec, pid, fest.start, fest.end)
    return rec.change


def add_checklist(db: Database, promotion_id: int) -> Change:
    """The preparation checklist for an existing promotion (once: none if it has one)."""
    p = get(db, promotion_id)
    has = db.execute(
        "SELECT count(*) FROM campaign_tasks WHERE promotion_id = ? AND step != ''", [p.id]
    ).fetchone()[0]
    with recording(db, f"Checklist for {p.name}") as rec:
        if not has:
            _add_checklist(rec, p.id, p.first_day, p.last_day)
    return rec.change


def tasks(db: Database, *, open_only: bool = True, until: dt.date | None = None) -> list[Task]:
    """Campaign tasks by due date; open ones only unless asked (Today, the agenda)."""
    sql = (
        "SELECT t.id, t.promotion_id, p.name, t.title, t.due_on, t.done, t.step "
        "FROM campaign_tasks t JOIN promotions p ON p.id = t.promotion_id "
        "WHERE p.hand_status != 'cancelled'"
    )
    params: list = []
    if open_only:
        sql += " AND t.done = 0"
    if until is not None:
        sql += " AND t.due_on <= ?"
        params.append(until.isoformat())
    return [
        Task(i, pid, name, title, dt.date.fromisoformat(due) if due else None, bool(done), step)
        for i, pid, name, title, due, done, step in db.execute(
            sql + " ORDER BY t.due_on, t.id", params
        )
    ]


def set_task_done(db: Database, task_id: int, done: bool = True) -> Change:
    with recording(db, "Tick off a task" if done else "Reopen a task") as rec:
        rec.update("campaign_tasks", task_id, {"done": int(done)})
    return rec.change


def contents(db: Database, first: dt.date | None = None, last: dt.date | None = None):
    sql = (
        "SELECT id, title, channel, format, status, planned_at, promotion_id, link, notes "
        "FROM content_plan"
    )
    params: list = []
    if first and last:
        sql += " WHERE substr(planned_at, 1, 10) BETWEEN ? AND ?"
        params = [first.isoformat(), last.isoformat()]
    return [Content(*row) for row in db.execute(sql + " ORDER BY planned_at, id", params)]


def _content_values(title, channel, fmt, status, planned_at, promotion_id, link, notes):
    if not title.strip():
        raise BadContent(BadContent.NO_TITLE)
    for what, value, known in (
        ("format", fmt, CONTENT_FORMATS),
        ("status", status, CONTENT_STATUSES),
    ):
        if value not in known:
            raise BadContent(BadContent.CHOICE, what=what, value=value)
    return {
        "title": title.strip(),
        "channel": channel.strip().lower(),
        "format": fmt,
        "status": status,
        "planned_at": planned_at,
        "promotion_id": promotion_id,
        "link": link.strip(),
        "notes": notes,
    }


def save_content(
    db: Database,
    title: str,
    channel: str,
    planned_at: str,
    *,
    fmt: str = "post",
    status: str = "idea",
    promotion_id: int | None = None,
    link: str = "",
    notes: str = "",
    content_id: int | None = None,
) -> Change:
    """Add (``content_id`` None) or edit a content plan entry."""
    values = _content_values(title, channel, fmt, status, planned_at, promotion_id, link, notes)
    if promotion_id is not None:
        get(db, promotion_id)  # BadPromotion when it does not exist
    with recording(db, f"Plan content {values['title']}") as rec:
        if content_id is None:
            rec.insert("content_plan", values)
        else:
            rec.update("content_plan", content_id, values)
    return rec.change


def delete_content(db: Database, content_id: int) -> Change:
    with recording(db, "Delete content") as rec:
        rec.delete("content_plan", content_id)
    return rec.change


def set_content_status(db: Database, content_id: int, status: str) -> Change:
    """idea → drafted → published (or back)."""
    if status not in CONTENT_STATUSES:
        raise BadContent(BadContent.CHOICE, what="status", value=status)
    with recording(db, "Content status") as rec:
        rec.update("content_plan", content_id, {"status": status})
    return rec.change
