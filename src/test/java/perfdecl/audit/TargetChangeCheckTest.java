package perfdecl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import perfdecl.model.Target;

class TargetChangeCheckTest {

    private static Target t(String operator, String value, String unit) {
        return new Target(operator + value + (unit == null ? "" : unit), operator, new BigDecimal(value), unit, null);
    }

    @Test
    void aLowerFloorIsLoweredAndAHigherFloorRaised() {
        assertThat(TargetChangeCheck.movement(t("≥", "98", "%"), t("≥", "95", "%"))).isEqualTo(-1);
        assertThat(TargetChangeCheck.movement(t("=", "100", "%"), t("≥", "95", "%"))).isEqualTo(-1);
        assertThat(TargetChangeCheck.movement(t("≥", "95", "%"), t(">", "98", "%"))).isEqualTo(1);
    }

    @Test
    void aHigherCeilingIsLoweredAndALowerCeilingRaised() {
        assertThat(TargetChangeCheck.movement(t("≤", "20", "%"), t("≤", "25", "%"))).isEqualTo(-1);
        assertThat(TargetChangeCheck.movement(t("<", "4.97", "元/分钟"), t("<", "4.50", "元/分钟"))).isEqualTo(1);
    }

    @Test
    void anOperatorThatStopsBeingStrictAtTheSameValueIsLowered() {
        assertThat(TargetChangeCheck.movement(t(">", "98", "%"), t("≥", "98", "%"))).isEqualTo(-1);
        assertThat(TargetChangeCheck.movement(t("<", "1", "%"), t("≤", "1", "%"))).isEqualTo(-1);
        assertThat(TargetChangeCheck.movement(t("≥", "98", "%"), t(">", "98", "%"))).isEqualTo(1);
    }

    @Test
    void equalValuesWrittenDifferentlyAreNoChange() {
        assertThat(TargetChangeCheck.movement(t("≥", "98.00", "%"), t("≥", "98", "％"))).isZero();
        assertThat(TargetChangeCheck.movement(t("=", "100", "%"), t("≥", "100", "%"))).isZero();
    }

    @Test
    void differentUnitsDirectionsOrUnparsedTargetsAreNotCompared() {
        assertThat(TargetChangeCheck.movement(t("≤", "90", "分钟"), t("≤", "2", "小时"))).isZero();
        assertThat(TargetChangeCheck.movement(t("≥", "98", "%"), t("≤", "5", "%"))).isZero();
        assertThat(TargetChangeCheck.movement(t("≈", "400000", null), t("≈", "300000", null))).isZero();
        assertThat(TargetChangeCheck.movement(t("≥", "98", "%"),
                new Target("较上一年度有提升", null, null, null, null))).isZero();
    }
}
