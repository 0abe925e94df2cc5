package vn.ntm.communes.units;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;

/** Units over HTTP, on the seeded real lists (Hải Dương 30 → Hải Phòng 31). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CommuneApiTest {

    @Test
    void searchIgnoresDiacriticsAndCase() {
        given().queryParam("province", "30").queryParam("q", "dong lac").queryParam("asOf", "2025-01-01")
                .when().get("/api/v1/communes")
                .then().statusCode(200)
                .body("items.name", hasItem("Xã Đồng Lạc"))
                .body("items.name", hasItem("Phường Đồng Lạc"))
                .body("totalItems", equalTo(2));
        given().queryParam("province", "30").queryParam("q", "ĐỒNG LẠC").queryParam("type", "XA").queryParam("asOf", "2025-01-01")
                .when().get("/api/v1/communes")
                .then().statusCode(200).body("items.code", equalTo(java.util.List.of("10657")));
        given().queryParam("q", "binh").queryParam("province", "30").queryParam("asOf", "2025-01-01").queryParam("size", 200)
                .when().get("/api/v1/communes")
                .then().statusCode(200).body("items.name", hasItem("Phường Bình Hàn"));
    }

    @Inject
    CommuneViews views;

    @Test
    void singleReadTellsSharedCachesHowLongTheViewHasLeft() {
        // a date no other test reads: the first answer loads the view, the second is served from memory
        for (int i = 0; i < 2; i++) {
            String cacheControl = given().queryParam("asOf", "2024-03-11").when().get("/api/v1/communes/10657")
                    .then().statusCode(200).body("name", equalTo("Xã Đồng Lạc"))
                    .extract().header("Cache-Control");
            Matcher m = Pattern.compile("public, max-age=(\\d+)").matcher(cacheControl);
            assertThat(m.matches()).as(cacheControl).isTrue();
            assertThat(Long.parseLong(m.group(1))).isBetween(0L, 30L);
        }
        String today = given().when().get("/api/v1/communes/10657").then().statusCode(200).extract().header("Cache-Control");
        assertThat(today).matches("public, max-age=([0-9]|[12][0-9]|30)");
        // errors are not marked cacheable
        given().when().get("/api/v1/communes/99999").then().statusCode(404).header("Cache-Control", nullValue());
    }

    @Test
    void maxAgeIsWhatIsLeftOfTheViewsLife() {
        CommuneView view = views.view(new CommuneViews.Key("10657", java.time.LocalDate.parse("2024-03-12"))).view();
        long now = System.nanoTime();
        // loaded 12 s ago (half a second of margin for this test's own run): 18 of its 30 s left
        assertThat(views.secondsLeft(new CommuneViews.Loaded(view, now - 11_500_000_000L))).isEqualTo(18);
        assertThat(views.secondsLeft(new CommuneViews.Loaded(view, now))).isEqualTo(29);
        assertThat(views.secondsLeft(new CommuneViews.Loaded(view, now - 31_000_000_000L))).isZero();
    }

    @Test
    void haiDuongCommuneShowsItsHaiPhongSuccessor() {
        given().when().get("/api/v1/communes/10657")
                .then().statusCode(200)
                .body("name", equalTo("Xã Đồng Lạc"))
                .body("status", equalTo("ENDED"))
                .body("validTo", equalTo("2025-06-30"))
                .body("provinceCode", equalTo("30"))
                .body("region", equalTo("DONG_BANG_SONG_HONG"))
                .body("districtName", equalTo("Huyện Nam Sách"))
                .body("successors", hasSize(1))
                .body("successors[0].provinceCode", equalTo("31"))
                .body("successors[0].validFrom", equalTo("2025-07-01"));
        String successor = given().when().get("/api/v1/communes/10657").then().extract().path("successors[0].code");
        given().when().get("/api/v1/communes/" + successor)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("provinceName", equalTo("Thành phố Hải Phòng"))
                .body("region", equalTo("DONG_BANG_SONG_HONG"))
                .body("districtCode", nullValue())
                .body("predecessors.code", hasItem("10657"));
    }

    @Test
    void reusedCodeIsReadByDate() {
        given().queryParam("asOf", "2025-03-01").when().get("/api/v1/communes/10903")
                .then().statusCode(200).body("name", equalTo("Xã Ngọc Liên")).body("status", equalTo("ACTIVE"))
                .body("provinceCode", equalTo("30"));
        given().queryParam("asOf", "2025-07-01").when().get("/api/v1/communes/10903")
                .then().statusCode(200).body("name", equalTo("Xã Cẩm Giàng")).body("provinceCode", equalTo("31"))
                .body("predecessors.code", hasItem("10903"));
        given().queryParam("asOf", "2025-01-01").when().get("/api/v1/communes/00004")
                .then().statusCode(200).body("name", equalTo("Phường Trúc Bạch"));
        given().when().get("/api/v1/communes/00004")
                .then().statusCode(200).body("name", equalTo("Phường Ba Đình"));
    }

    @Test
    void endedProvinceListsItsUnitsOnItsLastDayAndNamesItsSuccessor() {
        given().queryParam("province", "30").queryParam("type", "XA").queryParam("size", 200)
                .when().get("/api/v1/communes")
                .then().statusCode(200)
                .body("totalItems", equalTo(151))
                .body("items", hasSize(151))
                .body("items.provinceCode", everyItem(equalTo("30")))
                .body("meta.asOf", equalTo("2025-06-30"))
                .body("meta.provinceEnded", equalTo(true))
                .body("meta.province.name", equalTo("Tỉnh Hải Dương"))
                .body("meta.successors[0].code", equalTo("31"))
                .body("meta.note", containsString("Thành phố Hải Phòng (31)"));
        given().queryParam("province", "30").when().get("/api/v1/communes")
                .then().statusCode(200).body("totalItems", equalTo(207)).body("items", hasSize(20));
        given().queryParam("province", "31").queryParam("size", 1).when().get("/api/v1/communes")
                .then().statusCode(200).body("totalItems", equalTo(114)).body("meta.provinceEnded", equalTo(false));
    }

    @Test
    void provincesByDateWithLineage() {
        given().queryParam("asOf", "2025-06-30").when().get("/api/v1/provinces")
                .then().statusCode(200).body("totalItems", equalTo(63));
        given().when().get("/api/v1/provinces").then().statusCode(200).body("totalItems", equalTo(34))
                .body("items[0].code", equalTo("01")).body("items[0].id", nullValue());
        given().when().get("/api/v1/provinces/30")
                .then().statusCode(200)
                .body("name", equalTo("Tỉnh Hải Dương"))
                .body("status", equalTo("ENDED"))
                .body("unitsDate", equalTo("2025-06-30"))
                .body("units.XA", equalTo(151))
                .body("units.PHUONG", equalTo(46))
                .body("units.THI_TRAN", equalTo(10))
                .body("successors.code", equalTo(java.util.List.of("31")));
        given().when().get("/api/v1/provinces/31")
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("region", equalTo("DONG_BANG_SONG_HONG"))
                .body("units.XA", equalTo(67))
                .body("units.DAC_KHU", equalTo(2))
                .body("predecessors.code", equalTo(java.util.List.of("30", "31")));
        // Gia Lai from 2025 joins the Central Highlands and the South Central Coast: no single region
        given().when().get("/api/v1/provinces/52")
                .then().statusCode(200).body("name", equalTo("Tỉnh Gia Lai")).body("region", nullValue())
                .body("regions", hasSize(2));
    }

    @Test
    void badInputIsAProblem() {
        given().when().get("/api/v1/communes/99999")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("99999"))
                .body("requestId", notNullValue());
        given().when().get("/api/v1/communes/1065")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("code"));
        given().queryParam("asOf", "2025-13-01").when().get("/api/v1/communes/10657")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().queryParam("type", "HUYEN").when().get("/api/v1/communes")
                .then().statusCode(400).body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("XA, PHUONG, THI_TRAN, DAC_KHU"));
        given().queryParam("level", "GOLD").when().get("/api/v1/communes")
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
        given().queryParam("size", 500).when().get("/api/v1/communes")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().queryParam("province", "3").when().get("/api/v1/communes")
                .then().statusCode(400).body("errors[0].field", equalTo("province"));
        given().queryParam("province", "99").when().get("/api/v1/communes")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/provinces/99").then().statusCode(404);
        // Đặc khu Bạch Long Vĩ got a new code in 2025 (the island district had no commune level before)
        given().queryParam("asOf", "2024-01-01").when().get("/api/v1/communes/11948")
                .then().statusCode(404).body("detail", containsString("Đặc khu Bạch Long Vĩ"));
        given().when().get("/api/v1/communes/11948")
                .then().statusCode(200).body("type", equalTo("DAC_KHU")).body("provinceCode", equalTo("31"));
    }
}
