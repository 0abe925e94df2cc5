package vn.ntm.ocop.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ntm.common.security.Roles;
import vn.ntm.common.testing.TestTokens;

/**
 * Builds OCOP data through the API as the officials who do it, with names unique to each test so that test classes never
 * collide. Every record is in Hải Dương (province 30); the callers carry real bearer tokens ({@link TestTokens}).
 */
public final class Fixtures {

    /** Hải Dương. */
    public static final String PROVINCE = "30";
    /** Authorization header of Hải Dương's province officer: registry, evaluations, decisions, revocations. */
    public static final String OFFICER = TestTokens.bearer(TestTokens.token(Roles.PROVINCE_OFFICER, PROVINCE, null));
    /** Authorization header of an administrator (audit trails). */
    public static final String ADMIN = TestTokens.bearer(TestTokens.token(Roles.ADMINISTRATOR, null, null));

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** The council level of each evaluation opened here, so that its sheets are filed by members of that council. */
    private static final Map<String, String> LEVELS = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /** A request as Hải Dương's province officer. */
    public static RequestSpecification asOfficer() {
        return given().header("Authorization", OFFICER);
    }

    /** A request as an administrator. */
    public static RequestSpecification asAdmin() {
        return given().header("Authorization", ADMIN);
    }

    /** Authorization header of a Hải Dương OCOP council member at a council level; the subject is the member's name. */
    public static String member(String name, String level) {
        return TestTokens.bearer(TestTokens.tokenFor(name, Roles.OCOP_COUNCIL_MEMBER,
                Map.of(Roles.PROVINCE_CLAIM, PROVINCE, Roles.OCOP_LEVEL_CLAIM, level)));
    }

    public static String unique(String name) {
        return name + " " + Long.toString(System.nanoTime() % 100_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    public static Map<String, Object> subjectBody(String name, String type, String communeCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("communeCode", communeCode);
        body.put("communeAsOf", "2025-05-15");
        body.put("registrationNumber", "REG-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime());
        body.put("contact", Map.of("representative", "Nguyễn Văn An", "phone", "0912 345 678", "email", "lienhe@example.vn",
                "address", "Xã Thanh Sơn, huyện Thanh Hà, tỉnh Hải Dương"));
        return body;
    }

    public static String subject(String name, String communeCode) {
        return asOfficer().contentType(ContentType.JSON).body(subjectBody(name, "COOPERATIVE", communeCode))
                .post("/api/v1/ocop/subjects").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> productBody(String subjectId, String name, String group, String subgroup) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("group", group);
        body.put("subgroupCode", subgroup);
        body.put("subjectId", subjectId);
        body.put("rawMaterialArea", Map.of("description", "Vùng nguyên liệu tại địa phương", "areaHectares", 12.5));
        return body;
    }

    /** A product in the given commune, with its own subject. */
    public static String product(String name, String communeCode) {
        String subject = subject(unique("Hợp tác xã Nông nghiệp"), communeCode);
        return asOfficer().contentType(ContentType.JSON).body(productBody(subject, name, "FOOD", "FRESH_PRODUCE"))
                .post("/api/v1/ocop/products").then().statusCode(201).extract().path("id");
    }

    /** Every mandatory criterion of every version, answered. */
    public static List<Map<String, Object>> criteria(boolean three, boolean four, boolean five) {
        List<Map<String, Object>> answers = new ArrayList<>();
        answers.add(Map.of("code", "PRODUCT_STANDARD_PUBLISHED", "met", three));
        answers.add(Map.of("code", "QUALITY_CONTROL_TRACEABILITY", "met", true));
        answers.add(Map.of("code", "PRODUCT_UNIQUENESS", "met", four));
        answers.add(Map.of("code", "EXPORT_OR_INTERNATIONAL_STANDARD", "met", five));
        return answers;
    }

    public static Response openEvaluation(String productId, String level, LocalDate date, List<Map<String, Object>> criteria) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productId", productId);
        body.put("councilLevel", level);
        body.put("councilName", "Hội đồng đánh giá, phân hạng sản phẩm OCOP");
        body.put("evaluationDate", date.toString());
        if (criteria != null) {
            body.put("mandatoryCriteria", criteria);
        }
        Response opened = asOfficer().contentType(ContentType.JSON).body(body).post("/api/v1/ocop/evaluations");
        if (opened.statusCode() == 201) {
            LEVELS.put(opened.path("id"), level);
        }
        return opened;
    }

    public static String evaluation(String productId, String level, LocalDate date) {
        return openEvaluation(productId, level, date, criteria(true, true, true)).then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> sheet(String a, String b, String c) {
        return Map.of("partA", part("A", a), "partB", part("B", b), "partC", part("C", c));
    }

    /** A part whose items add up to {@code total} (two items, so the sum is really computed). */
    private static Map<String, Object> part(String part, String total) {
        BigDecimal sum = new BigDecimal(total);
        BigDecimal first = sum.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
        return Map.of("items", List.of(Map.of("code", part + "1", "label", "Tiêu chí " + part + "1", "score", first),
                Map.of("code", part + "2", "score", sum.subtract(first))));
    }

    /** A request as a member of the council of that evaluation (a PROVINCE council for an evaluation not opened here). */
    public static RequestSpecification asMember(String evaluationId, String member) {
        return given().header("Authorization", member(member, LEVELS.getOrDefault(evaluationId, "PROVINCE")));
    }

    public static Response file(String evaluationId, String member, Map<String, Object> sheet) {
        return asMember(evaluationId, member).contentType(ContentType.JSON).body(sheet)
                .put("/api/v1/ocop/evaluations/" + evaluationId + "/score-sheets/mine");
    }

    /** Files a sheet whose parts split {@code total} within every version's maxima (A &le; 35, B &le; 25, C &le; 35). */
    public static void fileTotal(String evaluationId, String member, String total) {
        BigDecimal t = new BigDecimal(total);
        BigDecimal c = t.min(new BigDecimal("35.00"));
        BigDecimal rest = t.subtract(c);
        BigDecimal b = rest.min(new BigDecimal("25.00"));
        BigDecimal a = rest.subtract(b);
        file(evaluationId, member, sheet(a.toPlainString(), b.toPlainString(), c.toPlainString())).then().statusCode(201);
    }

    public static String etag(String path) {
        return asOfficer().get(path).then().statusCode(200).extract().header("ETag");
    }

    public static Response decide(String evaluationId, LocalDate decisionDate) {
        String path = "/api/v1/ocop/evaluations/" + evaluationId;
        return asOfficer().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(Map.of("decisionNumber", "1789/QĐ-UBND", "decisionDate", decisionDate.toString(), "issuingBody", "Ủy ban nhân dân tỉnh Hải Dương"))
                .post(path + "/decision");
    }

    /** Evaluates and certifies a product at a province council with one member's total; returns the certificate number. */
    public static String certify(String productId, LocalDate date, String total) {
        String evaluation = evaluation(productId, "PROVINCE", date);
        fileTotal(evaluation, "member-a", total);
        return decide(evaluation, date).then().statusCode(200).extract().path("result.certificateNumber");
    }

    /** Authorization header of the producer (SUBJECT role) speaking for one OCOP subject. */
    public static String subjectToken(String subjectId) {
        return TestTokens.bearer(TestTokens.tokenFor("producer." + subjectId, Roles.SUBJECT, Map.of(Roles.OCOP_SUBJECT_CLAIM, subjectId)));
    }

    /** The mandatory dossier documents of every rule version, with their SHA-256 checksums. */
    public static List<Map<String, Object>> dossierDocuments() {
        return List.of(
                Map.of("code", "REGISTRATION_FORM", "fileName", "phieu-dang-ky.pdf", "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                Map.of("code", "PRODUCT_PLAN", "fileName", "phuong-an-san-xuat.pdf", "sha256", "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"),
                Map.of("code", "BUSINESS_REGISTRATION", "fileName", "giay-dang-ky-htx.pdf", "sha256", "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13"),
                Map.of("code", "QUALITY_DECLARATION", "fileName", "ban-cong-bo-chat-luong.pdf", "sha256", "a4e624d686e03ed2767c0abd85c14426b0b1157d2ce81d27bb4fe4f6f01d688a"));
    }

    public static Map<String, Object> dossierBody(String productId, LocalDate date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productId", productId);
        body.put("dossierDate", date.toString());
        body.put("selfScore", 78.5);
        body.put("documents", dossierDocuments());
        return body;
    }
}
