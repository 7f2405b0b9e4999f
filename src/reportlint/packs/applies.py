"""What a pack says of the documents it applies to, compiled once for choosing: its ``applies:`` (title, years,
the words a report says of itself, what excludes it), its ``report.year_pattern``, and the content a report of its
kind shows without a title — numbered section titles, topic sub-headings, the longer table labels, the forms'
header labels.  ``choose.py`` scores a document against it (:class:`Evidence`); ``choice_tree`` keeps only these
parts of a pack, for the prebuilt ``NAME.choice.json`` that lets the pack not chosen go undecoded.
"""

from __future__ import annotations

import re

from ..model.records import Record
from ..text.literals import matches_in
from ..text.normalize import normalize, normalize_label
from ..text.numbering import listed_number
from .compile import src_line
from .regexes import compile_regex
from .yamlload import LDict, LList

MIN_LABEL_CHARS = 6  # shorter row and column labels (规章, 总计, 行政许可) are words of any text
SCORE_ALONE = 3  # content evidence enough on its own


class Evidence(Record):
    """What of a pack's content a document has: section titles and table labels found, an example of each."""

    __slots__ = ("sections", "labels", "section_example", "label_example", "topics", "topic_example", "opens",
                 "states")

    def __init__(self, sections: int = 0, labels: int = 0, section_example: str = "", label_example: str = "",
                 topics: int = 0, topic_example: str = "", opens: str = "", states: str = "") -> None:
        self.sections = sections
        self.labels = labels
        self.section_example = section_example
        self.label_example = label_example
        self.topics = topics  # a section's topics as its sub-headings, counted only when the rest is not enough
        self.topic_example = topic_example
        self.opens = opens  # the form's first section title the text opens with, counted beside the topics
        self.states = states  # what the text says of itself (编制本报告), counted beside the topics

    @property
    def score(self) -> int:
        return self.sections + self.labels + self.topics + (1 if self.opens else 0) + (1 if self.states else 0)


class Applies:
    """When a pack is chosen: its ``applies:``, ``report.year_pattern`` and content, compiled from its YAML."""

    __slots__ = ("title", "years", "year_pattern", "mentions", "states", "sections", "topics", "labels", "forms",
                 "expect", "exclude")

    def __init__(self, raw: LDict) -> None:
        applies = raw.get("applies", {}) or {}
        report = raw.get("report", {}) or {}
        self.title = compile_regex(applies["title"], *src_line(applies, "title"), "applies.title") \
            if "title" in applies else None
        years = applies.get("years", {}) or {}
        self.years = (years.get("min"), years.get("max"))
        self.year_pattern = compile_regex(report["year_pattern"], *src_line(report, "year_pattern"),
                                          "report.year_pattern") if report.get("year_pattern") else None
        content = applies.get("content", {}) or {}
        self.mentions = [compile_regex(m, *src_line(content, "mentions"), "applies.content.mentions")
                         for m in content.get("mentions", []) or []]
        self.states = [compile_regex(m, *src_line(content, "states"), "applies.content.states")
                       for m in content.get("states", []) or []]
        self.sections = _section_patterns(raw)
        self.topics = _topic_headings(raw)
        self.labels = _table_labels(raw)
        version = raw.get("version", {}) or {}
        self.forms = {str(f["id"]): (f.get("name", str(f["id"])), [normalize(h) for h in f.get("headers", [])])
                      for f in version.get("forms", []) or []}
        self.expect = str(version["expect"]) if version.get("expect") is not None else None
        self.exclude = [(str(item["name"]), compile_regex(item["match"], *src_line(item, "match"),
                                                          "applies.exclude.match"))
                        for item in applies.get("exclude", []) or []]

    def excluded(self, title: str | None, opening: str) -> str | None:
        """The name of the other kind of report the title or the opening shows, which this pack never checks."""
        heads = normalize(title or "") + "\n" + opening
        return next((name for name, pattern in self.exclude if matches_in(pattern, heads)), None)

    def title_matches(self, title: str | None) -> bool:
        return self.title is not None and bool(title) and self.title.search(normalize(title)) is not None  # type: ignore[arg-type]

    def recognise(self, text: str) -> Evidence | None:
        """The pack's content found in a document's normalised text, or None when it is not enough."""
        if not self.sections and not self.labels:
            return None
        found = Evidence()
        for example, pattern in self.sections:
            if pattern.search(text):
                found.sections += 1
                found.section_example = found.section_example or example
        for label in self.labels:
            if label in text:
                found.labels += 1
                found.label_example = found.label_example or label
        if found.score >= SCORE_ALONE:
            return found
        if found.score >= 1 and self.mentions and all(m.search(text) for m in self.mentions):
            return found
        if found.score == 0:
            # the topics are words of other documents too (a notice on 政务公开): never alone, only beside what
            # the text says of itself as a report of the kind (凌源 镇 2025: 规定编制本报告, then 一、工作总体推进情况)
            stated = next((m for m in (p.search(text) for p in self.states) if m), None)
            if stated is None or not all(m.search(text) for m in self.mentions):
                return None
            found.states = stated.group(0)
        for example, pattern in self.topics:
            if pattern.search(text):
                found.topics += 1
                found.topic_example = found.topic_example or example
        # A text that opens with the form's first section title, nothing above it, is a report's body whose
        # title the page or crawler left out (新疆 2021: 一、總體情況 then (一)主動公開…, cut before (二)):
        # with a topic as its numbered point beside it, that is the form's own beginning.
        if found.score < SCORE_ALONE and found.topics and self.sections and text.startswith(self.sections[0][0]):
            found.opens = self.sections[0][0]
        return found if found.score >= SCORE_ALONE else None

    def is_version_of(self, other: Applies) -> bool:
        """Whether this pack is another version of ``other``'s form: both know the same forms
        (``version.forms``) and expect a different one."""
        return bool(self.forms) and set(self.forms) == set(other.forms) and self.expect != other.expect

    def year_fits(self, year: int | None) -> bool:
        lo, hi = self.years
        return year is not None and (lo is None or year >= lo) and (hi is None or year <= hi)

    def form_hits(self, text: str) -> tuple[int, str, str]:
        """How many header labels of the form this pack expects the text has (minus those of other
        forms), that form's name and one of its labels found."""
        if self.expect is None or self.expect not in self.forms:
            return 0, "", ""
        name, headers = self.forms[self.expect]
        mine = [h for h in headers if h in text]
        others = max((sum(1 for h in hs if h in text) for fid, (_, hs) in self.forms.items() if fid != self.expect),
                     default=0)
        return len(mine) - others, name, mine[0] if mine else ""


def choice_tree(raw: LDict) -> LDict:
    """The parts of a pack tree :class:`Applies` reads, with their files and lines (the prebuild
    keeps them apart in a built-in pack's JSON: choosing among the packs then decodes no whole tree)."""
    tree = _keep(raw, ("applies", "report", "sections", "tables", "version"))
    if isinstance(tree.get("report"), LDict):
        tree["report"] = _keep(tree["report"], ("year_pattern",))
    if isinstance(tree.get("version"), LDict):
        tree["version"] = _keep(tree["version"], ("forms", "expect"))
    sections = tree.get("sections")
    if isinstance(sections, LDict):
        tree["sections"] = sections = _keep(sections, ("items",))
        if isinstance(sections.get("items"), LList):
            sections["items"] = _each(sections["items"], ("id", "title", "variants", "topics"))
    if isinstance(tree.get("tables"), LList):
        tree["tables"] = tables = _each(tree["tables"], ("caption", "rows", "columns"))
        for table in tables:
            for axis in ("rows", "columns"):
                if isinstance(table.get(axis), LDict):
                    table[axis] = _keep(table[axis], tuple(table[axis]))
                    for key, spec in table[axis].items():
                        if isinstance(spec, LDict):
                            table[axis][key] = _keep(spec, ("label",))
    return tree


def _keep(node: LDict, keys: tuple[str, ...]) -> LDict:
    """A copy of a mapping with only ``keys`` (those it has), its file and lines kept."""
    kept = LDict({key: node[key] for key in keys if key in node}, src=node.src, line=node.line)
    kept.key_lines.update({key: line for key, line in node.key_lines.items() if key in kept})
    return kept


def _each(items: LList, keys: tuple[str, ...]) -> LList:
    """A copy of a list whose mappings keep only ``keys``, its file and lines kept."""
    kept = LList([_keep(item, keys) if isinstance(item, LDict) else item for item in items], src=items.src,
                 line=items.line)
    kept.item_lines = list(items.item_lines)
    return kept


def compile_applies(raw: LDict) -> Applies:
    """What a pack's choice needs, compiled (the prebuild records the patterns it vets)."""
    return Applies(raw)


def _section_patterns(raw: LDict) -> list[tuple[str, re.Pattern[str]]]:
    """Per section: its title, and a regex for it numbered ("二、主动公开政府信息情况") or bare, or a variant."""
    out = []
    for item in (raw.get("sections", {}) or {}).get("items", []) or []:
        title = normalize(item["title"])
        number = listed_number(title)
        bare = title[len(number) + 1:] if number else title
        alternatives = [re.escape(bare)] + [normalize(v).removeprefix("^").removesuffix("$")
                                            for v in item.get("variants", []) or []]
        if len(bare) < 4:  # a title as short as a word is only counted numbered
            alternatives = [re.escape(title)]
        pattern = "|".join(f"(?:{a})" for a in alternatives)
        out.append((title, compile_regex(pattern, *src_line(item, "title"), f"sections.{item['id']}.title")))
    return out


# A numbered point: "(一)", "一是", "1." / "1、", a few words ("政府信息"), then the topic (the normalised
# text has no line breaks left to anchor it to).
_SUB_HEADING = r"(?:\([一二三四五六七八九十]{1,2}\)|[一二三四五六七八九十]{1,2}是|(?<![\d.])\d{1,2}[.、])\s*[^。,;:()]{0,6}?"


def _topic_headings(raw: LDict) -> list[tuple[str, re.Pattern[str]]]:
    """Per topic a section must cover (``topics:``), a regex for it as a numbered sub-heading."""
    out = []
    for item in (raw.get("sections", {}) or {}).get("items", []) or []:
        for topic in item.get("topics", []) or []:
            pattern = f"{_SUB_HEADING}(?:{topic['match']})"
            out.append((normalize(topic["name"]),
                        compile_regex(pattern, *src_line(item, "topics"), f"sections.{item['id']}.topics")))
    return out


def _table_labels(raw: LDict) -> list[str]:
    """The tables' captions and their row and column labels long enough to be the form's own words."""
    labels: list[str] = []
    for table in raw.get("tables", []) or []:
        if table.get("caption"):
            labels.append(normalize(table["caption"]))
        for axis in ("rows", "columns"):
            for spec in (table.get(axis, {}) or {}).values():
                label = spec if isinstance(spec, str) else spec.get("label", "")
                last = normalize_label(label.split("/")[-1]) if label and not label.startswith("~") else ""
                if len(last) >= MIN_LABEL_CHARS and "\\" not in last:
                    labels.append(last)
    return list(dict.fromkeys(labels))
