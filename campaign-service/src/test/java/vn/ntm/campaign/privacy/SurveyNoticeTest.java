package vn.ntm.campaign.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.surveyor;
import static vn.ntm.campaign.testing.Fixtures.create;
import static vn.ntm.campaign.testing.Fixtures.etag;
import static vn.ntm.campaign.testing.Fixtures.standardSurvey;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/** Issue 20, purpose and notice: a survey opens only with its legal basis and the notice respondents are shown. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class SurveyNoticeTest {

    /** Xã Trần Phú (Hải Phòng). */
    private static final String COMMUNE = "10633";
    private static final String BASIS = "Khoản 3 Điều 4 Quyết định 18/2022/QĐ-TTg; Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15";
    private static final String NOTICE = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Trần Phú lấy ý kiến của hộ gia đình. Câu trả lời chỉ dùng để "
            + "đánh giá sự hài lòng phục vụ việc xét công nhận xã đạt chuẩn nông thôn mới.";

    @Test
    void aSurveyWithoutLegalBasisOrNoticeDoesNotOpenUntilBothAreSet() {
        Map<String, Object> body = standardSurvey(COMMUNE, 2026);
        body.remove("legalBasis");
        body.remove("notice");
        String survey = create(body);
        as(surveyor(COMMUNE)).header("If-Match", etag(survey)).post("/api/v1/surveys/" + survey + "/open").then().statusCode(422)
                .contentType("application/problem+json").body("context.unmet", hasItems("NO_LEGAL_BASIS", "NO_NOTICE"))
                .body("context.unmet", not(hasItems("NO_VILLAGES")));

        // bad input names the field and changes nothing
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).header("If-Match", etag(survey)).body(Map.of("legalBasis", " ", "notice", NOTICE))
                .put("/api/v1/surveys/" + survey + "/notice").then().statusCode(400).body("errors[0].field", equalTo("legalBasis"));
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).header("If-Match", etag(survey)).body(Map.of("legalBasis", BASIS, "notice", "x".repeat(10001)))
                .put("/api/v1/surveys/" + survey + "/notice").then().statusCode(400).body("errors[0].field", equalTo("notice"));
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).body(Map.of("legalBasis", BASIS, "notice", NOTICE))
                .put("/api/v1/surveys/" + survey + "/notice").then().statusCode(428);
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).header("If-Match", "\"99\"").body(Map.of("legalBasis", BASIS, "notice", NOTICE))
                .put("/api/v1/surveys/" + survey + "/notice").then().statusCode(412);
        as(surveyor("10615")).contentType(ContentType.JSON).header("If-Match", etag(survey)).body(Map.of("legalBasis", BASIS, "notice", NOTICE))
                .put("/api/v1/surveys/" + survey + "/notice").then().statusCode(403);
        given().get("/api/v1/surveys/" + survey + "/notice").then().statusCode(200).body("legalBasis", equalTo(null));

        as(surveyor(COMMUNE)).contentType(ContentType.JSON).header("If-Match", etag(survey)).body(Map.of("legalBasis", BASIS, "notice", NOTICE))
                .put("/api/v1/surveys/" + survey + "/notice").then().statusCode(200).body("legalBasis", equalTo(BASIS));
        as(surveyor(COMMUNE)).header("If-Match", etag(survey)).post("/api/v1/surveys/" + survey + "/open").then().statusCode(200);

        // the app reads it without a token before the first question
        given().get("/api/v1/surveys/" + survey + "/notice").then().statusCode(200)
                .body("purpose", equalTo("RECOGNITION")).body("controller", containsString("MTTQ"))
                .body("legalBasis", equalTo(BASIS)).body("notice", equalTo(NOTICE)).body("state", equalTo("OPEN"));
        // frozen with the survey
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).header("If-Match", etag(survey)).body(Map.of("legalBasis", BASIS, "notice", "Khác"))
                .put("/api/v1/surveys/" + survey + "/notice").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theNoticeOfAnUnknownSurveyIsA404AndABadIdA400() {
        given().get("/api/v1/surveys/" + UUID.randomUUID() + "/notice").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/surveys/not-a-uuid/notice").then().statusCode(400).contentType("application/problem+json");
    }
}
