"""Accuracy of reportlint on the real-report corpus: the labelled errors it finds, the findings that are false.

    python benchmarks/accuracy.py            # by check kind: labelled errors found / labelled, false findings;
                                             # then every miss and every false finding
    python benchmarks/accuracy.py --json     # the same, machine-readable
    python benchmarks/accuracy.py --update   # write tests/corpus/expected.json, which tests/test_accuracy.py compares with

Every document under tests/corpus (and the real samples under tests/data/samples that
tests/corpus/samples names) has a labels file written by hand: the errors a good linter must report,
what it may report, what would be false (the format is in tests/corpus/README.md).  Each document is
checked once, in process, through the public command and its JSON output only
(``reportlint check --format json --today 2026-06-30 --isolated FILE``); nothing of the engine's
insides is imported, so the benchmark survives the engine being rebuilt.

A finding is *false* when it matches a ``must_not_report`` entry, or when it is an error (or an
arithmetic ``fail`` of any severity) that matches no labelled error or ``may_report`` entry and is
not *excused*: most documents are excerpts, cut where a crawler stopped, and a section or table
that lies after the cut is missing from the text, not from the report (``cut_in`` / ``cut_table``).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = REPO / "tests" / "corpus"
EXPECTED = CORPUS / "expected.json"
TODAY = "2026-06-30"
DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".pdf")

KINDS = ("input", "sections", "tables", "arithmetic", "values", "dates", "prose", "version", "crossdoc")
SEVERITIES = ("error", "warning", "info")
RANK = {"info": 0, "warning": 1, "error": 2}
SECTIONS = "一二三四五六"
TABLES = ("t2-1", "t2-5", "t2-6", "t2-8", "t2-9", "t3", "t4")
TABLE_SECTION = {"t2-1": "二", "t2-5": "二", "t2-6": "二", "t2-8": "二", "t2-9": "二", "t3": "三", "t4": "四"}
_ITEM_NUMBER = {"一": "t2-1", "五": "t2-5", "六": "t2-6", "八": "t2-8", "九": "t2-9"}

FILE_KEYS = {"document", "source", "agency", "level", "province", "report_year", "form", "complete", "starts_in", "cut_in",
             "cut_table", "layout", "expect", "checked", "note", "errors", "may_report", "must_not_report"}
ITEM_KEYS = {"id", "any_of", "check", "code", "rule", "status", "severity_at_least", "severity_at_most", "severity", "numbers",
             "text", "section", "row_label", "col_label", "cells", "expected", "actual", "note"}
LEVELS = {"province", "city", "county", "district", "town", "street", "department", "institution"}


# --- labels ---------------------------------------------------------------------------------------------------------

@dataclass
class LabelFile:
    """One hand-checked document: its labels and the input files that are that document (a text, its PDF)."""

    name: str
    path: Path
    data: dict[str, Any]
    inputs: list[str] = field(default_factory=list)  # repository-relative paths

    @property
    def errors(self) -> list[dict]:
        return self.data.get("errors") or []

    @property
    def may_report(self) -> list[dict]:
        return self.data.get("may_report") or []

    @property
    def must_not_report(self) -> list[dict]:
        return self.data.get("must_not_report") or []


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def label_files(corpus: Path = CORPUS) -> list[LabelFile]:
    """Every labels file of the corpus, with the documents it describes (sorted by name)."""
    found: list[LabelFile] = []
    for path in sorted([*corpus.glob("*.labels.yaml"), *(corpus / "samples").glob("*.labels.yaml")]):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        name = path.name[: -len(".labels.yaml")]
        documents = _as_list(data.get("document"))
        if not documents:
            sibling = [p for p in path.parent.glob(f"{name}.*") if p.suffix in DOCUMENT_SUFFIXES]
            documents = [str(p.relative_to(REPO)) for p in sibling]
        found.append(LabelFile(name=name, path=path, data=data, inputs=sorted(documents)))
    return found


def validate(labels: LabelFile) -> list[str]:
    """Problems with a labels file (unknown keys, bad values, missing documents); [] when it is well formed."""
    problems: list[str] = []
    where = str(labels.path.relative_to(REPO))
    data = labels.data
    for key in sorted(set(data) - FILE_KEYS):
        problems.append(f"{where}: unknown key {key!r}")
    if not labels.inputs:
        problems.append(f"{where}: no document (give `document:` or put the labels next to it)")
    for doc in labels.inputs:
        if not (REPO / doc).is_file():
            problems.append(f"{where}: document {doc} does not exist")
    if data.get("level") not in LEVELS:
        problems.append(f"{where}: level {data.get('level')!r} is not one of {sorted(LEVELS)}")
    if not isinstance(data.get("complete"), bool):
        problems.append(f"{where}: complete must be true or false")
    for key in ("starts_in", "cut_in"):
        if key in data and data[key] not in tuple(SECTIONS):
            problems.append(f"{where}: {key} must be one of {'、'.join(SECTIONS)}")
    if data.get("complete") is False and "cut_in" not in data:
        problems.append(f"{where}: an excerpt needs cut_in (the section the text stops in)")
    if "cut_table" in data and data["cut_table"] not in TABLES:
        problems.append(f"{where}: cut_table must be one of {', '.join(TABLES)}")
    if data.get("form") not in (2019, 2021, None):
        problems.append(f"{where}: form must be 2019, 2021 or null")
    expect = data.get("expect")
    if not isinstance(expect, dict) or set(expect) - {"pack", "report_year"}:
        problems.append(f"{where}: expect must be a mapping with pack and/or report_year")
    ids: list[str] = []
    for group in ("errors", "may_report", "must_not_report"):
        for item in data.get(group) or []:
            problems += [f"{where}: {group} {item.get('id')}: {p}" for p in _validate_item(item, group)]
            ids.append(item.get("id"))
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"{where}: id {dup} used twice")
    return problems


def _validate_item(item: dict, group: str, nested: bool = False) -> list[str]:
    problems = [f"unknown key {k!r}" for k in sorted(set(item) - ITEM_KEYS)]
    if not nested and not item.get("id"):
        problems.append("no id")
    for alt in item.get("any_of") or []:
        problems += _validate_item(alt, group, nested=True)
    for kind in _as_list(item.get("check")):
        if kind not in KINDS:
            problems.append(f"unknown check kind {kind!r}")
    for key in ("severity_at_least", "severity_at_most", "severity"):
        if key in item and item[key] not in RANK:
            problems.append(f"{key} must be one of {', '.join(SEVERITIES)}")
    if group == "errors" and not nested and "check" not in item and "any_of" not in item:
        problems.append("a labelled error needs its check kind")
    return problems


# --- running reportlint ---------------------------------------------------------------------------------------------

def run_reportlint(path: Path, pack: str | None = None) -> dict:
    """The JSON ``files`` entry of one document (in process, through the public command line); ``pack``
    forces a pack (``--pack``) instead of letting reportlint choose one."""
    from reportlint.cli import main

    args = ["check", "--format", "json", "--today", TODAY, "--isolated"] + (["--pack", pack] if pack else [])
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main([*args, str(path)])
        if code in (0, 1):
            return json.loads(out.getvalue())["files"][0]
        why = f"exit {code}: {err.getvalue().strip()}"
    except Exception as exc:  # a crash is a finding of the benchmark, not the end of it
        why = f"{type(exc).__name__}: {exc}"
    crash = {"code": "CRASH", "rule": "CRASH", "check": "input", "severity": "error", "status": "fail",
             "message": f"reportlint failed on this file ({why})", "location": {}, "expected": None, "actual": None,
             "cells": []}
    return {"pack": None, "report_year": None, "diagnostics": [crash]}


# --- matching a finding against a label -----------------------------------------------------------------------------

def nfkc(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "")


def _haystack(d: dict) -> str:
    loc = d.get("location") or {}
    parts = [d.get("message"), loc.get("snippet"), loc.get("row_label"), loc.get("col_label")]
    for cell in d.get("cells") or []:
        parts += [cell.get("row_label"), cell.get("col_label"), cell.get("value")]
    return nfkc("\n".join(p for p in parts if p))


def _numbers_text(d: dict) -> str:
    loc = d.get("location") or {}
    parts = [d.get("message"), d.get("expected"), d.get("actual"), loc.get("snippet")]
    parts += [cell.get("value") for cell in d.get("cells") or []]
    return nfkc("\n".join(p for p in parts if p))


def _has_number(text: str, number: str) -> bool:
    return re.search(rf"(?<![0-9.]){re.escape(number)}(?![0-9])", text) is not None


def _label_fields(d: dict, key: str) -> list[str]:
    loc = d.get("location") or {}
    return [nfkc(v) for v in [loc.get(key), *(cell.get(key) for cell in d.get("cells") or [])] if v]


def matches(item: dict, d: dict) -> bool:
    """Whether finding ``d`` (a JSON diagnostic) is the one label ``item`` describes (README: how labels match)."""
    if "any_of" in item:
        return any(matches(alt, d) for alt in item["any_of"])
    kinds = _as_list(item.get("check"))
    if kinds and d["check"] not in kinds:
        return False
    for key in ("code", "rule"):
        if key in item and d[key] not in _as_list(item[key]):
            return False
    if "status" in item and d["status"] != item["status"]:
        return False
    rank = RANK[d["severity"]]
    if "severity_at_least" in item and rank < RANK[item["severity_at_least"]]:
        return False
    if "severity_at_most" in item and rank > RANK[item["severity_at_most"]]:
        return False
    if "severity" in item and rank < RANK[item["severity"]]:
        return False
    if "numbers" in item:
        text = _numbers_text(d)
        if not all(_has_number(text, str(n)) for n in item["numbers"]):
            return False
    if "text" in item and nfkc(str(item["text"])) not in _haystack(d):
        return False
    for key in ("section", "row_label", "col_label"):
        if key in item and not any(nfkc(item[key]) in v for v in _label_fields(d, key)):
            return False
    for key in ("expected", "actual"):
        if key in item and d.get(key) != str(item[key]):
            return False
    return all(_cell_matches(spec, d.get("cells") or []) for spec in item.get("cells") or [])


def _cell_matches(spec: dict, cells: list[dict]) -> bool:
    for cell in cells:
        if "row" in spec and nfkc(spec["row"]) not in nfkc(cell.get("row_label")):
            continue
        if "col" in spec and nfkc(spec["col"]) not in nfkc(cell.get("col_label")):
            continue
        if "value" in spec and cell.get("value") != str(spec["value"]):
            continue
        return True
    return False


# --- what a cut excerpt excuses -------------------------------------------------------------------------------------

def _about_text(d: dict) -> str:
    return nfkc("\n".join(p for p in (d.get("message"), d.get("help")) if p))


def section_of(d: dict) -> str | None:
    """The section (一…六) a sections finding is about, from the title it quotes."""
    m = re.search(r"[“\"]([一二三四五六])、", _about_text(d))
    return m.group(1) if m else None


def table_of(d: dict) -> str | None:
    """The form's table (t2-1 … t4) a tables finding is about, from the table name it gives."""
    text = _about_text(d)
    m = re.search(r"第二十条\s*第\(([一五六八九])\)项", text)
    if m:
        return _ITEM_NUMBER[m.group(1)]
    if "收到和处理" in text or "申请情况表" in text:
        return "t3"
    if "复议" in text or "诉讼" in text:
        return "t4"
    return None


def excused(labels: LabelFile, d: dict) -> bool:
    """Whether the finding is about a section or table that the excerpt does not contain."""
    data = labels.data
    if data.get("complete", True):
        return False
    cut, start = data.get("cut_in"), data.get("starts_in")
    cut_at = SECTIONS.index(cut) if cut else len(SECTIONS)
    start_at = SECTIONS.index(start) if start else -1
    if d["check"] == "sections":
        section = section_of(d)
        return section is not None and (SECTIONS.index(section) > cut_at or SECTIONS.index(section) <= start_at)
    if d["check"] == "tables":
        table = table_of(d)
        if table is None:
            return False
        section_at = SECTIONS.index(TABLE_SECTION[table])
        if section_at > cut_at or section_at < start_at:
            return True
        first_absent = data.get("cut_table") or next(
            (t for t in TABLES if SECTIONS.index(TABLE_SECTION[t]) > cut_at), None)
        return first_absent is not None and TABLES.index(table) >= TABLES.index(first_absent)
    return False


# --- evaluation -----------------------------------------------------------------------------------------------------

def label_kind(item: dict) -> str:
    """The check kind a labelled error is counted under: its first check kind (or its first alternative's)."""
    if "any_of" in item:
        return label_kind(item["any_of"][0])
    return _as_list(item["check"])[0]


def finding_key(d: dict) -> str:
    """A finding's identity in expected.json: no message text and no line, so rewording keeps it."""
    loc = d.get("location") or {}
    return "|".join([d["code"], d["rule"], d["check"], d["severity"], d["status"], loc.get("section") or "",
                     loc.get("row_label") or "", loc.get("col_label") or ""])


@dataclass
class InputResult:
    """One input file checked against its document's labels."""

    path: str
    labels: LabelFile
    pack: str | None
    report_year: int | None
    found: dict[str, bool]  # labelled error id -> found
    false: list[tuple[dict, str]]  # (finding, why it is false)
    excused: list[dict]
    allowed: list[dict]

    @property
    def pack_ok(self) -> bool | None:
        expect = self.labels.data.get("expect") or {}
        return None if "pack" not in expect else self.pack == expect["pack"]

    @property
    def year_ok(self) -> bool | None:
        expect = self.labels.data.get("expect") or {}
        return None if "report_year" not in expect else self.report_year == expect["report_year"]


def evaluate_input(labels: LabelFile, path: str, file_json: dict) -> InputResult:
    diagnostics = file_json["diagnostics"]
    found = {e["id"]: any(matches(e, d) for d in diagnostics) for e in labels.errors}
    false: list[tuple[dict, str]] = []
    excused_list: list[dict] = []
    allowed: list[dict] = []
    for d in diagnostics:
        banned = next((m for m in labels.must_not_report if matches(m, d)), None)
        if banned is not None:
            false.append((d, f"must_not_report {banned['id']}"))
        elif any(matches(e, d) for e in labels.errors):
            continue
        elif any(matches(m, d) for m in labels.may_report):
            allowed.append(d)
        elif excused(labels, d):
            excused_list.append(d)
        elif d["severity"] == "error" or (d["check"] == "arithmetic" and d["status"] == "fail"):
            false.append((d, "not labelled"))
    return InputResult(path=path, labels=labels, pack=file_json.get("pack"), report_year=file_json.get("report_year"),
                       found=found, false=false, excused=excused_list, allowed=allowed)


def evaluate_corpus(corpus: Path = CORPUS, force_pack: bool = False) -> list[InputResult]:
    """Check every input of the corpus and judge its findings.  ``force_pack``: give each document the pack
    its labels expect (``--pack``), to see what the checks do once the pack is right (not the benchmark's
    figures, which let reportlint choose)."""
    results = []
    for labels in label_files(corpus):
        pack = (labels.data.get("expect") or {}).get("pack") if force_pack else None
        for doc in labels.inputs:
            results.append(evaluate_input(labels, doc, run_reportlint(REPO / doc, pack)))
    return results


def summary(results: list[InputResult]) -> dict:
    """Counts by check kind: labelled errors and found ones; false findings by severity; pack and year choice."""
    kinds = {k: {"labelled": 0, "found": 0, "false": dict.fromkeys(SEVERITIES, 0)} for k in KINDS}
    for r in results:
        for item in r.labels.errors:
            row = kinds[label_kind(item)]
            row["labelled"] += 1
            row["found"] += r.found[item["id"]]
        for d, _why in r.false:
            kinds[d["check"]]["false"][d["severity"]] += 1
    pack = [r.pack_ok for r in results if r.pack_ok is not None]
    year = [r.year_ok for r in results if r.year_ok is not None]
    return {
        "documents": len({r.labels.name for r in results}),
        "inputs": len(results),
        "pack": {"right": sum(pack), "expected": len(pack)},
        "report_year": {"right": sum(year), "expected": len(year)},
        "kinds": kinds,
        "labelled": sum(k["labelled"] for k in kinds.values()),
        "found": sum(k["found"] for k in kinds.values()),
        "false": {s: sum(k["false"][s] for k in kinds.values()) for s in SEVERITIES},
        "excused": sum(len(r.excused) for r in results),
    }


def expectation(results: list[InputResult]) -> dict:
    """What tests/corpus/expected.json records: per input, pack/year right, each labelled error found, false findings."""
    documents = {}
    for r in results:
        entry: dict[str, Any] = {}
        if r.pack_ok is not None:
            entry["pack"] = r.pack_ok
        if r.year_ok is not None:
            entry["report_year"] = r.year_ok
        entry["errors"] = dict(sorted(r.found.items()))
        entry["false"] = dict(sorted(Counter(finding_key(d) for d, _ in r.false).items()))
        documents[r.path] = entry
    return {"today": TODAY, "documents": dict(sorted(documents.items()))}


def compare(expected: dict, actual: dict) -> tuple[list[str], list[str]]:
    """(regressions, improvements) of ``actual`` against ``expected`` (both from :func:`expectation`)."""
    worse: list[str] = []
    better: list[str] = []
    exp_docs, act_docs = expected.get("documents", {}), actual["documents"]
    for path in sorted(set(exp_docs) | set(act_docs)):
        if path not in act_docs or path not in exp_docs:
            (worse if path not in act_docs else better).append(f"{path}: document {'gone' if path not in act_docs else 'new'}")
            continue
        was, now = exp_docs[path], act_docs[path]
        for key in ("pack", "report_year"):
            if key in was or key in now:
                if was.get(key) and not now.get(key):
                    worse.append(f"{path}: {key} no longer right")
                elif now.get(key) and not was.get(key):
                    better.append(f"{path}: {key} now right")
        for label in sorted(set(was["errors"]) | set(now["errors"])):
            before, after = was["errors"].get(label), now["errors"].get(label)
            if before and not after:
                worse.append(f"{path}: labelled error {label} no longer found" if after is not None
                             else f"{path}: labelled error {label} gone from the labels")
            elif after and not before:
                better.append(f"{path}: labelled error {label} now found")
            elif before is None or after is None:
                better.append(f"{path}: labelled error {label} {'new in' if before is None else 'gone from'} the labels")
        for key in sorted(set(was["false"]) | set(now["false"])):
            before, after = was["false"].get(key, 0), now["false"].get(key, 0)
            if after > before:
                worse.append(f"{path}: false finding {key} ×{after} (expected ×{before})")
            elif after < before:
                better.append(f"{path}: false finding {key} ×{after} (expected ×{before})")
    return worse, better


# --- output ---------------------------------------------------------------------------------------------------------

def _finding_line(d: dict) -> str:
    loc = d.get("location") or {}
    labels = " × ".join(x for x in (loc.get("row_label"), loc.get("col_label")) if x)
    where = f" [{labels}]" if labels else ""
    return f"{d['code']} {d['rule']} {d['severity']}/{d['status']}{where}: {d['message']}"


def report_text(results: list[InputResult], out: io.TextIOBase) -> None:
    s = summary(results)
    out.write(f"reportlint accuracy on the real-report corpus: {s['documents']} documents, {s['inputs']} input files "
              f"(--today {TODAY} --isolated)\n")
    out.write(f"pack chosen right: {s['pack']['right']}/{s['pack']['expected']}   "
              f"report year right: {s['report_year']['right']}/{s['report_year']['expected']}\n\n")
    out.write(f"{'kind':<11} {'found/labelled':>14}   {'false: error':>12} {'warning':>8} {'info':>5}\n")
    for kind, row in s["kinds"].items():
        if row["labelled"] or any(row["false"].values()):
            out.write(f"{kind:<11} {row['found']:>6}/{row['labelled']:<7}   {row['false']['error']:>12} "
                      f"{row['false']['warning']:>8} {row['false']['info']:>5}\n")
    out.write(f"{'total':<11} {s['found']:>6}/{s['labelled']:<7}   {s['false']['error']:>12} {s['false']['warning']:>8} "
              f"{s['false']['info']:>5}\n")
    out.write(f"(findings excused because they are about what an excerpt cuts off: {s['excused']})\n")
    out.write("\nMisses (labelled errors not found):\n")
    for r in results:
        for item in r.labels.errors:
            if not r.found[item["id"]]:
                out.write(f"  {r.path}  {item['id']} [{label_kind(item)}]: {item.get('note', '')}\n")
    out.write("\nPack or report year not as expected:\n")
    for r in results:
        if r.pack_ok is False or r.year_ok is False:
            expect = r.labels.data.get("expect") or {}
            out.write(f"  {r.path}  pack {r.pack} (expected {expect.get('pack')}), year {r.report_year} "
                      f"(expected {expect.get('report_year')})\n")
    out.write("\nFalse findings:\n")
    for r in results:
        for d, why in r.false:
            out.write(f"  {r.path}  {_finding_line(d)}  ({why})\n")


def report_json(results: list[InputResult]) -> dict:
    return {
        "summary": summary(results),
        "misses": [{"file": r.path, "id": item["id"], "kind": label_kind(item), "note": item.get("note")}
                   for r in results for item in r.labels.errors if not r.found[item["id"]]],
        "false": [{"file": r.path, "why": why, "code": d["code"], "rule": d["rule"], "check": d["check"],
                   "severity": d["severity"], "status": d["status"], "message": d["message"],
                   "location": d.get("location")} for r in results for d, why in r.false],
        "pack": [{"file": r.path, "pack": r.pack, "report_year": r.report_year, "pack_ok": r.pack_ok, "year_ok": r.year_ok}
                 for r in results],
        "expectation": expectation(results),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--update", action="store_true", help=f"write {EXPECTED.relative_to(REPO)} from this run")
    parser.add_argument("--force-pack", action="store_true",
                        help="give each document the pack its labels expect (diagnosis only; not with --update)")
    args = parser.parse_args(argv)
    if args.update and args.force_pack:
        parser.error("--update records the run where reportlint chooses the pack; drop --force-pack")
    problems = [p for labels in label_files() for p in validate(labels)]
    if problems:
        sys.stderr.write("\n".join(problems) + "\n")
        return 2
    results = evaluate_corpus(force_pack=args.force_pack)
    if args.update:
        EXPECTED.write_text(json.dumps(expectation(results), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.json:
        json.dump(report_json(results), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        report_text(results, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
