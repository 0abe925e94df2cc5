package vn.ntm.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.ProblemType;

class VersionsTest {

    @Test
    void currentVersionInAnyEtagSpellingPasses() {
        Versions.requireCurrent("\"3\"", 3);
        Versions.requireCurrent("W/\"3\"", 3);
        Versions.requireCurrent("\"1\", \"3\"", 3);
        Versions.requireCurrent("*", 3);
        assertThat(Versions.requestedVersion(" \"7\" ")).isEqualTo(7);
        assertThat(Versions.etag(4).getValue()).isEqualTo("4");
    }

    @Test
    void missingIs428AndStaleOrForeignIs412() {
        assertThatThrownBy(() -> Versions.requireCurrent(null, 3))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.VERSION_REQUIRED));
        assertThatThrownBy(() -> Versions.requireCurrent("\"2\"", 3))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.STALE_VERSION));
        assertThatThrownBy(() -> Versions.requestedVersion("\"abc\""))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.STALE_VERSION));
    }
}
