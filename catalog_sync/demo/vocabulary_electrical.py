"""Word lists for Electronics & Household Appliances and Lighting & Electrical.

Syntax in `catalog_sync.demo.vocabulary`. Prices are typical FOB ranges in USD per unit.
"""

SECTIONS = """
== electronics.consumer | Consumer Electronics | 消费电子
i: Electronics | 电子 ; Electronic Technology | 电子科技 ; Digital Technology | 数码科技
n: bluetooth speaker | 蓝牙音箱 | pc | 4-45
n: party speaker | 派对音箱 | pc | 20-150
n: smart speaker | 智能音箱 | pc | 10-60
m: portable | 便携式 ; waterproof | 防水 ; outdoor | 户外
t: 5W 10W 20W 40W 100W ; IPX5 IPX7 ; BT5.3 BT5.0 ; RGB
n: wireless earbuds | 无线耳机 | pair | 3-28
n: headphones | 头戴式耳机 | pc | 5-40
n: gaming headset | 游戏耳机 | pc | 6-35
n: sports earphones | 运动耳机 | pc | 2.5-15
m: noise cancelling | 降噪 ; wireless | 无线
t: ANC ENC ; BT5.3 BT5.4 ; TWS
n: power bank | 充电宝 | pc | 3.5-25
n: USB-C charger | USB-C充电器 | pc | 1.5-12
n: charging cable | 充电线 | pc | 0.2-2.5
n: wireless charger | 无线充电器 | pc | 2.5-15
m: fast charging | 快充 ; magnetic | 磁吸
t: 20W 30W 45W 65W 100W ; PD3.0 QC3.0
n: phone case | 手机壳 | pc | 0.3-3
n: tablet case | 平板保护套 | pc | 1.5-8
m: shockproof | 防摔 ; transparent | 透明 / matte | 磨砂
a: silicone | 硅胶 ; TPU | TPU ; leather | 皮革
n: smartwatch | 智能手表 | pc | 8-60
n: fitness tracker | 智能手环 | pc | 4-25
n: kids smartwatch | 儿童智能手表 | pc | 10-35
m: waterproof | 防水
t: IP67 IP68 ; 1.39inch 1.43inch 1.85inch ; GPS 4G ; AMOLED
n: projector | 投影仪 | pc | 35-300
n: action camera | 运动相机 | pc | 20-90
m: portable | 便携式 ; mini | 迷你
t: 1080P 4K ; WiFi
n: screen protector | 钢化膜 | pc | 0.08-0.8
m: anti-blue light | 防蓝光 / privacy | 防窥
t: 9H ; 2.5D 3D

== electronics.appliances | Household Appliances | 家用电器
i: Electrical Appliances | 电器 ; Home Appliances | 家电 ; Electric Appliance Technology | 电器科技
n: air fryer | 空气炸锅 | pc | 15-60
n: electric kettle | 电热水壶 | pc | 4-18
n: blender | 搅拌机 | pc | 8-45
n: rice cooker | 电饭煲 | pc | 8-40
n: coffee maker | 咖啡机 | pc | 12-150
n: toaster | 多士炉 | pc | 6-25
n: microwave oven | 微波炉 | pc | 35-90
n: induction cooker | 电磁炉 | pc | 12-35
n: electric oven | 电烤箱 | pc | 30-120
n: sandwich maker | 三明治机 | pc | 6-18
m: digital | 数显 ; automatic | 全自动 ; multifunctional | 多功能 ; smart | 智能
a: stainless steel | 不锈钢
t: 220V 110V ; CB GS
n: vacuum cleaner | 吸尘器 | pc | 25-150
n: robot vacuum cleaner | 扫地机器人 | pc | 60-250
n: air purifier | 空气净化器 | pc | 25-120
n: humidifier | 加湿器 | pc | 5-40
n: dehumidifier | 除湿机 | pc | 40-150
n: electric fan | 电风扇 | pc | 8-40
n: space heater | 取暖器 | pc | 10-45
n: steam iron | 蒸汽熨斗 | pc | 5-20
n: garment steamer | 挂烫机 | pc | 8-35
m: cordless | 无线 ; smart | 智能 ; portable | 便携式 ; quiet | 静音
t: 220V 110V
n: refrigerator | 冰箱 | pc | 90-450
n: washing machine | 洗衣机 | pc | 80-350
n: air conditioner | 空调 | pc | 120-450
n: dishwasher | 洗碗机 | pc | 90-300
n: water dispenser | 饮水机 | pc | 20-90
n: chest freezer | 冷柜 | pc | 100-300
m: energy saving | 节能 ; inverter | 变频 ; smart | 智能
t: 220V 110V ; A++ A+++

== electronics.computers | Computers & Communication | 计算机及通讯产品
i: Computer | 电脑 ; Communication Technology | 通讯科技 ; Intelligent Technology | 智能科技
n: keyboard | 键盘 | pc | 3-40
n: mouse | 鼠标 | pc | 1.5-20
n: keyboard and mouse combo | 键鼠套装 | set | 5-30
m: wireless | 无线 ; ergonomic | 人体工学 ; silent | 静音 ; rechargeable | 可充电
t: 2.4G ; USB-C
n: gaming keyboard | 游戏键盘 | pc | 8-45
n: gaming mouse | 游戏鼠标 | pc | 4-25
m: RGB backlit | RGB背光 ; wireless | 无线
t: 2.4G ; 65% 75% ; USB-C
n: laptop stand | 笔记本支架 | pc | 3-20
n: monitor arm | 显示器支架 | pc | 8-40
n: tablet stand | 平板支架 | pc | 1.5-10
m: adjustable | 可调节 ; foldable | 可折叠 ; portable | 便携式
a: aluminium | 铝合金 ; steel | 钢制
n: laptop | 笔记本电脑 | pc | 150-700
n: mini PC | 迷你主机 | pc | 80-350
n: tablet | 平板电脑 | pc | 45-250
m: rugged | 三防 ; business | 商务
t: 8GB 16GB 32GB ; 256GB 512GB 1TB
n: monitor | 显示器 | pc | 60-300
m: curved | 曲面 ; gaming | 电竞 ; portable | 便携式
t: 24inch 27inch 32inch ; 1080P 2K 4K ; 144Hz 165Hz
n: USB flash drive | U盘 | pc | 1-8
n: SSD | 固态硬盘 | pc | 12-80
n: memory card | 存储卡 | pc | 1.2-12
n: external hard drive | 移动硬盘 | pc | 25-80
m: high speed | 高速
t: 32GB 64GB 128GB 256GB 512GB 1TB
n: WiFi router | 无线路由器 | pc | 8-60
n: mesh WiFi system | Mesh路由器 | set | 30-120
n: network switch | 网络交换机 | pc | 10-120
m: gigabit | 千兆 ; industrial | 工业级
t: WiFi6 WiFi7 ; 5-port 8-port 24-port
n: security camera | 监控摄像头 | pc | 8-45
n: video doorbell | 可视门铃 | pc | 12-40
n: baby camera | 婴儿监控摄像头 | pc | 10-35
m: wireless | 无线 ; outdoor | 户外 ; solar powered | 太阳能 ; night vision | 夜视
t: 1080P 2K 4K ; WiFi 4G

== lighting.led | LED Lighting | LED照明
i: Lighting | 照明 ; Optoelectronic | 光电
i: LED Technology | LED科技 ; Lighting Technology | 照明科技
n: LED strip | LED灯带 | m | 0.3-5
n: LED neon flex | LED霓虹灯带 | m | 1.2-8
n: COB LED strip | COB灯带 | m | 0.8-6
m: waterproof | 防水 ; flexible | 柔性 ; dimmable | 可调光
t: 5V 12V 24V ; IP20 IP65 IP67 ; 5050 2835 ; 60LEDs/m 120LEDs/m ; RGB RGBW RGBIC
n: LED bulb | LED球泡灯 | pc | 0.3-3
n: LED filament bulb | LED灯丝灯 | pc | 0.6-3
n: LED corn light | LED玉米灯 | pc | 2-15
m: dimmable | 可调光 ; energy saving | 节能
m: warm white | 暖白 / cool white | 冷白 / daylight | 日光
t: E27 E14 B22 ; 5W 9W 12W 15W ; 2700K 4000K 6500K
n: LED tube | LED灯管 | pc | 0.8-5
n: LED batten | LED支架灯 | pc | 1.5-8
m: energy saving | 节能 ; integrated | 一体化
a: glass | 玻璃 ; aluminium | 铝合金
t: T8 T5 ; 0.6m 1.2m 1.5m ; 9W 18W 36W
n: LED panel light | LED面板灯 | pc | 3-25
n: LED downlight | LED筒灯 | pc | 1.2-12
n: LED track light | LED轨道灯 | pc | 3-20
n: LED ceiling light | LED吸顶灯 | pc | 4-30
m: dimmable | 可调光 ; recessed | 嵌入式 / surface mounted | 明装 ; anti-glare | 防眩 ; slim | 超薄
a: aluminium | 铝合金 ; die-cast aluminium | 压铸铝
t: 6W 12W 18W 24W 36W 48W ; 3000K 4000K 6000K ; CRI90 ; UGR19
n: LED flood light | LED投光灯 | pc | 4-60
n: LED high bay light | LED工矿灯 | pc | 15-120
n: LED street light | LED路灯 | pc | 20-200
n: LED grow light | LED植物灯 | pc | 15-200
m: waterproof | 防水 ; dimmable | 可调光
a: die-cast aluminium | 压铸铝 ; aluminium | 铝合金
t: 50W 100W 150W 200W 300W ; IP65 IP66 ; 130lm/W 150lm/W ; 5years

== lighting.indoor | Indoor & Decorative Lighting | 室内装饰灯具
i: Lighting | 照明 ; Lamps | 灯饰 ; Lighting Decoration | 灯饰装饰
n: ceiling lamp | 吸顶灯 | pc | 8-80
n: pendant light | 吊灯 | pc | 10-150
n: chandelier | 枝形吊灯 | pc | 40-600
n: wall lamp | 壁灯 | pc | 5-45
m: modern | 现代 / vintage | 复古 / Nordic | 北欧 ; dimmable | 可调光
a: crystal | 水晶 ; brass | 黄铜 ; wrought iron | 铁艺 ; glass | 玻璃 ; wood | 木质
t: E27 E14 G9 ; 3000K 4000K
n: table lamp | 台灯 | pc | 5-50
n: floor lamp | 落地灯 | pc | 12-90
n: bedside lamp | 床头灯 | pc | 4-30
n: night light | 小夜灯 | pc | 0.8-6
m: modern | 现代 / vintage | 复古 / Nordic | 北欧 ; touch control | 触控 ; rechargeable | 可充电
a: ceramic | 陶瓷 ; wood | 木质 ; metal | 金属 ; rattan | 藤编 ; marble | 大理石
t: USB-C ; 5W 10W
n: smart bulb | 智能灯泡 | pc | 2-9
n: smart light strip | 智能灯带 | set | 5-25
m: voice control | 语音控制 ; dimmable | 可调光
t: WiFi Zigbee BLE ; RGBCW RGB

== lighting.outdoor | Outdoor & Solar Lighting | 户外及太阳能照明
i: Lighting | 照明 ; Solar Lighting | 太阳能照明 ; Outdoor Lighting | 户外照明
n: solar garden light | 太阳能庭院灯 | pc | 1.5-25
n: solar street light | 太阳能路灯 | pc | 25-350
n: solar wall light | 太阳能壁灯 | pc | 2-15
n: solar flood light | 太阳能投光灯 | pc | 8-60
n: solar lawn light | 太阳能草坪灯 | pc | 1-8
m: waterproof | 防水 ; motion sensor | 人体感应 ; all-in-one | 一体化
a: ABS | ABS ; aluminium | 铝合金 ; stainless steel | 不锈钢
t: IP65 IP66 ; 100W 200W 300W 500W ; 6000K 3000K
n: string lights | 灯串 | set | 0.8-8
n: fairy lights | 铜线灯串 | set | 0.6-5
n: curtain lights | 窗帘灯 | set | 2-12
m: waterproof | 防水 ; solar powered | 太阳能 / battery operated | 电池供电
m: warm white | 暖白 / multicolor | 七彩
t: 5m 10m 20m 50m ; 50LEDs 100LEDs 200LEDs
n: flashlight | 手电筒 | pc | 1-15
n: headlamp | 头灯 | pc | 1.5-12
n: camping lantern | 露营灯 | pc | 3-20
n: work light | 工作灯 | pc | 4-30
m: rechargeable | 可充电 ; waterproof | 防水 ; portable | 便携式
a: aluminium | 铝合金 ; ABS | ABS
t: 500lm 1000lm 3000lm ; 18650 ; USB-C ; IPX4 IPX6
n: bollard light | 草坪灯柱 | pc | 15-80
n: garden spike light | 插地灯 | pc | 3-15
n: underwater light | 水下灯 | pc | 8-60
n: outdoor wall light | 户外壁灯 | pc | 6-40
m: waterproof | 防水 ; modern | 现代
a: stainless steel | 不锈钢 ; die-cast aluminium | 压铸铝
t: IP65 IP68 ; 12V 220V ; 3000K 6000K

== lighting.electrical | Electrical Equipment | 电工电气
i: Electrical | 电气 ; Electric | 电器 ; Electrical Technology | 电气科技 ; Switchgear | 开关
n: wall switch | 墙壁开关 | pc | 0.5-6
n: wall socket | 墙壁插座 | pc | 0.6-6
n: smart switch | 智能开关 | pc | 3-15
n: smart plug | 智能插座 | pc | 2.5-9
n: extension socket | 排插 | pc | 2-12
m: waterproof | 防水 ; USB | 带USB
a: tempered glass | 钢化玻璃 ; PC | PC
t: UK EU US ; 10A 13A 16A ; WiFi Zigbee
n: circuit breaker | 断路器 | pc | 1.5-60
n: contactor | 接触器 | pc | 5-40
n: distribution box | 配电箱 | pc | 8-120
n: relay | 继电器 | pc | 0.3-8
n: surge protector | 浪涌保护器 | pc | 3-25
m: industrial | 工业
t: 1P 2P 3P 4P ; 16A 32A 63A 100A ; AC DC
n: electric cable | 电线电缆 | m | 0.1-8
n: power cord | 电源线 | pc | 0.4-4
m: flame retardant | 阻燃
a: copper | 铜芯 ; PVC | PVC
t: 1.5mm² 2.5mm² 4mm² 6mm² ; 300/500V 450/750V
n: transformer | 变压器 | pc | 20-5000
n: voltage stabilizer | 稳压器 | pc | 15-200
n: UPS | UPS电源 | pc | 30-800
m: single phase | 单相 / three phase | 三相
t: 1kVA 5kVA 10kVA 100kVA
"""

TRANSLATIONS = """
bluetooth speaker = es:m altavoz bluetooth ; fr:f enceinte bluetooth ; pt:f caixa de som bluetooth
  ru:f bluetooth-колонка ; ar:m مكبر صوت بلوتوث ; ja Bluetoothスピーカー
wireless earbuds = es:p auriculares inalámbricos ; fr:p écouteurs sans fil ; ja ワイヤレスイヤホン
  pt:p fones de ouvido sem fio ; ru:p беспроводные наушники ; ar:f سماعات أذن لاسلكية
headphones = es:p auriculares de diadema ; fr:m casque audio ; pt:m fone de ouvido ; ru:p наушники
  ar:f سماعات رأس ; ja ヘッドホン
power bank = es:f batería externa ; fr:f batterie externe ; pt:m carregador portátil
  ru:m внешний аккумулятор ; ar:m شاحن متنقل ; ja モバイルバッテリー
phone case = es:f funda de móvil ; fr:f coque de téléphone ; pt:f capa de celular
  ru:m чехол для телефона ; ar:m جراب هاتف ; ja スマホケース
smartwatch = es:m reloj inteligente ; fr:f montre connectée ; pt:m relógio inteligente
  ru:p смарт-часы ; ar:f ساعة ذكية ; ja スマートウォッチ
projector = es:m proyector ; fr:m vidéoprojecteur ; pt:m projetor ; ru:m проектор
  ar:m جهاز عرض ; ja プロジェクター
air fryer = es:f freidora de aire ; fr:f friteuse sans huile ; pt:f fritadeira sem óleo
  ru:f аэрофритюрница ; ar:f قلاية هوائية ; ja エアフライヤー
electric kettle = es:m hervidor eléctrico ; fr:f bouilloire électrique ; pt:f chaleira elétrica
  ru:m электрический чайник ; ar:f غلاية كهربائية ; ja 電気ケトル
blender = es:f licuadora ; fr:m mixeur ; pt:m liquidificador ; ru:m блендер ; ar:m خلاط
  ja ミキサー
rice cooker = es:f arrocera ; fr:m cuiseur à riz ; pt:f panela de arroz elétrica
  ru:f рисоварка ; ar:m طباخ أرز ; ja 炊飯器
coffee maker = es:f cafetera ; fr:f cafetière ; pt:f cafeteira ; ru:f кофеварка
  ar:f ماكينة قهوة ; ja コーヒーメーカー
microwave oven = es:m horno microondas ; fr:m four à micro-ondes ; pt:m forno de micro-ondas
  ru:f микроволновая печь ; ar:m فرن ميكروويف ; ja 電子レンジ
vacuum cleaner = es:f aspiradora ; fr:m aspirateur ; pt:m aspirador de pó ; ru:m пылесос
  ar:f مكنسة كهربائية ; ja 掃除機
air purifier = es:m purificador de aire ; fr:m purificateur d'air ; pt:m purificador de ar
  ru:m очиститель воздуха ; ar:f منقية هواء ; ja 空気清浄機
electric fan = es:m ventilador eléctrico ; fr:m ventilateur électrique ; pt:m ventilador elétrico
  ru:m электрический вентилятор ; ar:f مروحة كهربائية ; ja 扇風機
refrigerator = es:m refrigerador ; fr:m réfrigérateur ; pt:f geladeira ; ru:m холодильник
  ar:f ثلاجة ; ja 冷蔵庫
washing machine = es:f lavadora ; fr:m lave-linge ; pt:f máquina de lavar ; ru:f стиральная машина
  ar:f غسالة ملابس ; ja 洗濯機
air conditioner = es:m aire acondicionado ; fr:m climatiseur ; pt:m ar-condicionado
  ru:m кондиционер ; ar:m مكيف هواء ; ja エアコン
keyboard = es:m teclado ; fr:m clavier ; pt:m teclado ; ru:f клавиатура ; ar:f لوحة مفاتيح
  ja キーボード
mouse = es:m ratón ; fr:f souris ; pt:m mouse ; ru:f компьютерная мышь ; ar:m ماوس ; ja マウス
laptop = es:m ordenador portátil ; fr:m ordinateur portable ; pt:m notebook ; ru:m ноутбук
  ar:m حاسوب محمول ; ja ノートパソコン
tablet = es:f tableta ; fr:f tablette ; pt:m tablet ; ru:m планшет ; ar:m جهاز لوحي
  ja タブレット
monitor = es:m monitor ; fr:m écran ; pt:m monitor ; ru:m монитор ; ar:f شاشة ; ja モニター
USB flash drive = es:f memoria USB ; fr:f clé USB ; pt:m pen drive ; ru:f USB-флешка
  ar:f ذاكرة فلاش ; ja USBメモリ
security camera = es:f cámara de seguridad ; fr:f caméra de surveillance ; ja 防犯カメラ
  pt:f câmera de segurança ; ru:f камера видеонаблюдения ; ar:f كاميرا مراقبة
LED strip = es:f tira LED ; fr:m ruban LED ; pt:f fita LED ; ru:f светодиодная лента
  ar:m شريط LED ; ja LEDテープライト
LED bulb = es:f bombilla LED ; fr:f ampoule LED ; pt:f lâmpada LED ; ru:f светодиодная лампа
  ar:m مصباح LED ; ja LED電球
LED panel light = es:m panel LED ; fr:m panneau LED ; pt:m painel LED
  ru:f светодиодная панель ; ar:f لوحة إضاءة LED ; ja LEDパネルライト
LED flood light = es:m proyector LED ; fr:m projecteur LED ; pt:m refletor LED
  ru:m светодиодный прожектор ; ar:m كشاف LED ; ja LED投光器
LED street light = es:f farola LED ; fr:m lampadaire LED ; pt:f luminária pública LED
  ru:m светодиодный уличный светильник ; ar:m مصباح شارع LED ; ja LED街路灯
ceiling lamp = es:f lámpara de techo ; fr:m plafonnier ; pt:f luminária de teto
  ru:m потолочный светильник ; ar:m مصباح سقف ; ja シーリングライト
pendant light = es:f lámpara colgante ; fr:f suspension ; pt:m pendente
  ru:m подвесной светильник ; ar:m مصباح معلق ; ja ペンダントライト
chandelier = es:f araña de luces ; fr:m lustre ; pt:m lustre ; ru:f люстра ; ar:f ثريا
  ja シャンデリア
table lamp = es:f lámpara de mesa ; fr:f lampe de table ; pt:m abajur ; ru:f настольная лампа
  ar:m مصباح طاولة ; ja テーブルランプ
floor lamp = es:f lámpara de pie ; fr:m lampadaire ; pt:f luminária de chão ; ru:m торшер
  ar:m مصباح أرضي ; ja フロアランプ
solar garden light = es:f luz solar de jardín ; fr:f lampe solaire de jardin
  pt:f luz solar de jardim ; ru:m садовый солнечный светильник ; ar:m مصباح حديقة شمسي
  ja ソーラーガーデンライト
solar street light = es:f farola solar ; fr:m lampadaire solaire ; pt:m poste solar
  ru:m солнечный уличный фонарь ; ar:m مصباح شارع شمسي ; ja ソーラー街路灯
string lights = es:f guirnalda de luces ; fr:f guirlande lumineuse ; pt:m cordão de luzes
  ru:f гирлянда ; ar:f سلسلة أضواء ; ja ストリングライト
flashlight = es:f linterna ; fr:f lampe torche ; pt:f lanterna ; ru:m фонарик
  ar:m مصباح يدوي ; ja 懐中電灯
headlamp = es:f linterna frontal ; fr:f lampe frontale ; pt:f lanterna de cabeça
  ru:m налобный фонарь ; ar:m مصباح رأس ; ja ヘッドライト
wall switch = es:m interruptor de pared ; fr:m interrupteur mural ; pt:m interruptor de parede
  ru:m настенный выключатель ; ar:m مفتاح حائط ; ja 壁スイッチ
wall socket = es:m enchufe de pared ; fr:f prise murale ; pt:f tomada de parede
  ru:f настенная розетка ; ar:m مقبس حائط ; ja 壁コンセント
extension socket = es:f regleta ; fr:f multiprise ; pt:m filtro de linha
  ru:m сетевой удлинитель ; ar:f وصلة كهربائية ; ja 電源タップ
circuit breaker = es:m disyuntor ; fr:m disjoncteur ; pt:m disjuntor
  ru:m автоматический выключатель ; ar:m قاطع دائرة ; ja ブレーカー
electric cable = es:m cable eléctrico ; fr:m câble électrique ; pt:m cabo elétrico
  ru:m электрический кабель ; ar:m كابل كهربائي ; ja 電線
"""
