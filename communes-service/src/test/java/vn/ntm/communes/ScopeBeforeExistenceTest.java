package vn.ntm.communes;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.certification.FakeNeighbours;
import vn.ntm.communes.certification.SignOffs;
import vn.ntm.communes.certification.TestCommunes;
import vn.ntm.communes.certification.TestCommunes.Commune;

/**
 * Issue 20, "Authorisation leaks": a caller acting outside its scope is refused (403) before anything that tells whether
 * a referenced record exists or whether the body is valid. Each case sends an out-of-scope write whose body also names
 * a record that exists nowhere or is invalid: answering 404 or 422 would tell the caller something about another
 * commune's or province's records. A body that breaks the schema itself (a malformed UUID, an unknown enum value, a
 * blank required field) is a 400 before the scope check: it says nothing about any stored record. The group placement
 * and targets rows of {@link AuthorizationMatrixTest} already send semantically invalid bodies out of scope.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class ScopeBeforeExistenceTest {

    private static final String OTHER_PROVINCE = "02";

    @Test
    void anAssessmentForAnotherCommuneIsRefusedBeforeItsCriteriaSetIsLookedUp() {
        Commune target = TestCommunes.next();
        Commune mine = TestCommunes.next();
        Map<String, Object> body = Map.of("communeCode", target.code(), "criteriaSetCode", "NO-SUCH-SET-" + UUID.randomUUID(), "year", 2024);
        refused(Callers.communeOfficer(TestCommunes.PROVINCE, mine.code()), "/api/v1/assessments", body);
        refused(Callers.provinceOfficer(OTHER_PROVINCE), "/api/v1/assessments", body);
        // a commune that does not exist is outside every commune officer's scope but its own
        refused(Callers.communeOfficer(TestCommunes.PROVINCE, mine.code()), "/api/v1/assessments",
                Map.of("communeCode", "99999", "criteriaSetCode", "NO-SUCH-SET", "year", 2024));
    }

    @Test
    void aRecognitionForAnotherProvinceIsRefusedBeforeItsSetAndCommuneAreLookedUp() {
        Commune target = TestCommunes.next();
        refused(Callers.provinceOfficer(OTHER_PROVINCE), "/api/v1/recognitions", Map.of("communeCode", target.code(), "level", "NTM",
                "criteriaSetCode", "NO-SUCH-SET", "recognitionYear", 2022, "decisionNumber", "1/QĐ-UBND", "decisionDate", "2022-12-29",
                "signer", "Chủ tịch UBND tỉnh"));
    }

    @Test
    void aDossierForAnotherCommuneIsRefusedWhateverItsBodyHolds() {
        Commune target = TestCommunes.next();
        Commune mine = TestCommunes.next();
        refused(Callers.communeOfficer(TestCommunes.PROVINCE, mine.code()), "/api/v1/dossiers",
                Map.of("assessmentId", UUID.randomUUID().toString(), "communeCode", target.code(), "level", "NTM", "year", 2024));
        // the assessment's level and year disagree with the body (a 422 once authorised), and the id exists nowhere
        refused(Callers.communeOfficer(TestCommunes.PROVINCE, mine.code()), "/api/v1/dossiers",
                Map.of("assessmentId", UUID.randomUUID().toString(), "communeCode", target.code(), "level", "MODEL", "year", 2019));
        refused(Callers.provinceOfficer(OTHER_PROVINCE), "/api/v1/dossiers",
                Map.of("assessmentId", UUID.randomUUID().toString(), "communeCode", target.code(), "level", "NTM", "year", 2024));
    }

    @Test
    void targetsAndOutstandingFieldsOutsideTheProvinceAreRefusedBeforeValidation() {
        Commune target = TestCommunes.next();
        Response r = Callers.provinceOfficer(OTHER_PROVINCE).contentType(ContentType.JSON).body(Map.of("targets", Map.of("NTM", 100_000), "source", "Kế hoạch thử nghiệm"))
                .when().put("/api/v1/provinces/" + TestCommunes.PROVINCE + "/targets/2021");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(403);
        r = Callers.provinceOfficer(OTHER_PROVINCE).contentType(ContentType.JSON).body(Map.of("nameVi", "Lĩnh vực không có", "source", "Thử nghiệm"))
                .when().put("/api/v1/outstanding-fields/" + TestCommunes.PROVINCE + "/NO_SUCH_FIELD");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(403);
    }

    @Test
    void anAcknowledgementOutsideTheProvinceIsRefusedBeforeTheRecognitionIsLookedUp() {
        Commune target = TestCommunes.next();
        refused(Callers.provinceOfficer(OTHER_PROVINCE), "/api/v1/communes/" + target.code() + "/acknowledgements",
                Map.of("level", "NTM", "recognitionYear", 2019, "decisionNumber", "12/QĐ-UBND", "decisionDate", "2026-03-01",
                        "signer", "Chủ tịch UBND tỉnh Hưng Yên"));
    }

    @Test
    void aSectorOfficerOfAnotherProvinceCannotProbeADossier() {
        Response r = SignOffs.sectorOfficer(OTHER_PROVINCE, "TRANSPORT").contentType(ContentType.JSON)
                .body(Map.of("act", "APPROVE", "criteria", List.of(2))).when()
                .post("/api/v1/dossiers/" + UUID.randomUUID() + "/criteria-sign-off");
        // the dossier's province is known only by loading it: an unknown id and another province's dossier answer alike
        assertThat(r.statusCode()).as(r.asString()).isIn(403, 404);
    }

    private static void refused(RequestSpecification caller, String path, Map<String, Object> body) {
        Response r = caller.contentType(ContentType.JSON).body(body).when().post(path);
        assertThat(r.statusCode()).as(path + " " + body + ": " + r.asString()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }
}
