"""Word lists for Office, Sports & Leisure.

Syntax in `catalog_sync.demo.vocabulary`. Prices are typical FOB ranges in USD per unit
(weights and bulk pet food per kilogram, cat litter per ton, as they are quoted).
"""

SECTIONS = """
== office_sports.stationery | Office & School Supplies | 办公及学生用品
i: Stationery | 文具 ; Office Supplies | 办公用品
i: Paper Products | 纸品 ; Cultural Products | 文化用品
n: ballpoint pen | 圆珠笔 | pc | 0.02-1
n: gel pen | 中性笔 | pc | 0.03-0.8
n: marker pen | 记号笔 | pc | 0.05-1
n: highlighter | 荧光笔 | pc | 0.05-0.6
n: fountain pen | 钢笔 | pc | 0.5-20
m: custom logo | 定制logo ; retractable | 按动 ; erasable | 可擦
a: plastic | 塑料 ; metal | 金属 ; bamboo | 竹
t: 0.5mm 0.7mm 1.0mm
n: pencil | 铅笔 | pc | 0.01-0.2
m: custom logo | 定制logo
a: wood | 木质
t: HB 2B
n: notebook | 笔记本 | pc | 0.2-5
n: planner | 计划本 | pc | 1-6
n: sketchbook | 素描本 | pc | 0.5-5
n: sticky notes | 便利贴 | pc | 0.05-0.8
m: spiral | 线圈 / hardcover | 硬面 ; custom logo | 定制logo
a: kraft paper | 牛皮纸 ; PU leather | PU皮 ; recycled paper | 再生纸
t: A4 A5 B5 ; 70gsm 80gsm 100gsm
n: A4 copy paper | A4复印纸 | ctn | 10-25
t: 70gsm 75gsm 80gsm
n: stapler | 订书机 | pc | 0.3-6
n: file folder | 文件夹 | pc | 0.05-1.5
n: desk organizer | 桌面收纳 | pc | 1-12
n: scissors | 剪刀 | pc | 0.15-2
n: tape dispenser | 胶带座 | pc | 0.5-4
m: heavy duty | 重型 ; custom logo | 定制logo
a: plastic | 塑料 ; metal | 金属
n: calculator | 计算器 | pc | 1-10
m: scientific | 科学 / desktop | 桌面 ; solar powered | 太阳能
t: 10-digit 12-digit
n: whiteboard | 白板 | pc | 3-60
m: magnetic | 磁性 ; mobile | 移动式
t: 60x90cm 90x120cm 120x240cm
n: crayon | 蜡笔 | set | 0.2-3
n: watercolor paint set | 水彩颜料套装 | set | 0.8-8
n: colored pencils | 彩色铅笔 | set | 0.3-5
n: acrylic paint set | 丙烯颜料套装 | set | 2-15
m: non-toxic | 无毒
t: 12-colour 24-colour 36-colour 48-colour

== office_sports.sports | Sports, Fitness & Outdoor | 运动健身及户外用品
i: Sporting Goods | 体育用品 ; Fitness Equipment | 健身器材
i: Sports | 运动 ; Outdoor Products | 户外用品
n: yoga mat | 瑜伽垫 | pc | 1.5-15
m: eco-friendly | 环保 ; anti-slip | 防滑 ; custom logo | 定制logo
a: TPE | TPE ; NBR | NBR ; natural rubber | 天然橡胶 ; cork | 软木 ; PU | PU
t: 6mm 8mm 10mm
n: resistance band | 弹力带 | pc | 0.3-3
n: jump rope | 跳绳 | pc | 0.3-3
n: foam roller | 泡沫轴 | pc | 1.5-8
n: yoga block | 瑜伽砖 | pc | 0.8-4
n: ab roller | 健腹轮 | pc | 2-10
m: custom logo | 定制logo ; adjustable | 可调节
n: dumbbell | 哑铃 | kg | 0.8-3
n: kettlebell | 壶铃 | kg | 0.9-2.5
n: weight plate | 杠铃片 | kg | 0.8-2.2
m: hex | 六角
a: cast iron | 铸铁 ; rubber coated | 包胶 ; neoprene | 浸塑
t: 2.5kg 5kg 10kg 20kg
n: adjustable dumbbell | 可调哑铃 | pc | 40-200
t: 24kg 40kg
n: treadmill | 跑步机 | pc | 120-1200
n: spinning bike | 动感单车 | pc | 80-500
n: rowing machine | 划船机 | pc | 120-800
n: elliptical trainer | 椭圆机 | pc | 150-900
n: home gym station | 综合训练器 | set | 200-1500
n: power rack | 深蹲架 | set | 150-900
m: foldable | 可折叠 ; commercial | 商用 / home | 家用
n: football | 足球 | pc | 2-25
n: basketball | 篮球 | pc | 3-30
n: volleyball | 排球 | pc | 2-20
m: official size | 标准 ; training | 训练用 / match | 比赛用
a: PU | PU ; PVC | PVC ; rubber | 橡胶
n: badminton racket | 羽毛球拍 | pc | 3-40
n: tennis racket | 网球拍 | pc | 8-80
n: pickleball paddle | 匹克球拍 | pc | 6-40
n: table tennis racket | 乒乓球拍 | pc | 2-25
m: professional | 专业 ; lightweight | 轻量
a: carbon fiber | 碳纤维 ; aluminium | 铝合金 ; fiberglass | 玻璃纤维
n: camping tent | 露营帐篷 | pc | 12-300
m: waterproof | 防水 ; ultralight | 超轻 ; automatic | 自动
t: 2-person 4-person 6-person
n: sleeping bag | 睡袋 | pc | 6-60
m: waterproof | 防水 ; ultralight | 超轻
t: -5℃ 0℃ 10℃
n: camping chair | 露营椅 | pc | 4-40
n: cooler box | 保温箱 | pc | 10-120
n: camping table | 露营桌 | pc | 8-60
m: portable | 便携式 ; foldable | 可折叠
a: aluminium | 铝合金 ; oxford cloth | 牛津布
n: fishing rod | 鱼竿 | pc | 3-80
m: telescopic | 伸缩
a: carbon fiber | 碳纤维 ; fiberglass | 玻璃纤维
t: 1.8m 2.1m 2.7m 3.6m
n: trekking poles | 登山杖 | pair | 3-20
m: foldable | 可折叠 ; telescopic | 伸缩
a: aluminium | 铝合金 ; carbon fiber | 碳纤维

== office_sports.pets | Pet Products | 宠物用品
i: Pet Products | 宠物用品 ; Pet Supplies | 宠物用品制造 ; Pet Food | 宠物食品
n: dog bed | 狗窝 | pc | 3-40
n: cat bed | 猫窝 | pc | 2-30
n: pet mat | 宠物垫 | pc | 1-12
m: washable | 可洗 ; calming | 安抚 ; orthopedic | 护脊
a: plush | 毛绒 ; cotton | 纯棉 ; oxford cloth | 牛津布
n: cat tree | 猫爬架 | pc | 10-120
a: sisal | 剑麻
t: 80cm 120cm 160cm
n: pet carrier | 宠物航空箱 | pc | 5-40
n: dog crate | 狗笼 | pc | 10-80
m: foldable | 可折叠 ; airline approved | 航空认证
a: plastic | 塑料 ; metal | 金属
n: dog leash | 狗牵引绳 | pc | 0.5-8
n: dog collar | 狗项圈 | pc | 0.3-6
n: dog harness | 狗胸背带 | pc | 1-10
m: reflective | 反光 ; adjustable | 可调节
a: nylon | 尼龙 ; leather | 真皮
n: pet bowl | 宠物碗 | pc | 0.3-6
m: slow feeder | 慢食 / elevated | 高脚
a: stainless steel | 不锈钢 ; ceramic | 陶瓷 ; silicone | 硅胶
n: automatic pet feeder | 自动喂食器 | pc | 12-60
n: pet water fountain | 宠物饮水机 | pc | 6-30
m: smart | 智能
t: WiFi ; 2L 4L 6L
n: dog toy | 狗玩具 | pc | 0.3-6
n: cat toy | 猫玩具 | pc | 0.2-5
n: pet grooming brush | 宠物梳 | pc | 0.5-6
a: rubber | 橡胶 ; plush | 毛绒 ; cotton rope | 棉绳
n: dry dog food | 狗粮 | kg | 1-4
n: cat food | 猫粮 | kg | 1.2-5
n: pet treats | 宠物零食 | kg | 3-12
m: grain-free | 无谷 ; freeze-dried | 冻干
n: cat litter | 猫砂 | t | 200-600
m: clumping | 结团 ; dust-free | 无尘
a: bentonite | 膨润土 ; tofu | 豆腐
"""

TRANSLATIONS = """
ballpoint pen = es:m bolígrafo ; fr:m stylo à bille ; pt:f caneta esferográfica
  ru:f шариковая ручка ; ar:m قلم حبر جاف ; ja ボールペン
notebook = es:m cuaderno ; fr:m cahier ; pt:m caderno ; ru:m блокнот ; ar:m دفتر ; ja ノート
stapler = es:f grapadora ; fr:f agrafeuse ; pt:m grampeador ; ru:m степлер ; ar:f دباسة
  ja ホッチキス
calculator = es:f calculadora ; fr:f calculatrice ; pt:f calculadora ; ru:m калькулятор
  ar:f آلة حاسبة ; ja 電卓
whiteboard = es:f pizarra blanca ; fr:m tableau blanc ; pt:m quadro branco
  ru:f маркерная доска ; ar:f سبورة بيضاء ; ja ホワイトボード
yoga mat = es:f esterilla de yoga ; fr:m tapis de yoga ; pt:m tapete de yoga
  ru:m коврик для йоги ; ar:f سجادة يوغا ; ja ヨガマット
resistance band = es:f banda elástica ; fr:f bande de résistance ; pt:m elástico extensor
  ru:f фитнес-резинка ; ar:m حزام مقاومة ; ja トレーニングチューブ
dumbbell = es:f mancuerna ; fr:m haltère ; pt:m haltere ; ru:f гантель ; ar:m دمبل ; ja ダンベル
treadmill = es:f cinta de correr ; fr:m tapis de course ; pt:f esteira ; ru:f беговая дорожка
  ar:m جهاز مشي ; ja ルームランナー
football = es:m balón de fútbol ; fr:m ballon de football ; pt:f bola de futebol
  ru:m футбольный мяч ; ar:f كرة قدم ; ja サッカーボール
basketball = es:m balón de baloncesto ; fr:m ballon de basket ; pt:f bola de basquete
  ru:m баскетбольный мяч ; ar:f كرة سلة ; ja バスケットボール
badminton racket = es:f raqueta de bádminton ; fr:f raquette de badminton ; ja バドミントンラケット
  pt:f raquete de badminton ; ru:f ракетка для бадминтона ; ar:m مضرب ريشة
camping tent = es:f tienda de campaña ; fr:f tente de camping ; pt:f barraca de camping
  ru:f туристическая палатка ; ar:f خيمة تخييم ; ja キャンプテント
sleeping bag = es:m saco de dormir ; fr:m sac de couchage ; pt:m saco de dormir
  ru:m спальный мешок ; ar:m كيس نوم ; ja 寝袋
camping chair = es:f silla de camping ; fr:f chaise de camping ; pt:f cadeira de camping
  ru:m туристический стул ; ar:m كرسي تخييم ; ja キャンプチェア
fishing rod = es:f caña de pescar ; fr:f canne à pêche ; pt:f vara de pesca ; ru:f удочка
  ar:f صنارة صيد ; ja 釣り竿
dog bed = es:f cama para perro ; fr:m panier pour chien ; pt:f cama para cachorro
  ru:m лежак для собаки ; ar:m سرير كلاب ; ja 犬用ベッド
cat tree = es:m árbol para gatos ; fr:m arbre à chat ; pt:m arranhador para gatos
  ru:m когтеточка-домик ; ar:f شجرة قطط ; ja キャットタワー
dog leash = es:f correa para perro ; fr:f laisse pour chien ; pt:f guia para cachorro
  ru:m поводок для собаки ; ar:m مقود كلب ; ja 犬用リード
pet bowl = es:m comedero para mascotas ; fr:f gamelle pour animaux ; ja ペット用食器
  pt:m comedouro para pets ; ru:f миска для животных ; ar:m وعاء طعام للحيوانات
dry dog food = es:m pienso para perros ; fr:p croquettes pour chien ; ja ドッグフード
  pt:f ração para cães ; ru:m сухой корм для собак ; ar:m طعام كلاب جاف
cat litter = es:f arena para gatos ; fr:f litière pour chat ; pt:f areia para gatos
  ru:m наполнитель для кошачьего туалета ; ar:m رمل القطط ; ja 猫砂
"""
