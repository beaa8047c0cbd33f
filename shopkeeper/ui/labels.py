"""Words for stored ids (channels, order statuses, periods), shared by every tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def channel_label(channel: str) -> str:
    """A platform's name as sellers write it; an unknown channel is shown as imported."""
    names = {
        "taobao": _t("Taobao"), "tmall": _t("Tmall"), "jd": _t("JD"),
        "pinduoduo": _t("Pinduoduo"), "shopify": _t("Shopify"), "etsy": _t("Etsy"),
        "ebay": _t("eBay"), "amazon": _t("Amazon"),
    }
    return names.get(channel.casefold(), channel)


def order_status_label(status: str) -> str:
    names = {
        "unpaid": _t("Unpaid"), "paid": _t("Paid"), "shipped": _t("Shipped"),
        "completed": _t("Completed"), "refunded": _t("Refunded"),
        "cancelled": _t("Cancelled"), "partly_refunded": _t("Partly refunded"),
    }
    return names.get(status, status)


def period_label(preset: str) -> str:
    names = {
        "all_time": _t("All time"), "today": _t("Today"), "last_7_days": _t("Last 7 days"),
        "last_30_days": _t("Last 30 days"), "last_90_days": _t("Last 90 days"),
        "this_month": _t("This month"), "last_month": _t("Last month"),
        "this_year": _t("This year"), "custom": _t("Custom range"),
    }
    return names.get(preset, preset)
