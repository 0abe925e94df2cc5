package vn.ntm.communes.certification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.ntm.communes.certification.Programme2026.commune;
import static vn.ntm.communes.certification.Programme2026.openAssessment;
import static vn.ntm.communes.certification.Programme2026.placeGroup;
import static vn.ntm.communes.certification.Programme2026.recordNtm;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;
import vn.ntm.communes.certification.TestCommunes.Commune;

/**
 * The levels of 2026–2030 (issue 15): MODERN rests on an NTM recognition under a 2026–2030 set; ADVANCED and MODEL
 * stay history, and a new dossier at those levels dated after 2021–2025 is refused, naming the period.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class LevelsOf2026Test {

    static final String MODERN = "QD51-MODERN-2026-2030";

    static ValidatableResponse openDossier(Commune c, RequestOf who, String assessmentId, String level, int year, String date) {
        return who.spec().contentType(ContentType.JSON).body(Map.of("assessmentId", assessmentId, "communeCode", c.code(), "level", level,
                        "year", year, "date", date, "documents", List.of(Map.of("number", "38/BC-UBND", "date", date,
                                "title", "Báo cáo tự đánh giá năm " + year))))
                .when().post("/api/v1/dossiers").then();
    }

    interface RequestOf {
        io.restassured.specification.RequestSpecification spec();
    }

    @Test
    void aModernDossierNeedsAnNtmRecognitionOf2026To2030() {
        Commune c = TestCommunes2026.dienBien();
        placeGroup(c, "GROUP_3", "2026-02-15");
        String assessment = openAssessment(c, MODERN, 2026, "2026-11-30");

        openDossier(c, () -> commune(c), assessment, "MODERN", 2026, "2026-11-30").statusCode(422)
                .contentType("application/problem+json")
                .body("context.unmetConditions.code", equalTo(List.of("PREREQUISITE_RECOGNITION")))
                .body("context.unmetConditions[0].message", containsString("2026–2030"));

        // an NTM recognition of 2021–2025 does not count
        recordNtm(c, "QD318-NTM-2021-2025", 2025, "2025-12-20");
        openDossier(c, () -> commune(c), assessment, "MODERN", 2026, "2026-11-30").statusCode(422)
                .body("context.unmetConditions.code", equalTo(List.of("PREREQUISITE_RECOGNITION")))
                .body("context.unmetConditions[0].message", containsString("earned under QD318-NTM-2021-2025"));

        recordNtm(c, "QD51-NTM-2026-2030", 2026, "2026-06-30");
        openDossier(c, () -> commune(c), assessment, "MODERN", 2026, "2026-11-30").statusCode(201)
                .body("state", equalTo("SELF_ASSESSMENT"))
                .body("steps[0].checks.prerequisite.criteriaSetCode", equalTo("QD51-NTM-2026-2030"));
    }

    @Test
    void advancedAndModelDossiersDatedAfter2025AreRefusedNamingThePeriod() {
        Commune c = TestCommunes.next();
        String advanced = TestSets.publish(TestSets.code("ADV"), TestSets.national("ADVANCED"));
        String assessment = TestSets.openAssessment(c.code(), advanced, 2025);
        openDossier(c, () -> TestSets.communeOfficer(c.code()), assessment, "ADVANCED", 2025, "2026-03-02").statusCode(422)
                .contentType("application/problem+json")
                .body("context.unmetConditions.code", equalTo(List.of("LEVEL_PERIOD_ENDED")))
                .body("context.unmetConditions[0].message", containsString("2021–2025"));
        // within the period the dossier opens, and goes on after it
        openDossier(c, () -> TestSets.communeOfficer(c.code()), assessment, "ADVANCED", 2025, "2025-03-02").statusCode(201);

        Commune m = TestCommunes.next();
        String model = TestSets.publish(TestSets.code("MOD"), TestSets.model(advanced));
        String modelAssessment = TestSets.openAssessment(m.code(), model, 2025);
        openDossier(m, () -> TestSets.communeOfficer(m.code()), modelAssessment, "MODEL", 2025, "2026-01-05").statusCode(422)
                .body("context.unmetConditions.code", equalTo(List.of("LEVEL_PERIOD_ENDED")));
    }
}
