# ruff: noqa: RUF001, RUF002 - word lists in Cyrillic and CJK, not look-alike typos
"""Translations of the commonest product modifiers into the buyer languages.

Syntax in `catalog_sync.demo.vocabulary`: forms are masculine/feminine for es, fr, pt and ar,
masculine/feminine/neuter for ru, one form when the word does not agree. Russian
phrases of several words ("с логотипом") follow the noun, single adjectives precede it.
A modifier missing here, or missing a language, is simply left out of that language's
product name, which stays grammatical.
"""

TRANSLATIONS = """
waterproof = es impermeable ; fr étanche ; pt à prova d'água ; ja 防水
  ru водонепроницаемый/водонепроницаемая/водонепроницаемое ; ar مقاوم للماء/مقاومة للماء
custom logo = es con logotipo personalizado ; fr avec logo personnalisé ; ja ロゴ入り
  pt com logotipo personalizado ; ru с логотипом ; ar بشعار مخصص
custom = es personalizado/personalizada ; fr personnalisé/personnalisée ; ja オーダーメイド
  pt personalizado/personalizada ; ru на заказ ; ar حسب الطلب
modern = es moderno/moderna ; fr moderne ; pt moderno/moderna ; ja モダン
  ru современный/современная/современное ; ar حديث/حديثة
women's = es para mujer ; fr pour femme ; pt feminino/feminina ; ja レディース
  ru женский/женская/женское ; ar نسائي/نسائية
men's = es para hombre ; fr pour homme ; pt masculino/masculina ; ja メンズ
  ru мужской/мужская/мужское ; ar رجالي/رجالية
kids = es infantil ; fr pour enfants ; pt infantil ; ru детский/детская/детское ; ar للأطفال
  ja 子供用
foldable = es plegable ; fr pliable ; pt dobrável ; ja 折りたたみ
  ru складной/складная/складное ; ar قابل للطي/قابلة للطي
heavy duty = es de alta resistencia ; fr renforcé/renforcée ; pt reforçado/reforçada
  ru усиленный/усиленная/усиленное ; ar شديد التحمل/شديدة التحمل ; ja ヘビーデューティー
portable = es portátil ; fr portable ; pt portátil ; ja ポータブル
  ru портативный/портативная/портативное ; ar محمول/محمولة
Nordic = es de estilo nórdico ; fr de style scandinave ; pt estilo nórdico ; ja 北欧風
  ru скандинавский/скандинавская/скандинавское ; ar بطراز إسكندنافي
vintage = es vintage ; fr vintage ; pt vintage ; ru винтажный/винтажная/винтажное
  ar كلاسيكي/كلاسيكية ; ja ヴィンテージ
organic = es orgánico/orgánica ; fr bio ; pt orgânico/orgânica ; ja オーガニック
  ru органический/органическая/органическое ; ar عضوي/عضوية
rechargeable = es recargable ; fr rechargeable ; pt recarregável ; ja 充電式
  ru аккумуляторный/аккумуляторная/аккумуляторное ; ar قابل لإعادة الشحن/قابلة لإعادة الشحن
eco-friendly = es ecológico/ecológica ; fr écologique ; pt ecológico/ecológica ; ja エコ
  ru экологичный/экологичная/экологичное ; ar صديق للبيئة/صديقة للبيئة
private label = es de marca blanca ; fr en marque blanche ; pt de marca própria
  ru под собственной маркой ; ar بعلامة خاصة ; ja プライベートブランド
smart = es inteligente ; fr intelligent/intelligente ; pt inteligente ; ja スマート
  ru умный/умная/умное ; ar ذكي/ذكية
electric = es eléctrico/eléctrica ; fr électrique ; pt elétrico/elétrica ; ja 電動
  ru электрический/электрическая/электрическое ; ar كهربائي/كهربائية
automatic = es automático/automática ; fr automatique ; pt automático/automática ; ja 自動
  ru автоматический/автоматическая/автоматическое ; ar أوتوماتيكي/أوتوماتيكية
professional = es profesional ; fr professionnel/professionnelle ; pt profissional
  ru профессиональный/профессиональная/профессиональное ; ar احترافي/احترافية ; ja プロ用
halal = es halal ; fr halal ; pt halal ; ru халяльный/халяльная/халяльное ; ar حلال
  ja ハラール
energy saving = es de bajo consumo ; fr basse consommation ; pt econômico/econômica
  ru энергосберегающий/энергосберегающая/энергосберегающее ; ja 省エネ
  ar موفر للطاقة/موفرة للطاقة
dimmable = es regulable ; fr à intensité variable ; pt dimerizável ; ja 調光対応
  ru диммируемый/диммируемая/диммируемое ; ar قابل للتعتيم/قابلة للتعتيم
handmade = es hecho a mano/hecha a mano ; fr fait main ; pt feito à mão/feita à mão
  ru ручной работы ; ar مصنوع يدويا/مصنوعة يدويا ; ja ハンドメイド
adjustable = es ajustable ; fr réglable ; pt ajustável ; ja 調節可能な
  ru регулируемый/регулируемая/регулируемое ; ar قابل للتعديل/قابلة للتعديل
lightweight = es ligero/ligera ; fr léger/légère ; pt leve ; ru лёгкий/лёгкая/лёгкое
  ar خفيف/خفيفة ; ja 軽量
cordless = es inalámbrico/inalámbrica ; fr sans fil ; pt sem fio ; ja コードレス
  ru беспроводной/беспроводная/беспроводное ; ar لاسلكي/لاسلكية
wireless = es inalámbrico/inalámbrica ; fr sans fil ; pt sem fio ; ja ワイヤレス
  ru беспроводной/беспроводная/беспроводное ; ar لاسلكي/لاسلكية
wall-mounted = es de pared ; fr mural/murale ; pt de parede ; ja 壁掛け
  ru настенный/настенная/настенное ; ar مثبت على الحائط/مثبتة على الحائط
luxury = es de lujo ; fr de luxe ; pt de luxo ; ru люксовый/люксовая/люксовое
  ar فاخر/فاخرة ; ja 高級
industrial = es industrial ; fr industriel/industrielle ; pt industrial ; ja 産業用
  ru промышленный/промышленная/промышленное ; ar صناعي/صناعية
anti-slip = es antideslizante ; fr antidérapant/antidérapante ; pt antiderrapante
  ru нескользящий/нескользящая/нескользящее ; ar مانع للانزلاق/مانعة للانزلاق ; ja 滑り止め付き
premium = es premium ; fr premium ; pt premium ; ru отборный/отборная/отборное
  ar ممتاز/ممتازة ; ja 高品質
printed = es estampado/estampada ; fr imprimé/imprimée ; pt estampado/estampada
  ru с принтом ; ar مطبوع/مطبوعة ; ja プリント
seamless = es sin costuras ; fr sans couture ; pt sem costura ; ja シームレス
  ru бесшовный/бесшовная/бесшовное ; ar بدون خياطة
quick-dry = es de secado rápido ; fr à séchage rapide ; pt de secagem rápida ; ja 速乾
  ru быстросохнущий/быстросохнущая/быстросохнущее ; ar سريع الجفاف/سريعة الجفاف
embroidered = es bordado/bordada ; fr brodé/brodée ; pt bordado/bordada ; ru с вышивкой
  ar مطرز/مطرزة ; ja 刺繍入り
ergonomic = es ergonómico/ergonómica ; fr ergonomique ; pt ergonômico/ergonômica
  ru эргономичный/эргономичная/эргономичное ; ar مريح/مريحة ; ja エルゴノミクス
silent = es silencioso/silenciosa ; fr silencieux/silencieuse ; pt silencioso/silenciosa
  ru бесшумный/бесшумная/бесшумное ; ar صامت/صامتة ; ja 静音
quiet = es silencioso/silenciosa ; fr silencieux/silencieuse ; pt silencioso/silenciosa
  ru тихий/тихая/тихое ; ar هادئ/هادئة ; ja 静音
breathable = es transpirable ; fr respirant/respirante ; pt respirável ; ja 通気性の良い
  ru дышащий/дышащая/дышащее ; ar قابل للتنفس/قابلة للتنفس
unisex = es unisex ; fr unisexe ; pt unissex ; ar للجنسين ; ja ユニセックス
sugar-free = es sin azúcar ; fr sans sucre ; pt sem açúcar ; ru без сахара ; ja 無糖
  ar خالي من السكر/خالية من السكر
vegan = es vegano/vegana ; fr vegan ; pt vegano/vegana ; ru веганский/веганская/веганское
  ar نباتي/نباتية ; ja ヴィーガン
digital = es digital ; fr numérique ; pt digital ; ru цифровой/цифровая/цифровое
  ar رقمي/رقمية ; ja デジタル
multifunctional = es multifunción ; fr multifonction ; pt multifuncional ; ja 多機能
  ru многофункциональный/многофункциональная/многофункциональное
  ar متعدد الوظائف/متعددة الوظائف
hydraulic = es hidráulico/hidráulica ; fr hydraulique ; pt hidráulico/hidráulica
  ru гидравлический/гидравлическая/гидравлическое ; ar هيدروليكي/هيدروليكية ; ja 油圧式
magnetic = es magnético/magnética ; fr magnétique ; pt magnético/magnética
  ru магнитный/магнитная/магнитное ; ar مغناطيسي/مغناطيسية ; ja マグネット式
fireproof = es ignífugo/ignífuga ; fr ignifuge ; pt à prova de fogo ; ja 防火
  ru огнестойкий/огнестойкая/огнестойкое ; ar مقاوم للحريق/مقاومة للحريق
fire resistant = es resistente al fuego ; fr résistant au feu/résistante au feu ; ja 耐火
  pt resistente ao fogo ; ru огнестойкий/огнестойкая/огнестойкое
  ar مقاوم للحريق/مقاومة للحريق
flame retardant = es ignífugo/ignífuga ; fr ignifugé/ignifugée ; pt antichamas ; ja 難燃
  ru негорючий/негорючая/негорючее ; ar مقاوم للهب/مقاومة للهب
reusable = es reutilizable ; fr réutilisable ; pt reutilizável ; ja 再利用可能な
  ru многоразовый/многоразовая/многоразовое
  ar قابل لإعادة الاستخدام/قابلة لإعادة الاستخدام
disposable = es desechable ; fr jetable ; pt descartável ; ja 使い捨て
  ru одноразовый/одноразовая/одноразовое ; ar للاستعمال مرة واحدة
high speed = es de alta velocidad ; fr haute vitesse ; pt de alta velocidade ; ja 高速
  ru высокоскоростной/высокоскоростная/высокоскоростное ; ar عالي السرعة/عالية السرعة
high precision = es de alta precisión ; fr de haute précision ; pt de alta precisão
  ru высокоточный/высокоточная/высокоточное ; ar عالي الدقة/عالية الدقة ; ja 高精度
gold plated = es chapado en oro/chapada en oro ; fr plaqué or ; ja 金メッキ
  pt banhado a ouro/banhada a ouro ; ru позолоченный/позолоченная/позолоченное
  ar مطلي بالذهب/مطلية بالذهب
reflective = es reflectante ; fr réfléchissant/réfléchissante ; pt refletivo/refletiva
  ru светоотражающий/светоотражающая/светоотражающее ; ar عاكس/عاكسة ; ja 反射
fast charging = es de carga rápida ; fr à charge rapide ; pt de carregamento rápido
  ru с быстрой зарядкой ; ar بشحن سريع ; ja 急速充電
solar powered = es solar ; fr solaire ; pt solar ; ru на солнечной батарее ; ja ソーラー式
  ar يعمل بالطاقة الشمسية/تعمل بالطاقة الشمسية
leakproof = es antigoteo ; fr anti-fuite ; pt à prova de vazamento ; ja 漏れ防止
  ru герметичный/герметичная/герметичное ; ar مانع للتسرب/مانعة للتسرب
hypoallergenic = es hipoalergénico/hipoalergénica ; fr hypoallergénique ; ja 低刺激
  pt hipoalergênico/hipoalergênica ; ru гипоаллергенный/гипоаллергенная/гипоаллергенное
  ar مضاد للحساسية/مضادة للحساسية
washable = es lavable ; fr lavable ; pt lavável ; ru моющийся/моющаяся/моющееся
  ar قابل للغسل/قابلة للغسل ; ja 洗える
outdoor = es de exterior ; fr d'extérieur ; pt para área externa ; ja 屋外用
  ru уличный/уличная/уличное ; ar خارجي/خارجية
non-stick = es antiadherente ; fr antiadhésif/antiadhésive ; pt antiaderente
  ru с антипригарным покрытием ; ar غير لاصق/غير لاصقة ; ja こびりつかない
microwave safe = es apto para microondas/apta para microondas ; fr compatible micro-ondes
  pt próprio para micro-ondas/própria para micro-ondas ; ru для микроволновки
  ar آمن للميكروويف/آمنة للميكروويف ; ja 電子レンジ対応
BPA free = es sin BPA ; fr sans BPA ; pt livre de BPA ; ru без BPA ; ja BPAフリー
  ar خالي من BPA/خالية من BPA
weatherproof = es resistente a la intemperie ; pt resistente às intempéries ; ja 耐候性
  fr résistant aux intempéries/résistante aux intempéries
  ru всепогодный/всепогодная/всепогодное ; ar مقاوم للعوامل الجوية/مقاومة للعوامل الجوية
medical = es médico/médica ; fr médical/médicale ; pt médico/médica ; ja 医療用
  ru медицинский/медицинская/медицинское ; ar طبي/طبية
sterile = es estéril ; fr stérile ; pt estéril ; ru стерильный/стерильная/стерильное
  ar معقم/معقمة ; ja 滅菌
windproof = es antiviento ; fr coupe-vent ; pt à prova de vento ; ja 防風
  ru ветрозащитный/ветрозащитная/ветрозащитное ; ar مقاوم للرياح/مقاومة للرياح
large capacity = es de gran capacidad ; fr grande capacité ; pt de grande capacidade
  ru вместительный/вместительная/вместительное ; ar بسعة كبيرة ; ja 大容量
anti-theft = es antirrobo ; fr antivol ; pt antifurto ; ru с защитой от кражи
  ar مضاد للسرقة/مضادة للسرقة ; ja 盗難防止
polarized = es polarizado/polarizada ; fr polarisé/polarisée ; pt polarizado/polarizada
  ru поляризационный/поляризационная/поляризационное ; ar مستقطب/مستقطبة ; ja 偏光
casual = es informal ; fr décontracté/décontractée ; pt casual ; ja カジュアル
  ru повседневный/повседневная/повседневное ; ar كاجوال
long-lasting = es de larga duración ; fr longue tenue ; pt de longa duração ; ja 長持ち
  ru стойкий/стойкая/стойкое ; ar طويل الأمد/طويلة الأمد
UV protection = es con protección UV ; fr anti-UV ; pt com proteção UV ; ru с защитой от УФ
  ar مقاوم للأشعة فوق البنفسجية/مقاومة للأشعة فوق البنفسجية ; ja UVカット
UV resistant = es resistente a los rayos UV ; fr anti-UV ; pt resistente a UV ; ja 耐紫外線
  ru с защитой от УФ ; ar مقاوم للأشعة فوق البنفسجية/مقاومة للأشعة فوق البنفسجية
biodegradable = es biodegradable ; fr biodégradable ; pt biodegradável ; ja 生分解性
  ru биоразлагаемый/биоразлагаемая/биоразлагаемое ; ar قابل للتحلل/قابلة للتحلل
insulated = es térmico/térmica ; fr isotherme ; pt térmico/térmica ; ja 保温
  ru с термоизоляцией ; ar معزول/معزولة
heat resistant = es resistente al calor ; pt resistente ao calor ; ja 耐熱
  fr résistant à la chaleur/résistante à la chaleur ; ru термостойкий/термостойкая/термостойкое
  ar مقاوم للحرارة/مقاومة للحرارة
forged = es forjado/forjada ; fr forgé/forgée ; pt forjado/forjada ; ru кованый/кованая/кованое
  ar مطروق/مطروقة ; ja 鍛造
manual = es manual ; fr manuel/manuelle ; pt manual ; ru ручной/ручная/ручное
  ar يدوي/يدوية ; ja 手動
diesel = es diésel ; fr diesel ; pt a diesel ; ru дизельный/дизельная/дизельное ; ar ديزل
  ja ディーゼル
gasoline = es de gasolina ; fr à essence ; pt a gasolina ; ja ガソリン式
  ru бензиновый/бензиновая/бензиновое ; ar يعمل بالبنزين/تعمل بالبنزين
universal = es universal ; fr universel/universelle ; pt universal ; ja 汎用
  ru универсальный/универсальная/универсальное ; ar عالمي/عالمية
slim fit = es entallado/entallada ; fr coupe ajustée ; pt slim ; ja スリムフィット
  ru приталенный/приталенная/приталенное ; ar ضيق/ضيقة
oversized = es oversize ; fr oversize ; pt oversized ; ar واسع/واسعة ; ja オーバーサイズ
high waist = es de tiro alto ; fr taille haute ; pt cintura alta ; ru с высокой талией
  ar بخصر عال ; ja ハイウエスト
hooded = es con capucha ; fr à capuche ; pt com capuz ; ru с капюшоном ; ar بغطاء رأس
  ja フード付き
long sleeve = es de manga larga ; fr à manches longues ; pt de manga longa ; ja 長袖
  ru с длинным рукавом ; ar بأكمام طويلة
short sleeve = es de manga corta ; fr à manches courtes ; pt de manga curta ; ja 半袖
  ru с коротким рукавом ; ar بأكمام قصيرة
cartoon = es de dibujos animados ; fr à motif dessin animé ; pt de desenho animado
  ru с мультяшным принтом ; ar كرتوني/كرتونية ; ja キャラクター
steel toe = es con puntera de acero ; fr à embout acier ; pt com biqueira de aço
  ru со стальным подноском ; ar بمقدمة فولاذية
non-toxic = es no tóxico/no tóxica ; fr non toxique ; pt atóxico/atóxica ; ja 無毒
  ru нетоксичный/нетоксичная/нетоксичное ; ar غير سام/غير سامة
spicy = es picante ; fr épicé/épicée ; pt picante ; ru острый/острая/острое ; ar حار/حارة
  ja 辛口
roasted = es tostado/tostada ; fr grillé/grillée ; pt torrado/torrada ; ja ロースト
  ru жареный/жареная/жареное ; ar محمص/محمصة
sun-dried = es secado al sol/secada al sol ; fr séché au soleil/séchée au soleil
  pt seco ao sol/seca ao sol ; ru сушёный/сушёная/сушёное ; ar مجفف بالشمس/مجففة بالشمس
  ja 天日干し
inverter = es inverter ; fr inverter ; pt inverter ; ru инверторный/инверторная/инверторное
  ar بتقنية الإنفرتر ; ja インバーター
single phase = es monofásico/monofásica ; fr monophasé/monophasée ; ja 単相
  pt monofásico/monofásica ; ru однофазный/однофазная/однофазное
  ar أحادي الطور/أحادية الطور
three phase = es trifásico/trifásica ; fr triphasé/triphasée ; pt trifásico/trifásica
  ru трёхфазный/трёхфазная/трёхфазное ; ar ثلاثي الطور/ثلاثية الطور ; ja 三相
off-grid = es aislado/aislada ; fr hors réseau ; pt off-grid ; ja オフグリッド
  ru автономный/автономная/автономное ; ar خارج الشبكة
on-grid = es conectado a red/conectada a red ; fr raccordé au réseau/raccordée au réseau
  pt on-grid ; ru сетевой/сетевая/сетевое ; ar متصل بالشبكة/متصلة بالشبكة ; ja 系統連系
mobile = es móvil ; fr mobile ; pt móvel ; ru мобильный/мобильная/мобильное
  ar متنقل/متنقلة ; ja 移動式
transparent = es transparente ; fr transparent/transparente ; pt transparente ; ja クリア
  ru прозрачный/прозрачная/прозрачное ; ar شفاف/شفافة
shockproof = es antigolpes ; fr antichoc ; pt à prova de choque ; ja 耐衝撃
  ru противоударный/противоударная/противоударное ; ar مقاوم للصدمات/مقاومة للصدمات
noise cancelling = es con cancelación de ruido ; fr à réduction de bruit
  pt com cancelamento de ruído ; ru с шумоподавлением ; ar بخاصية إلغاء الضوضاء
  ja ノイズキャンセリング
mini = ja ミニ
warm white = es blanco cálido ; fr blanc chaud ; pt branco quente ; ru с тёплым светом
  ar بضوء أبيض دافئ ; ja 電球色
night vision = es con visión nocturna ; fr à vision nocturne ; pt com visão noturna
  ru с ночным видением ; ar برؤية ليلية ; ja 暗視
motion sensor = es con sensor de movimiento ; fr à détecteur de mouvement ; ja 人感センサー付き
  pt com sensor de movimento ; ru с датчиком движения ; ar بحساس حركة
recycled = es reciclado/reciclada ; fr recyclé/recyclée ; pt reciclado/reciclada
  ru переработанный/переработанная/переработанное ; ar معاد تدويره/معاد تدويرها
  ja リサイクル
whitening = es blanqueador/blanqueadora ; fr éclaircissant/éclaircissante ; ja 美白
  pt clareador/clareadora ; ru отбеливающий/отбеливающая/отбеливающее ; ar مبيض/مبيضة
anti-aging = es antienvejecimiento ; fr anti-âge ; pt antienvelhecimento ; ja エイジングケア
  ru антивозрастной/антивозрастная/антивозрастное ; ar مضاد للشيخوخة/مضادة للشيخوخة
moisturizing = es hidratante ; fr hydratant/hydratante ; pt hidratante ; ja 保湿
  ru увлажняющий/увлажняющая/увлажняющее ; ar مرطب/مرطبة
commercial = es comercial ; fr professionnel/professionnelle ; pt comercial ; ja 業務用
  ru коммерческий/коммерческая/коммерческое ; ar تجاري/تجارية
home = es doméstico/doméstica ; fr domestique ; pt doméstico/doméstica ; ja 家庭用
  ru домашний/домашняя/домашнее ; ar منزلي/منزلية
hotel = es de hotel ; fr d'hôtel ; pt de hotel ; ru гостиничный/гостиничная/гостиничное
  ar فندقي/فندقية ; ja ホテル仕様
stretch = es elástico/elástica ; fr stretch ; pt elástico/elástica ; ja ストレッチ
  ru эластичный/эластичная/эластичное ; ar مطاطي/مطاطية
dyed = es teñido/teñida ; fr teint/teinte ; pt tingido/tingida ; ja 染色
  ru окрашенный/окрашенная/окрашенное ; ar مصبوغ/مصبوغة
matte = es mate ; fr mat/mate ; pt fosco/fosca ; ru матовый/матовая/матовое ; ar مطفي/مطفية
  ja マット
polished = es pulido/pulida ; fr poli/polie ; pt polido/polida ; ja 鏡面仕上げ
  ru полированный/полированная/полированное ; ar مصقول/مصقولة
self-adhesive = es autoadhesivo/autoadhesiva ; fr autocollant/autocollante ; ja 粘着式
  pt autoadesivo/autoadesiva ; ru самоклеящийся/самоклеящаяся/самоклеящееся
  ar ذاتي اللصق/ذاتية اللصق
"""
