"""The repository is self-contained: a clone with nothing beside it passes, and the suite keeps out
of the user's home.  (.ci/run also runs the quick tests in such a clone.)"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from conftest import REPO, SAMPLES

# What reaching outside the repository looked like: the shared folder beside it, or an environment
# variable naming it, or climbing two folders up from a test file.
OUTSIDE = re.compile(r"\.\./shared|REPORTLINT_SHARED|parents\[2\]|parent\.parent\.parent")


def test_no_test_or_benchmark_reads_outside_the_repository():
    offenders = []
    for folder in ("tests", "benchmarks", ".ci"):
        for path in sorted((REPO / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", "") and path != Path(__file__):
                text = path.read_text(encoding="utf-8", errors="replace")
                offenders += [f"{path.relative_to(REPO)}:{n}" for n, line in enumerate(text.splitlines(), 1)
                              if OUTSIDE.search(line)]
    assert offenders == []


def test_every_sample_says_where_it_came_from():
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    files = sorted(p for p in SAMPLES.rglob("*") if p.is_file() and p.name != "README.md")
    assert len(files) == 19
    undocumented = [str(p.relative_to(SAMPLES)) for p in files
                    if p.name not in readme and f"{p.parent.name}/*{p.suffix}" not in readme]
    assert undocumented == []


def test_each_test_has_its_own_cache_folder(private_cache: Path):
    assert os.environ["XDG_CACHE_HOME"] == str(private_cache)
    assert Path(tempfile.gettempdir()) in private_cache.parents
    assert Path.home() not in private_cache.parents or Path(tempfile.gettempdir()) in Path.home().parents
