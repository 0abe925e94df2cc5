package vn.ntm.communes.groups;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.ntm.communes.certification.Programme2026.placeGroup;
import static vn.ntm.communes.certification.Programme2026.placement;
import static vn.ntm.communes.certification.Programme2026.province;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;
import vn.ntm.communes.certification.FakeNeighbours;
import vn.ntm.communes.certification.TestCommunes.Commune;
import vn.ntm.communes.certification.TestCommunes2026;

/** Commune groups as dated data with a basis (issue 15): one by one, by CSV import (all or nothing), with history. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class CommuneGroupTest {

    static final String HEADER = "communeCode,group,validFrom,basis,basisDocument,basisDate,source,note\n";

    static String groups(Commune c) {
        return "/api/v1/communes/" + c.code() + "/groups";
    }

    @Test
    void aPlacementHasItsBasisAndTheCommuneReadShowsTheGroupInForce() {
        Commune c = TestCommunes2026.dienBien();
        province(c).contentType(ContentType.JSON).body(placement("GROUP_3", "2026-02-15"))
                .when().post(groups(c)).then().statusCode(201)
                .body("communeCode", equalTo(c.code()))
                .body("provinceCode", equalTo("11"))
                .body("group", equalTo("GROUP_3"))
                .body("basis", equalTo("ETHNIC_MOUNTAIN_ZONE"))
                .body("basisDate", equalTo("2026-01-20"))
                .body("recordedBy", equalTo(Callers.subject("PROVINCE_OFFICER", "11", null)))
                .body("validTo", nullValue());
        given().when().get("/api/v1/communes/" + c.code()).then().statusCode(200)
                .body("communeGroup.group", equalTo("GROUP_3"))
                .body("communeGroup.basisDocument", containsString("GROUP_3"))
                .body("communeGroup.source", equalTo("UBND tỉnh (thử nghiệm)"));
        // on a day before the placement the read shows none
        given().queryParam("asOf", "2026-01-31").when().get("/api/v1/communes/" + c.code()).then().statusCode(200)
                .body("communeGroup", nullValue());

        // a later decision moves it; the earlier placement ends the day before
        placeGroup(c, "GROUP_2", "2026-10-01");
        given().when().get(groups(c)).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].group", equalTo("GROUP_2"))
                .body("items[0].validTo", nullValue())
                .body("items[1].group", equalTo("GROUP_3"))
                .body("items[1].validTo", equalTo("2026-09-30"))
                .body("totalItems", equalTo(2));
        given().when().get("/api/v1/communes/" + c.code()).then().statusCode(200).body("communeGroup.group", equalTo("GROUP_2"));
    }

    @Test
    void placementsThatCannotStandAreRefusedAndStoreNothing() {
        Commune c = TestCommunes2026.dienBien();
        placeGroup(c, "GROUP_3", "2026-02-15");
        // a basis that does not fit the group
        Map<String, Object> wrongBasis = new HashMap<>(placement("GROUP_3", "2026-05-01"));
        wrongBasis.put("basis", "URBAN_ADJACENT");
        province(c).contentType(ContentType.JSON).body(wrongBasis).when().post(groups(c)).then().statusCode(422)
                .contentType("application/problem+json");
        // a second placement on the same day
        province(c).contentType(ContentType.JSON).body(placement("GROUP_2", "2026-02-15")).when().post(groups(c)).then().statusCode(422)
                .contentType("application/problem+json");
        // a ward has no group
        Commune ward = TestCommunes2026.ward("11");
        province(ward).contentType(ContentType.JSON).body(placement("GROUP_2", "2026-02-15")).when().post(groups(ward)).then().statusCode(422)
                .body("errors.message", hasItem(containsString("only communes")));
        // another province's officer, a commune officer
        Callers.provinceOfficer("04").contentType(ContentType.JSON).body(placement("GROUP_2", "2026-06-01")).when().post(groups(c))
                .then().statusCode(403).contentType("application/problem+json");
        Callers.communeOfficer("11", c.code()).contentType(ContentType.JSON).body(placement("GROUP_2", "2026-06-01")).when().post(groups(c))
                .then().statusCode(403);
        // a body missing its basis, and a malformed date
        Map<String, Object> noBasis = new HashMap<>(placement("GROUP_2", "2026-06-01"));
        noBasis.remove("basis");
        province(c).contentType(ContentType.JSON).body(noBasis).when().post(groups(c)).then().statusCode(400)
                .body("errors.field", hasItem(containsString("basis")));
        Map<String, Object> badDate = new HashMap<>(placement("GROUP_2", "2026-06-01"));
        badDate.put("validFrom", "15/06/2026");
        province(c).contentType(ContentType.JSON).body(badDate).when().post(groups(c)).then().statusCode(400)
                .contentType("application/problem+json");
        // unknown and malformed codes
        Callers.admin().contentType(ContentType.JSON).body(placement("GROUP_2", "2026-06-01")).when().post("/api/v1/communes/99999/groups")
                .then().statusCode(404);
        given().when().get("/api/v1/communes/12ab/groups").then().statusCode(400).contentType("application/problem+json");

        given().when().get(groups(c)).then().statusCode(200).body("items", hasSize(1)).body("items[0].group", equalTo("GROUP_3"));
    }

    @Test
    void aCsvImportStoresEveryRowOrNoneAndNamesEachBadLine() {
        Commune a = TestCommunes2026.dienBien();
        Commune b = TestCommunes2026.dienBien();
        String bad = HEADER
                + a.code() + ",GROUP_3,2026-02-15,ETHNIC_MOUNTAIN_ZONE,QĐ phân định khu vực III,2026-01-20,UBND tỉnh Điện Biên,\n"
                + b.code() + ",GROUP_4,2026-02-15,ETHNIC_MOUNTAIN_ZONE,QĐ phân định khu vực III,2026-01-20,UBND tỉnh Điện Biên,\n"
                + "99999,GROUP_2,2026-02-15,NONE_OF_THE_ABOVE,Rà soát,2026-01-20,UBND tỉnh Điện Biên,\n";
        Callers.provinceOfficer("11").contentType("text/csv; charset=UTF-8").body(bad).when().post("/api/v1/commune-groups/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("line 3", "line 4"))
                .body("errors.field", org.hamcrest.Matchers.not(hasItem("line 2")));
        given().when().get(groups(a)).then().statusCode(200).body("items", hasSize(0));

        Callers.provinceOfficer("11").contentType("text/csv; charset=UTF-8").body("code,group\n" + a.code() + ",GROUP_3\n")
                .when().post("/api/v1/commune-groups/import").then().statusCode(400).body("errors.field", hasItem("line 1"));
        Callers.provinceOfficer("11").contentType("text/csv; charset=UTF-8").body(HEADER).when().post("/api/v1/commune-groups/import").then().statusCode(400)
                .body("errors.field", hasItem("line 2"));

        // a row of another province: refused whole
        Commune other = TestCommunes2026.caoBang();
        String mixed = HEADER
                + a.code() + ",GROUP_3,2026-02-15,ETHNIC_MOUNTAIN_ZONE,QĐ phân định khu vực III,2026-01-20,UBND tỉnh Điện Biên,\n"
                + other.code() + ",GROUP_2,2026-02-15,NONE_OF_THE_ABOVE,Rà soát,2026-01-20,UBND tỉnh Cao Bằng,\n";
        Callers.provinceOfficer("11").contentType("text/csv; charset=UTF-8").body(mixed).when().post("/api/v1/commune-groups/import").then().statusCode(403);
        given().when().get(groups(a)).then().statusCode(200).body("items", hasSize(0));

        String good = HEADER
                + a.code() + ",GROUP_3,2026-02-15,ETHNIC_MOUNTAIN_ZONE,QĐ phân định khu vực III,2026-01-20,UBND tỉnh Điện Biên,\n"
                + b.code() + ",GROUP_1,2026-02-15,NEW_URBAN_PLANNING,Quy hoạch chung đô thị mới,2026-01-10,UBND tỉnh Điện Biên,định hướng đô thị\n";
        Callers.provinceOfficer("11").contentType("text/csv; charset=UTF-8").body(good).when().post("/api/v1/commune-groups/import").then().statusCode(200)
                .body("imported", equalTo(2));
        given().when().get(groups(b)).then().statusCode(200).body("items[0].group", equalTo("GROUP_1"))
                .body("items[0].basis", equalTo("NEW_URBAN_PLANNING")).body("items[0].note", equalTo("định hướng đô thị"));
        given().when().get("/api/v1/communes/" + a.code()).then().statusCode(200).body("communeGroup.group", equalTo("GROUP_3"));
    }
}
