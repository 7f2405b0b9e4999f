"""Which report a document is: the agency its title names (more to come: level, year, form, from the content).

The agency is the title without its year and without "政府信息公开工作年度报告":
"淮安市洪泽区人民政府2024年政府信息公开工作年度报告" → "淮安市洪泽区人民政府".  Reports of one agency for
consecutive years are paired by it for the cross-year checks.
"""

from __future__ import annotations

import re

from ..text.normalize import normalize

_YEAR = re.compile(r"(?:19|20)\d{2}年度?|[〇零一二三四五六七八九]{4}年度?")
_REPORT = re.compile(r"政府信息公开(?:工作)?(?:年度)?报告$")
_QUOTES = re.compile(r"[《》\"'「」『』]")


def agency_of(title: str | None) -> str | None:
    """The agency a title names: "淮安市洪泽区人民政府2024年政府信息公开工作年度报告" → "淮安市洪泽区人民政府"."""
    if not title:
        return None
    text = normalize(title)
    text = _QUOTES.sub("", text)
    text = _YEAR.sub("", text)
    text = _REPORT.sub("", text)
    text = text.removeprefix("关于")
    text = text.removesuffix("的")
    return text or None
