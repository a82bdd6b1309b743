#!/usr/bin/env python3
"""Writes expected.json from audit.py --json plus the description of the sheets (adapted from guangzhou-guoziwei)."""
import json, subprocess, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
a = json.loads(subprocess.run([sys.executable, os.path.join(HERE, 'audit.py'), '--json'], capture_output=True, text=True, check=True).stdout)
sheets = [
 ("表1 收支总体情况表", "T1", "收支总体情况表", "收入 left (一、预算拨款 196,691.56, 二、财政专户拨款, 三、事业收入 62,916.07, 四、事业单位经营收入, 五、其他收入 7,097.92, 六、上级补助收入, 七、附属单位上缴收入; 本年收入合计, 上年结转结余, 收入总计), 支出 right by 功能分类 类 written as 一、一般公共服务支出 … 二十八、转移性支出 (names only, no codes; all 类 listed, zeros 0.00), = 表3 by 类 (all funds); two pages; two note lines under it"),
 ("表2 收入总体情况表", "T2", "收入总体情况表", "rows are 单位 (合计 + 19 单位: 广州市民政局 and 18 下属单位), not 功能分类; columns 合计 | 财政拨款收入 (一般公共预算, 政府性基金预算, 国有资本经营预算) | 财政专户拨款收入 (教育收费, 其他专户收入拨款) | 其他资金收入 (事业收入, 事业单位经营收入, 其他收入) | 上级补助收入 | 附属单位上缴收入 | 上年结转结余; 政府性基金 in 12 单位, 事业收入 in 5 (东升医院, 老人院, 精神病院, 社会福利院, 殡葬服务中心), 其他收入 in 10; 合计 row = Σ单位 only to 0.03 (B, C: rounding of 19 figures)"),
 ("表3 本年支出总体情况表", "T3", "本年支出总体情况表", "one code column (208 / 20805 / 2080501) + name (indented with U+3000 by level); 合计 | 基本支出 | 项目支出 | 事业单位经营支出 | 对附属单位补助支出 | 上缴上级支出; ALL funds: 表3 ≥ 表5 + 表9 by code, the excess (28 coded rows) being 其他资金 (事业收入, 其他收入)"),
 ("表4 财政拨款收支总体情况表", "T4", "财政拨款收支总体情况表", "收入 一、一般公共预算 173,157.50 / 二、政府性基金预算 23,534.06 / 三、国有资本经营预算 0.00; 支出 by 类 in ONE 预算 column (no 一般/基金/国资 split), so 表4 类 = 表5 + 表9 (二十三、其他支出 229 = 表9 23,534.06); 表4 ≠ 表1 by 类 (表1 adds 其他资金: 206, 208, 210, 221, 229 differ)"),
 ("表5 一般公共预算支出情况表（按功能分类科目）", "T5", "一般公共预算支出情况表（按功能分类科目）", "code and name in one cell: [208]社会保障和就业支出, 款/项 indented with one/two U+3000; 小计 | 其中：基本支出 | 项目支出"),
 ("表6 一般公共预算基本支出情况表（按经济分类科目）", "T6", "一般公共预算基本支出情况表（按经济分类科目）", "one amount column 预算; [301]… 类 and indented [30101]… 款, classes 301/302/303/310/399; no 人员经费/公用经费 columns"),
 ("表7 一般公共预算项目支出情况表（按经济分类科目）", "T7", "一般公共预算项目支出情况表（按经济分类科目）", "一般公共预算 only; rows are 经济分类 类/款, one amount column 预算 — not a list of projects (the projects are in 表12)"),
 ("表8 财政拨款安排的行政经费及“三公”经费预算表", "T10", "财政拨款安排的行政经费及“三公”经费预算表", "also holds 行政经费 (= 机关运行经费, 5,077.89) above the 三公 rows; rows 三公 / 其中：（一）因公出国（境） / （二）公务用车购置及运行维护 / 1.购置费 / 2.运行维护费 / （三）公务接待 (order: 车 before 接待; 其中 rows indented 2/5/8 U+3000); columns 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算; this year only, no 上年 columns; the 政府性基金预算 column has data (行政经费 315.60, 公务用车运行维护费 13.90, 公务接待 4.00)"),
 ("表9 政府性基金预算支出情况表", "T8", "政府性基金预算支出情况表", "with data: 229 其他支出 23,534.06 (22908 彩票发行销售机构业务费 / 2290804, 22960 彩票公益金 / 2296002, 2296006), all 项目支出; code column + name (names not indented); 小计 | 其中：基本支出 | 项目支出; note 注：无。"),
 ("表10 国有资本经营预算支出情况表", "T9", "国有资本经营预算支出情况表", "empty: only the 合计 row with 0.00, note 注：本表本年无发生额。"),
 ("表11 部门预算基本支出预算表", "other:基本支出预算表(按单位,经济分类类,全部资金)", "部门预算基本支出预算表", "rows: 合计, each 单位 (unindented; 18 of the 19: 广州市福利彩票发行中心 has no 基本支出) and under it its 经济分类 类 by name (工资福利支出 … 其他支出, one U+3000); columns 总计 | 财政拨款 (合计, 一般公共预算, 政府性基金预算, 国有资本经营预算) | 财政专户拨款 | 其他资金 (11,065.15); the first 单位 is written 广州市民政局（本级）, without （本级） in 表2/表12; 4 pages"),
 ("表12 部门预算项目支出及其他支出预算表", "other:项目支出预算表(按单位,按项目,全部资金,含绩效目标)", "部门预算项目支出及其他支出预算表", "T7-like project list for all funds: rows 合计, each of the 19 单位 (unindented) and its projects (two U+3000), 250 projects; same columns as 表11 plus a text column 绩效目标; 44 pages in the PDF (a repeated header line on each of the 43 continuation pages, removed); 45 projects with 政府性基金, 84 with 其他资金, 29 mixing funds"),
]
exp = {
 "region": "广州市", "province": "广东", "kind": "预算", "year": 2026,
 "department": "广州市民政局",
 "source": {"repo": "calinchow-del/renwu", "path": "预算数据/005_广州/民政局_2026年部门预算.pdf",
            "commit": "8af6eb4b18439a2eadf2e7dc81f5eb15b3ae2383"},
 "unit": "万元",
 "sheets": [{"sheet": s, "table": t, "title": ti, "unit": "万元", "notes": n} for s, t, ti, n in sheets],
 **a,
}
json.dump(exp, open(os.path.join(HERE, 'expected.json'), 'w'), ensure_ascii=False, indent=1)
print(len(a['holds']), len(a['inconsistencies']), len(a['narrative']))
