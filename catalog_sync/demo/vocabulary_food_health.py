# ruff: noqa: RUF001 - word lists in Cyrillic and CJK, not look-alike typos
"""Word lists for Food & Agricultural Products and Medicines, Health & Personal Care.

Syntax in `catalog_sync.demo.vocabulary`. Prices are typical FOB ranges in USD per unit:
commodities per ton, packed food per carton, as they are quoted in the trade.
"""

SECTIONS = """
== food.seafood | Aquatic Products & Meat | 水产及肉类
i: Foodstuffs | 食品 ; Aquatic Products | 水产 ; Seafood | 海产品 ; Food | 食品工业
n: frozen shrimp | 冷冻虾 | t | 4500-9000
n: frozen tilapia fillet | 冷冻罗非鱼片 | t | 2500-4500
n: frozen squid | 冷冻鱿鱼 | t | 1800-4000
n: frozen mackerel | 冷冻鲭鱼 | t | 900-1600
n: frozen pollock fillet | 冷冻狭鳕鱼片 | t | 2500-4000
m: wild caught | 野生 / farmed | 养殖
t: IQF BQF ; 10kg/carton 20kg/carton
n: canned tuna | 金枪鱼罐头 | ctn | 18-45
n: canned sardines | 沙丁鱼罐头 | ctn | 12-30
n: canned luncheon meat | 午餐肉罐头 | ctn | 20-40
m: halal | 清真 ; in oil | 油浸 / in brine | 盐水
t: 170g 185g 340g 425g
n: dried squid | 鱿鱼干 | kg | 8-25
n: dried kelp | 海带干 | kg | 1-3
n: dried shrimp | 虾皮 | kg | 5-15
m: sun-dried | 晒干 ; premium | 优质
n: frozen chicken feet | 冷冻鸡爪 | t | 1800-3000
n: frozen chicken wings | 冷冻鸡翅 | t | 2200-3500
n: frozen duck | 冷冻鸭 | t | 1800-2800
m: halal | 清真
t: grade-A ; 10kg/carton 15kg/carton

== food.agricultural | Agricultural Products & Tea | 农产品及茶叶
i: Agricultural Products | 农产品 ; Agriculture | 农业 ; Tea | 茶业 ; Foodstuffs | 食品
n: fresh garlic | 新鲜大蒜 | t | 700-1500
n: fresh ginger | 新鲜生姜 | t | 900-2000
n: fresh apple | 新鲜苹果 | t | 800-1400
n: mandarin orange | 蜜橘 | t | 600-1200
n: pomelo | 柚子 | t | 500-1000
n: potato | 土豆 | t | 200-450
n: onion | 洋葱 | t | 250-500
m: organic | 有机 ; premium | 优质
t: 10kg/carton 20kg/mesh-bag
n: walnut | 核桃 | t | 2500-5000
n: peanut | 花生 | t | 1000-1800
n: chestnut | 板栗 | t | 1500-3000
n: sunflower seeds | 葵花籽 | t | 1200-2000
m: roasted | 烘焙 / raw | 生 ; organic | 有机
n: dried shiitake mushroom | 干香菇 | kg | 6-20
n: goji berry | 枸杞 | kg | 5-15
n: red dates | 红枣 | kg | 2-6
n: black fungus | 黑木耳 | kg | 5-14
m: organic | 有机 ; sun-dried | 晒干
n: rice | 大米 | t | 400-900
n: soybean | 大豆 | t | 450-700
n: red kidney beans | 红芸豆 | t | 900-1500
n: buckwheat | 荞麦 | t | 600-1000
m: organic | 有机 ; non-GMO | 非转基因
t: 25kg/bag 50kg/bag
n: green tea | 绿茶 | kg | 5-80
n: black tea | 红茶 | kg | 5-60
n: oolong tea | 乌龙茶 | kg | 10-120
n: jasmine tea | 茉莉花茶 | kg | 6-50
n: pu'er tea | 普洱茶 | kg | 10-200
n: matcha powder | 抹茶粉 | kg | 12-60
m: organic | 有机 ; premium | 优质
t: EU-standard ; 2024 2025
n: tea bags | 袋泡茶 | ctn | 20-80
m: organic | 有机 ; custom logo | 定制logo

== food.processed | Processed Food & Beverages | 加工食品及饮料
i: Foodstuffs | 食品 ; Food Industry | 食品工业 ; Beverage | 饮料 ; Food Technology | 食品科技
n: instant noodles | 方便面 | ctn | 6-20
n: rice noodles | 米粉 | ctn | 10-30
n: frozen dumplings | 速冻饺子 | ctn | 15-40
m: halal | 清真 ; spicy | 香辣
n: biscuits | 饼干 | ctn | 8-30
n: candy | 糖果 | ctn | 10-40
n: chocolate | 巧克力 | ctn | 20-80
n: potato chips | 薯片 | ctn | 8-25
n: jelly | 果冻 | ctn | 8-25
m: sugar-free | 无糖 ; halal | 清真
n: soy sauce | 酱油 | ctn | 6-25
n: oyster sauce | 蚝油 | ctn | 8-30
n: chili sauce | 辣椒酱 | ctn | 8-30
n: vinegar | 醋 | ctn | 5-20
m: halal | 清真 ; naturally brewed | 酿造
t: 150ml 500ml 1.9L
n: seasoning powder | 调味粉 | kg | 1.5-6
m: halal | 清真
n: fruit juice | 果汁 | ctn | 8-25
n: energy drink | 能量饮料 | ctn | 8-22
n: coconut water | 椰子水 | ctn | 10-28
n: tapioca pearls | 珍珠粉圆 | ctn | 15-40
m: sugar-free | 无糖 ; private label | 贴牌
t: 250ml 330ml 500ml 1L
n: canned corn | 玉米罐头 | ctn | 8-20
n: canned mushrooms | 蘑菇罐头 | ctn | 10-25
n: canned peaches | 黄桃罐头 | ctn | 10-25
n: tomato paste | 番茄酱 | ctn | 8-25
m: private label | 贴牌
t: 400g 425g 850g 2.2kg

== health.medical | Medical Devices & Supplies | 医疗器械及耗材
i: Medical | 医疗 ; Medical Equipment | 医疗器械
i: Biotechnology | 生物科技 ; Medical Technology | 医疗科技
n: blood pressure monitor | 血压计 | pc | 5-30
n: pulse oximeter | 血氧仪 | pc | 2-15
n: infrared thermometer | 红外体温计 | pc | 3-15
n: digital thermometer | 电子体温计 | pc | 0.5-3
n: nebulizer | 雾化器 | pc | 8-40
n: glucose meter | 血糖仪 | pc | 4-20
m: portable | 便携式 ; rechargeable | 可充电
t: BT5.0 ; CE-MDR
n: wheelchair | 轮椅 | pc | 40-600
n: rollator | 助行器 | pc | 20-90
n: hospital bed | 病床 | pc | 150-2500
n: commode chair | 坐便椅 | pc | 15-60
m: electric | 电动 / manual | 手动 ; foldable | 可折叠
a: aluminium | 铝合金 ; steel | 钢制
n: oxygen concentrator | 制氧机 | pc | 150-800
n: patient monitor | 病人监护仪 | set | 300-3000
n: ultrasound scanner | 超声诊断仪 | set | 1500-20000
n: dental chair | 牙科椅 | set | 1500-8000
m: portable | 便携式
n: face mask | 口罩 | pc | 0.01-0.3
m: disposable | 一次性 ; medical | 医用
t: 3-ply ; Type-IIR
n: respirator | 防护口罩 | pc | 0.05-0.6
m: disposable | 一次性
t: KN95 FFP2 FFP3 N95 ; 5-ply
n: nitrile gloves | 丁腈手套 | ctn | 25-60
n: latex gloves | 乳胶手套 | ctn | 20-50
m: powder-free | 无粉 ; disposable | 一次性
t: S M L XL
n: syringe | 注射器 | pc | 0.02-0.2
n: gauze swab | 纱布块 | pc | 0.01-0.1
n: bandage | 绷带 | pc | 0.05-1
n: rapid test kit | 快速检测试剂盒 | pc | 0.3-3
n: first aid kit | 急救包 | pc | 2-20
m: sterile | 无菌 ; disposable | 一次性 ; medical | 医用

== health.personal_care | Personal Care & Cosmetics | 个人护理及化妆品
i: Cosmetics | 化妆品 ; Personal Care | 个人护理 ; Beauty | 美容 ; Daily Chemical | 日化
n: electric toothbrush | 电动牙刷 | pc | 3-25
n: electric shaver | 电动剃须刀 | pc | 3-30
n: hair clipper | 理发器 | pc | 3-25
n: facial cleansing brush | 洗脸仪 | pc | 3-20
m: rechargeable | 可充电 ; waterproof | 防水
t: IPX7 ; USB-C
n: hair dryer | 吹风机 | pc | 4-40
n: hair straightener | 直发器 | pc | 4-30
n: curling iron | 卷发棒 | pc | 3-25
m: professional | 专业 ; ionic | 负离子
n: massage gun | 筋膜枪 | pc | 12-60
n: neck massager | 颈部按摩仪 | pc | 6-30
n: eye massager | 眼部按摩仪 | pc | 8-35
m: portable | 便携式 ; rechargeable | 可充电
n: lipstick | 口红 | pc | 0.3-5
n: foundation | 粉底液 | pc | 0.8-8
n: eyeshadow palette | 眼影盘 | pc | 0.8-8
n: mascara | 睫毛膏 | pc | 0.4-4
n: nail polish | 指甲油 | pc | 0.2-3
m: waterproof | 防水 ; long-lasting | 持久 ; vegan | 纯素 ; private label | 贴牌
n: makeup brush set | 化妆刷套装 | set | 1-15
n: false eyelashes | 假睫毛 | pair | 0.1-3
m: vegan | 纯素 ; custom logo | 定制logo
a: synthetic hair | 人造纤维 ; mink | 貂毛
n: face cream | 面霜 | pc | 0.8-10
n: facial serum | 精华液 | pc | 1-12
n: sunscreen | 防晒霜 | pc | 0.8-8
n: sheet mask | 面膜 | pc | 0.05-1
n: facial cleanser | 洗面奶 | pc | 0.5-5
n: body lotion | 身体乳 | pc | 0.8-6
m: private label | 贴牌 ; organic | 有机
m: whitening | 美白 / anti-aging | 抗衰老 / moisturizing | 保湿
t: 30ml 50ml 100ml 200ml
n: shampoo | 洗发水 | pc | 0.5-6
n: shower gel | 沐浴露 | pc | 0.5-5
n: hand soap | 洗手液 | pc | 0.4-3
n: toothpaste | 牙膏 | pc | 0.2-2
n: perfume | 香水 | pc | 1-25
n: deodorant | 止汗露 | pc | 0.5-4
m: private label | 贴牌 ; organic | 有机

== health.supplements | Health Foods & Medicines | 保健品及医药
i: Pharmaceutical | 制药 ; Biotechnology | 生物科技
i: Health Products | 保健品 ; Herbal Extracts | 植物提取
n: vitamin C tablets | 维生素C片 | pc | 1-6
n: fish oil capsules | 鱼油胶囊 | pc | 2-8
n: probiotics | 益生菌 | pc | 2-10
n: multivitamin gummies | 复合维生素软糖 | pc | 1.5-6
m: private label | 贴牌 ; vegan | 纯素 ; halal | 清真
t: 60-count 90-count 120-count
n: collagen powder | 胶原蛋白粉 | kg | 15-60
n: protein powder | 蛋白粉 | kg | 6-20
m: private label | 贴牌 ; sugar-free | 无糖
n: ginseng extract | 人参提取物 | kg | 30-200
n: herbal extract | 植物提取物 | kg | 10-150
n: green tea extract | 绿茶提取物 | kg | 15-60
m: organic | 有机
t: 10:1 20:1 ; 50% 98%
n: paracetamol tablets | 对乙酰氨基酚片 | ctn | 20-80
n: amoxicillin capsules | 阿莫西林胶囊 | ctn | 30-120
n: ibuprofen tablets | 布洛芬片 | ctn | 20-90
t: 250mg 500mg ; GMP
"""

TRANSLATIONS = """
frozen shrimp = es:m camarón congelado ; fr:f crevette surgelée ; pt:m camarão congelado
  ru:f замороженная креветка ; ar:m روبيان مجمد ; ja 冷凍エビ
canned tuna = es:m atún en lata ; fr:m thon en conserve ; pt:m atum enlatado
  ru:m консервированный тунец ; ar:f تونة معلبة ; ja ツナ缶
fresh garlic = es:m ajo fresco ; fr:m ail frais ; pt:m alho fresco ; ru:m свежий чеснок
  ar:m ثوم طازج ; ja 生ニンニク
fresh ginger = es:m jengibre fresco ; fr:m gingembre frais ; pt:m gengibre fresco
  ru:m свежий имбирь ; ar:m زنجبيل طازج ; ja 生姜
green tea = es:m té verde ; fr:m thé vert ; pt:m chá verde ; ru:m зелёный чай ; ar:m شاي أخضر
  ja 緑茶
black tea = es:m té negro ; fr:m thé noir ; pt:m chá preto ; ru:m чёрный чай ; ar:m شاي أسود
  ja 紅茶
rice = es:m arroz ; fr:m riz ; pt:m arroz ; ru:m рис ; ar:m أرز ; ja 米
walnut = es:f nuez ; fr:f noix ; pt:f noz ; ru:m грецкий орех ; ar:m جوز ; ja クルミ
instant noodles = es:p fideos instantáneos ; fr:p nouilles instantanées ; ja インスタントラーメン
  pt:m macarrão instantâneo ; ru:f лапша быстрого приготовления ; ar:f نودلز سريعة التحضير
biscuits = es:p galletas ; fr:p biscuits ; pt:p biscoitos ; ru:n печенье ; ar:m بسكويت
  ja ビスケット
soy sauce = es:f salsa de soja ; fr:f sauce soja ; pt:m molho de soja ; ru:m соевый соус
  ar:f صلصة الصويا ; ja 醤油
fruit juice = es:m zumo de fruta ; fr:m jus de fruits ; pt:m suco de fruta ; ru:m фруктовый сок
  ar:m عصير فواكه ; ja フルーツジュース
face mask = es:f mascarilla ; fr:m masque ; pt:f máscara ; ru:f маска для лица ; ar:f كمامة
  ja マスク
nitrile gloves = es:p guantes de nitrilo ; fr:p gants en nitrile ; pt:p luvas de nitrilo
  ru:p нитриловые перчатки ; ar:m قفازات نتريل ; ja ニトリル手袋
blood pressure monitor = es:m tensiómetro ; fr:m tensiomètre ; pt:m medidor de pressão
  ru:m тонометр ; ar:m جهاز قياس ضغط الدم ; ja 血圧計
pulse oximeter = es:m pulsioxímetro ; fr:m oxymètre de pouls ; pt:m oxímetro de pulso
  ru:m пульсоксиметр ; ar:m مقياس التأكسج النبضي ; ja パルスオキシメーター
wheelchair = es:f silla de ruedas ; fr:m fauteuil roulant ; pt:f cadeira de rodas
  ru:f инвалидная коляска ; ar:m كرسي متحرك ; ja 車椅子
electric toothbrush = es:m cepillo de dientes eléctrico ; fr:f brosse à dents électrique
  pt:f escova de dentes elétrica ; ru:f электрическая зубная щётка
  ar:f فرشاة أسنان كهربائية ; ja 電動歯ブラシ
hair dryer = es:m secador de pelo ; fr:m sèche-cheveux ; pt:m secador de cabelo ; ru:m фен
  ar:m مجفف شعر ; ja ヘアドライヤー
lipstick = es:m pintalabios ; fr:m rouge à lèvres ; pt:m batom ; ru:f губная помада
  ar:m أحمر شفاه ; ja 口紅
sunscreen = es:m protector solar ; fr:f crème solaire ; pt:m protetor solar
  ru:m солнцезащитный крем ; ar:m واقي شمس ; ja 日焼け止め
shampoo = es:m champú ; fr:m shampooing ; pt:m xampu ; ru:m шампунь ; ar:m شامبو ; ja シャンプー
perfume = es:m perfume ; fr:m parfum ; pt:m perfume ; ru:p духи ; ar:m عطر ; ja 香水
vitamin C tablets = es:p comprimidos de vitamina C ; fr:p comprimés de vitamine C
  pt:p comprimidos de vitamina C ; ru:p таблетки витамина C ; ar:f أقراص فيتامين سي
  ja ビタミンCタブレット
collagen powder = es:m colágeno en polvo ; fr:f poudre de collagène ; pt:m colágeno em pó
  ru:m коллаген в порошке ; ar:m مسحوق الكولاجين ; ja コラーゲンパウダー
protein powder = es:f proteína en polvo ; fr:f protéine en poudre ; pt:f proteína em pó
  ru:m протеин ; ar:m مسحوق البروتين ; ja プロテインパウダー
"""
