"""Word pools for people and places, Chinese and international."""

from __future__ import annotations

SURNAMES = tuple(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴"
)
GIVEN = tuple(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉萍红鹏飞琳雪婷慧晨宇浩然欣怡子涵梓轩佳琪思雨"
    "诗雅梦瑶可馨一诺嘉怡俊凯晓彤文博天佑若曦雨桐"
)
NICKNAMES = ("小鱼儿", "橙子", "momo", "阿喵", "土豆", "桃子", "一颗柠檬", "星星", "木木", "豆豆",
             "小太阳", "Lily酱", "糖果", "南风", "半夏", "七七")

# (province, city, districts)
CN_PLACES = (
    ("浙江省", "杭州市", ("西湖区", "滨江区", "余杭区", "拱墅区")),
    ("上海市", "上海市", ("浦东新区", "徐汇区", "静安区", "闵行区")),
    ("北京市", "北京市", ("朝阳区", "海淀区", "东城区", "丰台区")),
    ("广东省", "广州市", ("天河区", "越秀区", "番禺区")),
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区")),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "江宁区")),
    ("江苏省", "苏州市", ("姑苏区", "工业园区", "吴中区")),
    ("四川省", "成都市", ("锦江区", "武侯区", "高新区")),
    ("湖北省", "武汉市", ("武昌区", "洪山区", "江汉区")),
    ("福建省", "厦门市", ("思明区", "湖里区")),
    ("陕西省", "西安市", ("雁塔区", "碑林区")),
    ("重庆市", "重庆市", ("渝中区", "江北区", "南岸区")),
    ("山东省", "青岛市", ("市南区", "崂山区")),
    ("湖南省", "长沙市", ("岳麓区", "天心区")),
)
CN_STREETS = ("文三路", "解放路", "人民路", "中山路", "建设路", "南京路", "长安街", "学院路",
              "滨江大道", "湖滨路", "解放大道", "科技路", "丽水路", "春熙路")

FIRST_NAMES = (
    "Emma", "Olivia", "Ava", "Sophia", "Mia", "Amelia", "Harper", "Evelyn", "Abigail", "Ella",
    "Grace", "Chloe", "Lucy", "Hannah", "Zoe", "Nora", "Isla", "Freya", "Maya", "Leah",
    "Liam", "Noah", "Oliver", "James", "Lucas", "Henry", "Ethan", "Jack", "Samuel", "Daniel",
    "Owen", "Leo", "Max", "Felix", "Theo", "Oscar", "Adam", "Ryan", "Nathan", "Tom",
    "Sofia", "Camille", "Lena", "Marta", "Anna", "Yuki", "Priya", "Aisha", "Carmen", "Ingrid",
)
LAST_NAMES = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor",
    "Anderson", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
    "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams",
    "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Evans", "Turner", "Parker",
    "Collins", "Murphy", "Cook", "Rogers", "Morgan", "Bell", "Murray", "Schmidt", "Müller",
    "Dubois", "Rossi", "Tanaka", "Nguyen", "Patel", "García", "Kowalski", "O'Brien", "Larsen",
)
EMAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com")

# country -> (share of international customers, phone format, cities, street names)
# The phone formats use # for a random digit.
INTL_PLACES = {
    "US": (48, "+1 ### ###-####", ("Portland, OR", "Austin, TX", "Brooklyn, NY", "Denver, CO",
                                   "Seattle, WA", "Chicago, IL", "San Diego, CA")),
    "GB": (12, "+44 7### ######", ("London", "Bristol", "Manchester", "Edinburgh", "Leeds")),
    "CA": (10, "+1 ### ###-####", ("Toronto, ON", "Vancouver, BC", "Montreal, QC")),
    "AU": (8, "+61 4## ### ###", ("Melbourne VIC", "Sydney NSW", "Brisbane QLD")),
    "DE": (7, "+49 15# #######", ("Berlin", "Hamburg", "München", "Köln")),
    "FR": (5, "+33 6 ## ## ## ##", ("Paris", "Lyon", "Bordeaux")),
    "JP": (4, "+81 90-####-####", ("Tokyo", "Osaka", "Kyoto")),
    "SG": (3, "+65 9### ####", ("Singapore",)),
    "NL": (3, "+31 6 ########", ("Amsterdam", "Utrecht", "Rotterdam")),
}
INTL_STREETS = ("Maple St", "Oak Ave", "Church Rd", "High St", "Park Lane", "Elm St",
                "Mill Road", "Bahnhofstraße", "Rue de la Paix", "Harbour Way")
