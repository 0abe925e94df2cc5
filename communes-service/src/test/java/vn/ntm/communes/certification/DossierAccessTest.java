package vn.ntm.communes.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;
import vn.ntm.communes.certification.DossierWorkflowTest.Snapshot;
import vn.ntm.communes.certification.TestCommunes.Commune;

/** Who may read a dossier and record which step, and who is recorded as having done it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class DossierAccessTest {

    static final String DOSSIERS = DossierWorkflowTest.DOSSIERS;

    static String newDossier(Commune commune) {
        return DossierWorkflowTest.open(commune, "NTM", DossierWorkflowTest.eligibleAssessment(commune, "NTM"), 2024);
    }

    @Test
    void theActorOfAStepIsTheTokensSubjectWhateverTheBodySays() {
        Commune commune = TestCommunes.next();
        String id = newDossier(commune);
        Map<String, Object> publication = DossierWorkflowTest.step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25");
        publication.put("actedBy", "Chủ tịch UBND xã (tên gõ trong thân yêu cầu)");
        publication.put("actedRoles", "ADMINISTRATOR");
        publication.put("actor", "admin");
        publication.put("createdBy", "admin");
        String officer = Callers.subject("COMMUNE_OFFICER", commune.provinceCode(), commune.code());

        DossierWorkflowTest.asCommune(commune).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(publication)
                .when().post(DOSSIERS + "/" + id + "/transitions").then().statusCode(200)
                .body("steps[1].state", equalTo("PUBLICATION_FOR_COMMENT"))
                .body("steps[1].actedBy", equalTo(officer))
                .body("steps[1].actedRoles", equalTo("COMMUNE_OFFICER"))
                .body("createdBy", equalTo(officer));
        Callers.admin().when().get(DOSSIERS + "/" + id + "/audit").then().statusCode(200)
                .body("items[0].actor", equalTo(officer)).body("items[0].actorRoles", equalTo("COMMUNE_OFFICER"));
    }

    @Test
    void aRoleThatMayNotTakeTheStepIsRefusedBeforeIfMatchIsLookedAt() {
        Commune commune = TestCommunes.next();
        String id = newDossier(commune);
        Snapshot before = DossierWorkflowTest.snapshot(id);

        // no If-Match: the role is refused first (403), not asked for a version (428)
        DossierWorkflowTest.asCommune(commune).contentType(ContentType.JSON).body(DossierWorkflowTest.step("VERIFICATION", "PROVINCE", "2024-11-20"))
                .when().post(DOSSIERS + "/" + id + "/transitions").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/forbidden"))
                .body("detail", containsString("VERIFICATION"))
                .body("context.step", equalTo("VERIFICATION"))
                .body("context.allowedRoles", equalTo(List.of("APPRAISER", "PROVINCE_OFFICER")))
                .body("context.yourRoles", equalTo(List.of("COMMUNE_OFFICER")));
        Callers.appraiser(TestCommunes.PROVINCE).contentType(ContentType.JSON)
                .body(DossierWorkflowTest.vote("COUNCIL_VOTE", "PROVINCE", "2024-12-20", 18, 1))
                .when().post(DOSSIERS + "/" + id + "/transitions").then().statusCode(403)
                .body("context.allowedRoles", equalTo(List.of("COUNCIL_MEMBER")));
        Callers.councilMember(TestCommunes.PROVINCE).contentType(ContentType.JSON)
                .body(DossierWorkflowTest.step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25"))
                .when().post(DOSSIERS + "/" + id + "/transitions").then().statusCode(403)
                .body("context.allowedRoles", equalTo(List.of("COMMUNE_OFFICER", "PROVINCE_OFFICER")));
        Map<String, Object> reject = DossierWorkflowTest.step("REJECTED", "COMMUNE", "2024-09-30");
        reject.put("note", "Xã tự rút hồ sơ");
        DossierWorkflowTest.asCommune(commune).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(reject)
                .when().post(DOSSIERS + "/" + id + "/transitions").then().statusCode(403)
                .body("context.allowedRoles", equalTo(List.of("APPRAISER", "COUNCIL_MEMBER", "PROVINCE_OFFICER")));
        // the administrator reads and audits dossiers but takes no step
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(DossierWorkflowTest.step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25"))
                .when().post(DOSSIERS + "/" + id + "/transitions").then().statusCode(403);
        assertThat(DossierWorkflowTest.snapshot(id)).isEqualTo(before);
    }

    @Test
    void eachOfficialReachesOnlyItsOwnTerritory() {
        Commune commune = TestCommunes.next();
        Commune neighbour = TestCommunes.next();
        String id = newDossier(commune);
        String neighbours = newDossier(neighbour);
        Snapshot before = DossierWorkflowTest.snapshot(id);
        String path = DOSSIERS + "/" + id;

        // another commune's officer, and another province's officer, are refused before If-Match is looked at
        DossierWorkflowTest.asCommune(neighbour).contentType(ContentType.JSON)
                .body(DossierWorkflowTest.step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25"))
                .when().post(path + "/transitions").then().statusCode(403).body("detail", containsString(neighbour.code()));
        Callers.provinceOfficer("02").contentType(ContentType.JSON)
                .body(DossierWorkflowTest.step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25"))
                .when().post(path + "/transitions").then().statusCode(403).body("detail", containsString("province 02"));
        DossierWorkflowTest.asCommune(neighbour).when().get(path).then().statusCode(403);
        Callers.provinceOfficer("02").when().get(path).then().statusCode(403);
        Callers.as("FRONT_SURVEYOR", TestCommunes.PROVINCE, neighbour.code()).when().get(path).then().statusCode(403);
        Callers.as("FRONT_SURVEYOR", TestCommunes.PROVINCE, commune.code()).when().get(path).then().statusCode(200);
        Callers.appraiser(TestCommunes.PROVINCE).when().get(path).then().statusCode(200);
        given().header("Authorization", TestTokens.bearer(TestTokens.citizen(TestCommunes.PROVINCE, commune.code(), "HH-0042")))
                .when().get(path).then().statusCode(403).contentType("application/problem+json");
        given().when().get(path).then().statusCode(401).header("WWW-Authenticate", "Bearer");
        Callers.provinceOfficer(TestCommunes.PROVINCE).when().get(path + "/audit").then().statusCode(403);
        assertThat(DossierWorkflowTest.snapshot(id)).isEqualTo(before);

        // listings keep to the caller's territory instead of refusing
        DossierWorkflowTest.asCommune(commune).queryParam("size", 200).when().get(DOSSIERS).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.id", not(hasItem(neighbours)))
                .body("items.communeCode", everyItem(equalTo(commune.code())));
        Callers.provinceOfficer(TestCommunes.PROVINCE).queryParam("size", 200).when().get(DOSSIERS).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.id", hasItem(neighbours))
                .body("items.provinceCode", everyItem(equalTo(TestCommunes.PROVINCE)));
        Callers.provinceOfficer("02").queryParam("province", TestCommunes.PROVINCE).when().get(DOSSIERS).then().statusCode(200)
                .body("totalItems", equalTo(0));
        Callers.admin().queryParam("province", TestCommunes.PROVINCE).queryParam("size", 200).when().get(DOSSIERS).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.id", hasItem(neighbours));
    }
}
