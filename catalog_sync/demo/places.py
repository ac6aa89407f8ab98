"""Where the demo catalog's exhibitors come from and what their companies are called.

Company names at the fair follow "City + brand word + industry + legal suffix"
("Foshan Sunlight Lighting Co., Ltd." / "佛山阳光照明有限公司"); buyers search and
recognise them that way, so the demo builds them the same way from real city names,
weighted towards the provinces that send most exhibitors (Guangdong, Zhejiang,
Jiangsu, Fujian), and towards the industrial clusters a city is known for (Foshan
furniture, Yongkang hardware, Jinjiang shoes...).
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    """Whitespace-separated items of a word block (keeps long lists compact)."""
    return tuple(text.split())


#: Province (English, Chinese, relative weight) and its cities as "English 中文" pairs,
#: the most exhibiting city first.
PROVINCES: tuple[tuple[str, str, float, tuple[str, ...]], ...] = (
    (
        "Guangdong",
        "广东",
        30.0,
        (
            "Guangzhou 广州",
            "Foshan 佛山",
            "Shenzhen 深圳",
            "Dongguan 东莞",
            "Zhongshan 中山",
            "Jiangmen 江门",
            "Shantou 汕头",
            "Chaozhou 潮州",
            "Huizhou 惠州",
            "Zhuhai 珠海",
            "Jieyang 揭阳",
            "Zhaoqing 肇庆",
        ),
    ),
    (
        "Zhejiang",
        "浙江",
        22.0,
        (
            "Ningbo 宁波",
            "Yiwu 义乌",
            "Hangzhou 杭州",
            "Wenzhou 温州",
            "Taizhou 台州",
            "Jinhua 金华",
            "Yongkang 永康",
            "Shaoxing 绍兴",
            "Huzhou 湖州",
            "Jiaxing 嘉兴",
            "Cixi 慈溪",
            "Yuyao 余姚",
        ),
    ),
    (
        "Jiangsu",
        "江苏",
        10.0,
        (
            "Suzhou 苏州",
            "Wuxi 无锡",
            "Changzhou 常州",
            "Nanjing 南京",
            "Nantong 南通",
            "Yangzhou 扬州",
            "Kunshan 昆山",
            "Xuzhou 徐州",
            "Danyang 丹阳",
        ),
    ),
    (
        "Fujian",
        "福建",
        9.0,
        (
            "Xiamen 厦门",
            "Quanzhou 泉州",
            "Jinjiang 晋江",
            "Fuzhou 福州",
            "Putian 莆田",
            "Zhangzhou 漳州",
            "Dehua 德化",
        ),
    ),
    (
        "Shandong",
        "山东",
        8.0,
        (
            "Qingdao 青岛",
            "Linyi 临沂",
            "Jinan 济南",
            "Yantai 烟台",
            "Weifang 潍坊",
            "Zibo 淄博",
            "Weihai 威海",
        ),
    ),
    (
        "Hebei",
        "河北",
        4.0,
        (
            "Shijiazhuang 石家庄",
            "Baoding 保定",
            "Tangshan 唐山",
            "Cangzhou 沧州",
            "Xingtai 邢台",
            "Handan 邯郸",
        ),
    ),
    ("Shanghai", "上海", 3.0, ("Shanghai 上海",)),
    ("Henan", "河南", 2.0, ("Zhengzhou 郑州", "Luoyang 洛阳", "Xuchang 许昌")),
    ("Anhui", "安徽", 2.0, ("Hefei 合肥", "Wuhu 芜湖")),
    ("Hunan", "湖南", 2.0, ("Changsha 长沙", "Zhuzhou 株洲", "Liling 醴陵")),
    ("Jiangxi", "江西", 2.0, ("Nanchang 南昌", "Jingdezhen 景德镇", "Ganzhou 赣州")),
    ("Tianjin", "天津", 1.5, ("Tianjin 天津",)),
    ("Liaoning", "辽宁", 1.5, ("Dalian 大连", "Shenyang 沈阳")),
    ("Beijing", "北京", 1.0, ("Beijing 北京",)),
    ("Chongqing", "重庆", 1.0, ("Chongqing 重庆",)),
    ("Hubei", "湖北", 1.0, ("Wuhan 武汉",)),
    ("Sichuan", "四川", 1.0, ("Chengdu 成都",)),
    ("Guangxi", "广西", 0.5, ("Nanning 南宁",)),
    ("Shaanxi", "陕西", 0.5, ("Xi'an 西安",)),
)

#: Industrial clusters: a city is this many times likelier for these categories.
CLUSTER_BOOST = 6.0
CLUSTERS: dict[str, tuple[str, ...]] = {
    "Foshan": ("furniture", "lighting", "building", "household"),
    "Zhongshan": ("lighting", "electronics"),
    "Shenzhen": ("electronics", "energy"),
    "Dongguan": ("electronics", "furniture", "toys", "shoes_bags"),
    "Guangzhou": ("health", "textiles", "shoes_bags"),
    "Jiangmen": ("household", "building"),
    "Shantou": ("toys",),
    "Chaozhou": ("household", "gifts", "building"),
    "Yiwu": ("gifts", "office_sports", "household", "textiles"),
    "Ningbo": ("electronics", "household", "office_sports"),
    "Yongkang": ("hardware", "vehicles"),
    "Taizhou": ("vehicles", "machinery"),
    "Wenzhou": ("shoes_bags", "lighting"),
    "Jinhua": ("hardware", "vehicles"),
    "Hangzhou": ("textiles", "food"),
    "Shaoxing": ("textiles",),
    "Huzhou": ("furniture", "textiles"),
    "Changzhou": ("machinery", "energy"),
    "Wuxi": ("machinery", "energy"),
    "Suzhou": ("textiles", "machinery", "electronics"),
    "Nantong": ("textiles",),
    "Danyang": ("shoes_bags", "vehicles"),
    "Jinjiang": ("shoes_bags", "textiles"),
    "Putian": ("shoes_bags",),
    "Quanzhou": ("shoes_bags", "building"),
    "Xiamen": ("building", "office_sports", "food"),
    "Dehua": ("gifts", "household"),
    "Qingdao": ("food", "vehicles", "textiles"),
    "Linyi": ("building", "hardware"),
    "Yantai": ("food",),
    "Weifang": ("machinery",),
    "Zibo": ("household", "energy"),
    "Cangzhou": ("hardware", "machinery"),
    "Baoding": ("shoes_bags",),
    "Xingtai": ("vehicles",),
    "Luoyang": ("machinery",),
    "Xuchang": ("health",),
    "Zhuzhou": ("vehicles",),
    "Liling": ("household",),
    "Jingdezhen": ("gifts", "household"),
    "Dalian": ("food",),
    "Zhangzhou": ("food",),
}

#: Brand-ish words as "English|中文", "_" standing for a space (about a third of companies
#: use one of these, the rest a two-syllable pinyin name built from SYLLABLES).
BRAND_WORDS: tuple[str, ...] = _words(
    """
    Sunlight|阳光 Golden_Bridge|金桥 Evergreen|常青 Oriental|东方 Great_Wall|长城
    Rising_Sun|旭日 Pearl_River|珠江 Blue_Ocean|蓝海 Silver_Star|银星 Red_Star|红星
    Golden_Sun|金阳 Bright_Star|明星 Double_Happiness|双喜 Phoenix|凤凰 Flying_Dragon|飞龙
    Golden_Dragon|金龙 Lotus|莲花 Peony|牡丹 Orchid|兰花 Green_Bamboo|翠竹 Green_Pine|青松
    Crown|皇冠 Eagle|雄鹰 Tiger_Head|虎头 Panda|熊猫 White_Crane|白鹤 Star_River|星河
    Sky_Blue|天蓝 Harmony|和谐 Everbright|光大 Morning_Star|晨星 New_Century|新世纪
    Long_March|长征 Golden_Horse|金马 Silver_Moon|银月 Rainbow|彩虹 Spring|春天
    Four_Seasons|四季 Ocean_Wave|海浪 Mountain|高山 Sea_Star|海星 Kingdom|王国
    Victory|凯旋 Unity|联合 Diamond|钻石 Jade|翡翠 Crystal|水晶 Sunflower|向日葵
    Maple_Leaf|枫叶 Swallow|燕子 Magpie|喜鹊 Pegasus|天马 Galaxy|银河 Horizon|地平线
    East_Wind|东风 South_Sea|南海 North_Star|北极星 West_Lake|西湖 Yellow_River|黄河
    Yangtze|长江 Pioneer|先锋 Elite|精英 Excellence|卓越 Sincere|诚信 Smart_Way|智通
    Golden_Key|金钥匙 Lucky_Star|福星 Prosper|兴盛 Glory|荣耀 Triumph|凯胜 Vanguard|前锋
    """
)

#: Pinyin syllables with their characters, combined in pairs into brand names such as
#: "Hengtai" / "恒泰" (the commonest naming style of Chinese manufacturers).
SYLLABLES: tuple[str, ...] = _words(
    """
    heng|恒 tai|泰 xin|鑫 da|达 hua|华 mei|美 jin|金 long|隆 sheng|盛 feng|丰 yuan|源
    kang|康 rui|瑞 fu|富 xiang|祥 hong|宏 yi|亿 cheng|诚 li|利 bao|宝 tian|天 hai|海
    ming|明 guang|光 wei|伟 jia|佳 hui|汇 run|润 ke|科 chuang|创 yu|宇 de|德 an|安
    shun|顺 tong|通 ze|泽 zhong|中 bo|博 ying|盈 lian|联 xing|兴 chang|昌 hao|豪 kai|凯
    yong|永 rong|荣 sen|森 wang|旺 qiang|强 jie|杰 fa|发 gao|高 xin|新 ao|奥 bang|邦
    """
)

#: Legal suffixes of Chinese companies (English, Chinese, relative weight).
SUFFIXES: tuple[tuple[str, str, float], ...] = (
    ("Co., Ltd.", "有限公司", 40.0),
    ("Industrial Co., Ltd.", "实业有限公司", 12.0),
    ("Technology Co., Ltd.", "科技有限公司", 12.0),
    ("Import & Export Co., Ltd.", "进出口有限公司", 8.0),
    ("Trading Co., Ltd.", "贸易有限公司", 7.0),
    ("Manufacturing Co., Ltd.", "制造有限公司", 6.0),
    ("Products Co., Ltd.", "制品有限公司", 6.0),
    ("Group Co., Ltd.", "集团有限公司", 4.0),
    ("Industry Co., Ltd.", "工业有限公司", 5.0),
)

#: Exhibitors from outside mainland China: country, region, weight, company name
#: pattern ({brand} {industry}), Chinese name pattern or "" (no Chinese name), brands.
FOREIGN: tuple[tuple[str, str, float, str, str, tuple[str, ...]], ...] = (
    (
        "HK",
        "Hong Kong",
        35.0,
        "Hong Kong {brand} {industry} Limited",
        "香港{brand}{industry}有限公司",
        (),
    ),
    (
        "TW",
        "Taiwan",
        25.0,
        "Taiwan {brand} {industry} Co., Ltd.",
        "台湾{brand}{industry}股份有限公司",
        (),
    ),
    (
        "TR",
        "Istanbul",
        8.0,
        "{brand} {industry} A.Ş.",
        "",
        ("Anadolu", "Marmara", "Ege", "Yildiz"),
    ),
    ("IN", "Gujarat", 6.0, "{brand} {industry} Pvt. Ltd.", "", ("Shree Ganesh", "Sai", "Om")),
    ("VN", "Binh Duong", 5.0, "{brand} {industry} Co., Ltd.", "", ("Saigon", "Mekong", "Hoa Sen")),
    ("MY", "Selangor", 4.0, "{brand} {industry} Sdn. Bhd.", "", ("Malaya", "Borneo", "Harimau")),
    ("TH", "Bangkok", 4.0, "{brand} {industry} Co., Ltd.", "", ("Siam", "Chao Phraya", "Lanna")),
    ("KR", "Gyeonggi", 4.0, "{brand} {industry} Co., Ltd.", "", ("Hanil", "Daehan", "Seoul")),
    ("IT", "Lombardy", 3.0, "{brand} {industry} S.r.l.", "", ("Lombarda", "Alpina", "Milano")),
    ("PL", "Masovia", 2.0, "{brand} {industry} Sp. z o.o.", "", ("Polmex", "Wisla", "Mazovia")),
    ("EG", "Cairo", 2.0, "{brand} {industry} S.A.E.", "", ("Nile", "Delta", "Pharaoh")),
    (
        "BR",
        "São Paulo",
        2.0,
        "{brand} {industry} Ltda.",
        "",
        ("Paulista", "Tropical", "Atlântico"),
    ),
)

#: Exhibition halls of the fair complex: area -> hall numbers (booth "11.2K05" is hall
#: 11, floor 2, row K, stand 05).
HALL_AREAS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("A", (1, 2, 3, 4, 5, 6, 7, 8)),
    ("B", (9, 10, 11, 12, 13)),
    ("C", (14, 15, 16, 17)),
    ("D", (18, 19, 20, 21)),
)
BOOTH_ROWS = "ABCDEFGHJKLMN"
