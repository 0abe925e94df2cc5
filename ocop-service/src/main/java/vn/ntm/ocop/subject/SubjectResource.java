package vn.ntm.ocop.subject;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;
import vn.ntm.common.http.Versions;
import vn.ntm.ocop.support.Examples;

@Path("/api/v1/ocop/subjects")
@Tag(name = "OCOP subjects", description = "Cooperatives, enterprises, household businesses and cooperative groups that own OCOP products.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubjectResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    SubjectService service;

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(operationId = "ocop_createSubject", summary = "Register an OCOP subject",
            description = "The commune code is checked with communes-service for communeAsOf (default today); the province is the one it answers.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag headers are set.",
            content = @Content(schema = @Schema(implementation = SubjectView.class), examples = @ExampleObject(name = "hoang-giang", value = Examples.SUBJECT_VIEW)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not register subjects, or the commune is outside your token's province (commune, for commune officers).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Same type and registration number already registered.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown or ended commune code (errors[].field = communeCode).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "communes-service unavailable; nothing was written.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SubjectRequest.class), examples = {
                    @ExampleObject(name = "hoang-giang", value = Examples.SUBJECT_HOANG_GIANG),
                    @ExampleObject(name = "chu-dau", value = Examples.SUBJECT_CHU_DAU),
                    @ExampleObject(name = "thanh-son-lychee", value = Examples.SUBJECT_THANH_SON)}))
            @NotNull(message = "a JSON body is required") @Valid SubjectRequest request, @Context UriInfo uri) {
        OcopSubject subject = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(subject.id.toString()).build())
                .tag(Versions.etag(subject.version)).entity(SubjectMapper.view(subject)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "ocop_listSubjects", summary = "List and search OCOP subjects",
            description = "Search ignores diacritics and word order: q=hoang giang finds Công ty Cổ phần Hoàng Giang.")
    @APIResponse(responseCode = "200", description = "One page of subjects (public view: no registration number, no contact).")
    @APIResponse(responseCode = "400", description = "Invalid parameter.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<SubjectView> list(
            @Parameter(description = "2-digit GSO province code.", example = "30")
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String province,
            @Parameter(description = "5-digit GSO commune code.", example = "10642")
            @QueryParam("commune") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit GSO commune code") String commune,
            @Parameter(description = "Subject type.") @QueryParam("type") SubjectType type,
            @Parameter(description = "Words of the name, with or without diacritics.", example = "hoang giang")
            @QueryParam("q") @Size(max = 100, message = "must be at most 100 characters") String q,
            @BeanParam @Valid PageQuery page) {
        return service.list(province, commune, type, q, page).map(SubjectMapper::view);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "ocop_getSubject", summary = "Read an OCOP subject (public view)")
    @APIResponse(responseCode = "200", description = "The subject; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = SubjectView.class), examples = @ExampleObject(name = "hoang-giang", value = Examples.SUBJECT_VIEW)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subject.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        OcopSubject subject = service.find(id);
        return Response.ok(SubjectMapper.view(subject)).tag(Versions.etag(subject.version)).build();
    }

    @GET
    @Path("/{id}/registration")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.OCOP_COUNCIL_MEMBER})
    @Operation(operationId = "ocop_getSubjectRegistration", summary = "Read a subject's registration number and contact (officials only)",
            description = "Private data, kept apart from every public answer: administrators, and province officers and OCOP council members"
                    + " of the subject's province.")
    @APIResponse(responseCode = "200", description = "Registration number and contact.", content = @Content(schema = @Schema(implementation = SubjectRegistrationView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an official of the subject's province.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subject.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SubjectRegistrationView registration(@PathParam("id") UUID id) {
        return SubjectMapper.registration(service.registration(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(operationId = "ocop_updateSubject", summary = "Replace an OCOP subject's data",
            description = "Send the ETag of your last read in If-Match.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is set.", content = @Content(schema = @Schema(implementation = SubjectView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not edit subjects, or the subject, or the commune it would move to, is outside your token's province (commune, for commune officers).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subject.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Registration number already used by another subject.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown commune code.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "communes-service unavailable; nothing was written.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SubjectRequest.class),
                    examples = @ExampleObject(name = "hoang-giang", value = Examples.SUBJECT_HOANG_GIANG)))
            @NotNull(message = "a JSON body is required") @Valid SubjectRequest request) {
        OcopSubject subject = service.update(id, ifMatch, request);
        return Response.ok(SubjectMapper.view(subject)).tag(Versions.etag(subject.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(operationId = "ocop_deleteSubject", summary = "Delete an OCOP subject that has no products")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not delete subjects, or the subject is outside your token's province (commune, for commune officers).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subject.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The subject still has products.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
