"""Words for the Inbox's stored ids: ticket kinds, states, priorities, reasons, ages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    return {
        "pre_sale": translate("TicketLabels", "Pre-sale"),
        "return": translate("TicketLabels", "Return"),
        "exchange": translate("TicketLabels", "Exchange"),
        "refund": translate("TicketLabels", "Refund"),
        "complaint": translate("TicketLabels", "Complaint"),
        "review": translate("TicketLabels", "Review"),
        "other": translate("TicketLabels", "Other"),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {
        "new": translate("TicketLabels", "New"),
        "open": translate("TicketLabels", "Open"),
        "waiting": translate("TicketLabels", "Waiting on customer"),
        "resolved": translate("TicketLabels", "Resolved"),
        "closed": translate("TicketLabels", "Closed"),
    }.get(status, status)


def priority_label(priority: str) -> str:
    return {
        "low": translate("TicketLabels", "Low"),
        "normal": translate("TicketLabels", "Normal"),
        "high": translate("TicketLabels", "High"),
        "urgent": translate("TicketLabels", "Urgent"),
    }.get(priority, priority)


def folder_label(folder: str) -> str:
    return {
        "open": translate("TicketLabels", "Open"),
        "waiting": translate("TicketLabels", "Waiting on customer"),
        "snoozed": translate("TicketLabels", "Snoozed"),
        "overdue": translate("TicketLabels", "Overdue"),
        "resolved": translate("TicketLabels", "Resolved"),
        "all": translate("TicketLabels", "All"),
    }.get(folder, folder)


def reason_label(code: str) -> str:
    from shopkeeper.services.tickets import REASONS

    return translate("TicketReason", REASONS[code]) if code in REASONS else code


def author_label(author: str) -> str:
    return {
        "customer": translate("TicketLabels", "Customer"),
        "seller": translate("TicketLabels", "You"),
        "note": translate("TicketLabels", "Internal note"),
    }.get(author, author)


def span_label(minutes: int) -> str:
    """A short duration: "12 min", "5 h", "3 d"."""
    minutes = abs(minutes)
    if minutes >= 1440:
        return translate("TicketLabels", "{n} d").format(n=minutes // 1440)
    if minutes >= 60:
        return translate("TicketLabels", "{n} h").format(n=minutes // 60)
    return translate("TicketLabels", "{n} min").format(n=minutes)


def minutes_between(earlier: str, later: dt.datetime) -> int:
    start = dt.datetime.fromisoformat(earlier.replace("Z", "+00:00")).replace(tzinfo=None)
    return int((later - start).total_seconds() // 60)


def due_label(due_at: str | None, now: dt.datetime) -> str:
    """ "in 2 h", "overdue 3 h", or "" when the clock is paused or stopped."""
    if not due_at:
        return ""
    left = -minutes_between(due_at, now)
    if left < 0:
        return translate("TicketLabels", "overdue {span}").format(span=span_label(left))
    return translate("TicketLabels", "in {span}").format(span=span_label(left))
