package vn.ntm.communes.units;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;

/** The directory other features use, on the seeded real lists. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class UnitDirectoryTest {

    @Inject
    UnitDirectory directory;

    @Test
    void reusedCodeResolvesByDate() {
        UnitRef before = directory.communeByCode("00004", LocalDate.of(2025, 1, 1)).orElseThrow();
        UnitRef after = directory.communeByCode("00004", LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(before.name()).isEqualTo("Phường Trúc Bạch");
        assertThat(before.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(after.name()).isEqualTo("Phường Ba Đình");
        assertThat(after.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(directory.communeById(before.id())).contains(before);
    }

    @Test
    void haiDuongCommuneLeadsToItsHaiPhongSuccessor() {
        // 10657 Xã Đồng Lạc (Nam Sách), recognised model commune for culture in the 2024 cohort
        UnitRef dongLac = directory.communeByCode("10657", LocalDate.of(2025, 3, 1)).orElseThrow();
        assertThat(dongLac.provinceCode()).isEqualTo("30");
        assertThat(dongLac.type()).isEqualTo(UnitType.XA);
        assertThat(dongLac.region()).isEqualTo("DONG_BANG_SONG_HONG");
        assertThat(directory.successors(dongLac.id())).isNotEmpty()
                .allSatisfy(s -> {
                    assertThat(s.provinceCode()).isEqualTo("31");
                    assertThat(s.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
                    assertThat(directory.predecessors(s.id())).extracting(UnitRef::id).contains(dongLac.id());
                });
    }

    @Test
    void endedCodeWithoutCurrentUnitAnswersTheEndedUnit() {
        UnitRef ended = directory.communeByCode("10657", LocalDate.of(2026, 1, 1)).orElseThrow();
        assertThat(ended.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(ended.existsOn(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(directory.communeByCode("99999", LocalDate.of(2026, 1, 1))).isEmpty();
    }
}
