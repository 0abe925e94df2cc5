package vn.ntm.ocop.dossier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.security.Roles;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.ocop.support.CommunesWireMock;
import vn.ntm.ocop.support.Fixtures;

/** Product dossiers end to end: submission by the producer, the steps of each rule version, returns, councils, access. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesWireMock.class)
@QuarkusTestResource(TestTokens.class)
class DossierFlowTest {

    static final String DOSSIERS = "/api/v1/ocop/dossiers";
    static final LocalDate TODAY = LegalDate.today();
    static final String COMMUNE = "10867";
    static final String COMMUNE_OFFICER = TestTokens.bearer(TestTokens.token(Roles.COMMUNE_OFFICER, "30", COMMUNE));

    /** A subject, its product and the producer's token (its ocopSubject claim). */
    record Producer(String subjectId, String productId, String token) {

        RequestSpecification request() {
            return given().header("Authorization", token).contentType(ContentType.JSON);
        }
    }

    static Producer producer(String productName) {
        String subject = Fixtures.subject(Fixtures.unique("Hợp tác xã Nông nghiệp Thanh Sơn"), COMMUNE);
        String product = Fixtures.asOfficer().contentType(ContentType.JSON)
                .body(Fixtures.productBody(subject, Fixtures.unique(productName), "FOOD", "FRESH_PRODUCE"))
                .post("/api/v1/ocop/products").then().statusCode(201).extract().path("id");
        return new Producer(subject, product, subjectToken(subject));
    }

    static String subjectToken(String subjectId) {
        return TestTokens.bearer(TestTokens.tokenFor("producer." + subjectId.substring(0, 8), Roles.SUBJECT,
                Map.of(Roles.OCOP_SUBJECT_CLAIM, subjectId)));
    }

    static List<Map<String, Object>> documents() {
        List<Map<String, Object>> documents = new ArrayList<>();
        documents.add(document("REGISTRATION_FORM", "phieu-dang-ky.pdf", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"));
        documents.add(document("PRODUCT_PLAN", "phuong-an-san-xuat.pdf", "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"));
        documents.add(document("BUSINESS_REGISTRATION", "giay-dang-ky-htx.pdf", "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13"));
        documents.add(document("QUALITY_DECLARATION", "ban-cong-bo-chat-luong.pdf", "a4e624d686e03ed2767c0abd85c14426b0b1157d2ce81d27bb4fe4f6f01d688a"));
        return documents;
    }

    static Map<String, Object> document(String code, String fileName, String sha256) {
        return new LinkedHashMap<>(Map.of("code", code, "fileName", fileName, "sha256", sha256, "sizeBytes", 102400));
    }

    static Map<String, Object> dossierBody(String productId, LocalDate date, List<Map<String, Object>> documents) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productId", productId);
        body.put("dossierDate", date.toString());
        body.put("selfScore", 78.5);
        body.put("description", "Vải thiều tươi, quả to, cùi dày, hạt nhỏ, vị ngọt đậm");
        body.put("documents", documents);
        return body;
    }

    static String etag(String id) {
        return Fixtures.asAdmin().get(DOSSIERS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    static Response propose(String id) {
        return given().header("Authorization", COMMUNE_OFFICER).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("note", "Nguồn gốc và vùng nguyên liệu đã kiểm tra")).post(DOSSIERS + "/" + id + "/proposal");
    }

    static Response openEvaluation(String id, LocalDate date) {
        return Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("evaluationDate", date.toString(), "mandatoryCriteria", Fixtures.criteria(true, true, true)))
                .post(DOSSIERS + "/" + id + "/evaluation");
    }

    /** Files one sheet of {@code total} by a member of the evaluation's council level and decides it. */
    static void scoreAndDecide(String evaluationId, String level, String total, LocalDate decisionDate) {
        java.math.BigDecimal t = new java.math.BigDecimal(total);
        java.math.BigDecimal c = t.min(new java.math.BigDecimal("35.00"));
        java.math.BigDecimal b = t.subtract(c).min(new java.math.BigDecimal("25.00"));
        java.math.BigDecimal a = t.subtract(c).subtract(b);
        given().header("Authorization", Fixtures.member("member." + level.toLowerCase(), level)).contentType(ContentType.JSON)
                .body(Fixtures.sheet(a.toPlainString(), b.toPlainString(), c.toPlainString()))
                .put("/api/v1/ocop/evaluations/" + evaluationId + "/score-sheets/mine").then().statusCode(201);
        Fixtures.decide(evaluationId, decisionDate).then().statusCode(200);
    }

    static String submit(Producer producer, LocalDate date) {
        return producer.request().body(dossierBody(producer.productId(), date, documents())).post(DOSSIERS).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void a1489DossierGoesFromTheProducerThroughTheCommuneCheckToAFourStarCertificate() {
        Producer producer = producer("Vải thiều Thanh Hà");
        Response submitted = producer.request().body(dossierBody(producer.productId(), TODAY.minusDays(30), documents())).post(DOSSIERS);
        submitted.then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("ruleVersion", equalTo("QD_1489_2025")).body("state", equalTo("SUBMITTED"))
                .body("step.code", equalTo("COMMUNE_CHECK")).body("step.actingBody", equalTo("Ủy ban nhân dân cấp xã"))
                .body("steps.code", equalTo(List.of("COMMUNE_CHECK", "PROVINCE_COUNCIL", "CENTRAL_COUNCIL")))
                .body("documents.find { it.code == 'REGISTRATION_FORM' }.sha256",
                        equalTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
                .body("selfScore", equalTo(78.5f)).body("subjectId", equalTo(producer.subjectId()));
        String id = submitted.path("id");

        // the council cannot start before the commune has proposed the product
        openEvaluation(id, TODAY.minusDays(20)).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/invalid-transition"));
        // every transition needs the version read: 428 without it, 412 when stale
        given().header("Authorization", COMMUNE_OFFICER).contentType(ContentType.JSON).body(Map.of())
                .post(DOSSIERS + "/" + id + "/proposal").then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", COMMUNE_OFFICER).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of())
                .post(DOSSIERS + "/" + id + "/proposal").then().statusCode(412).contentType("application/problem+json");

        propose(id).then().statusCode(200).body("step.code", equalTo("PROVINCE_COUNCIL")).body("state", equalTo("SUBMITTED"))
                .body("history.action", equalTo(List.of("SUBMITTED", "PROPOSED")))
                .body("history[1].actingBody", equalTo("Ủy ban nhân dân cấp xã"));
        // the proposal was the commune's step: proposing again at the council step is out of order
        propose(id).then().statusCode(409).body("type", equalTo("https://ntm.example/problems/invalid-transition"));

        Response opened = openEvaluation(id, TODAY.minusDays(20));
        opened.then().statusCode(200).body("state", equalTo("IN_EVALUATION"));
        String evaluation = opened.path("evaluationId");
        Fixtures.asOfficer().get("/api/v1/ocop/evaluations/" + evaluation).then().statusCode(200)
                .body("dossierId", equalTo(id)).body("backfilled", equalTo(false)).body("councilLevel", equalTo("PROVINCE"));

        scoreAndDecide(evaluation, "PROVINCE", "80.00", TODAY.minusDays(10));
        Response done = producer.request().get(DOSSIERS + "/" + id);
        done.then().statusCode(200).body("state", equalTo("CERTIFIED")).body("step.code", equalTo("PROVINCE_COUNCIL"))
                .body("history.action", hasItem("CERTIFIED"));
        String number = done.path("certificateNumber");
        given().get("/api/v1/ocop/certificates/" + number).then().statusCode(200).body("stars", equalTo(4)).body("state", equalTo("ACTIVE"));
    }

    @Test
    void ninetyPointsAtTheProvinceSendTheDossierToTheCentralCouncil() {
        Producer producer = producer("Bánh đậu xanh Rồng Vàng");
        String id = submit(producer, TODAY.minusDays(40));
        propose(id).then().statusCode(200);
        String provincial = openEvaluation(id, TODAY.minusDays(30)).then().statusCode(200).extract().path("evaluationId");
        scoreAndDecide(provincial, "PROVINCE", "92.00", TODAY.minusDays(25));
        Response atCentral = producer.request().get(DOSSIERS + "/" + id);
        atCentral.then().statusCode(200).body("state", equalTo("SUBMITTED")).body("step.code", equalTo("CENTRAL_COUNCIL"))
                .body("step.actingBody", equalTo("Bộ Nông nghiệp và Môi trường (Hội đồng OCOP Trung ương)"));
        assertThat((String) atCentral.path("certificateNumber")).as("the province certified 4 stars meanwhile").isNotNull();

        String central = openEvaluation(id, TODAY.minusDays(15)).then().statusCode(200).extract().path("evaluationId");
        Fixtures.asOfficer().get("/api/v1/ocop/evaluations/" + central).then().body("councilLevel", equalTo("CENTRAL"));
        scoreAndDecide(central, "CENTRAL", "93.00", TODAY.minusDays(5));
        String number = producer.request().get(DOSSIERS + "/" + id).then().statusCode(200).body("state", equalTo("CERTIFIED"))
                .extract().path("certificateNumber");
        given().get("/api/v1/ocop/certificates/" + number).then().statusCode(200).body("stars", equalTo(5));
    }

    @Test
    void a2024DossierUnderDecision148GoesToTheDistrictForThreeStars() {
        Producer producer = producer("Gạo nếp cái hoa vàng Kinh Môn");
        Response submitted = producer.request().body(dossierBody(producer.productId(), LocalDate.of(2024, 5, 10), documents())).post(DOSSIERS);
        submitted.then().statusCode(201).body("ruleVersion", equalTo("QD_148_2023")).body("step.code", equalTo("DISTRICT_COUNCIL"))
                .body("steps.code", equalTo(List.of("DISTRICT_COUNCIL", "PROVINCE_COUNCIL", "CENTRAL_COUNCIL")));
        String id = submitted.path("id");
        // no commune check under 148: proposing is out of order
        propose(id).then().statusCode(409).body("type", equalTo("https://ntm.example/problems/invalid-transition"));
        String evaluation = openEvaluation(id, LocalDate.of(2024, 6, 3)).then().statusCode(200).extract().path("evaluationId");
        Fixtures.asOfficer().get("/api/v1/ocop/evaluations/" + evaluation).then().body("councilLevel", equalTo("DISTRICT"))
                .body("rules.code", equalTo("QD_148_2023"));
        scoreAndDecide(evaluation, "DISTRICT", "60.00", LocalDate.of(2024, 6, 20));
        String number = producer.request().get(DOSSIERS + "/" + id).then().statusCode(200).body("state", equalTo("CERTIFIED"))
                .extract().path("certificateNumber");
        given().get("/api/v1/ocop/certificates/" + number).then().statusCode(200).body("stars", equalTo(3));
    }

    @Test
    void aReturnForRevisionNeedsAReasonAndTheRevisionGoesBackToTheSameStep() {
        Producer producer = producer("Vải thiều sấy khô");
        String id = submit(producer, TODAY.minusDays(5));
        given().header("Authorization", COMMUNE_OFFICER).contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of())
                .post(DOSSIERS + "/" + id + "/return").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        given().header("Authorization", COMMUNE_OFFICER).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("reason", "Thiếu bản công bố chất lượng sản phẩm; bổ sung trước ngày 30/09/2025"))
                .post(DOSSIERS + "/" + id + "/return").then().statusCode(200).body("state", equalTo("RETURNED"))
                .body("returnReason", equalTo("Thiếu bản công bố chất lượng sản phẩm; bổ sung trước ngày 30/09/2025"));
        // a returned dossier waits for the producer: the commune cannot propose it
        propose(id).then().statusCode(409);
        Map<String, Object> revision = Map.of("selfScore", 80.0, "description", "Bổ sung bản công bố chất lượng", "documents", documents());
        producer.request().body(revision).put(DOSSIERS + "/" + id).then().statusCode(428);
        producer.request().header("If-Match", etag(id)).body(revision).put(DOSSIERS + "/" + id).then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("step.code", equalTo("COMMUNE_CHECK")).body("returnReason", nullValue())
                .body("history.action", equalTo(List.of("SUBMITTED", "RETURNED", "RESUBMITTED")));
        propose(id).then().statusCode(200).body("step.code", equalTo("PROVINCE_COUNCIL"));
        Fixtures.asAdmin().get(DOSSIERS + "/" + id + "/audit").then().statusCode(200)
                .body("items.path", hasItem(DOSSIERS + "/" + id + "/return"));
    }

    @Test
    void aSubjectSeesAndTouchesOnlyItsOwnDossiers() {
        Producer mine = producer("Vải thiều Thanh Hà");
        Producer other = producer("Bánh gai Ninh Giang");
        String myDossier = submit(mine, TODAY.minusDays(3));
        String theirs = submit(other, TODAY.minusDays(3));
        // another producer's dossier is not there for this producer, as an unknown id (issue 20)
        mine.request().get(DOSSIERS + "/" + theirs).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/not-found"));
        mine.request().header("If-Match", "\"0\"").body(Map.of("selfScore", 80.0, "documents", documents()))
                .put(DOSSIERS + "/" + theirs).then().statusCode(404);
        mine.request().body(dossierBody(other.productId(), TODAY, documents())).post(DOSSIERS).then().statusCode(403);
        List<String> listed = mine.request().get(DOSSIERS + "?size=200").then().statusCode(200).extract().path("items.id");
        assertThat(listed).containsExactly(myDossier);
        // the officials of the territory see both
        List<String> officials = given().header("Authorization", COMMUNE_OFFICER).get(DOSSIERS + "?size=200").then().statusCode(200)
                .extract().path("items.id");
        assertThat(officials).contains(myDossier, theirs);
        // a producer cannot act for a step's body
        mine.request().header("If-Match", "\"0\"").body(Map.of("note", "tự đề xuất")).post(DOSSIERS + "/" + myDossier + "/proposal")
                .then().statusCode(403);
    }

    @Test
    void badInputIsRefusedWithProblemsAndNothingIsWritten() {
        Producer producer = producer("Nước mắm Thanh Sơn");
        List<Map<String, Object>> badChecksum = documents();
        badChecksum.get(0).put("sha256", "not-a-checksum");
        producer.request().body(dossierBody(producer.productId(), TODAY, badChecksum)).post(DOSSIERS).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("documents[0].sha256"));
        List<Map<String, Object>> missing = documents();
        missing.remove(3);
        producer.request().body(dossierBody(producer.productId(), TODAY, missing)).post(DOSSIERS).then().statusCode(422)
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("QUALITY_DECLARATION")));
        List<Map<String, Object>> unknown = documents();
        unknown.add(document("TAX_RETURN", "to-khai-thue.pdf", "a4e624d686e03ed2767c0abd85c14426b0b1157d2ce81d27bb4fe4f6f01d688a"));
        producer.request().body(dossierBody(producer.productId(), TODAY, unknown)).post(DOSSIERS).then().statusCode(422)
                .body("errors.field", hasItem("documents[4].code"));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(dossierBody("5d7e2c9a-1b3f-4e6a-8c0d-2f4b6a8c0e1f", TODAY, documents()))
                .post(DOSSIERS).then().statusCode(422).body("errors.field", hasItem("productId"));
        Map<String, Object> overScore = dossierBody(producer.productId(), TODAY, documents());
        overScore.put("selfScore", 101);
        producer.request().body(overScore).post(DOSSIERS).then().statusCode(400).body("errors.field", hasItem("selfScore"));
        producer.request().get(DOSSIERS).then().statusCode(200).body("totalItems", equalTo(0));
        // one open dossier per product
        submit(producer, TODAY);
        producer.request().body(dossierBody(producer.productId(), TODAY, documents())).post(DOSSIERS).then().statusCode(409);
    }

    @Test
    void anEvaluationCreatedDirectlyIsFlaggedAsBackfilled() {
        String evaluation = Fixtures.evaluation(Fixtures.product(Fixtures.unique("Gốm Chu Đậu"), COMMUNE), "PROVINCE", LocalDate.of(2024, 3, 1));
        Fixtures.asOfficer().get("/api/v1/ocop/evaluations/" + evaluation).then().statusCode(200)
                .body("backfilled", equalTo(true)).body("dossierId", nullValue());
    }
}
