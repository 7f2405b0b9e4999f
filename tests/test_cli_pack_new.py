"""``reportlint pack new``: the editor's ``$schema`` line names a file beside the pack, never a path
into this installation (a virtual environment's folder, which means nothing on a colleague's
machine or after the environment is rebuilt); the comment above it says how to make that file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import run_cli


@pytest.mark.parametrize(("language", "comment"), [
    ("zh", "# 编辑器补全与校验（YAML Language Server）：在本文件所在目录运行一次"),
    ("en", "# Editor completion and validation (YAML Language Server): in this file's folder run once"),
])
def test_schema_line_is_a_file_beside_the_pack(tmp_path, monkeypatch, language, comment):
    monkeypatch.chdir(tmp_path)
    assert run_cli("pack", "new", "my-report", "--language", language).code == 0
    text = (tmp_path / "my-report.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[:3] == [
        comment,
        "#   reportlint pack schema > pack.schema.json",
        "# yaml-language-server: $schema=pack.schema.json",
    ]
    assert not re.search(r"(?m)^#.*(/|\\)(site-packages|\.venv|reportlint/schemas)", text)

    # What the comment says to do, then what an editor does: resolve the path beside the pack.
    (tmp_path / "pack.schema.json").write_text(run_cli("pack", "schema").out, encoding="utf-8")
    reference = re.search(r"\$schema=(\S+)", text)[1]
    schema = json.loads((Path("my-report.yaml").parent / reference).read_text(encoding="utf-8"))
    jsonschema.validate(yaml.safe_load(text), schema)
