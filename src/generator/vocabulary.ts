/**
 * Word lists of the generated partner network: Japanese names with readings and romanisation, company
 * name parts, titles, departments, products, industries and the phrases of charts and meeting notes.
 */

/** [kanji, katakana reading, romaji], most common first. */
export const FAMILY_NAMES: readonly (readonly [string, string, string])[] = [
  ['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'],
  ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['中村', 'ナカムラ', 'nakamura'],
  ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato'], ['吉田', 'ヨシダ', 'yoshida'], ['山田', 'ヤマダ', 'yamada'],
  ['佐々木', 'ササキ', 'sasaki'], ['山口', 'ヤマグチ', 'yamaguchi'], ['松本', 'マツモト', 'matsumoto'], ['井上', 'イノウエ', 'inoue'],
  ['木村', 'キムラ', 'kimura'], ['林', 'ハヤシ', 'hayashi'], ['斎藤', 'サイトウ', 'saito'], ['清水', 'シミズ', 'shimizu'],
  ['山崎', 'ヤマザキ', 'yamazaki'], ['森', 'モリ', 'mori'], ['池田', 'イケダ', 'ikeda'], ['橋本', 'ハシモト', 'hashimoto'],
  ['阿部', 'アベ', 'abe'], ['石川', 'イシカワ', 'ishikawa'], ['山下', 'ヤマシタ', 'yamashita'], ['中島', 'ナカジマ', 'nakajima'],
  ['石井', 'イシイ', 'ishii'], ['小川', 'オガワ', 'ogawa'], ['前田', 'マエダ', 'maeda'], ['岡田', 'オカダ', 'okada'],
  ['長谷川', 'ハセガワ', 'hasegawa'], ['藤田', 'フジタ', 'fujita'], ['後藤', 'ゴトウ', 'goto'], ['近藤', 'コンドウ', 'kondo'],
  ['村上', 'ムラカミ', 'murakami'], ['遠藤', 'エンドウ', 'endo'], ['青木', 'アオキ', 'aoki'], ['坂本', 'サカモト', 'sakamoto'],
  ['斉藤', 'サイトウ', 'saito'], ['福田', 'フクダ', 'fukuda'], ['太田', 'オオタ', 'ota'], ['西村', 'ニシムラ', 'nishimura'],
  ['藤井', 'フジイ', 'fujii'], ['金子', 'カネコ', 'kaneko'], ['岡本', 'オカモト', 'okamoto'], ['藤原', 'フジワラ', 'fujiwara'],
  ['中野', 'ナカノ', 'nakano'], ['三浦', 'ミウラ', 'miura'], ['原田', 'ハラダ', 'harada'], ['中川', 'ナカガワ', 'nakagawa'],
  ['松田', 'マツダ', 'matsuda'], ['竹内', 'タケウチ', 'takeuchi'], ['小野', 'オノ', 'ono'], ['田村', 'タムラ', 'tamura'],
  ['中山', 'ナカヤマ', 'nakayama'], ['和田', 'ワダ', 'wada'], ['石田', 'イシダ', 'ishida'], ['森田', 'モリタ', 'morita'],
  ['上田', 'ウエダ', 'ueda'], ['原', 'ハラ', 'hara'], ['内田', 'ウチダ', 'uchida'], ['柴田', 'シバタ', 'shibata'],
  ['酒井', 'サカイ', 'sakai'], ['宮崎', 'ミヤザキ', 'miyazaki'], ['横山', 'ヨコヤマ', 'yokoyama'], ['高木', 'タカギ', 'takagi'],
  ['安藤', 'アンドウ', 'ando'], ['宮本', 'ミヤモト', 'miyamoto'], ['大野', 'オオノ', 'ono'], ['小島', 'コジマ', 'kojima'],
  ['谷口', 'タニグチ', 'taniguchi'], ['今井', 'イマイ', 'imai'], ['工藤', 'クドウ', 'kudo'], ['高田', 'タカダ', 'takada'],
  ['増田', 'マスダ', 'masuda'], ['丸山', 'マルヤマ', 'maruyama'], ['杉山', 'スギヤマ', 'sugiyama'], ['村田', 'ムラタ', 'murata'],
  ['大塚', 'オオツカ', 'otsuka'], ['新井', 'アライ', 'arai'], ['小山', 'コヤマ', 'koyama'], ['平野', 'ヒラノ', 'hirano'],
  ['藤本', 'フジモト', 'fujimoto'], ['河野', 'コウノ', 'kono'], ['上野', 'ウエノ', 'ueno'], ['野口', 'ノグチ', 'noguchi'],
  ['武田', 'タケダ', 'takeda'], ['松井', 'マツイ', 'matsui'], ['千葉', 'チバ', 'chiba'], ['岩崎', 'イワサキ', 'iwasaki'],
  ['菅原', 'スガワラ', 'sugawara'], ['木下', 'キノシタ', 'kinoshita'], ['久保', 'クボ', 'kubo'], ['佐野', 'サノ', 'sano'],
  ['野村', 'ノムラ', 'nomura'], ['松尾', 'マツオ', 'matsuo'], ['菊地', 'キクチ', 'kikuchi'], ['杉本', 'スギモト', 'sugimoto'],
  ['市川', 'イチカワ', 'ichikawa'], ['大西', 'オオニシ', 'onishi'], ['桜井', 'サクライ', 'sakurai'], ['東', 'アズマ', 'azuma'],
];

export const MALE_GIVEN_NAMES: readonly (readonly [string, string, string])[] = [
  ['太郎', 'タロウ', 'taro'], ['翔太', 'ショウタ', 'shota'], ['大輔', 'ダイスケ', 'daisuke'], ['健太', 'ケンタ', 'kenta'],
  ['拓也', 'タクヤ', 'takuya'], ['直樹', 'ナオキ', 'naoki'], ['和也', 'カズヤ', 'kazuya'], ['達也', 'タツヤ', 'tatsuya'],
  ['誠', 'マコト', 'makoto'], ['剛', 'ツヨシ', 'tsuyoshi'], ['浩', 'ヒロシ', 'hiroshi'], ['隆', 'タカシ', 'takashi'],
  ['亮', 'リョウ', 'ryo'], ['健一', 'ケンイチ', 'kenichi'], ['雄一', 'ユウイチ', 'yuichi'], ['裕介', 'ユウスケ', 'yusuke'],
  ['大樹', 'ダイキ', 'daiki'], ['翔', 'ショウ', 'sho'], ['蓮', 'レン', 'ren'], ['悠斗', 'ユウト', 'yuto'],
  ['陽介', 'ヨウスケ', 'yosuke'], ['一郎', 'イチロウ', 'ichiro'], ['修', 'オサム', 'osamu'], ['学', 'マナブ', 'manabu'],
  ['聡', 'サトシ', 'satoshi'], ['勇気', 'ユウキ', 'yuki'], ['慎一', 'シンイチ', 'shinichi'], ['秀樹', 'ヒデキ', 'hideki'],
  ['正人', 'マサト', 'masato'], ['洋平', 'ヨウヘイ', 'yohei'], ['啓太', 'ケイタ', 'keita'], ['康平', 'コウヘイ', 'kohei'],
  ['智也', 'トモヤ', 'tomoya'], ['俊介', 'シュンスケ', 'shunsuke'], ['浩二', 'コウジ', 'koji'], ['健', 'ケン', 'ken'],
  ['大地', 'ダイチ', 'daichi'], ['海斗', 'カイト', 'kaito'], ['航', 'ワタル', 'wataru'], ['哲也', 'テツヤ', 'tetsuya'],
];

export const FEMALE_GIVEN_NAMES: readonly (readonly [string, string, string])[] = [
  ['花子', 'ハナコ', 'hanako'], ['陽子', 'ヨウコ', 'yoko'], ['恵子', 'ケイコ', 'keiko'], ['美穂', 'ミホ', 'miho'],
  ['愛', 'アイ', 'ai'], ['彩', 'アヤ', 'aya'], ['麻衣', 'マイ', 'mai'], ['優子', 'ユウコ', 'yuko'],
  ['由美', 'ユミ', 'yumi'], ['真由美', 'マユミ', 'mayumi'], ['直美', 'ナオミ', 'naomi'], ['智子', 'トモコ', 'tomoko'],
  ['明美', 'アケミ', 'akemi'], ['千尋', 'チヒロ', 'chihiro'], ['沙織', 'サオリ', 'saori'], ['美咲', 'ミサキ', 'misaki'],
  ['葵', 'アオイ', 'aoi'], ['結衣', 'ユイ', 'yui'], ['陽菜', 'ヒナ', 'hina'], ['さくら', 'サクラ', 'sakura'],
  ['七海', 'ナナミ', 'nanami'], ['彩香', 'アヤカ', 'ayaka'], ['美香', 'ミカ', 'mika'], ['久美子', 'クミコ', 'kumiko'],
  ['香織', 'カオリ', 'kaori'], ['奈々', 'ナナ', 'nana'], ['理恵', 'リエ', 'rie'], ['明日香', 'アスカ', 'asuka'],
  ['真理子', 'マリコ', 'mariko'], ['純子', 'ジュンコ', 'junko'], ['遥', 'ハルカ', 'haruka'], ['夏美', 'ナツミ', 'natsumi'],
  ['詩織', 'シオリ', 'shiori'], ['友美', 'トモミ', 'tomomi'], ['佳奈', 'カナ', 'kana'], ['瞳', 'ヒトミ', 'hitomi'],
  ['絵里', 'エリ', 'eri'], ['早紀', 'サキ', 'saki'], ['裕子', 'ヒロコ', 'hiroko'], ['紀子', 'ノリコ', 'noriko'],
];

/** Company name parts: [text, romaji]. Romaji of each list are distinct, so the domains stay distinct. */
export const COMPANY_STEMS: readonly (readonly [string, string])[] = [
  ['サクラ', 'sakura'], ['アオバ', 'aoba'], ['ミライ', 'mirai'], ['ヒカリ', 'hikari'], ['ソラ', 'sora'], ['アスカ', 'asuka'],
  ['ネクスト', 'next'], ['グローバル', 'global'], ['ブリッジ', 'bridge'], ['フロンティア', 'frontier'], ['クレスト', 'crest'],
  ['リンク', 'link'], ['アクシス', 'axis'], ['ライズ', 'rise'], ['スター', 'star'], ['ウィズ', 'wiz'], ['ノヴァ', 'nova'],
  ['エール', 'yell'], ['ハーモニー', 'harmony'], ['シナジー', 'synergy'], ['コスモ', 'cosmo'], ['ユニオン', 'union'],
  ['プライム', 'prime'], ['アーク', 'arc'], ['ルミナ', 'lumina'], ['オーシャン', 'ocean'], ['ベスト', 'best'],
  ['トラスト', 'trust'], ['センチュリー', 'century'], ['アルファ', 'alpha'], ['ビジョン', 'vision'], ['クオリア', 'qualia'],
  ['東洋', 'toyo'], ['大和', 'yamato'], ['日本', 'nihon'], ['中央', 'chuo'], ['共栄', 'kyoei'], ['富士', 'fuji'],
  ['北斗', 'hokuto'], ['太陽', 'taiyo'], ['平和', 'heiwa'], ['昭和', 'showa'], ['新星', 'shinsei'], ['丸和', 'maruwa'],
  ['三協', 'sankyo'], ['日進', 'nisshin'], ['大同', 'daido'], ['協和', 'kyowa'], ['明和', 'meiwa'], ['光陽', 'koyo'],
  ['白鷺', 'shirasagi'], ['若葉', 'wakaba'], ['朝日', 'asahi'], ['青葉', 'aobadai'], ['瑞穂', 'mizuho'], ['千代田', 'chiyoda'],
  ['湘南', 'shonan'], ['難波', 'namba'], ['博多', 'hakata'], ['杜の都', 'morinomiyako'], ['浪速', 'naniwa'], ['葵', 'aoi'],
  ['ミドリ', 'midori'], ['カエデ', 'kaede'], ['ツバサ', 'tsubasa'], ['ヤマト', 'yamatonet'], ['テラ', 'terra'], ['リーフ', 'leaf'],
  ['ジオ', 'geo'], ['セレス', 'ceres'], ['ポラリス', 'polaris'], ['シリウス', 'sirius'], ['ベガ', 'vega'], ['アトラス', 'atlas'],
  ['オリオン', 'orion'], ['ペガサス', 'pegasus'], ['フェニックス', 'phoenix'], ['イーグル', 'eagle'], ['ファルコン', 'falcon'],
  ['マリン', 'marine'],
];

export const COMPANY_MIDS: readonly (readonly [string, string])[] = [
  ['', ''], ['デジタル', 'digital'], ['情報', 'joho'], ['ネット', 'net'], ['テクノ', 'techno'],
  ['ビジネス', 'business'], ['データ', 'data'], ['クラウド', 'cloud'], ['通信', 'tsushin'], ['総合', 'sogo'],
  ['電算', 'densan'], ['ソフト', 'soft'], ['メディア', 'media'], ['エンジニアリング', 'engineering'], ['オフィス', 'office'],
  ['コミュニケーション', 'communication'], ['インフォ', 'info'], ['アイティー', 'it'],
];

export const COMPANY_BUSINESS_WORDS: readonly (readonly [string, string])[] = [
  ['システム', 'system'], ['システムズ', 'systems'], ['ソリューションズ', 'solutions'], ['テクノロジー', 'technology'],
  ['サービス', 'service'], ['商事', 'shoji'], ['産業', 'sangyo'], ['販売', 'hanbai'], ['工業', 'kogyo'], ['電機', 'denki'],
  ['企画', 'kikaku'], ['コンサルティング', 'consulting'], ['パートナーズ', 'partners'], ['ネットワークス', 'networks'],
  ['ラボ', 'lab'], ['ワークス', 'works'], ['マーケティング', 'marketing'], ['エージェント', 'agent'], ['開発', 'kaihatsu'],
  ['計算センター', 'keisan-center'], ['リサーチ', 'research'], ['トレーディング', 'trading'], ['ホールディングス', 'holdings'],
  ['インテグレーション', 'integration'], ['デザイン', 'design'], ['ジャパン', 'japan'], ['物産', 'bussan'],
  ['興産', 'kosan'], ['技研', 'giken'], ['ビジネスサポート', 'bizsupport'],
];

/** Katakana readings of the company name parts written in kanji (parts in katakana read as written). */
export const COMPANY_PART_READINGS: ReadonlyMap<string, string> = new Map([
  ['東洋', 'トウヨウ'], ['大和', 'ヤマト'], ['日本', 'ニホン'], ['中央', 'チュウオウ'], ['共栄', 'キョウエイ'], ['富士', 'フジ'],
  ['北斗', 'ホクト'], ['太陽', 'タイヨウ'], ['平和', 'ヘイワ'], ['昭和', 'ショウワ'], ['新星', 'シンセイ'], ['丸和', 'マルワ'],
  ['三協', 'サンキョウ'], ['日進', 'ニッシン'], ['大同', 'ダイドウ'], ['協和', 'キョウワ'], ['明和', 'メイワ'], ['光陽', 'コウヨウ'],
  ['白鷺', 'シラサギ'], ['若葉', 'ワカバ'], ['朝日', 'アサヒ'], ['青葉', 'アオバ'], ['瑞穂', 'ミズホ'], ['千代田', 'チヨダ'],
  ['湘南', 'ショウナン'], ['難波', 'ナンバ'], ['博多', 'ハカタ'], ['杜の都', 'モリノミヤコ'], ['浪速', 'ナニワ'], ['葵', 'アオイ'],
  ['情報', 'ジョウホウ'], ['通信', 'ツウシン'], ['総合', 'ソウゴウ'], ['電算', 'デンサン'],
  ['商事', 'ショウジ'], ['産業', 'サンギョウ'], ['販売', 'ハンバイ'], ['工業', 'コウギョウ'], ['電機', 'デンキ'], ['企画', 'キカク'],
  ['開発', 'カイハツ'], ['計算センター', 'ケイサンセンター'], ['物産', 'ブッサン'], ['興産', 'コウサン'], ['技研', 'ギケン'],
  ['東日本', 'ヒガシニホン'], ['西日本', 'ニシニホン'], ['関西', 'カンサイ'], ['九州', 'キュウシュウ'], ['北海道', 'ホッカイドウ'],
  ['中部', 'チュウブ'], ['東北', 'トウホク'], ['中国', 'チュウゴク'], ['四国', 'シコク'], ['首都圏', 'シュトケン'], ['北陸', 'ホクリク'],
]);

/** Regional qualifiers, used only once the plain name space is exhausted (very large networks). */
export const COMPANY_REGIONS: readonly (readonly [string, string])[] = [
  ['', ''], ['東日本', 'higashinihon'], ['西日本', 'nishinihon'], ['関西', 'kansai'], ['九州', 'kyushu'], ['北海道', 'hokkaido'],
  ['中部', 'chubu'], ['東北', 'tohoku'], ['中国', 'chugoku'], ['四国', 'shikoku'], ['首都圏', 'shutoken'], ['北陸', 'hokuriku'],
];

/** Prefecture, weight, landline area code, region ('east' | 'central' | 'west'). */
export const PREFECTURES: readonly (readonly [string, number, string, 'east' | 'central' | 'west'])[] = [
  ['東京都', 40, '03', 'east'], ['大阪府', 11, '06', 'west'], ['神奈川県', 7, '045', 'east'], ['愛知県', 7, '052', 'central'],
  ['福岡県', 5, '092', 'west'], ['北海道', 3, '011', 'east'], ['埼玉県', 3, '048', 'east'], ['千葉県', 2.5, '043', 'east'],
  ['兵庫県', 3, '078', 'west'], ['京都府', 2, '075', 'west'], ['宮城県', 2, '022', 'east'], ['広島県', 2, '082', 'west'],
  ['静岡県', 1.5, '054', 'central'], ['新潟県', 1, '025', 'central'], ['岡山県', 1, '086', 'west'], ['熊本県', 1, '096', 'west'],
  ['石川県', 0.8, '076', 'central'], ['長野県', 0.8, '026', 'central'], ['茨城県', 0.8, '029', 'east'], ['沖縄県', 0.6, '098', 'west'],
];

export const PARTNER_INDUSTRIES: readonly string[] = [
  'SIer', 'SaaS', 'ITコンサルティング', 'OA機器販売', 'ソフトウェア販売代理店', '通信サービス', '人材サービス',
  '広告・マーケティング', '会計事務所', '経営コンサルティング', 'Web制作', '営業代行', 'ハードウェア販売', 'データセンター',
];
export const PARTNER_INDUSTRY_WEIGHTS: readonly number[] = [18, 14, 9, 10, 12, 6, 5, 5, 5, 4, 4, 4, 3, 1];

export const CUSTOMER_SEGMENTS: readonly string[] = ['SMB', '中堅企業', 'エンタープライズ', '官公庁', '自治体', 'スタートアップ', '教育機関', '医療機関'];

/** Our own teams. The first three exist from three managers on; see the portfolio assignment. */
export const TEAMS: readonly string[] = ['Partner Sales East', 'Partner Sales West', 'Partner Alliances', 'Partner Sales Central', 'Channel Development'];
export const TEAM_EAST = 0;
export const TEAM_WEST = 1;
export const TEAM_ALLIANCES = 2;
export const TEAM_CENTRAL = 3;
export const TEAM_CHANNEL = 4;

/** Products we sell through partners: [name, typical deal amount (yen), typical gross margin]. */
export const PRODUCTS: readonly (readonly [string, number, number])[] = [
  ['CRM', 3_000_000, 0.35], ['SFA', 2_500_000, 0.35], ['MA', 2_000_000, 0.4], ['会計', 1_200_000, 0.3],
  ['人事', 1_500_000, 0.3], ['勤怠管理', 800_000, 0.3], ['経費精算', 600_000, 0.35], ['セキュリティ', 4_000_000, 0.25],
  ['AI', 5_000_000, 0.45], ['BI', 2_500_000, 0.4], ['ERP', 12_000_000, 0.2], ['電子契約', 800_000, 0.4],
  ['グループウェア', 1_000_000, 0.3], ['コールセンター', 3_500_000, 0.3], ['EC', 2_000_000, 0.3], ['データ連携', 3_000_000, 0.35],
];
export const PRODUCT_WEIGHTS: readonly number[] = [14, 10, 8, 9, 7, 6, 5, 8, 7, 5, 3, 5, 4, 3, 3, 3];

export const INDUSTRIES: readonly string[] = ['製造業', '小売', '金融', '医療', '建設', '物流', '不動産', '教育', '官公庁', '飲食', '通信', 'IT'];

export const TOPICS: readonly string[] = [
  'DX', '生成AI', 'インボイス制度', '電子帳簿保存法', 'ゼロトラスト', 'リモートワーク', 'サステナビリティ', 'データ活用',
  '業務効率化', 'カスタマーサクセス', 'パートナーエコシステム', 'サブスクリプション',
];

export const DISC: readonly string[] = ['D', 'I', 'S', 'C'];
export const MBTI: readonly string[] = [
  'ISTJ', 'ISFJ', 'INFJ', 'INTJ', 'ISTP', 'ISFP', 'INFP', 'INTP', 'ESTP', 'ESFP', 'ENFP', 'ENTP', 'ESTJ', 'ESFJ', 'ENFJ', 'ENTJ',
];

/** Titles by rank, highest first. */
export const TITLE_EXECUTIVE = '執行役員';
export const TITLE_HEAD = '本部長';
export const TITLE_DIRECTOR = '部長';
export const TITLE_DEPUTY = '次長';
export const TITLE_MANAGER = '課長';
export const TITLE_CHIEF = '係長';
export const TITLE_LEAD = '主任';
export const TITLE_LEADER = 'リーダー';
export const TITLE_STAFF = '担当';
/** Titles that mean "manages people": a boss in reportsTo always has one of these. */
export const MANAGERIAL_TITLES: readonly string[] = [TITLE_EXECUTIVE, TITLE_HEAD, TITLE_DIRECTOR, TITLE_DEPUTY, TITLE_MANAGER, TITLE_CHIEF, TITLE_LEAD, TITLE_LEADER];

export const HEAD_DEPARTMENT_LARGE = '営業本部';
export const HEAD_DEPARTMENT_SMALL = '営業部';
export const DEPARTMENTS: readonly string[] = [
  '営業部', '第一営業部', '第二営業部', 'パートナー営業部', '営業企画部', '法人営業部', 'ソリューション営業部',
  'インサイドセールス部', 'カスタマーサクセス部', '東日本営業部', '西日本営業部', 'アライアンス推進部', '事業開発部', '第三営業部',
];
export const SMALL_COMPANY_DEPARTMENTS: readonly string[] = ['営業部', '営業部', '営業部', '営業企画部', 'ソリューション営業部'];

export const CONTRACT_PAYMENT_TERMS: readonly string[] = ['月末締め翌月末払い', '月末締め翌々月10日払い', '四半期ごとに精算', '20日締め翌月末払い'];
export const CONTRACT_EXTRAS: readonly string[] = [
  '年間販売目標10件', '年間販売目標24件', '再販価格は当社の標準価格表に準拠', '導入支援は当社が実施', '一次サポートはパートナーが担当',
  'デモ環境を無償提供', '販売トレーニングを年2回実施', '共同マーケティング費用を折半', '競合製品の取扱いは事前協議',
];

export const STRENGTHS: readonly string[] = [
  '地場企業との強いネットワーク', '技術サポート体制が充実', '官公庁案件の実績が豊富', '製造業の顧客基盤が厚い', '提案力の高い営業チーム',
  '導入支援まで一貫して対応', 'SMB向けの販売効率が高い', '業界特化のノウハウ', '経営層とのリレーションが強い', 'マーケティング施策の実行力',
];
export const WEAKNESSES: readonly string[] = [
  '営業人員が不足', '新商材の立ち上げが遅い', 'クラウド製品の知見が浅い', '特定顧客への依存度が高い', 'マーケティング機能が弱い',
  '担当者の異動が多い', '技術者の確保が難しい', '価格交渉で譲歩しがち',
];
export const POLICIES: readonly string[] = [
  'ストック型ビジネスへの転換を推進', '中堅企業向けDX支援を強化', '地域密着で既存顧客の深耕を優先', 'SaaS商材の取扱いを拡大',
  'AI関連ソリューションに注力', '利益率重視で取扱商材を絞り込む', '首都圏以外への営業拠点の拡大', 'パートナー連携による新規開拓',
];
export const CHALLENGES: readonly string[] = [
  '新規顧客の開拓', '営業人材の育成', '商材知識のキャッチアップ', '案件の長期化', '価格競争への対応', '既存システムからの移行提案',
  '解約率の低減', '若手営業の定着',
];

/** Team-defined chart items and their possible values (string templates with {n} for a number). */
export const CUSTOM_FIELDS: readonly (readonly [string, readonly string[]])[] = [
  ['パートナーランク', ['プラチナ', 'ゴールド', 'シルバー', 'ブロンズ']],
  ['認定資格保有者数', ['{n}名']],
  ['定例会頻度', ['週1回', '隔週', '月1回', '四半期ごと']],
  ['営業エリア', ['関東全域', '首都圏', '関西圏', '東海地方', '九州・沖縄', '全国', '北海道・東北']],
  ['紹介経路', ['展示会', '既存パートナーからの紹介', 'Webからの問い合わせ', '代理店制度説明会']],
  ['共同マーケ予算', ['年間{n}0万円']],
  ['決裁フロー', ['部長決裁', '本部長決裁', '役員会決裁', '社長決裁']],
];

export const CONCERNS: readonly string[] = [
  '価格', '導入工数', '競合製品との比較', 'セキュリティ要件', '社内稟議', 'サポート体制', '既存システムとの連携', '教育コスト',
  '契約期間', '手数料率',
];

/** Rivals a partner loses deals to (fictional): named on LOST deals lost on price or to a competitor. */
export const COMPETITORS: readonly string[] = ['アルファシステムズ', 'ブルーオーシャン', 'ネクストソリューション', '東都情報サービス', 'クラウドワン'];
export const LOSS_REASONS: readonly string[] = ['価格', '競合', 'タイミング', '予算不足', '機能不足', '社内稟議'];
export const LOSS_REASON_WEIGHTS: readonly number[] = [30, 25, 15, 15, 10, 5];

export const NEXT_ACTIONS: readonly string[] = [
  '見積書を送付する', 'デモ環境を準備する', '導入事例資料を共有する', '決裁者向けの提案書を作成する', '次回定例の日程を調整する',
  '価格表を更新して送付する', '技術担当との打ち合わせを設定する', '共同セミナーの企画案を送る', '販売トレーニングを実施する',
  '顧客リストの共有を依頼する',
];

export const REACTION_PHRASES: Readonly<Record<'POSITIVE' | 'NEUTRAL' | 'NEGATIVE', readonly string[]>> = {
  POSITIVE: [
    '前向きな反応で、次回は決裁者が同席予定。', '強い関心を示し、顧客への展開を検討したいとのこと。', '既存顧客への提案に使えそうだと好評。',
    '具体的な案件候補が2社挙がった。',
  ],
  NEUTRAL: ['関心はあるが、社内での優先度は未定。', '他社製品と比較検討中とのこと。', '担当者レベルでは好感触だが、判断は上長次第。'],
  NEGATIVE: ['現時点では優先度が低いとの反応。', '価格面での懸念が強い。', '既存の取扱商材と競合するため慎重な姿勢。'],
};

/** Meeting-note openings by channel; {p} is a product, {i} an industry. */
export const SUMMARY_OPENINGS: Readonly<Record<'MEETING' | 'CALL' | 'EMAIL' | 'EVENT' | 'CHAT', readonly string[]>> = {
  MEETING: [
    '{p}の導入提案について打ち合わせ。', '定例ミーティングで今期のパイプラインを確認し、{p}の案件化を相談。', '{p}のデモを実施。',
    '{i}向けの共同提案について意見交換。', '{p}の販売条件と価格体系を説明。', '四半期レビューで{p}の販売実績を振り返り。',
  ],
  CALL: ['{p}の案件状況を電話で確認。', '{i}の顧客からの{p}に関する問い合わせについて相談を受けた。', '見積条件について電話で調整。'],
  EMAIL: ['{p}の提案資料をメールで送付。', '{i}向け導入事例をメールで共有。', '{p}の見積依頼をメールで受領。'],
  EVENT: ['パートナー向けセミナーで{p}の最新機能を紹介。', '展示会のブースで{p}について意見交換。', '{i}向け勉強会に参加いただいた。'],
  CHAT: ['チャットで{p}の仕様について質問を受けた。', 'チャットで商談日程を調整。', '{p}の価格改定についてチャットで連絡。'],
};
