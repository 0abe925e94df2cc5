package vn.ntm.ocop.dossier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.ocop.support.CommunesWireMock;
import vn.ntm.ocop.support.Fixtures;

/** Renewal dossiers: linked to a certificate approaching expiry; decided in time the new certificate follows on. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesWireMock.class)
@QuarkusTestResource(TestTokens.class)
class RenewalTest {

    static final LocalDate TODAY = DossierFlowTest.TODAY;
    static final String CERTIFICATES = "/api/v1/ocop/certificates/";

    static Map<String, Object> renewalBody(String productId, LocalDate date, String number) {
        Map<String, Object> body = DossierFlowTest.dossierBody(productId, date, DossierFlowTest.documents());
        body.put("renewalOf", number);
        return body;
    }

    /** Through the commune check and the provincial council, decided on {@code decisionDate}; the dossier's certificate number. */
    static String renew(DossierFlowTest.Producer producer, String number, LocalDate dossierDate, LocalDate evaluationDate, LocalDate decisionDate) {
        String id = producer.request().body(renewalBody(producer.productId(), dossierDate, number)).post(DossierFlowTest.DOSSIERS)
                .then().statusCode(201).body("renewalOf", equalTo(number)).extract().path("id");
        DossierFlowTest.propose(id).then().statusCode(200);
        String evaluation = DossierFlowTest.openEvaluation(id, evaluationDate).then().statusCode(200).extract().path("evaluationId");
        DossierFlowTest.scoreAndDecide(evaluation, "PROVINCE", "82.00", decisionDate);
        return producer.request().get(DossierFlowTest.DOSSIERS + "/" + id).then().statusCode(200).body("state", equalTo("CERTIFIED"))
                .extract().path("certificateNumber");
    }

    @Test
    void aRenewalDecidedBeforeExpiryFollowsOnWithoutAGapOrAnOverlap() {
        DossierFlowTest.Producer producer = DossierFlowTest.producer("Vải thiều Thanh Hà");
        // issued 36 months and 20 days before the end: valid through TODAY + 20 days, inside the 6-month window
        LocalDate issued = TODAY.plusDays(20).minusMonths(36);
        String old = Fixtures.certify(producer.productId(), issued, "80.00");
        LocalDate lastDay = LocalDate.parse(JsonPath.from(given().get(CERTIFICATES + old).then().statusCode(200).body("state", equalTo("EXPIRING"))
                .extract().asString()).getString("validUntil"));

        String renewed = renew(producer, old, TODAY.minusDays(3), TODAY.minusDays(2), TODAY);

        JsonPath fresh = JsonPath.from(Fixtures.asOfficer().get("/api/v1/ocop/certificates?product=" + producer.productId() + "&size=200")
                .then().statusCode(200).extract().asString());
        assertThat(fresh.getList("items.number", String.class)).contains(old, renewed);
        Fixtures.asOfficer().get("/api/v1/ocop/certificates?state=PENDING&product=" + producer.productId()).then().statusCode(200)
                .body("items.number", equalTo(java.util.List.of(renewed)));
        JsonPath view = JsonPath.from(given().get(CERTIFICATES + renewed).then().statusCode(200)
                .body("state", equalTo("PENDING")).body("stars", equalTo(4)).extract().asString());
        assertThat(LocalDate.parse(view.getString("validFrom"))).as("the day after the old certificate's last day").isEqualTo(lastDay.plusDays(1));
        assertThat(LocalDate.parse(view.getString("validUntil"))).isEqualTo(lastDay.plusMonths(36));
        // the old certificate still holds through its last day, and then hands over to the renewal
        given().get(CERTIFICATES + old).then().statusCode(200).body("state", equalTo("EXPIRING")).body("supersededBy", equalTo(renewed));
        Map<String, Object> official = Fixtures.asOfficer().get("/api/v1/ocop/certificates?product=" + producer.productId() + "&size=200")
                .then().extract().jsonPath().getMap("items.find { it.number == '" + renewed + "' }");
        assertThat(official).containsEntry("kind", "RENEWAL").containsEntry("renews", old).containsEntry("renewalGapDays", 0);
        // one certificate in force today, the old one (PENDING is not in force, so nothing is counted twice)
        Fixtures.asOfficer().get("/api/v1/ocop/certificates?state=EXPIRING&product=" + producer.productId()).then()
                .body("items.number", equalTo(java.util.List.of(old)));
    }

    @Test
    void aRenewalDecidedAfterExpiryStartsOnTheDecisionAndTheGapShows() {
        DossierFlowTest.Producer producer = DossierFlowTest.producer("Bánh gai Ninh Giang");
        LocalDate issued = TODAY.minusDays(60).minusMonths(36);
        String old = Fixtures.certify(producer.productId(), issued, "80.00");
        LocalDate lastDay = LocalDate.parse(given().get(CERTIFICATES + old).then().statusCode(200).extract().jsonPath().getString("validUntil"));
        LocalDate decided = TODAY.minusDays(10);

        String renewed = renew(producer, old, lastDay.minusDays(30), lastDay.minusDays(20), decided);

        given().get(CERTIFICATES + renewed).then().statusCode(200).body("state", equalTo("ACTIVE"))
                .body("validFrom", equalTo(decided.toString())).body("validUntil", equalTo(decided.plusMonths(36).toString()));
        given().get(CERTIFICATES + old).then().statusCode(200).body("state", equalTo("EXPIRED"));
        Map<String, Object> official = Fixtures.asOfficer().get("/api/v1/ocop/certificates?product=" + producer.productId() + "&size=200")
                .then().extract().jsonPath().getMap("items.find { it.number == '" + renewed + "' }");
        assertThat(official).containsEntry("kind", "RENEWAL").containsEntry("renews", old)
                .containsEntry("renewalGapDays", (int) (decided.toEpochDay() - lastDay.toEpochDay() - 1));
    }

    @Test
    void onlyTheProductsCertificateInsideTheWindowCanBeRenewed() {
        DossierFlowTest.Producer producer = DossierFlowTest.producer("Gốm Chu Đậu");
        String young = Fixtures.certify(producer.productId(), TODAY.minusDays(10), "80.00");
        producer.request().body(renewalBody(producer.productId(), TODAY, young)).post(DossierFlowTest.DOSSIERS).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("renewalOf"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("renewal opens on")));
        producer.request().body(renewalBody(producer.productId(), TODAY, "OCOP-30-2019-999999")).post(DossierFlowTest.DOSSIERS)
                .then().statusCode(422).body("errors.field", hasItem("renewalOf"));
        producer.request().body(renewalBody(producer.productId(), TODAY, "not a number")).post(DossierFlowTest.DOSSIERS)
                .then().statusCode(400).body("errors.field", hasItem("renewalOf"));
        DossierFlowTest.Producer other = DossierFlowTest.producer("Nước mắm Thanh Sơn");
        other.request().body(renewalBody(other.productId(), TODAY, young)).post(DossierFlowTest.DOSSIERS).then().statusCode(422)
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("not this product's")));
    }
}
