"""RL611 on a year in Chinese numerals and on counts before their verb (branch cnyear), and the one sentence splitter of
normalised text (``text/sentences.py``) that RL611 and the carried figures' reader share."""

from __future__ import annotations

from realcorpus import corpus
from reportlint.text.normalize import normalize
from reportlint.text.sentences import sentences


def test_sentences_split_a_real_paragraph_at_full_stops_and_semicolons():
    # r1246 (上海市生态环境局 2020), line 13: its clauses joined by semicolons, each a sentence of its own
    line = normalize(corpus("r1246").read_text(encoding="utf-8").split("\n")[12])
    said = [line[start:stop] for start, stop in sentences(line)]
    assert said[:5] == ["2020年我局积极做好主动公开政府信息工作,公开新制定规范性文件9件,并全部开展政策解读",
                        "规范性文件栏目共公开文件46件,其中失效4件,废止2件", "我局无制作规章的职责权限",
                        "2020年我局行政许可事项13项,比2019年减少3项,行政许可处理决定数量7556件",
                        "其他对外管理服务事项40项,比2019年增加8项,其他对外管理服务事项处理决定数量496件"]
    assert [line[stop] for _, stop in list(sentences(line))[:5]] == [";", "。", "。", ";", "。"]


def test_sentences_keep_an_empty_one_between_two_stops_and_none_after_the_last():
    assert list(sentences("公开5条。。办结2件;")) == [(0, 4), (5, 5), (6, 10)]
    assert list(sentences("公开5条!办结2件")) == [(0, 4), (5, 9)]
    assert list(sentences("")) == []
