package vn.ntm.ocop.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.audit.AuditEvent;
import vn.ntm.common.audit.AuditTrail;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;
import vn.ntm.common.http.Versions;
import vn.ntm.ocop.support.Examples;

@Path("/api/v1/ocop/certificates")
@Tag(name = "OCOP certificates", description = "Public verification of the certificate number printed (as a QR code) on packages; listings and revocation for officials.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CertificateService service;

    @Inject
    AuditTrail audit;

    @GET
    @Path("/{number}")
    @PermitAll
    @Operation(operationId = "ocop_verifyCertificate", summary = "Verify an OCOP certificate (public)",
            description = "For the mobile app that scans the QR code on a package: product, subject name, commune, stars, validity and the "
                    + "state today. Carries no contact, registration details or member scores.")
    @APIResponse(responseCode = "200", description = "The certificate and its state today; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = CertificateVerification.class),
                    examples = @ExampleObject(name = "vai-thieu-thanh-ha", value = Examples.VERIFICATION)))
    @APIResponse(responseCode = "400", description = "Not a certificate number.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No certificate has this number.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response verify(@Parameter(description = "Certificate number.", example = "OCOP-30-2025-000123") @PathParam("number") String number) {
        Certificate certificate = service.find(number);
        return Response.ok(service.verify(certificate.number)).tag(Versions.etag(certificate.version)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.OCOP_COUNCIL_MEMBER})
    @Operation(operationId = "ocop_listCertificates", summary = "List certificates by state (officials)",
            description = "state is computed for today from the dates, so it is right between runs of the daily job. "
                    + "state=EXPIRING lists the certificates whose subjects must be notified (30 days or less before expiry). Sorted by expiry.")
    @APIResponse(responseCode = "200", description = "One page of certificates.")
    @APIResponse(responseCode = "400", description = "Invalid parameter.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an official, or a province other than your token's.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<CertificateView> list(
            @Parameter(description = "State today.", example = "EXPIRING") @QueryParam("state") CertificateState state,
            @Parameter(description = "2-digit GSO province code.", example = "30")
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String province,
            @Parameter(description = "5-digit GSO commune code.", example = "10642")
            @QueryParam("commune") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit GSO commune code") String commune,
            @Parameter(description = "Stars (3 to 5).", example = "5")
            @QueryParam("stars") @Min(value = 3, message = "must be 3, 4 or 5") @Max(value = 5, message = "must be 3, 4 or 5") Integer stars,
            @Parameter(description = "Product id.") @QueryParam("product") UUID product,
            @BeanParam @Valid PageQuery page) {
        return service.list(state, province, commune, stars, product, page);
    }

    @POST
    @Path("/{number}/revocation")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_revokeCertificate", summary = "Revoke a certificate in force",
            description = "Records the revocation decision with its reason. Send the certificate's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Revoked.", content = @Content(schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid fields or certificate number.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province officer of the certificate's province.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No certificate has this number.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not in force (already revoked, superseded or expired).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Revocation date before the issue date.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@Parameter(example = "OCOP-30-2025-000123") @PathParam("number") String number,
            @Parameter(description = "ETag of the version you read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RevocationRequest.class),
                    examples = @ExampleObject(name = "packaging-changed", value = Examples.REVOCATION)))
            @NotNull(message = "a JSON body is required") @Valid RevocationRequest request) {
        Certificate certificate = service.revoke(number, ifMatch, request);
        return Response.ok(service.view(service.find(certificate.number))).tag(Versions.etag(certificate.version)).build();
    }

    @GET
    @Path("/{number}/audit")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "ocop_certificateAudit", summary = "Writes recorded against a certificate (officials)")
    @APIResponse(responseCode = "200", description = "Audit events, newest first.")
    @APIResponse(responseCode = "400", description = "Not a certificate number.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Audit trails are for administrators.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No certificate has this number.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<AuditEvent> audit(@PathParam("number") String number, @BeanParam @Valid PageQuery page) {
        Certificate certificate = service.find(number);
        return audit.forRecord("/api/v1/ocop/certificates/" + certificate.number, page);
    }
}
