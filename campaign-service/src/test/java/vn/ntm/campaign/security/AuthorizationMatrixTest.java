package vn.ntm.campaign.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.campaign.testing.Fixtures.answers;
import static vn.ntm.campaign.testing.Fixtures.form;
import static vn.ntm.campaign.testing.Fixtures.question;
import static vn.ntm.campaign.testing.Fixtures.survey;
import static vn.ntm.campaign.testing.Fixtures.village;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Fixtures;
import vn.ntm.common.security.Roles;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;

/**
 * Every endpoint of campaign-service (every operation of its OpenAPI document) called by every kind of caller: no token,
 * an expired token, a token signed by a foreign key, each role scoped to the record's province and commune or to
 * another, and a citizen of the commune answering for its household. Each cell expects A (allowed: any answer but
 * 401/403, never 5xx), 401, 403 or 404.
 * <p>
 * Scope before existence before validity (issue 20, README "Order of checks"): the write rows are repeated with an id
 * that no record has ({@code id=unknown}), which a caller out of scope must be answered as it is for the record that
 * exists, and with an invalid body (the {@code bad…} bodies), which a caller out of scope must get a 403 for.
 * <p>
 * The records: a campaign of Xã Đường An (10972, Hải Phòng 31) and three surveys of that commune (DRAFT, OPEN with a
 * form, CLOSED). "Other" tokens belong to Hưng Yên (33) for the province, and to Xã Bình Giang (10966, also in Hải
 * Phòng) for the commune. Allowed writes either add records nothing else counts (campaigns, activities, contributions,
 * surveys, forms, publications of these records), or stop after authorisation at the missing If-Match (428), so the
 * order of the cells does not matter.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class AuthorizationMatrixTest {

    static final String PROVINCE = "31";
    static final String OTHER_PROVINCE = "33";
    static final String COMMUNE = "10972";
    static final String OTHER_COMMUNE = "10966";
    static final String HOUSEHOLD = "HGĐ-THÔN AN ĐIỀN-0042";

    /** The callers, in the order of the table's columns. */
    enum Caller {
        NONE(() -> null),
        EXPIRED(() -> TestTokens.expired(Roles.ADMINISTRATOR, null, null)),
        FOREIGN(() -> TestTokens.foreign(Roles.ADMINISTRATOR, null, null)),
        ADMIN(() -> TestTokens.token(Roles.ADMINISTRATOR, null, null)),
        PROV_OWN(() -> TestTokens.token(Roles.PROVINCE_OFFICER, PROVINCE, null)),
        PROV_OTHER(() -> TestTokens.token(Roles.PROVINCE_OFFICER, OTHER_PROVINCE, null)),
        COMMUNE_OWN(() -> TestTokens.token(Roles.COMMUNE_OFFICER, PROVINCE, COMMUNE)),
        COMMUNE_OTHER(() -> TestTokens.token(Roles.COMMUNE_OFFICER, PROVINCE, OTHER_COMMUNE)),
        APPRAISER(() -> TestTokens.token(Roles.APPRAISER, PROVINCE, null)),
        COUNCIL(() -> TestTokens.token(Roles.COUNCIL_MEMBER, PROVINCE, null)),
        OCOP_COUNCIL(() -> TestTokens.ocopCouncil(PROVINCE, "PROVINCE")),
        FRONT_OWN(() -> TestTokens.token(Roles.FRONT_SURVEYOR, PROVINCE, COMMUNE)),
        FRONT_OTHER(() -> TestTokens.token(Roles.FRONT_SURVEYOR, PROVINCE, OTHER_COMMUNE)),
        CITIZEN(() -> TestTokens.citizen(PROVINCE, COMMUNE, HOUSEHOLD));

        private final Supplier<String> token;
        private String signed;

        Caller(Supplier<String> token) {
            this.token = token;
        }

        RequestSpecification request() {
            if (this == NONE) {
                return given();
            }
            if (signed == null) {
                signed = token.get();
            }
            return given().header("Authorization", TestTokens.bearer(signed));
        }
    }

    /**
     * The matrix. {@code with}: the records the path's parameters name; {@code body}: the request body sent (see
     * {@link #bodies}). A = allowed, 401 = authentication required, 403 = refused.
     */
    static final String MATRIX = """
            # method path                                          with                     body          NONE EXPIRED FOREIGN ADMIN PROV_OWN PROV_OTHER COMMUNE_OWN COMMUNE_OTHER APPRAISER COUNCIL OCOP_COUNCIL FRONT_OWN FRONT_OTHER CITIZEN
            # campaigns: published; organised by the province officer, or by the Front surveyor for a campaign of its commune alone
            GET    /api/v1/campaigns                               -                        -             A    A       A       A     A        A          A           A             A         A       A            A         A           A
            POST   /api/v1/campaigns                               -                        campaign      401  401     401     A     A        403        403         403           403       403     403          A         403         403
            # scope before validity: a body both invalid and outside the caller's scope is a 403 (issue 20)
            POST   /api/v1/campaigns                               -                        badCampaign   401  401     401     A     A        403        403         403           403       403     403          A         403         403
            GET    /api/v1/campaigns/{id}                          id=campaign              -             A    A       A       A     A        A          A           A             A         A       A            A         A           A
            PUT    /api/v1/campaigns/{id}                          id=campaign              campaign      401  401     401     A     A        403        403         403           403       403     403          A         403         403
            # scope before existence: an unknown campaign is answered as one out of scope (403); only an administrator learns it does not exist
            PUT    /api/v1/campaigns/{id}                          id=unknown               campaign      401  401     401     404   403      403        403         403           403       403     403          403       403         403
            PUT    /api/v1/campaigns/{id}                          id=campaign              badCampaign   401  401     401     A     A        403        403         403           403       403     403          A         403         403
            GET    /api/v1/campaigns/{id}/history                  id=campaign              -             A    A       A       A     A        A          A           A             A         A       A            A         A           A
            POST   /api/v1/campaigns/{id}/activities               id=campaign              activity      401  401     401     A     A        403        403         403           403       403     403          A         403         403
            POST   /api/v1/campaigns/{id}/activities               id=unknown               activity      401  401     401     404   403      403        403         403           403       403     403          403       403         403
            POST   /api/v1/campaigns/{id}/activities               id=campaign              badActivity   401  401     401     A     A        403        403         403           403       403     403          A         403         403
            GET    /api/v1/campaigns/{id}/activities               id=campaign              -             A    A       A       A     A        A          A           A             A         A       A            A         A           A
            # contributions: recorded by the commune's officials or the province officer; lists and totals published
            POST   /api/v1/campaigns/{id}/contributions            id=campaign              contribution  401  401     401     A     A        403        A           403           403       403     403          A         403         403
            # the contribution's commune (in the body) is the scope, judged before the campaign is looked up and before the body's rules
            POST   /api/v1/campaigns/{id}/contributions            id=unknown               contribution  401  401     401     404   404      403        404         403           403       403     403          404       403         403
            POST   /api/v1/campaigns/{id}/contributions            id=campaign              badContribution 401  401     401     A     A        403        A           403           403       403     403          A         403         403
            GET    /api/v1/campaigns/{id}/contributions            id=campaign              -             A    A       A       A     A        A          A           A             A         A       A            A         A           A
            GET    /api/v1/contributions/totals                    -                        -             A    A       A       A     A        A          A           A             A         A       A            A         A           A
            # surveys: published (citizens need the questions); administered by the commune's Front surveyor
            POST   /api/v1/surveys                                 -                        survey        401  401     401     A     403      403        403         403           403       403     403          A         403         403
            POST   /api/v1/surveys                                 -                        badSurvey     401  401     401     A     403      403        403         403           403       403     403          A         403         403
            GET    /api/v1/surveys                                 -                        -             A    A       A       A     A        A          A           A             A         A       A            A         A           A
            GET    /api/v1/surveys/statistics                      -                        -             A    A       A       A     A        A          A           A             A         A       A            A         A           A
            GET    /api/v1/surveys/{id}                            id=open                  -             A    A       A       A     A        A          A           A             A         A       A            A         A           A
            PUT    /api/v1/surveys/{id}/questionnaire              id=draft                 questionnaire 401  401     401     A     403      403        403         403           403       403     403          A         403         403
            PUT    /api/v1/surveys/{id}/questionnaire              id=unknown               questionnaire 401  401     401     404   403      403        403         403           403       403     403          403       403         403
            PUT    /api/v1/surveys/{id}/questionnaire              id=draft                 badQuestions  401  401     401     A     403      403        403         403           403       403     403          A         403         403
            PUT    /api/v1/surveys/{id}/villages                   id=draft                 villages      401  401     401     A     403      403        403         403           403       403     403          A         403         403
            PUT    /api/v1/surveys/{id}/villages                   id=unknown               villages      401  401     401     404   403      403        403         403           403       403     403          403       403         403
            PUT    /api/v1/surveys/{id}/villages                   id=draft                 badVillages   401  401     401     A     403      403        403         403           403       403     403          A         403         403
            PUT    /api/v1/surveys/{id}/notice                     id=draft                 notice        401  401     401     A     403      403        403         403           403       403     403          A         403         403
            PUT    /api/v1/surveys/{id}/notice                     id=unknown               notice        401  401     401     404   403      403        403         403           403       403     403          403       403         403
            GET    /api/v1/surveys/{id}/notice                     id=open                  -             A    A       A       A     A        A          A           A             A         A       A            A         A           A
            POST   /api/v1/surveys/{id}/open                       id=draft                 -             401  401     401     A     403      403        403         403           403       403     403          A         403         403
            POST   /api/v1/surveys/{id}/open                       id=unknown               -             401  401     401     404   403      403        403         403           403       403     403          403       403         403
            # household keys: the rotation's state, for administrators only
            GET    /api/v1/surveys/household-keys                  -                        -             401  401     401     A     403      403        403         403           403       403     403          403       403         403
            # retention of personal data: the policy, its runs, and running it now, for administrators only
            GET    /api/v1/privacy/retention                       -                        -             401  401     401     A     403      403        403         403           403       403     403          403       403         403
            POST   /api/v1/privacy/retention/runs                  -                        -             401  401     401     A     403      403        403         403           403       403     403          403       403         403
            # data-subject requests: received and carried out by the commune's officials or the province officer; listed within scope
            POST   /api/v1/privacy/requests                        -                        dsrequest     401  401     401     A     A        403        A           403           403       403     403          A         403         403
            POST   /api/v1/privacy/requests                        -                        badDsrequest  401  401     401     A     A        403        A           403           403       403     403          A         403         403
            GET    /api/v1/privacy/requests                        -                        -             401  401     401     A     A        A          A           A             403       403     403          A         A           403
            GET    /api/v1/privacy/requests/{id}                   id=dsr                   -             401  401     401     A     A        403        A           403           403       403     403          A         403         403
            # a data-subject request outside the caller's scope is answered as one that does not exist (404): such a caller can see neither
            POST   /api/v1/privacy/requests/{id}/completion        id=dsr                   outcome       401  401     401     A     A        404        A           404           403       403     403          A         404         403
            POST   /api/v1/privacy/requests/{id}/completion        id=unknown               outcome       401  401     401     404   404      404        404         404           403       403     403          404       404         403
            POST   /api/v1/privacy/requests/{id}/refusal           id=dsr                   outcome       401  401     401     A     A        404        A           404           403       403     403          A         404         403
            POST   /api/v1/privacy/requests/{id}/refusal           id=unknown               outcome       401  401     401     404   404      404        404         404           403       403     403          404       404         403
            GET    /api/v1/surveys/{id}/history                    id=open                  -             A    A       A       A     A        A          A           A             A         A       A            A         A           A
            # forms: one household's form by the Front surveyor or by that household's citizen; read by the Front surveyor
            POST   /api/v1/surveys/{id}/responses                  id=open                  form          401  401     401     403   403      403        403         403           403       403     403          A         403         A
            # an unknown survey is answered as one out of scope: 403 to every caller who may send forms
            POST   /api/v1/surveys/{id}/responses                  id=unknown               form          401  401     401     403   403      403        403         403           403       403     403          403       403         403
            POST   /api/v1/surveys/{id}/responses                  id=open                  badForm       401  401     401     403   403      403        403         403           403       403     403          A         403         A
            POST   /api/v1/surveys/{id}/responses/sync             id=open                  sync          401  401     401     403   403      403        403         403           403       403     403          A         403         A
            POST   /api/v1/surveys/{id}/responses/sync             id=unknown               sync          401  401     401     403   403      403        403         403           403       403     403          403       403         403
            POST   /api/v1/surveys/{id}/responses/sync             id=open                  badSync       401  401     401     403   403      403        403         403           403       403     403          A         403         A
            POST   /api/v1/surveys/{id}/responses/batch            id=open                  batch         401  401     401     A     403      403        403         403           403       403     403          A         403         403
            POST   /api/v1/surveys/{id}/responses/batch            id=unknown               batch         401  401     401     404   403      403        403         403           403       403     403          403       403         403
            POST   /api/v1/surveys/{id}/responses/batch            id=open                  badBatch      401  401     401     A     403      403        403         403           403       403     403          A         403         403
            GET    /api/v1/surveys/{id}/responses                  id=open                  -             401  401     401     A     403      403        403         403           403       403     403          A         403         403
            GET    /api/v1/surveys/{id}/responses/{responseId}     id=open,responseId=form  -             401  401     401     A     403      403        403         403           403       403     403          A         403         403
            # results: closing and publication by the Front surveyor; closed results published
            POST   /api/v1/surveys/{id}/close                      id=open                  -             401  401     401     A     403      403        403         403           403       403     403          A         403         403
            POST   /api/v1/surveys/{id}/close                      id=unknown               -             401  401     401     404   403      403        403         403           403       403     403          403       403         403
            GET    /api/v1/surveys/{id}/results                    id=closed                -             A    A       A       A     A        A          A           A             A         A       A            A         A           A
            POST   /api/v1/surveys/{id}/publication                id=closed                publication   401  401     401     A     403      403        403         403           403       403     403          A         403         403
            POST   /api/v1/surveys/{id}/publication                id=unknown               publication   401  401     401     404   403      403        403         403           403       403     403          403       403         403
            POST   /api/v1/surveys/{id}/publication                id=closed                badPublication 401  401     401     A     403      403        403         403           403       403     403          A         403         403
            GET    /api/v1/communes/{code}/satisfaction            code=commune             -             A    A       A       A     A        A          A           A             A         A       A            A         A           A
            """;

    record Row(String method, String path, String with, String body, Map<Caller, String> expected) {

        String operation() {
            return method + " " + path;
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : MATRIX.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s+");
            assertThat(cells).as("cells of: " + line).hasSize(4 + Caller.values().length);
            Map<Caller, String> expected = new LinkedHashMap<>();
            for (Caller caller : Caller.values()) {
                String cell = cells[4 + caller.ordinal()];
                assertThat(cell).as(line).isIn("A", "401", "403", "404");
                expected.put(caller, cell);
            }
            rows.add(new Row(cells[0], cells[1], cells[2], cells[3], expected));
        }
        return rows;
    }

    /** The records the table's {@code with} column names; made once for all cells. */
    static Map<String, String> records;

    static synchronized Map<String, String> records() {
        if (records != null) {
            return records;
        }
        RequestSpecification surveyor = Caller.FRONT_OWN.request();
        Map<String, String> made = new HashMap<>();
        made.put("commune", COMMUNE);
        // an id no record has: scope before existence (issue 20)
        made.put("unknown", UUID.randomUUID().toString());
        made.put("campaign", surveyor.contentType(ContentType.JSON).body(campaign()).post("/api/v1/campaigns")
                .then().statusCode(201).extract().path("id"));
        made.put("draft", create(surveyForm()));
        String open = create(surveyForm());
        open(open);
        made.put("open", open);
        UUID form = UUID.randomUUID();
        Caller.FRONT_OWN.request().contentType(ContentType.JSON).body(form(form, "THON-1", "HGĐ-THÔN AN ĐIỀN-0001", "Q1:S", "Q9:S"))
                .post("/api/v1/surveys/" + open + "/responses").then().statusCode(201);
        made.put("form", form.toString());
        String closed = create(surveyForm());
        open(closed);
        Caller.FRONT_OWN.request().contentType(ContentType.JSON).body(form(UUID.randomUUID(), "THON-1", "HGĐ-THÔN AN ĐIỀN-0002", "Q1:S", "Q9:S"))
                .post("/api/v1/surveys/" + closed + "/responses").then().statusCode(201);
        Caller.FRONT_OWN.request().header("If-Match", Fixtures.etag(closed)).post("/api/v1/surveys/" + closed + "/close").then().statusCode(200);
        made.put("closed", closed);
        made.put("dsr", Caller.ADMIN.request().contentType(ContentType.JSON).body(body("dsrequest")).post("/api/v1/privacy/requests")
                .then().statusCode(201).extract().path("id"));
        records = made;
        return records;
    }

    private static String create(Map<String, Object> survey) {
        return Caller.FRONT_OWN.request().contentType(ContentType.JSON).body(survey).post("/api/v1/surveys")
                .then().statusCode(201).extract().path("id");
    }

    private static void open(String survey) {
        Caller.FRONT_OWN.request().header("If-Match", Fixtures.etag(survey)).post("/api/v1/surveys/" + survey + "/open").then().statusCode(200);
    }

    private static Map<String, Object> campaign() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Ngày chủ nhật xanh xã Đường An");
        body.put("kind", "EMULATION_MOVEMENT");
        body.put("organiser", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Đường An");
        body.put("scope", Map.of("type", "COMMUNES", "communeCodes", List.of(COMMUNE)));
        body.put("startDate", "2025-09-01");
        return vn.ntm.campaign.testing.CampaignFixtures.withNotice(body);
    }

    private static Map<String, Object> surveyForm() {
        return survey(COMMUNE, "RECOGNITION", "NTM", 2026, List.of(village("THON-1", "Thôn An Điền", 400)),
                List.of(question("Q1", "Đường giao thông trên địa bàn xã có được cứng hóa, xanh, sạch, đẹp không?"),
                        Fixtures.overallQuestion("Q9", "Nhìn chung, ông/bà có hài lòng với kết quả xây dựng nông thôn mới của xã không?")));
    }

    /** The bodies of the table's {@code body} column: valid, so an allowed caller goes as far as the rules let it. */
    static Object body(String name) {
        return switch (name) {
            case "-" -> null;
            case "campaign" -> campaign();
            case "activity" -> Map.of("title", "Ra quân dọn vệ sinh đường làng thôn An Điền", "communeCode", COMMUNE,
                    "startDate", "2026-02-01", "participants", 150);
            case "contribution" -> Map.of("communeCode", COMMUNE, "kind", "MONEY", "contributedOn", "2026-01-15",
                    "source", "Nhân dân thôn An Điền", "amountVnd", 25_000_000);
            case "survey" -> surveyForm();
            case "questionnaire" -> Map.of("questions", List.of(question("Q1", "Ông/bà có hài lòng với môi trường của xã không?")));
            case "villages" -> Map.of("villages", List.of(village("THON-1", "Thôn An Điền", 410)));
            case "notice" -> Map.of("legalBasis", Fixtures.LEGAL_BASIS, "notice", Fixtures.NOTICE);
            // the citizen's own household; the Front surveyor's cell records it first and the citizen's is a replay
            case "form" -> form(UUID.nameUUIDFromBytes("matrix-form".getBytes()), "THON-1", HOUSEHOLD, "Q1:S", "Q9:S");
            // the app's offline queue: the citizen's own household again (a replay once the cell of the form row has run)
            case "sync" -> Map.of("forms", List.of(form(UUID.nameUUIDFromBytes("matrix-sync".getBytes()), "THON-1", HOUSEHOLD, "Q1:S", "Q9:S")));
            case "batch" -> Map.of("villageCode", "THON-1", "responses", List.of(Map.of(
                    "responseId", UUID.nameUUIDFromBytes("matrix-batch".getBytes()).toString(),
                    "householdId", "HGĐ-THÔN AN ĐIỀN-0003", "answers", answers("Q1:S", "Q9:N"))));
            case "publication" -> Map.of("publishedOn", LegalDate.today().toString(),
                    "places", List.of("COMMUNE_OFFICE"));
            // invalid bodies, each valid enough to name its target: out of scope they are a 403, in scope a 400/422 (issue 20)
            case "badCampaign" -> {
                Map<String, Object> bad = new LinkedHashMap<>(campaign());
                bad.put("endDate", "2025-08-01");
                yield bad;
            }
            case "badActivity" -> Map.of("title", "Ra quân dọn vệ sinh đường làng thôn An Điền", "communeCode", COMMUNE,
                    "startDate", "2026-02-01", "endDate", "2026-01-01", "participants", 150);
            case "badContribution" -> Map.of("communeCode", COMMUNE, "kind", "MONEY", "contributedOn", LegalDate.today().plusDays(3).toString(),
                    "source", "Nhân dân thôn An Điền", "amountVnd", 25_000_000, "landAreaM2", 120);
            case "badSurvey" -> {
                Map<String, Object> bad = new LinkedHashMap<>(surveyForm());
                bad.remove("level");
                yield bad;
            }
            case "badQuestions" -> Map.of("questions", List.of(question("Q1", "Ông/bà có hài lòng với môi trường của xã không?"),
                    question("Q1", "Ông/bà có hài lòng với đường giao thông của xã không?")));
            case "badVillages" -> Map.of("villages", List.of(village("THON-1", "Thôn An Điền", 410), village("THON-1", "Thôn An Điền", 410)));
            case "badForm" -> form(UUID.nameUUIDFromBytes("matrix-bad-form".getBytes()), "THON-KHONG-CO", HOUSEHOLD, "Q1:S", "Q9:S");
            case "badSync" -> Map.of("forms", List.of(form(UUID.nameUUIDFromBytes("matrix-bad-sync".getBytes()), "THON-KHONG-CO", HOUSEHOLD, "Q1:S", "Q9:S")));
            case "badBatch" -> Map.of("villageCode", "THON-KHONG-CO", "responses", List.of(Map.of(
                    "responseId", UUID.nameUUIDFromBytes("matrix-bad-batch".getBytes()).toString(),
                    "householdId", "HGĐ-THÔN AN ĐIỀN-0004", "answers", answers("Q1:S", "Q9:N"))));
            case "badPublication" -> Map.of("publishedOn", LegalDate.today().plusDays(3).toString(), "places", List.of("COMMUNE_OFFICE"));
            case "badDsrequest" -> Map.of("kind", "WITHDRAWAL", "communeCode", COMMUNE, "householdId", HOUSEHOLD, "requester", "Bà Lê Thị Hoa, chủ hộ",
                    "identityCheckedBy", "Công chức Văn phòng - Thống kê xã", "identityDocument", "Căn cước",
                    "receivedOn", LegalDate.today().plusDays(3).toString(), "surveyId", UUID.randomUUID().toString());
            case "dsrequest" -> Map.of("kind", "ACCESS", "communeCode", COMMUNE, "householdId", HOUSEHOLD, "requester", "Bà Lê Thị Hoa, chủ hộ",
                    "identityCheckedBy", "Công chức Văn phòng - Thống kê xã", "identityDocument", "Căn cước",
                    "receivedOn", LegalDate.today().toString());
            case "outcome" -> Map.of("outcome", "Đã trả lời chủ hộ.");
            default -> throw new IllegalArgumentException("no body named " + name);
        };
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointWithEveryCaller() {
        Map<String, String> made = records();
        return rows().stream().flatMap(row -> Arrays.stream(Caller.values()).map(caller -> {
            String expected = row.expected().get(caller);
            return DynamicTest.dynamicTest(row.operation() + " as " + caller + " → " + expected, () -> check(row, caller, expected, made));
        }));
    }

    private static void check(Row row, Caller caller, String expected, Map<String, String> made) {
        RequestSpecification request = caller.request();
        String path = row.path();
        if (!row.with().equals("-")) {
            for (String binding : row.with().split(",")) {
                String[] kv = binding.split("=");
                path = path.replace("{" + kv[0] + "}", made.get(kv[1]));
            }
        }
        Object body = body(row.body());
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        Response answer = request.request(row.method(), path);
        int status = answer.statusCode();
        String what = row.operation() + " as " + caller + " answered " + status + ": " + answer.asString();
        switch (expected) {
            case "A" -> assertThat(status).as(what).isNotIn(401, 403).isLessThan(500);
            case "404" -> {
                assertThat(status).as(what).isEqualTo(404);
                assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
            }
            case "401" -> {
                assertThat(status).as(what).isEqualTo(401);
                assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
                assertThat(answer.header("WWW-Authenticate")).as(what).isEqualTo("Bearer");
            }
            default -> {
                assertThat(status).as(what).isEqualTo(403);
                assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void theTableCoversEveryOperationOfTheOpenApiDocument() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        Set<String> tabled = new TreeSet<>();
        Set<String> cases = new TreeSet<>();
        for (Row row : rows()) {
            tabled.add(row.operation());
            // an operation may have several rows (an unknown record, an invalid body), each a different case
            assertThat(cases.add(row.operation() + " " + row.with() + " " + row.body())).as("one row per case: " + row.operation()).isTrue();
        }
        assertThat(tabled).isEqualTo(documented);
    }

    @Test
    void theOpenApiDocumentAsksForTheBearerTokenExactlyWhereTheTableDoes() {
        var openapi = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(openapi.getMap("components.securitySchemes")).containsOnlyKeys("bearer");
        assertThat(openapi.getString("components.securitySchemes.bearer.type")).isEqualTo("http");
        assertThat(openapi.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(openapi.getString("components.securitySchemes.bearer.bearerFormat")).isEqualTo("JWT");
        for (Row row : rows()) {
            Map<String, Object> operation = openapi.getMap("paths.'" + row.path() + "'." + row.method().toLowerCase());
            boolean needsToken = row.expected().get(Caller.NONE).equals("401");
            assertThat(operation.get("security")).as(row.operation())
                    .isEqualTo(needsToken ? List.of(Map.of("bearer", List.of())) : null);
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (needsToken) {
                assertThat(responses).as(row.operation()).containsKeys("401", "403");
            }
        }
    }

    @Test
    void invalidTokensAreRefusedWhereverATokenIsNeededAndPublishedReadsNeedNone() {
        for (Row row : rows()) {
            if (row.expected().get(Caller.NONE).equals("401")) {
                assertThat(row.expected().get(Caller.EXPIRED)).as(row.operation()).isEqualTo("401");
                assertThat(row.expected().get(Caller.FOREIGN)).as(row.operation()).isEqualTo("401");
                // nothing that needs a token is open to every role
                assertThat(row.expected().values()).as(row.operation()).contains("403");
            } else {
                assertThat(row.method()).as(row.operation() + " is open to all: it must be a published read").isEqualTo("GET");
                assertThat(row.expected().values()).as(row.operation()).containsOnly("A");
            }
        }
    }
}
