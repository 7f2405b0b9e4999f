"""Hostile input, all together: one folder holding every hostile report of these tests, with a
configuration whose exclude glob used to backtrack, checked in one run; then each hostile pack,
baseline and ``--previous`` over that folder.

The folder run lists every file with a result (a check, or one RL101 saying why it was not read)
and exits 1 for its findings, never by a crash; each hostile pack or file given on the command line
ends the run deliberately with one line and exit 2.  Nothing in the folder changes.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import run_cli
from hostile import TODAY, reportlint, snapshot, write_named
from reportgen import make_report, to_markdown

RL101 = "RL101"
UNREAD = {  # file -> what its RL101 says
    "deep-front.md": "无法读取：文件开头 --- 之间的 YAML 前置信息嵌套过深；前置信息只需写标题等几项，请删去多层嵌套的列表或映射",
    "big-front.md": "无法读取：文件开头 --- 之间的 YAML 前置信息过大（67 KiB，上限 64 KiB）；前置信息只需写标题等几项；正文请写在第二个 --- 之后",
    "pipe.md": "无法读取：这是命名管道 (FIFO)，不是普通文件，未读取；请只把报告文件放在要检查的目录中",
    "zero.md": "无法读取：这是设备文件，不是普通文件，未读取；请只把报告文件放在要检查的目录中",
    "dangling.md": "无法读取：文件是一个失效的符号链接（指向的文件不存在）；请修正或删除这个链接",
    "empty.md": "无法读取：文件是空的；请确认保存的是报告全文",
}

HOSTILE_PACKS = {
    "alias-bomb.yaml": "pack: b\nname: B\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
                       + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 9)),
    "python-tag.yaml": "pack: p\nname: !!python/object/apply:os.system ['echo pwned']\n",
    "merge-key.yaml": "pack: p\nname: P\nbase: &b {id: t}\ntables:\n  - <<: *b\n",
    "deep.yaml": "pack: p\nname: " + "[" * 10_000 + "]" * 10_000 + "\n",
    "extends-zero.yaml": "pack: p\nname: P\nextends: /dev/zero\n",
    "extends-pipe.yaml": "pack: p\nname: P\nextends: pipe.yaml\n",
    "adjacent.yaml": "pack: p\nname: P\napplies:\n  title: 'a*a*a*a*a*a*b'\n",
    "optional.yaml": "pack: p\nname: P\nextends: cn-gov-disclosure-2021\nreport:\n  town_title: '(?:a?){28}a{28}'\n",
    "template.yaml": "pack: p\nname: P\nextends: cn-gov-disclosure-2021\nidentities:\n  - id: t3.balance\n"
                     "    table: t3\n    assert: new == new\n    message: '{title.__class__.__mro__}'\n",
    "nan.yaml": "pack: p\nname: P\nextends: cn-gov-disclosure-2021\nvalues:\n"
                "  - {id: v, table: t3, row: new, column: natural, max: .nan}\n",
    "terms.yaml": "pack: p\nname: P\nextends: cn-gov-disclosure-2021\nidentities:\n  - id: x\n    table: t3\n"
                  "    assert: '" + "+".join(["new"] * 100_000) + " == new'\n",
    "deadline.yaml": "pack: p\nname: P\nextends: cn-gov-disclosure-2021\ndates:\n  deadline_department: '13-45'\n",
}



@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    good = to_markdown(make_report(2023, 1))
    write_named(folder, "good.md", good)
    row = next(line for line in good.splitlines() if line.startswith("| 二、上年结转"))
    cells = row.split("|")
    cells[4] = " 3\x1b[2K\x1b]0;pwned\x07\u202e "
    write_named(folder, "esc-cell.md", good.replace(row, "|".join(cells)))
    write_named(folder, b"a\x1b[31mred.md", good)
    write_named(folder, b"bad\xffname.md", to_markdown(make_report(2023, 2).set_t3("new", 0, 99)))
    write_named(folder, "digits40.md", to_markdown(make_report(2023, 3).set_t3_total("new", 10**40 + 7)))
    write_named(folder, "percent30.md", good.replace("## 三、", "本年度共收到申请5件，其中予以公开2件，"
                                                     "占40.000000000000000000000000000001%。\n\n## 三、", 1))
    write_named(folder, "deep-front.md", "---\ntitle: " + "[" * 10_000 + "]" * 10_000 + "\n---\n" + good)
    write_named(folder, "big-front.md", "---\nx: [" + "1, " * 23_000 + "1]\n---\n" + good)
    write_named(folder, "bomb-front.md", "---\n" + HOSTILE_PACKS["alias-bomb.yaml"].split("\n", 2)[2] + "---\n" + good)
    write_named(folder, "long-heading.md", "# " + "a" * 100 + "\n\n" + good)
    write_named(folder, "empty.md", "")
    os.mkfifo(folder / "pipe.md")
    (folder / "zero.md").symlink_to("/dev/zero")
    (folder / "dangling.md").symlink_to(folder / "gone.md")
    (folder / "reportlint.toml").write_text('exclude = ["*a*a*a*a*a*a*a*a*a*a*b", "drafts/**"]\n', encoding="utf-8")
    return folder


def test_every_hostile_report_has_a_result_and_nothing_crashes(hostile, tmp_path):
    before = snapshot(tmp_path)
    done = reportlint("check", "--format", "json", "--today", TODAY, hostile)
    assert (done.returncode, done.stderr) == (1, "")
    files = {os.fsdecode(os.path.basename(os.fsencode(f["path"]))): f for f in json.loads(done.stdout)["files"]}
    names = {os.fsdecode(n) for n in os.listdir(os.fsencode(hostile)) if n != b"reportlint.toml"}
    assert set(files) == names  # every file, once
    for name, message in UNREAD.items():
        assert [(d["code"], d["message"]) for d in files[name]["diagnostics"]] == [(RL101, message)], name
    for name in sorted(names - set(UNREAD)):
        assert files[name]["pack"] == "cn-gov-disclosure-2021", name
        assert RL101 not in [d["code"] for d in files[name]["diagnostics"]], name
        alone = run_cli("check", "--format", "json", "--today", TODAY, os.path.join(hostile, name))
        assert alone.json["files"][0]["diagnostics"] == files[name]["diagnostics"], name
    for name in ("good.md", "long-heading.md", "bomb-front.md", "a\x1b[31mred.md"):
        assert files[name]["diagnostics"] == [], name
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("name", sorted(HOSTILE_PACKS))
def test_each_hostile_pack_over_the_folder_is_one_line_and_exit_2(hostile, tmp_path, name):
    packs = tmp_path / "packs"
    packs.mkdir()
    os.mkfifo(packs / "pipe.yaml")
    pack = packs / name
    pack.write_text(HOSTILE_PACKS[name], encoding="utf-8")
    before = snapshot(tmp_path)
    done = reportlint("check", "--format", "json", "--today", TODAY, "--pack", pack, hostile)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"reportlint: {pack}:") and done.stderr.count("\n") == 1, done.stderr
    listed = reportlint("pack", "check", pack)
    assert listed.returncode == 2
    assert listed.stdout.splitlines()[0] == done.stderr[len("reportlint: "):-1]
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("option", ["--baseline", "--previous"])
@pytest.mark.parametrize("target", ["pipe", "/dev/zero", "missing"])
def test_each_hostile_file_option_is_one_line_and_exit_2(hostile, tmp_path, option, target):
    if target == "pipe":
        target = str(tmp_path / "given.json")
        os.mkfifo(target)
    elif target == "missing":
        target = str(tmp_path / "missing.json")
    before = snapshot(tmp_path)
    done = reportlint("check", "--format", "json", "--today", TODAY, option, target, hostile)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.count("\n") == 1 and target in done.stderr and "Traceback" not in done.stderr
    assert snapshot(tmp_path) == before
