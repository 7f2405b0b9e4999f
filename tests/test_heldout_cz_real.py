"""Real reports of the sixteenth held-out round, slice cz (r2470–r2488: 上海's district and municipal bureaus and
commissions, a district government, and 河北's city departments, reports on 2019–2025 — 长宁区 (2024), 徐水区
自然资源和规划分局 (2023, one paragraph), 普陀区市场监管局 (2020, 2021), 宝山区市场监管局 (2025), 定州市交通运输局 (2021),
长宁区规划和自然资源局 (2023, a mirror), 青浦区规划和自然资源局 (2022), 迁西县民政局 (2023), 衡水市生态环境局 (2019),
长宁区绿化市容局 (2023), 上海市发展和改革委员会 (2021, a Traditional mirror), 浦东新区应急管理局 (2024), 浦东新区城管执法局
(2024), 青浦区发改委 (2024), 普陀区司法局 (2023), 杨浦区国防动员办公室 (2023), 青浦区退役军人事务局 (2023) and 宝山区
退役军人事务局 (2024)).  Each test reads the real text as it was found and asserts the exact findings; copies of it (in a
tmp folder) show each finding is made only where the report is wrong:

- r2488 (宝山区退役军人事务局 2024) ``共计21条(公文类政府信息2条,非公文类政府信息19 条)``: a kind and its complement
  (非 + the kind an earlier part's name opens on) are all of the total, as a catch-all (其他信息) closes a list.  On main a
  copy with the total one over was **missed** (two parts short of their total: read as highlights); now an RL701 error
  (``text/sumcomplement``) — and so in the same wording of three other bodies: 崇明区 (r1176, ``7585条,其中公文类政府信息
  1838条,非公文信息5747条``), 宝山区发改委 (r2343, ``31件,…。其中公文类政府信息6件;非公文类政府信息25件``) and 长宁区司法局
  (r1709, whose 8 + 66 over 38 stays the error it was);
- the other sums hold (r2473's 83, r2484's 20, r2485's 6, r2487's 38; r2474's applications balance) and copies one off
  are found; r2486's 主动公开率达95% is no share of its 87 条 and stays silent."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

_SLICE = ("r2470", "r2471", "r2472", "r2473", "r2474", "r2475", "r2476", "r2477", "r2478", "r2479", "r2480", "r2481",
          "r2482", "r2483", "r2484", "r2485", "r2486", "r2487", "r2488")

# (ref, the total's words, the total, its parts, the last part's name, unit): a list closed by the complement of its
# first kind
_COMPLEMENTS = (("r2488", "共计", 21, "2+19", "非公文类政府信息", "条"),
                ("r1176", "政府信息共", 7585, "1838+5747", "非公文信息", "条"),
                ("r2343", "政府信息", 31, "6+25", "非公文类政府信息", "件"))


def test_a_complement_closes_the_list(tmp_path):
    for ref, words, total, parts, last, unit in _COMPLEMENTS:
        assert findings(corpus(ref), "RL701") == [], ref
        (tmp_path / ref).mkdir()
        printed, one_over = f"{words}{total}{unit}", f"{words}{total + 1}{unit}"
        assert findings(changed(tmp_path / ref, ref, printed, one_over), "RL701") == [
            ("error", f"文中合计不成立：{parts} = {total}（已列至“{last}”），但写明的合计为 {total + 1} {unit}，少 1 {unit}")], ref
    # 长宁区司法局's parts over their total: the error it was
    assert findings(corpus("r1709"), "RL701") == [("error", "文中合计不成立：8+66 = 74，但写明的合计为 38 条，各分项之和多出 36 条")]
    # 非 before a kind no earlier part names closes nothing: a list of two parts short of its total stays a highlight
    (tmp_path / "n").mkdir()
    assert findings(changed(tmp_path / "n", "r2488", "共计21条(公文类政府信息2条,非公文类",
                            "共计22条(公文类政府信息2条,非本部门"), "RL701") == []


_SUMS = (("r2473", "累计制发公文83件", "累计制发公文84件",
          ("warning", "文中各分项之和与合计不符：74+3+6 = 83，写明的合计为 84 件，少 1 件")),
         ("r2484", "共新收政府信息公开申请20件", "共新收政府信息公开申请21件",
          ("warning", "文中各分项之和与合计不符：17+3 = 20，写明的合计为 21 件，少 1 件")),
         ("r2485", "全年处理依申请公开6件", "全年处理依申请公开7件",
          ("warning", "文中各分项之和与合计不符：1+2+1+1+1 = 6，写明的合计为 7 件，少 1 件")),
         ("r2487", "共主动公开政府信息38条", "共主动公开政府信息39条",
          ("error", "文中合计不成立：1+0+8+29 = 38（已列至“其他类”），但写明的合计为 39 条，少 1 条")))


def test_the_slices_sums_hold_and_copies_one_off_are_found(tmp_path):
    for ref, printed, off, finding in _SUMS:
        assert findings(corpus(ref), "RL701") == [], ref
        (tmp_path / ref).mkdir()
        assert findings(changed(tmp_path / ref, ref, printed, off), "RL701") == [finding], ref
    assert findings(corpus("r2474"), "RL707") == []
    assert findings(changed(tmp_path, "r2474", "共收到信息公开申请152件", "共收到信息公开申请151件"), "RL707") == [
        ("error", "文中申请数不平衡：新收 151 + 上年结转 3 = 154 件，但办结 153 + 结转下年 2 = 155 件，相差 1 件")]


def test_the_slice_raises_no_arithmetic_finding():
    for ref in _SLICE:
        for code in ("RL701", "RL703", "RL707", "RL603"):
            assert findings(corpus(ref), code) == [], (ref, code)
