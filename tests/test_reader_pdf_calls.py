"""The PDF reader's lean PDFium prototypes (``readers/pdf/calls.py``) against pypdfium2's own declarations.

The prototypes convert nothing, so a parameter or return type that drifted from what PDFium declares
would pass wrong bits silently; these tests hold the table to ``pypdfium2.raw`` and compare the
answers of both on a real report.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest

from reportlint.readers.pdf.calls import SIGNATURES, Handle, calls_for

pypdfium2 = pytest.importorskip("pypdfium2")
raw = pytest.importorskip("pypdfium2.raw")

REPORT = Path(__file__).resolve().parent / "data" / "samples" / "real" / "2024-huaian-city-gov.pdf"
SIMPLE = {ctypes.c_int: "int", ctypes.c_uint: "uint", ctypes.c_ulong: "ulong", ctypes.c_float: "float"}


def kind_of(argtype: type) -> str:
    """How calls.py names a parameter type pypdfium2 declares."""
    if argtype in SIMPLE:
        return SIMPLE[argtype]
    target = argtype._type_  # a ctypes pointer type: what it points to
    if issubclass(target, ctypes.Structure) and target.__name__.startswith("struct_fpdf_"):
        return "handle"  # pointer to an opaque PDFium object
    return "out"


def is_pointer(restype: type) -> bool:
    return isinstance(getattr(restype, "_type_", None), type)


@pytest.mark.parametrize("name", sorted(SIGNATURES))
def test_signature_matches_pypdfium2(name):
    restype, params = SIGNATURES[name]
    declared = getattr(raw, name)
    assert tuple(kind_of(t) for t in declared.argtypes) == params
    if restype is Handle:
        assert is_pointer(declared.restype)
    else:
        assert restype is declared.restype


def test_kind_of_tells_handles_outputs_and_numbers_apart():
    assert kind_of(raw.FPDFText_GetCharOrigin.argtypes[0]) == "handle"
    assert kind_of(raw.FPDFText_GetCharOrigin.argtypes[2]) == "out"  # double*
    assert kind_of(raw.FPDFText_GetMatrix.argtypes[2]) == "out"  # FS_MATRIX*
    assert [kind_of(t) for t in raw.FPDFFont_GetGlyphWidth.argtypes] == ["handle", "uint", "float", "out"]
    assert kind_of(raw.FPDFFormObj_GetObject.argtypes[1]) == "ulong"


def test_lean_calls_answer_as_pypdfium2_does():
    lib = calls_for(raw)
    assert calls_for(raw) is lib  # made once
    pdf = pypdfium2.PdfDocument(str(REPORT))
    fonts, kinds = set(), []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            fonts |= same_chars(lib, textpage.raw)
            kinds += same_objects(lib, page.raw)
            textpage.close()
            page.close()
    finally:
        pdf.close()
    assert len(fonts) >= 2
    assert kinds.count(raw.FPDF_PAGEOBJ_PATH) == 116 and kinds.count(raw.FPDF_PAGEOBJ_TEXT) > 2500


def same_chars(lib, textpage) -> set[int]:
    """Each character's answers from both bindings; the fonts seen."""
    n = raw.FPDFText_CountChars(textpage)
    x, y, x2, y2 = (ctypes.c_double() for _ in range(4))
    fonts = set()
    for i in range(n):
        obj = lib.FPDFText_GetTextObject(textpage, i)
        assert isinstance(obj, Handle)
        assert obj.value == ctypes.cast(raw.FPDFText_GetTextObject(textpage, i), ctypes.c_void_p).value
        assert lib.FPDFText_GetUnicode(textpage, i) == raw.FPDFText_GetUnicode(textpage, i)
        assert lib.FPDFText_GetFontSize(textpage, i) == raw.FPDFText_GetFontSize(textpage, i)
        assert lib.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(x), ctypes.byref(y)) == 1
        raw.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(x2), ctypes.byref(y2))
        assert (x.value, y.value) == (x2.value, y2.value)
        if obj:
            font = lib.FPDFTextObj_GetFont(obj)
            fonts.add(font.value)
            width, width2 = ctypes.c_float(), ctypes.c_float()
            code = raw.FPDFText_GetUnicode(textpage, i)
            assert lib.FPDFFont_GetGlyphWidth(font, code, ctypes.c_float(10.5), ctypes.byref(width))
            assert raw.FPDFFont_GetGlyphWidth(raw.FPDFTextObj_GetFont(raw.FPDFText_GetTextObject(textpage, i)),
                                              code, 10.5, ctypes.byref(width2))
            assert width.value == width2.value
    return fonts


def same_objects(lib, page) -> list[int]:
    """The page objects' types from both bindings."""
    kinds = [lib.FPDFPageObj_GetType(lib.FPDFPage_GetObject(page, k)) for k in range(lib.FPDFPage_CountObjects(page))]
    assert kinds == [raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page, k))
                     for k in range(raw.FPDFPage_CountObjects(page))]
    return kinds
