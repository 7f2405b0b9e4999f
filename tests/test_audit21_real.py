"""Audit of the last merges' readings (branch audit21): 含 opening a list (slice by), RL703's run of shares that close
100% (slice bz), RL611 on a later year and RL707's outcomes in a sentence of their own (the round's leftovers), tried on
copies of real texts with wordings the corpus lacks.  Two general false readings closed, each shown on a real text and on
copies that must still be found:

- RL703 read a share given after 其中 as one more of the run before it (``当面申请10件,占50%;其中予以公开5件,占50%``): a
  part of the part before, its share of that, which made 100 with it by chance — two false warnings against their sum;
- RL611 read a later year's plan written with 要, 准备, 目标, 打算 or 力求 (``2025年,我局要发布…5条``) and the state at a
  date within that year (``2025年,截至1月底,我局收到…申请1件``, a report published then) as counted work."""

from __future__ import annotations

from realcorpus import changed, corpus, edit, findings

R1970_RUN = ("在2021年公开信息中,行政法规、规章和规范性文件信息48条,占18.8%;国民经济和社会发展统计信息信息207条,占80.5%;"
             "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名信息2条,占0.7%。")
R1970_SHARE = ("warning", "文中百分比 18.8% 与其基数不符：48 ÷ 257 × 100% = 18.7%")
R1913_FIRST = "2025年累计发布政策解读信息2条"
R1913_SECOND = "2025年累计发布相关信息12条"
R1913_APPLY = "严格依法处理。"


def test_a_share_after_qizhong_is_of_the_part_before_not_of_the_run(tmp_path):
    assert findings(corpus("r1970"), "RL703") == [R1970_SHARE]
    copy = changed(tmp_path, "r1970", R1970_RUN, R1970_RUN + "当面申请10件,占50%;其中予以公开5件,占50%。")
    assert findings(copy, "RL703") == [R1970_SHARE]
    # without 其中 the two are siblings, a run of their own: 10 of 15 is not 50%
    edit(copy, "占50%;其中予以公开", "占50%;网上申请")
    assert findings(copy, "RL703") == [
        R1970_SHARE,
        ("warning", "文中百分比 50% 与其基数不符：10 ÷ 15 × 100% = 67%"),
        ("warning", "文中百分比 50% 与其基数不符：5 ÷ 15 × 100% = 33%")]


def _r1913_set_right(tmp_path, added: str):
    """r1913 with its two 2025 clauses set to the report's 2024 (silent), ``added`` after its 依申请 paragraph's lead."""
    copy = changed(tmp_path, "r1913", R1913_FIRST, "2024年累计发布政策解读信息2条")
    edit(copy, R1913_SECOND, "2024年累计发布相关信息12条")
    edit(copy, R1913_APPLY, R1913_APPLY + added)
    return copy


def test_a_later_years_plan_or_its_state_at_a_date_is_not_read(tmp_path):
    for added in ("2025年,我局要发布政策解读信息5条。", "2025年,我局准备发布政策解读信息5条。",
                  "2025年,我局目标是发布政策解读信息5条。", "2025年,我局打算发布政策解读信息5条。",
                  "2025年,我局继续做好政策解读,力求发布信息5条。", "2025年,截至1月底,我局收到政府信息公开申请1件。",
                  "2025年,截止2月,我局收到政府信息公开申请1件。"):
        assert findings(_r1913_set_right(tmp_path, added), "RL611") == [], added


def test_a_later_years_counted_work_is_still_found(tmp_path):
    assert findings(_r1913_set_right(tmp_path, "2025年,我局发布政策解读信息5条。"), "RL611") == [
        ("warning", "正文“2025年,我局发布政策解读信息5条”所述年度 2025 年与报告年度 2024 年不符")]
    # 要 inside a word (主要, 重要) is no plan
    assert findings(_r1913_set_right(tmp_path, "2025年,我局共发布主要政策解读信息5条。"), "RL611") == [
        ("warning", "正文“2025年,我局共发布主要政策解读信息5条”所述年度 2025 年与报告年度 2024 年不符")]
    assert findings(_r1913_set_right(tmp_path, "2025年度,我局共收到申请1件。"), "RL611") == [
        ("warning", "正文“2025年度,我局共收到申请1件”所述年度 2025 年与报告年度 2024 年不符")]
