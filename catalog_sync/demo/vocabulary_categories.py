"""The fair's 16 top categories: id | English | Chinese | phase they exhibit in.

Kept apart from `catalog_sync.demo.vocabulary`, which parses it, as data of its own.
"""

TOP_CATEGORIES_TEXT = """
electronics | Electronics & Household Appliances | 电子及家电 | 1
lighting | Lighting & Electrical | 照明及电气 | 1
vehicles | Vehicles & Spare Parts | 车辆及配件 | 1
machinery | Machinery & Industrial Equipment | 机械及工业设备 | 1
hardware | Hardware & Tools | 五金工具 | 1
building | Building & Decorative Materials | 建筑及装饰材料 | 1
energy | New Energy & Chemicals | 新能源及化工 | 1
household | Household Items & Kitchenware | 日用品及厨具 | 2
gifts | Gifts & Decorations | 礼品及装饰品 | 2
furniture | Furniture | 家具 | 2
toys | Toys, Baby & Maternity | 玩具及孕婴童用品 | 3
textiles | Textiles & Garments | 纺织服装 | 3
shoes_bags | Shoes, Bags & Fashion Accessories | 鞋类、箱包及服饰配件 | 3
food | Food & Agricultural Products | 食品及农产品 | 3
health | Medicines, Health & Personal Care | 医药保健及个人护理 | 3
office_sports | Office, Sports & Leisure | 办公、运动及休闲用品 | 3
"""
