package vn.ntm.communes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ntm.common.security.Roles;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.certification.FakeNeighbours;
import vn.ntm.communes.certification.TestCommunes;
import vn.ntm.communes.certification.TestCommunes.Commune;
import vn.ntm.communes.certification.TestSets;

/**
 * Issue 8's authorisation matrix for communes-service: every operation of the OpenAPI document, called by every kind of
 * caller, against the expected answer. The table below is the whole policy; {@link #theMatrixCoversEveryOperation}
 * keeps it complete.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class AuthorizationMatrixTest {

    /*
     * A   allowed: any answer but 401 and 403, and never a 5xx. Allowed writes are sent so that they fail after the
     *     authorisation (no If-Match: 428; an inconsistent body: 422; an empty file: 400) and change nothing, except the
     *     outstanding field, which is redefined as it already is.
     * 401 / 403  refused, as a problem.
     * Path parameters are {name=value}; $name is a record made by fixtures() in Hưng Yên (33), the "own" province.
     *
     * Callers: NONE no token, EXP expired token, FOR token signed by a foreign key (both of an ADMINISTRATOR),
     * ADM administrator, P_OWN / P_OTH province officer of 33 / of 02 (Hà Giang), C_OWN / C_OTH commune officer of
     * the record's commune / of another commune of 33, APPR appraiser of 33, CNCL council member of 33, OCOP OCOP council
     * member of 33 (province level), F_OWN / F_OTH Front surveyor of the record's commune / another commune, CIT citizen
     * of the record's commune.
     */
    static final String MATRIX = """
            METHOD  PATH                                                                  BODY             NONE  EXP   FOR   ADM   P_OWN P_OTH C_OWN C_OTH APPR  CNCL  OCOP  F_OWN F_OTH CIT
            GET     /api/v1/provinces                                                     -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/provinces/{code=33}                                           -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/progress                                                      -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/provinces/{code=33}/progress                                  -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/provinces/{code=31}/completion?period=2026-2030               -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/province-completion-rules                                     -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/province-completion-rules/{code=QD51-PROVINCE-2026-2030}      -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            PUT     /api/v1/province-completion-rules/{code=QD51-PROVINCE-2026-2030}      $completionRule  401   401   401   A     403   403   403   403   403   403   403   403   403   403
            GET     /api/v1/provinces/{code=33}/targets/{year=2021}                       -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            PUT     /api/v1/provinces/{code=33}/targets/{year=2021}                       $targets         401   401   401   A     A     403   403   403   403   403   403   403   403   403
            GET     /api/v1/communes                                                      -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/communes/{code=$own}                                          -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/communes/{code=$own}/groups                                   -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            POST    /api/v1/communes/{code=$own}/groups                                   $badGroup        401   401   401   A     A     403   403   403   403   403   403   403   403   403
            POST    /api/v1/commune-groups/import                                         $emptyCsv        401   401   401   A     A     A     403   403   403   403   403   403   403   403
            GET     /api/v1/communes/{code=$own}/recognitions                             -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/communes/{code=$own}/acknowledgement-eligibility              -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            POST    /api/v1/communes/{code=$own}/acknowledgements                         $acknowledgement 401   401   401   A     A     403   403   403   403   403   403   403   403   403
            POST    /api/v1/admin-units/imports?kind=PRE_2025                             $emptyCsv        401   401   401   A     403   403   403   403   403   403   403   403   403   403
            GET     /api/v1/recognitions                                                  -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/recognitions/{id=$recognition}                                -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            POST    /api/v1/recognitions                                                  $newRecognition  401   401   401   A     A     403   403   403   403   403   403   403   403   403
            POST    /api/v1/recognitions/{id=$recognition}/revocation                     $revocation      401   401   401   A     A     403   403   403   403   403   403   403   403   403
            GET     /api/v1/recognitions/{id=$recognition}/audit                          -                401   401   401   A     403   403   403   403   403   403   403   403   403   403
            GET     /api/v1/criteria-sets                                                 -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/criteria-sets/{code=$national}                                -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            PUT     /api/v1/criteria-sets/{code=$national}                                $nationalSet     401   401   401   A     403   403   403   403   403   403   403   403   403   403
            PUT     /api/v1/criteria-sets/{code=$overlay}                                 $overlaySet      401   401   401   A     A     403   403   403   403   403   403   403   403   403
            POST    /api/v1/criteria-sets/{code=$drafted}/drafts                          -                401   401   401   A     403   403   403   403   403   403   403   403   403   403
            GET     /api/v1/criteria-sets/{code=$drafted}/versions/{version=2}            -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            PUT     /api/v1/criteria-sets/{code=$drafted}/versions/{version=2}            $nationalSet     401   401   401   A     403   403   403   403   403   403   403   403   403   403
            POST    /api/v1/criteria-sets/{code=$drafted}/versions/{version=2}/publish    $publication     401   401   401   A     403   403   403   403   403   403   403   403   403   403
            GET     /api/v1/outstanding-fields?province=33                                -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            PUT     /api/v1/outstanding-fields/{provinceCode=33}/{code=PRODUCTION}        $field           401   401   401   A     A     403   403   403   403   403   403   403   403   403
            GET     /api/v1/assessments                                                   -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/assessments/{id=$assessment}                                  -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/assessments/{id=$assessment}/evaluation                       -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            POST    /api/v1/assessments                                                   $newAssessment   401   401   401   A     A     403   A     403   403   403   403   403   403   403
            GET     /api/v1/assessments/{id=$assessment}/simulation?criteriaSetVersion=1  -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            PUT     /api/v1/assessments/{id=$assessment}/indicators/{indicatorCode=10.1}  $value           401   401   401   A     A     403   A     403   403   403   403   403   403   403
            POST    /api/v1/assessments/{id=$assessment}/indicators                       $values          401   401   401   A     A     403   A     403   403   403   403   403   403   403
            GET     /api/v1/dossiers                                                      -                401   401   401   A     A     A     A     A     A     A     A     A     A     403
            POST    /api/v1/dossiers                                                      $newDossier      401   401   401   403   A     403   A     403   403   403   403   403   403   403
            POST    /api/v1/dossiers                                                      $strangerDossier 401   401   401   403   A     403   403   A     403   403   403   403   403   403
            GET     /api/v1/dossiers/{id=$dossier}                                        -                401   401   401   A     A     403   A     403   A     A     A     A     403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toPublication   401   401   401   403   A     403   A     403   403   403   403   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toSurvey        401   401   401   403   A     403   A     403   403   403   403   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toCommuneVote   401   401   401   403   A     403   A     403   403   403   403   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toSubmission    401   401   401   403   A     403   A     403   403   403   403   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toVerification  401   401   401   403   A     403   403   403   A     403   403   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toAppraisal     401   401   401   403   A     403   403   403   A     403   403   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toCouncilVote   401   401   401   403   403   403   403   403   403   A     403   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toRecognised    401   401   401   403   A     403   403   403   403   403   403   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toRejected      401   401   401   403   A     403   403   403   A     A     403   403   403   403
            GET     /api/v1/dossiers/{id=$dossier}/audit                                  -                401   401   401   A     403   403   403   403   403   403   403   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/procedure-version                      $procedureMove   401   401   401   A     A     403   403   403   403   403   403   403   403   403
            GET     /api/v1/procedure-versions                                            -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/procedure-versions/survey-rule?level=NTM&date=2025-10-15      -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            POST    /api/v1/procedure-versions                                            $badProcedure    401   401   401   A     403   403   403   403   403   403   403   403   403   403
            POST    /api/v1/procedure-versions/{code=NTM-RECOGNITION}/drafts              -                401   401   401   A     403   403   403   403   403   403   403   403   403   403
            GET     /api/v1/procedure-versions/{code=NTM-RECOGNITION}/versions/{version=3} -               A     A     A     A     A     A     A     A     A     A     A     A     A     A
            PUT     /api/v1/procedure-versions/{code=NTM-RECOGNITION}/versions/{version=3} $badProcedure   401   401   401   A     403   403   403   403   403   403   403   403   403   403
            POST    /api/v1/procedure-versions/{code=NTM-RECOGNITION}/versions/{version=3}/publish $publication 401 401 401 A  403   403   403   403   403   403   403   403   403   403
            GET     /api/v1/sectors                                                       -                A     A     A     A     A     A     A     A     A     A     A     A     A     A
            GET     /api/v1/criteria-sign-off/queue?province=33                           -                401   401   401   A     A     403   403   403   A     403   403   403   403   403
            GET     /api/v1/dossiers/{id=$dossier}/criteria-sign-off                      -                401   401   401   A     A     403   A     403   A     A     403   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/criteria-sign-off                      $signOff         401   401   401   403   403   403   403   403   403   403   403   403   403   403
            GET     /api/v1/dossiers/{id=$dossier}/field-verifications                    -                401   401   401   A     A     403   A     403   A     A     403   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/field-verifications                    $fieldVisit      401   401   401   403   A     403   403   403   A     403   403   403   403   403
            GET     /api/v1/dossiers/{id=$dossier}/field-verifications/{verificationId=7d9c2b1e-3f4a-4b5c-8d6e-9f0a1b2c3d4e}  -  401   401   401   A     A     403   A     403   A     A     403   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/field-verifications/{verificationId=7d9c2b1e-3f4a-4b5c-8d6e-9f0a1b2c3d4e}/withdrawals  $withdrawal  401   401   401   403   A     403   403   403   A     403   403   403   403   403
            """;

    /** The caller columns, in the table's order. */
    enum Caller { NONE, EXP, FOR, ADM, P_OWN, P_OTH, C_OWN, C_OTH, APPR, CNCL, OCOP, F_OWN, F_OTH, CIT }

    static final String OWN_PROVINCE = TestCommunes.PROVINCE;
    static final String OTHER_PROVINCE = "02";
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)=([^}]+)}");

    /** One line of the table. */
    record Row(String method, String path, String body, List<String> expected) {

        /** The operation as the OpenAPI document names it: {@code PUT /api/v1/provinces/{code}/targets/{year}}. */
        String operation() {
            return method + " " + PARAMETER.matcher(path.replaceFirst("\\?.*", "")).replaceAll("{$1}");
        }

        String expected(Caller caller) {
            return expected.get(caller.ordinal());
        }

        boolean published() {
            return expected(Caller.NONE).equals("A");
        }
    }

    static final List<Row> ROWS = parse(MATRIX);

    static List<Row> parse(String table) {
        List<String> lines = table.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> header = Arrays.asList(lines.get(0).split("\\s+"));
        assertThat(header.subList(3, header.size())).as("caller columns")
                .containsExactly(Arrays.stream(Caller.values()).map(Enum::name).toArray(String[]::new));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\s+");
            assertThat(cells).as(line).hasSize(3 + Caller.values().length);
            List<String> expected = List.of(cells).subList(3, cells.length);
            assertThat(expected).as(line).allMatch(v -> v.equals("A") || v.equals("401") || v.equals("403"));
            rows.add(new Row(cells[0], cells[1], cells[2].equals("-") ? null : cells[2], expected));
        }
        return rows;
    }

    static Stream<Arguments> cells() {
        return IntStream.range(0, ROWS.size()).boxed().flatMap(r -> Arrays.stream(Caller.values()).map(c -> {
            Row row = ROWS.get(r);
            String name = row.method() + " " + row.path() + (row.body() == null ? "" : " " + row.body()) + " as " + c
                    + " → " + row.expected(c);
            return Arguments.of(r, c.name(), name);
        }));
    }

    // ---- the records the table names ----

    private static Map<String, String> values;
    private static Map<String, Object> bodies;
    private static Map<Caller, String> tokens;

    /** Made once: a commune of Hưng Yên with an assessment, a dossier and a recognition; a set and an overlay; targets. */
    static synchronized void fixtures() {
        if (values != null) {
            return;
        }
        Commune own = TestCommunes.next();
        Commune other = TestCommunes.next();
        String national = TestSets.publish(TestSets.code("MATRIX-NTM"), TestSets.national("NTM"));
        String overlay = TestSets.code("MATRIX-OVL");
        Callers.provinceOfficer(OWN_PROVINCE).contentType(ContentType.JSON).body(overlay(national))
                .when().put("/api/v1/criteria-sets/" + overlay).then().statusCode(201);
        TestSets.defineOutstandingFields();
        Callers.provinceOfficer(OWN_PROVINCE).contentType(ContentType.JSON).body(targets())
                .when().put("/api/v1/provinces/" + OWN_PROVINCE + "/targets/2021").then().statusCode(201);
        String assessment = TestSets.openAssessment(own.code(), national, 2024);
        String dossier = TestSets.communeOfficer(own.code()).contentType(ContentType.JSON)
                .body(Map.of("assessmentId", assessment, "communeCode", own.code(), "level", "NTM", "year", 2024))
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        // a national set with an open draft (version 2): opening another is a 409 and editing or publishing it without
        // If-Match a 428, so authorised calls change nothing
        String drafted = TestSets.publish(TestSets.code("MATRIX-DRAFT"), TestSets.national("NTM"));
        Callers.admin().when().post("/api/v1/criteria-sets/" + drafted + "/drafts").then().statusCode(201);
        String recognition = Callers.provinceOfficer(OWN_PROVINCE).contentType(ContentType.JSON)
                .body(recognition(own.code(), 2022)).when().post("/api/v1/recognitions").then().statusCode(201).extract().path("id");

        values = Map.of("$own", own.code(), "$national", national, "$overlay", overlay, "$assessment", assessment,
                "$dossier", dossier, "$recognition", recognition, "$drafted", drafted);

        Map<String, Object> b = new LinkedHashMap<>();
        b.put("$targets", targets());
        b.put("$emptyCsv", "");
        // inconsistent recognition year: 422 once authorised
        b.put("$newRecognition", recognition(own.code(), 2030));
        // dated before the recognition: 422 once authorised
        // dated in the future: 422 once authorised
        b.put("$acknowledgement", Map.of("level", "NTM", "recognitionYear", 2030, "decisionNumber", "1/QĐ-UBND",
                "decisionDate", "2030-01-01", "signer", "Chủ tịch UBND tỉnh Hưng Yên"));
        b.put("$revocation", Map.of("decisionNumber", "77/QĐ-UBND", "decisionDate", "2022-01-05", "reason", "Kiểm tra quyền"));
        b.put("$nationalSet", TestSets.national("NTM"));
        b.put("$overlaySet", overlay(national));
        // a group-3 placement on an urban-adjacency basis: 422 once authorised
        b.put("$badGroup", Map.of("group", "GROUP_3", "validFrom", "2024-01-01", "basis", "URBAN_ADJACENT", "basisDocument", "Kiểm tra quyền",
                "basisDate", "2023-12-01", "source", "Thử nghiệm ma trận quyền"));
        // no If-Match on an existing rule: 428 once authorised
        b.put("$completionRule", Map.of("titleVi", "Kiểm tra quyền", "legalBasis", "Kiểm tra quyền", "periodFrom", 2026, "periodTo", 2030,
                "conditions", List.of(Map.of("code", "OTHER", "kind", "DECLARED", "textVi", "Kiểm tra quyền", "verified", false, "source", "Kiểm tra quyền"))));
        b.put("$publication", Map.of("effectiveFrom", "2024-01-01"));
        b.put("$field", Map.of("nameVi", "Sản xuất", "source", "Test fixture (as Hải Dương defines them)"));
        // a year outside the set's period: 422 once authorised
        b.put("$newAssessment", Map.of("communeCode", own.code(), "criteriaSetCode", national, "year", 2019));
        b.put("$value", Map.of("value", 61.5));
        b.put("$values", Map.of("values", List.of(Map.of("indicatorCode", "10.1", "value", 61.5))));
        // the assessment's level is NTM: 422 once authorised
        b.put("$newDossier", Map.of("assessmentId", assessment, "communeCode", own.code(), "level", "ADVANCED", "year", 2024));
        // an assessment id that exists nowhere, for the other commune: scope is answered before existence (issue 20)
        b.put("$strangerDossier", Map.of("assessmentId", java.util.UUID.randomUUID().toString(), "communeCode", other.code(), "level", "NTM", "year", 2024));
        b.put("$toPublication", step("PUBLICATION_FOR_COMMENT"));
        b.put("$toSurvey", step("SATISFACTION_SURVEY"));
        b.put("$toCommuneVote", step("COMMUNE_VOTE"));
        b.put("$toSubmission", step("SUBMISSION"));
        b.put("$toVerification", step("VERIFICATION"));
        b.put("$toAppraisal", step("PROVINCIAL_APPRAISAL"));
        b.put("$toCouncilVote", step("COUNCIL_VOTE"));
        b.put("$toRecognised", step("RECOGNISED"));
        Map<String, Object> rejected = new LinkedHashMap<>(step("REJECTED"));
        rejected.put("note", "Kiểm tra quyền");
        b.put("$toRejected", rejected);
        // procedure versions (issue 17): without If-Match the move and the draft's edit and publication are 428 once
        // authorised; the shipped draft (NTM-RECOGNITION v3) makes opening another a 409; a code-less document is a 400
        b.put("$procedureMove", Map.of("version", 2, "reason", "Kiểm tra quyền"));
        b.put("$badProcedure", Map.of("titleVi", "Kiểm tra quyền"));
        // issue 17 (sign-off, field verification): the fixture dossier is not submitted, so an authorised act is a 428 or a 409
        b.put("$signOff", Map.of("act", "APPROVE", "criteria", List.of(1)));
        b.put("$fieldVisit", Map.of("team", List.of(Map.of("name", "Nguyễn Văn Hùng", "role", "Chuyên viên Sở Nông nghiệp")),
                "dateFrom", "2024-12-02", "dateTo", "2024-12-02", "villages", List.of("Thôn Đồng Lạc"),
                "items", List.of(Map.of("indicatorCode", "15.1", "foundValue", 80)), "conclusion", "Kiểm tra quyền"));
        b.put("$withdrawal", Map.of("indicatorCode", "15.1", "reason", "Kiểm tra quyền"));
        bodies = b;

        Map<Caller, String> t = new LinkedHashMap<>();
        t.put(Caller.EXP, TestTokens.expired(Roles.ADMINISTRATOR, null, null));
        t.put(Caller.FOR, TestTokens.foreign(Roles.ADMINISTRATOR, null, null));
        t.put(Caller.ADM, Callers.token(Roles.ADMINISTRATOR, null, null));
        t.put(Caller.P_OWN, Callers.token(Roles.PROVINCE_OFFICER, OWN_PROVINCE, null));
        t.put(Caller.P_OTH, Callers.token(Roles.PROVINCE_OFFICER, OTHER_PROVINCE, null));
        t.put(Caller.C_OWN, Callers.token(Roles.COMMUNE_OFFICER, OWN_PROVINCE, own.code()));
        t.put(Caller.C_OTH, Callers.token(Roles.COMMUNE_OFFICER, OWN_PROVINCE, other.code()));
        t.put(Caller.APPR, Callers.token(Roles.APPRAISER, OWN_PROVINCE, null));
        t.put(Caller.CNCL, Callers.token(Roles.COUNCIL_MEMBER, OWN_PROVINCE, null));
        t.put(Caller.OCOP, TestTokens.ocopCouncil(OWN_PROVINCE, "PROVINCE"));
        t.put(Caller.F_OWN, Callers.token(Roles.FRONT_SURVEYOR, OWN_PROVINCE, own.code()));
        t.put(Caller.F_OTH, Callers.token(Roles.FRONT_SURVEYOR, OWN_PROVINCE, other.code()));
        t.put(Caller.CIT, TestTokens.citizen(OWN_PROVINCE, own.code(), "HY-" + own.code() + "-0001"));
        tokens = t;
    }

    static Map<String, Object> targets() {
        return Map.of("targets", Map.of("NTM", 10), "source", "Kế hoạch thử nghiệm (ma trận quyền)");
    }

    static Map<String, Object> recognition(String commune, int year) {
        return Map.of("communeCode", commune, "level", "NTM", "criteriaSetCode", "QD318-NTM-2021-2025", "recognitionYear", year,
                "decisionNumber", "2950/QĐ-UBND", "decisionDate", "2022-12-29", "signer", "Chủ tịch UBND tỉnh Hưng Yên");
    }

    static Map<String, Object> overlay(String base) {
        return Map.of("titleVi", "Chỉ tiêu bổ sung của tỉnh Hưng Yên (thử nghiệm)", "legalBasis", "Quyết định của UBND tỉnh (thử nghiệm)",
                "baseCode", base, "provinceCode", OWN_PROVINCE, "overrides", List.of(Map.of("indicatorCode", "15.1",
                        "thresholds", List.of(Map.of("value", 95, "verified", true, "source", "UBND tỉnh Hưng Yên (thử nghiệm)")))));
    }

    static Map<String, Object> step(String to) {
        return Map.of("to", to, "body", "PROVINCE", "date", "2024-10-01");
    }

    static String resolve(String path) {
        Matcher m = PARAMETER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(value.startsWith("$") ? values.get(value) : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---- the tests ----

    @ParameterizedTest(name = "{2}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(int index, String callerName, String name) {
        fixtures();
        Row row = ROWS.get(index);
        Caller caller = Caller.valueOf(callerName);
        RequestSpecification request = given();
        if (tokens.containsKey(caller)) {
            request.header("Authorization", TestTokens.bearer(tokens.get(caller)));
        }
        if (row.body() != null) {
            Object body = bodies.get(row.body());
            assertThat(body).as("body " + row.body()).isNotNull();
            request.contentType(body instanceof String ? "text/csv" : "application/json").body(body);
        }
        Response response = request.when().request(row.method(), resolve(row.path()));
        int status = response.statusCode();
        String expected = row.expected(caller);
        if (expected.equals("A")) {
            assertThat(status).as(name + ": " + response.asString()).isNotIn(401, 403).isLessThan(500);
            return;
        }
        assertThat(status).as(name + ": " + response.asString()).isEqualTo(Integer.parseInt(expected));
        assertThat(response.contentType()).as(name).startsWith("application/problem+json");
        if (status == 401) {
            assertThat(response.header("WWW-Authenticate")).as(name).isEqualTo("Bearer");
        }
    }

    @Test
    void theMatrixCoversEveryOperation() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().path("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "patch", "delete").contains(m))
                .forEach(m -> documented.add(m.toUpperCase() + " " + path)));
        Set<String> tabled = new TreeSet<>(ROWS.stream().map(Row::operation).toList());
        assertThat(tabled).isEqualTo(documented);
    }

    @Test
    void theTableKeepsTheIssuesRules() {
        for (Row row : ROWS) {
            if (row.published()) {
                // published information is readable by anyone, with any token or none
                assertThat(row.method()).as(row.operation()).isEqualTo("GET");
                assertThat(row.expected()).as(row.operation()).containsOnly("A");
            } else {
                // a token is needed: an expired one or one signed by a foreign key is no token
                assertThat(row.expected(Caller.NONE)).as(row.operation()).isEqualTo("401");
                assertThat(row.expected(Caller.EXP)).as(row.operation()).isEqualTo("401");
                assertThat(row.expected(Caller.FOR)).as(row.operation()).isEqualTo("401");
                assertThat(row.expected(Caller.CIT)).as(row.operation()).isEqualTo("403");
            }
            // audit trails are the administrator's alone
            if (row.path().endsWith("/audit")) {
                assertThat(row.expected()).as(row.operation()).containsExactly("401", "401", "401", "A", "403", "403", "403", "403",
                        "403", "403", "403", "403", "403", "403");
            }
        }
        assertThat(ROWS.stream().filter(r -> !r.published()).map(Row::method)).as("every write needs a token")
                .contains("POST", "PUT");
        assertThat(ROWS.stream().filter(r -> !r.method().equals("GET")).allMatch(r -> !r.published())).isTrue();
    }

    // ---- SECTOR_OFFICER (issue 17): the same operations, called by sector officers ----

    /*
     * S_OWN a sector officer of 33 for AGRICULTURE, the department answering for every criterion of the fixture's set
     * (it names none); S_OSC one of 33 for TRANSPORT, a sector without a criterion in it; S_OTH one of 02 for AGRICULTURE.
     * Kept as a table of its own so that the main table's columns stay as they are.
     */
    static final String SECTOR_MATRIX = """
            METHOD  PATH                                                                  BODY             S_OWN S_OSC S_OTH
            GET     /api/v1/provinces                                                     -                A     A     A
            GET     /api/v1/provinces/{code=33}                                           -                A     A     A
            GET     /api/v1/progress                                                      -                A     A     A
            GET     /api/v1/provinces/{code=33}/progress                                  -                A     A     A
            GET     /api/v1/provinces/{code=31}/completion?period=2026-2030               -                A     A     A
            GET     /api/v1/province-completion-rules                                     -                A     A     A
            GET     /api/v1/province-completion-rules/{code=QD51-PROVINCE-2026-2030}      -                A     A     A
            PUT     /api/v1/province-completion-rules/{code=QD51-PROVINCE-2026-2030}      $completionRule  403   403   403
            GET     /api/v1/provinces/{code=33}/targets/{year=2021}                       -                A     A     A
            PUT     /api/v1/provinces/{code=33}/targets/{year=2021}                       $targets         403   403   403
            GET     /api/v1/communes                                                      -                A     A     A
            GET     /api/v1/communes/{code=$own}                                          -                A     A     A
            GET     /api/v1/communes/{code=$own}/groups                                   -                A     A     A
            POST    /api/v1/communes/{code=$own}/groups                                   $badGroup        403   403   403
            POST    /api/v1/commune-groups/import                                         $emptyCsv        403   403   403
            GET     /api/v1/communes/{code=$own}/recognitions                             -                A     A     A
            GET     /api/v1/communes/{code=$own}/acknowledgement-eligibility              -                A     A     A
            POST    /api/v1/communes/{code=$own}/acknowledgements                         $acknowledgement 403   403   403
            POST    /api/v1/admin-units/imports?kind=PRE_2025                             $emptyCsv        403   403   403
            GET     /api/v1/recognitions                                                  -                A     A     A
            GET     /api/v1/recognitions/{id=$recognition}                                -                A     A     A
            POST    /api/v1/recognitions                                                  $newRecognition  403   403   403
            POST    /api/v1/recognitions/{id=$recognition}/revocation                     $revocation      403   403   403
            GET     /api/v1/recognitions/{id=$recognition}/audit                          -                403   403   403
            GET     /api/v1/criteria-sets                                                 -                A     A     A
            GET     /api/v1/criteria-sets/{code=$national}                                -                A     A     A
            PUT     /api/v1/criteria-sets/{code=$national}                                $nationalSet     403   403   403
            PUT     /api/v1/criteria-sets/{code=$overlay}                                 $overlaySet      403   403   403
            POST    /api/v1/criteria-sets/{code=$drafted}/drafts                          -                403   403   403
            GET     /api/v1/criteria-sets/{code=$drafted}/versions/{version=2}            -                A     A     A
            PUT     /api/v1/criteria-sets/{code=$drafted}/versions/{version=2}            $nationalSet     403   403   403
            POST    /api/v1/criteria-sets/{code=$drafted}/versions/{version=2}/publish    $publication     403   403   403
            GET     /api/v1/outstanding-fields?province=33                                -                A     A     A
            PUT     /api/v1/outstanding-fields/{provinceCode=33}/{code=PRODUCTION}        $field           403   403   403
            GET     /api/v1/assessments                                                   -                A     A     A
            GET     /api/v1/assessments/{id=$assessment}                                  -                A     A     A
            GET     /api/v1/assessments/{id=$assessment}/evaluation                       -                A     A     A
            POST    /api/v1/assessments                                                   $newAssessment   403   403   403
            GET     /api/v1/assessments/{id=$assessment}/simulation?criteriaSetVersion=1  -                A     A     A
            PUT     /api/v1/assessments/{id=$assessment}/indicators/{indicatorCode=10.1}  $value           403   403   403
            POST    /api/v1/assessments/{id=$assessment}/indicators                       $values          403   403   403
            GET     /api/v1/dossiers                                                      -                A     A     A
            POST    /api/v1/dossiers                                                      $newDossier      403   403   403
            POST    /api/v1/dossiers                                                      $strangerDossier 403   403   403
            GET     /api/v1/dossiers/{id=$dossier}                                        -                A     A     403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toPublication   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toSurvey        403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toCommuneVote   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toSubmission    403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toVerification  403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toAppraisal     403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toCouncilVote   403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toRecognised    403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/transitions                            $toRejected      403   403   403
            GET     /api/v1/dossiers/{id=$dossier}/audit                                  -                403   403   403
            POST    /api/v1/dossiers/{id=$dossier}/procedure-version                      $procedureMove   403   403   403
            GET     /api/v1/procedure-versions                                            -                A     A     A
            GET     /api/v1/procedure-versions/survey-rule?level=NTM&date=2025-10-15      -                A     A     A
            POST    /api/v1/procedure-versions                                            $badProcedure    403   403   403
            POST    /api/v1/procedure-versions/{code=NTM-RECOGNITION}/drafts              -                403   403   403
            GET     /api/v1/procedure-versions/{code=NTM-RECOGNITION}/versions/{version=3} -               A     A     A
            PUT     /api/v1/procedure-versions/{code=NTM-RECOGNITION}/versions/{version=3} $badProcedure   403   403   403
            POST    /api/v1/procedure-versions/{code=NTM-RECOGNITION}/versions/{version=3}/publish $publication 403 403 403
            GET     /api/v1/sectors                                                       -                A     A     A
            GET     /api/v1/criteria-sign-off/queue?province=33                           -                A     A     403
            GET     /api/v1/dossiers/{id=$dossier}/criteria-sign-off                      -                A     A     403
            POST    /api/v1/dossiers/{id=$dossier}/criteria-sign-off                      $signOff         A     403   403
            GET     /api/v1/dossiers/{id=$dossier}/field-verifications                    -                A     A     403
            POST    /api/v1/dossiers/{id=$dossier}/field-verifications                    $fieldVisit      403   403   403
            GET     /api/v1/dossiers/{id=$dossier}/field-verifications/{verificationId=7d9c2b1e-3f4a-4b5c-8d6e-9f0a1b2c3d4e} -                A     A     403
            POST    /api/v1/dossiers/{id=$dossier}/field-verifications/{verificationId=7d9c2b1e-3f4a-4b5c-8d6e-9f0a1b2c3d4e}/withdrawals $withdrawal      403   403   403
            """;

    enum SectorCaller { S_OWN, S_OSC, S_OTH }

    static final List<Row> SECTOR_ROWS = parseSector(SECTOR_MATRIX);

    static List<Row> parseSector(String table) {
        List<String> lines = table.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> header = Arrays.asList(lines.get(0).split("\\s+"));
        assertThat(header.subList(3, header.size())).containsExactly(Arrays.stream(SectorCaller.values()).map(Enum::name).toArray(String[]::new));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\s+");
            assertThat(cells).as(line).hasSize(3 + SectorCaller.values().length);
            rows.add(new Row(cells[0], cells[1], cells[2].equals("-") ? null : cells[2], List.of(cells).subList(3, cells.length)));
        }
        return rows;
    }

    static Stream<Arguments> sectorCells() {
        return IntStream.range(0, SECTOR_ROWS.size()).boxed().flatMap(r -> Arrays.stream(SectorCaller.values()).map(c -> {
            Row row = SECTOR_ROWS.get(r);
            return Arguments.of(r, c.name(), row.method() + " " + row.path() + " as " + c + " → " + row.expected().get(c.ordinal()));
        }));
    }

    static String sectorToken(SectorCaller caller) {
        return switch (caller) {
            case S_OWN -> TestTokens.tokenFor("test.sector_officer.33.agriculture", Roles.SECTOR_OFFICER, Map.of("province", OWN_PROVINCE, "sectors", "AGRICULTURE"));
            case S_OSC -> TestTokens.tokenFor("test.sector_officer.33.transport", Roles.SECTOR_OFFICER, Map.of("province", OWN_PROVINCE, "sectors", "TRANSPORT"));
            case S_OTH -> TestTokens.tokenFor("test.sector_officer.02.agriculture", Roles.SECTOR_OFFICER, Map.of("province", OTHER_PROVINCE, "sectors", "AGRICULTURE"));
        };
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("sectorCells")
    void sectorOfficersAnswerAsTheirTableSays(int index, String callerName, String name) {
        fixtures();
        Row row = SECTOR_ROWS.get(index);
        SectorCaller caller = SectorCaller.valueOf(callerName);
        RequestSpecification request = given().header("Authorization", TestTokens.bearer(sectorToken(caller)));
        if (row.body() != null) {
            Object body = bodies.get(row.body());
            request.contentType(body instanceof String ? "text/csv" : "application/json").body(body);
        }
        Response response = request.when().request(row.method(), resolve(row.path()));
        int status = response.statusCode();
        String expected = row.expected().get(caller.ordinal());
        if (expected.equals("A")) {
            assertThat(status).as(name + ": " + response.asString()).isNotIn(401, 403).isLessThan(500);
            return;
        }
        assertThat(status).as(name + ": " + response.asString()).isEqualTo(Integer.parseInt(expected));
        assertThat(response.contentType()).as(name).startsWith("application/problem+json");
    }

    @Test
    void theSectorTableCoversEveryOperationOfTheMainTable() {
        assertThat(SECTOR_ROWS.stream().map(r -> r.method() + " " + r.path()).toList())
                .containsExactlyElementsOf(ROWS.stream().map(r -> r.method() + " " + r.path()).toList());
    }
}
