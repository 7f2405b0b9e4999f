"""The agency a report's title names (for ``identify.py``, and the cross-year pairing through it).

Why a module of its own: a title line as a page prints it holds more than the title — a table row's field name before
it (``名称 | …``), a browser title's column and site after it, the day it was posted, the year again in brackets — and
none of that is the agency's name, whose tail tells its kind and level (``agency.classify``) and whose words pair a
body's reports of consecutive years (``agency.body_key``).
"""

from __future__ import annotations

from functools import lru_cache

from ..text.normalize import normalize
from .agency import classify
from .titlescan import without_report_phrase, without_years

__all__ = ["agency_of"]

_QUOTES = dict.fromkeys(map(ord, "《》\"'「」『』〈〉<>"))


@lru_cache(maxsize=256)  # identify asks it of a title twice: to rank it among the candidates, then for the agency
def agency_of(title: str | None) -> str | None:
    """The agency a title names: "淮安市洪泽区人民政府2024年政府信息公开工作年度报告" → "淮安市洪泽区人民政府".
    A 关于 joins the name to the year either way round ("关于X2023年…", "X关于2023年…"): it is no part of the name,
    whose tail tells its kind (a 局 left as "兰州新区经济合作局关于" would be of no kind, its deadline unknown).
    What a page prints after the report's name is no part of it (``_title_and_tail``), but a name there, in brackets or
    after a dash or an underscore, is the agency when the title names none before it ("2024年政府信息公开工作年度报告(上海市
    嘉定区国防动员办公室)", "2023年政府信息公开工作年度报告——永城市人民政府": ``_name_after``); and the 政府 of
    "洪山区人民政府信息公开工作年度报告" is the name's, not the phrase's (a name ends in 人民政府, never in 人民)."""
    if not title:
        return None
    line = normalize(title).translate(_QUOTES)
    text, tail = _title_and_tail(_title_part(line))
    text = without_years(text)
    named = without_report_phrase(text)
    if named.endswith("人民") and text[len(named):].startswith("政府"):
        named += "政府"
    text = named.removeprefix("关于")
    text = text.removesuffix("的").removesuffix("关于")
    if not text:
        return _name_after(tail) or _name_after(_title_and_tail(line)[1])
    return text or None


# what sets a name apart from the title it follows on the line: brackets, a dash, an underscore (a browser title's part)
_NAME_MARKS = "()[]—–-_|"


def _name_after(tail: str) -> str | None:
    """The agency's name a title's tail holds alone between its marks ("(永城市财政局)", "——永城市人民政府"), else None
    (a site's name, "-永城市人民政府网", is of no kind; nor a column's and a site's, "_政府信息公开年报_…门户网站")."""
    name = tail.strip(_NAME_MARKS)
    alone = name and not any(mark in name for mark in _NAME_MARKS)  # not a column's name and a site's
    return name if alone and classify(name) is not None else None


# What splits a title line into parts that are not the title: a flattened table row's cells ("名称 | X2022年…报告 | |")
# and a browser title's page, column and site ("X2024年…报告_政府信息公开年度报告_X人民政府门户网站"): a bar or an
# underscore, split alike (by ``str`` methods: the pattern ``[|_]`` was compiled at every start).
def _title_part(text: str) -> str:
    """The part of a title line that holds the report's title: the first cell or part the report phrase ends; the
    field's name before it ("名称") and the column and site after it are no part of the agency's name."""
    if "|" not in text and "_" not in text:
        return text
    parts = text.replace("_", "|").split("|")
    for part in parts:
        bare = without_years(part)
        if without_report_phrase(bare) != bare:
            return part
    return text


# What a page prints after a title on its line: the day it posted it ("( 2024-01-25 )", " 2024-02-18"), the year again
# ("(2023年度)"), the version ("(全文)", "(图解)", "(修订版)"), its site's or column's name ("-九游会旧版",
# "_政府信息公开年度报告_…门户网站"), the file's extension (".docx"), a metadata field ("发布日期:…").  Each opens with a
# mark, a digit or a field's name, never with a name's first character, a Chinese one: a title going on in words
# ("…“政府信息公开工作年度报告”集中公开专题页面") is not cut.
_TAIL_FIELDS = ("发布", "来源", "信息来源", "时间", "日期", "作者", "浏览", "成文", "更新")
_REPORT_ENDS = ("报告", "年报")


def _title_and_tail(text: str) -> tuple[str, str]:
    """A normalised title line cut after its first report phrase (``without_report_phrase``) that a page's addition
    follows, and that addition; the line and "" when none does."""
    at = 0
    while True:
        found = [i for i in (text.find(end, at) for end in _REPORT_ENDS) if i >= 0]
        if not found:
            return text, ""
        cut = min(found) + 2
        head, tail = text[:cut], text[cut:]
        if tail and (not _is_han(tail[0]) or tail.startswith(_TAIL_FIELDS)) and without_report_phrase(head) != head:
            return head, tail
        at = min(found) + 1


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"
