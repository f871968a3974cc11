package perfdecl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertThat(EditDistance.between("项目总预算", "项目总预算").value()).isZero();
        assertThat(EditDistance.between("项目总预算", "项目总顶算").value()).isEqualTo(1);
        assertThat(EditDistance.between("项目总预算", "项目预算").value()).isEqualTo(1);
        assertThat(EditDistance.between("", "联系人").value()).isEqualTo(3);
        assertThat(EditDistance.between("kitten", "sitting").value()).isEqualTo(3);
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneEdit() {
        assertThat(EditDistance.between("\uD840\uDC00项目", "丁项目").value()).isEqualTo(1);
    }

    @Test
    void overTheLimitIsTheLimitPlusOne() {
        assertThat(EditDistance.atMost("项目总预算", "联系电话号码", 2).value()).isEqualTo(3);
        assertThat(EditDistance.atMost("abcdef", "a", 2).value()).isEqualTo(3);
        assertThat(EditDistance.atMost("项目总预算", "项目总顶算", 2).value()).isEqualTo(1);
        assertThat(EditDistance.atMost("kitten", "sitting", 3).value()).isEqualTo(3);
    }

    @Test
    void isNeverNegative() {
        assertThatThrownBy(() -> new EditDistance(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
