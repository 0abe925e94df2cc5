package vn.ntm.communes.recognition;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.units.QueryParams;

/** Merged communes over HTTP: their acknowledgement eligibility, and the acknowledgement decision. */
@Path("/api/v1/communes/{code}")
@Tag(name = "Recognitions")
public class AcknowledgementResource {

    static final String ELIGIBILITY_EXAMPLE = """
            {"communeCode": "10633", "communeName": "Xã Trần Phú", "provinceCode": "31", "provinceName": "Thành phố Hải Phòng",
             "validFrom": "2025-07-01", "eligible": true, "merge": "FULL", "composition": "UNIFORM",
             "levels": [{"level": "ADVANCED", "criteriaSetCode": "QD318-ADVANCED-2021-2025",
                         "basis": ["0b5d8c1e-3f1a-4c2b-9a10-6f1e2d3c4b5a", "5e2f0a9b-7c3d-4e1f-8a2b-1c0d9e8f7a6b", "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d"]}],
             "reasons": [{"code": "ALL_HELD_THE_LEVEL", "message": "All 3 predecessors held ADVANCED under QD318-ADVANCED-2021-2025 on their last day."}],
             "predecessors": [
               {"communeCode": "10618", "communeName": "Xã Hiệp Cát", "validTo": "2025-06-30", "kind": "FULL",
                "recognitions": [{"id": "0b5d8c1e-3f1a-4c2b-9a10-6f1e2d3c4b5a", "level": "ADVANCED", "criteriaSetCode": "QD318-ADVANCED-2021-2025",
                                  "recognitionYear": 2021, "decisionNumber": "NC-2021/QĐ-UBND", "decisionDate": "2021-12-28"}]},
               {"communeCode": "10621", "communeName": "Xã Quốc Tuấn", "validTo": "2025-06-30", "kind": "FULL",
                "recognitions": [{"id": "5e2f0a9b-7c3d-4e1f-8a2b-1c0d9e8f7a6b", "level": "ADVANCED", "criteriaSetCode": "QD318-ADVANCED-2021-2025",
                                  "recognitionYear": 2021, "decisionNumber": "NC-2021/QĐ-UBND", "decisionDate": "2021-12-28"}]},
               {"communeCode": "10633", "communeName": "Xã Trần Phú", "validTo": "2025-06-30", "kind": "FULL",
                "recognitions": [{"id": "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d", "level": "ADVANCED", "criteriaSetCode": "QD318-ADVANCED-2021-2025",
                                  "recognitionYear": 2021, "decisionNumber": "NC-2021/QĐ-UBND", "decisionDate": "2021-12-28"}]}]}""";

    static final String ACKNOWLEDGE_EXAMPLE = """
            {"level": "ADVANCED", "recognitionYear": 2025, "decisionNumber": "3120/QĐ-UBND", "decisionDate": "2025-12-15",
             "signer": "Chủ tịch UBND thành phố Hải Phòng"}""";

    static final String OVERRIDE_EXAMPLE = """
            {"level": "NTM", "criteriaSetCode": "QD318-NTM-2021-2025", "recognitionYear": 2026, "decisionNumber": "415/QĐ-UBND",
             "decisionDate": "2026-02-10", "signer": "Chủ tịch UBND thành phố Hải Phòng", "override": true,
             "overrideReason": "Hội đồng thẩm định thành phố đã rà soát đủ 19 tiêu chí trên toàn địa bàn xã Lạc Phượng mới"}""";

    private final AcknowledgementService service;
    private final RecognitionQueries queries;

    AcknowledgementResource(AcknowledgementService service, RecognitionQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @GET
    @PermitAll
    @Path("acknowledgement-eligibility")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledgement eligibility of a merged commune", operationId = "communes_getAcknowledgementEligibility",
            description = "A merged commune inherits no level. It is eligible for acknowledgement (thừa nhận) at a level when every "
                    + "predecessor merged whole and all held that level under the same criteria set on their last day. A MIXED merge "
                    + "(different levels or sets, or a predecessor without any) and a PARTIAL merge (a predecessor split across "
                    + "several communes) are not eligible; the reasons say why. Computed, never a recognition.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EligibilityView.class),
            examples = @ExampleObject(name = "Xã Trần Phú (10633) from 10618, 10621 and 10633 of Hải Dương", value = ELIGIBILITY_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad code or date", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No unit carried the code", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public EligibilityView eligibility(
            @Parameter(description = "5-digit GSO code", example = "10633") @PathParam("code") String code,
            @Parameter(description = "Date the code is read on (YYYY-MM-DD), default today", example = "2026-01-15") @QueryParam("asOf") String asOf) {
        return service.eligibility(QueryParams.communeCode("code", code), QueryParams.date("asOf", asOf));
    }

    @POST
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMINISTRATOR})
    @Path("acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the acknowledgement decision of a merged commune", operationId = "communes_acknowledgeCommune",
            description = "Records a recognition of kind ACKNOWLEDGEMENT for the commune carrying the code on the decision date, "
                    + "linking the predecessors' recognitions it rests on (they stay unchanged). Refused with 422 and the reasons "
                    + "unless the commune is eligible at the level; a province officer may override with `override: true` and an "
                    + "`overrideReason`, which lands in the audit. Authority follows the successor province. Accepts Idempotency-Key.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcknowledgementRequest.class),
            examples = {@ExampleObject(name = "Xã Trần Phú (10633), advanced", value = ACKNOWLEDGE_EXAMPLE),
                @ExampleObject(name = "Xã Lạc Phượng (11140), partial merge, override", value = OVERRIDE_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecognitionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, invalid field, override without a reason", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token's province does not hold authority over the commune on that date (an ended province's token names its successor)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No unit carried the code on the decision date", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already acknowledged at this level, or the decision is already recorded", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not eligible (reasons in the problem), not a merged unit, or dates inconsistent", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response acknowledge(@Parameter(description = "5-digit GSO code", example = "10633") @PathParam("code") String code,
            @Valid @NotNull AcknowledgementRequest request) {
        RecognitionEntity recorded = service.acknowledge(QueryParams.communeCode("code", code), request);
        return Response.created(UriBuilder.fromPath("/api/v1/recognitions/{id}").build(recorded.id)).entity(queries.one(recorded.id)).build();
    }
}
