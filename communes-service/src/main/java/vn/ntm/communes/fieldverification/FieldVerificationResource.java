package vn.ntm.communes.fieldverification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.fieldverification.FieldVerificationApi.FieldVerificationView;
import vn.ntm.communes.fieldverification.FieldVerificationApi.NewFieldVerification;
import vn.ntm.communes.fieldverification.FieldVerificationApi.Withdrawal;

@Path("/api/v1/dossiers/{id}/field-verifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Field verification", description = "The support team's field survey of a submitted dossier: who went, when, where, a sample of values checked, the conclusion; contradictions flag indicators until resolved.")
public class FieldVerificationResource {

    @Inject
    FieldVerificationService service;

    @POST
    @RolesAllowed({Roles.APPRAISER, Roles.PROVINCE_OFFICER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_recordFieldVerification", summary = "Record a field verification; contradicting findings flag their indicators",
            description = "The declared value of each sampled indicator is read from the dossier's assessment. A found value that differs opens a flag: "
                    + "the council cannot vote (FIELD_FLAGS_RESOLVED) until the commune corrects the value or the team withdraws the flag. "
                    + "Recorded between the submission and the council vote; dates not in the future nor before the dossier opened.")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewFieldVerification.class), examples = @ExampleObject(name = "Xã Cẩm Hưng, 2 villages",
            value = "{\"team\": [{\"name\": \"Nguyễn Văn Hùng\", \"role\": \"Phó Chi cục trưởng Chi cục Phát triển nông thôn, Sở Nông nghiệp và Môi trường\"},"
                    + " {\"name\": \"Trần Thị Lan\", \"role\": \"Chuyên viên Sở Xây dựng\"}], \"dateFrom\": \"2024-12-02\", \"dateTo\": \"2024-12-03\","
                    + " \"villages\": [\"Thôn Đồng Lạc\", \"Thôn Phú Lộc\"], \"items\": [{\"indicatorCode\": \"2.2\", \"village\": \"Thôn Đồng Lạc\","
                    + " \"foundValue\": 86.5, \"note\": \"1,2 km đường trục thôn còn là đường đất\"}, {\"indicatorCode\": \"15.1\", \"foundValue\": 96}],"
                    + " \"conclusion\": \"Cơ bản khớp với báo cáo của xã; chỉ tiêu 2.2 chưa đạt như kê khai\"}")))
    @APIResponse(responseCode = "201", description = "Recorded; `ETag` is its version.", content = @Content(schema = @Schema(implementation = FieldVerificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: dates out of order, in the future or before the dossier opened; a found value of the wrong type.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another province.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not submitted yet, or the council has voted.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An indicator not in the dossier's set, or one read from the registry.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("id") UUID id, @NotNull @Valid NewFieldVerification request) {
        FieldVerificationView view = service.record(id, request);
        return Response.created(URI.create("/api/v1/dossiers/" + id + "/field-verifications/" + view.id())).entity(view)
                .tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.APPRAISER, Roles.COUNCIL_MEMBER, Roles.SECTOR_OFFICER})
    @Operation(operationId = "communes_listFieldVerifications", summary = "The field verifications of a dossier, oldest first, with their flags")
    @APIResponse(responseCode = "200", description = "A page of field verifications.")
    @APIResponse(responseCode = "404", description = "No such dossier.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PageResponse<FieldVerificationView> list(@PathParam("id") UUID id, @BeanParam @Valid PageQuery page) {
        return service.list(id, page);
    }

    @GET
    @Path("/{verificationId}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.APPRAISER, Roles.COUNCIL_MEMBER, Roles.SECTOR_OFFICER})
    @Operation(operationId = "communes_getFieldVerification", summary = "Read one field verification with its items and flags")
    @APIResponse(responseCode = "200", description = "The record; `ETag` is its version, to send in If-Match.", content = @Content(schema = @Schema(implementation = FieldVerificationView.class)))
    @APIResponse(responseCode = "404", description = "No such dossier or field verification.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id, @PathParam("verificationId") UUID verificationId) {
        FieldVerificationView view = service.get(id, verificationId);
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @POST
    @Path("/{verificationId}/withdrawals")
    @RolesAllowed({Roles.APPRAISER, Roles.PROVINCE_OFFICER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_withdrawFieldFlag", summary = "Withdraw the team's open flag on an indicator, with a reason")
    @RequestBody(content = @Content(schema = @Schema(implementation = Withdrawal.class), examples = @ExampleObject(name = "Withdraw 2.2",
            value = "{\"indicatorCode\": \"2.2\", \"reason\": \"Đoạn đường đất thuộc dự án đã nghiệm thu ngày 28/11/2024; biên bản bổ sung\"}")))
    @APIResponse(responseCode = "200", description = "Withdrawn; the new `ETag` is returned.", content = @Content(schema = @Schema(implementation = FieldVerificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (no reason).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier or field verification.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No open flag on that indicator, or the council has voted.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("id") UUID id, @PathParam("verificationId") UUID verificationId, @HeaderParam("If-Match") String ifMatch,
                             @NotNull @Valid Withdrawal request) {
        FieldVerificationView view = service.withdraw(id, verificationId, request, ifMatch);
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
