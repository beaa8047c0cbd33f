"""Word pools for listings. Titles combine material × item × style, so they vary.

Every pool is written here: the demo uses no outside data.
"""

from __future__ import annotations

from typing import NamedTuple


class Item(NamedTuple):
    prefix: str  # SKU prefix
    slug: str
    cn: str
    en: str
    category_cn: str
    category_en: str
    family: str  # picks the materials
    options: str  # picks the option scheme
    low: int  # price range in 分
    high: int
    grams: int


ITEMS = (
    Item(
        "TS",
        "tee",
        "短袖T恤",
        "Crew Tee",
        "女装/男装",
        "Apparel",
        "textile",
        "apparel",
        4900,
        15900,
        220,
    ),
    Item(
        "SH",
        "shirt",
        "长袖衬衫",
        "Button-Down Shirt",
        "女装/男装",
        "Apparel",
        "textile",
        "apparel",
        12900,
        32900,
        300,
    ),
    Item(
        "DR",
        "dress",
        "连衣裙",
        "Midi Dress",
        "女装",
        "Apparel",
        "textile",
        "apparel",
        15900,
        59900,
        380,
    ),
    Item(
        "HD",
        "hoodie",
        "连帽卫衣",
        "Hoodie",
        "女装/男装",
        "Apparel",
        "textile",
        "apparel",
        15900,
        39900,
        600,
    ),
    Item(
        "CD",
        "cardigan",
        "针织开衫",
        "Cardigan",
        "女装",
        "Apparel",
        "knit",
        "apparel",
        19900,
        49900,
        450,
    ),
    Item(
        "PJ",
        "pajamas",
        "家居服套装",
        "Pajama Set",
        "家居服",
        "Sleepwear",
        "textile",
        "apparel",
        12900,
        29900,
        500,
    ),
    Item("SC", "scarf", "围巾", "Scarf", "配饰", "Accessories", "knit", "color", 6900, 25900, 180),
    Item(
        "SK",
        "socks",
        "中筒袜 3双装",
        "Socks (3 Pairs)",
        "配饰",
        "Accessories",
        "textile",
        "apparel",
        1990,
        5900,
        120,
    ),
    Item(
        "TT",
        "tea-towel",
        "茶巾",
        "Tea Towel",
        "家纺",
        "Home Textiles",
        "textile",
        "color",
        1990,
        6900,
        90,
    ),
    Item(
        "TB",
        "tablecloth",
        "桌布",
        "Tablecloth",
        "家纺",
        "Home Textiles",
        "textile",
        "cloth",
        8900,
        29900,
        700,
    ),
    Item(
        "PC",
        "cushion-cover",
        "抱枕套",
        "Cushion Cover",
        "家纺",
        "Home Textiles",
        "textile",
        "cushion",
        3900,
        12900,
        250,
    ),
    Item(
        "AP",
        "apron",
        "围裙",
        "Apron",
        "家纺",
        "Home Textiles",
        "textile",
        "color",
        5900,
        16900,
        260,
    ),
    Item("MG", "mug", "马克杯", "Mug", "餐具", "Tableware", "ceramic", "color", 3900, 12900, 380),
    Item(
        "BW", "bowl", "饭碗", "Rice Bowl", "餐具", "Tableware", "ceramic", "color", 2900, 8900, 300
    ),
    Item(
        "PL",
        "plate",
        "餐盘",
        "Dinner Plate",
        "餐具",
        "Tableware",
        "ceramic",
        "cutlery",
        4900,
        15900,
        650,
    ),
    Item(
        "TP", "teapot", "茶壶", "Teapot", "茶具", "Tea Ware", "ceramic", "color", 12900, 49900, 900
    ),
    Item(
        "TC",
        "tea-cup",
        "茶杯 两只装",
        "Tea Cups (Pair)",
        "茶具",
        "Tea Ware",
        "ceramic",
        "color",
        5900,
        19900,
        300,
    ),
    Item(
        "VS",
        "vase",
        "花瓶",
        "Bud Vase",
        "家居摆件",
        "Home Decor",
        "ceramic",
        "color",
        6900,
        29900,
        700,
    ),
    Item("TO", "tote", "托特包", "Tote Bag", "包袋", "Bags", "leather", "color", 6900, 39900, 400),
    Item(
        "WL", "wallet", "短款钱包", "Wallet", "包袋", "Bags", "leather", "color", 9900, 39900, 150
    ),
    Item(
        "CB",
        "cutting-board",
        "砧板",
        "Cutting Board",
        "厨房用品",
        "Kitchen",
        "wood",
        "board",
        5900,
        25900,
        1200,
    ),
    Item(
        "CO",
        "coasters",
        "杯垫 4片装",
        "Coasters (Set of 4)",
        "厨房用品",
        "Kitchen",
        "wood",
        "none",
        2900,
        8900,
        200,
    ),
    Item(
        "NB",
        "notebook",
        "笔记本",
        "Notebook",
        "文具",
        "Stationery",
        "paper",
        "paper",
        2500,
        8900,
        350,
    ),
    Item(
        "CN",
        "candle",
        "香薰蜡烛",
        "Scented Candle",
        "香薰",
        "Home Fragrance",
        "wax",
        "scent",
        6900,
        25900,
        450,
    ),
    Item(
        "ER", "earrings", "耳环", "Earrings", "饰品", "Jewelry", "metal", "finish", 5900, 45900, 20
    ),
)

MATERIALS = {
    "textile": (
        ("纯棉", "Cotton"),
        ("亚麻", "Linen"),
        ("棉麻", "Cotton-Linen"),
        ("真丝", "Silk"),
        ("莫代尔", "Modal"),
        ("有机棉", "Organic Cotton"),
        ("水洗棉", "Washed Cotton"),
        ("天丝", "Tencel"),
    ),
    "knit": (
        ("羊毛", "Merino Wool"),
        ("羊绒", "Cashmere"),
        ("马海毛", "Mohair"),
        ("针织棉", "Cotton Knit"),
    ),
    "ceramic": (
        ("手工陶瓷", "Handmade Ceramic"),
        ("粗陶", "Stoneware"),
        ("骨瓷", "Bone China"),
        ("青瓷", "Celadon"),
        ("柴烧陶", "Wood-Fired Clay"),
        ("窑变釉陶瓷", "Reactive Glaze"),
    ),
    "leather": (
        ("头层牛皮", "Full-Grain Leather"),
        ("植鞣皮", "Vegetable-Tanned Leather"),
        ("帆布", "Canvas"),
        ("油蜡帆布", "Waxed Canvas"),
    ),
    "wood": (("实木", "Acacia Wood"), ("竹制", "Bamboo"), ("胡桃木", "Walnut"), ("橡木", "Oak")),
    "paper": (("牛皮纸", "Kraft"), ("手工纸", "Handmade Paper"), ("布面", "Linen-Bound")),
    "wax": (("大豆蜡", "Soy Wax"), ("蜂蜡", "Beeswax"), ("椰子蜡", "Coconut Wax")),
    "metal": (("925银", "Sterling Silver"), ("黄铜", "Brass"), ("14K包金", "Gold-Filled")),
}

# Apparel titles name who it is for and the season; other items skip those.
AUDIENCE_CN = ("女", "男", "男女同款", "情侣款")
SEASON_CN = ("春季", "夏季", "秋冬", "四季")
STYLE_CN = (
    "宽松",
    "修身",
    "简约",
    "复古",
    "日式",
    "北欧风",
    "ins风",
    "小清新",
    "森系",
    "文艺",
    "百搭",
    "原创设计",
    "ins",
    "高级感",
    "手工",
)
EXTRA_CN = ("送礼", "礼盒装", "新款", "现货", "包邮", "限量")
PATTERN_EN = (
    "Striped",
    "Checked",
    "Floral",
    "Solid",
    "Botanical",
    "Speckled",
    "Hand-Painted",
    "Embroidered",
    "Minimal",
)
STYLE_EN = (
    "Relaxed Fit",
    "Slim Fit",
    "Minimalist",
    "Vintage",
    "Japanese-Style",
    "Nordic",
    "Boho",
    "Classic",
    "Handmade",
    "Everyday",
    "Gift Boxed",
    "Limited Edition",
)

# (Chinese value, English value, SKU code)
COLORS = (
    ("奶白色", "Cream", "CRM"),
    ("黑色", "Black", "BLK"),
    ("藏青色", "Navy", "NVY"),
    ("燕麦色", "Oat", "OAT"),
    ("雾霾蓝", "Dusty Blue", "BLU"),
    ("鼠尾草绿", "Sage", "SGE"),
    ("砖红色", "Brick Red", "RED"),
    ("芥末黄", "Mustard", "MUS"),
    ("浅灰色", "Light Grey", "GRY"),
    ("樱花粉", "Blush Pink", "PNK"),
)
SIZES = (("S", "S", "S"), ("M", "M", "M"), ("L", "L", "L"), ("XL", "XL", "XL"))
CLOTH_SIZES = (
    ("140×180cm", "140×180 cm", "140"),
    ("140×220cm", "140×220 cm", "220"),
    ("150×260cm", "150×260 cm", "260"),
)
CUSHION_SIZES = (
    ("45×45cm", "45×45 cm", "45"),
    ("50×50cm", "50×50 cm", "50"),
    ("30×50cm", "30×50 cm", "3050"),
)
PLATE_SIZES = (("8英寸", "8 in", "8IN"), ("10英寸", "10 in", "10IN"))
BOARD_SIZES = (("小号", "Small", "S"), ("中号", "Medium", "M"), ("大号", "Large", "L"))
PAPER_SIZES = (("A5", "A5", "A5"), ("A6", "A6", "A6"), ("B5", "B5", "B5"))
SCENTS = (
    ("雪松", "Cedar", "CDR"),
    ("白茶", "White Tea", "WTEA"),
    ("无花果", "Fig", "FIG"),
    ("柑橘", "Citrus", "CIT"),
    ("桂花", "Osmanthus", "OSM"),
)
FINISHES = (("金色", "Gold", "GLD"), ("银色", "Silver", "SLV"), ("玫瑰金", "Rose Gold", "RGD"))

# Option scheme -> ((Chinese name, English name, values), ...); bigger sizes cost more.
OPTION_SCHEMES = {
    "apparel": ((("颜色", "Color"), COLORS), (("尺码", "Size"), SIZES)),
    "color": ((("颜色", "Color"), COLORS),),
    "cloth": ((("颜色", "Color"), COLORS), (("尺寸", "Size"), CLOTH_SIZES)),
    "cushion": ((("颜色", "Color"), COLORS), (("尺寸", "Size"), CUSHION_SIZES)),
    "cutlery": ((("颜色", "Color"), COLORS), (("尺寸", "Size"), PLATE_SIZES)),
    "board": ((("规格", "Size"), BOARD_SIZES),),
    "paper": ((("颜色", "Color"), COLORS), (("规格", "Size"), PAPER_SIZES)),
    "scent": ((("香味", "Scent"), SCENTS),),
    "finish": ((("颜色", "Finish"), FINISHES),),
    "none": (),
}

FEATURES_CN = (
    "手感柔软，亲肤透气",
    "做工精细，每一件都经过质检",
    "小批量手工制作，每件略有不同",
    "简约百搭，日常通勤都合适",
    "可机洗，不易变形",
    "适合送礼，附赠礼盒和贺卡",
    "原创设计，独家款式",
    "耐用实用，越用越有味道",
)
CARE_CN = (
    "建议冷水手洗，避免暴晒。",
    "请勿使用漂白剂。",
    "可用于洗碗机和微波炉。",
    "首次使用前请用温水清洗。",
    "拍摄光线不同，颜色可能略有差异。",
)
FEATURES_EN = (
    "Soft to the touch and breathable",
    "Made in small batches, so each piece is unique",
    "Carefully finished and checked by hand",
    "An easy everyday piece",
    "Machine washable and keeps its shape",
    "Arrives gift-wrapped with a note card",
    "Our own design, made for this shop",
    "Built to last and gets better with use",
)
CARE_EN = (
    "Wash cold, dry flat.",
    "Do not bleach.",
    "Dishwasher and microwave safe.",
    "Rinse in warm water before first use.",
    "Colours may vary slightly from the photos.",
)

VENDORS_CN = ("莲织工作室", "景德镇青禾窑", "杭州布语纺织", "木与森手作", "拾光香薰")
VENDORS_EN = (
    "Lotus & Loom Studio",
    "Hearth Ceramics",
    "Northwind Textiles",
    "Grain & Grove",
    "Ember Candle Co.",
)
