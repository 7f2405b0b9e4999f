"""Audit of the twelfth round's other readings (branch audit20): RL611 on section 一's opening sentence (bw), the asides
of tables (phonerow) and the agency of untitled pages (pairing), tried on copies of real texts with wordings the corpus
lacks.  Three general false readings closed, each shown on a real text and on copies that must still be found:

- RL611 read section 一's uncounted opening sentence as last year's account whenever it named 公开: an honour or a rank
  remembered first (``2022年,于洪区教育局被评为全区政务公开先进单位``, ``…在全区考核中位列第一``) and a document's name
  (``印发《2022年政务公开工作要点》``) were false warnings;
- a Markdown line right under a table (no pipe: the signature, the date) was read by GFM as one more row of it — the
  report's date under its last table went unread (RL607 instead of RL603 on a late one, RL209 on the name);
- an untitled page's signature was taken from a labelled line (``来源:淮安市洪泽区人民政府``: the publishing site's body)
  and from the last line of a joint signature (two bodies' names over one date), each pairing the page with another
  body's year."""

from __future__ import annotations

from pathlib import Path

from realcorpus import changed, corpus, edit, findings
from reportlint.model.document import Table
from reportlint.readers import read
from test_crossyear_untitled import CARRIED_2024, HONGZE_2023, HONGZE_2024, agency, crossdoc, sign, untitled_hongze

R1920_OPENING = "2022年,于洪区教育局认真贯彻落实《条例》关于政务公开工作要点要求"
R1920_SENTENCE = ("2022年,于洪区教育局认真贯彻落实《条例》关于政务公开工作要点要求,进一步加大信息公开力度,深化信息公开内容,"
                  "强化信息公开纪律,创新信息公开方式,不断提升政府信息公开常态化、规范化、制度化工作水平")


def _year(clause: str) -> tuple[str, str]:
    return ("warning", f"正文“{clause}”所述年度 2022 年与报告年度 2023 年不符")


def test_an_opening_rating_last_years_work_is_history(tmp_path):
    # r1920 (于洪区教育局 2023) opens 一 on last year's account: found; the same place remembering an honour is not
    assert findings(corpus("r1920"), "RL611") == [_year(R1920_OPENING)]
    for honour in ("2022年,于洪区教育局被评为全区政务公开先进单位",
                   "2022年度,于洪区教育局荣获全市政务公开工作先进集体",
                   "2022年,于洪区教育局政务公开工作在全区考核中位列第一",
                   "2022年,在全市政务公开第三方评估中,于洪区教育局排名第二",
                   "2022年,于洪区教育局政务公开工作得到上级充分肯定"):
        assert findings(changed(tmp_path, "r1920", R1920_SENTENCE, honour), "RL611") == []
    # an honour told beside counted work is still last year's account
    counted = "2022年,于洪区教育局被评为全区政务公开先进单位,全年公开信息120条"
    assert findings(changed(tmp_path, "r1920", R1920_SENTENCE, counted), "RL611") == [
        _year("2022年,于洪区教育局被评为全区政务公开先进单位")]


def test_disclosure_named_only_in_a_documents_title_is_no_account(tmp_path):
    titled = "2022年,于洪区教育局印发《于洪区教育局2022年政务公开工作要点》"
    assert findings(changed(tmp_path, "r1920", R1920_SENTENCE, titled), "RL611") == []
    # disclosure named outside the title too: the account of the year, found
    told = "2022年,于洪区教育局印发《工作要点》,进一步加大信息公开力度"
    assert findings(changed(tmp_path, "r1920", R1920_SENTENCE, told), "RL611") == [
        _year("2022年,于洪区教育局印发《工作要点》")]


def _r84_signed(tmp_path: Path, name: str, tail: str) -> Path:
    """r84 (上海市科委 2024, Markdown) cut after its last table (四's), ``tail`` written right under it."""
    text = corpus("r84").read_text(encoding="utf-8")
    folder = tmp_path / name
    folder.mkdir()
    out = folder / corpus("r84").name
    out.write_text(text[:text.index("\n\n（一）主要问题")] + "\n" + tail, encoding="utf-8")
    return out


LATE_R84 = ("error", "报告日期 2025-03-20 晚于法定期限 2025-01-31（部门报告应于 1 月 31 日前公布，《条例》第四十九条）")


def test_a_markdown_signature_right_under_the_last_table_is_read(tmp_path):
    late = _r84_signed(tmp_path, "late", "上海市科学技术委员会\n2025年3月20日\n")
    assert findings(late, "RL603") == [LATE_R84]
    assert findings(late, "RL607") == [] and findings(late, "RL209") == []
    assert findings(_r84_signed(tmp_path, "alone", "2025年3月20日\n"), "RL603") == [LATE_R84]
    on_time = _r84_signed(tmp_path, "on-time", "上海市科学技术委员会\n2025年1月20日\n")
    assert findings(on_time, "RL603") == [] and findings(on_time, "RL607") == []
    # the table keeps its own rows; the two lines under it are paragraphs after it
    real, signed = read(corpus("r84")).blocks, read(late).blocks
    last = max(i for i, b in enumerate(signed) if isinstance(b, Table))
    assert signed[last].n_rows == [b for b in real if isinstance(b, Table)][-1].n_rows == 3
    assert [b.text for b in signed[last + 1:]] == ["上海市科学技术委员会", "2025年3月20日"]


def test_a_labelled_line_above_the_date_is_no_signature(tmp_path):
    folder = untitled_hongze(tmp_path)
    sign(folder / HONGZE_2023, "淮安市洪泽区人民政府", "2024年1月20日")
    sign(folder / HONGZE_2024, "来源:淮安市洪泽区人民政府", "2025年1月20日")  # the site publishing it
    edit(folder / HONGZE_2024, CARRIED_2024, "二、上年结转政府信息公开申请数量 |  |  | 3 |")
    assert agency(folder / HONGZE_2024) is None
    assert crossdoc(folder) == []


def test_a_joint_signature_names_no_one_body(tmp_path):
    folder = untitled_hongze(tmp_path)
    sign(folder / HONGZE_2023, "淮安市洪泽区人民政府", "2024年1月20日")
    sign(folder / HONGZE_2024, "淮安市洪泽区数据局\n淮安市洪泽区人民政府", "2025年1月20日")
    edit(folder / HONGZE_2024, CARRIED_2024, "二、上年结转政府信息公开申请数量 |  |  | 3 |")
    assert agency(folder / HONGZE_2024) is None
    assert crossdoc(folder) == []
    # one body's signature under the report's last sentence still pairs
    edit(folder / HONGZE_2024, "淮安市洪泽区数据局\n", "")
    assert agency(folder / HONGZE_2024) == "淮安市洪泽区人民政府"
    assert crossdoc(folder) == [("RL901", "2024-", "0", "3")]
