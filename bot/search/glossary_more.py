"""More glossary lines (format in `bot.search.glossary_data`): food, health, office and
sports, pets and gifts, product attributes, and the 16 top categories of the fair.
"""

PRODUCTS_3 = """
shrimp / prawn = 虾 ; 虾仁 | camarón ; gamba ; langostino | crevette | креветка | روبيان ; جمبري
  | camarão | エビ ; 海老
fish = 鱼 | pescado | poisson | рыба | سمك | peixe | 魚
tea = 茶 ; 茶叶 | té | thé | чай | شاي | chá | お茶 ; 緑茶
coffee = 咖啡 | café | café | кофе | قهوة | café | コーヒー
rice = 大米 | arroz | riz | рис | أرز ; رز | arroz | お米
garlic = 大蒜 ; 蒜 | ajo | ail | чеснок | ثوم | alho | にんにく ; ニンニク
noodle / pasta = 面条 ; 方便面 | fideos | nouilles | лапша | نودلز ; معكرونة | macarrão | 麺
  ; ラーメン
snack = 零食 | botanas ; aperitivos | grignotines | закуски ; снеки | وجبات خفيفة | salgadinhos
  | お菓子 ; スナック
canned = 罐头 | comida enlatada ; conservas | conserves | консервы | معلبات ; أغذية معلبة
  | enlatados | 缶詰
honey = 蜂蜜 | miel | miel | мед | عسل | mel | はちみつ
fruit = 水果 | fruta | fruit | фрукты | فاكهة ; فواكه | fruta | 果物 ; フルーツ
nut / walnut / cashew / almond / peanut = 坚果 | frutos secos ; nueces | fruits secs | орехи
  | مكسرات | castanhas | ナッツ
face mask / mask = 口罩 ; 面罩 | mascarilla ; cubrebocas ; tapabocas | masque | маска
  ; медицинская маска | كمامة ; قناع | máscara | マスク
massager / massage = 按摩枪 ; 按摩器 | masajeador ; pistola de masaje | appareil de massage
  ; pistolet de massage | массажер ; массажный пистолет | جهاز مساج ; مسدس مساج | massageador
  | マッサージ器 ; マッサージガン
thermometer = 体温计 ; 温度计 | termómetro | thermomètre | термометр ; градусник | ميزان حرارة
  ; ترمومتر | termômetro | 体温計 ; 温度計
blood pressure monitor = 血压计 | tensiómetro | tensiomètre | тонометр | جهاز قياس الضغط
  | medidor de pressão | 血圧計
wheelchair = 轮椅 | silla de ruedas | fauteuil roulant | инвалидная коляска | كرسي متحرك
  | cadeira de rodas | 車椅子
toothbrush = 牙刷 ; 电动牙刷 | cepillo de dientes | brosse à dents | зубная щетка | فرشاة أسنان
  | escova de dentes | 歯ブラシ
shampoo = 洗发水 | champú | shampoing | шампунь | شامبو | xampu | シャンプー
cosmetic / makeup = 化妆品 ; 彩妆 | cosméticos ; maquillaje | cosmétiques ; maquillage | косметика
  | مستحضرات تجميل ; مكياج | maquiagem | 化粧品 ; コスメ
perfume = 香水 | perfume | parfum | духи ; парфюм | عطر | perfume | 香水
hair dryer = 吹风机 | secador de pelo | sèche-cheveux | фен | مجفف شعر ; سشوار | secador de cabelo
  | ヘアドライヤー ; ドライヤー
skin care / cream / serum = 护肤品 ; 面霜 | cuidado de la piel ; crema facial | soin de la peau
  ; crème visage | уход за кожей ; крем для лица | العناية بالبشرة ; كريم | creme facial
  | スキンケア
vitamin / supplement = 维生素 ; 保健品 | vitaminas ; suplementos | vitamines
  ; compléments alimentaires | витамины ; бады | فيتامينات ; مكملات غذائية | suplementos
  | ビタミン ; サプリメント
first aid kit = 急救包 | botiquín | trousse de secours | аптечка | حقيبة إسعافات أولية
  | kit de primeiros socorros | 救急箱
syringe = 注射器 | jeringa | seringue | шприц | حقنة ; سرنجة | seringa | シリンジ
yoga mat = 瑜伽垫 | esterilla de yoga ; tapete de yoga | tapis de yoga | коврик для йоги
  | سجادة يوغا ; حصيرة يوغا | tapete de yoga | ヨガマット
dumbbell = 哑铃 | mancuerna ; pesa | haltère | гантель | دمبل ; أثقال | halter | ダンベル
treadmill = 跑步机 | cinta de correr ; caminadora | tapis de course | беговая дорожка
  | جهاز مشي ; مشاية | esteira ergométrica | ルームランナー ; トレッドミル
fitness / gym = 健身器材 ; 健身 | equipo de gimnasio ; gimnasio | musculation ; fitness | тренажер
  ; фитнес | معدات رياضية ; لياقة | academia | フィットネス ; トレーニング器具
ball = 球 | balón ; pelota | ballon ; balle | мяч | كرة | bola | ボール
football / soccer = 足球 | balón de fútbol ; fútbol | ballon de football | футбольный мяч ; футбол
  | كرة قدم | bola de futebol ; futebol | サッカーボール ; サッカー
basketball = 篮球 | baloncesto ; básquetbol | ballon de basket | баскетбольный мяч ; баскетбол
  | كرة سلة | bola de basquete ; basquete | バスケットボール
helmet = 头盔 | casco | casque | шлем | خوذة | capacete | ヘルメット
tent = 帐篷 | tienda de campaña ; carpa | tente | палатка | خيمة | barraca ; tenda | テント
sleeping bag = 睡袋 | saco de dormir | sac de couchage | спальный мешок | كيس نوم
  | saco de dormir | 寝袋
fishing / rod = 鱼竿 ; 钓鱼竿 ; 渔具 | caña de pescar | canne à pêche | удочка ; спиннинг
  | صنارة صيد ; سنارة | vara de pesca | 釣り竿
pen = 笔 ; 圆珠笔 ; 中性笔 | bolígrafo | stylo | ручка | قلم | caneta | ペン ; ボールペン
notebook / notepad = 笔记本 ; 记事本 | cuaderno ; libreta | cahier ; carnet | блокнот ; тетрадь
  | دفتر | caderno | ノート
pencil = 铅笔 | lápiz | crayon à papier | карандаш | قلم رصاص | lápis | 鉛筆
printer = 打印机 | impresora | imprimante | принтер | طابعة | impressora | プリンター
paper = 纸 ; 打印纸 ; 复印纸 | papel | papier | бумага | ورق | papel | 紙 ; コピー用紙
trampoline = 蹦床 | cama elástica ; trampolín | trampoline | батут | ترامبولين | cama elástica
  | トランポリン
scooter = 滑板车 | patinete | trottinette | самокат | سكوتر | patinete | キックボード ; スクーター
skateboard = 滑板 | monopatín ; patineta | planche à roulettes | скейтборд | لوح تزلج | skate
  | スケートボード
pool = 泳池 ; 游泳池 | piscina | piscine | бассейн | مسبح ; حمام سباحة | piscina | プール
pet = 宠物 ; 宠物用品 | mascota | animal de compagnie ; animaux | зоотовары ; для животных
  | حيوانات أليفة | animais de estimação | ペット ; ペット用品
dog = 狗 ; 狗狗 | perro | chien | собака | كلب | cachorro ; cão | 犬
cat = 猫 | gato | chat | кошка ; кот | قطة ; قط | gato | 猫
gift = 礼品 ; 礼物 | regalo | cadeau | подарок | هدية | presente | ギフト ; プレゼント
box / packaging = 包装 ; 盒子 ; 纸箱 | caja ; embalaje | boîte ; emballage | коробка ; упаковка
  | علبة ; صندوق ; تغليف | caixa ; embalagem | 箱 ; パッケージ
sticker = 贴纸 | pegatina ; calcomanía | autocollant | наклейка | ملصق ; استيكر | adesivo
  | ステッカー ; シール
balloon = 气球 | globo | ballon de baudruche | воздушный шар ; шарик | بالون | balão ; bexiga
  | 風船
party = 派对用品 ; 派对 | artículos para fiestas ; fiesta | articles de fête ; fête
  | товары для праздника ; праздник | مستلزمات الحفلات ; حفلة | artigos para festa ; festa
  | パーティーグッズ ; パーティー
"""

ATTRIBUTES = """
waterproof = 防水 | impermeable | étanche | водонепроницаемый ; водостойкий | مقاوم للماء
  | à prova d'água ; impermeável | 防水
wireless = 无线 | inalámbrico | sans fil | беспроводной | لاسلكي | sem fio | ワイヤレス
electric = 电动 | eléctrico | électrique | электрический | كهربائي | elétrico | 電動
solar = 太阳能 | solar | solaire | солнечный | شمسي | solar | ソーラー ; 太陽光
portable = 便携 ; 便携式 | portátil | portable | портативный | محمول | portátil | ポータブル ; 携帯
smart = 智能 | inteligente | intelligent ; connecté | умный | ذكي | inteligente | スマート
kid / children = 儿童 ; 童装 | niños ; infantil | enfant ; enfants | детский | أطفال | crianças
  | 子供 ; キッズ
baby = 婴儿 ; 宝宝 | bebé | bébé | для малышей ; малыш | رضع | bebê | ベビー ; 赤ちゃん
women = 女士 ; 女式 | mujer | femme | женский | نسائي | feminino | レディース
men = 男士 ; 男式 | hombre | homme | мужской | رجالي | masculino | メンズ
led = 发光二极管 | led | led | светодиодный | ليد | led | led
outdoor = 户外 | exterior ; al aire libre | extérieur | уличный ; для улицы | خارجي | ao ar livre
  | アウトドア ; 屋外
"""

#: key: English names ; ... = names in zh | es | fr | ru | ar | pt | ja
CATEGORIES = """
electronics: electronics ; consumer electronics ; home appliances ; household appliances
  ; appliances = 电子 ; 电子产品 ; 家电 ; 家用电器 ; 电子及家电 | electrónica ; electrodomésticos
  | électronique ; électroménager | электроника ; бытовая техника | إلكترونيات ; أجهزة منزلية
  | eletrônicos ; eletrodomésticos | 電子機器 ; 家電
lighting: lighting ; lighting and electrical ; electrical = 照明 ; 灯具 ; 照明及电气 ; 电气
  | iluminación | éclairage ; luminaires | освещение ; светильники | إضاءة ; انارة
  | iluminação | 照明 ; 照明器具
vehicles: vehicles ; vehicle ; automotive ; auto parts and accessories = 车辆 ; 车辆及配件
  | vehículos ; automotriz | véhicules ; automobile | транспорт ; автотовары | مركبات ; سيارات
  | veículos ; automotivo | 車両 ; 自動車用品
machinery: machinery ; machines ; industrial equipment = 机械 ; 机械设备 ; 工业设备
  | maquinaria | machines ; machinerie | оборудование ; станки | آلات ; معدات صناعية
  | máquinas ; maquinário | 機械 ; 産業機械
hardware: hardware ; tools ; hardware and tools = 五金 ; 五金工具 ; 工具 | ferretería
  ; herramientas
  | quincaillerie ; outils | инструменты ; скобяные изделия | أدوات ; عدد وأدوات
  | ferragens ; ferramentas | 金物 ; 工具
building: building materials ; construction materials ; building and decorative materials
  = 建材 ; 建筑材料 ; 装饰材料 | materiales de construcción | matériaux de construction
  | стройматериалы ; строительные материалы | مواد بناء | materiais de construção | 建材
energy: new energy ; energy ; chemicals ; renewable energy = 新能源 ; 化工 ; 新能源及化工
  | energía ; químicos | énergie ; produits chimiques | энергетика ; химия | طاقة ; كيماويات
  | energia ; químicos | 新エネルギー ; 化学品
household: household ; household items ; kitchenware ; housewares ; homeware
  = 日用品 ; 厨具 ; 家居用品 ; 厨房用品 | artículos para el hogar ; hogar ; utensilios de cocina
  | articles ménagers ; ustensiles de cuisine | товары для дома ; кухонные принадлежности
  | أدوات منزلية ; أدوات مطبخ | utilidades domésticas ; utensílios de cozinha
  | 日用品 ; キッチン用品
gifts: gifts ; decorations ; gifts and decorations ; home decor ; crafts
  = 礼品及装饰品 ; 装饰品 ; 工艺品 | regalos ; decoración ; artesanía | cadeaux ; décoration
  | сувениры ; декор | هدايا ; ديكور | presentes ; decoração ; artesanato | 雑貨 ; インテリア雑貨
furniture: furniture ; furnishings = 家具 | muebles ; mobiliario | meubles ; mobilier | мебель
  | أثاث | móveis ; mobiliário | 家具
toys: toys ; toy ; baby products ; maternity ; toys and baby = 玩具 ; 母婴用品 ; 孕婴童
  | juguetes | jouets | игрушки ; детские товары | ألعاب ; ألعاب أطفال | brinquedos
  | おもちゃ ; 玩具 ; ベビー用品
textiles: textiles ; garments ; clothing ; apparel ; clothes = 纺织 ; 服装 ; 纺织服装 ; 衣服
  | textiles ; ropa ; prendas | textiles ; vêtements | одежда ; текстиль | ملابس ; منسوجات
  | roupas ; vestuário ; têxteis | 衣類 ; アパレル ; 繊維
shoes_bags: footwear ; shoes and bags ; fashion accessories ; luggage and bags = 鞋类 ; 箱包
  ; 鞋包 ; 服饰配件 | calzado ; bolsos y calzado | chaussures et sacs ; maroquinerie
  | обувь и сумки ; аксессуары | أحذية وحقائب ; إكسسوارات | calçados ; acessórios | 靴・バッグ
  ; ファッション小物
food: food ; agricultural products ; foodstuff = 食品 ; 农产品 ; 食品及农产品 | alimentos ; comida
  | alimentation ; aliments | продукты питания ; еда | أغذية ; طعام | alimentos ; comida | 食品
health: health ; medical ; medicines ; personal care ; healthcare = 医药 ; 保健 ; 医疗 ; 个人护理
  | salud ; médico ; cuidado personal | santé ; médical | здоровье ; медицина ; медтовары
  | صحة ; طبي ; عناية شخصية | saúde ; médico ; cuidados pessoais | 医療 ; ヘルスケア
office_sports: office supplies ; stationery ; sports ; sporting goods ; leisure
  = 办公用品 ; 文具 ; 运动 ; 体育用品 ; 休闲用品 | papelería ; artículos de oficina ; deportes
  | fournitures de bureau ; papeterie ; sport | канцтовары ; канцелярия ; спорттовары ; спорт
  | قرطاسية ; أدوات مكتبية ; رياضة | papelaria ; material de escritório ; esportes
  | 文房具 ; 事務用品 ; スポーツ用品
"""
