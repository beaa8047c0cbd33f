"""The fields of a tickets import: a ticket, or one message of its thread, per row."""

from __future__ import annotations

from shopkeeper.errors import QT_TRANSLATE_NOOP

from .common import CUSTOMER_ID, EMAIL, ORDER_NO, SKU, spec

TICKETS = (
    spec(
        "subject",
        QT_TRANSLATE_NOOP("Field", "Subject"),
        "text",
        "主题|标题|工单标题|问题|Subject|Title|Summary|review_comment_title",
    ),
    spec(
        "body",
        QT_TRANSLATE_NOOP("Field", "Message"),
        "text",
        "内容|正文|消息|留言|详情|描述|问题描述|Body|Message|Content|Description|Comment|Text"
        "|review_comment_message",
    ),
    spec(
        "customer",
        QT_TRANSLATE_NOOP("Field", "Customer"),
        "identifier",
        "买家会员名|买家昵称|会员名|买家|客户|顾客|Customer|" + CUSTOMER_ID + "|Buyer|Requester",
    ),
    spec("email", QT_TRANSLATE_NOOP("Field", "Email"), "text", EMAIL + "|Requester email"),
    spec(
        "kind",
        QT_TRANSLATE_NOOP("Field", "Kind"),
        "choice",
        "工单类型|问题类型|类型|Kind|Type|Ticket type|Category",
        choices=("pre_sale", "return", "exchange", "refund", "complaint", "review", "other"),
    ),
    spec(
        "status",
        QT_TRANSLATE_NOOP("Field", "Status"),
        "choice",
        "工单状态|状态|Status|State",
        choices=("new", "open", "waiting", "resolved", "closed"),
    ),
    spec(
        "priority",
        QT_TRANSLATE_NOOP("Field", "Priority"),
        "choice",
        "优先级|紧急程度|Priority|Urgency",
        choices=("low", "normal", "high", "urgent"),
    ),
    spec("channel", QT_TRANSLATE_NOOP("Field", "Channel"), "text", "渠道|来源|Channel|Source|Via"),
    spec(
        "created_at",
        QT_TRANSLATE_NOOP("Field", "Created at"),
        "datetime",
        "创建时间|提交时间|时间|日期|Created at|Created|Created date|Opened at|Date"
        "|review_creation_date",
    ),
    spec(
        "order_no",
        QT_TRANSLATE_NOOP("Field", "Order number"),
        "identifier",
        ORDER_NO + "|order_id",
    ),
    spec("sku", QT_TRANSLATE_NOOP("Field", "SKU"), "identifier", SKU),
    spec(
        "rating",
        QT_TRANSLATE_NOOP("Field", "Satisfaction score"),
        "int",
        "评分|星级|评价星级|Rating|Score|Stars|review_score|CSAT|NPS",
    ),
    # Issue 11 (Inbox): the platform's ticket number; rows sharing it are one ticket.
    spec(
        "ticket_no",
        QT_TRANSLATE_NOOP("Field", "Ticket number"),
        "identifier",
        "工单号|工单编号|会话ID|评价ID|Ticket ID|Ticket number|Ticket #|Case ID|Conversation ID"
        "|review_id",
    ),
    spec(
        "author",
        QT_TRANSLATE_NOOP("Field", "Message from"),
        "choice",
        "发送方|发言人|Author|From|Sender|Direction",
        choices=("customer", "seller", "note"),
    ),
    spec(
        "sent_at",
        QT_TRANSLATE_NOOP("Field", "Message time"),
        "datetime",
        "发送时间|消息时间|Sent at|Message time|Message date",
    ),
    spec("tags", QT_TRANSLATE_NOOP("Field", "Tags"), "text", "标签|Tags|Labels"),
    spec(
        "reason",
        QT_TRANSLATE_NOOP("Field", "Reason"),
        "text",
        "原因|退货原因|退款原因|Reason|Return reason|Refund reason",
    ),
    spec(
        "rating_scale",
        QT_TRANSLATE_NOOP("Field", "Score scale"),
        "choice",
        "评分类型|Score scale|Scale",
        choices=("csat", "nps"),
    ),
    spec(
        "snoozed_until",
        QT_TRANSLATE_NOOP("Field", "Snoozed until"),
        "datetime",
        "暂缓至|Snoozed until|Snooze until",
    ),
)
