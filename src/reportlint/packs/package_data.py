"""Where the files shipped inside the package are (built-in packs, JSON schemas).

The wheel installs the package as plain files, so the package's own folder is the answer; this
avoids importing ``importlib.resources`` (and the zip machinery behind it) on every start.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]  # the reportlint package folder


def package_file(*parts: str) -> Path:
    return PACKAGE_DIR.joinpath(*parts)
