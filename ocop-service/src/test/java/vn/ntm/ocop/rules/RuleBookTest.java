package vn.ntm.ocop.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.ocop.support.CommunesWireMock;

/** The rule versions as the migration loads them: the version in force by date, and the numbers each one sets. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesWireMock.class)
class RuleBookTest {

    @Inject
    RuleBook ruleBook;

    @Test
    void theVersionInForceFollowsTheDate() {
        assertThat(ruleBook.inForceOn(LocalDate.of(2019, 8, 20))).isEmpty();
        assertThat(ruleBook.inForceOn(LocalDate.of(2019, 8, 21)).orElseThrow().code()).isEqualTo("QD_1048_2019");
        assertThat(ruleBook.inForceOn(LocalDate.of(2023, 2, 23)).orElseThrow().code()).isEqualTo("QD_1048_2019");
        assertThat(ruleBook.inForceOn(LocalDate.of(2023, 2, 24)).orElseThrow().code()).isEqualTo("QD_148_2023");
        assertThat(ruleBook.inForceOn(LocalDate.of(2025, 7, 5)).orElseThrow().code()).isEqualTo("QD_148_2023");
        assertThat(ruleBook.inForceOn(LocalDate.of(2025, 7, 6)).orElseThrow().code()).isEqualTo("QD_1489_2025");
        assertThat(ruleBook.inForceOn(LocalDate.of(2030, 1, 1)).orElseThrow().code()).isEqualTo("QD_1489_2025");
    }

    @Test
    void partMaximaChangedWithDecision148() {
        RuleSet old = ruleBook.byCode("QD_1048_2019").orElseThrow();
        assertThat(old.maximum(ScorePart.A)).isEqualByComparingTo("35");
        assertThat(old.maximum(ScorePart.B)).isEqualByComparingTo("25");
        assertThat(old.maximum(ScorePart.C)).isEqualByComparingTo("40");
        for (String code : new String[] {"QD_148_2023", "QD_1489_2025"}) {
            RuleSet current = ruleBook.byCode(code).orElseThrow();
            assertThat(current.maximum(ScorePart.A)).isEqualByComparingTo("40");
            assertThat(current.maximum(ScorePart.B)).isEqualByComparingTo("25");
            assertThat(current.maximum(ScorePart.C)).isEqualByComparingTo("35");
            assertThat(current.starsFor(new BigDecimal("69.99"))).isEqualTo(3);
            assertThat(current.starsFor(new BigDecimal("70.00"))).isEqualTo(4);
        }
    }

    @Test
    void councilPowersPerVersion() {
        RuleSet v148 = ruleBook.byCode("QD_148_2023").orElseThrow();
        assertThat(v148.power(CouncilLevel.DISTRICT).maxCertifiedStars()).isEqualTo(3);
        assertThat(v148.power(CouncilLevel.PROVINCE).maxCertifiedStars()).isEqualTo(4);
        assertThat(v148.power(CouncilLevel.CENTRAL).maxCertifiedStars()).isEqualTo(5);
        RuleSet v1489 = ruleBook.byCode("QD_1489_2025").orElseThrow();
        assertThat(v1489.power(CouncilLevel.DISTRICT).allowed()).isFalse();
        assertThat(v1489.power(CouncilLevel.PROVINCE).minCertifiedStars()).isEqualTo(3);
        assertThat(v1489.power(CouncilLevel.PROVINCE).maxCertifiedStars()).isEqualTo(4);
        assertThat(v1489.power(CouncilLevel.COMMUNE_PRECHECK).certifies()).isFalse();
        assertThat(v1489.mandatoryCriteria()).extracting(MandatoryCriterion::stars).contains(3, 4, 5);
    }

    @Test
    void rulesAndClassificationArePublishedWithTheirSources() {
        given().get("/api/v1/ocop/rule-versions").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.code", hasItems("QD_1048_2019", "QD_148_2023", "QD_1489_2025"))
                .body("items[0].partAMaximum", equalTo(35.0f))
                .body("items[1].legalSource", equalTo("QĐ 148/QĐ-TTg ngày 24/02/2023"));
        given().queryParam("on", "2025-07-06").get("/api/v1/ocop/rule-versions").then().statusCode(200)
                .body("items.code", equalTo(java.util.List.of("QD_1489_2025")));
        given().get("/api/v1/ocop/rule-versions/QD_148_2023").then().statusCode(200)
                .body("councils.find { it.level == 'DISTRICT' }.maxCertifiedStars", equalTo(3));
        given().get("/api/v1/ocop/rule-versions/QD_999").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("on", "06/07/2025").get("/api/v1/ocop/rule-versions").then().statusCode(400)
                .contentType("application/problem+json");

        given().get("/api/v1/ocop/product-groups").then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("items.code", equalTo(java.util.List.of("FOOD", "BEVERAGES", "MEDICINAL_HERBS", "HANDICRAFTS",
                        "ORNAMENTAL_PLANTS_ANIMALS", "COMMUNITY_ECO_TOURISM")))
                .body("items[0].subgroups[0].code", equalTo("FRESH_PRODUCE"))
                .body("items[0].subgroups[0].nameVi", equalTo("Rau, củ, quả, hạt tươi"))
                .body("items[0].subgroups[0].confidence", equalTo("V"));
    }
}
