"""What customers and the seller write to each other, in Chinese and English.

Placeholders: {name} customer, {product} listing title, {order_no}, {tracking}.
Threads alternate customer and seller; these pools follow that order.
"""

from __future__ import annotations

SUBJECTS = {
    "cn": {
        "question": (
            "{product} 有现货吗？",
            "请问{product}怎么选尺码",
            "{product} 什么时候发货",
            "可以开发票吗",
            "{product} 能送礼盒包装吗",
        ),
        "return": ("申请退货：订单{order_no}", "七天无理由退货 {order_no}", "退货退款咨询"),
        "exchange": ("换尺码：{product}", "想换个颜色 订单{order_no}", "换货申请"),
        "complaint": (
            "快递太慢了 订单{order_no}",
            "收到的商品有破损",
            "发错货了！",
            "客服一直不回复",
        ),
        "review": ("好评：{product}", "评价：{product}", "追评 订单{order_no}"),
    },
    "intl": {
        "question": (
            "Is the {product} in stock?",
            "Sizing question about {product}",
            "When will the {product} ship?",
            "Gift wrapping for {product}?",
            "Do you ship to my country?",
        ),
        "return": (
            "Return request for order {order_no}",
            "How do I return my order?",
            "Refund for {order_no}",
        ),
        "exchange": (
            "Exchange {product} for another size",
            "Wrong colour – can I swap?",
            "Exchange request {order_no}",
        ),
        "complaint": (
            "Still waiting for order {order_no}",
            "Item arrived damaged",
            "I received the wrong item",
            "No reply to my last message",
        ),
        "review": ("Review: {product}", "Feedback on order {order_no}", "Love the {product}!"),
    },
}

OPENERS = {
    "cn": {
        "question": (
            "亲，{product}还有货吗？今天下单什么时候能发？",
            "我身高165，体重52kg，穿什么码合适？",
            "请问这个是实物拍摄吗？颜色会不会有色差？",
            "买两件可以便宜点吗？",
        ),
        "return": (
            "你好，订单{order_no}的东西不太合适，想退货。",
            "收到了但是和想象的不一样，可以退吗？",
            "七天无理由退货，麻烦给个退货地址。",
        ),
        "exchange": (
            "{product}尺码偏小，想换大一码，可以吗？",
            "颜色和图片差别有点大，能换个颜色吗？",
        ),
        "complaint": (
            "下单一个星期了还没收到，物流一直不更新！",
            "收到的时候杯子碎了一个，包装太简单了。",
            "我买的是{product}，寄来的不是这个。",
        ),
        "review": (
            "质量很好，和图片一样，会回购！",
            "包装很用心，送朋友很有面子。",
            "东西不错，就是快递慢了点。",
            "一般般吧，做工有点粗糙。",
        ),
    },
    "intl": {
        "question": (
            "Hi! Is the {product} available right now? I'd need it within two weeks.",
            "Hello, does this run true to size? I'm usually a medium.",
            "Is the colour in the photos accurate?",
            "Can you ship to Canada?",
        ),
        "return": (
            "Hi, I'd like to return order {order_no}. It isn't quite what I expected.",
            "The {product} doesn't fit. How do I send it back?",
        ),
        "exchange": (
            "Could I exchange the {product} for the next size up?",
            "I ordered the wrong colour by mistake. Can I swap it?",
        ),
        "complaint": (
            "My order {order_no} still hasn't arrived and tracking hasn't moved.",
            "One of the pieces arrived chipped. Really disappointed.",
            "I received a different item from the one I ordered.",
        ),
        "review": (
            "Lovely quality, exactly as pictured. Will order again!",
            "Beautifully packed, arrived quickly. Thank you!",
            "Nice item but shipping took a while.",
            "It's okay, but smaller than expected.",
        ),
    },
}

REPLIES = {
    "cn": {
        "question": (
            "亲，{product}有现货的哦，今天16点前下单当天发货～",
            "亲，建议您选M码，版型偏宽松。",
            "亲，都是实物拍摄，不同屏幕可能有一点点色差哈。",
        ),
        "return": (
            "亲，可以的，请在订单页申请退货，退货地址已发您，收到后24小时内退款。",
            "好的亲，麻烦保持商品和吊牌完好，运费险会自动理赔。",
        ),
        "exchange": (
            "亲，可以换的，请把原件寄回，我们收到后马上给您发新的。",
            "好的，已经为您登记换货，新的尺码有现货。",
        ),
        "complaint": (
            "非常抱歉给您带来不好的体验！我们马上联系快递核实。",
            "亲，实在抱歉，麻烦拍一下破损的照片，我们给您补发或退款。",
        ),
        "review": ("谢谢亲的好评！欢迎下次再来～", "感谢您的反馈，我们会继续改进的！"),
    },
    "intl": {
        "question": (
            "Hi {name}, yes, it's in stock and ships within 1–2 business days.",
            "Hi {name}, it runs slightly large, so your usual size will be fine.",
            "Hi {name}, the photos are taken in daylight, so they're very close.",
        ),
        "return": (
            "Hi {name}, no problem. I've sent you the return label; the refund goes out "
            "as soon as it arrives.",
            "Sorry it didn't work out! Please send it back "
            "unused within 30 days and I'll refund you.",
        ),
        "exchange": (
            "Happy to swap it, {name}. Send it back and I'll ship the new one the same day.",
            "Of course! I've reserved the other size for you.",
        ),
        "complaint": (
            "I'm so sorry, {name}! I've opened a trace with the courier.",
            "I'm really sorry about that. Could you send a photo? I'll replace it right away.",
        ),
        "review": (
            "Thank you so much, {name}! Enjoy it.",
            "Thanks for the honest feedback, {name}. I'll pass it on to our maker.",
        ),
    },
}

FOLLOW_UPS = {
    "cn": {
        "question": ("好的，那我下单了。", "买两件可以便宜点吗？", "可以帮我备注送礼吗？"),
        "return": ("好的，已经寄回了，快递单号{tracking}。", "退货地址是哪里呀？"),
        "exchange": ("已经寄回了，快递单号{tracking}。", "新的大概什么时候能发？"),
        "complaint": (
            "照片已经发给你了，麻烦看一下。",
            "好的，我再等等看。",
            "那大概什么时候能到呢？",
        ),
        "review": ("下次还来买～", "朋友也想要同款，还有货吗？"),
    },
    "intl": {
        "question": (
            "Great, I'll place the order now.",
            "Is there a discount if I buy two?",
            "Could you add a gift note?",
        ),
        "return": ("Sent it back today, tracking {tracking}.", "Where should I send it?"),
        "exchange": ("Posted it today, tracking {tracking}.", "When will the new one ship?"),
        "complaint": (
            "Photos attached, thanks for checking.",
            "Okay, I'll wait a few more days.",
            "When can I expect it?",
        ),
        "review": ("Will definitely be back!", "My friend wants one too. Is it in stock?"),
    },
}
SELLER_MORE = {
    "cn": {
        "question": ("好的亲，已经给您备注了，今天就发出～", "亲，两件可以送您一个小礼品哦。"),
        "return": (
            "亲，已经收到了，退款已处理，请注意查收。",
            "亲，退货地址已发您，请注明订单号。",
        ),
        "exchange": ("亲，新的已经发出，单号{tracking}。", "亲，收到退回的商品后马上给您换新。"),
        "complaint": (
            "亲，已经给您补发了，单号{tracking}。",
            "亲，预计2-3天送达，请耐心等待哦。",
            "亲，已经为您办理退款，实在抱歉。",
        ),
        "review": ("有货的亲，欢迎带朋友来～", "谢谢亲的支持！"),
    },
    "intl": {
        "question": ("Done, {name}! It ships today.", "Buy two and I'll add a free gift."),
        "return": (
            "Got it, {name}. Your refund has been issued.",
            "The return label is in your inbox; please note the order number.",
        ),
        "exchange": (
            "The replacement is on its way, tracking {tracking}.",
            "As soon as it arrives I'll send the new size.",
        ),
        "complaint": (
            "A replacement is on its way, tracking {tracking}.",
            "It should arrive within 3–5 business days.",
            "I've refunded you in full. So sorry again.",
        ),
        "review": ("It is, {name}! Thanks for spreading the word.", "Thank you for the support!"),
    },
}
THANKS = {
    "cn": ("好的，谢谢！", "收到了，谢谢亲～", "好的，辛苦了。"),
    "intl": ("Perfect, thank you!", "Thanks so much for your help.", "Great, thanks!"),
}
CLOSINGS = {
    "cn": ("不客气，祝您生活愉快～有问题随时找我们。", "应该的亲，满意的话给个五星好评哦～"),
    "intl": (
        "You're welcome, {name}! Have a lovely day.",
        "My pleasure. Let me know if there's anything else!",
    ),
}

CANNED_REPLIES = (
    ("问候", "亲，您好！我是{shop_name}的客服，很高兴为您服务，请问有什么可以帮您？"),
    ("发货时间", "亲，{customer_name}您好，订单{order_no}会在48小时内发出，发货后会同步物流单号。"),
    (
        "退货地址",
        "亲，退货请寄到：浙江省杭州市西湖区文三路88号 {shop_name} 收，"
        "请在包裹内附上订单号{order_no}。",
    ),
    ("退款已处理", "{customer_name}您好，订单{order_no}的退款已经处理，预计1-3个工作日原路退回。"),
    ("尺码建议", "亲，这款版型偏宽松，建议按平时尺码选择；如果在两个尺码之间，选小一码。"),
    ("好评感谢", "感谢{customer_name}的好评！期待您再次光临{shop_name}～"),
    (
        "物流延迟致歉",
        "非常抱歉，{customer_name}，订单{order_no}因快递延误还未送达，我们已催促快递加急处理。",
    ),
    (
        "Greeting",
        "Hi {customer_name}, thanks for getting in touch with {shop_name}! How can I help?",
    ),
    (
        "Shipping time",
        "Hi {customer_name}, order {order_no} ships within 2 business days; "
        "you'll get the tracking number by email.",
    ),
    (
        "Return instructions",
        "Hi {customer_name}, please send order {order_no} back unused within "
        "30 days. I'll refund you as soon as it arrives.",
    ),
    (
        "Refund issued",
        "Hi {customer_name}, the refund for order {order_no} has been issued. It "
        "usually shows on your statement within 5 business days.",
    ),
    (
        "Size advice",
        "Hi {customer_name}, this style runs slightly large, so take your usual size "
        "or one down if you're between sizes.",
    ),
    (
        "Thanks for the review",
        "Thank you so much for the lovely review, {customer_name}! It "
        "means a lot to a small shop like {shop_name}.",
    ),
    (
        "Delay apology",
        "Hi {customer_name}, I'm sorry order {order_no} is running late. I've "
        "asked the courier to trace it and will update you within 24 hours.",
    ),
)
