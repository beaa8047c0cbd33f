"""Words for the Promotions tab's stored ids: promotion types, statuses, entry kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Literal translate("PromotionLabels", "…") calls, so that pyside6-lupdate finds them.
translate = QCoreApplication.translate

# Bar colours by channel (platform colours, toned down to carry white text).
CHANNEL_COLOURS = {
    "taobao": "#e2620b", "tmall": "#c81e3a", "jd": "#b91c1c", "pinduoduo": "#be123c",
    "shopify": "#4d7c0f", "etsy": "#c2410c", "ebay": "#1d4ed8", "amazon": "#a16207",
    "": "#475569",
}  # fmt: skip
OTHER_COLOUR = "#6d28d9"


def kind_label(kind: str) -> str:
    names = {
        "percent_off": translate("PromotionLabels", "Percent off"),
        "amount_off": translate("PromotionLabels", "Amount off"),
        "fixed_price": translate("PromotionLabels", "Special price"),
        "flash_sale": translate("PromotionLabels", "Flash sale / 秒杀"),
        "threshold": translate("PromotionLabels", "Spend X save Y / 满减"),
        "threshold_percent": translate("PromotionLabels", "Spend X get N% off / 满折"),
        "coupon": translate("PromotionLabels", "Coupon"),
        "buy_x_get_y": translate("PromotionLabels", "Buy X get Y"),
        "bundle": translate("PromotionLabels", "Bundle"),
        "free_shipping": translate("PromotionLabels", "Free shipping"),
    }
    return names.get(kind, kind)


def status_label(status: str) -> str:
    names = {
        "draft": translate("PromotionLabels", "Draft"),
        "scheduled": translate("PromotionLabels", "Scheduled"),
        "running": translate("PromotionLabels", "Running"),
        "ended": translate("PromotionLabels", "Ended"),
        "cancelled": translate("PromotionLabels", "Cancelled"),
    }
    return names.get(status, status)


def entry_kind_label(kind: str) -> str:
    names = {
        "festival": translate("PromotionLabels", "Festival"),
        "holiday": translate("PromotionLabels", "Holiday"),
        "event": translate("PromotionLabels", "Event"),
        "promotion": translate("PromotionLabels", "Promotion"),
        "task": translate("PromotionLabels", "Task"),
        "content": translate("PromotionLabels", "Content"),
    }
    return names.get(kind, kind)


def content_status_label(status: str) -> str:
    names = {
        "idea": translate("PromotionLabels", "Idea"),
        "drafted": translate("PromotionLabels", "Drafted"),
        "published": translate("PromotionLabels", "Published"),
    }
    return names.get(status, status)


def colour_for(channel: str) -> str:
    return CHANNEL_COLOURS.get(channel, OTHER_COLOUR)
