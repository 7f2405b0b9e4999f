"""The commented starting packs ``reportlint pack new`` writes (Chinese and English).

Each passes ``pack check`` and ``pack test`` as written (tests/test_cli_pack_new.py); ``{name}``,
``{file}`` and ``{schema}`` are filled in, ``{{``/``}}`` are literal braces.
"""

SCHEMA_FILE = "pack.schema.json"  # the schema beside the pack: a path that works on every checkout

TEMPLATE_ZH = """\
# 编辑器补全与校验（YAML Language Server）：在本文件所在目录运行一次
#   reportlint pack schema > {schema}
# yaml-language-server: $schema={schema}
# 规则包 {name}：由 `reportlint pack new` 生成的起点，改成你的报告格式即可。
# 每个键的说明见 docs/packs.md；校验：reportlint pack check {file}；运行示例：reportlint pack test {file}
pack: {name}
name: {name}（请改为规则包的名称）
language: zh                       # 引擎自身消息的语言：zh 或 en

# 自动选用的条件（也可用 --pack {file} 指定）：标题（去掉空白后）匹配的正则，报告年度范围
applies:
  title: 年度报告
  years: {{min: 2020}}

# 文档的编号章节，按格式规定的顺序；title 带编号，缺少 required 的章节报 RL201
sections:
  order: strict
  items:
    - id: overview
      title: 一、总体情况
    - id: data
      title: 二、主要数据
    - id: other
      title: 三、其他事项
      required: false

# 表格：按所在章节和行列标签找到；行列的键在勾稽关系中使用，标签路径用 / 分隔多级表头
tables:
  - id: data
    title: 主要数据表
    section: data
    header_has: [本年数]
    columns:
      current: 本年数
      previous: 上年数
    rows:
      a: 项目甲
      b: 项目乙
      total: {{label: 合计, name: 合计}}
    cells: {{type: count}}        # count 非负整数；signed 可为负；amount 金额；text 不检查

# 勾稽关系：对表的每一列（for_each: column）或每一行（for_each: row）成立
identities:
  - id: data.total
    table: data
    assert: a + b == total
    title: 合计
    help: 合计应等于各项之和

dates:
  report_date: true                # 标题下方的报告日期应在报告年度的次年（publish_year_offset）
  deadline_department: '01-31'

# 示例：文档片段及其应得的全部诊断；reportlint pack test {file} 运行
examples:
  - name: 合计正确
    document: |
      # 示例单位2024年年度报告

      2025年1月20日

      ## 一、总体情况

      本年工作总体平稳。

      ## 二、主要数据

      | 项目 | 本年数 | 上年数 |
      | --- | --- | --- |
      | 项目甲 | 3 | 2 |
      | 项目乙 | 4 | 1 |
      | 合计 | 7 | 3 |
  - name: 合计有误
    document: |
      # 示例单位2024年年度报告

      2025年1月20日

      ## 一、总体情况

      本年工作总体平稳。

      ## 二、主要数据

      | 项目 | 本年数 | 上年数 |
      | --- | --- | --- |
      | 项目甲 | 3 | 2 |
      | 项目乙 | 4 | 1 |
      | 合计 | 8 | 3 |
    expect:
      - {{code: RL401, rule: data.total, severity: error, line: 15}}
"""

TEMPLATE_EN = """\
# Editor completion and validation (YAML Language Server): in this file's folder run once
#   reportlint pack schema > {schema}
# yaml-language-server: $schema={schema}
# Rule pack {name}: a starting point written by `reportlint pack new`; adapt it to your report form.
# Every key is explained in docs/packs.md. Validate: reportlint pack check {file}; run the examples:
# reportlint pack test {file}
pack: {name}
name: {name} (give the pack a name)
language: en                       # language of the engine's own messages: zh or en

# When the pack is chosen automatically (or force it with --pack {file}): a regex on the title with
# whitespace removed, the report year read with report.year_pattern, and a range of years.
applies:
  title: (?i)annualreport
  years: {{min: 2020}}
report:
  year_pattern: (?P<year>(?:19|20)\\d{{2}})

# The numbered sections in the form's order; a missing required section is RL201.
sections:
  order: strict
  numbering: ^(?P<number>\\d{{1,2}})[.)]     # "1. Overview"
  items:
    - id: overview
      title: 1. Overview
    - id: figures
      title: 2. Key figures
    - id: other
      title: 3. Other matters
      required: false

# Tables: found by their section and labels; row and column keys are used by identities.
tables:
  - id: figures
    title: key figures
    section: figures
    header_has: [This year]
    columns:
      current: This year
      previous: Last year
    rows:
      a: Item A
      b: Item B
      total: {{label: Total, name: total}}
    cells: {{type: count}}        # count, signed, amount or text

# Identities hold in every column (for_each: column) or every row (for_each: row).
identities:
  - id: figures.total
    table: figures
    assert: a + b == total
    title: Total
    help: The total is the sum of the items.

dates:
  report_date: true                # the date under the title is in report year + publish_year_offset
  publish_year_offset: 1
  deadline: false
  house_style: false

# Examples: a document snippet and every diagnostic it must produce; run by reportlint pack test.
examples:
  - name: totals add up
    document: |
      # Example Body Annual Report 2024

      2025-01-20

      ## 1. Overview

      A quiet year.

      ## 2. Key figures

      | Item | This year | Last year |
      | --- | --- | --- |
      | Item A | 3 | 2 |
      | Item B | 4 | 1 |
      | Total | 7 | 3 |
  - name: a wrong total
    document: |
      # Example Body Annual Report 2024

      2025-01-20

      ## 1. Overview

      A quiet year.

      ## 2. Key figures

      | Item | This year | Last year |
      | --- | --- | --- |
      | Item A | 3 | 2 |
      | Item B | 4 | 1 |
      | Total | 8 | 3 |
    expect:
      - {{code: RL401, rule: figures.total, severity: error, line: 15}}
"""
