# ruff: noqa: RUF001 - word lists in Cyrillic, Arabic and CJK, not look-alike typos
"""Product words buyers type, in the 8 shipped languages, mapped to English index terms.

Every catalog name has an English version, so a query in any language is answered by
translating its product words to the English words the catalog uses. One concept a
line (indented lines continue the previous one):

    english target [/ alternative ...] [; english synonym ...] = zh | es | fr | ru | ar | pt | ja

Targets separated by "/" are alternatives (any of them matches); the words of one
target must all match. Cells hold ";"-separated phrases. Phrases are compared after
`bot.search.text` normalisation and plural folding, so singular forms suffice. A
phrase that means something else in another shipped language is left out on purpose
(es "tinta" is ink, pt "tinta" is paint), because all languages share one lookup.
"""

PRODUCTS = """
bluetooth speaker ; wireless speaker = 蓝牙音箱 ; 蓝牙音响 | altavoz bluetooth ; parlante bluetooth
  | enceinte bluetooth | блютуз колонка ; bluetooth колонка | سماعة بلوتوث
  | caixa de som bluetooth | ブルートゥーススピーカー
speaker ; loudspeaker = 音箱 ; 音响 ; 扬声器 | altavoz ; parlante ; bocina | enceinte
  ; haut-parleur
  | колонка ; динамик | سماعة ; مكبر صوت | caixa de som ; alto-falante | スピーカー
headphone / earphone / earbud / headset = 耳机 | auriculares ; audífonos | écouteurs ; casque audio
  | наушники | سماعات الرأس ; سماعات أذن | fones de ouvido | イヤホン ; ヘッドホン
power bank = 充电宝 ; 移动电源 | batería externa | batterie externe | повербанк
  ; внешний аккумулятор
  | باور بانك ; شاحن متنقل | carregador portátil | モバイルバッテリー
charger = 充电器 | cargador | chargeur | зарядное устройство ; зарядка | شاحن | carregador | 充電器
charging cable ; usb cable ; data cable = 数据线 ; 充电线 | cable de carga ; cable usb
  | câble de charge ; câble usb | кабель для зарядки ; usb кабель | كابل شحن
  | cabo de carregamento ; cabo usb | 充電ケーブル
phone case ; phone cover = 手机壳 | funda de teléfono ; funda de móvil ; carcasa
  | coque de téléphone
  | чехол для телефона | جراب هاتف ; غطاء هاتف | capa de celular ; capinha | スマホケース
smartwatch / smart watch = 智能手表 | reloj inteligente | montre connectée | умные часы
  ; смарт часы
  | ساعة ذكية | relógio inteligente | スマートウォッチ
projector = 投影仪 | proyector | projecteur | проектор | جهاز عرض ; بروجكتور | projetor
  | プロジェクター
mobile phone / smartphone ; cell phone ; cellphone = 手机 | teléfono móvil ; celular ; móvil
  | téléphone portable ; smartphone | мобильный телефон ; смартфон | هاتف محمول ; جوال
  | telefone celular | スマートフォン ; 携帯電話
camera = 相机 ; 照相机 | cámara | appareil photo ; caméra | камера ; фотоаппарат | كاميرا | câmera
  | カメラ
security camera ; cctv camera ; surveillance camera = 监控摄像头 ; 摄像头 | cámara de seguridad
  | caméra de surveillance | камера видеонаблюдения | كاميرا مراقبة | câmera de segurança
  | 防犯カメラ
air fryer = 空气炸锅 | freidora de aire | friteuse sans huile ; friteuse à air
  | аэрогриль ; фритюрница без масла | قلاية هوائية | fritadeira elétrica | エアフライヤー
  ; ノンフライヤー
kettle = 电热水壶 ; 电水壶 | hervidor eléctrico ; hervidor | bouilloire électrique ; bouilloire
  | электрочайник ; электрический чайник ; чайник | غلاية كهربائية ; غلاية
  | chaleira elétrica ; chaleira
  | 電気ケトル ; ケトル
blender = 搅拌机 ; 榨汁机 | licuadora | mixeur | блендер | خلاط | liquidificador | ミキサー
  ; ブレンダー
rice cooker = 电饭煲 ; 电饭锅 | arrocera | cuiseur à riz | рисоварка | طباخ أرز | panela de arroz
  | 炊飯器
coffee maker / coffee machine = 咖啡机 | cafetera | cafetière ; machine à café
  | кофеварка ; кофемашина | آلة قهوة ; ماكينة قهوة | cafeteira | コーヒーメーカー
microwave = 微波炉 | microondas ; horno microondas | micro-ondes ; four à micro-ondes
  | микроволновая печь ; микроволновка | ميكروويف ; فرن ميكروويف | micro-ondas | 電子レンジ
vacuum cleaner ; vacuum = 吸尘器 | aspiradora | aspirateur | пылесос | مكنسة كهربائية
  | aspirador de pó
  | 掃除機
air purifier = 空气净化器 | purificador de aire | purificateur d'air | очиститель воздуха
  | منقي هواء ; جهاز تنقية الهواء | purificador de ar | 空気清浄機
refrigerator / fridge = 冰箱 | refrigerador ; nevera ; frigorífico | réfrigérateur ; frigo
  | холодильник | ثلاجة | geladeira | 冷蔵庫
washing machine = 洗衣机 | lavadora ; lavarropas | machine à laver ; lave-linge | стиральная машина
  | غسالة | máquina de lavar | 洗濯機
air conditioner = 空调 | aire acondicionado | climatiseur | кондиционер | مكيف ; مكيف هواء
  | ar condicionado | エアコン
fan = 电风扇 ; 风扇 | ventilador | ventilateur | вентилятор | مروحة | ventilador | 扇風機
keyboard = 键盘 | teclado | clavier | клавиатура | لوحة مفاتيح | teclado | キーボード
mouse = 鼠标 | ratón | souris | компьютерная мышь ; мышка | فأرة ; ماوس | mouse | マウス
laptop = 笔记本电脑 | portátil ; computadora portátil | ordinateur portable | ноутбук
  | حاسوب محمول ; لابتوب | laptop | ノートパソコン
tablet = 平板电脑 | tableta | tablette | планшет | جهاز لوحي ; تابلت | tablet | タブレット
monitor = 显示器 | monitor | écran ; moniteur | монитор | شاشة | monitor | モニター
usb flash drive ; usb stick ; pen drive = 优盘 | memoria usb ; pendrive | clé usb | флешка
  | فلاش ميموري | pen drive | usbメモリ
router = 路由器 | enrutador | routeur | роутер ; маршрутизатор | راوتر | roteador | ルーター
led strip ; led tape ; led strip light = 灯带 | tira led | ruban led | светодиодная лента
  | شريط ليد | fita led | テープライト
led bulb / light bulb = 灯泡 | bombilla led ; bombilla ; bombillo | ampoule led ; ampoule
  | светодиодная лампа ; лампочка | لمبة ليد ; لمبة | lâmpada led ; lâmpada | 電球
led panel = 面板灯 | panel led | panneau led ; dalle led | светодиодная панель | لوحة إضاءة ليد
  | painel de led | ledパネル
flood light ; floodlight = 投光灯 | reflector led ; foco led | projecteur led | прожектор
  | كشاف ليد ; كشاف | refletor led | 投光器
street light = 路灯 | farola ; luminaria de calle | lampadaire ; éclairage public
  | уличный фонарь ; уличный светильник | إنارة الشوارع ; عمود إنارة | poste de luz | 街路灯 ; 街灯
ceiling light / ceiling lamp = 吸顶灯 | lámpara de techo ; plafón | plafonnier
  | потолочный светильник | إضاءة سقف | luminária de teto | シーリングライト
chandelier = 吊灯 ; 水晶吊灯 | candelabro ; araña de luces | lustre | люстра | ثريا | lustre
  | シャンデリア
table lamp / desk lamp = 台灯 | lámpara de mesa ; lámpara de escritorio | lampe de table
  ; lampe de bureau | настольная лампа | مصباح طاولة ; مصباح مكتب | luminária de mesa
  | デスクライト ; 卓上ライト
solar light / solar lamp = 太阳能灯 | luz solar ; lámpara solar | lampe solaire
  | солнечный фонарь ; солнечная лампа | ضوء شمسي ; مصباح شمسي | luminária solar | ソーラーライト
flashlight / torch = 手电筒 | linterna | lampe de poche ; torche | фонарик | مصباح يدوي ; كشاف يدوي
  | lanterna | 懐中電灯
string light / fairy light = 灯串 ; 彩灯 | guirnalda de luces ; luces de hadas
  | guirlande lumineuse
  | гирлянда | أضواء زينة | cordão de luz ; pisca-pisca | ストリングライト ; イルミネーションライト
switch = 开关 | interruptor | interrupteur | выключатель | مفتاح كهربائي | interruptor | スイッチ
socket / outlet ; power socket = 插座 | enchufe ; toma de corriente | prise électrique ; prise
  | розетка | مقبس ; بريزة | tomada | コンセント
cable / wire = 电线 ; 电缆 | cable eléctrico | câble électrique | электрический кабель ; провод
  | كابل كهربائي ; سلك | cabo elétrico ; fio | 電線 ; ケーブル
car / automobile = 汽车 ; 轿车 | coche ; automóvil ; carro | voiture | автомобиль | سيارة
  | automóvel
  | 自動車
electric scooter ; e-scooter = 电动滑板车 | patinete eléctrico ; scooter eléctrico
  | trottinette électrique | электросамокат | سكوتر كهربائي | patinete elétrico
  | 電動キックボード ; 電動スクーター
electric bicycle / e-bike ; electric bike = 电动自行车 ; 电瓶车 | bicicleta eléctrica
  | vélo électrique
  | электровелосипед | دراجة كهربائية | bicicleta elétrica | 電動自転車
bicycle / bike = 自行车 | bicicleta | vélo ; bicyclette | велосипед | دراجة هوائية ; دراجة
  | bicicleta | 自転車
motorcycle = 摩托车 | motocicleta ; moto | moto ; motocyclette | мотоцикл | دراجة نارية
  | motocicleta | オートバイ ; バイク
tire / tyre = 轮胎 | neumático ; llanta | pneu | шина | إطار سيارة | pneu | タイヤ
brake pad = 刹车片 | pastilla de freno | plaquette de frein | тормозные колодки ; тормозная колодка
  | تيل فرامل | pastilha de freio | ブレーキパッド
auto part / car part / spare part = 汽车配件 ; 汽配 | autopartes ; repuestos | pièces auto
  ; pièces détachées | автозапчасти ; запчасти | قطع غيار السيارات ; قطع غيار | autopeças
  | 自動車部品
generator = 发电机 ; 柴油发电机 | generador | groupe électrogène ; générateur | генератор
  | مولد كهربائي ; مولد | gerador | 発電機
pump = 水泵 ; 泵 | bomba de agua ; bomba | pompe à eau ; pompe | насос | مضخة مياه ; مضخة
  | bomba d'água | ポンプ
air compressor = 空压机 ; 空气压缩机 | compresor de aire | compresseur d'air ; compresseur
  | компрессор | ضاغط هواء ; كمبروسر | compressor de ar | エアコンプレッサー
cnc = 数控机床 | máquina cnc | machine cnc | станок с чпу | آلة cnc | máquina cnc | cnc工作機械
packaging machine / packing machine = 包装机 | máquina empacadora | machine d'emballage
  | упаковочная машина | آلة تغليف | máquina de embalagem | 包装機
excavator = 挖掘机 | excavadora | pelleteuse ; excavatrice | экскаватор | حفارة | escavadeira
  | ショベルカー ; 掘削機
forklift = 叉车 | montacargas ; carretilla elevadora | chariot élévateur | погрузчик
  | رافعة شوكية | empilhadeira | フォークリフト
welding machine / welder = 电焊机 ; 焊机 | soldadora ; máquina de soldar | poste à souder
  | сварочный аппарат | ماكينة لحام | máquina de solda | 溶接機
laser cutting / laser cutter = 激光切割机 | cortadora láser | machine de découpe laser
  | лазерный станок | آلة قطع بالليزر | máquina de corte a laser | レーザー切断機
motor = 电机 ; 电动机 ; 马达 | motor eléctrico | moteur électrique ; moteur | электродвигатель
  ; двигатель | محرك كهربائي ; محرك | motor elétrico | モーター
bearing = 轴承 | rodamiento ; cojinete | roulement | подшипник | محمل ; رولمان بلي | rolamento
  | ベアリング
valve = 阀门 | válvula | vanne | клапан ; задвижка | صمام ; محبس | válvula | バルブ
knife = 刀 ; 刀具 | cuchillo | couteau | нож | سكين | faca | ナイフ
kitchen knife / chef knife = 菜刀 ; 厨房刀 ; 厨师刀 | cuchillo de cocina | couteau de cuisine
  | кухонный нож | سكين مطبخ | faca de cozinha | 包丁 ; キッチンナイフ
scissors = 剪刀 | tijeras | ciseaux | ножницы | مقص | tesoura | ハサミ ; はさみ
hammer = 锤子 ; 榔头 | martillo | marteau | молоток | مطرقة ; شاكوش | martelo | ハンマー
screwdriver = 螺丝刀 ; 起子 | destornillador | tournevis | отвертка | مفك براغي ; مفك
  | chave de fenda | ドライバー
wrench / spanner = 扳手 | llave inglesa | clé à molette | гаечный ключ | مفتاح ربط | chave inglesa
  | レンチ ; スパナ
plier = 钳子 ; 老虎钳 | alicates ; pinzas | pince | плоскогубцы ; пассатижи | كماشة ; زرادية
  | alicate | ペンチ ; プライヤー
drill = 电钻 | taladro | perceuse | дрель | مثقاب ; دريل | furadeira | ドリル ; 電動ドリル
angle grinder = 角磨机 | amoladora ; esmeriladora | meuleuse | болгарка ; угловая шлифмашина
  | صاروخ تجليخ ; جلاخة | esmerilhadeira | グラインダー ; ディスクグラインダー
tool set / tool kit = 工具套装 ; 工具箱 | juego de herramientas ; caja de herramientas
  | kit d'outils ; caisse à outils | набор инструментов | طقم عدة ; صندوق عدة
  | jogo de ferramentas ; kit de ferramentas | 工具セット
power tool / cordless = 电动工具 | herramienta eléctrica | outil électrique | электроинструмент
  | أدوات كهربائية | ferramenta elétrica | 電動工具
screw = 螺丝 ; 螺钉 | tornillo | vis | шуруп ; винт | برغي | parafuso | ねじ ; ネジ ; ビス
nail = 钉子 ; 圆钉 | clavo | clou | гвоздь | مسمار | prego | 釘
lock / padlock = 锁 ; 门锁 ; 挂锁 | cerradura ; candado | serrure ; cadenas | замок | قفل
  | fechadura ; cadeado | 南京錠 ; 錠前
door handle = 门把手 | manija de puerta ; pomo | poignée de porte | дверная ручка | مقبض باب
  | maçaneta | ドアハンドル ; ドアノブ
faucet ; tap = 水龙头 | grifo | robinet | смеситель ; кран | حنفية ; صنبور | torneira | 蛇口 ; 水栓
tape measure = 卷尺 | cinta métrica ; flexómetro | mètre ruban | рулетка | شريط قياس | trena
  | メジャー ; 巻尺
stainless steel ; inox = 不锈钢 | acero inoxidable | acier inoxydable | нержавеющая сталь
  ; нержавейка
  | ستانلس ستيل | aço inoxidável | ステンレス
steel = 钢 ; 钢材 | acero | acier | сталь ; стальной | فولاذ ; حديد | aço | 鋼 ; スチール
aluminium / aluminum = 铝 ; 铝合金 | aluminio | alu | алюминий ; алюминиевый | ألومنيوم ; المنيوم
  | alumínio | アルミ ; アルミニウム
plastic = 塑料 | plástico | plastique | пластик ; пластиковый | بلاستيك | plástico | プラスチック
wood / wooden = 木制 ; 实木 ; 木质 | madera | bois | дерево ; деревянный | خشب ; خشبي | madeira
  | 木製
bamboo = 竹 ; 竹子 | bambú | bambou | бамбук | خيزران ; بامبو | bambu | 竹
cotton = 棉 ; 纯棉 | algodón | coton | хлопок | قطن | algodão | 綿 ; コットン
leather = 皮革 ; 真皮 | cuero ; piel | cuir | кожа ; кожаный | جلد | couro | 革 ; レザー
silicone = 硅胶 | silicona | silicone | силикон | سيليكون | silicone | シリコン
ceramic = 陶瓷 | cerámica | céramique | керамика ; керамический | سيراميك ; خزف | cerâmica
  | セラミック ; 陶器
glass = 玻璃 | vidrio | verre | стекло | زجاج | vidro | ガラス
tile = 瓷砖 | azulejo ; baldosa ; porcelanato | carrelage ; carreau | плитка ; кафель | بلاط
  | piso cerâmico | タイル
flooring = 地板 | piso ; suelo ; tarima | revêtement de sol ; parquet | напольное покрытие
  ; ламинат
  | أرضيات | pavimento | 床材 ; フローリング
window = 窗户 ; 窗 | ventana | fenêtre | окно | نافذة ; شباك | janela | 窓
door = 门 | puerta | porte | дверь | باب | porta | ドア
toilet = 马桶 ; 坐便器 | inodoro ; retrete | toilettes ; cuvette | унитаз | مرحاض | vaso sanitário
  | トイレ ; 便器
shower = 花洒 ; 淋浴 | ducha ; regadera | douche ; pommeau de douche | душ ; душевая лейка | دش
  | chuveiro | シャワー ; シャワーヘッド
basin / sink = 洗手盆 ; 面盆 ; 水槽 | lavabo ; lavamanos ; fregadero | évier | раковина
  | حوض ; مغسلة | pia ; lavatório | 洗面台 ; シンク
paint / coating = 油漆 ; 涂料 | pintura | peinture | краска | طلاء ; دهان | tinta para parede
  | 塗料
  ; ペンキ
pipe = 管道 ; 水管 | tubería | tuyau | труба | أنبوب ; ماسورة | cano | パイプ ; 配管
solar panel ; solar module = 太阳能板 ; 太阳能电池板 ; 光伏板 | panel solar | panneau solaire
  | солнечная панель ; солнечная батарея | لوح شمسي ; ألواح شمسية | painel solar ; placa solar
  | ソーラーパネル ; 太陽光パネル
inverter = 逆变器 | inversor | onduleur | инвертор | إنفرتر ; عاكس | inversor | インバーター
battery = 电池 | batería ; pila | batterie ; pile | аккумулятор ; батарейка | بطارية | bateria
  ; pilha | 電池 ; バッテリー
lithium battery = 锂电池 | batería de litio | batterie au lithium | литиевый аккумулятор
  | بطارية ليثيوم | bateria de lítio | リチウム電池
solar water heater = 太阳能热水器 | calentador solar | chauffe-eau solaire
  | солнечный водонагреватель | سخان شمسي | aquecedor solar | 太陽熱温水器
power station = 户外电源 ; 便携式储能电源 | estación de energía portátil
  | station électrique portable
  | портативная электростанция | محطة طاقة محمولة | estação de energia portátil | ポータブル電源
energy storage = 储能 | almacenamiento de energía | stockage d'énergie | накопитель энергии
  | تخزين الطاقة | armazenamento de energia | 蓄電池
"""

PRODUCTS_2 = """
frying pan ; skillet = 煎锅 ; 平底锅 | sartén | poêle à frire ; poêle | сковорода ; сковородка
  | مقلاة | frigideira | フライパン
pot / pan / wok / cookware = 锅 ; 锅具 | olla ; cacerola | casserole ; marmite | кастрюля
  | قدر ; طنجرة | panela | 鍋
wok = 炒锅 | wok | wok | вок | ووك | wok | 中華鍋
pressure cooker = 压力锅 ; 高压锅 | olla a presión ; olla exprés | autocuiseur ; cocotte-minute
  | скороварка | قدر ضغط ; حلة ضغط | panela de pressão | 圧力鍋
cutting board ; chopping board = 砧板 ; 菜板 | tabla de cortar | planche à découper
  | разделочная доска | لوح تقطيع | tábua de corte | まな板
mug / cup = 马克杯 ; 杯子 ; 杯 | taza | tasse | кружка ; чашка | كوب ; مج ; فنجان | caneca ; xícara
  | マグカップ ; カップ
bottle ; water bottle = 水瓶 ; 瓶子 | botella de agua ; botella | gourde ; bouteille
  | бутылка для воды ; бутылка | زجاجة مياه ; زجاجة ; قارورة | garrafa de água ; garrafa | ボトル
flask / thermos / tumbler ; vacuum flask = 保温杯 ; 保温瓶 | termo | thermos ; bouteille isotherme
  | термос | ترمس | garrafa térmica | 魔法瓶 ; 水筒 ; タンブラー
plate / dish = 盘子 ; 碟子 ; 餐盘 | plato | assiette | тарелка | صحن ; طبق | prato | 皿 ; プレート
bowl = 碗 | tazón ; cuenco | bol | миска | وعاء ; زبدية | tigela | ボウル ; 茶碗
tableware / dinnerware / cutlery = 餐具 | vajilla ; cubiertos | vaisselle ; couverts
  | посуда ; столовые приборы | أدوات المائدة | louça ; talheres | 食器 ; カトラリー
chopstick = 筷子 | palillos chinos | baguettes chinoises | палочки для еды | عيدان الأكل
  | hashi ; pauzinhos | 箸
lunch box / bento box = 饭盒 ; 便当盒 | lonchera ; fiambrera | boîte à lunch ; boîte à repas
  | ланч бокс ; ланчбокс | علبة غداء | marmita ; lancheira | 弁当箱
food storage container / food container = 保鲜盒 | recipiente para alimentos ; táper
  | boîte de conservation | контейнер для еды | علبة حفظ الطعام | pote hermético | 保存容器
  ; タッパー
storage box / organizer = 收纳盒 ; 收纳箱 | caja organizadora ; caja de almacenamiento
  | boîte de rangement | контейнер для хранения ; ящик для хранения | صندوق تخزين
  | caixa organizadora | 収納ボックス
towel = 毛巾 | toalla | serviette de bain ; serviette | полотенце | منشفة ; فوطة | toalha | タオル
umbrella = 雨伞 ; 伞 | paraguas | parapluie | зонт ; зонтик | مظلة ; شمسية | guarda-chuva | 傘
hanger = 衣架 | percha | cintre | вешалка | علاقة ملابس ; شماعة | cabide | ハンガー
mop = 拖把 | trapeador ; fregona ; mopa | serpillière | швабра | ممسحة | esfregão | モップ
trash can / bin / dustbin = 垃圾桶 | bote de basura ; papelera ; cubo de basura | poubelle
  | мусорное ведро | سلة مهملات ; سلة قمامة | lixeira | ゴミ箱
candle = 蜡烛 ; 香薰蜡烛 | vela | bougie | свеча | شمعة | vela | キャンドル ; ろうそく
vase = 花瓶 | florero ; jarrón | vase | ваза | مزهرية | vaso de flores | 花瓶
artificial flower ; fake flower = 仿真花 ; 人造花 | flores artificiales | fleurs artificielles
  | искусственные цветы | زهور صناعية | flores artificiais | 造花
photo frame / picture frame = 相框 | marco de fotos ; portarretratos | cadre photo | фоторамка
  | إطار صور ; برواز | porta-retrato | フォトフレーム ; 写真立て
christmas ; xmas = 圣诞 ; 圣诞装饰 ; 圣诞树 | decoración navideña ; navidad | décoration de noël
  ; noël | новогодние украшения ; елка | عيد الميلاد ; كريسماس | decoração de natal ; natal
  | クリスマス
gift box = 礼盒 ; 礼品盒 | caja de regalo | boîte cadeau | подарочная коробка | علبة هدايا
  | caixa de presente | ギフトボックス
keychain / key ring = 钥匙扣 ; 钥匙链 | llavero | porte-clés | брелок | ميدالية مفاتيح | chaveiro
  | キーホルダー
clock ; wall clock = 挂钟 ; 钟 | reloj de pared | horloge murale ; horloge | настенные часы
  | ساعة حائط | relógio de parede | 掛け時計
watch ; wristwatch = 手表 | reloj de pulsera ; reloj | montre | наручные часы ; часы | ساعة يد
  ; ساعة
  | relógio | 腕時計
chair = 椅子 ; 椅 | silla | chaise | стул ; кресло | كرسي | cadeira | チェア
office chair ; desk chair ; ergonomic chair = 办公椅 ; 电脑椅 ; 人体工学椅 | silla de oficina
  ; silla ergonómica | chaise de bureau ; fauteuil de bureau
  | офисное кресло ; компьютерное кресло ; офисный стул | كرسي مكتب ; كرسي مكتبي
  | cadeira de escritório ; cadeira ergonômica | オフィスチェア ; デスクチェア
gaming chair = 电竞椅 | silla gamer ; silla gaming | chaise gamer | игровое кресло | كرسي ألعاب
  | cadeira gamer | ゲーミングチェア
sofa / couch = 沙发 | sofá | canapé | диван | أريكة ; كنبة | sofá | ソファ ; ソファー
table = 桌子 ; 桌 ; 餐桌 | mesa | table | стол | طاولة ; ترابيزة | mesa | テーブル
desk = 办公桌 ; 书桌 | escritorio | bureau | письменный стол ; офисный стол | مكتب | escrivaninha
  | デスク
bed = 床 | cama | lit | кровать | سرير | cama | ベッド
mattress = 床垫 | colchón | matelas | матрас | مرتبة ; فرشة | colchão | マットレス
wardrobe / closet = 衣柜 | armario ; ropero | armoire ; penderie | шкаф ; гардероб
  | خزانة ملابس ; دولاب | guarda-roupa | ワードローブ ; クローゼット
cabinet / cupboard = 柜子 ; 橱柜 | gabinete ; alacena | placard | шкафчик ; тумба | خزانة
  | gabinete | キャビネット ; 戸棚
shelf / rack = 置物架 ; 书架 ; 货架 ; 架子 | estante ; repisa | étagère | полка ; стеллаж | رف
  ; رفوف
  | prateleira | 棚 ; シェルフ ; ラック
outdoor furniture / garden furniture = 户外家具 ; 庭院家具 | muebles de jardín
  ; muebles de exterior
  | mobilier de jardin ; meubles de jardin | садовая мебель | أثاث حدائق ; أثاث خارجي
  | móveis de jardim | ガーデンファニチャー ; ガーデン家具
stroller / pram ; baby stroller = 婴儿车 ; 婴儿推车 | cochecito ; carriola ; carrito de bebé
  | poussette | детская коляска ; коляска | عربة أطفال | carrinho de bebê | ベビーカー
baby bottle / feeding bottle = 奶瓶 | biberón ; mamadera | biberon | детская бутылочка
  ; бутылочка для кормления | رضاعة ; زجاجة رضاعة | mamadeira | 哺乳瓶
diaper / nappy = 尿不湿 ; 纸尿裤 | pañal | couche bébé | подгузник | حفاضات ; حفاض | fralda
  | おむつ
doll = 娃娃 ; 玩偶 | muñeca | poupée | кукла | دمية | boneca | 人形
plush / stuffed / teddy bear ; plush toy ; stuffed animal = 毛绒玩具 | peluche | peluche
  | мягкая игрушка | دمية محشوة | pelúcia | ぬいぐるみ
building block / lego = 积木 | bloques de construcción | blocs de construction
  | конструктор | مكعبات بناء ; ليغو | blocos de montar | ブロック玩具 ; 積み木
rc car / remote control ; remote control car = 遥控车 ; 遥控 | coche teledirigido
  ; carro a control remoto | voiture télécommandée | радиоуправляемая машинка
  | سيارة تحكم عن بعد | carrinho de controle remoto | ラジコン
puzzle / jigsaw puzzle = 拼图 | rompecabezas ; puzle | casse-tête | пазл ; головоломка
  | أحجية ; بازل | quebra-cabeça | パズル
kite = 风筝 | cometa ; papalote | cerf-volant | воздушный змей | طائرة ورقية | pipa | 凧
t-shirt / tee ; tshirt = 恤衫 ; 恤 | camiseta ; playera ; remera | tee-shirt | футболка
  | تيشيرت | camisa de manga curta | tシャツ
shirt = 衬衫 ; 衬衣 | camisa | chemise | рубашка | قميص | camisa | シャツ
hoodie / sweatshirt = 卫衣 ; 连帽衫 | sudadera | sweat à capuche | толстовка ; худи
  | هودي ; سويت شيرت | moletom | パーカー ; トレーナー
jacket / coat = 夹克 ; 外套 | chaqueta ; abrigo ; chamarra | veste ; manteau ; blouson
  | куртка ; пальто | جاكيت ; معطف | jaqueta ; casaco | ジャケット ; コート
dress = 连衣裙 | vestido | robe | платье | فستان | vestido | ワンピース ; ドレス
jean / denim = 牛仔裤 ; 牛仔 | vaqueros | jean | джинсы | جينز | calça jeans | ジーンズ ; デニム
trouser / pant = 裤子 ; 长裤 | pantalones | pantalon | брюки ; штаны | بنطلون ; سروال | calças
  | ズボン ; パンツ
sock = 袜子 | calcetines ; medias | chaussettes | носки | جوارب ; شرابات | meias | 靴下 ; ソックス
underwear / brief / panty / bra = 内衣 ; 内裤 | ropa interior | sous-vêtements | нижнее белье
  | ملابس داخلية | roupa íntima ; cueca | 下着
sportswear / tracksuit / legging / activewear = 运动服 | ropa deportiva | vêtements de sport
  | спортивная одежда | ملابس رياضية | roupa esportiva | スポーツウェア
swimsuit / swimwear / bikini = 泳衣 | traje de baño ; bañador | maillot de bain | купальник
  | ملابس سباحة ; مايوه | maiô ; roupa de banho | 水着
scarf = 围巾 | bufanda | écharpe ; foulard | шарф | وشاح | cachecol ; lenço | スカーフ ; マフラー
hat / cap / beanie = 帽子 | gorra ; sombrero | chapeau ; casquette | шапка ; кепка ; шляпа | قبعة
  | boné ; chapéu | キャップ ; ハット
glove = 手套 | guantes | gants | перчатки | قفازات | luvas | 手袋 ; グローブ
fabric / textile ; cloth = 面料 ; 布料 ; 布 | tela ; tejido | tissu | ткань | قماش | tecido | 生地
bed sheet / bedding / duvet = 床单 ; 床上用品 ; 被套 | sábana ; ropa de cama | drap ; linge de lit
  | постельное белье ; простыня | ملاءة سرير ; مفارش سرير | lençol ; roupa de cama | シーツ ; 寝具
curtain = 窗帘 | cortina | rideau | штора ; занавеска | ستارة ; ستائر | cortina | カーテン
pillow = 枕头 | almohada | oreiller | подушка | وسادة ; مخدة | travesseiro | 枕
blanket = 毯子 ; 毛毯 | manta ; cobija ; frazada | couverture ; plaid | одеяло ; плед
  | بطانية | cobertor | 毛布 ; ブランケット
carpet / rug = 地毯 | alfombra | tapis | ковер | سجادة | tapete | カーペット ; ラグ
shoe = 鞋 ; 鞋子 | zapatos | chaussures | обувь ; туфли | أحذية ; حذاء | sapatos | 靴 ; シューズ
sneaker / running shoe / sports shoe ; trainer = 运动鞋 ; 跑鞋 | zapatillas ; tenis
  ; zapatillas deportivas | baskets ; chaussures de sport | кроссовки | أحذية رياضية ; حذاء رياضي
  | sapatilhas | スニーカー ; ランニングシューズ
boot = 靴子 | botas | bottes | ботинки ; сапоги | جزمة ; بوت | botas | ブーツ
sandal = 凉鞋 | sandalias | sandales | сандалии ; босоножки | صندل ; صنادل | sandálias | サンダル
slipper / flip flop = 拖鞋 | pantuflas ; chanclas | pantoufles ; tongs | тапочки ; шлепанцы
  | شبشب ; خف | chinelos | スリッパ ; ビーチサンダル
bag = 包包 ; 袋子 | bolsa ; bolso | sac | сумка | حقيبة ; شنطة | bolsa | バッグ ; かばん
backpack / rucksack ; school bag = 背包 ; 双肩包 ; 书包 | mochila | sac à dos | рюкзак | حقيبة ظهر
  | mochila | リュック ; バックパック
handbag / purse = 手提包 ; 女包 | bolso de mano | sac à main | дамская сумка ; сумочка | حقيبة يد
  | bolsa de mão | ハンドバッグ
suitcase / luggage ; trolley case = 行李箱 ; 拉杆箱 | maleta | valise | чемодан | حقيبة سفر
  | mala de viagem ; mala | スーツケース ; キャリーケース
wallet = 钱包 | billetera ; cartera | portefeuille | кошелек ; бумажник | محفظة | carteira | 財布
sunglasses = 太阳镜 ; 墨镜 | gafas de sol ; lentes de sol | lunettes de soleil
  | солнцезащитные очки | نظارة شمسية | óculos de sol | サングラス
jewelry / jewellery / necklace / bracelet / earring = 首饰 ; 饰品 ; 项链 | joyería ; bisutería
  | bijoux ; collier | бижутерия ; украшения ; ожерелье | مجوهرات ; قلادة | joias ; colar
  | アクセサリー ; ジュエリー ; ネックレス
"""
