"""The words a clause or a sentence opens with, never a name: 按照 根据 依照 为了 通过 …

A short line that ends as an agency's name ends (``…局``, ``…政府``) may be the signature under a report or the
first words of a sentence a crawler cut (``按照政务和大数据局`` — the page stopped inside ``按照政务和大数据局要求…``).
A name does not open with a preposition or a verb of procedure; these words tell the fragment from the name.
Two characters each: a single one (经, 向, 将) opens place names too (经开区, 向阳街道, 将乐县) — but not before a body's
level (经区…, 向市…)."""

from __future__ import annotations

__all__ = ["CLAUSE_OPENERS"]

# a one-character preposition opens a clause when a body's level follows it (按市…, 在区政务和大数据局…, 经区…, 与市…):
# no place name opens so
_PREPOSITIONS = "按在经向与为对由"
_LEVELS = ("市", "区", "县", "省", "上级", "本")

CLAUSE_OPENERS = ("按照", "根据", "依照", "依据", "遵照", "为了", "为进一步", "通过", "对于", "关于", "围绕", "结合",
                  "严格", "认真", "进一步", "加强", "落实", "推进", "由于", "经过", "在此", "同时", "今年", "全年",
                  "贯彻", "为贯彻", "为全面", "为深入", "为切实", "为做好", "积极", "配合", "及时", "协助", "会同",
                  *(p + level for p in _PREPOSITIONS for level in _LEVELS))
