"""Lean ctypes prototypes of the PDFium functions the reader calls per character and per page object.

Why: ``pypdfium2.raw`` declares every function with ``argtypes`` (``POINTER(fpdf_textpage_t__)``,
``POINTER(c_double)``, ...), and ctypes then converts each argument of each call through the type's
``from_param``; for a pointer that is two ``isinstance``/``issubclass`` look-ups through ctypes'
metaclasses.  A real report costs ~24,000 such calls (five per character: WPS writes each character
as a text object of its own) and the conversions cost more than PDFium's own work in those calls
(benchmarks/RESULTS.md, "Cold PDF check").  A prototype without ``argtypes`` passes a ctypes object
as it is (its address or value) and a Python ``int`` as a C ``int``: the same bits reach PDFium.

So the callers must pass exactly what C expects, by ctypes type (nothing converts for them):
handles as :class:`Handle` (what these prototypes return) or as pypdfium2's own handle objects,
indices as ``int`` (every index parameter used here is a C ``int``, except the form object's, which
is passed as ``c_ulong``), sizes as ``c_float``, out-parameters as ``ctypes.byref(...)`` of the
declared type.  Each prototype is made from the address of pypdfium2's public ``raw`` function of the
same name (the library pypdfium2 loaded; nothing of pypdfium2 is changed), with the return type
pypdfium2 declares, handles returned as :class:`Handle`.  They are ``PYFUNCTYPE`` prototypes, which
keep the GIL during the call: each of these calls takes well under a microsecond in PDFium, less
than releasing and taking back the GIL (~230 instructions a call), and pypdfium2 is not to be
called from two threads at once anyway.  ``tests/test_reader_pdf_calls.py`` checks this table
against ``pypdfium2.raw``'s declarations and compares both bindings' answers on a real report.
"""

from __future__ import annotations

import ctypes

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Handle(ctypes.c_void_p):
    """An opaque PDFium handle (text object, font, page object, path segment).

    ctypes returns a *subclass* of ``c_void_p`` as the object itself rather than as an ``int``, so it
    can be passed straight into the next call; ``.value`` is its address (``None`` when NULL) and it
    is false when NULL, as pypdfium2's pointer objects are.
    """


# name -> (return type, the C parameters as pypdfium2.raw declares them: "handle" a pointer to a PDFium
# object, "int"/"uint"/"ulong" an integer, "float" a C float, "out" a pointer the call writes through)
SIGNATURES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "FPDFText_GetUnicode": (ctypes.c_uint, ("handle", "int")),
    "FPDFText_IsGenerated": (ctypes.c_int, ("handle", "int")),
    "FPDFText_GetTextObject": (Handle, ("handle", "int")),
    "FPDFText_GetCharOrigin": (ctypes.c_int, ("handle", "int", "out", "out")),
    "FPDFText_GetFontSize": (ctypes.c_double, ("handle", "int")),
    "FPDFText_GetMatrix": (ctypes.c_int, ("handle", "int", "out")),
    "FPDFTextObj_GetFont": (Handle, ("handle",)),
    "FPDFFont_GetGlyphWidth": (ctypes.c_int, ("handle", "uint", "float", "out")),
    "FPDFFont_GetDescent": (ctypes.c_int, ("handle", "float", "out")),
    "FPDFPage_CountObjects": (ctypes.c_int, ("handle",)),
    "FPDFPage_GetObject": (Handle, ("handle", "int")),
    "FPDFPageObj_GetType": (ctypes.c_int, ("handle",)),
    "FPDFPageObj_GetMatrix": (ctypes.c_int, ("handle", "out")),
    "FPDFPageObj_GetStrokeColor": (ctypes.c_int, ("handle", "out", "out", "out", "out")),
    "FPDFPageObj_GetFillColor": (ctypes.c_int, ("handle", "out", "out", "out", "out")),
    "FPDFFormObj_CountObjects": (ctypes.c_int, ("handle",)),
    "FPDFFormObj_GetObject": (Handle, ("handle", "ulong")),
    "FPDFPath_GetDrawMode": (ctypes.c_int, ("handle", "out", "out")),
    "FPDFPath_CountSegments": (ctypes.c_int, ("handle",)),
    "FPDFPath_GetPathSegment": (Handle, ("handle", "int")),
    "FPDFPathSegment_GetType": (ctypes.c_int, ("handle",)),
    "FPDFPathSegment_GetPoint": (ctypes.c_int, ("handle", "out", "out")),
    "FPDFPathSegment_GetClose": (ctypes.c_int, ("handle",)),
}


class Calls:
    """The lean prototypes, as attributes named like pypdfium2.raw's functions (made once a process)."""

    def __init__(self, raw: Any) -> None:
        for name, (restype, _) in SIGNATURES.items():
            address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
            setattr(self, name, ctypes.PYFUNCTYPE(restype)(address))


_MADE: dict[int, Calls] = {}


def calls_for(raw: Any) -> Calls:
    """The prototypes of the library behind ``raw`` (one set per loaded library)."""
    key = id(raw)
    if key not in _MADE:
        _MADE[key] = Calls(raw)
    return _MADE[key]
