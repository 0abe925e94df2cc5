package vn.ntm.ocop.trace;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.ocop.support.CommunesWireMock;
import vn.ntm.ocop.support.Fixtures;

/** Trace codes of a certified product, its events, the public verification by trace code (ETag, 304) and the export. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesWireMock.class)
@QuarkusTestResource(TestTokens.class)
class TraceFlowTest {

    private static final LocalDate TODAY = LegalDate.today();
    private static final String CODES = "/api/v1/ocop/trace-codes";
    private static final String VERIFY = "/api/v1/ocop/trace-verification";

    /** A GTIN-13 of the 893 (Vietnam) prefix unique to this run, with its check digit. */
    static String gtin13() {
        String body = "893" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        return body + Gs1.checkDigit(body);
    }

    /** The same GTIN with its last digit wrong. */
    static String wrongCheckDigit(String gtin) {
        int last = gtin.charAt(gtin.length() - 1) - '0';
        return gtin.substring(0, gtin.length() - 1) + ((last + 1) % 10);
    }

    private static Map<String, Object> code(String product, String gtin, String lot) {
        Map<String, Object> body = new HashMap<>(Map.of("productId", product, "gtin", gtin, "lot", lot, "gln", "8938505970004",
                "producedOn", TODAY.minusDays(2).toString(), "quantity", 1200, "unit", "kg"));
        return body;
    }

    private static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    @Test
    void aLotFromRegistrationToPublicVerificationAndExport() {
        String product = Fixtures.product(Fixtures.unique("Vải thiều Thanh Hà"), "10867");
        String gtin = gtin13();
        // not certified yet: no trace code
        Fixtures.asOfficer().contentType(ContentType.JSON).body(code(product, gtin, "L2025-07")).post(CODES).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("productId"));
        String certificate = Fixtures.certify(product, TODAY.minusDays(20), "80.00");
        String producer = Fixtures.subjectToken(Fixtures.asOfficer().get("/api/v1/ocop/products/" + product).then().extract().path("subject.id"));

        // refused codes name the field: wrong check digit, malformed lot, malformed element string, GTIN alone, both forms
        as(producer).body(code(product, wrongCheckDigit(gtin), "L2025-07")).post(CODES).then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("https://ntm.example/problems/validation"))
                .body("errors[0].field", equalTo("gtin"));
        Map<String, Object> badGln = code(product, gtin, "L2025-07");
        badGln.put("gln", "8938505970005");
        as(producer).body(badGln).post(CODES).then().statusCode(400).body("errors[0].field", equalTo("gln"));
        as(producer).body(code(product, gtin, "Lô 7")).post(CODES).then().statusCode(400).body("errors[0].field", equalTo("lot"));
        as(producer).body(Map.of("productId", product, "elementString", "01" + gtin, "producedOn", TODAY.toString())).post(CODES).then()
                .statusCode(400).body("errors[0].field", equalTo("elementString"));
        as(producer).body(Map.of("productId", product, "gtin", gtin, "producedOn", TODAY.toString())).post(CODES).then()
                .statusCode(400).body("errors[0].field", equalTo("lot"));
        as(Fixtures.subjectToken(UUID.randomUUID().toString())).body(code(product, gtin, "L2025-07")).post(CODES).then().statusCode(403);

        // the producer registers its lot; the answer carries the Digital Link for the QR code
        String id = as(producer).body(code(product, gtin, "L2025-07")).post(CODES).then().statusCode(201)
                .body("gtin", equalTo("0" + gtin)).body("certificate", equalTo(certificate))
                .body("elementString", equalTo("(01)0" + gtin + "(10)L2025-07(414)8938505970004"))
                .body("digitalLink", equalTo("https://id.ntm.example/01/0" + gtin + "/10/L2025-07")).extract().path("id");
        // duplicates: the same lot again (also as an element string), the GTIN on another product
        as(producer).body(code(product, gtin, "L2025-07")).post(CODES).then().statusCode(409).body("errors[0].field", equalTo("lot"));
        as(producer).body(Map.of("productId", product, "elementString", "(10)L2025-07(01)0" + gtin, "producedOn", TODAY.toString()))
                .post(CODES).then().statusCode(409);
        String other = Fixtures.product(Fixtures.unique("Bánh gai Ninh Giang"), "10867");
        Fixtures.certify(other, TODAY.minusDays(20), "80.00");
        Fixtures.asOfficer().contentType(ContentType.JSON).body(code(other, gtin, "L2025-08")).post(CODES).then().statusCode(409)
                .body("errors[0].field", equalTo("gtin"));

        // a unit of a lot (lot and serial): its Digital Link carries both qualifiers, and that link verifies it
        Map<String, Object> unit = code(product, gtin, "L2025-09");
        unit.put("serial", "SN000123");
        String unitLink = as(producer).body(unit).post(CODES).then().statusCode(201)
                .body("digitalLink", equalTo("https://id.ntm.example/01/0" + gtin + "/10/L2025-09/21/SN000123")).extract().path("digitalLink");
        String unitPath = VERIFY + unitLink.substring("https://id.ntm.example".length());
        String unitTag = given().get(unitPath).then().statusCode(200).header("Cache-Control", equalTo("public, max-age=300"))
                .body("serial", equalTo("SN000123")).body("lot", equalTo("L2025-09")).extract().header("ETag");
        given().header("If-None-Match", unitTag).get(unitPath).then().statusCode(304);
        given().get(VERIFY + "/01/0" + gtin + "/10/L2025-09/21/SN999999").then().statusCode(404).contentType("application/problem+json");
        given().get(VERIFY + "/01/0" + wrongCheckDigit(gtin) + "/10/L2025-09/21/SN000123").then().statusCode(400)
                .body("errors[0].field", equalTo("gtin"));
        given().get(VERIFY + "/01/0" + gtin + "/10/L2025-09/21/" + "S".repeat(21)).then().statusCode(400)
                .body("errors[0].field", equalTo("serial"));

        // events: the data items of TT 02/2024 for the direction
        String events = CODES + "/" + id + "/events";
        as(producer).body(Map.of("direction", "BACK", "eventDate", TODAY.minusDays(3).toString(),
                "data", Map.of("INPUT_NAME", "Vải thiều tươi", "SUPPLIER_NAME", "Tổ hợp tác trồng vải Thanh Sơn", "COLOUR", "đỏ")))
                .post(events).then().statusCode(422).body("errors.field", hasItems("data.COLOUR", "data.SUPPLIER_ADDRESS", "data.INPUT_QUANTITY"));
        as(producer).body(Map.of("direction", "SIDEWAYS", "eventDate", TODAY.toString(), "data", Map.of("X", "y"))).post(events).then()
                .statusCode(400).body("errors[0].field", equalTo("direction"));
        as(producer).body(Map.of("direction", "BACK", "eventDate", TODAY.minusDays(3).toString(),
                "data", Map.of("INPUT_NAME", "Vải thiều tươi", "SUPPLIER_NAME", "Nguyễn Văn Hùng", "SUPPLIER_ADDRESS", "Thôn Hạ, xã Thanh Sơn",
                        "INPUT_QUANTITY", "1300 kg"))).post(events).then().statusCode(201).body("direction", equalTo("BACK"));
        as(producer).body(Map.of("direction", "FORWARD", "eventDate", TODAY.minusDays(1).toString(), "partnerGln", "8938505970103",
                "data", Map.of("RECEIVER_NAME", "Công ty Cổ phần Hoàng Giang", "RECEIVER_ADDRESS", "Khu công nghiệp Nam Sách",
                        "DISPATCH_QUANTITY", "800 kg"))).post(events).then().statusCode(201).body("partnerGln", equalTo("8938505970103"));
        as(producer).get(CODES + "/" + id).then().statusCode(200).header("ETag", "\"0\"").body("events.size()", equalTo(2));
        as(producer).get(CODES + "?product=" + product).then().statusCode(200).body("totalItems", equalTo(2));

        // public verification by Digital Link path: no token, no personal data, cacheable
        String link = VERIFY + "/01/0" + gtin + "/10/L2025-07";
        io.restassured.response.Response first = given().get(link);
        first.then().statusCode(200).header("Cache-Control", equalTo("public, max-age=300")).header("ETag", startsWith("\""))
                .body("certificate.number", equalTo(certificate)).body("certificate.stars", equalTo(4))
                .body("certificate.state", equalTo("ACTIVE")).body("stepsBack", equalTo(1)).body("stepsForward", equalTo(1));
        assertThat(first.asString()).doesNotContain("Nguyễn Văn Hùng").doesNotContain("Hoàng Giang").doesNotContain("0912 345 678")
                .doesNotContain("representative");
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).get(link).then().statusCode(304).header("ETag", etag)
                .header("Cache-Control", equalTo("public, max-age=300"));
        given().queryParam("code", "(01)0" + gtin + "(10)L2025-07").get(VERIFY).then().statusCode(200).header("ETag", etag);
        given().get(VERIFY + "/01/" + gtin + "/10/L2025-07").then().statusCode(200).header("ETag", etag); // GTIN-13 form
        given().get(VERIFY + "/01/0" + wrongCheckDigit(gtin) + "/10/L2025-07").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("gtin"));
        given().get(VERIFY + "/01/0" + gtin + "/10/L2099-01").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("code", "0108938505974019").get(VERIFY).then().statusCode(400).body("errors[0].field", equalTo("code"));

        // the certificate revoked: the answer changes, so does its ETag, and the old one no longer gets a 304
        String number = "/api/v1/ocop/certificates/" + certificate;
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", Fixtures.etag(number))
                .body(Map.of("reasonCode", "PRODUCTION_SUSPENDED", "reason", "Cơ sở ngừng sản xuất", "revokedOn", TODAY.toString()))
                .post(number + "/revocation").then().statusCode(200);
        String after = given().header("If-None-Match", etag).get(link).then().statusCode(200).body("certificate.state", equalTo("REVOKED"))
                .extract().header("ETag");
        assertThat(after).isNotEqualTo(etag);

        // the export in the configured shape of the national portal
        Fixtures.asOfficer().get("/api/v1/ocop/products/" + product + "/trace-export").then().statusCode(200)
                .body("schema", equalTo("ntm-assumed-2026-1")).body("so_giay_chung_nhan_ocop", equalTo(certificate))
                .body("hang_sao_ocop", equalTo(4)).body("danh_sach_ma_truy_vet[0].gtin", equalTo("0" + gtin))
                .body("danh_sach_ma_truy_vet[0].duong_dan_qr", equalTo("https://id.ntm.example/01/0" + gtin + "/10/L2025-07"))
                .body("danh_sach_ma_truy_vet[0].cong_doan.chieu", hasItems("MOT_BUOC_TRUOC", "MOT_BUOC_SAU"))
                .body("danh_sach_ma_truy_vet[0].cong_doan[0].ten_nha_cung_cap", equalTo("Nguyễn Văn Hùng"));
        given().header("Authorization", Fixtures.subjectToken(UUID.randomUUID().toString()))
                .get("/api/v1/ocop/products/" + product + "/trace-export").then().statusCode(403);
        Fixtures.asAdmin().get(CODES + "/" + id + "/audit").then().statusCode(200).body("items.path", hasItems(CODES + "/" + id))
                .body("items.status", hasItems(201, 422));
        given().get("/api/v1/ocop/trace-data-items").then().statusCode(200).body("code", hasItems("SUPPLIER_NAME", "RECEIVER_NAME", "TRACE_CODE"));
    }
}
