"""The demo shop's canned replies: (category, language, title, text), with variables."""

from __future__ import annotations

CANNED_REPLIES = (
    ("售前", "zh", "问候", "亲，您好！我是{shop_name}的客服，很高兴为您服务，请问有什么可以帮您？"),
    (
        "售前",
        "zh",
        "尺码建议",
        "亲，{product_title}版型偏小，建议比平时大一码；身高体重发我帮您推荐～",
    ),
    ("售前", "zh", "现货说明", "亲，{product_title}有现货的哦，今天16点前下单当天发货～"),
    (
        "物流",
        "zh",
        "发货时间",
        "亲，{customer_name}您好，订单{order_no}会在48小时内发出，发货后会同步物流单号。",
    ),
    (
        "物流",
        "zh",
        "物流单号",
        "{customer_name}您好，订单{order_no}已发出，顺丰单号{tracking_no}，可以在顺丰小程序查询。",
    ),
    (
        "物流",
        "zh",
        "物流延迟致歉",
        "非常抱歉，{customer_name}，订单{order_no}因快递延误还未送达，"
        "我们已催促快递加急处理（单号{tracking_no}）。",
    ),
    (
        "退换货",
        "zh",
        "退货地址",
        "亲，退货请寄到：浙江省杭州市西湖区文三路88号 {shop_name} 收，"
        "请在包裹内附上订单号{order_no}。",
    ),
    (
        "退换货",
        "zh",
        "换货说明",
        "亲，{product_title}可以换的，请寄回后备注想换的尺码/颜色，收到后当天寄出新的。",
    ),
    (
        "退款",
        "zh",
        "退款已处理",
        "{customer_name}您好，订单{order_no}的退款{refund_amount}元已经处理，"
        "预计1-3个工作日原路退回。",
    ),
    ("评价", "zh", "好评感谢", "感谢{customer_name}的好评！期待您再次光临{shop_name}～"),
    (
        "评价",
        "zh",
        "差评回访",
        "{customer_name}您好，看到您对{product_title}不太满意，非常抱歉，"
        "我们可以为您退换，您看怎么处理比较好？",
    ),
    (
        "Pre-sale",
        "en",
        "Greeting",
        "Hi {customer_name}, thanks for getting in touch with {shop_name}! How can I help?",
    ),
    (
        "Pre-sale",
        "en",
        "Size advice",
        "Hi {customer_name}, the {product_title} runs slightly "
        "small, so take one size up if you're between sizes.",
    ),
    (
        "Shipping",
        "en",
        "Shipping time",
        "Hi {customer_name}, order {order_no} ships within 2 "
        "business days; you'll get the tracking number by email.",
    ),
    (
        "Shipping",
        "en",
        "Tracking number",
        "Hi {customer_name}, order {order_no} is on its way! Tracking number: {tracking_no}.",
    ),
    (
        "Shipping",
        "en",
        "Delay apology",
        "Hi {customer_name}, I'm sorry order {order_no} is running "
        "late. I've asked the courier to trace {tracking_no} and will update you within 24 hours.",
    ),
    (
        "Returns",
        "en",
        "Return instructions",
        "Hi {customer_name}, please send the {product_title} "
        "back unused within 30 days with order number {order_no} inside. I'll refund you as soon "
        "as it arrives.",
    ),
    (
        "Refunds",
        "en",
        "Refund issued",
        "Hi {customer_name}, the refund of {refund_amount} for "
        "order {order_no} has been issued. It usually shows on your statement within 5 business "
        "days.",
    ),
    (
        "Reviews",
        "en",
        "Thanks for the review",
        "Thank you so much for the lovely review, "
        "{customer_name}! It means a lot to a small shop like {shop_name}.",
    ),
    (
        "Reviews",
        "en",
        "Unhappy review",
        "Hi {customer_name}, I'm sorry the {product_title} let you "
        "down. I'd like to make it right: would you prefer a replacement or a refund?",
    ),
)
