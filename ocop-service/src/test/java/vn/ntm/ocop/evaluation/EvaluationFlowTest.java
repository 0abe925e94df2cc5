package vn.ntm.ocop.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.security.Roles;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.ocop.support.CommunesWireMock;
import vn.ntm.ocop.support.Fixtures;

/** Evaluations end to end: rule version by date, score sheets, council powers, mandatory criteria, decisions, re-evaluation. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesWireMock.class)
@QuarkusTestResource(TestTokens.class)
class EvaluationFlowTest {

    private static final String EVALUATIONS = "/api/v1/ocop/evaluations";
    /** A day under QĐ 1489 whatever day the tests run. */
    private static final LocalDate RECENT = LegalDate.today().minusDays(20);

    @Test
    void theRuleVersionFollowsTheEvaluationDate() {
        String before = Fixtures.evaluation(Fixtures.product(Fixtures.unique("Bánh gai Ninh Giang"), "10867"), "PROVINCE", LocalDate.of(2023, 2, 23));
        Fixtures.asOfficer().get(EVALUATIONS + "/" + before).then().statusCode(200)
                .body("rules.code", equalTo("QD_1048_2019")).body("rules.partAMaximum", equalTo(35.0f)).body("rules.partCMaximum", equalTo(40.0f));
        Fixtures.file(before, "member-a", Fixtures.sheet("35.50", "20", "30")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/unprocessable"))
                .body("errors[0].field", equalTo("partA"))
                .body("errors[0].message", containsString("35.00"));
        Fixtures.file(before, "member-a", Fixtures.sheet("30", "20", "40")).then().statusCode(201)
                .body("partC.score", equalTo(40.0f)).body("partC.maximum", equalTo(40.0f)).body("total", equalTo(90.0f));

        String after = Fixtures.evaluation(Fixtures.product(Fixtures.unique("Bánh gai Ninh Giang"), "10867"), "PROVINCE", LocalDate.of(2023, 2, 24));
        Fixtures.asOfficer().get(EVALUATIONS + "/" + after).then().statusCode(200)
                .body("rules.code", equalTo("QD_148_2023")).body("rules.partAMaximum", equalTo(40.0f)).body("rules.partCMaximum", equalTo(35.0f));
        Fixtures.file(after, "member-a", Fixtures.sheet("30", "26", "36")).then().statusCode(422)
                .body("errors.field", equalTo(List.of("partB", "partC")));
        Fixtures.file(after, "member-a", Fixtures.sheet("40", "25", "35")).then().statusCode(201).body("total", equalTo(100.0f));

        // moving the earlier evaluation to a date under 148: its sheet (C = 40) no longer fits
        Map<String, Object> update = new HashMap<>(Map.of("councilLevel", "PROVINCE", "evaluationDate", "2023-03-01",
                "mandatoryCriteria", Fixtures.criteria(true, true, true)));
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", Fixtures.etag(EVALUATIONS + "/" + before)).body(update)
                .put(EVALUATIONS + "/" + before).then().statusCode(422).body("errors[0].field", equalTo("scoreSheets[0].partC"));
        update.put("evaluationDate", "2019-08-20");
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", Fixtures.etag(EVALUATIONS + "/" + before)).body(update)
                .put(EVALUATIONS + "/" + before).then().statusCode(422).body("errors[0].field", equalTo("evaluationDate"));
    }

    @Test
    void theMemberIsTheAuthenticatedActorNeverANameInTheBody() {
        String evaluation = Fixtures.evaluation(Fixtures.product(Fixtures.unique("Vải thiều Thanh Hà"), "10867"), "PROVINCE", RECENT);
        String etag0 = Fixtures.etag(EVALUATIONS + "/" + evaluation);
        Fixtures.file(evaluation, "member-a", Fixtures.sheet("30", "20", "30")).then().statusCode(201)
                .body("member", equalTo("member-a")).header("ETag", not(equalTo(etag0)));
        Fixtures.file(evaluation, "member-b", Fixtures.sheet("32", "21", "31")).then().statusCode(201).body("member", equalTo("member-b"));
        Fixtures.file(evaluation, "member-a", Fixtures.sheet("31", "20", "30")).then().statusCode(200).body("total", equalTo(81.0f));

        Map<String, Object> impersonation = new HashMap<>(Fixtures.sheet("40", "25", "35"));
        impersonation.put("member", "Nguyễn Văn Bình");
        Fixtures.file(evaluation, "member-c", impersonation).then().statusCode(400).body("errors[0].field", equalTo("member"));
        given().contentType(ContentType.JSON).body(Fixtures.sheet("40", "25", "35"))
                .put(EVALUATIONS + "/" + evaluation + "/score-sheets/mine").then().statusCode(401)
                .contentType("application/problem+json");

        Response view = Fixtures.asOfficer().get(EVALUATIONS + "/" + evaluation);
        view.then().statusCode(200)
                .body("scoreSheets.member", equalTo(List.of("member-a", "member-b")))
                .body("scoreSheets[0].partA.items.code", equalTo(List.of("A1", "A2")))
                .body("result.provisional", equalTo(true))
                .body("result.scoreSheets", equalTo(2))
                .body("result.averageScore", equalTo(82.5f))
                .body("result.awardedStars", equalTo(4));
        assertThat(view.asString()).doesNotContain("Nguyễn Văn Bình");

        Fixtures.asMember(evaluation, "member-b").delete(EVALUATIONS + "/" + evaluation + "/score-sheets/mine").then().statusCode(204);
        Fixtures.asMember(evaluation, "member-b").delete(EVALUATIONS + "/" + evaluation + "/score-sheets/mine").then().statusCode(404);
        Fixtures.asOfficer().get(EVALUATIONS + "/" + evaluation).then().body("scoreSheets.member", equalTo(List.of("member-a")));
        Fixtures.asAdmin().get(EVALUATIONS + "/" + evaluation + "/audit").then().statusCode(200)
                .body("items.actor", hasItems("member-a", "member-b"));
    }

    @Test
    void aScoreSheetBelongsToTheTokensSubjectAndOnlyToMembersOfTheEvaluationsCouncil() {
        String evaluation = Fixtures.evaluation(Fixtures.product(Fixtures.unique("Vải thiều Thanh Hà"), "10867"), "PROVINCE", RECENT);
        String sheets = EVALUATIONS + "/" + evaluation + "/score-sheets/mine";
        String hoa = "hoidong-ocop-30.tran-thi-hoa";
        String binh = "hoidong-ocop-30.le-van-binh";
        given().header("Authorization", Fixtures.member(hoa, "PROVINCE")).contentType(ContentType.JSON).body(Fixtures.sheet("30", "20", "30"))
                .put(sheets).then().statusCode(201).body("member", equalTo(hoa));
        given().header("Authorization", Fixtures.member(binh, "PROVINCE")).contentType(ContentType.JSON).body(Fixtures.sheet("35", "20", "30"))
                .put(sheets).then().statusCode(201).body("member", equalTo(binh));
        // a member replaces only their own sheet, and withdraws only their own
        given().header("Authorization", Fixtures.member(hoa, "PROVINCE")).contentType(ContentType.JSON).body(Fixtures.sheet("31", "20", "30"))
                .put(sheets).then().statusCode(200).body("member", equalTo(hoa)).body("total", equalTo(81.0f));
        given().header("Authorization", Fixtures.member("hoidong-ocop-30.pham-van-cuong", "PROVINCE")).delete(sheets).then().statusCode(404);

        // not a member of this council: another level, another province's council, an official who is no member
        Map<String, String> refused = Map.of(
                "CENTRAL member", Fixtures.member("hoidong-ocop-tw.nguyen-van-duc", "CENTRAL"),
                "member without a level", TestTokens.bearer(TestTokens.tokenFor("hoidong-ocop-30.do-van-em", Roles.OCOP_COUNCIL_MEMBER,
                        Map.of(Roles.PROVINCE_CLAIM, "30"))),
                "province officer", Fixtures.OFFICER,
                "administrator", Fixtures.ADMIN);
        refused.forEach((who, token) -> {
            given().header("Authorization", token).contentType(ContentType.JSON).body(Fixtures.sheet("40", "25", "35")).put(sheets)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("https://ntm.example/problems/forbidden"));
            given().header("Authorization", token).delete(sheets).then().statusCode(403);
        });
        // another province's council member may not even read the evaluation: it is not there for them (404, issue 20)
        String haiPhong = TestTokens.bearer(TestTokens.tokenFor("hoidong-ocop-31.vu-thi-lan", Roles.OCOP_COUNCIL_MEMBER,
                Map.of(Roles.PROVINCE_CLAIM, "31", Roles.OCOP_LEVEL_CLAIM, "PROVINCE")));
        given().header("Authorization", haiPhong).contentType(ContentType.JSON).body(Fixtures.sheet("40", "25", "35")).put(sheets)
                .then().statusCode(404).contentType("application/problem+json").body("type", equalTo("https://ntm.example/problems/not-found"));
        given().header("Authorization", haiPhong).delete(sheets).then().statusCode(404);

        Fixtures.asOfficer().get(EVALUATIONS + "/" + evaluation).then().statusCode(200)
                .body("scoreSheets.member", equalTo(List.of(binh, hoa)))
                .body("result.averageScore", equalTo(83.0f));
        Fixtures.asAdmin().get(EVALUATIONS + "/" + evaluation + "/audit").then().statusCode(200)
                .body("items.findAll { it.status == 403 }.actor", hasItems("hoidong-ocop-tw.nguyen-van-duc"))
                .body("items.findAll { it.status == 404 }.actor", hasItems("hoidong-ocop-31.vu-thi-lan"))
                .body("items.findAll { it.method == 'PUT' && it.status == 201 }.actor", equalTo(List.of(binh, hoa)));
    }

    @Test
    void theCentralCouncilScoresProductsOfEveryProvinceAndReadsOnlyCentralRounds() {
        String product = Fixtures.product(Fixtures.unique("Bánh đậu xanh Rồng Vàng Hoàng Gia"), "10516");
        String central = Fixtures.evaluation(product, "CENTRAL", RECENT);
        String province = Fixtures.evaluation(product, "PROVINCE", RECENT);
        // a central council member whose token names another province, or none
        String fromHaiPhong = TestTokens.bearer(TestTokens.tokenFor("hoidong-ocop-tw.hoang-van-giang", Roles.OCOP_COUNCIL_MEMBER,
                Map.of(Roles.PROVINCE_CLAIM, "31", Roles.OCOP_LEVEL_CLAIM, "CENTRAL")));
        String ministry = TestTokens.bearer(TestTokens.tokenFor("hoidong-ocop-tw.mai-thi-hanh", Roles.OCOP_COUNCIL_MEMBER,
                Map.of(Roles.OCOP_LEVEL_CLAIM, "CENTRAL")));
        for (String token : List.of(fromHaiPhong, ministry)) {
            given().header("Authorization", token).contentType(ContentType.JSON).body(Fixtures.sheet("38", "24", "33"))
                    .put(EVALUATIONS + "/" + central + "/score-sheets/mine").then().statusCode(201);
            given().header("Authorization", token).get(EVALUATIONS + "/" + central).then().statusCode(200);
            // a provincial round of another province is not there for them, as an unknown id (issue 20)
            given().header("Authorization", token).get(EVALUATIONS + "/" + province).then().statusCode(404);
            given().header("Authorization", token).contentType(ContentType.JSON).body(Fixtures.sheet("38", "24", "33"))
                    .put(EVALUATIONS + "/" + province + "/score-sheets/mine").then().statusCode(404);
            given().header("Authorization", token).queryParam("product", product).get(EVALUATIONS).then().statusCode(200)
                    .body("items.id", equalTo(List.of(central)));
        }
        Fixtures.asOfficer().get(EVALUATIONS + "/" + central).then()
                .body("scoreSheets.member", equalTo(List.of("hoidong-ocop-tw.hoang-van-giang", "hoidong-ocop-tw.mai-thi-hanh")));
        // Hải Dương's own provincial council reads both rounds of its product, and scores only its own
        String provincial = Fixtures.member("hoidong-ocop-30.ngo-thi-kim", "PROVINCE");
        given().header("Authorization", provincial).queryParam("product", product).get(EVALUATIONS).then().statusCode(200)
                .body("totalItems", equalTo(2));
        given().header("Authorization", provincial).contentType(ContentType.JSON).body(Fixtures.sheet("38", "24", "33"))
                .put(EVALUATIONS + "/" + central + "/score-sheets/mine").then().statusCode(403);
    }

    @Test
    void scoresAreDecimalsWithTwoPlacesNeverNegative() {
        String evaluation = Fixtures.evaluation(Fixtures.product(Fixtures.unique("Chè xanh"), "10867"), "PROVINCE", RECENT);
        Fixtures.file(evaluation, "member-a", Fixtures.sheet("30.125", "20", "30")).then().statusCode(400)
                .body("errors[0].field", containsString("partA.items"));
        Fixtures.file(evaluation, "member-a", Map.of("partA", Map.of("items", List.of(Map.of("code", "A1", "score", -1))),
                "partB", Map.of("items", List.of(Map.of("code", "B1", "score", 1))),
                "partC", Map.of("items", List.of(Map.of("code", "C1", "score", 1))))).then().statusCode(400)
                .body("errors[0].field", equalTo("partA.items[0].score"));
        Fixtures.file(evaluation, "member-a", Map.of("partA", Map.of("items", List.of(Map.of("code", "A1", "score", 10), Map.of("code", "A1", "score", 5))),
                "partB", Map.of("items", List.of(Map.of("code", "B1", "score", 1))),
                "partC", Map.of("items", List.of(Map.of("code", "C1", "score", "mười"))))).then().statusCode(400);
        Fixtures.file(evaluation, "member-a", Map.of("partA", Map.of("items", List.of(Map.of("code", "A1", "score", 10), Map.of("code", "A1", "score", 5))),
                "partB", Map.of("items", List.of(Map.of("code", "B1", "score", 1))),
                "partC", Map.of("items", List.of(Map.of("code", "C1", "score", 1))))).then().statusCode(400)
                .body("errors[0].field", equalTo("partA.items[1].code"));
        Fixtures.file(evaluation, "member-a", Map.of("partA", Map.of("items", List.of()), "partB", Map.of("items", List.of()))).then().statusCode(400)
                .body("errors.field", hasItems("partA.items", "partC"));
        Fixtures.asMember(evaluation, "member-a").contentType(ContentType.JSON).body("{\"partA\": {\"items\": [")
                .put(EVALUATIONS + "/" + evaluation + "/score-sheets/mine").then().statusCode(400)
                .contentType("application/problem+json");
        Fixtures.asOfficer().get(EVALUATIONS + "/" + evaluation).then().body("scoreSheets.size()", equalTo(0));
    }

    @Test
    void bandEdgesAreExactThroughTheApi() {
        String low = Fixtures.evaluation(Fixtures.product(Fixtures.unique("Nước mắm"), "10867"), "PROVINCE", RECENT);
        Fixtures.fileTotal(low, "member-a", "69.99");
        Fixtures.decide(low, RECENT).then().statusCode(200)
                .body("state", equalTo("DECIDED"))
                .body("result.provisional", equalTo(false))
                .body("result.averageScore", equalTo(69.99f))
                .body("result.awardedStars", equalTo(3))
                .body("result.outcome", equalTo("CERTIFIED"));
        String high = Fixtures.evaluation(Fixtures.product(Fixtures.unique("Nước mắm"), "10867"), "PROVINCE", RECENT);
        Fixtures.fileTotal(high, "member-a", "69.99");
        Fixtures.fileTotal(high, "member-b", "70.00");
        Fixtures.decide(high, RECENT).then().statusCode(200)
                .body("result.averageScore", equalTo(70.0f))
                .body("result.bandStars", equalTo(4))
                .body("result.awardedStars", equalTo(4))
                .body("result.certificateNumber", notNullValue());
    }

    @Test
    void theDistrictLevelEndedWithDecision1489() {
        String product = Fixtures.product(Fixtures.unique("Gạo nếp cái hoa vàng"), "10867");
        Fixtures.openEvaluation(product, "DISTRICT", LocalDate.of(2025, 7, 6), Fixtures.criteria(true, true, true)).then().statusCode(422)
                .body("errors[0].field", equalTo("councilLevel"))
                .body("errors[0].message", containsString("1489"));
        Fixtures.openEvaluation(product, "DISTRICT", LocalDate.of(2025, 7, 5), Fixtures.criteria(true, true, true)).then().statusCode(201)
                .body("rules.code", equalTo("QD_148_2023"));
        Fixtures.openEvaluation(product, "COMMUNE_PRECHECK", LocalDate.of(2024, 5, 1), null).then().statusCode(422)
                .body("errors[0].field", equalTo("councilLevel"));
        String precheck = Fixtures.openEvaluation(product, "COMMUNE_PRECHECK", RECENT, null).then().statusCode(201).extract().path("id");
        Fixtures.fileTotal(precheck, "member-a", "72.00");
        Fixtures.decide(precheck, RECENT).then().statusCode(200)
                .body("result.outcome", equalTo("PROPOSED")).body("result.proposedForStars", equalTo(4))
                .body("result.certificateNumber", nullValue());
        given().get("/api/v1/ocop/products/" + product).then().body("proposedForStars", equalTo(4)).body("certificate", nullValue());
    }

    @Test
    void underDecision148TheDistrictCertifiesThreeStarsAndTheProvinceFour() {
        String product = Fixtures.product(Fixtures.unique("Bánh đa Kẻ"), "10867");
        String district = Fixtures.evaluation(product, "DISTRICT", LocalDate.of(2024, 3, 15));
        Fixtures.fileTotal(district, "member-a", "75.00");
        String first = Fixtures.decide(district, LocalDate.of(2024, 3, 20)).then().statusCode(200)
                .body("result.bandStars", equalTo(4)).body("result.awardedStars", equalTo(3))
                .body("result.outcome", equalTo("CERTIFIED")).body("result.proposedForStars", equalTo(4))
                .extract().path("result.certificateNumber");
        assertThat(first).matches("OCOP-30-2024-\\d{6}");
        given().get("/api/v1/ocop/products/" + product).then().body("proposedForStars", equalTo(4)).body("certificate.stars", equalTo(3));

        String province = Fixtures.evaluation(product, "PROVINCE", LocalDate.of(2024, 6, 10));
        Fixtures.fileTotal(province, "member-a", "78.00");
        String second = Fixtures.decide(province, LocalDate.of(2024, 6, 20)).then().statusCode(200)
                .body("result.awardedStars", equalTo(4)).extract().path("result.certificateNumber");
        given().get("/api/v1/ocop/products/" + product).then()
                .body("proposedForStars", nullValue()).body("certificate.number", equalTo(second)).body("certificate.stars", equalTo(4));
        given().get("/api/v1/ocop/certificates/" + first).then().statusCode(200)
                .body("state", equalTo("SUPERSEDED")).body("supersededBy", equalTo(second));

        // a provincial result under 70 does not replace the district's certificate under 148
        String low = Fixtures.evaluation(Fixtures.product(Fixtures.unique("Bánh đa Kẻ"), "10867"), "PROVINCE", LocalDate.of(2024, 6, 10));
        Fixtures.fileTotal(low, "member-a", "65.00");
        Fixtures.decide(low, LocalDate.of(2024, 6, 20)).then().statusCode(200)
                .body("result.outcome", equalTo("BELOW_COUNCIL_RANGE")).body("result.certificateNumber", nullValue());
    }

    @Test
    void ninetyAtProvinceIsFourStarsProposedForFiveUntilTheCentralRoundDecides() {
        String product = Fixtures.product(Fixtures.unique("Bánh đậu xanh Rồng Vàng Hoàng Gia"), "10516");
        String province = Fixtures.evaluation(product, "PROVINCE", RECENT.minusDays(10));
        Fixtures.fileTotal(province, "member-a", "92.00");
        Fixtures.fileTotal(province, "member-b", "90.00");
        String four = Fixtures.decide(province, RECENT.minusDays(5)).then().statusCode(200)
                .body("result.averageScore", equalTo(91.0f)).body("result.bandStars", equalTo(5))
                .body("result.awardedStars", equalTo(4)).body("result.proposedForStars", equalTo(5))
                .extract().path("result.certificateNumber");
        given().get("/api/v1/ocop/products/" + product).then().body("proposedForStars", equalTo(5)).body("certificate.stars", equalTo(4));
        given().get("/api/v1/ocop/certificates/" + four).then().body("stars", equalTo(4)).body("proposedForStars", equalTo(5))
                .body("state", equalTo("ACTIVE"));

        String central = Fixtures.evaluation(product, "CENTRAL", RECENT);
        Fixtures.fileTotal(central, "member-c", "93.00");
        String five = Fixtures.decide(central, RECENT).then().statusCode(200)
                .body("result.awardedStars", equalTo(5)).body("result.outcome", equalTo("CERTIFIED"))
                .extract().path("result.certificateNumber");
        given().get("/api/v1/ocop/products/" + product).then().body("proposedForStars", nullValue())
                .body("certificate.number", equalTo(five)).body("certificate.stars", equalTo(5));
        given().get("/api/v1/ocop/certificates/" + four).then().body("state", equalTo("SUPERSEDED")).body("supersededBy", equalTo(five));
        Fixtures.asOfficer().queryParam("product", product).get("/api/v1/ocop/certificates").then().statusCode(200)
                .body("items.find { it.number == '" + five + "' }.kind", equalTo("RE_EVALUATION"))
                .body("items.find { it.number == '" + four + "' }.kind", equalTo("NEW"));

        // a central round below 90 settles the proposal and leaves the provincial certificate in force
        String other = Fixtures.product(Fixtures.unique("Bình gốm Chu Đậu"), "10642");
        String otherProvince = Fixtures.evaluation(other, "PROVINCE", RECENT.minusDays(10));
        Fixtures.fileTotal(otherProvince, "member-a", "90.00");
        String kept = Fixtures.decide(otherProvince, RECENT.minusDays(10)).then().statusCode(200).extract().path("result.certificateNumber");
        String otherCentral = Fixtures.evaluation(other, "CENTRAL", RECENT);
        Fixtures.fileTotal(otherCentral, "member-a", "85.00");
        Fixtures.decide(otherCentral, RECENT).then().statusCode(200)
                .body("result.outcome", equalTo("BELOW_COUNCIL_RANGE")).body("result.certificateNumber", nullValue());
        given().get("/api/v1/ocop/products/" + other).then().body("proposedForStars", nullValue()).body("certificate.number", equalTo(kept));
        given().get("/api/v1/ocop/certificates/" + kept).then().body("state", equalTo("ACTIVE"));
    }

    @Test
    void mandatoryCriteriaMustBeAnsweredAndCapTheStars() {
        String product = Fixtures.product(Fixtures.unique("Rượu Phú Lộc"), "10867");
        String evaluation = Fixtures.openEvaluation(product, "PROVINCE", RECENT, null).then().statusCode(201)
                .body("mandatoryCriteria.code", hasItems("PRODUCT_STANDARD_PUBLISHED", "PRODUCT_UNIQUENESS", "EXPORT_OR_INTERNATIONAL_STANDARD"))
                .body("mandatoryCriteria[0].met", nullValue())
                .extract().path("id");
        Fixtures.fileTotal(evaluation, "member-a", "80.00");
        Fixtures.decide(evaluation, RECENT).then().statusCode(422)
                .body("type", equalTo("https://ntm.example/problems/precondition-unmet"))
                .body("context.unansweredCriteria", equalTo(List.of("PRODUCT_STANDARD_PUBLISHED", "QUALITY_CONTROL_TRACEABILITY", "PRODUCT_UNIQUENESS")));
        Fixtures.asOfficer().get(EVALUATIONS + "/" + evaluation).then().body("state", equalTo("OPEN"));

        Map<String, Object> update = new HashMap<>(Map.of("councilLevel", "PROVINCE", "evaluationDate", RECENT.toString(),
                "mandatoryCriteria", List.of(Map.of("code", "NO_SUCH_CRITERION", "met", true))));
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", Fixtures.etag(EVALUATIONS + "/" + evaluation)).body(update)
                .put(EVALUATIONS + "/" + evaluation).then().statusCode(422).body("errors[0].field", equalTo("mandatoryCriteria[0].code"));
        update.put("mandatoryCriteria", Fixtures.criteria(false, true, true));
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", Fixtures.etag(EVALUATIONS + "/" + evaluation)).body(update)
                .put(EVALUATIONS + "/" + evaluation).then().statusCode(200)
                .body("mandatoryCriteria.find { it.code == 'PRODUCT_STANDARD_PUBLISHED' }.met", equalTo(false));
        Fixtures.decide(evaluation, RECENT).then().statusCode(200)
                .body("result.bandStars", equalTo(4)).body("result.mandatoryCapStars", equalTo(2))
                .body("result.awardedStars", equalTo(2)).body("result.outcome", equalTo("MANDATORY_CRITERIA_UNMET"))
                .body("result.certificateNumber", nullValue());
        given().get("/api/v1/ocop/products/" + product).then().body("certificate", nullValue());

        String notUnique = Fixtures.openEvaluation(Fixtures.product(Fixtures.unique("Rượu Phú Lộc"), "10867"), "PROVINCE", RECENT,
                Fixtures.criteria(true, false, true)).then().statusCode(201).extract().path("id");
        Fixtures.fileTotal(notUnique, "member-a", "85.00");
        Fixtures.decide(notUnique, RECENT).then().statusCode(200)
                .body("result.awardedStars", equalTo(3)).body("result.outcome", equalTo("CERTIFIED"));
    }

    @Test
    void decisionsNeedTheCurrentVersionAndCloseTheEvaluation() {
        String evaluation = Fixtures.evaluation(Fixtures.product(Fixtures.unique("Mật ong hoa vải"), "10867"), "PROVINCE", RECENT);
        Fixtures.fileTotal(evaluation, "member-a", "75.00");
        String read = Fixtures.etag(EVALUATIONS + "/" + evaluation);
        Fixtures.fileTotal(evaluation, "member-b", "40.00");
        Map<String, Object> decision = Map.of("decisionNumber", "1789/QĐ-UBND", "decisionDate", RECENT.toString(), "issuingBody", "Ủy ban nhân dân tỉnh Hải Dương");
        Fixtures.asOfficer().contentType(ContentType.JSON).body(decision).post(EVALUATIONS + "/" + evaluation + "/decision").then().statusCode(428);
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", read).body(decision).post(EVALUATIONS + "/" + evaluation + "/decision")
                .then().statusCode(412).body("type", equalTo("https://ntm.example/problems/stale-version"));
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", Fixtures.etag(EVALUATIONS + "/" + evaluation))
                .body(Map.of("decisionNumber", "1789/QĐ-UBND", "decisionDate", RECENT.minusDays(1).toString(), "issuingBody", "UBND tỉnh"))
                .post(EVALUATIONS + "/" + evaluation + "/decision").then().statusCode(422).body("errors[0].field", equalTo("decisionDate"));
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", Fixtures.etag(EVALUATIONS + "/" + evaluation)).body(Map.of("decisionDate", RECENT.toString()))
                .post(EVALUATIONS + "/" + evaluation + "/decision").then().statusCode(400).body("errors.field", hasItems("decisionNumber", "issuingBody"));
        Fixtures.decide(evaluation, RECENT).then().statusCode(200)
                .body("result.averageScore", equalTo(57.5f)).body("result.awardedStars", equalTo(3)).body("result.decidedBy", equalTo("test.province_officer.30"));

        Fixtures.file(evaluation, "member-c", Fixtures.sheet("30", "20", "30")).then().statusCode(409)
                .body("type", equalTo("https://ntm.example/problems/invalid-transition"));
        Fixtures.decide(evaluation, RECENT).then().statusCode(409);
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", Fixtures.etag(EVALUATIONS + "/" + evaluation))
                .body(Map.of("councilLevel", "PROVINCE", "evaluationDate", RECENT.toString())).put(EVALUATIONS + "/" + evaluation).then().statusCode(409);

        String empty = Fixtures.evaluation(Fixtures.product(Fixtures.unique("Mật ong hoa vải"), "10867"), "PROVINCE", RECENT);
        Fixtures.decide(empty, RECENT).then().statusCode(422).body("context.scoreSheets", equalTo(0));
    }

    @Test
    void reEvaluationMayLowerTheStarsAndSupersedesTheCertificate() {
        String product = Fixtures.product(Fixtures.unique("Vải thiều Thanh Hà sấy"), "10867");
        String four = Fixtures.certify(product, RECENT.minusDays(15), "80.00");
        String three = Fixtures.certify(product, RECENT, "60.00");
        given().get("/api/v1/ocop/certificates/" + four).then().body("state", equalTo("SUPERSEDED")).body("supersededBy", equalTo(three));
        given().get("/api/v1/ocop/certificates/" + three).then().body("state", equalTo("ACTIVE")).body("stars", equalTo(3));
        given().get("/api/v1/ocop/products/" + product).then().body("certificate.number", equalTo(three));
        // a decision dated before the certificate in force cannot replace it
        String late = Fixtures.evaluation(product, "PROVINCE", RECENT.minusDays(30));
        Fixtures.fileTotal(late, "member-a", "80.00");
        Fixtures.decide(late, RECENT.minusDays(30)).then().statusCode(409);
        Fixtures.asOfficer().get(EVALUATIONS + "/" + late).then().body("state", equalTo("OPEN"));
        Fixtures.asOfficer().queryParam("product", product).queryParam("state", "DECIDED").get(EVALUATIONS).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items[0].certificateNumber", equalTo(three));
    }

    @Test
    void unknownReferencesAndBadParametersAreProblems() {
        Fixtures.openEvaluation("3f0c1d2e-0000-4000-8000-00000000abcd", "PROVINCE", RECENT, null).then().statusCode(422)
                .body("errors[0].field", equalTo("productId"));
        Fixtures.openEvaluation(Fixtures.product(Fixtures.unique("Tương Bần"), "10867"), "PROVINCE", LegalDate.today().plusDays(3), null)
                .then().statusCode(400).body("errors[0].field", equalTo("evaluationDate"));
        Fixtures.openEvaluation(Fixtures.product(Fixtures.unique("Tương Bần"), "10867"), "MINISTRY", RECENT, null)
                .then().statusCode(400).body("errors[0].field", equalTo("councilLevel"));
        Fixtures.asOfficer().get(EVALUATIONS + "/3f0c1d2e-0000-4000-8000-00000000abcd").then().statusCode(404);
        Fixtures.file("3f0c1d2e-0000-4000-8000-00000000abcd", "member-a", Fixtures.sheet("30", "20", "30")).then().statusCode(404);
        Fixtures.asOfficer().queryParam("from", "2025-12-01").queryParam("to", "2025-01-01").get(EVALUATIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Fixtures.asOfficer().queryParam("from", "hôm qua").get(EVALUATIONS).then().statusCode(400);
        String product = Fixtures.product(Fixtures.unique("Tương Bần"), "10867");
        Fixtures.evaluation(product, "PROVINCE", RECENT);
        Fixtures.openEvaluation(product, "PROVINCE", RECENT, null).then().statusCode(409);
    }
}
