# ruff: noqa: RUF001 - word lists in Cyrillic and CJK, not look-alike typos
"""Word lists for Vehicles & Spare Parts and Machinery & Industrial Equipment.

Syntax in `catalog_sync.demo.vocabulary`. Prices are typical FOB ranges in USD per unit.
"""

SECTIONS = """
== vehicles.parts | Auto Parts | 汽车配件
i: Auto Parts | 汽车配件 ; Automotive Components | 汽车零部件 ; Brake System | 制动系统
n: brake pad | 刹车片 | set | 3-18
n: brake disc | 刹车盘 | pc | 8-45
n: brake shoe | 刹车蹄 | set | 3-12
m: low noise | 低噪音 ; OEM quality | 原厂品质
a: ceramic | 陶瓷 ; semi-metallic | 半金属
t: ECE-R90 ; front rear
n: oil filter | 机油滤清器 | pc | 0.8-5
n: air filter | 空气滤清器 | pc | 1-8
n: cabin filter | 空调滤清器 | pc | 0.8-5
n: fuel filter | 燃油滤清器 | pc | 1-6
m: high efficiency | 高效 ; OEM quality | 原厂品质
n: spark plug | 火花塞 | pc | 0.5-6
n: ignition coil | 点火线圈 | pc | 4-25
n: piston | 活塞 | pc | 3-30
n: timing belt | 正时皮带 | pc | 3-20
n: radiator | 散热器 | pc | 20-120
n: alternator | 发电机 | pc | 30-150
n: starter motor | 起动机 | pc | 30-120
m: OEM quality | 原厂品质 ; high performance | 高性能
t: 12V 24V
n: shock absorber | 减震器 | pc | 8-60
n: control arm | 控制臂 | pc | 6-40
n: wheel bearing | 轮毂轴承 | pc | 4-30
n: CV joint | 球笼 | pc | 6-35
m: front | 前 / rear | 后 ; heavy duty | 重型 ; OEM quality | 原厂品质
n: headlight assembly | 大灯总成 | pc | 20-200
n: tail light | 尾灯 | pc | 10-80
n: LED headlight bulb | LED大灯 | pair | 4-25
n: wiper blade | 雨刮片 | pc | 0.6-4
n: side mirror | 后视镜 | pc | 6-40
m: OEM quality | 原厂品质
t: 12V ; H4 H7 H11 9005
n: car tyre | 汽车轮胎 | pc | 18-120
m: all-season | 四季 / winter | 冬季 ; radial | 子午线
t: 195/65R15 205/55R16 225/45R17 235/60R18 ; 91V 94W
n: truck tyre | 卡车轮胎 | pc | 80-300
m: radial | 子午线 ; heavy duty | 重型
t: 11R22.5 12R22.5 315/80R22.5 ; 18PR 20PR
n: car battery | 汽车蓄电池 | pc | 25-90
m: maintenance-free | 免维护
t: 12V ; 45Ah 60Ah 100Ah ; AGM EFB
n: alloy wheel | 铝合金轮毂 | pc | 35-150
t: 15inch 17inch 18inch 20inch ; 5x114.3 5x112

== vehicles.accessories | Car Accessories | 汽车用品
i: Auto Accessories | 汽车用品 ; Car Electronics | 车载电子 ; Auto Products | 汽车用品制造
n: car seat cover | 汽车座套 | set | 6-40
n: car floor mat | 汽车脚垫 | set | 5-35
n: steering wheel cover | 方向盘套 | pc | 1.5-8
n: trunk organizer | 后备箱收纳箱 | pc | 3-12
m: universal | 通用 / custom fit | 专车专用 ; waterproof | 防水
a: leather | 真皮 ; PU leather | PU皮 ; polyester | 涤纶
n: car sunshade | 汽车遮阳挡 | pc | 1-6
n: car cover | 车衣 | pc | 5-25
m: universal | 通用 ; waterproof | 防水 ; foldable | 可折叠
a: polyester | 涤纶 ; aluminium foil | 铝箔
n: dash cam | 行车记录仪 | pc | 12-60
n: rear view camera | 倒车摄像头 | pc | 4-25
m: wireless | 无线 ; night vision | 夜视
t: 1080P 2K 4K ; WiFi GPS
n: car phone holder | 车载手机支架 | pc | 1-8
n: car charger | 车载充电器 | pc | 1-6
n: car MP5 player | 车载MP5 | pc | 15-60
m: magnetic | 磁吸 ; fast charging | 快充
t: 20W 30W 60W ; CarPlay
n: tire inflator | 充气泵 | pc | 8-35
n: car vacuum cleaner | 车载吸尘器 | pc | 6-25
n: car jump starter | 汽车应急启动电源 | pc | 20-80
m: portable | 便携式 ; cordless | 无线
t: 12V ; 150PSI 6000mAh 12000mAh

== vehicles.two_wheelers | Motorcycles & Bicycles | 摩托车及自行车
i: Motorcycle | 摩托车 ; Bicycle | 自行车 ; Vehicle | 车业
n: motorcycle | 摩托车 | set | 350-1500
n: scooter | 踏板摩托车 | set | 300-1100
n: dirt bike | 越野摩托车 | set | 400-1800
n: ATV | 全地形车 | set | 500-2500
m: four-stroke | 四冲程
t: 110cc 125cc 150cc 200cc 250cc ; EURO5 EPA
n: electric scooter | 电动滑板车 | pc | 90-450
n: electric motorcycle | 电动摩托车 | set | 350-1500
n: electric bicycle | 电动自行车 | pc | 180-800
n: electric tricycle | 电动三轮车 | set | 400-1500
m: foldable | 可折叠 ; long range | 长续航
t: 36V 48V 60V 72V ; 350W 500W 1000W 2000W 3000W
n: mountain bike | 山地自行车 | pc | 45-350
n: road bike | 公路自行车 | pc | 80-600
n: folding bike | 折叠自行车 | pc | 60-300
n: city bike | 城市自行车 | pc | 40-200
a: aluminium | 铝合金 ; carbon fiber | 碳纤维 ; high-carbon steel | 高碳钢
t: 20inch 26inch 27.5inch 29inch 700C ; 7-speed 21-speed 24-speed
n: motorcycle helmet | 摩托车头盔 | pc | 8-60
n: bicycle helmet | 自行车头盔 | pc | 4-25
m: full face | 全盔 / open face | 半盔 ; lightweight | 轻量
t: DOT ECE22.06 EN1078 ; M L XL
n: motorcycle tyre | 摩托车轮胎 | pc | 8-40
m: tubeless | 真空
t: 3.00-18 2.75-17 90/90-18 110/90-16
n: bicycle tyre | 自行车外胎 | pc | 2-15
m: puncture resistant | 防刺
t: 26x1.95 700x25C 29x2.2
n: chain sprocket kit | 链条链轮套件 | set | 6-30
n: bike light | 自行车灯 | pc | 1-10
m: OEM quality | 原厂品质 ; rechargeable | 可充电

== vehicles.nev | New Energy Vehicles & EV Charging | 新能源汽车及充电设备
i: New Energy Vehicle | 新能源汽车 ; Automobile | 汽车 ; EV Technology | 电动汽车科技
n: electric car | 纯电动汽车 | set | 6000-30000
n: plug-in hybrid SUV | 插电混动SUV | set | 15000-40000
n: electric pickup | 电动皮卡 | set | 12000-35000
m: left-hand drive | 左舵 / right-hand drive | 右舵
t: 400km 520km 610km ; 5-seat 7-seat ; 4WD 2WD
n: low-speed electric vehicle | 低速电动车 | set | 1500-5000
n: electric golf cart | 电动高尔夫球车 | set | 2000-6000
n: sightseeing car | 电动观光车 | set | 3000-9000
t: 48V 72V ; 2-seat 4-seat 6-seat 8-seat
n: EV charger | 电动汽车充电桩 | pc | 150-1200
n: portable EV charger | 便携式充电枪 | pc | 80-250
n: EV charging cable | 电动汽车充电线 | pc | 40-150
m: wall-mounted | 壁挂式 ; smart | 智能
t: 7kW 11kW 22kW ; Type1 Type2 GB/T ; 16A 32A
n: DC fast charger | 直流快充桩 | set | 3000-20000
t: 60kW 120kW 160kW ; CCS2 CHAdeMO GB/T

== machinery.processing | Processing Machinery & Automation | 加工机械及工业自动化
i: Machinery | 机械 ; Machine Tool | 机床
i: Intelligent Equipment | 智能装备 ; CNC Technology | 数控科技
n: CNC lathe | 数控车床 | set | 8000-60000
n: CNC milling machine | 数控铣床 | set | 10000-80000
n: CNC router | 数控雕刻机 | set | 2500-25000
n: machining center | 加工中心 | set | 20000-120000
m: high precision | 高精度 ; heavy duty | 重型
t: 3-axis 4-axis 5-axis ; FANUC GSK Siemens
n: laser cutting machine | 激光切割机 | set | 6000-90000
n: laser engraving machine | 激光雕刻机 | set | 300-8000
n: laser welding machine | 激光焊接机 | set | 3000-20000
n: laser marking machine | 激光打标机 | set | 1500-8000
m: high precision | 高精度 ; automatic | 自动
t: fiber CO2 UV ; 1000W 1500W 3000W 6000W 12000W
n: press brake | 折弯机 | set | 6000-50000
n: shearing machine | 剪板机 | set | 5000-40000
n: plate rolling machine | 卷板机 | set | 6000-60000
m: hydraulic | 液压 ; CNC | 数控
t: 100T 160T 250T ; 3200mm 4000mm
n: injection molding machine | 注塑机 | set | 15000-150000
n: blow molding machine | 吹塑机 | set | 10000-80000
n: plastic extruder | 塑料挤出机 | set | 10000-100000
m: servo | 伺服 ; energy saving | 节能 ; automatic | 全自动
t: 90T 160T 250T 500T
n: packaging machine | 包装机 | set | 3000-50000
n: filling machine | 灌装机 | set | 3000-40000
n: labeling machine | 贴标机 | set | 1500-15000
n: sealing machine | 封口机 | set | 80-3000
m: automatic | 全自动 / semi-automatic | 半自动
a: stainless steel | 不锈钢
t: 220V 380V ; 30bpm 60bpm 120bpm
n: servo motor | 伺服电机 | pc | 60-800
n: frequency inverter | 变频器 | pc | 40-1500
n: stepper motor | 步进电机 | pc | 5-80
m: closed-loop | 闭环
t: 0.4kW 0.75kW 1.5kW 2.2kW 7.5kW ; 220V 380V
n: PLC | PLC控制器 | pc | 80-1500
n: HMI touch screen | 人机界面触摸屏 | pc | 60-600
n: proximity sensor | 接近传感器 | pc | 2-25
m: industrial | 工业级
t: 24V ; RS485 Ethernet Modbus
n: industrial robot | 工业机器人 | set | 8000-60000
n: collaborative robot | 协作机器人 | set | 10000-40000
n: robotic arm | 机械臂 | set | 3000-40000
m: welding | 焊接 / palletizing | 码垛 / painting | 喷涂
t: 4-axis 6-axis ; 5kg 10kg 20kg 50kg

== machinery.construction | Construction & Mining Machinery | 工程及矿山机械
i: Heavy Industry | 重工 ; Construction Machinery | 工程机械 ; Machinery | 机械
n: excavator | 挖掘机 | set | 8000-150000
n: mini excavator | 小型挖掘机 | set | 5000-25000
n: wheel loader | 装载机 | set | 12000-90000
n: skid steer loader | 滑移装载机 | set | 8000-30000
n: bulldozer | 推土机 | set | 40000-200000
n: road roller | 压路机 | set | 15000-90000
n: forklift | 叉车 | set | 4000-30000
m: diesel | 柴油 / electric | 电动 ; hydraulic | 液压
t: EPA EUROV ; Cummins Yanmar Kubota Weichai ; 1ton 3ton 5ton 20ton
n: concrete mixer | 混凝土搅拌机 | set | 800-15000
n: concrete pump | 混凝土泵 | set | 8000-60000
n: tower crane | 塔式起重机 | set | 20000-150000
n: scissor lift | 剪叉式升降机 | set | 2500-12000
n: plate compactor | 平板夯 | set | 200-900
m: diesel | 柴油 / electric | 电动 ; mobile | 移动式
t: 220V 380V
n: jaw crusher | 颚式破碎机 | set | 5000-60000
n: ball mill | 球磨机 | set | 10000-100000
n: vibrating screen | 振动筛 | set | 2000-20000
n: drilling rig | 钻机 | set | 8000-150000
m: mobile | 移动式 ; heavy duty | 重型
t: 50tph 100tph 200tph

== machinery.agricultural | Agricultural Machinery | 农业机械
i: Agricultural Machinery | 农业机械 ; Farm Equipment | 农机 ; Agricultural Equipment | 农机装备
n: tractor | 拖拉机 | set | 2500-30000
n: walking tractor | 手扶拖拉机 | set | 600-2000
n: mini tractor | 小型拖拉机 | set | 1800-6000
m: diesel | 柴油
t: 12HP 25HP 50HP 80HP 120HP ; 4WD 2WD
n: rotary tiller | 旋耕机 | set | 400-3000
n: disc harrow | 圆盘耙 | set | 500-4000
n: disc plough | 圆盘犁 | set | 400-3000
n: seeder | 播种机 | set | 300-5000
n: fertilizer spreader | 撒肥机 | set | 200-2500
m: heavy duty | 重型
t: 1.2m 1.8m 2.2m 3m
n: combine harvester | 联合收割机 | set | 15000-80000
n: corn harvester | 玉米收割机 | set | 8000-40000
n: rice transplanter | 插秧机 | set | 2000-12000
m: self-propelled | 自走式
t: 2-row 4-row 6-row
n: agricultural sprayer | 农用喷雾器 | set | 10-3000
n: agricultural drone | 植保无人机 | set | 3000-15000
n: knapsack sprayer | 背负式喷雾器 | pc | 8-60
m: electric | 电动
t: 16L 20L 30L 40L
n: feed pellet machine | 颗粒饲料机 | set | 400-8000
n: rice mill | 碾米机 | set | 500-20000
n: chaff cutter | 铡草机 | set | 150-1500
n: corn thresher | 玉米脱粒机 | set | 150-1200
m: electric | 电动 / diesel | 柴油
t: 220V 380V

== machinery.general | General Machinery & Components | 通用机械及基础件
i: Machinery | 机械 ; Pump | 泵业 ; Bearing | 轴承 ; Valve | 阀门 ; Power Machinery | 动力机械
n: water pump | 水泵 | pc | 20-900
n: submersible pump | 潜水泵 | pc | 25-1200
n: centrifugal pump | 离心泵 | pc | 50-3000
n: air compressor | 空压机 | set | 80-8000
n: screw air compressor | 螺杆空压机 | set | 1500-20000
m: energy saving | 节能 ; silent | 静音
a: stainless steel | 不锈钢 ; cast iron | 铸铁
t: 0.75kW 1.5kW 7.5kW 22kW 37kW ; 220V 380V
n: diesel generator | 柴油发电机组 | set | 800-60000
n: gasoline generator | 汽油发电机 | set | 120-900
n: diesel engine | 柴油机 | pc | 300-15000
m: silent | 静音 / open type | 开架式
t: 5kW 10kW 30kW 100kW 500kW ; 50Hz 60Hz
n: electric motor | 电动机 | pc | 30-3000
m: three phase | 三相 / single phase | 单相 ; energy saving | 节能
t: 0.75kW 2.2kW 7.5kW 15kW 55kW ; IE2 IE3 ; 2-pole 4-pole
n: bearing | 轴承 | pc | 0.3-200
n: ball bearing | 深沟球轴承 | pc | 0.2-30
n: tapered roller bearing | 圆锥滚子轴承 | pc | 0.8-60
n: pillow block bearing | 带座轴承 | pc | 1-25
a: chrome steel | 铬钢 ; stainless steel | 不锈钢 ; ceramic | 陶瓷
t: 6204 6205 6206 6305 30205 ; 2RS ZZ ; P5 P6
n: gearbox | 减速机 | pc | 40-3000
n: worm gear reducer | 蜗轮蜗杆减速机 | pc | 30-800
n: roller chain | 滚子链 | m | 1-15
n: coupling | 联轴器 | pc | 5-300
n: sprocket | 链轮 | pc | 2-60
m: heavy duty | 重型 ; industrial | 工业
n: hydraulic cylinder | 液压油缸 | pc | 30-800
n: hydraulic pump | 液压泵 | pc | 40-1500
n: hydraulic valve | 液压阀 | pc | 15-400
n: hydraulic hose | 液压软管 | m | 1-20
m: high pressure | 高压
t: 16MPa 25MPa 31.5MPa
n: ball valve | 球阀 | pc | 2-300
n: gate valve | 闸阀 | pc | 10-800
n: butterfly valve | 蝶阀 | pc | 10-600
n: check valve | 止回阀 | pc | 3-300
m: flanged | 法兰 / threaded | 螺纹
a: stainless steel | 不锈钢 ; brass | 黄铜 ; cast iron | 铸铁
t: DN15 DN25 DN50 DN100 DN200 ; PN16 PN25
"""

TRANSLATIONS = """
brake pad = es:f pastilla de freno ; fr:f plaquette de frein ; pt:f pastilha de freio
  ru:f тормозная колодка ; ar:f وسادة فرامل ; ja ブレーキパッド
oil filter = es:m filtro de aceite ; fr:m filtre à huile ; pt:m filtro de óleo
  ru:m масляный фильтр ; ar:m فلتر زيت ; ja オイルフィルター
spark plug = es:f bujía ; fr:f bougie d'allumage ; pt:f vela de ignição ; ru:f свеча зажигания
  ar:f شمعة احتراق ; ja スパークプラグ
shock absorber = es:m amortiguador ; fr:m amortisseur ; pt:m amortecedor ; ru:m амортизатор
  ar:m ممتص صدمات ; ja ショックアブソーバー
car tyre = es:m neumático de coche ; fr:m pneu de voiture ; pt:m pneu de carro
  ru:f автомобильная шина ; ar:m إطار سيارة ; ja 自動車タイヤ
car battery = es:f batería de coche ; fr:f batterie de voiture ; pt:f bateria de carro
  ru:m автомобильный аккумулятор ; ar:f بطارية سيارة ; ja カーバッテリー
car seat cover = es:f funda de asiento de coche ; fr:f housse de siège auto
  pt:f capa de banco de carro ; ru:m чехол на автомобильное сиденье ; ar:m غطاء مقعد سيارة
  ja カーシートカバー
dash cam = es:f cámara para coche ; fr:f caméra embarquée ; pt:f câmera veicular
  ru:m видеорегистратор ; ar:f كاميرا سيارة ; ja ドライブレコーダー
car phone holder = es:m soporte de móvil para coche ; fr:m support de téléphone voiture
  pt:m suporte de celular para carro ; ru:m автомобильный держатель для телефона
  ar:m حامل هاتف للسيارة ; ja 車載スマホホルダー
tire inflator = es:m inflador de neumáticos ; fr:m gonfleur de pneus ; pt:m compressor de pneus
  ru:m автомобильный компрессор ; ar:f منفاخ إطارات ; ja タイヤ空気入れ
motorcycle = es:f motocicleta ; fr:f moto ; pt:f motocicleta ; ru:m мотоцикл ; ar:f دراجة نارية
  ja オートバイ
electric scooter = es:m patinete eléctrico ; fr:f trottinette électrique ; ja 電動キックボード
  pt:m patinete elétrico ; ru:m электросамокат ; ar:m سكوتر كهربائي
electric bicycle = es:f bicicleta eléctrica ; fr:m vélo électrique ; pt:f bicicleta elétrica
  ru:m электровелосипед ; ar:f دراجة كهربائية ; ja 電動自転車
mountain bike = es:f bicicleta de montaña ; fr:m VTT ; pt:f bicicleta de montanha
  ru:m горный велосипед ; ar:f دراجة جبلية ; ja マウンテンバイク
motorcycle helmet = es:m casco de moto ; fr:m casque de moto ; pt:m capacete de moto
  ru:m мотошлем ; ar:f خوذة دراجة نارية ; ja バイクヘルメット
electric car = es:m coche eléctrico ; fr:f voiture électrique ; pt:m carro elétrico
  ru:m электромобиль ; ar:f سيارة كهربائية ; ja 電気自動車
EV charger = es:m cargador para vehículos eléctricos ; fr:f borne de recharge
  pt:m carregador para veículos elétricos ; ru:f зарядная станция для электромобилей
  ar:m شاحن سيارات كهربائية ; ja EV充電器
CNC lathe = es:m torno CNC ; fr:m tour CNC ; pt:m torno CNC ; ru:m токарный станок с ЧПУ
  ar:f مخرطة CNC ; ja CNC旋盤
laser cutting machine = es:f máquina de corte láser ; fr:f machine de découpe laser
  pt:f máquina de corte a laser ; ru:m станок лазерной резки ; ar:f آلة قطع بالليزر
  ja レーザー切断機
injection molding machine = es:f máquina de moldeo por inyección ; fr:f presse à injecter
  pt:f máquina injetora ; ru:m термопластавтомат ; ar:f آلة قولبة بالحقن ; ja 射出成形機
packaging machine = es:f máquina de embalaje ; fr:f machine d'emballage
  pt:f máquina de embalagem ; ru:m упаковочный автомат ; ar:f آلة تعبئة وتغليف ; ja 包装機
excavator = es:f excavadora ; fr:f pelle hydraulique ; pt:f escavadeira ; ru:m экскаватор
  ar:f حفارة ; ja 油圧ショベル
wheel loader = es:f cargadora de ruedas ; fr:f chargeuse sur pneus ; pt:f pá carregadeira
  ru:m фронтальный погрузчик ; ar:m لودر بعجلات ; ja ホイールローダー
forklift = es:f carretilla elevadora ; fr:m chariot élévateur ; pt:f empilhadeira
  ru:m вилочный погрузчик ; ar:f رافعة شوكية ; ja フォークリフト
concrete mixer = es:f hormigonera ; fr:f bétonnière ; pt:f betoneira ; ru:f бетономешалка
  ar:m خلاط خرسانة ; ja コンクリートミキサー
tractor = es:m tractor ; fr:m tracteur ; pt:m trator ; ru:m трактор ; ar:m جرار زراعي
  ja トラクター
water pump = es:f bomba de agua ; fr:f pompe à eau ; pt:f bomba de água ; ru:m водяной насос
  ar:f مضخة مياه ; ja ウォーターポンプ
air compressor = es:m compresor de aire ; fr:m compresseur d'air ; pt:m compressor de ar
  ru:m воздушный компрессор ; ar:m ضاغط هواء ; ja エアコンプレッサー
diesel generator = es:m generador diésel ; fr:m groupe électrogène diesel ; ja ディーゼル発電機
  pt:m gerador a diesel ; ru:m дизельный генератор ; ar:m مولد ديزل
bearing = es:m rodamiento ; fr:m roulement ; pt:m rolamento ; ru:m подшипник ; ar:m محمل
  ja ベアリング
ball valve = es:f válvula de bola ; fr:f vanne à boisseau sphérique ; pt:f válvula de esfera
  ru:m шаровой кран ; ar:m صمام كروي ; ja ボールバルブ
"""
