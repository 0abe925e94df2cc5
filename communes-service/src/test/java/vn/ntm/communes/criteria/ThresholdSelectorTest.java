package vn.ntm.communes.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.communes.criteria.CriteriaSetDocument.ThresholdDef;

class ThresholdSelectorTest {

    static ThresholdDef t(String scope, Integer from, Integer to, String value) {
        return new ThresholdDef(scope, from, to, new BigDecimal(value), true, "test table", null);
    }

    // An income-like table: per region and year, with a national fallback
    private final List<ThresholdDef> table = List.of(
            t(null, null, null, "45"),
            t("DONG_BANG_SONG_HONG", 2022, 2022, "52"),
            t("DONG_BANG_SONG_HONG", 2023, 2025, "60"),
            t("TRUNG_DU_MIEN_NUI_PHIA_BAC", 2022, 2023, "40"),
            t("TRUNG_DU_MIEN_NUI_PHIA_BAC", 2024, null, "44"));

    @Test
    void regionAndYearPickTheirRow() {
        assertThat(ThresholdSelector.select(table, "DONG_BANG_SONG_HONG", 2022)).get().extracting(ThresholdDef::value).isEqualTo(new BigDecimal("52"));
        assertThat(ThresholdSelector.select(table, "DONG_BANG_SONG_HONG", 2024)).get().extracting(ThresholdDef::value).isEqualTo(new BigDecimal("60"));
        assertThat(ThresholdSelector.select(table, "TRUNG_DU_MIEN_NUI_PHIA_BAC", 2023)).get().extracting(ThresholdDef::value).isEqualTo(new BigDecimal("40"));
        assertThat(ThresholdSelector.select(table, "TRUNG_DU_MIEN_NUI_PHIA_BAC", 2025)).get().extracting(ThresholdDef::value).isEqualTo(new BigDecimal("44"));
    }

    @Test
    void otherRegionsAndYearsFallBackToTheGeneralRow() {
        assertThat(ThresholdSelector.select(table, "TAY_NGUYEN", 2024)).get().extracting(ThresholdDef::value).isEqualTo(new BigDecimal("45"));
        assertThat(ThresholdSelector.select(table, "DONG_BANG_SONG_HONG", 2021)).get().extracting(ThresholdDef::value).isEqualTo(new BigDecimal("45"));
    }

    @Test
    void noRowMeansNoThreshold() {
        List<ThresholdDef> regional = List.of(t("DONG_BANG_SONG_HONG", 2025, 2025, "13.9"));
        assertThat(ThresholdSelector.select(regional, "DONG_BANG_SONG_HONG", 2024)).isEmpty();
        assertThat(ThresholdSelector.select(regional, "BAC_TRUNG_BO", 2025)).isEmpty();
        assertThat(ThresholdSelector.select(List.of(), "BAC_TRUNG_BO", 2025)).isEmpty();
        assertThat(ThresholdSelector.select(null, "BAC_TRUNG_BO", 2025)).isEmpty();
    }

    @Test
    void narrowerYearRangeWinsForTheSameScope() {
        List<ThresholdDef> rows = List.of(t("DONG_NAM_BO", null, null, "50"), t("DONG_NAM_BO", 2025, 2025, "70"));
        assertThat(ThresholdSelector.select(rows, "DONG_NAM_BO", 2025)).get().extracting(ThresholdDef::value).isEqualTo(new BigDecimal("70"));
        assertThat(ThresholdSelector.select(rows, "DONG_NAM_BO", 2023)).get().extracting(ThresholdDef::value).isEqualTo(new BigDecimal("50"));
    }

    @Test
    void overlapIsPerScope() {
        assertThat(ThresholdSelector.overlap(t("A", 2022, 2024, "1"), t("A", 2024, null, "2"))).isTrue();
        assertThat(ThresholdSelector.overlap(t("A", 2022, 2023, "1"), t("A", 2024, null, "2"))).isFalse();
        assertThat(ThresholdSelector.overlap(t("A", 2022, 2024, "1"), t("B", 2022, 2024, "2"))).isFalse();
        assertThat(ThresholdSelector.overlap(t(null, null, null, "1"), t(null, 2022, 2022, "2"))).isTrue();
    }

    @Test
    void scopeKeysMatchNamesAndCodes() {
        assertThat(ScopeKeys.of("Đồng bằng sông Hồng")).isEqualTo("DONG_BANG_SONG_HONG");
        assertThat(ScopeKeys.of("DONG_BANG_SONG_HONG")).isEqualTo("DONG_BANG_SONG_HONG");
        assertThat(ScopeKeys.of("Đồng bằng sông Cửu Long")).isEqualTo("DONG_BANG_SONG_CUU_LONG");
        assertThat(ScopeKeys.of(null)).isNull();
    }
}
