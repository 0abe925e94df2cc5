package vn.ntm.communes.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.ntm.communes.certification.Programme2026.assessed;
import static vn.ntm.communes.certification.Programme2026.evaluation;
import static vn.ntm.communes.certification.Programme2026.importValues;
import static vn.ntm.communes.certification.Programme2026.openAssessment;
import static vn.ntm.communes.certification.Programme2026.placeGroup;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.certification.FakeNeighbours;
import vn.ntm.communes.certification.TestCommunes.Commune;
import vn.ntm.communes.certification.TestCommunes2026;
import vn.ntm.communes.certification.TestSets;

/**
 * 2026–2030 evaluation (issue 15): thresholds by the commune group in force on the assessment date, "cannot be
 * decided" on the shipped QĐ 51/2025 set whose indicators are not yet confirmed, and no revocation rule borrowed from
 * 2021–2025.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class CommuneGroupVerdictTest {

    static final String QD51 = "QD51-NTM-2026-2030";

    @Test
    void theSameValuesGiveDifferentVerdictsInAGroup3AndAGroup1Commune() {
        String set = TestSets.publish(TestSets.code("GRP"), TestSets.byCommuneGroup(true));
        Commune mountain = TestCommunes2026.dienBien();
        Commune urban = TestCommunes2026.caoBang();
        placeGroup(mountain, "GROUP_3", "2026-02-15");
        placeGroup(urban, "GROUP_1", "2026-02-15");
        String inMountain = openAssessment(mountain, set, 2026, "2026-11-30");
        String inUrban = openAssessment(urban, set, 2026, "2026-11-30");
        // income 60 million: above group 3's 55, below group 1's 90
        importValues(mountain, inMountain, TestSets.byCommuneGroupValues(60));
        importValues(urban, inUrban, TestSets.byCommuneGroupValues(60));

        evaluation(inMountain)
                .body("verdict", equalTo("ELIGIBLE"))
                .body("eligible", equalTo(true))
                .body("thresholdScope", equalTo("GROUP_3"))
                .body("criteriaMetText", equalTo("10/10"))
                .body("communeGroup.group", equalTo("GROUP_3"))
                .body("communeGroup.basis", equalTo("ETHNIC_MOUNTAIN_ZONE"))
                .body("communeGroup.validFrom", equalTo("2026-02-15"))
                .body("assessmentDate", equalTo("2026-11-30"));
        evaluation(inUrban)
                .body("verdict", equalTo("NOT_ELIGIBLE"))
                .body("eligible", equalTo(false))
                .body("thresholdScope", equalTo("GROUP_1"))
                .body("criteriaMetText", equalTo("9/10"))
                .body("communeGroup.group", equalTo("GROUP_1"))
                .body("criteria.find { it.number == 3 }.status", equalTo("NOT_MET"));
    }

    @Test
    void theGroupInForceOnTheAssessmentDateApplies() {
        String set = TestSets.publish(TestSets.code("GRP"), TestSets.byCommuneGroup(true));
        Commune c = TestCommunes2026.dienBien();
        placeGroup(c, "GROUP_3", "2026-02-15");
        placeGroup(c, "GROUP_2", "2026-09-01");
        String before = openAssessment(c, set, 2026, "2026-06-30");
        String after = openAssessment(c, set, 2026, "2026-11-30");
        importValues(c, before, TestSets.byCommuneGroupValues(60));
        importValues(c, after, TestSets.byCommuneGroupValues(60));
        evaluation(before).body("thresholdScope", equalTo("GROUP_3")).body("verdict", equalTo("ELIGIBLE"));
        evaluation(after).body("thresholdScope", equalTo("GROUP_2")).body("verdict", equalTo("NOT_ELIGIBLE"))
                .body("communeGroup.validFrom", equalTo("2026-09-01"));
    }

    @Test
    void withoutAGroupOnTheAssessmentDateNothingIsDecided() {
        String set = TestSets.publish(TestSets.code("GRP"), TestSets.byCommuneGroup(true));
        Commune c = TestCommunes2026.dienBien();
        // placed only from December: nothing in force on 30 November
        placeGroup(c, "GROUP_3", "2026-12-01");
        String id = openAssessment(c, set, 2026, "2026-11-30");
        importValues(c, id, TestSets.byCommuneGroupValues(60));
        evaluation(id)
                .body("verdict", equalTo("UNDECIDABLE"))
                .body("eligible", equalTo(false))
                .body("verdictReason", containsString("has no commune group in force on 2026-11-30"))
                .body("verdictReason", containsString("/api/v1/communes/" + c.code() + "/groups"))
                .body("communeGroup", nullValue());
    }

    @Test
    void theShippedQd51SetCannotDecideAndNamesTheIndicatorsThatBlockIt() {
        Commune c = TestCommunes2026.dienBien();
        placeGroup(c, "GROUP_3", "2026-02-15");
        String id = openAssessment(c, QD51, 2026, "2026-11-30");
        List<Map<String, Object>> everyLineMet = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            everyLineMet.add(TestSets.row(n + ".0", true));
        }
        importValues(c, id, everyLineMet);
        evaluation(id)
                .body("verdict", equalTo("UNDECIDABLE"))
                .body("eligible", equalTo(false))
                .body("criteriaTotal", equalTo(10))
                .body("blockingIndicators", hasItems("1.0", "2.0", "5.0", "10.0"))
                .body("verdictReason", containsString("10.0"))
                .body("criteria[0].nameVi", equalTo("Quy hoạch"));
    }

    @Test
    void aProvisionalThresholdBlocksTheVerdictAndIsNamed() {
        String set = TestSets.publish(TestSets.code("GRP"), TestSets.byCommuneGroup(false));
        Commune c = TestCommunes2026.dienBien();
        String id = assessed(set, c, "GROUP_3", 60);
        evaluation(id)
                .body("verdict", equalTo("UNDECIDABLE"))
                .body("eligible", equalTo(false))
                .body("blockingIndicators", equalTo(List.of("3.1")))
                .body("verdictReason", containsString("3.1"));
    }

    @Test
    void aQd51SetHasNoRevocationRuleAndSaysSo() {
        String set = TestSets.publish(TestSets.code("GRP"), TestSets.byCommuneGroup(true));
        Commune c = TestCommunes2026.dienBien();
        placeGroup(c, "GROUP_3", "2026-02-15");
        String id = openAssessment(c, set, 2026, "2026-11-30");
        // 2 of 10 criteria missed: QĐ 18/2022's rule would call this a revocation case; no rule of 2026–2030 exists
        List<Map<String, Object>> rows = new ArrayList<>(TestSets.byCommuneGroupValues(40));
        rows.set(0, TestSets.row("1.1", false));
        importValues(c, id, rows);
        evaluation(id)
                .body("verdict", equalTo("NOT_ELIGIBLE"))
                .body("revocation", nullValue())
                .body("revocationNote", containsString("No revocation rule has been published for " + set))
                .body("revocationNote", containsString("2021–2025 sets only"));
    }

    @Test
    void the2021SetsKeepTheQd18RevocationRule() {
        String set = TestSets.publish(TestSets.code("NTM21"), TestSets.national("NTM"));
        var c = vn.ntm.communes.certification.TestCommunes.next();
        String id = TestSets.openAssessment(c.code(), set, 2024);
        TestSets.importValues(id, TestSets.passingValues());
        evaluation(id).body("revocation", not(nullValue())).body("revocationNote", nullValue())
                .body("warnings", not(hasItem(containsString("commune group"))));
    }

    @Test
    void aProvincialOverlayTightensAGroupThresholdOnTheNewSet() {
        String set = TestSets.publish(TestSets.code("GRP"), TestSets.byCommuneGroup(true));
        String overlay = TestSets.code("GRP-OVL");
        // Điện Biên asks 65 million of its group-3 communes instead of the national 55
        vn.ntm.communes.Callers.provinceOfficer("11").contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("titleVi", "Chỉ tiêu của tỉnh Điện Biên (thử nghiệm)", "legalBasis", "Quyết định của UBND tỉnh (thử nghiệm)",
                        "baseCode", set, "provinceCode", "11", "overrides", List.of(Map.of("indicatorCode", "3.1", "thresholds",
                                List.of(Map.of("scope", "GROUP_3", "value", 65, "verified", true, "source", "UBND tỉnh Điện Biên (thử nghiệm)"))))))
                .when().put("/api/v1/criteria-sets/" + overlay).then().statusCode(201);
        // an overlay may only tighten: 50 is below the national 55 for group 3
        vn.ntm.communes.Callers.provinceOfficer("11").contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("titleVi", "Nới lỏng (thử nghiệm)", "legalBasis", "Thử nghiệm", "baseCode", set, "provinceCode", "11",
                        "overrides", List.of(Map.of("indicatorCode", "3.1", "thresholds",
                                List.of(Map.of("scope", "GROUP_3", "value", 50, "verified", true, "source", "Thử nghiệm"))))))
                .when().put("/api/v1/criteria-sets/" + TestSets.code("GRP-LOOSE")).then().statusCode(400);

        Commune c = TestCommunes2026.dienBien();
        String id = assessed(set, c, "GROUP_3", 60);
        evaluation(id)
                .body("overlay.code", equalTo(overlay))
                .body("thresholdScope", equalTo("GROUP_3"))
                .body("verdict", equalTo("NOT_ELIGIBLE"))
                .body("criteria.find { it.number == 3 }.indicators[0].threshold", equalTo(65));
        // another province's commune keeps the national value
        Commune other = TestCommunes2026.caoBang();
        String elsewhere = assessed(set, other, "GROUP_3", 60);
        evaluation(elsewhere).body("overlay", nullValue()).body("verdict", equalTo("ELIGIBLE"));
    }
}
