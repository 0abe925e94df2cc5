package vn.ntm.ocop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.ntm.common.security.Roles;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.ocop.support.CommunesWireMock;
import vn.ntm.ocop.support.Fixtures;

/**
 * Every endpoint of ocop-service, called by every kind of caller, against one table of expected answers.
 *
 * <p>{@code A}: allowed, i.e. any answer but 401, 403 or 5xx (writes are sent without If-Match, or repeat a creation, so
 * that an allowed caller gets 428 or 409 after the authorisation checks and the records stay as they are).
 * {@code 401}: no valid token. {@code 403}: a valid token whose role or territory does not reach the record.
 *
 * <p>Records are in Xã Thanh Sơn (10867), Hải Dương (30). "Own" callers are scoped to them; PROV_OTHER and OCOP_OTHER to
 * Hải Phòng (31); COMMUNE_OTHER and FRONT_OTHER to Xã Thái Tân (10642), another commune of Hải Dương. OCOP_COUNCIL is a
 * member of Hải Dương's PROVINCE council, OCOP_OTHER of Hải Phòng's, OCOP_CENTRAL of the CENTRAL council (token from 31).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesWireMock.class)
@QuarkusTestResource(TestTokens.class)
class AuthorizationMatrixTest {

    private static final String MATRIX = """
            METHOD PATH                                                    BODY            NONE EXPIRED FOREIGN ADMIN PROV_OWN PROV_OTHER COMMUNE_OWN COMMUNE_OTHER APPRAISER COUNCIL OCOP_COUNCIL OCOP_OTHER OCOP_CENTRAL FRONT_OWN FRONT_OTHER CITIZEN SUBJECT SUBJECT_OTHER
            # published: readable by anyone
            GET    /api/v1/ocop/subjects?q=thanh+son                       -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            GET    /api/v1/ocop/subjects/{subject}                         -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            GET    /api/v1/ocop/products?province=30                       -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            GET    /api/v1/ocop/products/{product}                         -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            GET    /api/v1/ocop/product-groups                             -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            GET    /api/v1/ocop/rule-versions                              -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            GET    /api/v1/ocop/rule-versions/QD_1489_2025                 -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            GET    /api/v1/ocop/certificates/{certificate}                 -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            GET    /api/v1/ocop/communes/10867/summary                     -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            GET    /api/v1/ocop/statistics?province=30                     -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            # the registry: province officers of the province, commune officers of the commune (QĐ 1489 pre-check), administrators
            POST   /api/v1/ocop/subjects                                   newSubject      401  401     401     A     A        403        A           403           403       403     403          403        403          403       403         403  403     403
            PUT    /api/v1/ocop/subjects/{subject}                         subject         401  401     401     A     A        403        A           403           403       403     403          403        403          403       403         403  403     403
            DELETE /api/v1/ocop/subjects/{subject}                         -               401  401     401     A     A        403        A           403           403       403     403          403        403          403       403         403  403     403
            POST   /api/v1/ocop/products                                   newProduct      401  401     401     A     A        403        A           403           403       403     403          403        403          403       403         403  403     403
            PUT    /api/v1/ocop/products/{product}                         product         401  401     401     A     A        403        A           403           403       403     403          403        403          403       403         403  403     403
            DELETE /api/v1/ocop/products/{product}                         -               401  401     401     A     A        403        A           403           403       403     403          403        403          403       403         403  403     403
            # private contact and official listings: officials of the province
            GET    /api/v1/ocop/subjects/{subject}/registration            -               401  401     401     A     A        403        403         403           403       403     A            403        403          403       403         403  403     403
            GET    /api/v1/ocop/certificates?state=EXPIRING&province=30    -               401  401     401     A     A        403        403         403           403       403     A            403        403          403       403         403  403     403
            GET    /api/v1/ocop/certificates                               -               401  401     401     A     A        A          403         403           403       403     A            A          A            403       403         403  403     403
            GET    /api/v1/ocop/evaluations?province=30                    -               401  401     401     A     A        403        403         403           403       403     A            403        A            403       403         403  403     403
            GET    /api/v1/ocop/evaluations                                -               401  401     401     A     A        A          403         403           403       403     A            A          A            403       403         403  403     403
            GET    /api/v1/ocop/evaluations/{evaluation}                   -               401  401     401     A     A        404        403         403           403       403     A            404        404          403       403         403     403     403
            GET    /api/v1/ocop/evaluations/{centralEvaluation}            -               401  401     401     A     A        404        403         403           403       403     A            404        A            403       403         403     403     403
            # evaluation rounds and certificates: province officers of the product's province, administrators
            POST   /api/v1/ocop/evaluations                                newEvaluation   401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403  403     403
            PUT    /api/v1/ocop/evaluations/{evaluation}                   evaluation      401  401     401     A     A        404        403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/evaluations/{evaluation}/decision          decision        401  401     401     A     A        404        403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/certificates/{certificate}/revocation      revocation      401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403  403     403
            # score sheets: members of the evaluation's council (its level; its province below CENTRAL)
            PUT    /api/v1/ocop/evaluations/{evaluation}/score-sheets/mine sheet           401  401     401     403   403      403        403         403           403       403     A            404        404          403       403         403     403     403
            DELETE /api/v1/ocop/evaluations/{evaluation}/score-sheets/mine -               401  401     401     403   403      403        403         403           403       403     A            404        404          403       403         403     403     403
            PUT    /api/v1/ocop/evaluations/{centralEvaluation}/score-sheets/mine sheet    401  401     401     403   403      403        403         403           403       403     403          404        A            403       403         403     403     403
            # audit trails: administrators
            GET    /api/v1/ocop/evaluations/{evaluation}/audit             -               401  401     401     A     403      403        403         403           403       403     403          403        403          403       403         403  403     403
            GET    /api/v1/ocop/certificates/{certificate}/audit           -               401  401     401     A     403      403        403         403           403       403     403          403        403          403       403         403  403     403
            # product dossiers: the producer (SUBJECT, its own only), the commune at its check, the province at council steps
            POST   /api/v1/ocop/dossiers                                   newDossier      401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403      A       403
            GET    /api/v1/ocop/dossiers                                   -               401  401     401     A     A        A          A           A             403       403     A            A          A            403       403         403      A       A
            GET    /api/v1/ocop/dossiers?province=30                       -               401  401     401     A     A        403        A           A             403       403     A            403        403          403       403         403      A       A
            GET    /api/v1/ocop/dossiers/{dossier}                         -               401  401     401     A     A        404        A           404           403       403     A            404        404          403       403         403     A       404
            PUT    /api/v1/ocop/dossiers/{dossier}                         resubmission    401  401     401     A     A        404        403         403           403       403     403          403        403          403       403         403     A       404
            POST   /api/v1/ocop/dossiers/{dossier}/proposal                proposal        401  401     401     A     403      403        A           404           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/dossiers/{dossier}/return                  return          401  401     401     A     403      404        A           404           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/dossiers/{dossier}/evaluation              openEvaluation  401  401     401     A     A        404        403         403           403       403     403          403        403          403       403         403     403     403
            GET    /api/v1/ocop/dossiers/{dossier}/audit                   -               401  401     401     A     403      403        403         403           403       403     403          403        403          403       403         403      403     403
            # annual inspections: province officers of the province, administrators; the items are public
            POST   /api/v1/ocop/inspection-plans                           plan            401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403  403     403
            GET    /api/v1/ocop/inspection-plans/{plan}                    -               401  401     401     A     A        404        403         403           403       403     403          403        403          403       403         403     403     403
            GET    /api/v1/ocop/inspection-items                           -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            GET    /api/v1/ocop/inspection-work-lists/due                          -               401  401     401     A     A        A          403         403           403       403     403          403        403          403       403         403  403     403
            GET    /api/v1/ocop/inspection-work-lists/due?province=30              -               401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403  403     403
            GET    /api/v1/ocop/inspection-work-lists/overdue-warnings?province=30   -               401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403  403     403
            GET    /api/v1/ocop/inspections/{inspection}                   -               401  401     401     A     A        404        403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/inspections/{inspection}/outcome           outcome         401  401     401     A     A        404        403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/inspections/{inspection}/follow-up         outcome         401  401     401     A     A        404        403         403           403       403     403          403        403          403       403         403     403     403
            GET    /api/v1/ocop/inspections/{inspection}/audit             -               401  401     401     A     403      403        403         403           403       403     403          403        403          403       403         403  403     403
            # the OCOP mark: rules and uses are public; the producer registers uses of its own certified product; violations are
            # reported by officials of the province and by citizens, handled by the province, read by anyone without the reporter
            GET    /api/v1/ocop/mark-rules                                 -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            GET    /api/v1/ocop/products/{certifiedProduct}/mark-uses      -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            POST   /api/v1/ocop/products/{certifiedProduct}/mark-uses      markUse         401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403  A       403
            POST   /api/v1/ocop/mark-violations                            violation       401  401     401     A     A        403        A           A             403       403     403          403        403          403       403         A    403     403
            GET    /api/v1/ocop/mark-violations?province=30                -               401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403  403     403
            GET    /api/v1/ocop/mark-violations                            -               401  401     401     A     A        A          403         403           403       403     403          403        403          403       403         403  403     403
            GET    /api/v1/ocop/mark-violations/{violation}                -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            GET    /api/v1/ocop/mark-violations/{violation}/reporter       -               401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403  403     403
            POST   /api/v1/ocop/mark-violations/{violation}/review         review          401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403  403     403
            POST   /api/v1/ocop/mark-violations/{violation}/resolution     resolution      401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403  403     403
            GET    /api/v1/ocop/mark-violations/{violation}/audit          -               401  401     401     A     403      403        403         403           403       403     403          403        403          403       403         403  403     403
            # traceability: the producer (its own products only) and the province register codes and events and export them;
            # the data items and the verification by trace code are public
            GET    /api/v1/ocop/trace-data-items                           -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            POST   /api/v1/ocop/trace-codes                                newTraceCode    401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403  A       403
            GET    /api/v1/ocop/trace-codes?product={certifiedProduct}     -               401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403  A       403
            GET    /api/v1/ocop/trace-codes/{traceCode}                    -               401  401     401     A     A        404        403         403           403       403     403          403        403          403       403         403     A       404
            POST   /api/v1/ocop/trace-codes/{traceCode}/events             traceEvent      401  401     401     A     A        404        403         403           403       403     403          403        403          403       403         403     A       404
            GET    /api/v1/ocop/trace-codes/{traceCode}/audit              -               401  401     401     A     403      403        403         403           403       403     403          403        403          403       403         403  403     403
            GET    /api/v1/ocop/products/{certifiedProduct}/trace-export   -               401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403  A       403
            GET    /api/v1/ocop/trace-verification/01/{traceGtin}/10/L2025-07 -            A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            GET    /api/v1/ocop/trace-verification/01/{traceGtin}/10/L2025-09/21/SN000123 -            A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            GET    /api/v1/ocop/trace-verification?code={traceElement}     -               A    A       A       A     A        A          A           A             A         A       A            A          A            A         A           A  A       A
            # scope before existence (issue 20): an unknown record answers as one outside the caller's scope would. Records that
            # are not published (evaluations, dossiers, inspections, trace codes) are 404 for both; published ones (subjects,
            # products, certificates, violations) say 404 when unknown and 403 when outside the scope, which anyone can read anyway
            PUT    /api/v1/ocop/subjects/{unknownRecord}                   subject         401  401     401     404   404      404        404         404           403       403     403          403        403          403       403         403     403     403
            DELETE /api/v1/ocop/subjects/{unknownRecord}                   -               401  401     401     404   404      404        404         404           403       403     403          403        403          403       403         403     403     403
            PUT    /api/v1/ocop/products/{unknownRecord}                   product         401  401     401     404   404      404        404         404           403       403     403          403        403          403       403         403     403     403
            DELETE /api/v1/ocop/products/{unknownRecord}                   -               401  401     401     404   404      404        404         404           403       403     403          403        403          403       403         403     403     403
            GET    /api/v1/ocop/evaluations/{unknownRecord}                -               401  401     401     404   404      404        403         403           403       403     404          404        404          403       403         403     403     403
            PUT    /api/v1/ocop/evaluations/{unknownRecord}                evaluation      401  401     401     404   404      404        403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/evaluations/{unknownRecord}/decision       decision        401  401     401     404   404      404        403         403           403       403     403          403        403          403       403         403     403     403
            PUT    /api/v1/ocop/evaluations/{unknownRecord}/score-sheets/mine sheet        401  401     401     403   403      403        403         403           403       403     404          404        404          403       403         403     403     403
            DELETE /api/v1/ocop/evaluations/{unknownRecord}/score-sheets/mine -            401  401     401     403   403      403        403         403           403       403     404          404        404          403       403         403     403     403
            POST   /api/v1/ocop/certificates/{unknownCertificate}/revocation revocation    401  401     401     404   404      404        403         403           403       403     403          403        403          403       403         403     403     403
            GET    /api/v1/ocop/dossiers/{unknownRecord}                   -               401  401     401     404   404      404        404         404           403       403     404          404        404          403       403         403     404     404
            PUT    /api/v1/ocop/dossiers/{unknownRecord}                   resubmission    401  401     401     404   404      404        403         403           403       403     403          403        403          403       403         403     404     404
            POST   /api/v1/ocop/dossiers/{unknownRecord}/proposal          proposal        401  401     401     404   403      403        404         404           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/dossiers/{unknownRecord}/return            return          401  401     401     404   404      404        404         404           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/dossiers/{unknownRecord}/evaluation        openEvaluation  401  401     401     404   404      404        403         403           403       403     403          403        403          403       403         403     403     403
            GET    /api/v1/ocop/inspection-plans/{unknownRecord}           -               401  401     401     404   404      404        403         403           403       403     403          403        403          403       403         403     403     403
            GET    /api/v1/ocop/inspections/{unknownRecord}                -               401  401     401     404   404      404        403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/inspections/{unknownRecord}/outcome        outcome         401  401     401     404   404      404        403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/inspections/{unknownRecord}/follow-up      outcome         401  401     401     404   404      404        403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/products/{unknownRecord}/mark-uses         markUse         401  401     401     404   404      404        403         403           403       403     403          403        403          403       403         403     404     404
            POST   /api/v1/ocop/mark-violations/{unknownRecord}/review     review          401  401     401     404   404      404        403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/mark-violations/{unknownRecord}/resolution resolution      401  401     401     404   404      404        403         403           403       403     403          403        403          403       403         403     403     403
            GET    /api/v1/ocop/trace-codes/{unknownRecord}                -               401  401     401     404   404      404        403         403           403       403     403          403        403          403       403         403     404     404
            POST   /api/v1/ocop/trace-codes/{unknownRecord}/events         traceEvent      401  401     401     404   404      404        403         403           403       403     403          403        403          403       403         403     404     404
            # scope before validity: a body that would be refused (unknown commune, sub-group, kind, item, document list, check
            # digit; a part above its maximum) is still a 403 (404 for a hidden record) outside the scope, and a 4xx inside it
            POST   /api/v1/ocop/subjects                                   unknownCommuneSubject 401 401 401    A     A        A          403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/products                                   invalidProduct  401  401     401     A     A        403        A           403           403       403     403          403        403          403       403         403     403     403
            PUT    /api/v1/ocop/products/{product}                         invalidProduct  401  401     401     A     A        403        A           403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/evaluations                                invalidEvaluation 401 401    401     A     A        403        403         403           403       403     403          403        403          403       403         403     403     403
            PUT    /api/v1/ocop/evaluations/{evaluation}                   invalidEvaluationUpdate 401 401 401  A     A        404        403         403           403       403     403          403        403          403       403         403     403     403
            PUT    /api/v1/ocop/evaluations/{evaluation}/score-sheets/mine invalidSheet    401  401     401     403   403      403        403         403           403       403     A            404        404          403       403         403     403     403
            POST   /api/v1/ocop/certificates/{certificate}/revocation      invalidRevocation 401 401    401     A     A        403        403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/dossiers                                   invalidDossier  401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403     A       403
            POST   /api/v1/ocop/dossiers/{dossier}/evaluation              invalidOpenEvaluation 401 401 401    A     A        404        403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/inspection-plans                           invalidPlan     401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/inspections/{inspection}/outcome           invalidOutcome  401  401     401     A     A        404        403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/products/{certifiedProduct}/mark-uses      invalidMarkUse  401  401     401     A     A        403        403         403           403       403     403          403        403          403       403         403     A       403
            POST   /api/v1/ocop/mark-violations                            invalidViolation 401 401     401     A     A        403        A           A             403       403     403          403        403          403       403         A       403     403
            POST   /api/v1/ocop/mark-violations/{violation}/resolution     invalidResolution 401 401    401     A     A        403        403         403           403       403     403          403        403          403       403         403     403     403
            POST   /api/v1/ocop/trace-codes                                invalidTraceCode 401 401     401     A     A        403        403         403           403       403     403          403        403          403       403         403     A       403
            POST   /api/v1/ocop/trace-codes/{traceCode}/events             invalidTraceEvent 401 401    401     A     A        404        403         403           403       403     403          403        403          403       403         403     A       404
            """;

    private static final String OWN_PROVINCE = "30";
    private static final String OTHER_PROVINCE = "31";
    private static final String OWN_COMMUNE = "10867";
    private static final String OTHER_COMMUNE = "10642";
    private static final LocalDate TODAY = LegalDate.today();
    /** The subject of the records, whose producer is the SUBJECT caller. */
    private static volatile String ownSubject;

    /** The callers, one per column of the table. */
    enum Caller {
        NONE((String) null),
        EXPIRED(TestTokens.expired(Roles.PROVINCE_OFFICER, OWN_PROVINCE, null)),
        FOREIGN(TestTokens.foreign(Roles.ADMINISTRATOR, null, null)),
        ADMIN(TestTokens.token(Roles.ADMINISTRATOR, null, null)),
        PROV_OWN(TestTokens.token(Roles.PROVINCE_OFFICER, OWN_PROVINCE, null)),
        PROV_OTHER(TestTokens.token(Roles.PROVINCE_OFFICER, OTHER_PROVINCE, null)),
        COMMUNE_OWN(TestTokens.token(Roles.COMMUNE_OFFICER, OWN_PROVINCE, OWN_COMMUNE)),
        COMMUNE_OTHER(TestTokens.token(Roles.COMMUNE_OFFICER, OWN_PROVINCE, OTHER_COMMUNE)),
        APPRAISER(TestTokens.token(Roles.APPRAISER, OWN_PROVINCE, null)),
        COUNCIL(TestTokens.token(Roles.COUNCIL_MEMBER, OWN_PROVINCE, null)),
        OCOP_COUNCIL(TestTokens.ocopCouncil(OWN_PROVINCE, "PROVINCE")),
        OCOP_OTHER(TestTokens.ocopCouncil(OTHER_PROVINCE, "PROVINCE")),
        OCOP_CENTRAL(TestTokens.ocopCouncil(OTHER_PROVINCE, "CENTRAL")),
        FRONT_OWN(TestTokens.token(Roles.FRONT_SURVEYOR, OWN_PROVINCE, OWN_COMMUNE)),
        FRONT_OTHER(TestTokens.token(Roles.FRONT_SURVEYOR, OWN_PROVINCE, OTHER_COMMUNE)),
        CITIZEN(TestTokens.citizen(OWN_PROVINCE, OWN_COMMUNE, "HGD-10867-000123")),
        /** The producer of the records' subject: its token names the subject, so it is made once the records are. */
        SUBJECT(() -> Fixtures.subjectToken(ownSubject)),
        /** The producer of another subject. */
        SUBJECT_OTHER(() -> Fixtures.subjectToken(java.util.UUID.nameUUIDFromBytes("another OCOP subject".getBytes()).toString()));

        final java.util.function.Supplier<String> token;

        Caller(String token) {
            this.token = () -> token == null ? null : TestTokens.bearer(token);
        }

        Caller(java.util.function.Supplier<String> bearer) {
            this.token = bearer;
        }

        RequestSpecification request() {
            String bearer = token.get();
            return bearer == null ? given() : given().header("Authorization", bearer);
        }
    }

    record Row(int line, String method, String path, String body, Map<Caller, String> expected) {

        String name() {
            return method + " " + path;
        }
    }

    static List<Row> rows() {
        List<String> lines = MATRIX.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).toList();
        List<String> header = Arrays.asList(lines.get(0).strip().split("\\s+"));
        assertThat(header.subList(3, header.size())).as("caller columns")
                .containsExactly(Arrays.stream(Caller.values()).map(Enum::name).toArray(String[]::new));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).strip().split("\\s+");
            assertThat(cells).as("cells of row " + lines.get(i)).hasSize(header.size());
            Map<Caller, String> expected = new LinkedHashMap<>();
            for (int c = 3; c < cells.length; c++) {
                assertThat(cells[c]).as("answer in row " + lines.get(i)).isIn("A", "401", "403", "404");
                expected.put(Caller.valueOf(header.get(c)), cells[c]);
            }
            rows.add(new Row(i, cells[0], cells[1], cells[2], expected));
        }
        return rows;
    }

    @TestFactory
    Stream<DynamicNode> everyEndpointAnswersEveryCallerAsTheTableSays() {
        Map<String, String> records = records();
        Map<String, Object> bodies = bodies(records);
        return rows().stream().map(row -> DynamicContainer.dynamicContainer(row.name(), row.expected().entrySet().stream()
                .map(cell -> DynamicTest.dynamicTest(row.name() + " as " + cell.getKey() + " -> " + cell.getValue(),
                        () -> check(row, cell.getKey(), cell.getValue(), records, bodies)))));
    }

    @Test
    void theTableCoversEveryOperationOfTheOpenApiDocument() {
        Map<String, Pattern> templates = new HashMap<>();
        Set<String> secured = new TreeSet<>();
        Set<String> operations = new TreeSet<>();
        JsonPath document = JsonPath.from(given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString());
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((template, item) -> item.forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op && op.containsKey("responses")) {
                String key = method.toUpperCase() + " " + template;
                operations.add(key);
                templates.put(key, Pattern.compile(method.toUpperCase() + " " + template.replaceAll("\\{[^/]+}", "[^/]+")));
                if (op.get("security") != null) {
                    secured.add(key);
                }
            }
        }));

        Set<String> covered = new TreeSet<>();
        for (Row row : rows()) {
            String concrete = row.method() + " " + row.path().replaceAll("\\?.*", "").replaceAll("\\{[^/]+}", "x");
            List<String> matches = templates.entrySet().stream().filter(t -> t.getValue().matcher(concrete).matches())
                    .map(Map.Entry::getKey).toList();
            assertThat(matches).as("OpenAPI operation of row " + row.name()).hasSize(1);
            String operation = matches.get(0);
            covered.add(operation);
            // a published read answers without a token; everything else asks for one, and says so in the document
            boolean published = row.expected().get(Caller.NONE).equals("A");
            assertThat(secured.contains(operation)).as("bearer security requirement documented for " + operation).isEqualTo(!published);
            if (!published) {
                assertThat(row.expected().get(Caller.NONE)).as(row.name()).isEqualTo("401");
                assertThat(row.expected().get(Caller.EXPIRED)).as(row.name()).isEqualTo("401");
                assertThat(row.expected().get(Caller.FOREIGN)).as(row.name()).isEqualTo("401");
            }
        }
        assertThat(covered).as("operations of /q/openapi covered by the matrix").isEqualTo(operations);
        assertThat(operations).hasSizeGreaterThanOrEqualTo(28);
    }

    @Test
    void aHiddenRecordAndAnUnknownOneGiveTheSameProblem() {
        // Hải Phòng's province officer on Hải Dương's evaluation and on an id that names nothing: the problem is the same
        // but for the id it repeats, and the hidden evaluation is unchanged
        String evaluation = Fixtures.evaluation(Fixtures.product(Fixtures.unique("Chè lam Thanh Sơn"), OWN_COMMUNE), "PROVINCE", TODAY.minusDays(4));
        String unknown = java.util.UUID.randomUUID().toString();
        Map<String, Object> edit = Map.of("councilLevel", "PROVINCE", "evaluationDate", TODAY.minusDays(3).toString());
        JsonPath hidden = Caller.PROV_OTHER.request().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit)
                .put("/api/v1/ocop/evaluations/" + evaluation).then().statusCode(404).extract().jsonPath();
        JsonPath none = Caller.PROV_OTHER.request().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit)
                .put("/api/v1/ocop/evaluations/" + unknown).then().statusCode(404).extract().jsonPath();
        assertThat(hidden.getString("type")).isEqualTo(none.getString("type"));
        assertThat(hidden.getString("title")).isEqualTo(none.getString("title"));
        assertThat(hidden.getString("detail").replace(evaluation, "ID")).isEqualTo(none.getString("detail").replace(unknown, "ID"));
        Fixtures.asOfficer().get("/api/v1/ocop/evaluations/" + evaluation).then().statusCode(200)
                .body("evaluationDate", org.hamcrest.Matchers.equalTo(TODAY.minusDays(4).toString()));
    }

    @Test
    void aRefusedTokenChangesNothingAndIsAuditedAsAnonymous() {
        String number = Fixtures.certify(Fixtures.product(Fixtures.unique("Nước mắm Thanh Sơn"), OWN_COMMUNE), TODAY.minusDays(3), "80.00");
        String revocation = "/api/v1/ocop/certificates/" + number + "/revocation";
        for (Caller caller : List.of(Caller.NONE, Caller.EXPIRED, Caller.FOREIGN)) {
            caller.request().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("reasonCode", "PRODUCTION_SUSPENDED", "reason", "Cơ sở ngừng sản xuất", "revokedOn", TODAY.toString()))
                    .post(revocation).then().statusCode(401).contentType("application/problem+json");
        }
        given().get("/api/v1/ocop/certificates/" + number).then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("ACTIVE"));
        List<String> refused = Fixtures.asAdmin().get("/api/v1/ocop/certificates/" + number + "/audit").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.status == 401 }.actor");
        assertThat(refused).containsExactly("anonymous", "anonymous", "anonymous");
    }

    private static void check(Row row, Caller caller, String expected, Map<String, String> records, Map<String, Object> bodies) {
        RequestSpecification request = caller.request();
        if (!row.body().equals("-")) {
            assertThat(bodies).as("body named in the table").containsKey(row.body());
            request.contentType(ContentType.JSON).body(bodies.get(row.body()));
        }
        Response answer = request.request(row.method(), fill(row.path(), records));
        int status = answer.statusCode();
        String where = row.name() + " as " + caller + " answered " + status + ": " + answer.asString();
        assertThat(status).as(where).isLessThan(500);
        switch (expected) {
            case "A" -> assertThat(status).as(where).isNotIn(401, 403, 404);
            case "404" -> {
                // the same answer as for a record that does not exist: nothing tells the caller it is there
                assertThat(status).as(where).isEqualTo(404);
                assertThat(answer.contentType()).as(where).startsWith("application/problem+json");
                assertThat(answer.jsonPath().getString("type")).as(where).isEqualTo("https://ntm.example/problems/not-found");
            }
            case "401" -> {
                assertThat(status).as(where).isEqualTo(401);
                assertThat(answer.contentType()).as(where).startsWith("application/problem+json");
                assertThat(answer.header("WWW-Authenticate")).as(where).isEqualTo("Bearer");
            }
            default -> {
                assertThat(status).as(where).isEqualTo(403);
                assertThat(answer.contentType()).as(where).startsWith("application/problem+json");
                assertThat(answer.jsonPath().getString("type")).as(where).isEqualTo("https://ntm.example/problems/forbidden");
            }
        }
    }

    private static String fill(String path, Map<String, String> records) {
        String filled = path;
        for (Map.Entry<String, String> record : records.entrySet()) {
            filled = filled.replace("{" + record.getKey() + "}", record.getValue());
        }
        assertThat(filled).as("every placeholder of " + path + " is a record").doesNotContain("{");
        return filled;
    }

    /** The records the table refers to, made by Hải Dương's province officer and council. */
    private static Map<String, String> records() {
        Map<String, String> records = new HashMap<>();
        String subject = Fixtures.subject(Fixtures.unique("Hợp tác xã Nông nghiệp Thanh Sơn"), OWN_COMMUNE);
        records.put("subject", subject);
        ownSubject = subject;
        records.put("product", Fixtures.asOfficer().contentType(ContentType.JSON)
                .body(Fixtures.productBody(subject, Fixtures.unique("Vải thiều Thanh Hà"), "FOOD", "FRESH_PRODUCE"))
                .post("/api/v1/ocop/products").then().statusCode(201).extract().path("id"));
        records.put("dossier", given().header("Authorization", Fixtures.subjectToken(subject)).contentType(ContentType.JSON)
                .body(Fixtures.dossierBody(records.get("product"), TODAY)).post("/api/v1/ocop/dossiers").then().statusCode(201)
                .extract().path("id"));
        String evaluated = Fixtures.product(Fixtures.unique("Bánh gai Ninh Giang"), OWN_COMMUNE);
        records.put("evaluatedProduct", evaluated);
        records.put("evaluation", Fixtures.evaluation(evaluated, "PROVINCE", TODAY.minusDays(10)));
        records.put("centralEvaluation", Fixtures.evaluation(Fixtures.product(Fixtures.unique("Bánh đậu xanh Rồng Vàng"), OWN_COMMUNE),
                "CENTRAL", TODAY.minusDays(10)));
        records.put("certificate", Fixtures.certify(Fixtures.product(Fixtures.unique("Gạo nếp cái hoa vàng"), OWN_COMMUNE),
                TODAY.minusDays(10), "80.00"));
        // a certified product of the SUBJECT caller's own subject: mark uses and trace codes
        String certified = Fixtures.asOfficer().contentType(ContentType.JSON)
                .body(Fixtures.productBody(subject, Fixtures.unique("Vải thiều sấy khô Thanh Sơn"), "FOOD", "PROCESSED_PRODUCE"))
                .post("/api/v1/ocop/products").then().statusCode(201).extract().path("id");
        Fixtures.certify(certified, TODAY.minusDays(10), "80.00");
        records.put("certifiedProduct", certified);
        records.put("violation", Fixtures.asOfficer().contentType(ContentType.JSON).body(Map.of("productId", certified, "kind", "UNREGISTERED_USE",
                "seenOn", TODAY.toString(), "seenAt", "Chợ Hải Dương", "description", "Biểu trưng OCOP trên túi chưa đăng ký"))
                .post("/api/v1/ocop/mark-violations").then().statusCode(201).extract().path("id"));
        String gtinBody = "893" + String.format("%09d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000));
        String gtin = "0" + gtinBody + vn.ntm.ocop.trace.Gs1.checkDigit(gtinBody);
        records.put("traceGtin", gtin);
        records.put("traceElement", "(01)" + gtin + "(10)L2025-07");
        records.put("traceCode", Fixtures.asOfficer().contentType(ContentType.JSON).body(Map.of("productId", certified, "gtin", gtin,
                "lot", "L2025-07", "producedOn", TODAY.toString())).post("/api/v1/ocop/trace-codes").then().statusCode(201).extract().path("id"));
        // one unit of another lot, for the Digital Link with both qualifiers
        Fixtures.asOfficer().contentType(ContentType.JSON).body(Map.of("productId", certified, "gtin", gtin, "lot", "L2025-09",
                "serial", "SN000123", "producedOn", TODAY.toString())).post("/api/v1/ocop/trace-codes").then().statusCode(201);
        // next year's plan: the flow tests plan this year's inspections of the province, one plan per province and year
        Map<String, Object> plan = Map.of("provinceCode", OWN_PROVINCE, "year", TODAY.getYear() + 1, "certificates", List.of(records.get("certificate")));
        JsonPath planned = Fixtures.asOfficer().contentType(ContentType.JSON).body(plan).post("/api/v1/ocop/inspection-plans").then()
                .statusCode(201).extract().jsonPath();
        records.put("plan", planned.getString("id"));
        records.put("inspection", planned.getString("inspections[0].id"));
        records.put("planYear", String.valueOf(TODAY.getYear() + 1));
        // ids that name nothing: scope is answered before existence, so these must answer as the records above do to outsiders
        records.put("unknownRecord", java.util.UUID.randomUUID().toString());
        records.put("unknownCertificate", "OCOP-30-1999-987654");
        return records;
    }

    /** Valid bodies: authorisation, not validation, must decide the answer. Creations repeat (409 after the first). */
    private static Map<String, Object> bodies(Map<String, String> records) {
        Map<String, Object> bodies = new HashMap<>();
        bodies.put("newSubject", Fixtures.subjectBody(Fixtures.unique("Hợp tác xã Dịch vụ Thanh Sơn"), "COOPERATIVE", OWN_COMMUNE));
        bodies.put("subject", Fixtures.subjectBody(Fixtures.unique("Hợp tác xã Nông nghiệp Thanh Sơn"), "COOPERATIVE", OWN_COMMUNE));
        bodies.put("newProduct", Fixtures.productBody(records.get("subject"), Fixtures.unique("Vải thiều sấy khô"), "FOOD", "PROCESSED_PRODUCE"));
        bodies.put("product", Fixtures.productBody(records.get("subject"), Fixtures.unique("Vải thiều Thanh Hà"), "FOOD", "FRESH_PRODUCE"));
        bodies.put("newEvaluation", Map.of("productId", records.get("evaluatedProduct"), "councilLevel", "PROVINCE",
                "councilName", "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Hải Dương", "evaluationDate", TODAY.minusDays(5).toString()));
        bodies.put("evaluation", Map.of("councilLevel", "PROVINCE", "evaluationDate", TODAY.minusDays(10).toString()));
        bodies.put("decision", Map.of("decisionNumber", "1789/QĐ-UBND", "decisionDate", TODAY.minusDays(1).toString(),
                "issuingBody", "Ủy ban nhân dân tỉnh Hải Dương"));
        bodies.put("revocation", Map.of("reasonCode", "QUALITY_OR_PACKAGING_CHANGED",
                "reason", "Thay đổi bao bì, nhãn mác so với hồ sơ đã được công nhận", "revokedOn", TODAY.minusDays(1).toString()));
        bodies.put("sheet", Fixtures.sheet("30", "20", "30"));
        bodies.put("newDossier", Fixtures.dossierBody(records.get("product"), TODAY));
        bodies.put("resubmission", Map.of("selfScore", 80.0, "documents", Fixtures.dossierDocuments()));
        bodies.put("proposal", Map.of("note", "Nguồn gốc, vùng nguyên liệu và lao động địa phương đã kiểm tra"));
        bodies.put("return", Map.of("reason", "Thiếu bản công bố chất lượng sản phẩm"));
        bodies.put("openEvaluation", Map.of("evaluationDate", TODAY.toString(), "councilName", "Hội đồng OCOP tỉnh Hải Dương"));
        bodies.put("plan", Map.of("provinceCode", OWN_PROVINCE, "year", TODAY.getYear() + 1, "certificates", List.of(records.get("certificate"))));
        bodies.put("outcome", Map.of("inspectedOn", TODAY.toString(), "inspector", "Đoàn kiểm tra Sở NN&PTNT Hải Dương",
                "findings", List.of(Map.of("item", "LABEL_AND_MARK", "compliant", true)), "outcome", "COMPLIANT"));
        bodies.put("markUse", Map.of("kind", "LABEL", "description", "Tem nhãn OCOP 4 sao", "usedFrom", TODAY.toString()));
        bodies.put("violation", Map.of("productId", records.get("certifiedProduct"), "kind", "UNREGISTERED_USE", "seenOn", TODAY.toString(),
                "seenAt", "Chợ Hải Dương", "description", "Biểu trưng OCOP trên túi chưa đăng ký"));
        bodies.put("review", Map.of("note", "Xác minh tại chợ"));
        bodies.put("resolution", Map.of("action", "WARNING", "note", "Nhắc nhở cơ sở"));
        bodies.put("newTraceCode", Map.of("productId", records.get("certifiedProduct"), "gtin", records.get("traceGtin"), "lot", "L2025-07",
                "producedOn", TODAY.toString()));
        bodies.put("traceEvent", Map.of("direction", "FORWARD", "eventDate", TODAY.toString(), "data", Map.of("RECEIVER_NAME",
                "Công ty Cổ phần Hoàng Giang", "RECEIVER_ADDRESS", "Khu công nghiệp Nam Sách", "DISPATCH_QUANTITY", "10 kg")));
        // bodies that pass the schema but are refused once the caller is allowed (422, 409 or 400 naming a field)
        bodies.put("unknownCommuneSubject", Fixtures.subjectBody(Fixtures.unique("Hợp tác xã Không Địa Chỉ"), "COOPERATIVE", CommunesWireMock.UNKNOWN_CODE));
        bodies.put("invalidProduct", Fixtures.productBody(records.get("subject"), Fixtures.unique("Vải thiều"), "FOOD", "NO_SUCH_SUBGROUP"));
        bodies.put("invalidEvaluation", Map.of("productId", records.get("evaluatedProduct"), "councilLevel", "DISTRICT",
                "evaluationDate", TODAY.minusDays(5).toString()));
        bodies.put("invalidEvaluationUpdate", Map.of("councilLevel", "DISTRICT", "evaluationDate", TODAY.minusDays(10).toString()));
        bodies.put("invalidSheet", Fixtures.sheet("99", "20", "30"));
        bodies.put("invalidRevocation", Map.of("reasonCode", "QUALITY_OR_PACKAGING_CHANGED", "reason", "Thay đổi bao bì",
                "revokedOn", "2001-01-01"));
        bodies.put("invalidDossier", Map.of("productId", records.get("product"), "selfScore", 80.0, "documents", List.of()));
        bodies.put("invalidOpenEvaluation", Map.of("evaluationDate", "2001-01-01"));
        // the certificate was not in force in 2019 (422); an unknown number would be a 404 of the certificate, after the scope
        bodies.put("invalidPlan", Map.of("provinceCode", OWN_PROVINCE, "year", 2019, "certificates", List.of(records.get("certificate"))));
        bodies.put("invalidOutcome", Map.of("inspectedOn", TODAY.toString(), "inspector", "Đoàn kiểm tra Sở NN&PTNT Hải Dương",
                "findings", List.of(Map.of("item", "NO_SUCH_ITEM", "compliant", true)), "outcome", "COMPLIANT"));
        bodies.put("invalidMarkUse", Map.of("kind", "NO_SUCH_KIND", "description", "Tem nhãn OCOP", "usedFrom", TODAY.toString()));
        bodies.put("invalidViolation", Map.of("productId", records.get("certifiedProduct"), "kind", "NO_SUCH_KIND", "seenOn", TODAY.toString(),
                "seenAt", "Chợ Hải Dương", "description", "Biểu trưng OCOP trên túi"));
        bodies.put("invalidResolution", Map.of("action", "NO_SUCH_ACTION", "note", "Nhắc nhở cơ sở"));
        String gtin = records.get("traceGtin");
        bodies.put("invalidTraceCode", Map.of("productId", records.get("certifiedProduct"), "gtin", gtin.substring(0, 13) + ((gtin.charAt(13) - '0' + 1) % 10),
                "lot", "L2025-08", "producedOn", TODAY.toString()));
        bodies.put("invalidTraceEvent", Map.of("direction", "FORWARD", "eventDate", TODAY.toString(), "data", Map.of("NO_SUCH_ITEM", "x")));
        return bodies;
    }
}
