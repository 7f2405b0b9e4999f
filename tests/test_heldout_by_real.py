"""Real reports of the twelfth held-out round, slice by (r1950–r1961: city, district and county bureaus with many
applications — 公安局, 自然资源和规划局, 人力资源和社会保障局, 卫生健康局/委, 生态环境局, 住房和城乡建设局, 市场监督管理局 of 湖北, 山东,
江西, 安徽, 湖南 and 河南, reports on 2022–2025). Each test reads the real text as it was found and asserts the exact findings; copies of it (in a tmp folder)
show each finding is made only where the report is wrong:

- r1952 (安义县人社局 2023, a mirror) lists what its 121 items were after 含: ``121条,含规范性文件2件、其他有关文件2条、…执法动态
  50条、公示公告28条`` — ten kinds making 149, a real error **missed** before the fix: 含 opened no breakdown, and, read as
  one, its first part in 件 would have made the list ``mixed_units``, a warning at most. The general patterns: 含 right
  after a count with its parts joined by 、 lists the kinds that count includes (an open list, as 主要包括); and when the
  parts in the total's own unit already pass it, no count of a kindred part can make the list right — an error;
- a 含 naming one subset before clauses of their own (r1195's ``69件,含2023年转至今年办理的3件,办结68件,…``, r1248's
  ``93次,含文件解读23次,图片解读5次,…``, both in the corpus) opens no list;
- r1961 (太白湖新区市场监管局 2024): seven kinds after 包括 making 80 of 79, a real error **missed** before the fix — the
  、 inside ``“双随机、一公开”`` made the comma-joined list look joined two ways, so the six parts that make 79 were taken
  as the list: a mark inside quotes is part of a name, no joint;
- r1959 (安阳县住建局 2025): ``…保障性住房信息17条,新增设市政服务信息栏目,公开…7条,涉企行政检查7条`` — the list goes on after a
  lead-in clause with no number and makes its 127 (a false warning 113 of 127 before the fix);
- r1950 (武昌区卫健局 2025): three kinds making 423 of 430, a warning allowed by its label;
- the other sums of the slice hold, and copies one off are found."""

from __future__ import annotations

from realcorpus import changed, corpus, findings

R1952_SUM = ("error", "文中合计不成立：2件+2条+1条+51条+2条+10条+1条+2条+50条+28条 = 149，但写明的合计为 121 条，各分项之和多出 28 条")
R1952_LIST = "含规范性文件2件、其他有关文件2条、工作计划1条、政务动态51条、人事任免2条、财政预决算10条、三公经费1条、执法依据2条、执法动态50条"


def test_r1952_kinds_after_han_over_their_total_are_found(tmp_path):
    assert findings(corpus("r1952"), "RL701") == [R1952_SUM]
    # the same list in one unit: an error as ever
    assert findings(changed(tmp_path, "r1952", "规范性文件2件", "规范性文件2条"), "RL701") == [
        ("error", "文中合计不成立：2+2+1+51+2+10+1+2+50+28 = 149，但写明的合计为 121 条，各分项之和多出 28 条")]
    # a total they make up: nothing
    assert findings(changed(tmp_path, "r1952", "公开发布信息121条", "公开发布信息149条"), "RL701") == []
    # short of the total: 含 names what the count includes, not all of it — an open list, nothing
    assert findings(changed(tmp_path, "r1952", "公开发布信息121条", "公开发布信息160条"), "RL701") == []


def test_kindred_parts_over_a_total_only_with_them_stay_a_warning(tmp_path):
    # the parts in 条 alone (147) do not pass a total of 147: the 2件 may be counted otherwise, a warning
    path = changed(tmp_path, "r1952", "公开发布信息121条", "公开发布信息147条")
    assert findings(path, "RL701") == [
        ("warning", "文中合计不成立：2件+2条+1条+51条+2条+10条+1条+2条+50条+28条 = 149，但写明的合计为 147 条，各分项之和多出 2 条")]
    # one over in 条 alone: an error
    path = changed(tmp_path, "r1952", "公开发布信息121条", "公开发布信息146条")
    assert findings(path, "RL701") == [
        ("error", "文中合计不成立：2件+2条+1条+51条+2条+10条+1条+2条+50条+28条 = 149，但写明的合计为 146 条，各分项之和多出 3 条")]


def test_han_without_a_list_joined_by_dunhao_opens_none(tmp_path):
    # the kinds joined by commas: 含 names the first only, the clauses after are facts of their own
    assert findings(changed(tmp_path, "r1952", R1952_LIST, R1952_LIST.replace("、", ",")), "RL701") == []
    assert findings(corpus("r1195"), "RL701") == []
    assert findings(corpus("r1248"), "RL701") == []
    # 包含 stays a marker wherever it stands
    assert findings(changed(tmp_path, "r1952", "121条,含", "121条,包含"), "RL701") == [R1952_SUM]


def test_r1950_a_short_list_of_three_kinds_is_a_warning(tmp_path):
    assert findings(corpus("r1950"), "RL701") == [
        ("warning", "文中各分项之和与合计不符：9+396+18 = 423，写明的合计为 430 条，少 7 条")]
    assert findings(changed(tmp_path, "r1950", "版块396条", "版块403条"), "RL701") == []
    assert findings(changed(tmp_path, "r1950", "版块396条", "版块404条"), "RL701") == [
        ("error", "文中合计不成立：9+404+18 = 431，但写明的合计为 430 条，各分项之和多出 1 条")]


def test_the_slices_other_sums_hold_and_copies_one_off_are_found(tmp_path):
    for prefix in ("r1951", "r1953", "r1954", "r1955", "r1956", "r1957", "r1958"):
        assert findings(corpus(prefix), "RL701") == [], prefix
    assert findings(changed(tmp_path, "r1951", "公安业务类信息13条", "公安业务类信息14条"), "RL701") == [
        ("error", "文中合计不成立：6+2+4+6+18+55+3+14 = 108，但写明的合计为 107 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1953", "政务动态信息2143条", "政务动态信息2144条"), "RL701") == [
        ("error", "文中合计不成立：10+2144+1372 = 3526，但写明的合计为 3525 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1954", "公开948条", "公开949条"), "RL701") == [
        ("error", "文中合计不成立：1193+1032+949 = 3174，但写明的合计为 3173 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1955", "政务信息432条", "政务信息433条"), "RL701") == [
        ("error", "文中合计不成立：1355+748+433 = 2536，但写明的合计为 2535 条，各分项之和多出 1 条")]
    assert findings(changed(tmp_path, "r1956", "其它类1件", "其它类2件"), "RL701") == [
        ("error", "文中合计不成立：3+1+2 = 6，但写明的合计为 5 件，各分项之和多出 1 件")]


R1961_SUM = ("error", "文中合计不成立：1+2+2+38+2+34+1 = 80，但写明的合计为 79 件，各分项之和多出 1 件")


def test_r1961_a_dunhao_inside_a_quoted_name_joins_no_parts(tmp_path):
    assert findings(corpus("r1961"), "RL701") == [R1961_SUM]
    # the same list without the quoted 、 was found on main: the quotes made the commas look mixed with 、, so the six
    # parts that make 79 were taken as the whole list and the seventh as a later fact
    assert findings(changed(tmp_path, "r1961", "“双随机、一公开”监管", "双随机监管"), "RL701") == [R1961_SUM]
    assert findings(changed(tmp_path, "r1961", "政务信息公开年报1件", "政务信息公开年报0件"), "RL701") == []
    # a 、 outside quotes still counts as a joint: joined two ways, the six parts that make 79 are the list, as on main
    assert findings(changed(tmp_path, "r1961", "监管2件,财政", "监管2件、财政"), "RL701") == []


def test_r1959_a_list_going_on_after_a_lead_without_a_number(tmp_path):
    assert findings(corpus("r1959"), "RL701") == []
    # what follows the lead one off either way: the list no longer adds up, a warning as before the fix
    for count in ("6", "8"):
        assert findings(changed(tmp_path, "r1959", "涉企行政检查7条", f"涉企行政检查{count}条"), "RL701") == [
            ("warning", "文中各分项之和与合计不符：89+2+5+17 = 113，写明的合计为 127 条，少 14 条")], count
    assert findings(corpus("r1960"), "RL701") == []
    assert findings(changed(tmp_path, "r1960", "推送489条", "推送490条"), "RL701") == [
        ("error", "文中合计不成立：233+490 = 723，但写明的合计为 722 条，各分项之和多出 1 条")]
