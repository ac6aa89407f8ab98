# ruff: noqa: RUF001 - word lists in Cyrillic and CJK, not look-alike typos
"""Translations of the commonest product materials into the buyer languages.

Syntax in `catalog_sync.demo.vocabulary`. Materials are written as phrases that need no
agreement ("de acero inoxidable", "из нержавеющей стали") and follow the noun in
es, fr, pt, ru and ar; in Japanese they precede it ("ステンレス製").
"""

TRANSLATIONS = """
stainless steel = es de acero inoxidable ; fr en acier inoxydable ; pt de aço inoxidável
  ru из нержавеющей стали ; ar من الفولاذ المقاوم للصدأ ; ja ステンレス製
carbon steel = es de acero al carbono ; fr en acier au carbone ; pt de aço carbono
  ru из углеродистой стали ; ar من الفولاذ الكربوني ; ja 炭素鋼
steel = es de acero ; fr en acier ; pt de aço ; ru из стали ; ar من الفولاذ ; ja スチール製
galvanized steel = es de acero galvanizado ; fr en acier galvanisé ; pt de aço galvanizado
  ru из оцинкованной стали ; ar من الفولاذ المجلفن ; ja 亜鉛メッキ鋼
cast iron = es de hierro fundido ; fr en fonte ; pt de ferro fundido ; ru из чугуна
  ar من الحديد الزهر ; ja 鋳鉄製
wrought iron = es de hierro forjado ; fr en fer forgé ; pt de ferro forjado
  ru из кованого железа ; ar من الحديد المطاوع ; ja アイアン
aluminium = es de aluminio ; fr en aluminium ; pt de alumínio ; ru из алюминия
  ar من الألومنيوم ; ja アルミ製
die-cast aluminium = es de aluminio fundido ; fr en aluminium moulé ; pt de alumínio fundido
  ru из литого алюминия ; ar من الألومنيوم المصبوب ; ja アルミダイカスト
zinc alloy = es de aleación de zinc ; fr en alliage de zinc ; pt de liga de zinco
  ru из цинкового сплава ; ar من سبائك الزنك ; ja 亜鉛合金製
brass = es de latón ; fr en laiton ; pt de latão ; ru из латуни ; ar من النحاس الأصفر ; ja 真鍮製
titanium = es de titanio ; fr en titane ; pt de titânio ; ru из титана ; ar من التيتانيوم
  ja チタン
metal = es de metal ; fr en métal ; pt de metal ; ru из металла ; ar من المعدن ; ja 金属製
925 sterling silver = es de plata de ley 925 ; fr en argent 925 ; pt de prata 925
  ru из серебра 925 пробы ; ar من الفضة عيار 925 ; ja シルバー925
plastic = es de plástico ; fr en plastique ; pt de plástico ; ru из пластика
  ar من البلاستيك ; ja プラスチック製
PVC = es de PVC ; fr en PVC ; pt de PVC ; ru из ПВХ ; ar من PVC ; ja PVC製
ABS = es de ABS ; fr en ABS ; pt de ABS ; ru из ABS-пластика ; ar من ABS ; ja ABS樹脂
silicone = es de silicona ; fr en silicone ; pt de silicone ; ru из силикона
  ar من السيليكون ; ja シリコン製
rubber = es de goma ; fr en caoutchouc ; pt de borracha ; ru из резины ; ar من المطاط
  ja ゴム製
natural rubber = es de caucho natural ; fr en caoutchouc naturel ; pt de borracha natural
  ru из натурального каучука ; ar من المطاط الطبيعي ; ja 天然ゴム
latex = es de látex ; fr en latex ; pt de látex ; ru из латекса ; ar من اللاتكس ; ja ラテックス
EVA = es de EVA ; fr en EVA ; pt de EVA ; ru из ЭВА ; ar من EVA ; ja EVA素材
TPE = es de TPE ; fr en TPE ; pt de TPE ; ru из ТПЭ ; ar من TPE ; ja TPE素材
acrylic = es de acrílico ; fr en acrylique ; pt de acrílico ; ru из акрила ; ar من الأكريليك
  ja アクリル
resin = es de resina ; fr en résine ; pt de resina ; ru из смолы ; ar من الراتنج ; ja 樹脂製
carbon fiber = es de fibra de carbono ; fr en fibre de carbone ; pt de fibra de carbono
  ru из углеродного волокна ; ar من ألياف الكربون ; ja カーボン
fiberglass = es de fibra de vidrio ; fr en fibre de verre ; pt de fibra de vidro
  ru из стекловолокна ; ar من الألياف الزجاجية ; ja グラスファイバー
glass = es de vidrio ; fr en verre ; pt de vidro ; ru из стекла ; ar من الزجاج ; ja ガラス製
tempered glass = es de vidrio templado ; fr en verre trempé ; pt de vidro temperado
  ru из закалённого стекла ; ar من الزجاج المقسى ; ja 強化ガラス
crystal = es de cristal ; fr en cristal ; pt de cristal ; ru из хрусталя ; ar من الكريستال
  ja クリスタル
ceramic = es de cerámica ; fr en céramique ; pt de cerâmica ; ru из керамики
  ar من السيراميك ; ja セラミック
porcelain = es de porcelana ; fr en porcelaine ; pt de porcelana ; ru из фарфора
  ar من البورسلين ; ja 磁器
bone china = es de porcelana de hueso ; fr en porcelaine anglaise ; pt de porcelana de osso
  ru из костяного фарфора ; ar من البورسلين العظمي ; ja ボーンチャイナ
marble = es de mármol ; fr en marbre ; pt de mármore ; ru из мрамора ; ar من الرخام
  ja 大理石
wood = es de madera ; fr en bois ; pt de madeira ; ru из дерева ; ar من الخشب ; ja 木製
solid wood = es de madera maciza ; fr en bois massif ; pt de madeira maciça
  ru из массива дерева ; ar من الخشب الصلب ; ja 無垢材
teak = es de teca ; fr en teck ; pt de teca ; ru из тика ; ar من خشب الساج ; ja チーク材
bamboo = es de bambú ; fr en bambou ; pt de bambu ; ru из бамбука ; ar من الخيزران ; ja 竹製
rattan = es de ratán ; fr en rotin ; pt de rattan ; ru из ротанга ; ar من الروطان ; ja ラタン
plywood = es de contrachapado ; fr en contreplaqué ; pt de compensado ; ru из фанеры
  ar من الخشب الرقائقي ; ja 合板
MDF = es de MDF ; fr en MDF ; pt de MDF ; ru из МДФ ; ar من MDF ; ja MDF
cork = es de corcho ; fr en liège ; pt de cortiça ; ru из пробки ; ar من الفلين ; ja コルク
cotton = es de algodón ; fr en coton ; pt de algodão ; ru из хлопка ; ar من القطن
  ja コットン
organic cotton = es de algodón orgánico ; fr en coton bio ; pt de algodão orgânico
  ru из органического хлопка ; ar من القطن العضوي ; ja オーガニックコットン
polyester = es de poliéster ; fr en polyester ; pt de poliéster ; ru из полиэстера
  ar من البوليستر ; ja ポリエステル
nylon = es de nailon ; fr en nylon ; pt de náilon ; ru из нейлона ; ar من النايلون ; ja ナイロン
linen = es de lino ; fr en lin ; pt de linho ; ru из льна ; ar من الكتان ; ja リネン
silk = es de seda ; fr en soie ; pt de seda ; ru из шёлка ; ar من الحرير ; ja シルク
wool = es de lana ; fr en laine ; pt de lã ; ru из шерсти ; ar من الصوف ; ja ウール
velvet = es de terciopelo ; fr en velours ; pt de veludo ; ru из бархата ; ar من المخمل
  ja ベルベット
flannel = es de franela ; fr en flanelle ; pt de flanela ; ru из фланели ; ar من الفانيلا
  ja フランネル
felt = es de fieltro ; fr en feutre ; pt de feltro ; ru из фетра ; ar من اللباد ; ja フェルト
jute = es de yute ; fr en jute ; pt de juta ; ru из джута ; ar من الجوت ; ja ジュート
bamboo fiber = es de fibra de bambú ; fr en fibre de bambou ; pt de fibra de bambu
  ru из бамбукового волокна ; ar من ألياف الخيزران ; ja 竹繊維
microfiber = es de microfibra ; fr en microfibre ; pt de microfibra ; ru из микрофибры
  ar من الألياف الدقيقة ; ja マイクロファイバー
fabric = es de tela ; fr en tissu ; pt de tecido ; ru из ткани ; ar من القماش ; ja ファブリック
mesh = es de malla ; fr en maille ; pt de tela ; ru из сетки ; ar من الشبك ; ja メッシュ
canvas = es de lona ; fr en toile ; pt de lona ; ar من الكانفاس ; ja キャンバス
oxford cloth = es de tela Oxford ; fr en tissu Oxford ; pt de tecido Oxford
  ru из ткани оксфорд ; ar من قماش أكسفورد ; ja オックスフォード生地
leather = es de cuero ; fr en cuir ; pt de couro ; ru из натуральной кожи
  ar من الجلد الطبيعي ; ja 本革
PU leather = es de cuero sintético ; fr en similicuir ; pt de couro sintético ; ru из экокожи
  ar من الجلد الصناعي ; ja PUレザー
suede = es de ante ; fr en daim ; pt de camurça ; ru из замши ; ar من الشامواه ; ja スエード
acetate = es de acetato ; fr en acétate ; pt de acetato ; ru из ацетата ; ar من الأسيتات
  ja アセテート
"""
