"""Words for stored ids (channels, order statuses, periods), shared by every tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Literal translate("Labels", "…") calls, so that pyside6-lupdate finds every text.
translate = QCoreApplication.translate


def channel_label(channel: str) -> str:
    """A platform's name as sellers write it; an unknown channel is shown as imported."""
    names = {
        "taobao": translate("Labels", "Taobao"),
        "tmall": translate("Labels", "Tmall"),
        "jd": translate("Labels", "JD"),
        "pinduoduo": translate("Labels", "Pinduoduo"),
        "shopify": translate("Labels", "Shopify"),
        "etsy": translate("Labels", "Etsy"),
        "ebay": translate("Labels", "eBay"),
        "amazon": translate("Labels", "Amazon"),
    }
    return names.get(channel.casefold(), channel)


def order_status_label(status: str) -> str:
    names = {
        "unpaid": translate("Labels", "Unpaid"),
        "paid": translate("Labels", "Paid"),
        "shipped": translate("Labels", "Shipped"),
        "completed": translate("Labels", "Completed"),
        "refunded": translate("Labels", "Refunded"),
        "cancelled": translate("Labels", "Cancelled"),
        "partly_refunded": translate("Labels", "Partly refunded"),
    }
    return names.get(status, status)


def period_label(preset: str) -> str:
    names = {
        "all_time": translate("Labels", "All time"),
        "today": translate("Labels", "Today"),
        "last_7_days": translate("Labels", "Last 7 days"),
        "last_30_days": translate("Labels", "Last 30 days"),
        "last_90_days": translate("Labels", "Last 90 days"),
        "this_month": translate("Labels", "This month"),
        "last_month": translate("Labels", "Last month"),
        "this_year": translate("Labels", "This year"),
        "custom": translate("Labels", "Custom range"),
    }
    return names.get(preset, preset)
