package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelKeyTest {

    @Test
    void boundedDistanceAgreesWithTheFullDistanceUpToItsLimit() {
        String[][] pairs = {{"项目名称", "项目名杯"}, {"项目总预算(元)", "项目总预算"}, {"资金用途", "用资金途"},
                {"kitten", "sitting"}, {"", "abc"}, {"同名项目上年预算执行数(元)", "同名项目上年预算执行数(元)"}};
        for (String[] p : pairs) {
            int full = LabelKey.distance(p[0], p[1]);
            for (int limit = 0; limit <= 4; limit++) {
                assertThat(LabelKey.distance(p[0], p[1], limit)).as("%s / %s within %d", p[0], p[1], limit)
                        .isEqualTo(Math.min(full, limit + 1));
            }
        }
    }

    @Test
    void fullDistanceCountsEditsBothWays() {
        assertThat(LabelKey.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(LabelKey.distance("sitting", "kitten")).isEqualTo(3);
        assertThat(LabelKey.distance("项目名称", "项目名杯")).isEqualTo(1);
    }
}
