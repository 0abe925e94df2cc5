package vn.ntm.communes;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.certification.FakeNeighbours;

/** A stored answer to an Idempotency-Key is replayed only to a caller who may make the request. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class IdempotentReplayAccessTest {

    /** Hà Nội (01): no other test reads its outstanding fields. */
    @Test
    void aReplayIsRefusedToACallerWhoMayNotWrite() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> field = Map.of("nameVi", "Làng nghề", "source", "Quyết định của UBND thành phố Hà Nội (thử nghiệm)");
        Callers.provinceOfficer("01").contentType(ContentType.JSON).header("Idempotency-Key", key).body(field)
                .when().put("/api/v1/outstanding-fields/01/CRAFT_VILLAGE").then().statusCode(201);
        Callers.provinceOfficer("01").contentType(ContentType.JSON).header("Idempotency-Key", key).body(field)
                .when().put("/api/v1/outstanding-fields/01/CRAFT_VILLAGE").then().statusCode(201).header("Idempotent-Replayed", "true");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(field)
                .when().put("/api/v1/outstanding-fields/01/CRAFT_VILLAGE").then().statusCode(401);
        Callers.provinceOfficer("02").contentType(ContentType.JSON).header("Idempotency-Key", key).body(field)
                .when().put("/api/v1/outstanding-fields/01/CRAFT_VILLAGE").then().statusCode(403);
    }
}
