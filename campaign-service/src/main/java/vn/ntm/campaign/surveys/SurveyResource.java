package vn.ntm.campaign.surveys;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.campaign.Level;
import vn.ntm.campaign.support.Examples;
import vn.ntm.common.http.Versions;
import vn.ntm.campaign.surveys.SurveyApi.QuestionnaireRequest;
import vn.ntm.campaign.surveys.SurveyApi.SurveyRequest;
import vn.ntm.campaign.surveys.SurveyApi.SurveyView;
import vn.ntm.campaign.surveys.SurveyApi.NoticeRequest;
import vn.ntm.campaign.surveys.SurveyApi.NoticeView;
import vn.ntm.campaign.surveys.SurveyApi.VillagesRequest;
import vn.ntm.common.audit.AuditEvent;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

@Path("/api/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys", description = "Household satisfaction surveys: questionnaire, villages, opening")
public class SurveyResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    SurveyService service;

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.FRONT_SURVEYOR})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: not the Front surveyor of the survey's commune", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Create a survey (DRAFT)", operationId = "campaign_createSurvey",
            description = "The commune is checked against communes-service on the day the survey refers to: its startDate; without one, "
                    + "1 January of its year for a RECOGNITION survey, today for a PERIODIC one. A unit that has ended since is accepted if it "
                    + "existed on that day (a survey of the 2025 year of Hải Dương is entered with the Hải Dương commune). "
                    + "A RECOGNITION survey needs a rural commune (XA).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SurveyRequest.class), examples = @ExampleObject(name = "advanced", value = Examples.SURVEY)))
    @APIResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (level missing for RECOGNITION, repeated codes, two overall questions), malformed JSON",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown commune, a unit that did not exist on the survey's day, or not a rural commune for a RECOGNITION survey", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "communes-service did not answer; nothing was written", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull SurveyRequest request, @Context UriInfo uri) {
        SurveyView view = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Versions.etag(view.version())).entity(view).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List surveys", operationId = "campaign_listSurveys", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of surveys")
    @APIResponse(responseCode = "400", description = "Invalid parameter", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<SurveyView> list(
            @QueryParam("commune") @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit GSO commune code") @Parameter(example = "10903") String commune,
            @QueryParam("province") @Pattern(regexp = "[0-9]{2}", message = "must be a 2-digit GSO province code") @Parameter(example = "31") String province,
            @QueryParam("state") @Pattern(regexp = "DRAFT|OPEN|CLOSED", message = "must be DRAFT, OPEN or CLOSED") String state,
            @QueryParam("purpose") @Pattern(regexp = "RECOGNITION|PERIODIC", message = "must be RECOGNITION or PERIODIC") String purpose,
            @QueryParam("level") @Pattern(regexp = "NTM|ADVANCED|MODEL", message = "must be NTM, ADVANCED or MODEL") String level,
            @QueryParam("year") @Min(value = 2000, message = "must be between 2000 and 2100") @Max(value = 2100, message = "must be between 2000 and 2100") Integer year,
            @BeanParam @Valid PageQuery page) {
        return service.list(commune, province, state == null ? null : SurveyState.valueOf(state),
                purpose == null ? null : SurveyPurpose.valueOf(purpose), level == null ? null : Level.valueOf(level), year, page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read a survey", operationId = "campaign_getSurvey",
            description = "With its questionnaire, villages and the forms returned so far. The ETag is needed for every change and transition.")
    @APIResponse(responseCode = "200", description = "The survey", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such survey", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        SurveyView view = service.get(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @PUT
    @Path("/{id}/questionnaire")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.FRONT_SURVEYOR})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: not the Front surveyor of the survey's commune", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Replace the questionnaire (DRAFT only)", operationId = "campaign_replaceQuestionnaire",
            description = "Raises the questionnaire version. Once the survey is OPEN the questionnaire is frozen: 409.")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid questions", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such survey (told to administrators; to anyone else an unknown survey is a 403, as a survey outside their scope)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The survey is no longer a DRAFT", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale ETag", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response replaceQuestionnaire(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull QuestionnaireRequest request) {
        SurveyView view = service.replaceQuestionnaire(id, ifMatch, request);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @PUT
    @Path("/{id}/villages")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.FRONT_SURVEYOR})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: not the Front surveyor of the survey's commune", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Replace the villages and their households in scope (DRAFT only)", operationId = "campaign_replaceVillages")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid villages", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such survey (told to administrators; to anyone else an unknown survey is a 403, as a survey outside their scope)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The survey is no longer a DRAFT", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale ETag", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response replaceVillages(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull VillagesRequest request) {
        SurveyView view = service.replaceVillages(id, ifMatch, request);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @PUT
    @Path("/{id}/notice")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.FRONT_SURVEYOR})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: not the Front surveyor of the survey's commune", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Set the legal basis and the notice to respondents (DRAFT only)", operationId = "campaign_replaceSurveyNotice",
            description = "Law 91/2025/QH15: a survey records the legal basis of processing the answers and the notice shown to respondents "
                    + "before the first question. A survey opens only with both; they freeze when it opens.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NoticeRequest.class)))
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "400", description = "Missing or too long legal basis or notice", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such survey (told to administrators; to anyone else an unknown survey is a 403, as a survey outside their scope)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The survey is no longer a DRAFT", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale ETag", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response replaceNotice(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NoticeRequest request) {
        SurveyView view = service.replaceNotice(id, ifMatch, request);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @GET
    @Path("/{id}/notice")
    @PermitAll
    @Operation(summary = "The notice to respondents", operationId = "campaign_getSurveyNotice",
            description = "What the mobile app shows before the first question: who processes the answers, for which purpose, on which "
                    + "legal basis, and the notice text. Public, like the survey itself.")
    @APIResponse(responseCode = "200", description = "The notice", content = @Content(schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such survey", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public NoticeView notice(@PathParam("id") UUID id) {
        return service.notice(id);
    }

    @POST
    @Path("/{id}/open")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.FRONT_SURVEYOR})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: not the Front surveyor of the survey's commune", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Open the survey for responses", operationId = "campaign_openSurvey",
            description = "DRAFT → OPEN. Freezes the questionnaire and the villages. Needs at least one question and one village (422 otherwise).")
    @APIResponse(responseCode = "200", description = "Opened", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "404", description = "No such survey (told to administrators; to anyone else an unknown survey is a 403, as a survey outside their scope)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale ETag", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No question or no village yet (context.unmet)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response open(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        SurveyView view = service.open(id, ifMatch);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @PermitAll
    @Operation(summary = "Audit trail of a survey", operationId = "campaign_surveyHistory",
            description = "Every write to the survey and below it (responses, closing, publication), newest first. The citizens who "
                    + "answered are named only to the survey's Front surveyor and to administrators; to others a citizen's write shows as actor "
                    + "\"citizen\".")
    @APIResponse(responseCode = "400", description = "Invalid page or size", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page of audit events")
    @APIResponse(responseCode = "404", description = "No such survey", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<AuditEvent> history(@PathParam("id") UUID id, @BeanParam @Valid PageQuery page) {
        return service.history(id, page);
    }
}
