#!/usr/bin/env python3
"""Generate the ILLUSTRATIVE example network networks/japan-innovation.json.

The network imitates the Japanese regional innovation programs summarised in
the project's domain notes (Knowledge Cluster Initiative 2002-2009, City Area
program, Regional Innovation Strategy Support Program 2011-2015 with its
Innovation Promotion Councils, Center of Innovation hubs 2013-, the Tohoku
reconstruction program, the Matching Planner Program 2016-2020, the Regional
Innovation Ecosystem Formation Program 2016-) but every organisation, person, tie, weight and year
in it is INVENTED. Prefectures and the national ministries/agency (MEXT, METI,
MAFF, JST) are named after real public bodies only so that the structure is
recognisable; the ties attached to them are fictional too.

Format: docs/network-format.md. Python 3 standard library only. The output is
deterministic: a fixed seed, fixed iteration orders and sorted output, so two
runs give byte-identical files.

Usage:  python3 scripts/generate_networks.py [--output PATH]
"""

import argparse
import os
import random
import sys

sys.dont_write_bytecode = True  # no __pycache__ in scripts/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from network_json import dump_network  # noqa: E402

SEED = 20150401  # fixed: the source document is a FY2015 budget document

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(ROOT, "networks", "japan-innovation.json")

NETWORK_NAME = ("Japan regional innovation ecosystems 産学官金 "
                "(ILLUSTRATIVE: fictional actors and ties, not real data)")

SECTORS = [
    {"id": "industry", "label": "Industry 産", "color": "#E69F00"},
    {"id": "academia", "label": "Academia 学", "color": "#0072B2"},
    {"id": "government", "label": "Government 官", "color": "#009E73"},
    {"id": "finance", "label": "Finance 金", "color": "#CC79A7"},
]

# ---------------------------------------------------------------------------
# Technology vocabulary shared by university seeds and company needs.
# keyword -> industry category (used to give companies a fitting name).
# ---------------------------------------------------------------------------
VOCAB = {
    "spintronics": "electronics",
    "power semiconductors": "electronics",
    "organic electronics": "electronics",
    "IoT sensors": "electronics",
    "MEMS": "electronics",
    "LED lighting": "electronics",
    "photonics": "electronics",
    "batteries": "energy",
    "hydrogen": "energy",
    "fuel cells": "energy",
    "biomass": "energy",
    "renewable energy": "energy",
    "medical devices": "medical",
    "rehabilitation robotics": "medical",
    "drug discovery": "pharma",
    "regenerative medicine": "pharma",
    "functional foods": "food",
    "fermentation": "food",
    "aquaculture": "food",
    "smart agriculture": "agri",
    "marine biotechnology": "bio",
    "robotics": "machinery",
    "precision machining": "machinery",
    "laser processing": "machinery",
    "next-generation vehicles": "machinery",
    "aerospace": "machinery",
    "composite materials": "materials",
    "carbon fibre": "materials",
    "ceramics": "materials",
    "magnesium alloys": "materials",
    "cellulose nanofibre": "materials",
    "textiles": "materials",
    "AI": "it",
    "image processing": "it",
    "big data": "it",
    "disaster prevention": "construction",
    "cold-region engineering": "construction",
    "water treatment": "construction",
}
KEYWORDS = sorted(VOCAB)

# company-name endings per category: (Japanese, romanised/English)
SUFFIXES = {
    "electronics": [("電子", "Denshi"), ("デバイス", "Devices"), ("電機", "Denki")],
    "energy": [("エナジー", "Energy"), ("電池", "Denchi"), ("電工", "Denko")],
    "medical": [("メディカル", "Medical"), ("医科器械", "Ika Kikai")],
    "pharma": [("製薬", "Pharmaceutical"), ("ファーマ", "Pharma"), ("バイオ", "Bio")],
    "food": [("食品", "Foods"), ("醸造", "Jozo"), ("水産", "Suisan")],
    "agri": [("農園", "Farm"), ("アグリ", "Agri")],
    "bio": [("バイオ", "Bio"), ("海洋バイオ", "Marine Bio")],
    "machinery": [("精機", "Seiki"), ("製作所", "Seisakusho"), ("工業", "Kogyo"),
                  ("機械", "Kikai")],
    "materials": [("化成", "Kasei"), ("マテリアル", "Materials"), ("繊維", "Sen-i"),
                  ("窯業", "Yogyo")],
    "it": [("システムズ", "Systems"), ("ソフト", "Soft"), ("データ", "Data")],
    "construction": [("建設", "Kensetsu"), ("環境", "Kankyo"), ("技研", "Giken")],
}

# invented company-name stems
COMPANY_STEMS = [
    ("北星", "Hokusei"), ("南陽", "Nanyo"), ("旭光", "Kyokko"), ("大翔", "Daisho"),
    ("青峰", "Seiho"), ("白鷗", "Hakuo"), ("銀河", "Ginga"), ("金峰", "Kinpo"),
    ("瑞光", "Zuiko"), ("光輪", "Korin"), ("星雲", "Seiun"), ("海鳳", "Kaiho"),
    ("山彦", "Yamabiko"), ("緑風", "Ryokufu"), ("朝霧", "Asagiri"), ("夕凪", "Yunagi"),
    ("天翔", "Tensho"), ("飛鳥", "Asuka"), ("翠嶺", "Suirei"), ("紅陽", "Koyo"),
    ("清和", "Seiwa"), ("豊穣", "Hojo"), ("栄進", "Eishin"), ("協創", "Kyoso"),
    ("昇陽", "Shoyo"), ("雄峰", "Yuho"), ("嶺南", "Reinan"), ("泉川", "Izumikawa"),
    ("森羅", "Shinra"), ("錦江", "Kinko"), ("鳳雛", "Hosu"), ("蒼龍", "Soryu"),
    ("白虹", "Hakko"), ("黎光", "Reiko"), ("寿星", "Jusei"), ("千尋", "Chihiro"),
    ("萬葉", "Manyo"), ("八雲", "Yakumo"), ("七海", "Nanami"), ("三輪", "Miwa"),
    ("丸星", "Marusei"), ("恒星", "Kosei"), ("碧水", "Hekisui"), ("凌雲", "Ryoun"),
    ("晴嵐", "Seiran"), ("松籟", "Shorai"), ("竹林", "Chikurin"), ("梅香", "Baiko"),
    ("桐葉", "Toyo"), ("柏木", "Kashiwagi"), ("楠", "Kusunoki"), ("欅", "Keyaki"),
    ("曙", "Akebono"), ("宝山", "Hozan"), ("玉泉", "Gyokusen"), ("流星", "Ryusei"),
    ("銀星", "Ginsei"), ("天海", "Tenkai"), ("隆光", "Ryuko"), ("若鮎", "Waka-ayu"),
]

SURNAMES = [
    ("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"),
    ("伊藤", "Ito"), ("渡辺", "Watanabe"), ("山本", "Yamamoto"), ("中村", "Nakamura"),
    ("小林", "Kobayashi"), ("加藤", "Kato"), ("吉田", "Yoshida"), ("山田", "Yamada"),
    ("佐々木", "Sasaki"), ("山口", "Yamaguchi"), ("松本", "Matsumoto"), ("井上", "Inoue"),
    ("木村", "Kimura"), ("林", "Hayashi"), ("斎藤", "Saito"), ("清水", "Shimizu"),
    ("山崎", "Yamazaki"), ("森", "Mori"), ("池田", "Ikeda"), ("橋本", "Hashimoto"),
    ("阿部", "Abe"), ("石川", "Ishikawa"), ("前田", "Maeda"), ("藤田", "Fujita"),
    ("小川", "Ogawa"), ("岡田", "Okada"), ("後藤", "Goto"), ("長谷川", "Hasegawa"),
    ("村上", "Murakami"), ("近藤", "Kondo"), ("石井", "Ishii"), ("坂本", "Sakamoto"),
    ("遠藤", "Endo"), ("青木", "Aoki"), ("藤井", "Fujii"), ("西村", "Nishimura"),
    ("福田", "Fukuda"), ("太田", "Ota"), ("三浦", "Miura"), ("岡本", "Okamoto"),
]

ROLE_JA = {
    "regional_coordinator": "地域連携コーディネータ",
    "business_producer": "事業プロデューサー",
    "ura": "URA",
    "tech_transfer_coordinator": "技術移転コーディネータ",
    "ip_manager": "知財マネージャー",
    "matching_planner": "マッチングプランナー",
}

# ---------------------------------------------------------------------------
# Regions.  size = number of actors in the region (approximate target);
# prefectures = real prefecture names (the ties attached to them are invented);
# stems = invented local place-name stems for universities, banks, etc.;
# focus = technology keywords the region is strong in;
# density/finance/openness scale tie probabilities so that regions differ;
# programs = which (illustrative) national programs the region took part in.
# ---------------------------------------------------------------------------
REGIONS = [
    dict(id="hokkaido", ja="北海道", en="Hokkaido", size=30,
         prefectures=[("hokkaido", "北海道庁", "Hokkaido Government")],
         stems=[("北辰", "Hokushin"), ("白樺", "Shirakaba"), ("雪嶺", "Setsurei"),
                ("銀嶺", "Ginrei"), ("流氷", "Ryuhyo")],
         focus=["functional foods", "smart agriculture", "biomass", "aquaculture",
                "cold-region engineering", "big data"],
         density=0.9, finance=0.8, openness=1.0,
         programs={"knowledge_cluster", "matching_planner"}),
    dict(id="tohoku", ja="東北", en="Tohoku", size=40,
         prefectures=[("miyagi", "宮城県", "Miyagi Prefecture")],
         stems=[("青嶺", "Seirei"), ("東雲", "Shinonome"), ("翠峰", "Suiho"),
                ("朝凪", "Asanagi"), ("萌黄", "Moegi")],
         focus=["spintronics", "batteries", "medical devices", "disaster prevention",
                "aquaculture", "precision machining"],
         density=1.0, finance=1.0, openness=1.3,
         programs={"knowledge_cluster", "coi_hub", "ecosystem", "reconstruction",
                   "matching_planner"}),
    dict(id="kanto", ja="関東", en="Kanto", size=60,
         prefectures=[("kanagawa", "神奈川県", "Kanagawa Prefecture"),
                      ("ibaraki", "茨城県", "Ibaraki Prefecture")],
         stems=[("蒼空", "Soku"), ("黎明", "Reimei"), ("彩雲", "Saiun"),
                ("紫苑", "Shion"), ("群青", "Gunjo")],
         focus=["AI", "robotics", "drug discovery", "IoT sensors", "composite materials",
                "image processing", "photonics"],
         density=1.15, finance=1.5, openness=1.2,
         programs={"coi_hub", "matching_planner"}),
    dict(id="koshinetsu", ja="甲信越", en="Koshinetsu", size=20,
         prefectures=[("nagano", "長野県", "Nagano Prefecture")],
         stems=[("翡翠", "Hisui"), ("清流", "Seiryu"), ("山吹", "Yamabuki"),
                ("朱鷺", "Toki"), ("雪椿", "Yukitsubaki")],
         focus=["precision machining", "photonics", "fermentation", "medical devices",
                "MEMS"],
         density=0.9, finance=1.0, openness=0.6,
         programs={"knowledge_cluster"}),
    dict(id="hokuriku", ja="北陸", en="Hokuriku", size=26,
         prefectures=[("ishikawa", "石川県", "Ishikawa Prefecture")],
         stems=[("瑠璃", "Ruri"), ("玻璃", "Hari"), ("浅葱", "Asagi"),
                ("琥珀", "Kohaku"), ("雷鳥", "Raicho")],
         focus=["carbon fibre", "textiles", "drug discovery", "precision machining",
                "composite materials"],
         density=1.05, finance=1.0, openness=0.7,
         programs={"knowledge_cluster", "ecosystem"}),
    dict(id="tokai", ja="東海", en="Tokai", size=46,
         prefectures=[("aichi", "愛知県", "Aichi Prefecture")],
         stems=[("暁", "Akatsuki"), ("光陽", "Koyo"), ("茜", "Akane"),
                ("若竹", "Wakatake"), ("風早", "Kazahaya")],
         focus=["next-generation vehicles", "robotics", "composite materials", "hydrogen",
                "aerospace", "ceramics"],
         density=1.0, finance=1.1, openness=1.0,
         programs={"knowledge_cluster", "coi_hub", "matching_planner"}),
    dict(id="kansai", ja="関西", en="Kansai", size=54,
         prefectures=[("osaka", "大阪府", "Osaka Prefecture"),
                      ("hyogo", "兵庫県", "Hyogo Prefecture")],
         stems=[("千鳥", "Chidori"), ("白鷺", "Shirasagi"), ("椿", "Tsubaki"),
                ("楓", "Kaede"), ("菖蒲", "Ayame")],
         focus=["drug discovery", "regenerative medicine", "batteries", "medical devices",
                "IoT sensors", "fermentation"],
         density=1.05, finance=1.2, openness=1.1,
         programs={"knowledge_cluster", "coi_hub", "matching_planner"}),
    dict(id="chugoku", ja="中国", en="Chugoku", size=28,
         prefectures=[("hiroshima", "広島県", "Hiroshima Prefecture")],
         stems=[("紅葉", "Momiji"), ("蒼海", "Sokai"), ("柊", "Hiiragi"),
                ("桔梗", "Kikyo"), ("凪", "Nagi")],
         focus=["next-generation vehicles", "magnesium alloys", "laser processing",
                "biomass", "fermentation", "image processing"],
         density=0.95, finance=0.9, openness=0.9,
         programs={"knowledge_cluster", "ecosystem", "matching_planner"}),
    dict(id="shikoku", ja="四国", en="Shikoku", size=18,
         prefectures=[("tokushima", "徳島県", "Tokushima Prefecture")],
         stems=[("藍染", "Aizome"), ("渦潮", "Uzushio"), ("若葉", "Wakaba"),
                ("青柳", "Aoyagi"), ("柑", "Kan")],
         focus=["LED lighting", "cellulose nanofibre", "aquaculture", "functional foods",
                "rehabilitation robotics"],
         density=0.8, finance=0.6, openness=0.6,
         programs={"city_area", "ecosystem"}),
    dict(id="kyushu", ja="九州", en="Kyushu", size=40,
         prefectures=[("fukuoka", "福岡県", "Fukuoka Prefecture")],
         stems=[("陽炎", "Kagero"), ("南星", "Nansei"), ("碧空", "Hekiku"),
                ("朝陽", "Choyo"), ("燦", "San")],
         focus=["power semiconductors", "hydrogen", "organic electronics", "robotics",
                "fuel cells", "fermentation"],
         density=1.0, finance=1.0, openness=1.3,
         programs={"knowledge_cluster", "ecosystem", "matching_planner"}),
    dict(id="okinawa", ja="沖縄", en="Okinawa", size=15,
         prefectures=[("okinawa", "沖縄県", "Okinawa Prefecture")],
         stems=[("珊瑚", "Sango"), ("海風", "Umikaze"), ("月桃", "Getto"),
                ("南海", "Nankai"), ("島虹", "Shimaniji")],
         focus=["marine biotechnology", "functional foods", "renewable energy",
                "water treatment"],
         density=0.85, finance=0.4, openness=0.8,
         programs={"city_area"}),
]
REGION_ORDER = ["japan", "national"] + [r["id"] for r in REGIONS]

# actors that get no tie at all (isolates); okinawa-sme02 still takes part in a project
ISOLATES = {"hokkaido-sme05", "kansai-sme19", "kyushu-sme14", "okinawa-sme02"}
# two SMEs tied only to each other: a small separate component
DETACHED_PAIR = ("shikoku-sme08", "shikoku-sme09")

MONEY_TYPES = {"funding", "investment", "loan"}


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.actors = {}
        self.ties = []
        self.tie_keys = set()
        self.projects = []
        self.used_company_names = set()
        self.surnames = list(SURNAMES)
        rng.shuffle(self.surnames)
        self.regions = {}  # region id -> dict of actor-id lists by role

    # -- actors --------------------------------------------------------------
    def actor(self, aid, name, sector, region, kind=None, role=None,
              needs=None, seeds=None, attributes=None):
        assert aid not in self.actors, aid
        assert sector in {s["id"] for s in SECTORS}, sector
        a = {"id": aid, "name": name, "sector": sector, "region": region}
        if kind:
            a["kind"] = kind
        if role:
            a["role"] = role
        if needs:
            a["needs"] = list(needs)
        if seeds:
            a["seeds"] = list(seeds)
        if attributes:
            a["attributes"] = {k: attributes[k] for k in sorted(attributes)}
        self.actors[aid] = a
        return aid

    def person_name(self, role):
        ja, en = self.surnames.pop()
        return "%s %s (%s)" % (ja, en, ROLE_JA[role])

    def company_name(self, keyword):
        cat = VOCAB[keyword]
        while True:
            stem = self.rng.choice(COMPANY_STEMS)
            suf = self.rng.choice(SUFFIXES[cat])
            if (stem, suf) not in self.used_company_names:
                self.used_company_names.add((stem, suf))
                return "%s%s株式会社 %s %s" % (stem[0], suf[0], stem[1], suf[1])

    # -- ties ----------------------------------------------------------------
    def tie(self, s, t, ttype, year=None, weight=None, directed=None, force=False):
        """Add a tie unless it would be a self-loop, an exact duplicate, or
        touch an actor that is meant to stay isolated. Returns True if added."""
        assert s in self.actors and t in self.actors, (s, t)
        if s == t:
            return False
        if not force and (s in ISOLATES or t in ISOLATES
                          or s in DETACHED_PAIR or t in DETACHED_PAIR):
            return False
        if directed is None:
            directed = ttype in {"funding", "investment", "loan"}
        pair = (s, t) if directed else tuple(sorted((s, t)))
        key = pair + (ttype, year)
        if key in self.tie_keys:
            return False
        self.tie_keys.add(key)
        tie = {"source": s, "target": t, "type": ttype}
        if weight is not None:
            tie["weight"] = weight
        if year is not None:
            tie["year"] = year
        if directed:
            tie["directed"] = True
        self.ties.append(tie)
        return True

    def project(self, pid, name, ptype, year, region, participants):
        parts = []
        for p in participants:
            assert p in self.actors, p
            if p not in parts:
                parts.append(p)
        self.projects.append({"id": pid, "name": name, "type": ptype, "year": year,
                              "region": region, "participants": sorted(parts)})

    # -- helpers -------------------------------------------------------------
    def collab_weight(self):
        return self.rng.choice([1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5])

    def money(self, lo, hi):
        return round(self.rng.uniform(lo, hi), 2)

    def sample(self, items, k):
        items = list(items)
        k = max(0, min(k, len(items)))
        return self.rng.sample(items, k)

    def count(self, n_expected):
        """Round a fractional expected count stochastically."""
        base = int(n_expected)
        return base + (1 if self.rng.random() < n_expected - base else 0)

    def keywords(self, focus, k, p_focus):
        out = []
        while len(out) < k:
            pool = focus if self.rng.random() < p_focus else KEYWORDS
            kw = self.rng.choice(pool)
            if kw not in out:
                out.append(kw)
        return out

    def seed_score(self, univ, company):
        seeds = set(self.actors[univ].get("seeds", []))
        needs = set(self.actors[company].get("needs", []))
        return len(seeds & needs)


def jr_year(rng, programs):
    """A year for a joint-research tie, spread over the program periods."""
    periods = [(2001, 2005, 2), (2006, 2010, 2), (2011, 2015, 3), (2016, 2020, 3)]
    if "knowledge_cluster" in programs:
        periods[0] = (2002, 2005, 3)
    lo, hi, _ = rng.choices(periods, weights=[p[2] for p in periods])[0]
    return rng.randint(lo, hi)


def build_region(b, spec):
    rng = b.rng
    rid = spec["id"]
    n = spec["size"]
    dens = spec["density"]
    fin = spec["finance"]
    programs = spec["programs"]
    stems = spec["stems"]
    R = {"prefs": [], "univs": [], "pri": [], "banks": [], "vcs": [], "support": [],
         "coords": [], "team": [], "mps": [], "cores": [], "smes": []}

    # government: prefecture(s) and support organisation
    for i, (pid, ja, en) in enumerate(spec["prefectures"]):
        attrs = {"url": "https://www.example.com/%s-pref" % pid} if i == 0 else None
        R["prefs"].append(b.actor("%s-pref-%s" % (rid, pid), "%s %s" % (ja, en),
                                  "government", rid, kind="prefecture", attributes=attrs))
    s = stems[3]
    R["support"].append(b.actor("%s-support" % rid,
                                "%s産業支援機構 %s Industry Support Organisation" % s,
                                "government", rid, kind="support_organisation"))

    # academia: universities and a public research institute
    n_univ = 1 if n < 20 else (2 if n < 45 else 3)
    univ_forms = [("大学", "University"), ("工科大学", "Institute of Technology"),
                  ("医療大学", "University of Health Sciences")]
    for i in range(n_univ):
        ja, en = univ_forms[i]
        stem = stems[i]
        k = 6 if i == 0 else rng.randint(3, 4)
        seeds = b.keywords(spec["focus"], k, 0.75)
        attrs = None
        if i == 0:
            attrs = {"url": "https://www.example.com/%s-u1" % rid,
                     "students": rng.randrange(4000, 18000, 100)}
        R["univs"].append(b.actor("%s-u%d" % (rid, i + 1),
                                  "%s%s %s %s" % (stem[0], ja, stem[1], en),
                                  "academia", rid, kind="university", seeds=seeds,
                                  attributes=attrs))
    if n >= 20:
        s = stems[4]
        R["pri"].append(b.actor("%s-pri" % rid,
                                "%s先端技術研究所 %s Institute for Advanced Technology" % s,
                                "academia", rid, kind="public_research_institute",
                                seeds=b.keywords(spec["focus"], 3, 0.9)))

    # finance: regional banks, sometimes a venture capital
    n_bank = 1 if n < 30 else 2
    bank_stems = [stems[0], stems[2]]
    bank_forms = [("銀行", "Bank"), ("信用金庫", "Shinkin Bank")]
    for i in range(n_bank):
        stem = bank_stems[i]
        ja, en = bank_forms[i]
        attrs = {"founded": rng.randint(1878, 1955)} if i == 0 else None
        R["banks"].append(b.actor("%s-bank%d" % (rid, i + 1),
                                  "%s%s %s %s" % (stem[0], ja, stem[1], en),
                                  "finance", rid, kind="regional_bank", attributes=attrs))
    if n >= 40:
        s = stems[1]
        R["vcs"].append(b.actor("%s-vc" % rid, "%sキャピタル株式会社 %s Capital" % s,
                                "finance", rid, kind="venture_capital"))

    # intermediaries (persons)
    n_coord = 1 if n < 30 else 2
    for i in range(n_coord):
        # alternate: employed by the main university (academia) or the prefecture
        employer_is_univ = (i == 0) == (len(rid) % 2 == 0)
        sector = "academia" if employer_is_univ else "government"
        employer = R["univs"][0] if employer_is_univ else R["prefs"][0]
        R["coords"].append(b.actor("%s-coord%d" % (rid, i + 1),
                                   b.person_name("regional_coordinator"), sector, rid,
                                   kind="person", role="regional_coordinator",
                                   attributes={"employer": employer}))
    if "ecosystem" in programs:
        roles = ["business_producer", "ura"]
        if n >= 26:
            roles.append("tech_transfer_coordinator")
        if n >= 40:
            roles.append("ip_manager")
        for i, role in enumerate(roles):
            R["team"].append(b.actor("%s-bp%d" % (rid, i + 1), b.person_name(role),
                                     "academia", rid, kind="person", role=role,
                                     attributes={"employer": R["univs"][0]}))
    if "matching_planner" in programs:
        n_mp = 2 if rid == "tohoku" else 1
        for i in range(n_mp):
            R["mps"].append(b.actor("%s-mp%d" % (rid, i + 1),
                                    b.person_name("matching_planner"), "government", rid,
                                    kind="person", role="matching_planner",
                                    attributes={"employer": "jst"}))

    # industry: the rest of the region's actors
    placed = sum(len(v) for v in R.values())
    n_comp = max(6, n - placed)
    n_core = max(2, round(n_comp / 7))
    for i in range(n_comp):
        core = i < n_core
        needs = b.keywords(spec["focus"], rng.randint(1, 3), 0.8)
        attrs = None
        if core:
            attrs = {"employees": rng.randrange(300, 3000, 10),
                     "founded": rng.randint(1920, 1985),
                     "listed": rng.random() < 0.5}
        elif rng.random() < 0.3:
            attrs = {"employees": rng.randint(8, 280)}
            if rng.random() < 0.4:
                attrs["founded"] = rng.randint(1950, 2015)
        if core:
            aid = "%s-core%02d" % (rid, i + 1)
            R["cores"].append(aid)
        else:
            aid = "%s-sme%02d" % (rid, i + 1 - n_core)
            R["smes"].append(aid)
        b.actor(aid, b.company_name(needs[0]), "industry", rid,
                kind="core_company" if core else "sme", needs=needs, attributes=attrs)

    b.regions[rid] = R
    build_region_ties(b, spec, R)
    return R


def build_region_ties(b, spec, R):
    rng = b.rng
    rid = spec["id"]
    dens = spec["density"]
    fin = spec["finance"]
    programs = spec["programs"]
    pref = R["prefs"][0]
    main_u = R["univs"][0]
    support = R["support"][0]
    companies = R["cores"] + R["smes"]
    active = [c for c in companies if c not in ISOLATES and c not in DETACHED_PAIR]
    smes = [c for c in R["smes"] if c in active]

    # --- Innovation Promotion Council (Regional Innovation Strategy, 2011) ---
    council = (R["prefs"] + R["univs"][:2] + R["banks"] + R["support"] + R["coords"]
               + R["cores"][:4])
    b.project("%s-council" % rid,
              "%sイノベーション推進協議会 %s Innovation Promotion Council"
              % (spec["ja"], spec["en"]), "council", 2011, rid, council)
    for m in council:
        b.tie(pref, m, "council", 2011, 1)

    # --- joint research: universities x companies ---
    fracs = [0.30, 0.14, 0.10]
    for i, u in enumerate(R["univs"]):
        k = b.count(len(active) * fracs[i] * dens)
        # prefer companies whose needs meet the university's seeds
        ranked = sorted(active, key=lambda c: (-b.seed_score(u, c) - rng.random() * 1.5, c))
        for c in ranked[:k]:
            y = jr_year(rng, programs)
            b.tie(u, c, "joint_research", y, b.collab_weight())
            if rng.random() < 0.18 and y <= 2016:  # a later follow-up project
                b.tie(u, c, "joint_research", rng.randint(y + 3, 2020), b.collab_weight())
    # academia-academia inside the region
    for u in R["univs"][1:] + R["pri"]:
        b.tie(main_u, u, "joint_research", rng.randint(2003, 2018), b.collab_weight())

    # --- national programs in the region ---
    if "knowledge_cluster" in programs:
        year = rng.choice([2002, 2002, 2003, 2004])
        members = [m for m in active if b.seed_score(main_u, m) > 0]
        members = b.sample(members or active, rng.randint(3, 6))
        parts = [main_u, pref] + R["pri"] + members
        b.project("%s-kc" % rid, "%s知的クラスター %s Knowledge Cluster" % (spec["ja"], spec["en"]),
                  "knowledge_cluster", year, rid, parts)
        b.tie("mext", main_u, "funding", year, 5.0)
        for m in members:
            b.tie(main_u, m, "joint_research", rng.randint(year, 2009), b.collab_weight())
        for p in R["pri"]:
            b.tie(main_u, p, "joint_research", year, 2)
    if "city_area" in programs:
        year = rng.choice([2003, 2005])
        members = b.sample(smes, 3)
        if rid == "okinawa":  # an SME that took part but has no recorded tie
            members.append("okinawa-sme02")
        parts = [main_u, pref] + members
        b.project("%s-cityarea" % rid,
                  "%s都市エリア産学官連携促進事業 %s City Area Program" % (spec["ja"], spec["en"]),
                  "consortium", year, rid, parts)
        b.tie("mext", main_u, "funding", year, 1.0)
        for m in members:
            b.tie(main_u, m, "joint_research", rng.randint(year, year + 3), b.collab_weight())
    # Regional Innovation Strategy support money goes to the region (via the prefecture)
    b.tie("mext", pref, "funding", 2011, b.money(1.0, 2.0))

    # --- regional coordinators build the "knowledge network" (2011-2015) ---
    for co in R["coords"]:
        for u in R["univs"]:
            b.tie(co, u, "matching", rng.randint(2011, 2013), 1)
        for c in b.sample(active, b.count(rng.randint(3, 6) * dens)):
            b.tie(co, c, "matching", rng.randint(2011, 2015), b.collab_weight())
        b.tie(co, support, "council", 2011, 1)

    # --- training and shared equipment (RIS period) ---
    for c in b.sample(smes, b.count(len(smes) * 0.22 * dens)):
        b.tie(support, c, "training", rng.randint(2011, 2015), rng.choice([1, 1, 2]))
    equip = R["pri"][0] if R["pri"] else main_u
    for c in b.sample(smes, b.count(len(smes) * 0.15 * dens)):
        b.tie(equip, c, "equipment_sharing", rng.randint(2011, 2015), rng.choice([1, 2, 3]))
    b.tie(support, main_u, "matching", rng.randint(2005, 2012), 1)

    # --- supply chains ---
    for c in smes:
        if rng.random() < 0.55 * dens:
            b.tie(c, rng.choice(R["cores"]), "supply", rng.randint(2001, 2020),
                  rng.choice([1, 2, 2, 3, 4]))
            if rng.random() < 0.15:
                b.tie(c, rng.choice(R["cores"]), "supply", rng.randint(2001, 2020),
                      rng.choice([1, 2]))
    for i, c in enumerate(R["cores"]):
        for d in R["cores"][i + 1:]:
            if rng.random() < 0.25:
                b.tie(c, d, "supply", rng.randint(2001, 2020), rng.choice([2, 3, 4, 5]))

    # --- finance: loans, investment ---
    for c in active:
        if rng.random() < 0.22 * fin:
            bank = R["banks"][0] if (len(R["banks"]) == 1 or rng.random() < 0.7) else R["banks"][1]
            y = rng.randint(2001, 2020)
            big = c in R["cores"]
            b.tie(bank, c, "loan", y, b.money(0.5, 3.0) if big else b.money(0.05, 0.8))
            if rng.random() < 0.2 and y <= 2016:  # refinancing: a parallel tie
                b.tie(bank, c, "loan", rng.randint(y + 2, 2020), b.money(0.05, 1.0))
    for vc in R["vcs"]:
        candidates = [c for c in smes if any(t["target"] == c or t["source"] == c
                                             for t in b.ties if t["type"] == "joint_research")]
        for c in b.sample(candidates or smes, rng.randint(2, 5)):
            b.tie(vc, c, "investment", rng.randint(2006, 2020), b.money(0.1, 1.0))
        b.tie(vc, R["banks"][0], "council", rng.randint(2008, 2014), 1)
    if fin >= 1.0:  # 産学金 agreement: the bank introduces clients to the university
        b.tie(R["banks"][0], main_u, "matching", rng.randint(2012, 2016), 2)
    if fin >= 1.2 and len(R["banks"]) > 1:
        b.tie(R["banks"][1], R["univs"][-1], "matching", rng.randint(2013, 2018), 1)

    # --- prefecture money ---
    b.tie(pref, support, "funding", rng.randint(2001, 2004), b.money(0.3, 1.0))
    b.tie(pref, main_u, "funding", rng.randint(2005, 2015), b.money(0.1, 0.5))
    for p in R["pri"]:
        b.tie(pref, p, "funding", rng.randint(2001, 2006), b.money(0.5, 2.0))
    for c in b.sample(smes, b.count(len(smes) * 0.10)):
        b.tie(pref, c, "funding", rng.randint(2008, 2020), b.money(0.02, 0.3))
    for other in R["prefs"][1:]:
        b.tie(pref, other, "council", 2011, 2)

    # --- Regional Innovation Ecosystem Formation Program (2016-) ---
    if R["team"]:
        producer = R["team"][0]
        cores = b.sample(R["cores"], min(3, len(R["cores"])))
        b.project("%s-ecosystem" % rid,
                  "%s地域イノベーション・エコシステム形成プログラム %s Regional Innovation Ecosystem"
                  % (spec["ja"], spec["en"]), "consortium", 2016, rid,
                  [main_u] + R["team"] + cores + [pref, R["banks"][0], support])
        b.tie("mext", main_u, "funding", 2016, 3.0)
        for c in cores:
            b.tie(producer, c, "matching", rng.randint(2016, 2019), b.collab_weight())
        for x in (pref, R["banks"][0], support):
            b.tie(producer, x, "council", 2016, 1)
        for member in R["team"][1:]:
            b.tie(member, main_u, "matching", rng.randint(2016, 2018), 2)
            b.tie(member, producer, "council", 2016, 1)
            for c in b.sample(active, rng.randint(1, 2)):
                b.tie(member, c, "matching", rng.randint(2016, 2020), 1)
        for c in cores:
            b.tie(main_u, c, "joint_research", rng.randint(2017, 2020), b.collab_weight())

    # --- make sure every actor meant to have ties has at least one ---
    degree = {}
    for t in b.ties:
        degree[t["source"]] = degree.get(t["source"], 0) + 1
        degree[t["target"]] = degree.get(t["target"], 0) + 1
    for c in active:
        if not degree.get(c):
            if rng.random() < 0.6:
                b.tie(c, rng.choice(R["cores"]), "supply", rng.randint(2001, 2020), 1)
            else:
                b.tie(support, c, "training", rng.randint(2011, 2015), 1)
    if DETACHED_PAIR[0].startswith(rid + "-"):
        b.tie(DETACHED_PAIR[0], DETACHED_PAIR[1], "supply", 2009, 2, force=True)
        b.tie(DETACHED_PAIR[0], DETACHED_PAIR[1], "joint_research", 2014, 1, force=True)


def build_national(b):
    n = "national"
    b.actor("mext", "文部科学省 MEXT (Ministry of Education, Culture, Sports, Science and Technology)",
            "government", n, kind="ministry",
            attributes={"url": "https://www.mext.go.jp/"})
    b.actor("meti", "経済産業省 METI (Ministry of Economy, Trade and Industry)",
            "government", n, kind="ministry")
    b.actor("maff", "農林水産省 MAFF (Ministry of Agriculture, Forestry and Fisheries)",
            "government", n, kind="ministry")
    b.actor("jst", "科学技術振興機構 JST (Japan Science and Technology Agency)",
            "government", n, kind="funding_agency",
            attributes={"url": "https://www.jst.go.jp/"})
    # ministries select Regional Innovation Strategy regions jointly (2011)
    b.tie("mext", "meti", "council", 2011, 2)
    b.tie("mext", "maff", "council", 2011, 1)
    b.tie("meti", "maff", "council", 2011, 1)
    # JST is funded by MEXT: a tie with no year and no weight (defaults apply)
    b.tie("mext", "jst", "funding")


def build_cross_region(b):
    rng = b.rng
    regs = b.regions
    rids = [r["id"] for r in REGIONS]
    spec_of = {r["id"]: r for r in REGIONS}
    all_univs = [u for r in rids for u in regs[r]["univs"]]

    def active(aid):
        return aid not in ISOLATES and aid not in DETACHED_PAIR

    # --- Center of Innovation hubs (2013-): organisation-to-organisation consortia ---
    for rid in rids:
        if "coi_hub" not in spec_of[rid]["programs"]:
            continue
        R = regs[rid]
        main_u = R["univs"][0]
        local = b.sample(R["cores"], min(3, len(R["cores"]))) + b.sample(
            [c for c in R["smes"] if active(c)], 1)
        others = [c for r in rids if r != rid for c in regs[r]["cores"]]
        outside = b.sample(others, rng.randint(1, 2))
        b.project("%s-coi" % rid, "%s COI拠点 %s Center of Innovation hub"
                  % (spec_of[rid]["ja"], spec_of[rid]["en"]), "coi_hub", 2013, rid,
                  [main_u] + R["univs"][1:2] + local + outside)
        b.tie("jst", main_u, "funding", 2013, b.money(5.0, 7.0))
        b.tie("jst", main_u, "funding", 2016, b.money(1.5, 2.5))  # cut after the year-3 review
        for c in local + outside:
            b.tie(main_u, c, "joint_research", rng.randint(2013, 2015), b.collab_weight())

    # --- Tohoku reconstruction program (2012-2015) ---
    R = regs["tohoku"]
    mp = R["mps"][0]
    matched = b.sample([c for c in R["smes"] if active(c)], 5)
    parts = [mp] + matched
    for c in matched:
        y = rng.randint(2012, 2015)
        local_u = rng.choice(R["univs"])
        candidates = sorted(R["univs"] + b.sample([u for u in all_univs if u not in R["univs"]], 3),
                            key=lambda u: (-b.seed_score(u, c), u))
        u = candidates[0] if b.seed_score(candidates[0], c) else local_u
        b.tie(mp, c, "matching", y, 2)
        b.tie(mp, u, "matching", y, 1)
        if rng.random() < 0.7:
            b.tie(u, c, "joint_research", min(y + 1, 2015), b.collab_weight())
        parts.append(u)
    b.project("tohoku-reconstruction", "東北復興促進プログラム Tohoku Reconstruction Program",
              "consortium", 2012, "tohoku", parts)

    # --- Matching Planner Program (2016-2020): company needs x seeds in OTHER regions ---
    for rid in rids:
        for mp in regs[rid]["mps"]:
            comps = [c for c in regs[rid]["cores"] + regs[rid]["smes"] if active(c)]
            for c in b.sample(comps, rng.randint(3, 5)):
                far = [u for u in all_univs if not u.startswith(rid + "-")]
                scored = sorted(far, key=lambda u: (-b.seed_score(u, c), rng.random()))
                best = [u for u in scored if b.seed_score(u, c) == b.seed_score(scored[0], c)]
                u = rng.choice(sorted(best))
                y = rng.randint(2016, 2020)
                b.tie(mp, c, "matching", y, 2)
                b.tie(mp, u, "matching", y, 1)
                if rng.random() < 0.6:
                    b.tie(u, c, "joint_research", min(y + 1, 2020), b.collab_weight())
                    if rng.random() < 0.5:
                        b.tie("jst", u, "funding", min(y + 1, 2020), 0.017)  # ¥1.7M/yr
        if regs[rid]["mps"]:
            b.tie("jst", regs[rid]["mps"][0], "training", 2016, 1)

    # --- inter-university joint research ---
    mains = [regs[r]["univs"][0] for r in rids]
    for _ in range(14):
        u, v = b.sample(mains, 2)
        ru, rv = u.split("-")[0], v.split("-")[0]
        if rng.random() < 0.5 * (spec_of[ru]["openness"] + spec_of[rv]["openness"]) / 2 + 0.3:
            b.tie(u, v, "joint_research", rng.randint(2001, 2020), b.collab_weight())
    b.tie("tohoku-u1", "kansai-u1", "joint_research", 2004, 3)
    b.tie("tohoku-u1", "kansai-u1", "joint_research", 2013, 4)  # parallel: same pair, later year
    b.tie("tohoku-u1", "kansai-u1", "equipment_sharing", 2013, 1)

    # --- cross-region supply: big-region core companies buy from SMEs elsewhere ---
    hubs = regs["kanto"]["cores"] + regs["tokai"]["cores"] + regs["kansai"]["cores"]
    for rid in rids:
        if rid in ("kanto", "tokai", "kansai"):
            continue
        smes = [c for c in regs[rid]["smes"] if active(c)]
        for _ in range(b.count(spec_of[rid]["openness"] * 1.2)):
            b.tie(rng.choice(smes), rng.choice(hubs), "supply", rng.randint(2001, 2020),
                  rng.choice([1, 2, 3]))

    # --- ministries' other money ---
    for rid in b.sample(rids, 6):  # Industrial Cluster Plan (METI, 2001-)
        b.tie("meti", regs[rid]["support"][0], "funding", rng.randint(2001, 2005),
              b.money(0.5, 1.5))
    for c in b.sample([c for r in rids for c in regs[r]["cores"]], 8):
        b.tie("meti", c, "funding", rng.randint(2009, 2018), b.money(0.3, 1.0))
    food = [c for r in ("hokkaido", "shikoku", "kyushu", "okinawa")
            for c in regs[r]["cores"] + regs[r]["smes"]
            if active(c) and VOCAB[b.actors[c]["needs"][0]] in ("food", "agri", "bio")]
    for c in b.sample(food, 5):
        b.tie("maff", c, "funding", rng.randint(2012, 2018), b.money(0.05, 0.5))
    for u in b.sample(all_univs, 6):  # JST competitive grants
        b.tie("jst", u, "funding", rng.randint(2006, 2020), b.money(0.1, 1.0))


def region_list():
    out = [{"id": "japan", "name": "日本 Japan"},
           {"id": "national", "name": "全国 National", "parent": "japan"}]
    for r in REGIONS:
        out.append({"id": r["id"], "name": "%s %s" % (r["ja"], r["en"]), "parent": "japan"})
    return out


def build(seed=SEED):
    b = Builder(random.Random(seed))
    build_national(b)
    for spec in REGIONS:
        build_region(b, spec)
    build_cross_region(b)

    order = {r: i for i, r in enumerate(REGION_ORDER)}
    actors = sorted(b.actors.values(), key=lambda a: (order[a["region"]], a["id"]))
    ties = sorted(b.ties, key=lambda t: (t["source"], t["target"], t["type"],
                                         t.get("year", 0), t.get("weight", 1)))
    projects = sorted(b.projects, key=lambda p: (order[p["region"]], p["year"], p["id"]))
    # The programmes the projects belong to (names and years from the domain notes; the
    # regions are those whose spec takes part), for `ecosys evaluate` (docs/evaluation.md).
    for p in projects:
        if p["type"] in ("knowledge_cluster", "coi_hub"):
            p["programme"] = p["type"]
        elif p["id"].endswith("-ecosystem"):
            p["programme"] = "ecosystem"
    return {"name": NETWORK_NAME, "sectors": SECTORS, "regions": region_list(),
            "programmes": programme_list(), "actors": actors, "ties": ties, "projects": projects}


def programme_list():
    def regions(program):
        return [r["id"] for r in REGIONS if program in r["programs"]]
    return [
        {"id": "knowledge_cluster", "name": "知的クラスター創成事業 Knowledge Cluster Initiative",
         "regions": regions("knowledge_cluster"), "years": "2002-2006"},
        {"id": "coi_hub", "name": "COIプログラム Center of Innovation (to the year-3 review)",
         "regions": regions("coi_hub"), "years": "2013-2015"},
        {"id": "ecosystem", "name": "地域イノベーション・エコシステム形成プログラム Regional Innovation Ecosystem Formation",
         "regions": regions("ecosystem"), "years": "2016-2020"},
    ]


def check(net):
    """Referential checks; raises AssertionError on bad data."""
    ids = [a["id"] for a in net["actors"]]
    assert len(ids) == len(set(ids)), "duplicate actor ids"
    idset = set(ids)
    sectors = {s["id"] for s in net["sectors"]}
    regions = {r["id"] for r in net["regions"]}
    for a in net["actors"]:
        assert a["sector"] in sectors, a
        assert a["region"] in regions, a
    for t in net["ties"]:
        assert t["source"] in idset and t["target"] in idset, t
        assert t["source"] != t["target"], t
    pids = [p["id"] for p in net["projects"]]
    assert len(pids) == len(set(pids)), "duplicate project ids"
    for p in net["projects"]:
        for x in p["participants"]:
            assert x in idset, (p["id"], x)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--output", default=DEFAULT_OUTPUT,
                    help="where to write the network (default: networks/japan-innovation.json)")
    args = ap.parse_args(argv)
    net = build()
    check(net)
    dump_network(net, args.output)
    print("wrote %s: %d actors, %d ties, %d projects, %d regions"
          % (os.path.relpath(args.output), len(net["actors"]), len(net["ties"]),
             len(net["projects"]), len(net["regions"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
