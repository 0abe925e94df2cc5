package vn.ntm.communes.units;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;

/** Imports of the official lists: idempotent, all-or-nothing, bad rows reported by line. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(TestTokens.class)
class UnitImportTest {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String PRE_HEADER = "province_code,province_name,district_code,district_name,unit_code,unit_name,unit_type\n";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    UnitDirectory directory;

    @Test
    void theNationalListImportedAgainChangesNothing() throws Exception {
        String national = new String(getClass().getClassLoader().getResourceAsStream("reference-data/vn_admin_units_pre2025.csv")
                .readAllBytes(), StandardCharsets.UTF_8);
        Callers.admin().contentType("text/csv; charset=UTF-8").body(national.getBytes(StandardCharsets.UTF_8))
                .queryParam("kind", "PRE_2025")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(200)
                .body("rows", equalTo(10035))
                .body("inserted", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(10035))
                .body("provinces.unchanged", equalTo(63));
        String mapping = new String(getClass().getClassLoader().getResourceAsStream("reference-data/vn_admin_units_2025_mapping.csv")
                .readAllBytes(), StandardCharsets.UTF_8);
        Callers.admin().contentType(CSV).body(mapping.getBytes(StandardCharsets.UTF_8)).queryParam("kind", "MAPPING")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(200).body("inserted", equalTo(0)).body("unchanged", equalTo(10567)).body("skipped", equalTo(5));
    }

    @Test
    void aNewUnitIsInsertedOnceThenUnchanged() {
        // Xã Tân An (07693, TP Bắc Giang): a real GSO record of February 2025 that the shipped list leaves out
        String file = PRE_HEADER + "24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07693,Xã Tân An,Xã\n";
        Callers.admin().contentType(CSV).body(file.getBytes(StandardCharsets.UTF_8)).queryParam("kind", "PRE_2025")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(200).body("inserted", equalTo(1)).body("unchanged", equalTo(0))
                .body("provinces.unchanged", equalTo(1));
        Callers.admin().contentType(CSV).body(file.getBytes(StandardCharsets.UTF_8)).queryParam("kind", "PRE_2025")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(200).body("inserted", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(1));
        UnitRef tanAn = directory.communeByCode("07693", LocalDate.of(2025, 2, 1)).orElseThrow();
        assertThat(tanAn.name()).isEqualTo("Xã Tân An");
        assertThat(tanAn.region()).isEqualTo("TRUNG_DU_MIEN_NUI_PHIA_BAC");
        assertThat(tanAn.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void badRowsAreListedByLineAndNothingIsWritten() throws Exception {
        String file = PRE_HEADER
                + "24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07732,Xã Nham Sơn,Xã\n"
                + "24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,0774,Xã Thắng Cương,Xã\n"
                + "24,Tỉnh Bắc Giang,213,Thành phố Bắc Giang,07744,Xã Thắng Cương,Huyện\n"
                + "24,Tỉnh Bắc Giang,213\n"
                + "30,Tỉnh Hải Dương,291,Huyện Nam Sách,10657,,Xã\n";
        Callers.admin().contentType(CSV).body(file.getBytes(StandardCharsets.UTF_8)).queryParam("kind", "PRE_2025")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was imported"))
                .body("context.invalidRows", equalTo(4))
                .body("errors", hasSize(4))
                .body("errors[0].field", equalTo("line 3"))
                .body("errors[0].message", containsString("unit_code '0774' must be 5 digits"))
                .body("errors[1].field", equalTo("line 4"))
                .body("errors[1].message", containsString("unit_type 'Huyện'"))
                .body("errors[2].field", equalTo("line 5"))
                .body("errors[3].field", equalTo("line 6"))
                .body("errors[3].message", containsString("unit_name is empty"));
        // line 2 was valid, yet nothing of the file was written
        assertThat(directory.communeByCode("07732", LocalDate.of(2025, 2, 1))).isEmpty();
        assertThat(count("SELECT count(*) FROM commune WHERE code = '07732'")).isZero();
    }

    @Test
    void mappingToUnknownUnitsIsRefusedWhole() {
        String file = "old_unit_code,new_unit_code,merge_type,old_unit_level\n"
                + "10657,10642,full,commune\n"
                + "10658,10642,full,commune\n"
                + "10657,99999,partial,commune\n";
        Callers.admin().contentType(CSV).body(file.getBytes(StandardCharsets.UTF_8)).queryParam("kind", "MAPPING")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("line 2", "line 3", "line 4"));
    }

    @Test
    void regionsMustBeOneOfTheSevenAndNamesMustMatch() {
        String file = "province_code,province_name,region\n"
                + "30,Tỉnh Hải Dương,Đồng bằng sông Hồng\n"
                + "31,Thành phố Hải Phòng,Miền Bắc\n"
                + "33,Tỉnh Thái Bình,Đồng bằng sông Hồng\n";
        Callers.admin().contentType(CSV).body(file.getBytes(StandardCharsets.UTF_8)).queryParam("kind", "PROVINCE_REGIONS")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(400)
                .body("errors", hasSize(2))
                .body("errors[0].field", equalTo("line 3"))
                .body("errors[0].message", containsString("Đồng bằng sông Cửu Long"))
                .body("errors[1].field", equalTo("line 4"))
                .body("errors[1].message", containsString("Tỉnh Hưng Yên"));
        Callers.admin().contentType(CSV).body("province_code,province_name,region\n30,tỉnh hải dương,dong bang song hong\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("kind", "PROVINCE_REGIONS")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(200).body("unchanged", equalTo(1));
    }

    @Test
    void wrongKindHeaderOrBodyIsAProblem() {
        Callers.admin().contentType(CSV).body(PRE_HEADER).queryParam("kind", "DISTRICTS")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        Callers.admin().contentType(CSV).body(PRE_HEADER).when().post("/api/v1/admin-units/imports")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        Callers.admin().contentType(CSV).body("code,name\n10657,Xã Đồng Lạc\n").queryParam("kind", "POST_2025")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(400).body("errors[0].field", equalTo("line 1"));
        Callers.admin().contentType(CSV).body(PRE_HEADER).queryParam("kind", "PRE_2025")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(400).body("detail", containsString("no rows"));
        Callers.admin().contentType(CSV).body("").queryParam("kind", "PRE_2025")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(400);
        Callers.admin().contentType("application/json").body("{}").queryParam("kind", "PRE_2025")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void onlyTheAdministratorImports() {
        String file = PRE_HEADER + "30,Tỉnh Hải Dương,291,Huyện Nam Sách,10657,Xã Đồng Lạc,Xã\n";
        given().contentType(CSV).body(file.getBytes(StandardCharsets.UTF_8)).queryParam("kind", "PRE_2025")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        Callers.provinceOfficer("30").contentType(CSV).body(file.getBytes(StandardCharsets.UTF_8)).queryParam("kind", "PRE_2025")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(TestTokens.expired("ADMINISTRATOR", null, null)))
                .contentType(CSV).body(file.getBytes(StandardCharsets.UTF_8)).queryParam("kind", "PRE_2025")
                .when().post("/api/v1/admin-units/imports")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
