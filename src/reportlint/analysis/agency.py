"""What kind of agency a name is, and at which tier of government: the facts the law's deadlines and the
plausibility of 规章 depend on.

《政府信息公开条例》第四十九条 gives government-level reports (本级政府) until 31 March and the reports of
government departments until 31 January; only 省、自治区、直辖市 and 设区的市、自治州 governments make 规章.
So a name is read for two things:

- its **kind**: a government (``白城市人民政府``, or a bare place name as in ``开远市2025年…年度报告``, the
  本级政府 report), the government's general office (``天门市人民政府办公室``, ``山东省人民政府办公厅``),
  a town (``松木塘镇人民政府``, ``民意乡``), a sub-district office (``驼峰路街道办事处``), or a department
  (``杨陵区统计局``, ``市政府研究室``, ``…管理委员会卫生健康办公室``, and a development zone named on its own,
  ``灌云经济开发区``: its 管委会 is an agency the government sends out, not a government);
- the **tier** of the government it belongs to, from the place names it starts with: ``province``
  (省, 自治区, the four 直辖市), ``city`` (自治州, 州, 盟, 地区), ``county`` (县, 旗, a 区 of a city, a 市
  inside a 州 or another 市).  A 市 on its own is ambiguous — 白城市 is a 设区的市, 开远市 and 天门市 are
  county-level cities — and its tier stays unknown rather than guessed.

Nothing here knows a list of places: only the suffixes of Chinese administrative names.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model.records import FrozenRecord, set_field
from ..text.lazyregex import LazyRegex
from ..text.normalize import normalize

GOVERNMENT, GENERAL_OFFICE, DEPARTMENT, TOWN, STREET = "government", "general_office", "department", "town", "street"
PROVINCE, CITY, COUNTY, NATIONAL = "province", "city", "county", "national"

_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
# One place name: the shortest run of characters ending in an administrative suffix.  Longer suffixes
# first, so that 自治州 is not read as 州 and 自治县 not as 县.  What ``(.{1,12}?(?:自治区|…|街道))`` matched (in this
# order), read by ``str`` methods (``_place_end``): the pattern was compiled at every start.
_PLACE_SUFFIXES = ("自治区", "自治州", "自治县", "自治旗", "特别行政区", "林区", "特区", "地区", "新区", "管理区", "省", "市", "州",
                   "盟", "县", "旗", "区", "镇", "乡", "苏木", "街道")
_PLACE_SUFFIX_STARTS = frozenset(suffix[0] for suffix in _PLACE_SUFFIXES)  # a position no suffix starts at: one look-up


def _place_end(name: str, pos: int) -> int | None:
    """Where the place name starting at ``pos`` ends: after the first suffix (in ``_PLACE_SUFFIXES``' order) that follows
    one to twelve characters, none a line break (``.``); None when there is none."""
    for end in range(pos + 1, min(pos + 12, len(name)) + 1):
        if name[end - 1] == "\n":
            return None
        if end < len(name) and name[end] in _PLACE_SUFFIX_STARTS and name.startswith(_PLACE_SUFFIXES, end):
            return end + len(next(suffix for suffix in _PLACE_SUFFIXES if name.startswith(suffix, end)))
    return None

# The tails a normalised name (no whitespace, so no final newline for ``$`` to pass) ends in, as
# ``str.endswith`` tuples: each was a ``…$`` pattern of literal alternatives, whose mix of CJK and Latin
# made the compiler build a table over the BMP at import (cold start, issue 17/21).
_GOV_TAIL = ("政府",)
_OFFICE_TAIL = ("政府办", "政府办公厅", "政府办公室")
_STREET_TAIL = ("街道", "街道办", "街道办事处", "办事处")
_TOWN_TAIL = tuple(place + tail for place in ("镇", "乡", "苏木") for tail in ("", "人民", "政府", "人民政府")) + ("管理区",)
# A development zone named on its own ("灌云经济开发区2021年…年度报告"): run by a 管理委员会, an agency the government sends
# out (派出机构), so its report is a department's, due by 31 January; 新区 stays a place (浦东新区 is a district).
_ZONE_TAIL = ("开发区", "高新区", "园区", "保税区")
_DEPARTMENT_TAIL = ("局", "委", "委员会", "管委会", "办", "办公室", "办公厅", "中心", "厅", "院", "所", "室", "处", "队", "站",
                    "馆", "署", "部", "会", "社", "集团", "公司", "分局", "支队", "大队", "研究室")
_SELF = LazyRegex(r"[我本](局|委|办|室|中心|厅|镇|乡|街道)(?![长主法理事])")
_SELF_KIND = {"局": DEPARTMENT, "委": DEPARTMENT, "办": DEPARTMENT, "室": DEPARTMENT, "中心": DEPARTMENT,
              "厅": DEPARTMENT, "镇": TOWN, "乡": TOWN, "街道": STREET}


class AgencyLevel(FrozenRecord):
    """An agency's kind (government, general office, department, town, street) and its government's tier."""

    __slots__ = ("kind", "tier", "district")

    def __init__(self, kind: str, tier: str | None = None, district: bool = False) -> None:
        set_field(self, "kind", kind)
        set_field(self, "tier", tier)  # province | city | county | None (unknown)
        set_field(self, "district", district)  # a 区 of a city (county tier)

    @property
    def level(self) -> str:
        """The level as the corpus labels name it: province, city, county, district, town, street, department."""
        if self.kind in (TOWN, STREET):
            return self.kind
        if self.kind == GOVERNMENT and self.tier is not None:
            return "district" if self.district else self.tier
        if self.kind == GOVERNMENT:
            return CITY  # a 市 of unknown tier: a city or a county-level city, both governments
        return DEPARTMENT

    @property
    def is_government(self) -> bool:
        """A government-level (本级政府) report: due by 31 March."""
        return self.kind == GOVERNMENT

    @property
    def may_make_regulations(self) -> bool | None:
        """Whether the agency's report may count 规章 (True / False), or None when its tier is unknown."""
        if self.kind == DEPARTMENT and self.tier == NATIONAL:
            return None  # a ministry or a State Council agency makes 部门规章 (《立法法》第九十一条)
        if self.kind in (TOWN, STREET, DEPARTMENT):
            return False
        if self.tier is None:
            return None
        return self.tier in (PROVINCE, CITY)


# A name whose stem ends in 州 is followed by its own suffix: 兰州市, 贵州省, 通州区 (the shortest match would stop
# at 兰州, 贵州, 通州 and leave 市 alone, which is no place).
_STEM_END = "州"
_SUFFIX_AFTER_STEM = frozenset("市省区县")


def places(name: str) -> list[str]:
    """The place names a normalised agency name starts with: "淮安市洪泽区人民政府" → ["淮安市", "洪泽区"],
    "兰州市" → ["兰州市"]."""
    found: list[str] = []
    pos = 0
    while pos < len(name):
        end = _place_end(name, pos)
        if end is None:
            break
        place, pos = name[pos:end], end
        if place.endswith(_STEM_END) and pos < len(name) and name[pos] in _SUFFIX_AFTER_STEM:
            place, pos = place + name[pos], pos + 1
        found.append(place)
    return found


def _tier(place_names: list[str]) -> str | None:
    """The tier of the government of the last place: None when it cannot be told (a 市 on its own)."""
    if not place_names:
        return None
    last = place_names[-1]
    before = place_names[:-1]
    if last.endswith(("省", "自治区", "特别行政区")) or (last in _MUNICIPALITIES and not before):
        return PROVINCE
    if last.endswith(("自治州", "州", "盟", "地区")):
        return CITY
    if last.endswith(("县", "旗", "自治县", "自治旗", "特区", "林区")):
        return COUNTY
    if last.endswith(("镇", "乡", "苏木", "街道", "管理区", "新区")):
        return None
    if last.endswith("区"):
        return COUNTY  # a district of a city: county tier
    if last.endswith("市"):
        if any(p.endswith(("市", "州", "盟", "地区")) for p in before):
            return COUNTY  # 红河州开远市, a county-level city inside a prefecture
        return None
    return None


def classify(name: str | None) -> AgencyLevel | None:
    """The kind and tier of an agency name, or None when the name is not one ("区统计局" is one; "我局" is not)."""
    if not name:
        return None
    text = _without_bracketed_tail(normalize(name).removesuffix("的"))
    if len(text) < 2 or text.startswith(("我", "本")):
        return None
    place_names = places(text)
    tier = _tier(place_names)
    if office := _tail(text, _OFFICE_TAIL):
        return AgencyLevel(GENERAL_OFFICE, _tier(places(_without_tail(text, office))))
    if text.endswith(_STREET_TAIL):
        return AgencyLevel(STREET)
    if text.endswith(_TOWN_TAIL):
        return AgencyLevel(TOWN)
    if text.endswith(_GOV_TAIL):
        return _government(places(_without_tail(text, "政府")))
    if place_names and "".join(place_names) == text:  # a bare place: "开远市", "贵阳市", "五常市民意乡"
        last = place_names[-1]
        if last.endswith(("镇", "乡", "苏木", "管理区")):
            return AgencyLevel(TOWN)
        if last.endswith("街道"):
            return AgencyLevel(STREET)
        if last.endswith(_ZONE_TAIL):  # "灌云经济开发区": its 管委会 is a government's agency, not a government
            return AgencyLevel(DEPARTMENT, _tier(place_names[:-1]))
        return _government(place_names)
    if text.endswith(_DEPARTMENT_TAIL):
        return AgencyLevel(DEPARTMENT, NATIONAL if tier is None and _national(text, place_names) else tier)
    return None


# A central organ: named by the state ("国家新闻出版署", "国务院国有资产监督管理委员会", "中国人民银行"), or with no place
# before a ministry's or an agency's tail ("生态环境部", "海关总署", "国家税务总局"); a place after the state's name
# makes a local branch ("国家税务总局江苏省税务局", "国家税务总局东莞市税务局").
_NATIONAL_HEAD = ("国家", "国务院", "中国", "中华人民共和国", "中央")
_NATIONAL_TAIL = ("部", "署", "总局", "总署")


def _national(text: str, place_names: list[str]) -> bool:
    if text.endswith("部署"):  # 决策部署, 统一部署: a deployment, no 署
        return False
    head = next((h for h in _NATIONAL_HEAD if text.startswith(h)), "")
    if head:  # "国家税务总局东莞市税务局": a place after the state's name is a local branch
        return not places(text[len(head):])
    return not place_names and text.endswith(_NATIONAL_TAIL)


def _without_bracketed_tail(text: str) -> str:
    """The name before a bracketed addition that ends it: "贵阳市人民政府(市人民政府办公厅)" is the government's
    report, written with its office — the body is the one named first (the bracket says who compiled it)."""
    if not text.endswith(")") or "(" not in text:
        return text
    head = text[: text.rfind("(")]
    return head if len(head) >= 2 else text


def _tail(text: str, tails: tuple[str, ...]) -> str:
    """The longest of ``tails`` that ``text`` ends in, or ''."""
    return max((tail for tail in tails if text.endswith(tail)), key=len, default="")


def _without_tail(text: str, tail: str) -> str:
    """``text`` less ``tail`` and a 人民 before it: what ``re.sub(r"(?:人民)?TAIL$", "", text)`` left."""
    return text[:-len(tail)].removesuffix("人民")


def _government(place_names: list[str]) -> AgencyLevel:
    tier = _tier(place_names)
    return AgencyLevel(GOVERNMENT, tier, district=tier == COUNTY and place_names[-1].endswith("区"))


def self_reference(text: str) -> tuple[AgencyLevel, str] | None:
    """The kind the text gives itself ("我局" → department, "我镇" → town, "我街道" → street), when one
    kind dominates; with the words that tell it.  "我区", "我县", "我市" say nothing: departments and
    governments alike write them."""
    counts: dict[str, int] = {}
    words: dict[str, set[str]] = {}
    for m in _SELF.finditer(normalize(text)):
        kind = _SELF_KIND[m.group(1)]
        counts[kind] = counts.get(kind, 0) + 1
        words.setdefault(kind, set()).add(m.group(0))
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    if sum(counts.values()) - counts[best] >= counts[best]:
        return None  # no kind dominates
    return AgencyLevel(best), "、".join(sorted(words[best]))


# A clause opening with its year and then the agency as its subject: "2025年，区城乡建设局聚焦…",
# "2023年，区投资促进局认真贯彻…" (a page without a title that never says 我局).  The name runs up to the
# adverb or verb the clause goes on with; a clause opening with a preposition or a collective
# ("在区委、区政府领导下", "全市各级行政机关") names no agency.
_CLAUSE_SUBJECT = LazyRegex(
    r"(?:^|[。;:)])(?:19|20)\d{2}年(?:度|以来)?,(?P<name>[\u4e00-\u9fff]{3,20}?)"
    r"(?=认真|坚持|积极|聚焦|深入|严格|持续|高度|主动|全面|紧紧|不断|围绕|按照|始终|扎实|切实|通过|依托|继续|着力|大力|"
    r"进一步|共|累计|依法|紧扣|立足|结合|对照|坚决|贯彻|落实|推进|加强|进行|开展)")
_NOT_SUBJECT = ("在", "按", "根据", "依据", "围绕", "坚持", "为", "对", "全", "各", "我", "本")
_SUBJECT_KINDS = (DEPARTMENT, TOWN, STREET)
_NOT_ORGAN = ("公司", "集团")  # a public enterprise's report: no government organ's deadline


def clause_subject(texts: Iterable[str]) -> tuple[AgencyLevel, str] | None:
    """The kind of agency named as the subject of the clauses that open with the report's year
    ("2025年，区城乡建设局聚焦…" → department), when every such subject is of one kind; with the name.
    Governments and their general offices are left out: "2023年，区政府办公室主动公开…" may open the
    government's own report, whose deadline differs from a department's."""
    kinds: dict[str, tuple[AgencyLevel, str]] = {}
    for m in (m for text in texts for m in _CLAUSE_SUBJECT.finditer(normalize(text))):
        name = m.group("name")
        plural = "各" in name  # "厅机关各处室": the organ's offices, not the organ's name
        level = None if plural or name.startswith(_NOT_SUBJECT) or name.endswith(_NOT_ORGAN) else classify(name)
        if level is not None and level.kind in _SUBJECT_KINDS:
            kinds.setdefault(level.kind, (level, name))
    return next(iter(kinds.values())) if len(kinds) == 1 else None


def body_key(name: str | None) -> str | None:
    """The name a body goes by whatever words its titles use one year or the next, for pairing its reports of
    consecutive years: a government is its places and 人民政府 ("高平市", "高平市政府" and "高平市人民政府" are one); its
    general office the places and 人民政府办公室 ("县政府办", "县人民政府办公室"; 办公厅 stays 办公厅); a town its town
    with 人民政府 ("玉田镇", "玉田镇政府"); a street its 街道 ("宿城街道", "宿城街道办事处").  A government and its office stay
    two bodies; any other name (and a name of no kind, whose bracket may be all it says) is its normalised self."""
    if not name:
        return None
    level = classify(name)
    if level is None:
        return normalize(name)
    text = _without_bracketed_tail(normalize(name))
    kind = level.kind
    if kind == GENERAL_OFFICE:
        office = _tail(text, _OFFICE_TAIL)
        return _without_tail(text, office) + ("人民政府办公厅" if office == "政府办公厅" else "人民政府办公室")
    if kind == STREET and (tail := _tail(text, ("街道办", "街道办事处"))):
        return text[: -len(tail)] + "街道"
    if kind in (GOVERNMENT, TOWN) and not text.endswith(_ZONE_TAIL):
        bare = _without_tail(text, "政府") if text.endswith(_GOV_TAIL) else text
        return bare + "人民政府"
    return text


LEVEL_NAMES = {
    PROVINCE: "省级人民政府", CITY: "市级人民政府", COUNTY: "县级人民政府", "district": "区人民政府",
    TOWN: "乡镇人民政府", STREET: "街道办事处", DEPARTMENT: "政府部门",
}


def describe(level: AgencyLevel) -> str:
    """The level in the words of a message: "乡镇人民政府", "政府部门", "政府办公厅（室）"…"""
    if level.kind == GENERAL_OFFICE:
        return "政府办公厅（室）"
    if level.kind == GOVERNMENT and level.tier is None:
        return "市人民政府"
    return LEVEL_NAMES.get(level.level, level.level)
