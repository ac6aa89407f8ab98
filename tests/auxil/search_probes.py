"""A small hand-made catalog for the search tests: probe products plus seeded filler.

The probes carry the words the tests look for; the filler (a few hundred products of
other kinds, some sharing words such as "steel" or "bluetooth") makes ranking matter.
"""

from __future__ import annotations

import random

from bot.search import ProductDoc, SearchIndex, SearchResult, parse_query, search

_PROBES: list[tuple] = [
    # id, category, names, keywords, price, currency, moq, province, company
    ("KNIFE-1", "household.kitchenware",
     {"en": "Stainless Steel Kitchen Knives Set", "zh": "不锈钢厨房刀具套装",
      "es": "Juego de cuchillos de cocina de acero inoxidable"},
     ["knife set"], 12.5, "USD", 100, "Guangdong", "Yangjiang Sharp Cutlery Co., Ltd."),
    ("KNIFE-2", "household.kitchenware",
     {"en": "Professional chef knife stainless steel 8 inch", "zh": "专业不锈钢厨师刀"},
     [], 4.2, "USD", 200, "Guangdong", "Yangjiang Sharp Cutlery Co., Ltd."),
    ("KNIFE-3", "hardware.hand_tools", {"en": "Utility knife with snap-off blades"},
     ["cutter"], 0.8, "USD", 1000, "Zhejiang", "Yongkang Tools Co., Ltd."),
    ("WOK-1", "household.kitchenware", {"en": "Stainless steel wok 32cm", "zh": "不锈钢炒锅 32cm"},
     [], 9.0, "USD", 100, "Guangdong", "Chaoan Cookware Co., Ltd."),
    ("SPK-1", "electronics.consumer",
     {"en": "Portable Bluetooth Speaker 20W waterproof", "zh": "便携蓝牙音箱 20W 防水",
      "ru": "Портативная блютуз колонка 20W"},
     ["wireless speaker"], 9.8, "USD", 500, "Guangdong", "Shenzhen Sonic Audio Co., Ltd."),
    ("SPK-2", "electronics.consumer", {"en": "Wireless bluetooth speaker with LED light"},
     [], 15.0, "USD", 1000, "Zhejiang", "Ningbo Bright Audio Co., Ltd."),
    ("CHAIR-1", "furniture.office",
     {"en": "Ergonomic mesh office chair", "zh": "人体工学网布办公椅",
      "es": "Silla de oficina ergonómica", "ru": "Офисное кресло эргономичное",
      "ar": "كرسي مكتب مريح", "pt": "Cadeira de escritório ergonômica",
      "ja": "メッシュオフィスチェア"},
     [], 45.0, "USD", 50, "Zhejiang", "Anji Comfort Furniture Co., Ltd."),
    ("CHAIR-2", "furniture.office", {"en": "Swivel office chairs PU leather", "zh": "旋转办公椅"},
     [], 380.0, "CNY", 20, "Guangdong", "Foshan Seating Co., Ltd."),
    ("CHAIR-3", "furniture.outdoor", {"en": "Plastic garden chair stackable"},
     [], 6.0, "USD", 300, "Fujian", "Xiamen Garden Co., Ltd."),
    ("SILLA-1", "furniture.dining",
     {"en": "Wooden dining chair", "es": "Sillas de comedor de madera"},
     [], 22.0, "USD", 100, "Fujian", "Xiamen Garden Co., Ltd."),
    ("LED-1", "lighting.led",
     {"en": "Waterproof LED strip 5050 RGB XK-200", "zh": "防水LED灯带5050 RGB XK-200",
      "es": "Tira LED impermeable XK-200"},
     ["led strip", "rgb"], 1.2, "USD", 500, "Guangdong", "Zhongshan Light Co., Ltd."),
    ("LED-2", "lighting.led", {"en": "LED panel light 600x600 48W"},
     [], 8.0, "USD", 100, "Guangdong", "Zhongshan Light Co., Ltd."),
    ("MUG-1", "household.tableware",
     {"en": "Ceramic coffee mugs 11oz", "zh": "陶瓷马克杯", "fr": "Tasse en céramique"},
     [], 0.9, "USD", 1000, "Jiangxi", "Jingdezhen Porcelain Co., Ltd."),
    ("YOGA-1", "office_sports.fitness", {"en": "TPE yoga mat 6mm non-slip", "zh": "TPE瑜伽垫"},
     [], 3.5, "USD", 200, "Zhejiang", "Yiwu Fitness Co., Ltd."),
    ("PB-1", "electronics.consumer",
     {"en": "Power bank 20000mAh fast charging", "zh": "20000毫安充电宝"},
     [], 8.9, "USD", 100, "Guangdong", "Shenzhen Sonic Audio Co., Ltd."),
    ("SOLAR-1", "energy.solar", {"en": "Monocrystalline solar panel 550W", "zh": "单晶太阳能板"},
     [], 60.0, "USD", 10, "Jiangsu", "Changzhou Sun Power Co., Ltd."),
    ("TSHIRT-1", "textiles.garments", {"en": "Cotton T-shirts for men", "zh": "男士纯棉T恤"},
     [], 2.5, "USD", 500, "Fujian", "Jinjiang Apparel Co., Ltd."),
    ("BAG-1", "shoes_bags.bags", {"en": "Laptop backpack waterproof", "zh": "防水电脑双肩包"},
     [], 7.0, "USD", 300, "Fujian", "Quanzhou Bags Co., Ltd."),
    ("STROLLER-1", "toys.baby", {"en": "Foldable baby stroller", "zh": "折叠婴儿推车"},
     [], 35.0, "USD", 50, "Zhejiang", "Ningbo Baby Co., Ltd."),
    ("SHRIMP-1", "food.seafood", {"en": "Frozen shrimp IQF 10kg/carton", "zh": "冷冻虾"},
     [], 4000.0, "USD", 1, "Guangdong", "Zhanjiang Ocean Co., Ltd."),
    ("MASK-1", "health.medical", {"en": "Disposable face masks 3-ply", "zh": "一次性口罩"},
     [], 0.02, "USD", 10000, "Hubei", "Wuhan Medical Co., Ltd."),
    ("BOX-1", "household.storage", {"en": "Plastic storage boxes with lid"},
     [], 1.5, "USD", 1000, "Zhejiang", "Taizhou Plastic Co., Ltd."),
    ("CAFE-1", "food.beverage", {"en": "Café latte instant coffee powder"},
     [], 3.0, "EUR", 500, "Yunnan", "Pu'er Coffee Co., Ltd."),
]  # fmt: skip

# Filler nouns that no probe uses, with a category; adjectives overlap probe words.
_FILLER_NOUNS = [
    ("hammer", "hardware.hand_tools"), ("wrench", "hardware.hand_tools"),
    ("table lamp", "lighting.indoor"), ("bath towel", "textiles.home"),
    ("sofa", "furniture.living"), ("bicycle", "vehicles.bikes"), ("drill", "hardware.power"),
    ("umbrella", "household.daily"), ("coffee table", "furniture.living"),
    ("earphones", "electronics.consumer"), ("water bottle", "household.drinkware"),
    ("curtain", "textiles.home"), ("padlock", "hardware.locks"), ("tent", "office_sports.outdoor"),
    ("notebook", "office_sports.stationery"), ("teapot", "household.tableware"),
    ("wall clock", "gifts.decor"), ("photo frame", "gifts.decor"), ("doll", "toys.toys"),
    ("sneakers", "shoes_bags.shoes"), ("honey", "food.agricultural"), ("tire", "vehicles.parts"),
]  # fmt: skip
_FILLER_ADJECTIVES = [
    "steel",
    "bluetooth",
    "portable",
    "plastic",
    "wooden",
    "mini",
    "premium",
    "foldable",
    "classic",
    "smart",
    "stainless steel",
    "outdoor",
]
_PROVINCES = ["Guangdong", "Zhejiang", "Jiangsu", "Fujian", "Shandong", "Hebei"]


def probe_docs() -> list[ProductDoc]:
    return [
        ProductDoc(
            pid, f"EX-{company.split()[0]}", cat, names, kws, price, cur, moq, prov, company
        )
        for pid, cat, names, kws, price, cur, moq, prov, company in _PROBES
    ]


def filler_docs(count: int = 300, seed: int = 5) -> list[ProductDoc]:
    rng = random.Random(seed)
    docs = []
    for i in range(count):
        noun, cat = rng.choice(_FILLER_NOUNS)
        adjective = rng.choice(_FILLER_ADJECTIVES)
        code = f"{rng.choice('ABCDEFGH')}{rng.choice('KLMNP')}-{rng.randrange(100, 999)}"
        docs.append(
            ProductDoc(
                id=f"F{i:04d}",
                exhibitor_id=f"EX-F{i % 17}",
                category_id=cat,
                names={"en": f"{adjective.title()} {noun} {code}"},
                keywords=[noun],
                price_min=round(rng.uniform(0.5, 200), 2),
                currency="USD",
                moq=rng.choice([1, 10, 50, 100, 500, 1000]),
                province=rng.choice(_PROVINCES),
                exhibitor_name=f"Filler Trading {i % 17} Co., Ltd.",
            )
        )
    return docs


def all_docs() -> list[ProductDoc]:
    return probe_docs() + filler_docs()


def run(index: SearchIndex, text: str, limit: int = 10, offset: int = 0) -> SearchResult:
    return search(index, parse_query(text), limit=limit, offset=offset)


def ids(index: SearchIndex, text: str, limit: int = 10) -> list[str]:
    return [pid for pid, _ in run(index, text, limit).hits]
