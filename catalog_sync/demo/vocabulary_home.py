# ruff: noqa: RUF001 - word lists in Cyrillic and CJK, not look-alike typos
"""Word lists for Household Items & Kitchenware and Furniture.

Syntax in `catalog_sync.demo.vocabulary`. Prices are typical FOB ranges in USD per unit.
"""

SECTIONS = """
== household.kitchenware | Kitchenware | 厨房用具
i: Kitchenware | 厨具 ; Kitchen Products | 厨房用品 ; Housewares | 日用品
n: kitchen knife | 菜刀 | pc | 1-15
n: chef knife | 厨师刀 | pc | 1.5-25
n: kitchen knife set | 厨房刀具套装 | set | 6-80
n: fruit knife | 水果刀 | pc | 0.3-3
n: kitchen scissors | 厨房剪刀 | pc | 0.6-5
m: professional | 专业 ; forged | 锻打
a: stainless steel | 不锈钢 ; Damascus steel | 大马士革钢 ; ceramic | 陶瓷
n: frying pan | 煎锅 | pc | 3-25
n: wok | 炒锅 | pc | 4-30
n: cookware set | 锅具套装 | set | 15-120
n: stock pot | 汤锅 | pc | 4-35
n: saucepan | 奶锅 | pc | 3-18
n: pressure cooker | 压力锅 | pc | 10-45
m: non-stick | 不粘 ; induction compatible | 电磁炉适用
a: stainless steel | 不锈钢 ; cast iron | 铸铁 ; aluminium | 铝合金 ; carbon steel | 碳钢
t: 20cm 24cm 28cm 32cm
n: cutting board | 砧板 | pc | 1-12
n: kitchen utensil set | 厨具套装 | set | 3-25
n: spatula | 锅铲 | pc | 0.3-3
n: whisk | 打蛋器 | pc | 0.3-2
n: peeler | 削皮器 | pc | 0.2-2
m: heat resistant | 耐热 ; eco-friendly | 环保
a: silicone | 硅胶 ; bamboo | 竹 ; stainless steel | 不锈钢 ; acacia wood | 相思木
n: food storage container | 保鲜盒 | pc | 0.5-6
n: lunch box | 饭盒 | pc | 1-8
n: bento box | 便当盒 | pc | 1.5-9
m: leakproof | 防漏 ; microwave safe | 可微波 ; BPA free | 不含BPA
a: glass | 玻璃 ; plastic | 塑料 ; stainless steel | 不锈钢
t: 500ml 800ml 1000ml 1500ml
n: spice rack | 调料架 | pc | 2-15
n: dish rack | 碗碟架 | pc | 3-25
n: kitchen shelf | 厨房置物架 | pc | 4-30
m: wall-mounted | 壁挂式 ; 2-tier | 双层 / 3-tier | 三层
a: stainless steel | 不锈钢 ; bamboo | 竹 ; carbon steel | 碳钢

== household.tableware | Tableware & Drinkware | 餐具及饮具
i: Tableware | 餐具 ; Ceramics | 陶瓷 ; Glassware | 玻璃制品 ; Drinkware | 杯业
n: ceramic mug | 陶瓷马克杯 | pc | 0.5-4
n: coffee cup and saucer | 咖啡杯碟 | set | 1-6
n: teapot | 茶壶 | pc | 2-20
m: custom logo | 定制logo ; handmade | 手工 ; Nordic | 北欧 / vintage | 复古
t: 11oz 12oz 15oz
n: dinner plate | 餐盘 | pc | 0.5-6
n: bowl | 碗 | pc | 0.3-4
n: dinnerware set | 餐具套装 | set | 8-60
m: handmade | 手工 ; Nordic | 北欧 / vintage | 复古 ; microwave safe | 可微波
a: porcelain | 瓷 ; stoneware | 炻瓷 ; bone china | 骨瓷 ; melamine | 密胺
n: glass cup | 玻璃杯 | pc | 0.2-3
n: wine glass | 红酒杯 | pc | 0.5-5
n: beer mug | 啤酒杯 | pc | 0.6-4
n: glass jar | 玻璃罐 | pc | 0.3-3
m: lead-free | 无铅 ; double wall | 双层 ; custom logo | 定制logo
a: borosilicate glass | 高硼硅玻璃 ; crystal | 水晶
t: 300ml 350ml 500ml
n: vacuum flask | 保温杯 | pc | 2-12
n: tumbler | 随行杯 | pc | 2-10
n: water bottle | 水瓶 | pc | 0.8-8
n: travel mug | 旅行杯 | pc | 2-9
m: insulated | 保温 ; leakproof | 防漏 ; custom logo | 定制logo
a: stainless steel | 不锈钢 ; Tritan | Tritan ; glass | 玻璃
t: 350ml 500ml 750ml 1L 20oz 30oz 40oz
n: cutlery set | 刀叉套装 | set | 2-30
n: chopsticks | 筷子 | pair | 0.05-2
n: spoon | 勺子 | pc | 0.05-1.5
n: fork | 叉子 | pc | 0.05-1.5
m: gold plated | 镀金 ; reusable | 可重复使用
a: stainless steel | 不锈钢 ; bamboo | 竹 ; wood | 木质

== household.items | Household & Cleaning Products | 家居及清洁用品
i: Household Products | 家居用品 ; Daily Necessities | 日用品 ; Plastic Products | 塑料制品
n: storage box | 收纳箱 | pc | 1-10
n: storage basket | 收纳篮 | pc | 1-8
n: clothes hanger | 衣架 | pc | 0.05-1
n: shoe rack | 鞋架 | pc | 4-30
n: laundry basket | 脏衣篮 | pc | 2-12
m: foldable | 可折叠 ; stackable | 可叠放
a: plastic | 塑料 ; bamboo | 竹 ; fabric | 布艺 ; metal | 金属
n: mop | 拖把 | pc | 1-12
n: spin mop | 旋转拖把 | set | 4-15
n: broom | 扫把 | pc | 0.5-4
n: cleaning brush | 清洁刷 | pc | 0.2-3
n: microfiber cloth | 超细纤维清洁布 | pc | 0.05-0.6
m: eco-friendly | 环保 ; reusable | 可重复使用
n: trash can | 垃圾桶 | pc | 1-25
m: pedal | 脚踏 / sensor | 感应
a: stainless steel | 不锈钢 ; plastic | 塑料
t: 10L 20L 30L 50L
n: towel rack | 毛巾架 | pc | 3-25
n: soap dispenser | 皂液器 | pc | 1-15
n: toothbrush holder | 牙刷架 | pc | 0.5-6
n: toilet paper holder | 卷纸架 | pc | 1-10
m: wall-mounted | 壁挂式 ; punch-free | 免打孔
a: stainless steel | 不锈钢 ; aluminium | 铝合金
n: shower curtain | 浴帘 | pc | 1-6
m: waterproof | 防水 ; mildew resistant | 防霉
a: polyester | 涤纶 ; PEVA | PEVA
n: bath mat | 浴室地垫 | pc | 1-8
m: anti-slip | 防滑 ; quick-dry | 速干
a: diatomite | 硅藻泥 ; microfiber | 超细纤维
n: garbage bag | 垃圾袋 | ctn | 8-30
n: cling film | 保鲜膜 | ctn | 15-40
n: aluminium foil roll | 铝箔纸 | ctn | 15-45
n: zipper bag | 自封袋 | ctn | 10-35
m: biodegradable | 可降解 ; heavy duty | 加厚
n: umbrella | 雨伞 | pc | 1-10
n: raincoat | 雨衣 | pc | 0.5-6
m: windproof | 防风 ; automatic | 自动 ; foldable | 可折叠

== furniture.office | Office Furniture | 办公家具
i: Furniture | 家具 ; Office Furniture | 办公家具 ; Furniture Manufacturing | 家具制造
n: office chair | 办公椅 | pc | 15-150
n: gaming chair | 电竞椅 | pc | 35-150
n: executive chair | 老板椅 | pc | 40-250
n: conference chair | 会议椅 | pc | 10-60
m: ergonomic | 人体工学 ; swivel | 旋转 ; adjustable | 可调节 ; high back | 高背 / mid back | 中背
a: mesh | 网布 ; PU leather | PU皮 ; leather | 真皮 ; fabric | 布艺
n: office desk | 办公桌 | pc | 40-400
n: standing desk | 升降桌 | pc | 80-350
n: computer desk | 电脑桌 | pc | 20-120
n: conference table | 会议桌 | pc | 120-1500
n: reception desk | 前台 | pc | 200-1500
n: office workstation | 办公卡位 | set | 80-400
m: modern | 现代
a: melamine board | 三聚氰胺板 ; solid wood | 实木 ; tempered glass | 钢化玻璃 ; steel | 钢制
t: 1200mm 1400mm 1600mm 1800mm
n: filing cabinet | 文件柜 | pc | 30-200
n: mobile pedestal | 活动柜 | pc | 25-90
n: steel locker | 铁皮更衣柜 | pc | 40-180
m: lockable | 带锁
t: 2-drawer 3-drawer 4-drawer
n: school desk and chair | 课桌椅 | set | 25-90
n: auditorium chair | 礼堂椅 | pc | 40-150
n: waiting chair | 候客椅 | set | 60-300
a: steel | 钢制 ; plywood | 多层板
t: 2-seater 3-seater 4-seater

== furniture.home | Living & Dining Room Furniture | 客厅及餐厅家具
i: Furniture | 家具 ; Home Furnishings | 家居 ; Furniture Manufacturing | 家具制造
n: sofa | 沙发 | pc | 120-1200
n: sofa bed | 沙发床 | pc | 120-600
n: recliner sofa | 功能沙发 | pc | 200-1200
n: sectional sofa | 转角沙发 | set | 300-1800
n: accent chair | 休闲椅 | pc | 40-250
n: ottoman | 脚凳 | pc | 15-80
m: modern | 现代 / Nordic | 北欧 / Italian style | 意式 ; luxury | 轻奢
a: fabric | 布艺 ; leather | 真皮 ; velvet | 丝绒 ; PU leather | PU皮
n: coffee table | 茶几 | pc | 25-300
n: TV stand | 电视柜 | pc | 40-400
n: side table | 边几 | pc | 10-100
n: bookshelf | 书架 | pc | 20-200
n: shoe cabinet | 鞋柜 | pc | 30-200
n: console table | 玄关桌 | pc | 40-300
m: modern | 现代 / Nordic | 北欧 / industrial style | 工业风
a: solid wood | 实木 ; MDF | 密度板 ; tempered glass | 钢化玻璃 ; metal | 金属
n: dining table | 餐桌 | pc | 60-800
n: dining chair | 餐椅 | pc | 12-120
n: dining set | 餐桌椅套装 | set | 150-1500
n: bar stool | 吧台椅 | pc | 15-90
m: modern | 现代 / Nordic | 北欧
a: solid wood | 实木 ; metal | 金属 ; rattan | 藤编

== furniture.bedroom | Bedroom Furniture & Mattresses | 卧室家具及床垫
i: Furniture | 家具 ; Home Furnishings | 家居 ; Mattress | 床垫
n: bed frame | 床架 | pc | 40-400
n: double bed | 双人床 | pc | 80-800
n: bunk bed | 双层床 | pc | 60-300
n: upholstered bed | 软床 | pc | 150-900
m: modern | 现代 ; storage | 储物
a: solid wood | 实木 ; metal | 金属 ; fabric | 布艺
t: 1.5m 1.8m
n: mattress | 床垫 | pc | 40-400
n: spring mattress | 弹簧床垫 | pc | 50-350
n: memory foam mattress | 记忆棉床垫 | pc | 45-300
n: latex mattress | 乳胶床垫 | pc | 80-500
m: queen size | 1.5米 / king size | 1.8米 / twin size | 1.2米 ; roll-packed | 卷装
t: 20cm 25cm 30cm
n: wardrobe | 衣柜 | pc | 60-600
n: nightstand | 床头柜 | pc | 15-120
n: chest of drawers | 斗柜 | pc | 40-300
n: dressing table | 梳妆台 | pc | 40-300
m: modern | 现代 / Nordic | 北欧
a: solid wood | 实木 ; MDF | 密度板 ; melamine board | 三聚氰胺板

== furniture.outdoor | Outdoor Furniture | 户外家具
i: Outdoor Furniture | 户外家具 ; Furniture | 家具 ; Leisure Products | 休闲用品
n: patio furniture set | 庭院家具套装 | set | 120-1500
n: garden chair | 花园椅 | pc | 10-120
n: sun lounger | 躺椅 | pc | 30-250
n: outdoor sofa | 户外沙发 | set | 200-1800
n: garden bench | 花园长椅 | pc | 30-200
n: outdoor dining table | 户外餐桌 | pc | 60-600
m: weatherproof | 防风雨 ; foldable | 可折叠 ; modern | 现代
a: PE rattan | PE藤 ; teak | 柚木 ; aluminium | 铝合金 ; wrought iron | 铁艺
n: patio umbrella | 庭院遮阳伞 | pc | 15-150
n: hammock | 吊床 | pc | 3-40
n: swing chair | 吊椅 | pc | 40-300
n: gazebo | 凉亭 | set | 60-800
m: UV protection | 防紫外线 ; foldable | 可折叠
a: aluminium | 铝合金 ; polyester | 涤纶
"""

TRANSLATIONS = """
kitchen knife = es:m cuchillo de cocina ; fr:m couteau de cuisine ; pt:f faca de cozinha
  ru:m кухонный нож ; ar:f سكين مطبخ ; ja 包丁
chef knife = es:m cuchillo de chef ; fr:m couteau de chef ; pt:f faca de chef
  ru:m поварской нож ; ar:f سكين طاهي ; ja 牛刀
frying pan = es:f sartén ; fr:f poêle ; pt:f frigideira ; ru:f сковорода ; ar:f مقلاة
  ja フライパン
cookware set = es:m juego de ollas ; fr:f batterie de cuisine ; pt:m jogo de panelas
  ru:m набор посуды ; ar:f طقم أواني طهي ; ja 調理器具セット
pressure cooker = es:f olla a presión ; fr:m autocuiseur ; pt:f panela de pressão
  ru:f скороварка ; ar:m قدر ضغط ; ja 圧力鍋
cutting board = es:f tabla de cortar ; fr:f planche à découper ; pt:f tábua de corte
  ru:f разделочная доска ; ar:m لوح تقطيع ; ja まな板
food storage container = es:m recipiente para alimentos ; fr:f boîte de conservation
  pt:m pote para alimentos ; ru:m контейнер для еды ; ar:f علبة حفظ الطعام ; ja 保存容器
lunch box = es:f fiambrera ; fr:f boîte à lunch ; pt:f marmita ; ru:m ланч-бокс
  ar:f علبة غداء ; ja 弁当箱
ceramic mug = es:f taza de cerámica ; fr:m mug en céramique ; pt:f caneca de cerâmica
  ru:f керамическая кружка ; ar:m كوب سيراميك ; ja 陶器マグカップ
dinner plate = es:m plato llano ; fr:f assiette plate ; pt:m prato raso ; ru:f обеденная тарелка
  ar:m طبق عشاء ; ja ディナープレート
bowl = es:m cuenco ; fr:m bol ; pt:f tigela ; ru:f миска ; ar:m وعاء ; ja ボウル
dinnerware set = es:f vajilla ; fr:m service de table ; pt:m aparelho de jantar
  ru:m столовый сервиз ; ar:m طقم أطباق ; ja 食器セット
glass cup = es:m vaso de vidrio ; fr:m verre ; pt:m copo de vidro ; ru:m стеклянный стакан
  ar:m كوب زجاجي ; ja ガラスコップ
wine glass = es:f copa de vino ; fr:m verre à vin ; pt:f taça de vinho ; ru:m бокал для вина
  ar:f كأس نبيذ ; ja ワイングラス
vacuum flask = es:m termo ; fr:f bouteille isotherme ; pt:f garrafa térmica ; ru:m термос
  ar:m ترمس ; ja 魔法瓶
water bottle = es:f botella de agua ; fr:f gourde ; pt:f garrafa de água
  ru:f бутылка для воды ; ar:f زجاجة ماء ; ja ウォーターボトル
tumbler = es:m vaso térmico ; fr:m gobelet isotherme ; pt:m copo térmico ; ru:f термокружка
  ar:m كوب حافظ للحرارة ; ja タンブラー
cutlery set = es:m juego de cubiertos ; fr:f ménagère ; pt:m faqueiro ; ja カトラリーセット
  ru:m набор столовых приборов ; ar:m طقم أدوات مائدة
chopsticks = es:p palillos ; fr:p baguettes ; pt:p hashis ; ru:p палочки для еды
  ar:f عيدان أكل ; ja 箸
storage box = es:f caja de almacenaje ; fr:f boîte de rangement ; pt:f caixa organizadora
  ru:m ящик для хранения ; ar:m صندوق تخزين ; ja 収納ボックス
clothes hanger = es:f percha ; fr:m cintre ; pt:m cabide ; ru:f вешалка для одежды
  ar:f شماعة ملابس ; ja ハンガー
mop = es:f fregona ; fr:m balai à franges ; pt:m esfregão ; ru:f швабра ; ar:f ممسحة ; ja モップ
trash can = es:m cubo de basura ; fr:f poubelle ; pt:f lixeira ; ru:n мусорное ведро
  ar:f سلة مهملات ; ja ゴミ箱
umbrella = es:m paraguas ; fr:m parapluie ; pt:m guarda-chuva ; ru:m зонт ; ar:f مظلة ; ja 傘
office chair = es:f silla de oficina ; fr:f chaise de bureau ; pt:f cadeira de escritório
  ru:n офисное кресло ; ar:m كرسي مكتب ; ja オフィスチェア
gaming chair = es:f silla gaming ; fr:m fauteuil gamer ; pt:f cadeira gamer
  ru:n игровое кресло ; ar:m كرسي ألعاب ; ja ゲーミングチェア
office desk = es:m escritorio de oficina ; fr:m bureau ; pt:f mesa de escritório
  ru:m офисный стол ; ar:m مكتب ; ja オフィスデスク
standing desk = es:m escritorio elevable ; fr:m bureau assis-debout ; pt:f mesa regulável
  ru:m стол для работы стоя ; ar:m مكتب قائم ; ja スタンディングデスク
filing cabinet = es:m archivador ; fr:m classeur ; pt:m arquivo de aço ; ru:m картотечный шкаф
  ar:f خزانة ملفات ; ja ファイルキャビネット
sofa = es:m sofá ; fr:m canapé ; pt:m sofá ; ru:m диван ; ar:f أريكة ; ja ソファ
coffee table = es:f mesa de centro ; fr:f table basse ; pt:f mesa de centro
  ru:m журнальный столик ; ar:f طاولة قهوة ; ja コーヒーテーブル
TV stand = es:m mueble de TV ; fr:m meuble TV ; pt:m rack para TV ; ru:f тумба под телевизор
  ar:f طاولة تلفزيون ; ja テレビ台
dining table = es:f mesa de comedor ; fr:f table à manger ; pt:f mesa de jantar
  ru:m обеденный стол ; ar:f طاولة طعام ; ja ダイニングテーブル
dining chair = es:f silla de comedor ; fr:f chaise de salle à manger ; pt:f cadeira de jantar
  ru:m обеденный стул ; ar:m كرسي طعام ; ja ダイニングチェア
bed frame = es:m somier ; fr:m cadre de lit ; pt:f estrutura de cama ; ru:m каркас кровати
  ar:m هيكل سرير ; ja ベッドフレーム
mattress = es:m colchón ; fr:m matelas ; pt:m colchão ; ru:m матрас ; ar:f مرتبة ; ja マットレス
memory foam mattress = es:m colchón viscoelástico ; fr:m matelas à mémoire de forme
  pt:m colchão de espuma viscoelástica ; ru:m матрас с эффектом памяти
  ar:f مرتبة ميموري فوم ; ja 低反発マットレス
wardrobe = es:m armario ; fr:f armoire ; pt:m guarda-roupa ; ru:m платяной шкаф
  ar:f خزانة ملابس ; ja ワードローブ
patio furniture set = es:m conjunto de muebles de jardín ; fr:m salon de jardin
  pt:m conjunto de móveis para jardim ; ru:m комплект садовой мебели
  ar:f طقم أثاث حديقة ; ja ガーデンファニチャーセット
sun lounger = es:f tumbona ; fr:m transat ; pt:f espreguiçadeira ; ru:m шезлонг
  ar:m كرسي استلقاء ; ja サンラウンジャー
hammock = es:f hamaca ; fr:m hamac ; pt:f rede de descanso ; ru:m гамак ; ar:f أرجوحة شبكية
  ja ハンモック
"""
