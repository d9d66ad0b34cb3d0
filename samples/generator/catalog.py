"""Companies, parts and inspection items the generator draws from.

Buyers and parts come mostly from samples/master-data/*.csv (so generated documents match the master
data), plus a few deliberately unknown ones defined here.
"""
import csv
from dataclasses import dataclass, field
from pathlib import Path

MASTER_DIR = Path(__file__).resolve().parent.parent / "master-data"


@dataclass(frozen=True)
class Company:
    name: str            # canonical name (as in the master data)
    kana: str
    tel: str             # canonical national format, e.g. 0566-21-4410
    fax: str
    postal: str = ""
    address: str = ""
    ascii_name: str = ""  # what a fax machine prints as sender id (TSI / name)
    country: str = "JP"
    in_master: bool = True


@dataclass(frozen=True)
class Part:
    number: str
    name: str
    unit: str
    price: float
    name_en: str = ""
    family: str = "generic"
    in_master: bool = True


# Generator-only details for master customers (address, ASCII fax id), keyed by name.
_CUSTOMER_DETAILS = {
    "株式会社東海精機": ("448-0003", "愛知県刈谷市一ツ木町5丁目12番地", "TOKAI SEIKI"),
    "有限会社岡崎製作所": ("444-0840", "愛知県岡崎市戸崎町字牛転32-4", "OKAZAKI SS"),
    "株式会社三ツ星機工": ("471-0836", "愛知県豊田市末野町3-18", "MITSUBOSHI KIKO"),
    "中部オートパーツ株式会社": ("457-0863", "愛知県名古屋市南区豊2丁目21-7", "CHUBU AUTO PARTS"),
    "株式会社安城メカトロ": ("446-0056", "愛知県安城市三河安城町1-9-3", "ANJO MECHATRO"),
    "株式会社刈谷プレス工業": ("448-0813", "愛知県刈谷市小垣江町西高根140", "KARIYA PRESS"),
    "名港産業株式会社": ("455-0032", "愛知県名古屋市港区入船2丁目3-15", "MEIKO SANGYO"),
    "有限会社西尾金型": ("445-0063", "愛知県西尾市今川町石橋62", "NISHIO KANAGATA"),
    "株式会社浜松テクノ": ("435-0042", "静岡県浜松市中央区篠ケ瀬町1120", "HAMAMATSU TECHNO"),
    "東邦ファスナー株式会社": ("143-0015", "東京都大田区大森西4-11-8", "TOHO FASTENER"),
    "株式会社豊橋樹脂": ("441-8074", "愛知県豊橋市明海町5-22", "TOYOHASHI JUSHI"),
    "大阪精工株式会社": ("577-0065", "大阪府東大阪市高井田中3-6-41", "OSAKA SEIKO"),
    "Meiko Trading Co., Ltd.": ("460-0008", "3-15-2 Sakae, Naka-ku, Nagoya, Aichi", "MEIKO TRADING"),
    "Pacific Motion Inc.": ("43215", "1180 Dublin Rd, Columbus, OH", "PACIFIC MOTION"),
}

# Buyers that are deliberately NOT in the master data.
_UNKNOWN_BUYERS = [
    Company("株式会社新城工業", "シンシロコウギョウ", "0536-22-4117", "0536-22-4118", "441-1384",
            "愛知県新城市字北畑33-1", "SHINSHIRO KOGYO", in_master=False),
    Company("有限会社蒲郡精工", "ガマゴオリセイコウ", "0533-68-2290", "0533-68-2291", "443-0034",
            "愛知県蒲郡市港町18-6", "GAMAGORI SEIKO", in_master=False),
    Company("株式会社知立電装", "チリュウデンソウ", "0566-83-5512", "0566-83-5513", "472-0017",
            "愛知県知立市新林町平草72", "CHIRYU DENSO", in_master=False),
    Company("Granite Peak Tools Inc.", "グラナイトピークツールズ", "412-555-0178", "412-555-0179", "15222",
            "440 Liberty Ave, Pittsburgh, PA", "GRANITE PEAK", "US", in_master=False),
]

# The company that runs DocIntake: orders are addressed to it, quality records too.
OUR_COMPANY = Company("株式会社三河精密", "ミカワセイミツ", "0566-62-1234", "0566-62-1235", "448-0021",
                      "愛知県刈谷市八軒町2丁目48番地", "MIKAWA SEIMITSU")
OUR_NAME_EN = "Mikawa Precision Co., Ltd."

# Suppliers that send us inspection records.
QR_SUPPLIERS = [
    Company("株式会社碧海熱処理", "ヘキカイネツショリ", "0566-92-3318", "0566-92-3319", "446-0001",
            "愛知県安城市里町北弁天3-7", "HEKIKAI NETSU"),
    Company("有限会社衣浦研削", "キヌウラケンサク", "0566-48-7720", "0566-48-7721", "447-0853",
            "愛知県碧南市浜寺町2-41", "KINUURA KENSAKU"),
    Company("株式会社矢作メッキ工業", "ヤハギメッキコウギョウ", "0564-31-2846", "0564-31-2847", "444-0943",
            "愛知県岡崎市矢作町字猿渡34", "YAHAGI MEKKI"),
    Company("高浜精密鋳造株式会社", "タカハマセイミツチュウゾウ", "0566-53-1127", "0566-53-1128", "444-1334",
            "愛知県高浜市碧海町4-8-15", "TAKAHAMA CASTING"),
]
QR_SUPPLIERS_EN = [
    Company("Kinuura Grinding Co., Ltd.", "キヌウラグラインディング", "0566-48-7720", "0566-48-7721", "447-0853",
            "2-41 Hamaderacho, Hekinan, Aichi", "KINUURA GRINDING"),
    Company("Takahama Precision Casting Co., Ltd.", "タカハマプレシジョン", "0566-53-1127", "0566-53-1128",
            "444-1334", "4-8-15 Hekikaicho, Takahama, Aichi", "TAKAHAMA CASTING"),
]

_PART_EN = {
    "MS-1001-A": ("Shaft dia.10", "shaft"), "MS-1002-A": ("Shaft dia.12", "shaft"),
    "MS-1010-B": ("Stepped shaft", "shaft"), "BU-2040": ("Bushing", "bush"),
    "BU-2045-01": ("Flanged bushing", "bush"), "BR-3312-02": ("Bracket", "plate"),
    "BR-3315": ("L-bracket", "plate"), "PL-4420": ("Base plate", "plate"),
    "PL-4425-S": ("Cover plate", "plate"), "CL-5501": ("Collar", "bush"),
    "CL-5502": ("Spacer", "bush"), "GR-6100": ("Gear M1.5 Z24", "gear"),
    "PN-7010": ("Pin dia.6", "shaft"), "PN-7012": ("Dowel pin dia.8", "shaft"),
    "HS-8800": ("Housing", "housing"), "SP-9120": ("Compression spring", "generic"),
    "NT-1208": ("Special nut M8", "generic"), "BT-1310": ("Socket head bolt M10", "generic"),
    "WS-1405": ("Flat washer", "generic"), "RL-1520": ("Roller", "shaft"),
    "AS-2001": ("Shaft assembly", "generic"), "MT-3001": ("Round bar S45C dia.20", "material"),
    "MT-3002": ("Square tube 40x40", "material"), "JG-4001": ("Inspection jig", "generic"),
}

_UNKNOWN_PARTS = [
    Part("MS-1099-C", "試作シャフト", "本", 2400, "Prototype shaft", "shaft", False),
    Part("BR-3390", "補強ブラケット", "個", 1580, "Reinforcing bracket", "plate", False),
    Part("KX-0417", "ガイドレール", "本", 5300, "Guide rail", "shaft", False),
    Part("CL-5590-T", "テーパーカラー", "個", 118, "Taper collar", "bush", False),
]


def _read_csv(name):
    with open(MASTER_DIR / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@dataclass
class Catalog:
    buyers: list = field(default_factory=list)
    unknown_buyers: list = field(default_factory=list)
    parts: list = field(default_factory=list)
    unknown_parts: list = field(default_factory=list)


def load_catalog():
    cat = Catalog()
    for row in _read_csv("customers.csv"):
        postal, address, ascii_name = _CUSTOMER_DETAILS.get(row["name"], ("", "", "FAX"))
        country = "JP" if row["tel"].startswith("0") else "US"
        cat.buyers.append(Company(row["name"], row["kana"], row["tel"], row["fax"], postal, address, ascii_name, country))
    cat.unknown_buyers = list(_UNKNOWN_BUYERS)
    for row in _read_csv("parts.csv"):
        en, family = _PART_EN.get(row["partNumber"], (row["name"], "generic"))
        price = float(row["unitPrice"])
        cat.parts.append(Part(row["partNumber"], row["name"], row["unit"], price, en, family))
    cat.unknown_parts = list(_UNKNOWN_PARTS)
    return cat


def is_english_name(name):
    return all(ord(c) < 0x3000 for c in name)


# Inspection items per part family: (item ja, item en, spec kind, nominal, params, unit, decimals)
# kinds: pm (±tol), asym (+up/-lo), range (lo～hi), max (≦), min (≧), visual
INSPECTION_ITEMS = {
    "shaft": [
        ("外径", "Outer diameter", "pm", 10.00, (0.02,), "mm", 3),
        ("全長", "Overall length", "pm", 250.0, (0.1,), "mm", 2),
        ("外径", "Outer diameter", "asym", 12.00, (0.0, -0.018), "mm", 3),
        ("表面粗さ", "Surface roughness", "max", None, (1.6,), "μm", 2),
        ("硬度", "Hardness", "range", None, (58, 62), "HRC", 1),
        ("振れ", "Runout", "max", None, (0.02,), "mm", 3),
        ("外観", "Appearance", "visual", None, (), None, 0),
    ],
    "bush": [
        ("内径", "Inner diameter", "asym", 8.00, (0.015, 0.0), "mm", 3),
        ("外径", "Outer diameter", "pm", 14.00, (0.05,), "mm", 2),
        ("長さ", "Length", "range", None, (11.9, 12.1), "mm", 2),
        ("硬度", "Hardness", "min", None, (50,), "HRC", 1),
        ("外観", "Appearance", "visual", None, (), None, 0),
    ],
    "plate": [
        ("板厚", "Thickness", "pm", 3.2, (0.1,), "mm", 2),
        ("穴ピッチ", "Hole pitch", "pm", 50.00, (0.05,), "mm", 2),
        ("穴径", "Hole diameter", "asym", 6.6, (0.1, 0.0), "mm", 2),
        ("平面度", "Flatness", "max", None, (0.1,), "mm", 2),
        ("外観", "Appearance", "visual", None, (), None, 0),
    ],
    "gear": [
        ("歯先円径", "Tip diameter", "asym", 39.00, (0.0, -0.05), "mm", 3),
        ("内径", "Bore diameter", "asym", 15.00, (0.018, 0.0), "mm", 3),
        ("歯幅", "Face width", "pm", 12.0, (0.1,), "mm", 2),
        ("硬度", "Hardness", "range", None, (55, 60), "HRC", 1),
        ("外観", "Appearance", "visual", None, (), None, 0),
    ],
    "housing": [
        ("穴径", "Bore diameter", "range", None, (32.000, 32.025), "mm", 3),
        ("全高", "Height", "pm", 85.0, (0.2,), "mm", 2),
        ("表面粗さ", "Surface roughness", "max", None, (3.2,), "μm", 2),
        ("外観", "Appearance", "visual", None, (), None, 0),
    ],
    "generic": [
        ("寸法A", "Dimension A", "pm", 20.00, (0.05,), "mm", 2),
        ("寸法B", "Dimension B", "asym", 8.00, (0.05, -0.02), "mm", 2),
        ("硬度", "Hardness", "range", None, (200, 260), "HV", 0),
        ("外観", "Appearance", "visual", None, (), None, 0),
    ],
    "material": [
        ("外径", "Diameter", "pm", 20.0, (0.1,), "mm", 2),
        ("硬度", "Hardness", "range", None, (170, 230), "HB", 0),
        ("外観", "Appearance", "visual", None, (), None, 0),
    ],
}
EXTRA_ITEMS = [
    ("全長", "Overall length", "pm", 40.0, (0.1,), "mm", 2),
    ("面取り", "Chamfer", "range", None, (0.3, 0.7), "mm", 2),
    ("同軸度", "Coaxiality", "max", None, (0.03,), "mm", 3),
    ("表面粗さ", "Surface roughness", "max", None, (1.6,), "μm", 2),
    ("めっき膜厚", "Plating thickness", "min", None, (8,), "μm", 1),
]

INSPECTORS = ["山田", "佐藤", "鈴木", "高橋", "伊藤", "渡辺", "中村", "小林", "加藤", "吉田"]
INSPECTORS_EN = ["K. Yamada", "T. Sato", "M. Suzuki", "H. Ito", "Y. Kato"]
PERSONS = ["山本", "田中", "松本", "井上", "木村", "林", "清水", "森", "池田", "橋本"]
PERSONS_EN = ["J. Miller", "K. Tanaka", "S. Brown", "A. Yoshida", "R. Davis"]
