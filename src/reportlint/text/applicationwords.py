"""The words prose reading knows the applications by: their outcomes, the words of closing and of carrying over, the
subsets and the other subjects a count may be of, the carry-in named beside them, what a part handled names, and the
words that tell a count's role.  One leaf module for the lists that ``summarkers`` (where a breakdown opens),
``sumbreakdowns`` (a list broken down twice) and ``applicationroles`` (what a count of applications is) share or build
on: ``applicationroles`` reads ``summarkers``' marks, so ``summarkers`` could not take a word from it without a cycle.
Lists that differ on purpose (the carry-in named after outcomes, or named by a part handled) stay two lists here, each
named by its reading."""

from __future__ import annotations

# What was done with the applications handled (the form's 三、本年度办理结果).
OUTCOMES = ("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理")
# The words that say a count is of the applications closed (共办结, 已答复…; 答覆: Traditional, 覆 stays 覆): one vocabulary for
# text/sumtrailing (a closed count is no trailing sum) and checks/prose/balance (a term of RL707's balance), each adding the
# forms of 完成 its reading can bear.
CLOSED = ("办结", "答复", "答覆", "办理完毕", "处理完毕")
# Words naming a subset of the applications (a channel, a kind of applicant): their outcomes are not of all handled.
# 来信 alone is a petition's letter (OTHER_SUBJECTS); 来信申请 an application by letter (r2285).
SUBSETS = ("网上", "网络", "在线", "线上", "线下", "信函", "邮寄", "书面", "当面", "现场", "传真", "邮件", "自然人", "法人",
           "企业", "科研", "法律服务", "组织", "来信申请", "来函申请")
# What else a count in 件 may be of beside the applications (consultations, petitions, appeals…): RL707's terms and the
# count of what was handled are of applications only.
OTHER_SUBJECTS = ("咨询", "信访", "留言", "建议", "提案", "热线", "来电", "来信", "投诉", "举报", "复议", "诉讼", "人次")
# What is carried over to the next year (转接下年度办理45件): never a part, nor a count, of what was answered.
CARRIED = ("结转", "下年", "下一年", "次年", "转至")
# A clause naming one of these is no whole the outcomes (or 属于 clauses) after it break down (summarkers' markers): an
# outcome (予以主动公开 too: ``依申请予以主动公开的4件,本机关不掌握…15件``, 宝山区建管委 r2344), a carry-over, a subset, a
# withdrawal or another subject.
NOT_A_WHOLE = (*OUTCOMES, *CARRIED, *SUBSETS, "同意公开", "予以主动公开", "撤销", "撤回", "其他", "咨询", "信访", "留言", "建议",
               "提案", "热线")
# Before 属于 the subsets are a whole: 属于 after a count says its parts are what follows (``已答复网上申请119件,属于同意公开的
# 60件,…``), whichever applications it counts — only an outcome, carry-over, withdrawal or other subject is their sibling.
NOT_A_WHOLE_OF_SHU_YU = tuple(w for w in NOT_A_WHOLE if w not in SUBSETS)
# Last year's carry-in named after the outcomes (``新收申请17件,予以公开15件,…,加上年结转3件,共办结20件``): the outcomes may
# be of all handled, the carry-in too, not of that count alone.
CARRIED_IN = ("上年结转", "上年度结转", "上一年度结转", "去年结转", "上年未办结", "上年度未办结", "上年遗留")
# Replied (回复; 回覆 in Traditional), as 答复: the applications handled, in a lead before their outcomes (summarkers) or a
# clause saying a count was all answered (sumtotals: 申请3件,已在规定期限内回复).
REPLIED = ("回复", "回覆")
# Examined (经审核, 经审查): in a lead before the outcomes, the applications handled as 办理 says (``撤销申请0件。经审核,予以公开
# 2件,…``, r2206's copies) — the outcomes are what the examination decided.
EXAMINED = ("审核", "审查")
# Words naming a year before the report's (上年度, 去年, 前年…): a part or a lead naming one counts that year, not this one —
# no outcome of this year's count (text/sumextent), no list of this year's kinds (text/sumitems).
LAST_YEARS = ("上年", "上一年", "去年", "前年", "往年")
# A part naming last year's carry-in (sumbreakdowns): what was handled holds more than this year's applications.
CARRIED_IN_HANDLED = ("上年结转", "上年度结转", "上一年度结转", "上一年结转", "去年结转", "往年结转")
# What a part handled names (an outcome, closed, carried, withdrawn…) or a reason of the form's outcomes (重复申请 is
# 不予处理's, 本机关不掌握 无法提供's…): a part naming one is an outcome itself, no share of the applications by kind.  公开
# too (同意公开, 依申请公开14件: disclosed in other words) — once the names of the applications are taken out of the label
# (sumbreakdowns' ``_APPLICATION_NAMES``: 涉企政府信息公开申请5件 is a share).
HANDLING = (*OUTCOMES, *CLOSED, *CARRIED, "公开", "同意", "告知", "提供", "不予", "撤回", "撤销", "终止", "中止", "放弃",
            "补正", "办理", "处理", "转办", "重复", "不掌握", "现成", "秘密", "内部", "过程", "执法", "查询", "信访", "出版物",
            "确认", "不明确")
# The words of applicationroles.
# the words that name what a count is, found with ``in`` (as patterns, each a BMP table built for its first characters)
# not a bare 完成 (text/sumtrailing's, read in a total's few words): every clause of a paragraph is read here, and 完成 alone
# names other work done (完成整改, 完成率); only its forms joined to handling say closed
CLOSED_WORDS = (*CLOSED, "办理完成", "处理完成", "完成办理")
NOT_CLOSED_WORDS = ("未办结", "未答复", "尚未", "逾期", "超期")
# 新增: "2024年全区新增政府信息依申请公开123件" (a count of applications only where its sentence names 申请, as the balance
# requires of a count received)
NEW_WORDS = ("收到", "受理", "接收", "新收", "提交", "新增")
TOTAL_WORDS = ("处理", "办理")
