package perfdecl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import perfdecl.model.AuditFinding;
import perfdecl.model.AuditReport;
import perfdecl.model.Budget;
import perfdecl.model.Declaration;
import perfdecl.model.Indicator;
import perfdecl.model.Source;
import perfdecl.model.Target;

class AcrossFormGenerationsTest {

    private static Indicator ind(String level1, String name, String op, String value, String unit) {
        return new Indicator(level1, null, name, new Target(op + value + unit, op, new BigDecimal(value), unit, null));
    }

    /** A 2026 form of the 2025+ generation: no 实施单位, only the 主管部门 the 2025 form was filed under as unit. */
    private static Declaration sh2025(List<Indicator> indicators) {
        return new Declaration(Declaration.SCHEMA_VERSION, "sh-2025", "b-0",
                new Source("b.txt", null, 0, null, "ocr-text"), "财政项目支出绩效目标申报表", 2026, null,
                "上海市静安区民政局", "社区养老设施运营补贴", null, null, null, null, null, "经常性项目", "特定目标类",
                null, null, new Budget(10_308_000L, 10_308_000L, null, null, null, null, null, null, List.of(), null),
                indicators, List.of(), Map.of());
    }

    @Test
    void aProjectFiledOnBothGenerationsLinksAndItsIndicatorsCompareByNameWithoutErrors() {
        Declaration y2025 = Filing.of("a", 2025, "上海市静安区民政局", "社区养老设施运营补贴",
                new Budget(null, 9_800_000L, null, null, List.of()),
                List.of(ind("投入和管理目标", "预算执行率", "≥", "95", "%"), ind("产出目标", "补贴设施数量", "=", "30", "家")));
        Declaration y2026 = sh2025(List.of(ind("产出指标", "补贴设施数量", "=", "32.00", "家"),
                ind("成本指标", "单家设施运营补贴", "≤", "32.20", "万元")));

        AuditReport report = new Auditor().audit(List.of(y2025, y2026), AuditSettings.DEFAULTS);

        assertThat(report.projects()).hasSize(1);
        List<AuditFinding> cross = report.findings().stream()
                .filter(f -> f.scope().equals(AuditFinding.CROSS_YEAR)).toList();
        assertThat(cross).extracting(AuditFinding::code)
                .contains("INDICATOR_DROPPED", "INDICATOR_ADDED", "TARGET_RAISED");
        assertThat(cross).allMatch(f -> f.severity().equals("info"));
    }
}
