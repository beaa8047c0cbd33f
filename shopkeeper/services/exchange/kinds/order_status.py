"""What the platforms' order status texts mean in Shopkeeper's six statuses."""

from __future__ import annotations

_STATUS_WORDS = {
    "unpaid": (
        "unpaid",
        "pending",
        "authorized",
        "awaiting payment",
        "created",
        "等待买家付款",
        "待付款",
        "未付款",
    ),
    "paid": (
        "paid",
        "approved",
        "processing",
        "invoiced",
        "partially_paid",
        "买家已付款",
        "等待卖家发货",
        "待发货",
        "已付款",
    ),
    "shipped": (
        "shipped",
        "in transit",
        "fulfilled",
        "partially_fulfilled",
        "卖家已发货",
        "已发货",
        "等待买家确认收货",
        "待收货",
    ),
    "completed": (
        "completed",
        "complete",
        "delivered",
        "closed_won",
        "success",
        "交易成功",
        "已完成",
        "已签收",
    ),
    "refunded": ("refunded", "partially_refunded", "returned", "已退款", "退款成功", "售后完成"),
    "cancelled": (
        "cancelled",
        "canceled",
        "voided",
        "unavailable",
        "交易关闭",
        "已取消",
        "交易已关闭",
    ),
}
STATUS_OF = {word: status for status, words in _STATUS_WORDS.items() for word in words}


def order_status(text: str | None) -> str | None:
    """Our status for a platform's text; 'completed' when the file has none; None if unknown."""
    if not text:
        return "completed"
    key = text.strip().casefold().replace("-", "_")
    return STATUS_OF.get(key) or STATUS_OF.get(key.replace("_", " "))
