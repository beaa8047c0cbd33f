"""The fields of a customers import: one customer per row."""

from __future__ import annotations

from shopkeeper.errors import QT_TRANSLATE_NOOP

from .common import CUSTOMER_ID, EMAIL, PHONE, spec

CUSTOMERS = (
    spec(
        "customer",
        QT_TRANSLATE_NOOP("Field", "Customer ID"),
        "identifier",
        "买家会员名|会员名|买家昵称|Customer|" + CUSTOMER_ID,
    ),
    spec(
        "name",
        QT_TRANSLATE_NOOP("Field", "Name"),
        "text",
        "姓名|名字|客户姓名|客户名称|客户|买家姓名|收货人姓名|收货人|Name|Full name|Customer name"
        "|Billing Name|Shipping Name",
    ),
    spec("email", QT_TRANSLATE_NOOP("Field", "Email"), "text", EMAIL),
    spec(
        "phone",
        QT_TRANSLATE_NOOP("Field", "Phone"),
        "identifier",
        PHONE + "|Default Address Phone",
    ),
    spec(
        "address",
        QT_TRANSLATE_NOOP("Field", "Address"),
        "text",
        "地址|收货地址|详细地址|联系地址|Address|Address1|Street|Shipping address|Billing address"
        "|Default Address Address1",
    ),
    spec("tags", QT_TRANSLATE_NOOP("Field", "Tags"), "text", "标签|客户标签|Tags"),
)
