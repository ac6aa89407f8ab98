"""Word lists for Hardware & Tools, Building & Decorative Materials, New Energy & Chemicals.

Syntax in `catalog_sync.demo.vocabulary`. Prices are typical FOB ranges in USD per unit
(bulk steel, resins and chemicals per ton, as they are quoted).
"""

SECTIONS = """
== hardware.hand_tools | Hand Tools | 手动工具
i: Tools | 工具 ; Hardware Tools | 五金工具 ; Hardware | 五金
n: wrench set | 扳手套装 | set | 4-40
n: screwdriver set | 螺丝刀套装 | set | 1.5-20
n: socket set | 套筒套装 | set | 6-80
n: hex key set | 内六角扳手套装 | set | 1-8
n: tool set | 工具套装 | set | 8-120
m: professional | 专业 ; metric | 公制 / SAE | 英制
a: chrome vanadium steel | 铬钒钢 ; carbon steel | 碳钢
t: 9pcs 24pcs 46pcs 108pcs
n: hammer | 锤子 | pc | 1-12
n: pliers | 钳子 | pc | 0.8-8
n: adjustable wrench | 活动扳手 | pc | 1.5-10
n: pipe wrench | 管钳 | pc | 3-20
n: utility knife | 美工刀 | pc | 0.3-4
m: heavy duty | 重型 ; professional | 专业
a: carbon steel | 碳钢 ; chrome vanadium steel | 铬钒钢
t: 6inch 8inch 10inch 12inch
n: tape measure | 卷尺 | pc | 0.5-5
m: magnetic | 磁性
t: 3m 5m 7.5m 10m
n: laser level | 激光水平仪 | pc | 15-120
n: laser distance meter | 激光测距仪 | pc | 8-60
m: rechargeable | 可充电 ; green beam | 绿光 / red beam | 红光
t: 2-line 3-line 12-line

== hardware.power_tools | Power Tools & Welding | 电动工具及焊接设备
i: Power Tools | 电动工具 ; Tools | 工具 ; Electric Tools | 电器工具
n: cordless drill | 无线电钻 | pc | 12-80
n: impact driver | 冲击起子 | pc | 18-90
n: impact wrench | 冲击扳手 | pc | 20-120
n: cordless angle grinder | 无线角磨机 | pc | 18-90
m: brushless | 无刷
t: 12V 18V 20V 21V ; 2.0Ah 4.0Ah
n: angle grinder | 角磨机 | pc | 8-45
n: rotary hammer | 电锤 | pc | 15-90
n: circular saw | 电圆锯 | pc | 15-70
n: jigsaw | 曲线锯 | pc | 12-50
n: heat gun | 热风枪 | pc | 5-25
n: electric drill | 电钻 | pc | 8-40
m: professional | 专业 ; heavy duty | 重型
t: 220V 110V ; 500W 800W 1200W 2000W
n: welding machine | 电焊机 | set | 40-600
n: MIG welder | 气保焊机 | set | 120-1200
n: TIG welder | 氩弧焊机 | set | 100-1000
n: plasma cutter | 等离子切割机 | set | 150-1500
m: inverter | 逆变 ; portable | 便携式
t: 160A 200A 250A 315A 500A ; 220V 380V
n: welding helmet | 焊接面罩 | pc | 3-25
m: auto-darkening | 自动变光
n: chainsaw | 油锯 | pc | 35-200
n: lawn mower | 割草机 | pc | 60-400
n: brush cutter | 割灌机 | pc | 30-150
n: pressure washer | 高压清洗机 | pc | 30-300
n: leaf blower | 吹叶机 | pc | 15-120
m: gasoline | 汽油 / electric | 电动 / cordless | 锂电

== hardware.fasteners | Fasteners & Door Hardware | 紧固件及门窗五金
i: Fastener | 紧固件 ; Hardware | 五金 ; Hardware Products | 五金制品 ; Lock | 锁业
n: screw | 螺丝 | pc | 0.005-0.2
n: self-tapping screw | 自攻螺丝 | pc | 0.004-0.05
n: bolt | 螺栓 | pc | 0.02-1.5
n: hex bolt | 六角螺栓 | pc | 0.02-1.2
n: nut | 螺母 | pc | 0.005-0.3
n: washer | 垫圈 | pc | 0.002-0.1
n: anchor bolt | 膨胀螺栓 | pc | 0.03-1
n: rivet | 铆钉 | pc | 0.003-0.05
n: threaded rod | 螺纹杆 | pc | 0.2-3
m: zinc plated | 镀锌 / black oxide | 发黑 / hot-dip galvanized | 热镀锌
a: stainless steel | 不锈钢 ; carbon steel | 碳钢 ; brass | 黄铜
t: M3 M4 M5 M6 M8 M10 M12 M16 ; DIN ISO ANSI
n: common nail | 圆钉 | kg | 0.7-1.5
n: roofing nail | 屋面钉 | kg | 0.9-2
n: concrete nail | 水泥钉 | kg | 1-2.5
m: galvanized | 镀锌 / polished | 光面
t: 1inch 2inch 3inch 4inch
n: door lock | 门锁 | pc | 3-40
n: smart door lock | 智能门锁 | pc | 25-150
n: padlock | 挂锁 | pc | 0.5-12
m: fingerprint | 指纹 ; waterproof | 防水
a: zinc alloy | 锌合金 ; stainless steel | 不锈钢 ; brass | 黄铜
n: door handle | 门把手 | pc | 2-25
n: door hinge | 门合页 | pc | 0.3-5
n: cabinet handle | 柜门拉手 | pc | 0.2-4
n: drawer slide | 抽屉滑轨 | pair | 1-12
n: door closer | 闭门器 | pc | 4-30
m: soft close | 缓冲 ; heavy duty | 重型
a: stainless steel | 不锈钢 ; zinc alloy | 锌合金 ; aluminium | 铝合金

== building.materials | Building Materials, Doors & Windows | 建筑材料及门窗
i: Building Materials | 建材 ; New Building Materials | 新型建材
i: Doors & Windows | 门窗 ; Steel | 钢铁
n: PVC pipe | PVC管 | m | 0.3-8
n: PPR pipe | PPR管 | m | 0.3-6
n: HDPE pipe | HDPE管 | m | 0.5-30
t: DN20 DN50 DN110 DN200 ; PN10 PN16
n: steel pipe | 钢管 | t | 550-1200
n: galvanized steel sheet | 镀锌钢板 | t | 600-1000
n: steel rebar | 螺纹钢 | t | 450-700
n: H beam | H型钢 | t | 500-800
n: steel coil | 钢卷 | t | 500-900
m: hot rolled | 热轧 / cold rolled | 冷轧
t: Q235 Q355 SS400 ASTM-A36
n: aluminium profile | 铝型材 | t | 2600-4000
m: anodized | 阳极氧化 / powder coated | 喷涂
t: 6063-T5 6061-T6
n: gypsum board | 石膏板 | sqm | 1-4
n: plywood | 胶合板 | pc | 6-40
n: MDF board | 中密度纤维板 | pc | 6-30
n: cement board | 水泥板 | pc | 4-20
m: waterproof | 防水 ; fire resistant | 防火
t: 9mm 12mm 15mm 18mm ; 1220x2440mm
n: XPS insulation board | XPS挤塑板 | sqm | 2-8
n: rock wool board | 岩棉板 | sqm | 1.5-6
m: fire resistant | 防火
t: 30mm 50mm 100mm
n: waterproof membrane | 防水卷材 | sqm | 1-6
m: self-adhesive | 自粘
t: SBS APP ; 1.5mm 3mm 4mm
n: tempered glass | 钢化玻璃 | sqm | 8-40
n: laminated glass | 夹胶玻璃 | sqm | 12-50
n: insulated glass | 中空玻璃 | sqm | 15-60
m: clear | 透明 / tinted | 有色 / low-E | Low-E
t: 5mm 6mm 8mm 10mm 12mm
n: aluminium window | 铝合金窗 | sqm | 60-250
n: UPVC window | 塑钢窗 | sqm | 40-150
n: casement window | 平开窗 | sqm | 60-240
n: sliding door | 推拉门 | sqm | 60-260
m: double glazed | 双层玻璃 ; thermal break | 断桥 ; soundproof | 隔音
t: AS2047 NFRC CE
n: steel security door | 钢制安全门 | pc | 60-300
n: interior wooden door | 室内木门 | pc | 40-250
n: garage door | 车库门 | set | 200-1200
n: roller shutter | 卷帘门 | sqm | 15-80
m: fireproof | 防火 ; automatic | 自动

== building.sanitary | Sanitary Ware & Bathroom | 卫浴设备 | 2
i: Sanitary Ware | 卫浴 ; Kitchen & Bath | 厨卫 ; Sanitary Ware Technology | 卫浴科技
n: basin faucet | 面盆龙头 | pc | 6-60
n: kitchen faucet | 厨房龙头 | pc | 8-80
n: shower set | 淋浴花洒套装 | set | 20-250
n: shower head | 花洒 | pc | 1.5-25
n: bathtub faucet | 浴缸龙头 | pc | 15-90
m: single handle | 单把 / dual handle | 双把
m: matte black | 哑光黑 / chrome | 镀铬 / brushed gold | 拉丝金
a: brass | 黄铜 ; stainless steel | 不锈钢
t: cUPC WaterMark
n: toilet | 马桶 | pc | 30-300
n: smart toilet | 智能马桶 | pc | 150-800
n: wash basin | 洗手盆 | pc | 8-80
n: urinal | 小便斗 | pc | 15-60
m: wall-hung | 壁挂式 / floor standing | 落地式
a: ceramic | 陶瓷
n: bathtub | 浴缸 | pc | 80-800
m: freestanding | 独立式 / built-in | 嵌入式
a: acrylic | 亚克力
t: 1500mm 1700mm 1800mm
n: shower enclosure | 淋浴房 | set | 80-500
a: tempered glass | 钢化玻璃
t: 6mm 8mm 10mm
n: bathroom cabinet | 浴室柜 | set | 60-500
n: bathroom vanity | 浴室台盆柜 | set | 80-600
n: mirror cabinet | 镜柜 | pc | 30-200
m: modern | 现代 ; wall-mounted | 壁挂式
a: PVC | PVC ; plywood | 多层实木 ; solid wood | 实木

== building.decor | Decorative Materials | 装饰材料 | 2
i: Ceramics | 陶瓷 ; Decorative Materials | 装饰材料 ; Stone | 石材 ; Flooring | 地板
n: porcelain tile | 瓷砖 | sqm | 4-25
n: floor tile | 地砖 | sqm | 3-20
n: wall tile | 墙砖 | sqm | 3-18
n: mosaic tile | 马赛克 | sqm | 8-60
m: glazed | 釉面 ; polished | 抛光 / matte | 哑光
m: anti-slip | 防滑 ; marble look | 仿大理石 / wood look | 仿木纹
t: 300x600mm 600x600mm 600x1200mm 800x800mm
n: SPC flooring | SPC石塑地板 | sqm | 4-15
n: laminate flooring | 强化复合地板 | sqm | 3-12
n: engineered wood flooring | 实木复合地板 | sqm | 12-45
n: vinyl flooring | PVC地板 | sqm | 2-10
m: waterproof | 防水 ; click lock | 锁扣
t: 4mm 5mm 8mm 12mm ; AC3 AC4
n: wallpaper | 墙纸 | pc | 2-15
n: wall panel | 墙板 | sqm | 4-25
n: 3D wall panel | 3D墙板 | pc | 1-8
n: PVC ceiling panel | PVC天花板 | sqm | 1.5-6
n: WPC wall panel | WPC墙板 | m | 1.5-6
m: waterproof | 防水 ; fireproof | 防火 ; self-adhesive | 自粘
n: marble slab | 大理石板 | sqm | 25-200
n: granite countertop | 花岗岩台面 | sqm | 30-150
n: quartz stone slab | 石英石板 | sqm | 25-120
m: polished | 抛光 / honed | 亚光
t: 18mm 20mm 30mm

== energy.solar | Solar Energy | 太阳能光伏
i: New Energy | 新能源 ; Solar Energy | 太阳能 ; Photovoltaic | 光伏 ; Solar Technology | 光电科技
n: solar panel | 太阳能电池板 | pc | 20-180
n: flexible solar panel | 柔性太阳能板 | pc | 30-200
m: monocrystalline | 单晶 / polycrystalline | 多晶 ; bifacial | 双面 ; half cell | 半片
t: 100W 300W 450W 550W 600W 700W ; N-type TOPCon
n: solar inverter | 太阳能逆变器 | pc | 150-2500
n: hybrid inverter | 混合逆变器 | pc | 300-3000
n: microinverter | 微型逆变器 | pc | 60-250
n: solar charge controller | 太阳能控制器 | pc | 8-150
m: off-grid | 离网 / on-grid | 并网 ; three phase | 三相 / single phase | 单相
t: 3kW 5kW 8kW 10kW 12kW ; MPPT
n: solar power system | 太阳能发电系统 | set | 800-15000
n: solar water pump | 太阳能水泵 | set | 120-1500
m: off-grid | 离网 / on-grid | 并网
t: 3kW 5kW 10kW 20kW
n: solar water heater | 太阳能热水器 | set | 150-800
m: pressurized | 承压 / non-pressurized | 非承压
t: 150L 200L 300L
n: solar mounting system | 太阳能支架 | set | 50-2000
a: aluminium | 铝合金 ; galvanized steel | 镀锌钢

== energy.storage | Batteries & Energy Storage | 电池及储能
i: New Energy | 新能源 ; Battery | 电池 ; Power Technology | 电源科技 ; Energy Storage | 储能
n: lithium battery | 锂电池 | pc | 30-3000
n: LiFePO4 battery | 磷酸铁锂电池 | pc | 60-3000
n: home energy storage system | 家庭储能系统 | set | 800-6000
n: battery pack | 电池组 | pc | 15-800
m: rack-mounted | 机架式 / wall-mounted | 壁挂式
t: 12V 24V 48V 51.2V ; 100Ah 200Ah 280Ah ; 5kWh 10kWh 15kWh
n: lead-acid battery | 铅酸蓄电池 | pc | 15-300
n: gel battery | 胶体电池 | pc | 20-350
m: deep cycle | 深循环
t: 12V 2V ; 7Ah 100Ah 200Ah
n: portable power station | 便携式储能电源 | pc | 80-900
m: solar charging | 太阳能充电
t: 300W 600W 1000W 2000W ; 512Wh 1024Wh 2048Wh
n: alkaline battery | 碱性电池 | pc | 0.05-0.4
n: rechargeable battery | 充电电池 | pc | 0.3-3
t: AA AAA C D
n: button cell | 纽扣电池 | pc | 0.02-0.2
t: CR2032 CR2025 LR44

== energy.chemicals | Chemicals & New Materials | 化工及新材料
i: Chemical | 化工 ; New Materials | 新材料 ; Chemical Technology | 化工科技 ; Plastics | 塑胶
n: titanium dioxide | 钛白粉 | t | 1800-3200
n: caustic soda | 烧碱 | t | 300-600
n: soda ash | 纯碱 | t | 200-400
n: calcium carbonate | 碳酸钙 | t | 80-300
n: citric acid | 柠檬酸 | t | 600-1000
m: industrial grade | 工业级 / food grade | 食品级
t: 98% 99% 99.5%
n: PVC resin | PVC树脂 | t | 700-1100
n: HDPE granules | HDPE颗粒 | t | 900-1400
n: PP granules | PP颗粒 | t | 900-1300
n: ABS resin | ABS树脂 | t | 1200-2000
m: virgin | 原生 / recycled | 再生 ; injection grade | 注塑级 / film grade | 吹膜级
n: epoxy resin | 环氧树脂 | kg | 2-8
m: crystal clear | 透明
t: 1:1 2:1 3:1
n: silicone sealant | 硅酮密封胶 | pc | 0.5-3
n: polyurethane foam | 聚氨酯泡沫胶 | pc | 1-3
n: acrylic sealant | 丙烯酸密封胶 | pc | 0.4-2
m: waterproof | 防水 ; high temperature | 耐高温
t: 280ml 300ml 750ml
n: wall paint | 墙面漆 | kg | 1-5
n: epoxy floor paint | 环氧地坪漆 | kg | 2-7
n: spray paint | 喷漆 | pc | 0.5-2
n: wood coating | 木器漆 | kg | 2-6
m: waterproof | 防水 ; quick drying | 快干 ; eco-friendly | 环保
n: carbon fiber sheet | 碳纤维板 | pc | 5-200
n: aerogel blanket | 气凝胶毡 | sqm | 15-60
n: fiberglass mesh | 玻璃纤维网格布 | sqm | 0.1-0.6
n: graphite sheet | 石墨片 | pc | 0.5-30
m: high temperature | 耐高温
t: 0.5mm 1mm 2mm 3mm
"""

TRANSLATIONS = """
hammer = es:m martillo ; fr:m marteau ; pt:m martelo ; ru:m молоток ; ar:f مطرقة ; ja ハンマー
pliers = es:m alicate ; fr:f pince ; pt:m alicate ; ru:p плоскогубцы ; ar:f كماشة ; ja ペンチ
tool set = es:m juego de herramientas ; fr:m coffret à outils ; pt:m jogo de ferramentas
  ru:m набор инструментов ; ar:f مجموعة أدوات ; ja 工具セット
screwdriver set = es:m juego de destornilladores ; fr:m jeu de tournevis ; ja ドライバーセット
  pt:m jogo de chaves de fenda ; ru:m набор отвёрток ; ar:f مجموعة مفكات
wrench set = es:m juego de llaves ; fr:m jeu de clés ; pt:m jogo de chaves ; ru:m набор ключей
  ar:f مجموعة مفاتيح ربط ; ja レンチセット
tape measure = es:f cinta métrica ; fr:m mètre ruban ; pt:f trena ; ru:f рулетка
  ar:m شريط قياس ; ja メジャー
cordless drill = es:m taladro inalámbrico ; fr:f perceuse sans fil ; pt:f furadeira sem fio
  ru:f аккумуляторная дрель ; ar:m مثقاب لاسلكي ; ja 充電式ドリル
angle grinder = es:f amoladora angular ; fr:f meuleuse d'angle ; pt:f esmerilhadeira
  ru:f угловая шлифмашина ; ar:f صاروخ تجليخ ; ja ディスクグラインダー
electric drill = es:m taladro eléctrico ; fr:f perceuse électrique ; pt:f furadeira elétrica
  ru:f электродрель ; ar:m مثقاب كهربائي ; ja 電動ドリル
welding machine = es:f soldadora ; fr:m poste à souder ; pt:f máquina de solda
  ru:m сварочный аппарат ; ar:f ماكينة لحام ; ja 溶接機
chainsaw = es:f motosierra ; fr:f tronçonneuse ; pt:f motosserra ; ru:f бензопила
  ar:m منشار سلسلة ; ja チェーンソー
lawn mower = es:m cortacésped ; fr:f tondeuse à gazon ; pt:m cortador de grama
  ru:f газонокосилка ; ar:f جزازة عشب ; ja 芝刈り機
pressure washer = es:f hidrolimpiadora ; fr:m nettoyeur haute pression ; ja 高圧洗浄機
  pt:f lavadora de alta pressão ; ru:f мойка высокого давления ; ar:f غسالة ضغط عال
screw = es:m tornillo ; fr:f vis ; pt:m parafuso ; ru:m винт ; ar:m برغي ; ja ネジ
bolt = es:m perno ; fr:m boulon ; pt:m parafuso sextavado ; ru:m болт ; ar:m مسمار ملولب
  ja ボルト
nut = es:f tuerca ; fr:m écrou ; pt:f porca ; ru:f гайка ; ar:f صامولة ; ja ナット
door lock = es:f cerradura ; fr:f serrure ; pt:f fechadura ; ru:m дверной замок
  ar:m قفل باب ; ja ドアロック
smart door lock = es:f cerradura inteligente ; fr:f serrure connectée ; ja スマートロック
  pt:f fechadura inteligente ; ru:m умный дверной замок ; ar:m قفل باب ذكي
padlock = es:m candado ; fr:m cadenas ; pt:m cadeado ; ru:m навесной замок ; ar:m قفل
  ja 南京錠
door hinge = es:f bisagra ; fr:f charnière ; pt:f dobradiça ; ru:f дверная петля
  ar:f مفصلة باب ; ja 蝶番
PVC pipe = es:m tubo de PVC ; fr:m tuyau PVC ; pt:m tubo de PVC ; ru:f ПВХ-труба
  ar:m أنبوب PVC ; ja 塩ビパイプ
steel pipe = es:m tubo de acero ; fr:m tube en acier ; pt:m tubo de aço ; ru:f стальная труба
  ar:m أنبوب فولاذي ; ja 鋼管
aluminium window = es:f ventana de aluminio ; fr:f fenêtre en aluminium ; ja アルミ窓
  pt:f janela de alumínio ; ru:n алюминиевое окно ; ar:f نافذة ألومنيوم
toilet = es:m inodoro ; fr:f cuvette de WC ; pt:m vaso sanitário ; ru:m унитаз
  ar:m مرحاض ; ja トイレ
kitchen faucet = es:m grifo de cocina ; fr:m robinet de cuisine ; pt:f torneira de cozinha
  ru:m кухонный смеситель ; ar:m صنبور مطبخ ; ja キッチン水栓
basin faucet = es:m grifo de lavabo ; fr:m robinet de lavabo ; pt:f torneira de lavatório
  ru:m смеситель для раковины ; ar:m صنبور حوض ; ja 洗面水栓
shower head = es:f alcachofa de ducha ; fr:m pommeau de douche ; pt:m chuveiro
  ru:f лейка для душа ; ar:m رأس دش ; ja シャワーヘッド
porcelain tile = es:m azulejo de porcelana ; fr:m carrelage en grès cérame
  pt:m porcelanato ; ru:m керамогранит ; ar:m بلاط بورسلين ; ja 磁器タイル
laminate flooring = es:m suelo laminado ; fr:m parquet stratifié ; pt:m piso laminado
  ru:m ламинат ; ar:f أرضيات خشبية ; ja ラミネートフローリング
wallpaper = es:m papel pintado ; fr:m papier peint ; pt:m papel de parede ; ru:p обои
  ar:m ورق جدران ; ja 壁紙
solar panel = es:m panel solar ; fr:m panneau solaire ; pt:m painel solar
  ru:f солнечная панель ; ar:m لوح شمسي ; ja ソーラーパネル
solar inverter = es:m inversor solar ; fr:m onduleur solaire ; pt:m inversor solar
  ru:m солнечный инвертор ; ar:m عاكس شمسي ; ja ソーラーインバーター
lithium battery = es:f batería de litio ; fr:f batterie au lithium ; pt:f bateria de lítio
  ru:m литиевый аккумулятор ; ar:f بطارية ليثيوم ; ja リチウム電池
portable power station = es:f estación de energía portátil ; fr:f station électrique portable
  pt:f estação de energia portátil ; ru:f портативная электростанция
  ar:f محطة طاقة متنقلة ; ja ポータブル電源
titanium dioxide = es:m dióxido de titanio ; fr:m dioxyde de titane ; pt:m dióxido de titânio
  ru:m диоксид титана ; ar:m ثاني أكسيد التيتانيوم ; ja 二酸化チタン
silicone sealant = es:m sellador de silicona ; fr:m mastic silicone ; ja シリコンシーラント
  pt:m selante de silicone ; ru:m силиконовый герметик ; ar:m مانع تسرب سيليكون
wall paint = es:f pintura para paredes ; fr:f peinture murale ; pt:f tinta de parede
  ru:f краска для стен ; ar:m طلاء جدران ; ja 壁用塗料
"""
