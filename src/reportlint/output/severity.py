"""A finding's severity in words, in the language of the pack that raised it, so that a reader who
sees no colour (a pipe, a printout, a screen reader, colour blindness) still knows what it is.

An identity that could not be checked says so instead of its severity: "无法核对" tells the clerk
what to do (fill the blank cell) better than "警告".
"""

from __future__ import annotations

from ..model.diagnostics import Diagnostic, Severity, Status

WORDS = {
    "zh": {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示", Status.UNVERIFIABLE: "无法核对"},
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info", Status.UNVERIFIABLE: "unverifiable"},
}


def word(d: Diagnostic, language: str = "zh") -> str:
    """错误 / 警告 / 提示 / 无法核对 (error / warning / info / unverifiable for an English pack)."""
    words = WORDS.get(language, WORDS["zh"])
    return words[Status.UNVERIFIABLE] if d.status == Status.UNVERIFIABLE else words[d.severity]


def labelled(d: Diagnostic, language: str = "zh") -> str:
    """The word with its colon, as a finding's first line puts it before the message: "错误：",
    "error: "."""
    return word(d, language) + (": " if language == "en" else "：")
