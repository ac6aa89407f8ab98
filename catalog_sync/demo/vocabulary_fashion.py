"""Word lists for Textiles & Garments and Shoes, Bags & Fashion Accessories.

Syntax in `catalog_sync.demo.vocabulary`. Prices are typical FOB ranges in USD per unit
(fabrics per metre, yarn per kilogram).
"""

SECTIONS = """
== textiles.garments | Men's & Women's Clothing | 男女服装
i: Garments | 服饰 ; Apparel | 服装 ; Clothing | 制衣 ; Fashion | 时装
n: T-shirt | T恤 | pc | 1-8
n: polo shirt | POLO衫 | pc | 2.5-12
n: hoodie | 连帽卫衣 | pc | 4-18
n: sweatshirt | 卫衣 | pc | 3.5-15
n: dress shirt | 衬衫 | pc | 3-15
n: sweater | 毛衣 | pc | 5-30
m: men's | 男士 / women's | 女士 / unisex | 男女同款 ; oversized | 宽松 / slim fit | 修身
m: custom logo | 定制logo
a: cotton | 纯棉 ; organic cotton | 有机棉 ; polyester | 涤纶 ; linen | 亚麻 ; wool | 羊毛
t: 160gsm 180gsm 220gsm 280gsm 320gsm
n: jeans | 牛仔裤 | pc | 5-20
n: trousers | 长裤 | pc | 4-18
n: shorts | 短裤 | pc | 2-10
n: skirt | 半身裙 | pc | 3-15
n: dress | 连衣裙 | pc | 4-30
m: men's | 男士 / women's | 女士 ; high waist | 高腰 ; casual | 休闲
a: cotton | 纯棉 ; polyester | 涤纶 ; linen | 亚麻
n: jacket | 夹克 | pc | 8-40
n: down jacket | 羽绒服 | pc | 15-80
n: coat | 大衣 | pc | 15-90
n: windbreaker | 风衣 | pc | 8-35
n: puffer jacket | 棉服 | pc | 10-40
m: men's | 男士 / women's | 女士 ; waterproof | 防水 ; lightweight | 轻量 ; hooded | 连帽
a: polyester | 涤纶 ; nylon | 尼龙
n: suit | 西装 | set | 25-150
n: blazer | 西装外套 | pc | 10-50
m: men's | 男士 / women's | 女士 ; slim fit | 修身
a: wool | 羊毛 ; polyester | 涤纶 ; linen | 亚麻
n: bra | 文胸 | pc | 1.5-10
n: panties | 女士内裤 | pc | 0.3-3
n: boxer briefs | 男士平角内裤 | pc | 0.5-4
n: pajamas | 睡衣 | set | 3-15
n: socks | 袜子 | pair | 0.1-2
n: shapewear | 塑身衣 | pc | 3-15
m: seamless | 无痕 ; breathable | 透气
a: cotton | 纯棉 ; modal | 莫代尔 ; silk | 真丝 ; bamboo fiber | 竹纤维
n: work uniform | 工作服 | set | 5-25
n: safety vest | 反光背心 | pc | 0.5-4
n: coverall | 连体工作服 | pc | 5-25
n: chef uniform | 厨师服 | set | 5-20
n: medical scrubs | 医护服 | set | 5-20
m: reflective | 反光 ; flame retardant | 阻燃 ; custom logo | 定制logo
a: polyester cotton | 涤棉 ; cotton | 纯棉

== textiles.sportswear | Sports & Casual Wear | 运动及休闲服装
i: Sportswear | 运动服饰 ; Garments | 服饰 ; Apparel | 服装
n: yoga leggings | 瑜伽裤 | pc | 3-12
n: sports bra | 运动文胸 | pc | 2-10
n: tracksuit | 运动套装 | set | 8-35
n: running shorts | 跑步短裤 | pc | 2-8
n: gym T-shirt | 健身T恤 | pc | 2-8
n: cycling jersey | 骑行服 | pc | 6-25
n: swimsuit | 泳衣 | pc | 3-15
m: men's | 男士 / women's | 女士 ; quick-dry | 速干 ; seamless | 无痕
a: nylon spandex | 锦纶氨纶 ; polyester | 涤纶 ; recycled polyester | 再生涤纶
n: soccer jersey | 足球服 | set | 4-15
n: basketball uniform | 篮球服 | set | 5-18
n: team jacket | 队服外套 | pc | 8-25
m: custom | 定制 ; sublimated | 热升华
a: polyester | 涤纶
n: ski jacket | 滑雪服 | pc | 20-80
n: softshell jacket | 软壳外套 | pc | 12-45
n: fleece jacket | 抓绒外套 | pc | 6-25
m: men's | 男士 / women's | 女士 ; waterproof | 防水 ; windproof | 防风

== textiles.home | Home Textiles & Carpets | 家用纺织品及地毯
i: Home Textiles | 家纺 ; Textiles | 纺织 ; Carpet | 地毯
n: bed sheet set | 床单套装 | set | 6-40
n: duvet cover set | 被套套装 | set | 8-45
n: pillowcase | 枕套 | pc | 0.5-6
n: mattress protector | 床垫保护套 | pc | 4-15
m: queen size | 1.5米 / king size | 1.8米 / twin size | 1.2米 ; luxury | 轻奢
a: cotton | 纯棉 ; bamboo fiber | 竹纤维 ; microfiber | 超细纤维 ; linen | 亚麻 ; silk | 真丝
t: 200TC 300TC 400TC 600TC
n: pillow | 枕头 | pc | 1.5-15
n: comforter | 被子 | pc | 10-60
n: memory foam pillow | 记忆棉枕 | pc | 4-18
m: hypoallergenic | 防螨 ; hotel | 酒店
a: down | 羽绒 ; polyester | 涤纶
n: blanket | 毯子 | pc | 3-25
n: throw blanket | 沙发毯 | pc | 3-18
m: weighted | 加重 ; knitted | 针织
a: flannel | 法兰绒 ; sherpa | 羊羔绒 ; cotton | 纯棉
t: 127x152cm 150x200cm 200x230cm
n: towel | 毛巾 | pc | 0.5-5
n: bath towel | 浴巾 | pc | 2-12
n: beach towel | 沙滩巾 | pc | 2-10
n: bathrobe | 浴袍 | pc | 6-25
m: quick-dry | 速干 ; custom logo | 定制logo ; hotel | 酒店
a: cotton | 纯棉 ; microfiber | 超细纤维 ; bamboo fiber | 竹纤维
t: 400gsm 500gsm 600gsm
n: curtain | 窗帘 | pc | 3-30
n: blackout curtain | 遮光窗帘 | pc | 4-30
n: sheer curtain | 纱帘 | pc | 2-15
n: cushion cover | 抱枕套 | pc | 0.5-5
n: tablecloth | 桌布 | pc | 1-12
m: modern | 现代 / Nordic | 北欧 ; embroidered | 刺绣
a: polyester | 涤纶 ; linen | 亚麻 ; velvet | 丝绒 ; cotton | 纯棉
n: area rug | 地毯 | sqm | 3-40
n: door mat | 门垫 | pc | 1-8
n: carpet tile | 方块地毯 | sqm | 4-15
n: prayer rug | 礼拜毯 | pc | 3-20
m: anti-slip | 防滑 ; washable | 可水洗
a: wool | 羊毛 ; polyester | 涤纶 ; jute | 黄麻 ; nylon | 尼龙

== textiles.fabrics | Fabrics & Textile Materials | 面料及纺织原料
i: Textile | 纺织 ; Fabric | 面料 ; Textile Technology | 纺织科技
n: cotton fabric | 棉布 | m | 1-6
n: polyester fabric | 涤纶面料 | m | 0.4-3
n: denim fabric | 牛仔面料 | m | 2-6
n: linen fabric | 亚麻面料 | m | 3-10
n: silk fabric | 真丝面料 | m | 6-25
n: velvet fabric | 丝绒面料 | m | 1.5-6
n: fleece fabric | 摇粒绒面料 | m | 1-4
m: printed | 印花 / dyed | 染色 ; stretch | 弹力 ; waterproof | 防水
t: 100gsm 150gsm 200gsm 300gsm ; 150cm 280cm
n: lace | 蕾丝 | m | 0.3-5
n: ribbon | 丝带 | m | 0.02-0.5
m: embroidered | 刺绣 ; custom | 定制
a: polyester | 涤纶 ; cotton | 纯棉 ; satin | 缎面
n: zipper | 拉链 | pc | 0.02-0.5
n: button | 纽扣 | pc | 0.005-0.2
n: buckle | 扣具 | pc | 0.02-0.6
m: custom logo | 定制logo
a: metal | 金属 ; plastic | 塑料 ; resin | 树脂
n: polyester yarn | 涤纶纱线 | kg | 1-3
n: cotton yarn | 棉纱 | kg | 2-5
n: nylon yarn | 锦纶纱线 | kg | 2-5
n: wool yarn | 羊毛纱线 | kg | 6-25
m: recycled | 再生 ; dyed | 色纱 / raw white | 本白

== shoes_bags.shoes | Shoes | 鞋类
i: Shoes | 鞋业 ; Footwear | 鞋服 ; Shoe Materials | 鞋材
n: sneakers | 运动鞋 | pair | 5-25
n: running shoes | 跑步鞋 | pair | 6-28
n: casual shoes | 休闲鞋 | pair | 4-20
n: canvas shoes | 帆布鞋 | pair | 2.5-10
n: basketball shoes | 篮球鞋 | pair | 8-35
m: men's | 男士 / women's | 女士 ; breathable | 透气 ; lightweight | 轻量 ; custom logo | 定制logo
a: mesh | 网布 ; PU leather | PU皮 ; leather | 真皮
n: boots | 靴子 | pair | 8-45
n: safety shoes | 劳保鞋 | pair | 6-25
n: work boots | 工装靴 | pair | 10-40
n: rain boots | 雨靴 | pair | 3-12
n: snow boots | 雪地靴 | pair | 6-25
m: men's | 男士 / women's | 女士 ; waterproof | 防水 ; steel toe | 钢头
a: leather | 真皮 ; rubber | 橡胶 ; PVC | PVC
n: sandals | 凉鞋 | pair | 1.5-15
n: slippers | 拖鞋 | pair | 0.5-6
n: flip flops | 人字拖 | pair | 0.3-3
m: men's | 男士 / women's | 女士 ; anti-slip | 防滑
a: EVA | EVA ; PVC | PVC ; rubber | 橡胶
n: leather shoes | 皮鞋 | pair | 8-45
n: loafers | 乐福鞋 | pair | 7-35
n: oxford shoes | 牛津鞋 | pair | 10-45
m: men's | 男士 / women's | 女士 ; handmade | 手工
a: leather | 真皮 ; suede | 麂皮 ; patent leather | 漆皮
n: high heels | 高跟鞋 | pair | 5-30
m: pointed toe | 尖头
a: PU leather | PU皮 ; patent leather | 漆皮 ; suede | 麂皮

== shoes_bags.bags | Bags & Luggage | 箱包
i: Bags | 箱包 ; Leather Goods | 皮具 ; Luggage | 旅行箱包 ; Bags & Cases | 箱包皮具
n: backpack | 双肩包 | pc | 3-30
n: school backpack | 书包 | pc | 3-20
n: laptop backpack | 电脑双肩包 | pc | 5-30
n: hiking backpack | 登山包 | pc | 8-45
m: waterproof | 防水 ; anti-theft | 防盗 ; USB charging | 带USB充电 ; large capacity | 大容量
a: nylon | 尼龙 ; polyester | 涤纶 ; oxford cloth | 牛津布 ; canvas | 帆布
n: handbag | 手提包 | pc | 4-60
n: tote bag | 托特包 | pc | 0.8-20
n: shoulder bag | 单肩包 | pc | 3-40
n: crossbody bag | 斜挎包 | pc | 3-35
n: clutch bag | 手拿包 | pc | 3-30
m: women's | 女士 ; luxury | 轻奢 ; custom logo | 定制logo
a: PU leather | PU皮 ; leather | 真皮 ; canvas | 帆布 ; straw | 草编
n: suitcase | 行李箱 | pc | 15-80
n: luggage set | 行李箱套装 | set | 40-200
n: carry-on luggage | 登机箱 | pc | 15-60
n: travel bag | 旅行包 | pc | 5-30
m: spinner wheels | 万向轮 ; TSA lock | TSA海关锁
a: ABS | ABS ; PC | PC ; aluminium | 铝合金
t: 20inch 24inch 28inch
n: wallet | 钱包 | pc | 1-20
n: card holder | 卡包 | pc | 0.5-8
n: coin purse | 零钱包 | pc | 0.3-5
m: RFID blocking | 防RFID ; men's | 男士 / women's | 女士
a: leather | 真皮 ; PU leather | PU皮
n: belt bag | 腰包 | pc | 1.5-12
n: cosmetic bag | 化妆包 | pc | 0.8-8
n: insulated lunch bag | 保温午餐包 | pc | 1.5-8
n: toiletry bag | 洗漱包 | pc | 1-8
m: waterproof | 防水 ; custom logo | 定制logo
a: nylon | 尼龙 ; PU leather | PU皮 ; polyester | 涤纶

== shoes_bags.accessories | Fashion Accessories & Jewelry | 服饰配件及饰品
i: Fashion Accessories | 服饰配件 ; Jewelry | 饰品 ; Accessories | 配饰
n: sunglasses | 太阳镜 | pc | 0.8-15
n: optical frame | 眼镜框 | pc | 1.5-20
n: blue light glasses | 防蓝光眼镜 | pc | 0.8-6
n: reading glasses | 老花镜 | pc | 0.5-5
m: polarized | 偏光 ; men's | 男士 / women's | 女士 ; vintage | 复古
a: TR90 | TR90 ; acetate | 板材 ; metal | 金属 ; titanium | 钛
n: necklace | 项链 | pc | 0.3-20
n: earrings | 耳环 | pair | 0.2-15
n: bracelet | 手链 | pc | 0.2-15
n: ring | 戒指 | pc | 0.2-15
m: gold plated | 镀金 ; hypoallergenic | 防过敏
a: stainless steel | 不锈钢 ; 925 sterling silver | 925银 ; brass | 黄铜 ; titanium steel | 钛钢
n: baseball cap | 棒球帽 | pc | 0.8-6
n: bucket hat | 渔夫帽 | pc | 1-6
n: beanie | 针织帽 | pc | 0.6-5
n: sun hat | 遮阳帽 | pc | 1-8
n: scarf | 围巾 | pc | 1-15
m: custom logo | 定制logo ; embroidered | 刺绣 ; unisex | 男女同款
a: cotton | 纯棉 ; polyester | 涤纶 ; wool | 羊毛 ; acrylic | 腈纶
n: belt | 腰带 | pc | 1-15
m: men's | 男士 / women's | 女士 ; automatic buckle | 自动扣
a: leather | 真皮 ; PU leather | PU皮 ; canvas | 帆布
n: gloves | 手套 | pair | 0.5-10
m: touchscreen | 触屏 ; winter | 冬季
a: leather | 真皮 ; wool | 羊毛
n: hair clip | 发夹 | pc | 0.05-2
n: scrunchie | 发圈 | pc | 0.05-0.8
n: headband | 发箍 | pc | 0.1-2
a: acetate | 板材 ; silk | 真丝 ; velvet | 丝绒
n: quartz watch | 石英表 | pc | 3-40
n: mechanical watch | 机械表 | pc | 20-200
m: men's | 男士 / women's | 女士 ; waterproof | 防水
a: stainless steel | 不锈钢 ; leather | 真皮
t: 3ATM 5ATM 10ATM
"""

TRANSLATIONS = """
T-shirt = es:f camiseta ; fr:m t-shirt ; pt:f camiseta ; ru:f футболка ; ar:m تيشيرت ; ja Tシャツ
polo shirt = es:m polo ; fr:m polo ; pt:f camisa polo ; ru:f рубашка поло ; ar:m قميص بولو
  ja ポロシャツ
hoodie = es:f sudadera con capucha ; fr:m sweat à capuche ; pt:m moletom com capuz
  ru:n худи ; ar:f هودي ; ja パーカー
jeans = es:p vaqueros ; fr:m jean ; pt:f calça jeans ; ru:p джинсы ; ar:m جينز ; ja ジーンズ
dress = es:m vestido ; fr:f robe ; pt:m vestido ; ru:n платье ; ar:m فستان ; ja ワンピース
jacket = es:f chaqueta ; fr:f veste ; pt:f jaqueta ; ru:f куртка ; ar:f سترة ; ja ジャケット
down jacket = es:m plumífero ; fr:f doudoune ; pt:f jaqueta de penas ; ru:m пуховик
  ar:f سترة منفوخة ; ja ダウンジャケット
socks = es:p calcetines ; fr:p chaussettes ; pt:p meias ; ru:p носки ; ar:m جوارب ; ja 靴下
pajamas = es:m pijama ; fr:m pyjama ; pt:m pijama ; ru:f пижама ; ar:f بيجامة ; ja パジャマ
yoga leggings = es:p mallas de yoga ; fr:m legging de yoga ; pt:f legging de ioga
  ru:p леггинсы для йоги ; ar:m ليقنز يوغا ; ja ヨガレギンス
tracksuit = es:m chándal ; fr:m survêtement ; pt:m agasalho esportivo
  ru:m спортивный костюм ; ar:f بدلة رياضية ; ja ジャージ上下
swimsuit = es:m traje de baño ; fr:m maillot de bain ; pt:m maiô ; ru:m купальник
  ar:f ملابس سباحة ; ja 水着
bed sheet set = es:m juego de sábanas ; fr:f parure de draps ; pt:m jogo de lençol
  ru:m комплект постельного белья ; ar:m طقم شراشف ; ja シーツセット
pillow = es:f almohada ; fr:m oreiller ; pt:m travesseiro ; ru:f подушка ; ar:f وسادة ; ja 枕
blanket = es:f manta ; fr:f couverture ; pt:m cobertor ; ru:n одеяло ; ar:f بطانية ; ja 毛布
towel = es:f toalla ; fr:f serviette ; pt:f toalha ; ru:n полотенце ; ar:f منشفة ; ja タオル
bath towel = es:f toalla de baño ; fr:f serviette de bain ; pt:f toalha de banho
  ru:n банное полотенце ; ar:f منشفة حمام ; ja バスタオル
curtain = es:f cortina ; fr:m rideau ; pt:f cortina ; ru:f штора ; ar:f ستارة ; ja カーテン
area rug = es:f alfombra ; fr:m tapis ; pt:m tapete ; ru:m ковёр ; ar:f سجادة ; ja ラグ
prayer rug = es:f alfombra de oración ; fr:m tapis de prière ; pt:m tapete de oração
  ru:m молитвенный коврик ; ar:f سجادة صلاة ; ja 礼拝用マット
cotton fabric = es:m tejido de algodón ; fr:m tissu en coton ; pt:m tecido de algodão
  ru:f хлопковая ткань ; ar:m قماش قطني ; ja 綿生地
sneakers = es:p zapatillas deportivas ; fr:p baskets ; pt:m tênis ; ru:p кроссовки
  ar:m حذاء رياضي ; ja スニーカー
running shoes = es:p zapatillas para correr ; fr:p chaussures de course ; ja ランニングシューズ
  pt:m tênis de corrida ; ru:p беговые кроссовки ; ar:m حذاء جري
boots = es:p botas ; fr:p bottes ; pt:p botas ; ru:p ботинки ; ar:f أحذية طويلة ; ja ブーツ
sandals = es:p sandalias ; fr:p sandales ; pt:p sandálias ; ru:p сандалии ; ar:m صندل
  ja サンダル
slippers = es:p zapatillas de casa ; fr:p chaussons ; pt:p chinelos ; ru:p тапочки
  ar:m شبشب ; ja スリッパ
leather shoes = es:p zapatos de cuero ; fr:p chaussures en cuir ; pt:p sapatos de couro
  ru:p кожаные туфли ; ar:m حذاء جلدي ; ja 革靴
backpack = es:f mochila ; fr:m sac à dos ; pt:f mochila ; ru:m рюкзак ; ar:f حقيبة ظهر
  ja リュックサック
handbag = es:m bolso ; fr:m sac à main ; pt:f bolsa ; ru:f сумка ; ar:f حقيبة يد ; ja ハンドバッグ
tote bag = es:f bolsa tote ; fr:m sac cabas ; pt:f bolsa sacola ; ru:f сумка-шопер
  ar:f حقيبة تسوق ; ja トートバッグ
suitcase = es:f maleta ; fr:f valise ; pt:f mala de viagem ; ru:m чемодан ; ar:f حقيبة سفر
  ja スーツケース
wallet = es:f cartera ; fr:m portefeuille ; pt:f carteira ; ru:m кошелёк ; ar:f محفظة ; ja 財布
sunglasses = es:p gafas de sol ; fr:p lunettes de soleil ; pt:p óculos de sol
  ru:p солнцезащитные очки ; ar:f نظارة شمسية ; ja サングラス
necklace = es:m collar ; fr:m collier ; pt:m colar ; ru:n ожерелье ; ar:f قلادة ; ja ネックレス
baseball cap = es:f gorra de béisbol ; fr:f casquette de baseball ; pt:m boné de beisebol
  ru:f бейсболка ; ar:f قبعة بيسبول ; ja 野球帽
scarf = es:f bufanda ; fr:f écharpe ; pt:m cachecol ; ru:m шарф ; ar:m وشاح ; ja マフラー
belt = es:m cinturón ; fr:f ceinture ; pt:m cinto ; ru:m ремень ; ar:m حزام ; ja ベルト
"""
