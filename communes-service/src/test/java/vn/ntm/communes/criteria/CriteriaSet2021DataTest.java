package vn.ntm.communes.criteria;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.certification.FakeNeighbours;
import vn.ntm.communes.certification.TestCommunes;
import vn.ntm.communes.certification.TestSets;
import vn.ntm.communes.criteria.CriteriaSetDocument.IndicatorDef;

/**
 * The content of the three shipped 2021–2025 sets (QĐ 318 NTM and advanced, QĐ 319 model): how many indicators
 * still have no threshold, and a few thresholds with the source they were read from. The counts are the ones in
 * docs/criteria-2021-2025-sources.md; when a threshold is sourced, both change together.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class CriteriaSet2021DataTest {

    private static final String NTM = "QD318-NTM-2021-2025";
    private static final String PORTAL = "118.69.201.250:801/phap-luat/tim-tu-van";

    @Test
    void ntmSetReportsWhatIsStillWithoutThreshold() {
        given().when().get("/api/v1/criteria-sets/" + NTM).then().statusCode(200)
                .body("dataQuality.criteria", equalTo(19))
                .body("dataQuality.indicators", equalTo(56))
                .body("dataQuality.numericIndicators", equalTo(25))
                .body("dataQuality.numericIndicatorsWithoutThreshold", equalTo(22))
                // 15.1 (the provisional 2016–2020 value), 15.3 (seven regions) and 15.4 (two regions)
                .body("dataQuality.unverifiedThresholds", equalTo(10))
                .body("dataQuality.indicatorsWithUnverifiedThresholds", equalTo(List.of("15.1", "15.3", "15.4")))
                .body("dataQuality.indicatorsWithoutThreshold", hasItems("10.1", "11.1", "2.1", "17.1"))
                .body("dataQuality.indicatorsWithoutThreshold", not(hasItem("15.4")));
    }

    @Test
    void stuntingCeilingsAreLoadedPerRegionWithTheirSource() {
        var body = given().when().get("/api/v1/criteria-sets/" + NTM).then().statusCode(200).extract().jsonPath();
        String stunting = "definition.criteria[14].indicators[2]";
        assertThat(body.getString(stunting + ".code")).isEqualTo("15.3");
        assertThat(body.getString(stunting + ".operator")).isEqualTo("LTE");
        assertThat(body.getList(stunting + ".thresholds.scope")).containsExactly("TRUNG_DU_MIEN_NUI_PHIA_BAC",
                "DONG_BANG_SONG_HONG", "BAC_TRUNG_BO", "DUYEN_HAI_NAM_TRUNG_BO", "TAY_NGUYEN", "DONG_NAM_BO", "DONG_BANG_SONG_CUU_LONG");
        assertThat(body.getList(stunting + ".thresholds.value", Float.class)).containsExactly(24f, 16.5f, 25f, 22f, 26.5f, 14.5f, 19f);
        assertThat(body.getList(stunting + ".thresholds.verified", Boolean.class)).containsOnly(false);
        assertThat(body.getString(stunting + ".thresholds[1].source")).contains(PORTAL).contains("chỉ tiêu 15.3").contains("Đồng bằng sông Hồng: 16,5%");
        assertThat(body.getString(stunting + ".thresholds[1].note")).contains("loaded as ≤");

        String ehr = "definition.criteria[14].indicators[3]";
        assertThat(body.getString(ehr + ".code")).isEqualTo("15.4");
        assertThat(body.getList(ehr + ".thresholds.scope")).containsExactly("TRUNG_DU_MIEN_NUI_PHIA_BAC", "DONG_BANG_SONG_HONG");
        assertThat(body.getList(ehr + ".thresholds.value", Integer.class)).containsExactly(50, 70);
        assertThat(body.getString(ehr + ".thresholds[0].source")).contains(PORTAL).contains("chỉ tiêu 15.4");
        assertThat(body.getString(ehr + ".thresholdNote")).contains("Tây Nguyên");
    }

    @Test
    void aDeltaCommuneIn2024IsHeldToTheDeltaCeilingAndIncomeStaysUndecided() {
        String id = TestSets.openAssessment(TestCommunes.next().code(), NTM, 2024);
        TestSets.importValues(id, List.of(TestSets.row("10.1", 70), TestSets.row("15.3", 17), TestSets.row("15.4", 75)));
        given().when().get("/api/v1/assessments/" + id + "/evaluation").then().statusCode(200)
                .body("thresholdScope", equalTo("DONG_BANG_SONG_HONG"))
                // income 10.1, Red River Delta 2024: no sourced value, so nothing is decided
                .body("criteria[9].indicators[0].status", equalTo("MISSING"))
                .body("criteria[9].indicators[0].missing", equalTo(List.of("MISSING_THRESHOLD")))
                .body("criteria[9].indicators[0].threshold", nullValue())
                .body("criteria[14].indicators[2].threshold", equalTo(16.5f))
                .body("criteria[14].indicators[2].thresholdVerified", equalTo(false))
                .body("criteria[14].indicators[2].status", equalTo("NOT_MET"))
                .body("criteria[14].indicators[3].threshold", equalTo(70))
                .body("criteria[14].indicators[3].status", equalTo("MET"))
                .body("eligible", equalTo(false));
    }

    @Test
    void aNorthernCommuneGetsTheNorthernCeiling() {
        String id = TestSets.openAssessment(TestCommunes.nextNorthern().code(), NTM, 2024);
        TestSets.importValues(id, List.of(TestSets.row("15.3", 17)));
        given().when().get("/api/v1/assessments/" + id + "/evaluation").then().statusCode(200)
                .body("thresholdScope", equalTo("TRUNG_DU_MIEN_NUI_PHIA_BAC"))
                .body("criteria[14].indicators[2].threshold", equalTo(24))
                .body("criteria[14].indicators[2].status", equalTo("MET"))
                .body("criteria[14].indicators[2].detail", containsString("TRUNG_DU_MIEN_NUI_PHIA_BAC, 2024"));
    }

    @Test
    void advancedAndModelSetsAreUnchangedForWantOfASource() {
        given().when().get("/api/v1/criteria-sets/QD318-ADVANCED-2021-2025").then().statusCode(200)
                .body("dataQuality.indicators", equalTo(23))
                .body("dataQuality.numericIndicators", equalTo(4))
                .body("dataQuality.numericIndicatorsWithoutThreshold", equalTo(4))
                .body("dataQuality.indicatorsWithoutThreshold", equalTo(List.of("A10.2", "A11.2", "A14.2", "A18.2")));
        given().when().get("/api/v1/criteria-sets/QD319-MODEL-2021-2025").then().statusCode(200)
                .body("dataQuality.indicators", equalTo(4))
                .body("dataQuality.numericIndicators", equalTo(2))
                .body("dataQuality.numericIndicatorsWithoutThreshold", equalTo(0))
                .body("definition.criteria[2].indicators[0].thresholds[0].verified", equalTo(true));
    }

    /** The resources as shipped pass the publishing rules, so a province can republish them with changes. */
    @ParameterizedTest
    @ValueSource(strings = {NTM, "QD318-ADVANCED-2021-2025", "QD319-MODEL-2021-2025"})
    void shippedFilesPassTheRulesOfPublishing(String code) throws Exception {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        CriteriaSetDocument doc;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("criteria-sets/" + code + ".json")) {
            doc = json.readValue(in, CriteriaSetDocument.class);
        }
        assertThat(CriteriaSetValidator.national(doc, Set.of("MODEL_INCOME"))).isEmpty();
        for (var criterion : doc.criteria()) {
            for (IndicatorDef indicator : criterion.indicators()) {
                indicator.thresholdsOrEmpty().forEach(t -> assertThat(t.source()).as(indicator.code()).isNotBlank());
                if (indicator.type() == IndicatorType.NUMERIC && indicator.derivedThreshold() == null && indicator.thresholdsOrEmpty().isEmpty()) {
                    assertThat(indicator.thresholdNote()).as(indicator.code() + " says why it has no threshold").isNotBlank();
                }
            }
        }
    }
}
