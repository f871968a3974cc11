#!/usr/bin/env python3
"""Builds multi-year-filings.json, the audit test set, from the corpus truth files (2019 forms).

Run from the repository root: python3 src/test/resources/audit/make_multi_year_filings.py PATH/TO/corpus/truth
Every change below is a planted fact the audit tests assert; nothing is random.
"""
import copy, hashlib, json, sys

truth_dir = sys.argv[1]
def load(n):
    d = json.load(open(f"{truth_dir}/form-{n}.json", encoding="utf-8"))
    d.pop("expectedFindings", None); d.pop("render", None)
    d["provenance"] = {}
    return d

def filing(base, year, file, name=None, unit=None, budget=None, items=None, findings=None):
    d = copy.deepcopy(base)
    d["id"] = hashlib.sha256(file.encode()).hexdigest()[:12] + "-0"
    d["source"] = {"file": file, "sha256": hashlib.sha256(file.encode()).hexdigest(), "formIndex": 0,
                   "pages": [1, 4], "inputKind": "pdf"}
    d["year"] = year
    d["period"] = {"start": f"{year}-01-01", "end": f"{year}-12-31", "startRaw": f"{year}-1-1", "endRaw": f"{year}-12-31"}
    if name: d["projectName"] = name
    if unit: d["unit"]["name"] = unit
    if budget:
        d["budget"].update(dict(zip(["total", "currentYear", "priorYearBudget", "priorYearExecuted"], budget)))
    if items is not None:
        d["budget"]["items"] = [{"name": n, "amount": a} for n, a in items]
    d["findings"] = findings or []
    return d

def set_target(d, name, raw, op, value, unit="%"):
    for i in d["indicators"]:
        if i["level3"] == name:
            i["target"] = {"raw": raw, "operator": op, "value": value, "unit": unit, "qualitative": None}
            return
    raise KeyError(name)

def drop(d, name):
    d["indicators"] = [i for i in d["indicators"] if i["level3"] != name]

out = []
# Project A: 12333 hotline, three years, every kind of finding planted.
a = load(1)
out.append(filing(a, 2018, "hrss-12333-2018.pdf", name="12333热线全媒体智能咨询平台项目",
                  budget=[40000000, 40000000, 38000000, 37500000],
                  items=[("咨询员费用", 30000000), ("人员管理费", 4000000), ("税金", 2000000), ("基础语音平台租金", 4000000)]))
a19 = filing(a, 2019, "hrss-12333-2019.pdf",
             budget=[60000000, 60000000, 40000000, 37000000],           # +50 %; executed 92.50 % < ≥98 %
             items=[("咨询员费用", 45000000), ("人员管理费", 4400000), ("税金", 2100000), ("基础语音平台租金", 4000000),
                    ("全媒体智能化叠加功能租费", 4500000)])
set_target(a19, "质量控制合格率", "≥95.00%", "≥", 95.00)                   # lowered from ≥98.00 %
drop(a19, "服务人员流失率")                                                # dropped
a19["indicators"].insert(3, {"level1": "产出目标", "level2": "数量目标", "level3": "平台可用率",
                             "target": {"raw": "≥99.9%", "operator": "≥", "value": 99.9, "unit": "%", "qualitative": None}})
out.append(a19)
a20 = filing(a19, 2020, "hrss-12333-2020.pdf", name=" 12333热线全媒体智能咨询平台 项目经费",
             budget=[62000000, 62000000, 58000000, 57500000],           # prior-year budget 58M ≠ 60M
             items=[("咨询员费用", 46500000), ("人员管理费", 4600000), ("税金", 2200000), ("基础语音平台租金", 4200000),
                    ("全媒体智能化叠加功能租费", 4500000)])
set_target(a20, "综合满意度", "≥98.00%", "≥", 98.00)                       # raised from ≥97.00 %
set_target(a20, "投诉率", "≤0.02%", "≤", 0.02)                             # loosened from ≤0.01 %
out.append(a20)

# Project B: vocational-training teachers; 2020 spent more than 2019's budget and softened > into ≥.
b = load(2)
out.append(filing(b, 2019, "jobs-teachers-2019.pdf"))
b20 = filing(b, 2020, "jobs-teachers-2020.pdf", name="职业培训基础能力建设-师资进修项目",
             budget=[3600000, 3600000, 3511500, 3600000],
             items=[(i["name"], i["amount"]) for i in b["budget"]["items"][:-1]] + [(b["budget"]["items"][-1]["name"], 1318500)])
set_target(b20, "预算执行率", "≥98%", "≥", 98)
out.append(b20)
# Same unit, a different project in 2020: must not be linked to B.
b2 = filing(b, 2020, "jobs-textbooks-2020.pdf", name="职业培训基础能力建设—教材开发",
            budget=[1200000, 1200000, None, None], items=[("教材编写", 800000), ("教材印刷", 400000)])
out.append(b2)

# Project C: skills assessment, three perfectly consistent years.
c = load(4)
out.append(filing(c, 2018, "skills-2018.pdf", budget=[11374400, 11374400, 11000000, 10900000],
                  items=[("考试平台使用费", 3000000), ("考场使用费", 2700000), ("业务委托经费", 5674400)]))
out.append(filing(c, 2019, "skills-2019.pdf", budget=[13035400, 13035400, 11374400, 11300000]))
out.append(filing(c, 2020, "skills-2020.pdf", unit="上海市职业技能鉴定中心 ", budget=[13500000, 13500000, 13035400, 12900000],
                  items=[("考试平台使用费", 3400000), ("考场使用费", 3100000), ("业务委托经费", 7000000)]))

# Project D: the same 2019 form filed twice (half-width brackets in the second), one with a finding of its own.
d = load(5)
out.append(filing(d, 2019, "talent-permits-2019.pdf"))
out.append(filing(d, 2019, "talent-permits-2019-resubmitted.pdf", name="外国人(台港澳)来华工作许可专项",
                  findings=[{"code": "CHOICE_NONE_SELECTED", "severity": "warning", "field": "projectType",
                             "message": "项目类型 has no ticked option", "expected": "one", "actual": "none"}]))

json.dump(out, open("src/test/resources/audit/multi-year-filings.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(out), "filings")
