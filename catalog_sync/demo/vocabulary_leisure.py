"""Word lists for Gifts & Decorations and Toys, Baby & Maternity.

Syntax in `catalog_sync.demo.vocabulary`. Prices are typical FOB ranges in USD per unit.
"""

SECTIONS = """
== gifts.home_decor | Home Decorations | 家居装饰品
i: Crafts | 工艺品 ; Home Decor | 家居饰品 ; Arts & Crafts | 工艺 ; Gifts | 礼品
n: photo frame | 相框 | pc | 0.5-8
n: wall art | 装饰画 | pc | 3-40
n: wall clock | 挂钟 | pc | 2-20
n: decorative mirror | 装饰镜 | pc | 8-80
m: modern | 现代 / vintage | 复古 / Nordic | 北欧
a: wood | 木质 ; metal | 金属 ; resin | 树脂
n: artificial flower | 仿真花 | pc | 0.2-5
n: artificial plant | 仿真植物 | pc | 2-60
n: dried flower bouquet | 干花花束 | pc | 1-10
m: UV resistant | 抗紫外线 ; wedding | 婚庆
a: silk | 丝绸 ; plastic | 塑料
n: vase | 花瓶 | pc | 1-25
n: flower basket | 花篮 | pc | 1-12
m: Nordic | 北欧 / modern | 现代 / vintage | 复古 ; handmade | 手工
a: ceramic | 陶瓷 ; glass | 玻璃 ; metal | 金属 ; rattan | 藤编
n: scented candle | 香薰蜡烛 | pc | 0.8-10
n: reed diffuser | 藤条香薰 | pc | 1.5-12
m: luxury | 轻奢 ; custom logo | 定制logo
a: soy wax | 大豆蜡 ; glass | 玻璃 ; ceramic | 陶瓷
t: 100g 200g 300g
n: candle holder | 烛台 | pc | 1-15
n: figurine | 摆件 | pc | 1-30
n: snow globe | 水晶球 | pc | 1-10
n: music box | 音乐盒 | pc | 1.5-15
m: handmade | 手工 ; custom | 定制
a: resin | 树脂 ; ceramic | 陶瓷 ; crystal | 水晶 ; metal | 金属

== gifts.festival | Festival & Party Supplies | 节日及派对用品
i: Crafts | 工艺品 ; Festival Products | 节日用品 ; Party Supplies | 派对用品
n: Christmas tree | 圣诞树 | pc | 5-300
m: pre-lit | 带灯 ; snow flocked | 植绒
a: PVC | PVC ; PE | PE
t: 1.2m 1.5m 1.8m 2.1m 2.4m
n: Christmas ornament | 圣诞挂饰 | pc | 0.1-3
n: Christmas ball | 圣诞球 | pc | 0.05-1
m: shatterproof | 防碎 ; handmade | 手工
a: glass | 玻璃 ; plastic | 塑料 ; felt | 毛毡
t: 6cm 8cm 10cm
n: Christmas wreath | 圣诞花环 | pc | 2-20
n: Christmas stocking | 圣诞袜 | pc | 0.5-5
n: Santa hat | 圣诞帽 | pc | 0.2-2
m: custom | 定制 ; pre-lit | 带灯
n: balloon | 气球 | pc | 0.01-0.3
m: biodegradable | 可降解
a: latex | 乳胶 ; foil | 铝膜
t: 10inch 12inch 18inch 36inch
n: party decoration set | 派对装饰套装 | set | 2-15
n: birthday banner | 生日横幅 | pc | 0.3-3
n: cake topper | 蛋糕插牌 | pc | 0.1-1.5
n: Ramadan decoration | 斋月装饰 | pc | 0.5-8
m: custom | 定制 ; eco-friendly | 环保
n: Halloween costume | 万圣节服装 | set | 2-15
n: Halloween mask | 万圣节面具 | pc | 0.5-6
m: kids | 儿童 / adult | 成人
n: Easter egg | 复活节彩蛋 | pc | 0.05-1
a: plastic | 塑料 ; wood | 木质

== gifts.premiums | Gifts & Promotional Products | 礼品及促销品
i: Gifts | 礼品 ; Crafts | 工艺品 ; Promotional Products | 促销品 ; Gifts & Crafts | 礼品工艺
n: enamel pin | 珐琅徽章 | pc | 0.15-1.5
n: medal | 奖牌 | pc | 0.5-5
n: challenge coin | 纪念币 | pc | 0.8-5
m: soft enamel | 软珐琅 / hard enamel | 硬珐琅 ; custom logo | 定制logo
a: zinc alloy | 锌合金 ; brass | 黄铜 ; iron | 铁
n: keychain | 钥匙扣 | pc | 0.1-2
n: lanyard | 挂绳 | pc | 0.1-1
n: fridge magnet | 冰箱贴 | pc | 0.1-1.5
m: custom logo | 定制logo
a: PVC | PVC ; acrylic | 亚克力 ; leather | 真皮 ; metal | 金属
n: corporate gift set | 商务礼品套装 | set | 5-40
n: promotional pen | 广告笔 | pc | 0.05-0.6
n: stress ball | 减压球 | pc | 0.1-0.8
n: bottle opener | 开瓶器 | pc | 0.1-2
m: custom logo | 定制logo ; eco-friendly | 环保
n: trophy | 奖杯 | pc | 2-40
m: custom | 定制
a: crystal | 水晶 ; metal | 金属 ; resin | 树脂
n: gift box | 礼品盒 | pc | 0.2-3
n: gift bag | 礼品袋 | pc | 0.05-1
n: jewelry box | 首饰盒 | pc | 1-15
m: custom logo | 定制logo ; eco-friendly | 环保
a: kraft paper | 牛皮纸 ; cardboard | 纸板 ; velvet | 丝绒

== gifts.garden | Gardening Products | 园艺用品
i: Garden Products | 园艺用品 ; Gardening | 园艺 ; Garden Tools | 园林工具
n: garden hose | 花园水管 | pc | 3-30
n: expandable garden hose | 伸缩水管 | pc | 4-20
m: kink-free | 防缠绕
a: PVC | PVC ; rubber | 橡胶
t: 15m 25m 30m 50m
n: pruning shears | 修枝剪 | pc | 1-10
n: garden tool set | 园艺工具套装 | set | 3-25
n: garden trowel | 园艺铲 | pc | 0.5-5
n: hose nozzle | 水枪 | pc | 0.8-6
m: ergonomic | 人体工学
a: stainless steel | 不锈钢 ; carbon steel | 碳钢
n: flower pot | 花盆 | pc | 0.3-20
n: planter | 种植箱 | pc | 3-60
n: hanging planter | 吊篮花盆 | pc | 1-8
n: raised garden bed | 高架种植床 | pc | 15-80
m: self-watering | 自吸水
a: ceramic | 陶瓷 ; plastic | 塑料 ; terracotta | 红陶
a: fiberglass | 玻璃钢 ; galvanized steel | 镀锌钢
n: garden statue | 花园雕像 | pc | 5-80
n: bird feeder | 喂鸟器 | pc | 1-10
n: wind chime | 风铃 | pc | 0.8-10
m: handmade | 手工
a: resin | 树脂 ; metal | 金属 ; wood | 木质
n: artificial grass | 人造草坪 | sqm | 1.5-8
m: UV resistant | 抗紫外线
t: 20mm 30mm 40mm
n: garden fence | 花园围栏 | pc | 2-30
a: wood | 木质 ; galvanized steel | 镀锌钢 ; WPC | WPC

== toys.toys | Toys | 玩具
i: Toys | 玩具 ; Toys & Gifts | 玩具礼品 ; Educational Toys | 益智玩具 ; Plastic Toys | 塑胶玩具
n: plush toy | 毛绒玩具 | pc | 0.5-15
n: stuffed animal | 毛绒公仔 | pc | 0.8-20
n: doll | 娃娃 | pc | 1-20
m: custom | 定制 ; cartoon | 卡通
t: 20cm 30cm 45cm 60cm
n: building blocks | 积木 | set | 2-60
n: puzzle | 拼图 | pc | 0.8-10
n: educational toy | 益智玩具 | pc | 1-20
n: Montessori toy | 蒙氏玩具 | pc | 1.5-25
n: STEM kit | STEM科学套装 | set | 3-30
m: eco-friendly | 环保
a: wood | 木质 ; plastic | 塑料
n: RC car | 遥控车 | pc | 5-80
n: drone | 无人机 | pc | 15-200
n: RC boat | 遥控船 | pc | 8-60
n: RC helicopter | 遥控直升机 | pc | 8-50
m: high speed | 高速 ; rechargeable | 可充电
t: 2.4GHz
n: ride-on car | 儿童电动车 | pc | 35-200
n: balance bike | 平衡车 | pc | 12-45
n: kids bike | 儿童自行车 | pc | 20-80
n: kids scooter | 儿童滑板车 | pc | 8-35
m: foldable | 可折叠
n: trampoline | 蹦床 | pc | 30-300
n: water gun | 水枪 | pc | 0.5-10
n: bubble machine | 泡泡机 | pc | 1-12
n: kids kitchen playset | 儿童厨房玩具 | set | 5-60
n: fidget toy | 解压玩具 | pc | 0.1-2
m: kids | 儿童

== toys.baby | Baby & Maternity Products | 孕婴童用品
i: Baby Products | 婴童用品 ; Maternal & Baby Products | 母婴用品 ; Children's Products | 儿童用品
n: baby stroller | 婴儿推车 | pc | 25-250
n: baby car seat | 儿童安全座椅 | pc | 25-150
n: baby carrier | 婴儿背带 | pc | 5-35
m: foldable | 可折叠 ; lightweight | 轻便 ; 3-in-1 | 三合一
t: EN1888 ECE-R129
n: high chair | 儿童餐椅 | pc | 10-60
n: baby crib | 婴儿床 | pc | 25-200
n: playpen | 游戏围栏 | pc | 15-80
n: baby walker | 学步车 | pc | 8-40
m: adjustable | 可调节 ; foldable | 可折叠
a: wood | 木质 ; plastic | 塑料
n: baby bottle | 奶瓶 | pc | 0.8-8
n: pacifier | 安抚奶嘴 | pc | 0.2-2
n: sippy cup | 学饮杯 | pc | 0.8-5
m: BPA free | 不含BPA ; anti-colic | 防胀气
a: silicone | 硅胶 ; glass | 玻璃 ; PPSU | PPSU
n: breast pump | 吸奶器 | pc | 8-60
m: electric | 电动 / manual | 手动 ; wearable | 穿戴式
n: baby bib | 围兜 | pc | 0.2-2
n: baby feeding set | 婴儿餐具套装 | set | 2-15
m: waterproof | 防水
a: silicone | 硅胶 ; bamboo | 竹
n: disposable diaper | 一次性纸尿裤 | pc | 0.04-0.15
m: ultra-thin | 超薄
t: S M L XL XXL
n: baby wipes | 婴儿湿巾 | pc | 0.2-1.5
m: fragrance-free | 无香
t: 80pcs 100pcs
n: diaper bag | 妈咪包 | pc | 5-25
m: waterproof | 防水 ; large capacity | 大容量

== toys.kids_wear | Kids' Wear | 童装
i: Garments | 服饰 ; Children's Wear | 童装 ; Apparel | 服装
n: baby romper | 婴儿连体衣 | pc | 1-8
n: kids T-shirt | 儿童T恤 | pc | 0.8-5
n: girls dress | 女童连衣裙 | pc | 2-15
n: kids hoodie | 儿童卫衣 | pc | 3-12
n: kids pajamas | 儿童睡衣 | set | 2-10
n: baby clothing set | 婴儿服装套装 | set | 2-12
n: kids jacket | 儿童外套 | pc | 4-25
n: school uniform | 校服 | set | 5-25
m: printed | 印花 ; cartoon | 卡通 ; long sleeve | 长袖 / short sleeve | 短袖
a: cotton | 纯棉 ; organic cotton | 有机棉 ; bamboo fiber | 竹纤维 ; polyester | 涤纶
n: kids shoes | 童鞋 | pair | 2-15
n: baby shoes | 婴儿鞋 | pair | 1-6
n: kids rain boots | 儿童雨靴 | pair | 2-8
m: anti-slip | 防滑 ; light-up | 发光
a: PU leather | PU皮 ; canvas | 帆布 ; rubber | 橡胶
"""

TRANSLATIONS = """
photo frame = es:m marco de fotos ; fr:m cadre photo ; pt:m porta-retrato ; ru:f фоторамка
  ar:m إطار صور ; ja フォトフレーム
wall clock = es:m reloj de pared ; fr:f horloge murale ; pt:m relógio de parede
  ru:p настенные часы ; ar:f ساعة حائط ; ja 掛け時計
artificial flower = es:f flor artificial ; fr:f fleur artificielle ; pt:f flor artificial
  ru:m искусственный цветок ; ar:f زهرة صناعية ; ja 造花
vase = es:m jarrón ; fr:m vase ; pt:m vaso ; ru:f ваза ; ar:f مزهرية ; ja 花瓶
scented candle = es:f vela aromática ; fr:f bougie parfumée ; pt:f vela aromática
  ru:f ароматическая свеча ; ar:f شمعة معطرة ; ja アロマキャンドル
Christmas tree = es:m árbol de Navidad ; fr:m sapin de Noël ; pt:f árvore de Natal
  ru:f новогодняя ёлка ; ar:f شجرة عيد الميلاد ; ja クリスマスツリー
Christmas ornament = es:m adorno navideño ; fr:f décoration de Noël ; pt:m enfeite de Natal
  ru:f ёлочная игрушка ; ar:f زينة عيد الميلاد ; ja クリスマスオーナメント
balloon = es:m globo ; fr:m ballon de baudruche ; pt:m balão ; ru:m воздушный шар
  ar:m بالون ; ja 風船
Ramadan decoration = es:f decoración de Ramadán ; fr:f décoration du Ramadan
  pt:f decoração do Ramadã ; ru:m декор к Рамадану ; ar:f زينة رمضان ; ja ラマダン飾り
keychain = es:m llavero ; fr:m porte-clés ; pt:m chaveiro ; ru:m брелок ; ar:f ميدالية مفاتيح
  ja キーホルダー
gift box = es:f caja de regalo ; fr:f boîte cadeau ; pt:f caixa de presente
  ru:f подарочная коробка ; ar:f علبة هدايا ; ja ギフトボックス
garden hose = es:f manguera de jardín ; fr:m tuyau d'arrosage ; pt:f mangueira de jardim
  ru:m садовый шланг ; ar:m خرطوم حديقة ; ja ガーデンホース
flower pot = es:f maceta ; fr:m pot de fleurs ; pt:m vaso de flores ; ru:m цветочный горшок
  ar:m أصيص زهور ; ja 植木鉢
artificial grass = es:m césped artificial ; fr:m gazon synthétique ; pt:f grama sintética
  ru:m искусственный газон ; ar:m عشب صناعي ; ja 人工芝
plush toy = es:m peluche ; fr:f peluche ; pt:m bicho de pelúcia ; ru:f мягкая игрушка
  ar:f دمية محشوة ; ja ぬいぐるみ
doll = es:f muñeca ; fr:f poupée ; pt:f boneca ; ru:f кукла ; ar:f دمية ; ja 人形
building blocks = es:p bloques de construcción ; fr:p blocs de construction ; ja ブロック玩具
  pt:p blocos de montar ; ru:m конструктор ; ar:m مكعبات بناء
puzzle = es:m rompecabezas ; fr:m puzzle ; pt:m quebra-cabeça ; ru:m пазл ; ar:m لغز تركيب
  ja パズル
educational toy = es:m juguete educativo ; fr:m jouet éducatif ; pt:m brinquedo educativo
  ru:f развивающая игрушка ; ar:f لعبة تعليمية ; ja 知育玩具
RC car = es:m coche teledirigido ; fr:f voiture télécommandée ; ja ラジコンカー
  pt:m carrinho de controle remoto ; ru:f радиоуправляемая машина ; ar:f سيارة تحكم عن بعد
drone = es:m dron ; fr:m drone ; pt:m drone ; ru:m дрон ; ar:f طائرة مسيرة ; ja ドローン
baby stroller = es:m cochecito de bebé ; fr:f poussette ; pt:m carrinho de bebê
  ru:f детская коляска ; ar:f عربة أطفال ; ja ベビーカー
baby car seat = es:f silla de coche para bebé ; fr:m siège auto bébé ; ja チャイルドシート
  pt:f cadeirinha de carro ; ru:n детское автокресло ; ar:m مقعد سيارة للأطفال
baby bottle = es:m biberón ; fr:m biberon ; pt:f mamadeira ; ru:f детская бутылочка
  ar:f رضاعة أطفال ; ja 哺乳瓶
disposable diaper = es:m pañal desechable ; fr:f couche jetable ; pt:f fralda descartável
  ru:m одноразовый подгузник ; ar:f حفاضة أطفال ; ja 紙おむつ
baby carrier = es:f mochila portabebés ; fr:m porte-bébé ; pt:m canguru para bebê
  ru:m слинг ; ar:f حمالة أطفال ; ja 抱っこ紐
high chair = es:f trona ; fr:f chaise haute ; pt:m cadeirão ; ru:m стульчик для кормления
  ar:m كرسي طعام للأطفال ; ja ベビーチェア
kids T-shirt = es:f camiseta infantil ; fr:m t-shirt enfant ; pt:f camiseta infantil
  ru:f детская футболка ; ar:m تيشيرت أطفال ; ja キッズTシャツ
kids shoes = es:p zapatos infantiles ; fr:p chaussures pour enfants ; ja キッズシューズ
  pt:p sapatos infantis ; ru:p детская обувь ; ar:f أحذية أطفال
"""
