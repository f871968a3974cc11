#!/usr/bin/env python3
"""Writes across-generations/<year>.txt: one unit's projects filed every year from 2019 to 2026, on the 2019 form
(上海市财政支出项目绩效目标申报表) until 2024 and on the 2025+ form (财政项目支出绩效目标申报表) from 2025, as OCR text
exports. The filings are consistent (each year's 上年预算额 is the year before's 当年预算, execution above the declared
预算执行率, targets kept or raised), so an audit across the change has nothing to report but information.

Project A (社区老年人助餐服务补贴) is filed by the centre itself in every year; project B (社区养老服务设施运营补贴) by
the 民政局 as 申报单位 until 2024, and from 2025 with the 民政局 as 主管部门 and the centre as 实施单位."""
import os

OUT = os.path.join(os.path.dirname(__file__), 'across-generations')
CENTRE = '上海市静安区养老服务指导中心'
BUREAU = '上海市静安区民政局'
PROJECTS = [
    # name, filer until 2024, base budget (yuan), indicators: (level1 2019, level2 2019, level1 2025, level2 2025, name, target by year)
    ('社区老年人助餐服务补贴', CENTRE, 4_200_000, [
        ('产出目标', '数量目标', '产出指标', '数量指标', '助餐服务人次', lambda y: '≥%d人次' % (150000 + 10000 * (y - 2019))),
        ('产出目标', '质量目标', '产出指标', '质量指标', '食品安全抽检合格率', lambda y: '=100%'),
        ('影响力目标', '满意度目标', '满意度指标', '服务对象满意度指标', '老年人满意度', lambda y: '≥90%'),
    ]),
    ('社区养老服务设施运营补贴', BUREAU, 9_600_000, [
        ('产出目标', '数量目标', '产出指标', '数量指标', '补贴设施数量', lambda y: '=%d家' % (24 + (y - 2019))),
        ('效果目标', '社会效益目标', '效益指标', '社会效益指标', '就近养老需求满足程度', lambda y: '提高'),
        ('影响力目标', '满意度目标', '满意度指标', '服务对象满意度指标', '服务对象满意度', lambda y: '≥90%'),
    ]),
]


def budget(base, year):
    return base + 200_000 * (year - 2019)


def old_form(year, name, filer, base, inds):
    cur, prior = budget(base, year), budget(base, year - 1)
    executed = prior * 97 // 100
    rows = ['上海市财政支出项目绩效目标申报表', '（%d年）' % year, '申报单位名称：' + filer,
            '项目名称\t' + name,
            '项目类型\t市委市政府已确定的新增项目□ 结转项目□ 其他一次性项目□ 经常性专项业务费☑ 其他经常性项目□',
            '资金用途\t基本建设工程类□ 信息化建设类□ 政策补贴类☑ 政府购买服务□ 资产购置类□ 其他事业专业类□',
            '项目负责人\t张伟\t联系人\t刘洋\t联系电话\t62581234',
            '开始时间\t%d/1/1\t结束时间\t%d/12/31' % (year, year),
            '项目概况\t对街道社区养老服务给予运营补贴。',
            '项目总预算（元）\t%d\t项目当年预算（元）\t%d' % (cur, cur),
            '同名项目上年预算额（元）\t%d\t同名项目上年预算执行数（元）\t%d' % (prior, executed),
            '项目当年投入资金构成\t子项目名称\t预算金额（元）',
            '\t运营补贴\t%d' % (cur - 200_000), '\t绩效评估\t200000',
            '年度绩效目标\t保障社区养老服务稳定运行。',
            '分解目标\t一级指标\t二级指标\t三级指标\t指标目标值',
            '\t投入和管理目标\t资金投入管理\t预算执行率\t≥95%']
    for l1, l2, _, _, ind, target in inds:
        rows.append('\t'.join(['', l1, l2, ind, target(year)]))
    return rows


def new_form(year, name, base, inds):
    cur = budget(base, year)
    rows = ['财政项目支出绩效目标申报表', '（%d年度）' % year,
            '项目名称\t%s\t项目性质\t经常性项目' % name,
            '项目类别\t特定目标类\t主管部门\t' + BUREAU,
            '实施单位\t' + CENTRE,
            '计划开始日期\t%d-01-01\t计划完成日期\t%d-12-31' % (year, year),
            '项目资金（元）\t项目资金总额\t{:,}.00'.format(cur),
            '\t年度资金申请总额\t{:,}.00'.format(cur),
            '\t其中：财政资金\t{:,}.00'.format(cur),
            '\t其中：当年财政拨款\t{:,}.00'.format(cur),
            '年度绩效目标\t保障社区养老服务稳定运行。',
            '一级指标\t二级指标\t三级指标\t年度指标值',
            '成本指标\t经济成本指标\t人均补贴标准\t≤{:.2f}(元)'.format(base / 100000)]
    for _, _, l1, l2, ind, target in inds:
        rows.append('\t'.join([l1, l2, ind, target(year)]))
    return rows


os.makedirs(OUT, exist_ok=True)
for year in range(2019, 2027):
    lines = []
    for name, filer, base, inds in PROJECTS:
        lines += old_form(year, name, filer, base, inds) if year < 2025 else new_form(year, name, base, inds)
    with open(os.path.join(OUT, '%d.txt' % year), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
