package vn.ntm.ocop.certificate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ntm.common.security.Roles;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.ocop.support.CommunesWireMock;
import vn.ntm.ocop.support.Fixtures;

/** Certificates: public verification, states computed from dates, the daily job, revocation. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesWireMock.class)
@QuarkusTestResource(TestTokens.class)
class CertificateTest {

    private static final String CERTIFICATES = "/api/v1/ocop/certificates";
    private static final LocalDate TODAY = LegalDate.today();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CertificateStateJob job;

    @Inject
    Scheduler scheduler;

    @Test
    void thePublicVerificationCarriesNoPrivateData() {
        String subject = Fixtures.asOfficer().contentType(ContentType.JSON)
                .body(Fixtures.subjectBody(Fixtures.unique("Hợp tác xã Nông nghiệp Thanh Sơn"), "COOPERATIVE", "10867"))
                .post("/api/v1/ocop/subjects").then().statusCode(201).extract().path("id");
        String registration = Fixtures.asOfficer().get("/api/v1/ocop/subjects/" + subject + "/registration").then().extract().path("registrationNumber");
        String name = Fixtures.unique("Vải thiều Thanh Hà");
        String product = Fixtures.asOfficer().contentType(ContentType.JSON).body(Fixtures.productBody(subject, name, "FOOD", "FRESH_PRODUCE"))
                .post("/api/v1/ocop/products").then().statusCode(201).extract().path("id");
        String evaluation = Fixtures.evaluation(product, "PROVINCE", TODAY.minusDays(3));
        Fixtures.fileTotal(evaluation, "member-a", "84.00");
        Fixtures.fileTotal(evaluation, "member-b", "86.50");
        String number = Fixtures.decide(evaluation, TODAY.minusDays(2)).then().statusCode(200).extract().path("result.certificateNumber");
        assertThat(number).matches("OCOP-30-" + TODAY.minusDays(2).getYear() + "-\\d{6}");

        Response answer = given().get(CERTIFICATES + "/" + number);
        answer.then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("number", equalTo(number))
                .body("state", equalTo("ACTIVE"))
                .body("stars", equalTo(4))
                .body("productName", equalTo(name))
                .body("productGroup", equalTo("FOOD"))
                .body("communeCode", equalTo("10867"))
                .body("communeName", equalTo("Xã Thanh Sơn"))
                .body("provinceCode", equalTo("30"))
                .body("issuingBody", equalTo("Ủy ban nhân dân tỉnh Hải Dương"))
                .body("issuedOn", equalTo(TODAY.minusDays(2).toString()))
                .body("validUntil", equalTo(TODAY.minusDays(2).plusMonths(36).toString()))
                .body("checkedOn", equalTo(TODAY.toString()));
        Map<String, Object> json = answer.jsonPath().getMap("$");
        assertThat(json.keySet()).doesNotContain("contact", "phone", "email", "representative", "address", "registrationNumber",
                "scoreSheets", "member", "averageScore", "partA", "subjectId");
        assertThat(json.keySet()).isSubsetOf(Set.of("number", "state", "stars", "productName", "productGroup", "subjectName", "communeCode",
                "communeName", "provinceCode", "issuingBody", "decisionNumber", "issuedOn", "validFrom", "validUntil", "checkedOn", "supersededBy",
                "revokedOn", "revocationReason", "proposedForStars", "lastInspection"));
        String body = answer.asString();
        assertThat(body).doesNotContain(registration).doesNotContain("0912 345 678").doesNotContain("lienhe@example.vn")
                .doesNotContain("Nguyễn Văn An").doesNotContain("member-a").doesNotContain("86.5")
                // the score as a JSON number, not the bare digits: the unique name's base-36 suffix may contain "84"
                .doesNotContainPattern("[:\\[,]\\s*84(\\.\\d+)?\\s*[,}\\]]").doesNotContain("84.0");

        given().get(CERTIFICATES + "/ocop-30-2025-12345").then().statusCode(400).body("errors[0].field", equalTo("number"));
        given().get(CERTIFICATES + "/OCOP-30-1999-000001").then().statusCode(404).contentType("application/problem+json");
        given().get(CERTIFICATES + "/" + number.toLowerCase()).then().statusCode(200).body("number", equalTo(number));
    }

    @Test
    void theStateIsComputedFromTheDatesEvenBetweenJobRuns() throws Exception {
        // 36 months ago plus 10 days: the last valid day is 9 days away, inside the 30-day notice period
        String expiring = Fixtures.certify(Fixtures.product(Fixtures.unique("Bánh gai Ninh Giang"), "10867"), TODAY.minusMonths(36).plusDays(10), "80.00");
        String expired = Fixtures.certify(Fixtures.product(Fixtures.unique("Bánh gai Ninh Giang"), "10867"), TODAY.minusMonths(36).minusDays(5), "80.00");
        String active = Fixtures.certify(Fixtures.product(Fixtures.unique("Bánh gai Ninh Giang"), "10867"), TODAY.minusMonths(30), "80.00");
        // as if the job had last run a long time ago
        for (String number : new String[] {expiring, expired, active}) {
            setStoredState(number, "ACTIVE");
        }
        given().get(CERTIFICATES + "/" + expiring).then().body("state", equalTo("EXPIRING"));
        given().get(CERTIFICATES + "/" + expired).then().body("state", equalTo("EXPIRED"));
        given().get(CERTIFICATES + "/" + active).then().body("state", equalTo("ACTIVE"));

        Response notices = Fixtures.asOfficer().queryParam("state", "EXPIRING").queryParam("province", "30").queryParam("size", 200).get(CERTIFICATES);
        notices.then().statusCode(200).body("items.number", hasItem(expiring)).body("items.number", not(hasItem(active)))
                .body("items.number", not(hasItem(expired)));
        assertThat(notices.jsonPath().getString("items.find { it.number == '" + expiring + "' }.storedState")).isEqualTo("ACTIVE");
        assertThat(notices.jsonPath().getInt("items.find { it.number == '" + expiring + "' }.daysUntilExpiry")).isBetween(0, 30);
        Fixtures.asOfficer().queryParam("state", "EXPIRED").queryParam("province", "30").queryParam("size", 200).get(CERTIFICATES).then()
                .body("items.number", hasItem(expired));
        given().queryParam("certificateState", "EXPIRED").queryParam("q", "banh gai ninh giang").queryParam("size", 200)
                .get("/api/v1/ocop/products").then().body("items.certificate.number", hasItem(expired));

        assertThat(job.run(TODAY)).isGreaterThanOrEqualTo(2);
        assertThat(storedState(expiring)).isEqualTo("EXPIRING");
        assertThat(storedState(expired)).isEqualTo("EXPIRED");
        assertThat(storedState(active)).isEqualTo("ACTIVE");
        job.run(TODAY);
        assertThat(storedState(expiring)).isEqualTo("EXPIRING");
        // the job moves on with the calendar: on the last valid day (Civil Code Art. 148) still EXPIRING, EXPIRED the day after
        job.run(TODAY.plusDays(10));
        assertThat(storedState(expiring)).isEqualTo("EXPIRING");
        job.run(TODAY.plusDays(11));
        assertThat(storedState(expiring)).isEqualTo("EXPIRED");
        assertThat(scheduler.getScheduledJob(CertificateStateJob.IDENTITY)).isNotNull();
    }

    @Test
    void revocationRecordsTheReasonAndEndsTheCertificate() throws Exception {
        String product = Fixtures.product(Fixtures.unique("Bánh đậu xanh Rồng Vàng"), "10516");
        String number = Fixtures.certify(product, TODAY.minusDays(30), "82.00");
        String path = CERTIFICATES + "/" + number + "/revocation";
        Map<String, Object> body = new HashMap<>(Map.of("reasonCode", "QUALITY_OR_PACKAGING_CHANGED",
                "reason", "Thay đổi bao bì, nhãn mác so với hồ sơ đã được công nhận", "decisionNumber", "245/QĐ-UBND",
                "revokedOn", TODAY.toString()));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(body).post(path).then().statusCode(428);
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"9\"").body(body).post(path).then().statusCode(412);
        Map<String, Object> bad = new HashMap<>(body);
        bad.put("reasonCode", "BAD_TASTE");
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(bad).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("reasonCode"));
        bad = new HashMap<>(body);
        bad.put("revokedOn", TODAY.minusDays(31).toString());
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(bad).post(path).then().statusCode(422)
                .body("errors[0].field", equalTo("revokedOn"));
        bad.put("revokedOn", TODAY.plusDays(1).toString());
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(bad).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("revokedOn"));
        bad = new HashMap<>(body);
        bad.remove("reason");
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(bad).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));

        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).post(path).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("state", equalTo("REVOKED"))
                .body("storedState", equalTo("REVOKED"))
                .body("revocation.reasonCode", equalTo("QUALITY_OR_PACKAGING_CHANGED"))
                .body("revocation.decisionNumber", equalTo("245/QĐ-UBND"))
                .body("revocation.revokedBy", equalTo("test.province_officer.30"))
                .body("daysUntilExpiry", nullValue());
        given().get(CERTIFICATES + "/" + number).then().body("state", equalTo("REVOKED")).body("revokedOn", equalTo(TODAY.toString()))
                .body("revocationReason", equalTo("QUALITY_OR_PACKAGING_CHANGED"));
        given().get("/api/v1/ocop/products/" + product).then().body("certificate.state", equalTo("REVOKED"));
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body).post(path).then().statusCode(409)
                .body("type", equalTo("https://ntm.example/problems/invalid-transition"));
        job.run(TODAY);
        assertThat(storedState(number)).isEqualTo("REVOKED");
        Fixtures.asAdmin().get(CERTIFICATES + "/" + number + "/audit").then().statusCode(200).body("items[0].method", equalTo("POST"))
                .body("items.status", hasItem(200));

        String expired = Fixtures.certify(Fixtures.product(Fixtures.unique("Bánh đậu xanh Rồng Vàng"), "10516"), TODAY.minusMonths(37), "82.00");
        body.put("revokedOn", TODAY.toString());
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", Fixtures.etag(CERTIFICATES + "/" + expired)).body(body)
                .post(CERTIFICATES + "/" + expired + "/revocation").then().statusCode(409);
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).post(CERTIFICATES + "/OCOP-30-1999-000001/revocation")
                .then().statusCode(404);
    }

    @Test
    void certificateNumbersAreStableAndSequentialPerProvinceAndYear() {
        LocalDate day = TODAY.minusDays(1);
        String first = Fixtures.certify(Fixtures.product(Fixtures.unique("Gốm Chu Đậu"), "10642"), day, "75.00");
        String second = Fixtures.certify(Fixtures.product(Fixtures.unique("Gốm Chu Đậu"), "10642"), day, "75.00");
        int a = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
        int b = Integer.parseInt(second.substring(second.lastIndexOf('-') + 1));
        assertThat(b).isGreaterThan(a);
        assertThat(first.substring(0, 12)).isEqualTo("OCOP-30-" + day.getYear());
        Fixtures.asOfficer().queryParam("stars", 9).get(CERTIFICATES).then().statusCode(400).body("errors[0].field", equalTo("stars"));
        Fixtures.asOfficer().queryParam("state", "VALID").get(CERTIFICATES).then().statusCode(400);
    }

    @Test
    void officialsListTheCertificatesOfTheirProvinceAndOnlyItsOfficersRevoke() {
        String product = Fixtures.product(Fixtures.unique("Gốm Chu Đậu"), "10642");
        String number = Fixtures.certify(product, TODAY.minusDays(4), "75.00");
        String haiPhong = TestTokens.bearer(TestTokens.token(Roles.PROVINCE_OFFICER, "31", null));
        given().header("Authorization", haiPhong).queryParam("product", product).get(CERTIFICATES).then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().header("Authorization", haiPhong).queryParam("province", "30").get(CERTIFICATES).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(TestTokens.ocopCouncil("30", "PROVINCE"))).queryParam("product", product)
                .get(CERTIFICATES).then().statusCode(200).body("items.number", equalTo(java.util.List.of(number)));
        Fixtures.asAdmin().queryParam("product", product).get(CERTIFICATES).then().statusCode(200).body("totalItems", equalTo(1));

        Map<String, Object> revocation = Map.of("reasonCode", "PRODUCTION_SUSPENDED", "reason", "Cơ sở ngừng sản xuất",
                "revokedOn", TODAY.toString());
        given().header("Authorization", haiPhong).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(revocation)
                .post(CERTIFICATES + "/" + number + "/revocation").then().statusCode(403);
        given().get(CERTIFICATES + "/" + number).then().body("state", equalTo("ACTIVE"));
        Fixtures.asAdmin().get(CERTIFICATES + "/" + number + "/audit").then().statusCode(200)
                .body("items[0].actor", equalTo("test.province_officer.31")).body("items[0].status", equalTo(403));
    }

    @Test
    void aCertificateIsValidOnItsLastDayAsTheCivilCodeCountsIt() throws Exception {
        // issued 36 months before today: the period ends today (Civil Code Art. 148), so it is in force, not EXPIRED
        LocalDate issued = TODAY.minusMonths(36);
        LocalDate lastDay = ValidityPeriod.lastDay(issued, 36);
        String number = Fixtures.certify(Fixtures.product(Fixtures.unique("Chả cá Lã Vọng"), "10867"), issued, "80.00");
        given().get(CERTIFICATES + "/" + number).then().statusCode(200)
                .body("issuedOn", equalTo(issued.toString()))
                .body("validUntil", equalTo(lastDay.toString()))
                .body("state", equalTo(lastDay.isBefore(TODAY) ? "EXPIRED" : "EXPIRING"));
        job.run(TODAY);
        assertThat(storedState(number)).isEqualTo(lastDay.isBefore(TODAY) ? "EXPIRED" : "EXPIRING");
        // the day after, it has lapsed
        job.run(lastDay.plusDays(1));
        assertThat(storedState(number)).isEqualTo("EXPIRED");

        // the examples, through the API: 2023-12-20 -> 2026-12-20 and 2024-02-29 -> 2027-02-28 (rules of QĐ 148)
        String december = Fixtures.certify(Fixtures.product(Fixtures.unique("Chả cá Lã Vọng"), "10867"), LocalDate.of(2023, 12, 20), "80.00");
        given().get(CERTIFICATES + "/" + december).then().body("validUntil", equalTo("2026-12-20"));
        String leapDay = Fixtures.certify(Fixtures.product(Fixtures.unique("Chả cá Lã Vọng"), "10867"), LocalDate.of(2024, 2, 29), "80.00");
        given().get(CERTIFICATES + "/" + leapDay).then().body("validUntil", equalTo("2027-02-28"));
    }

    @Test
    void theMigrationMovesOnlyCertificatesStoredOneDayShort() throws Exception {
        LocalDate issued = TODAY.minusMonths(36);
        String shortOne = Fixtures.certify(Fixtures.product(Fixtures.unique("Bánh cuốn Thanh Trì"), "10867"), issued, "80.00");
        String leapDay = Fixtures.certify(Fixtures.product(Fixtures.unique("Bánh cuốn Thanh Trì"), "10867"), LocalDate.of(2024, 2, 29), "80.00");
        String right = Fixtures.certify(Fixtures.product(Fixtures.unique("Bánh cuốn Thanh Trì"), "10867"), LocalDate.of(2024, 1, 31), "80.00");
        // as stored before V16: one day short, and (for the one ending today) EXPIRED by the daily job
        execute("UPDATE ocop_certificate SET valid_until = valid_until - 1, stored_state = 'EXPIRED' WHERE number = '" + shortOne + "'");
        execute("UPDATE ocop_certificate SET valid_until = valid_until - 1 WHERE number = '" + leapDay + "'");
        assertThat(validUntil(leapDay)).isEqualTo(LocalDate.of(2027, 2, 27));

        String migration = new String(getClass().getResourceAsStream("/db/migration/V16__ocop_validity_civil_code.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        execute(migration);
        assertThat(validUntil(shortOne)).isEqualTo(ValidityPeriod.lastDay(issued, 36));
        assertThat(storedState(shortOne)).isEqualTo(ValidityPeriod.lastDay(issued, 36).isBefore(TODAY) ? "EXPIRED" : "EXPIRING");
        assertThat(validUntil(leapDay)).isEqualTo(LocalDate.of(2027, 2, 28));
        // already counted the Civil Code way: untouched, and a second run changes nothing
        assertThat(validUntil(right)).isEqualTo(LocalDate.of(2027, 1, 31));
        execute(migration);
        assertThat(validUntil(leapDay)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(validUntil(right)).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private LocalDate validUntil(String number) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT valid_until FROM ocop_certificate WHERE number = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDate.class);
            }
        }
    }

    private void setStoredState(String number, String state) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE ocop_certificate SET stored_state = ? WHERE number = ?")) {
            ps.setString(1, state);
            ps.setString(2, number);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private String storedState(String number) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT stored_state FROM ocop_certificate WHERE number = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
