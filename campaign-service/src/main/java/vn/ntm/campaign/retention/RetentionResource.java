package vn.ntm.campaign.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.campaign.retention.RetentionApi.RetentionPolicy;
import vn.ntm.campaign.retention.RetentionApi.RetentionRun;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Roles;

/** The retention policy of campaign-service's personal data, and its runs (Law 91/2025/QH15). */
@Path("/api/v1/privacy/retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class RetentionResource {

    private static final String PROBLEM = "application/problem+json";

    static final String RUN_EXAMPLE = """
            {"id": 12, "ranAt": "2026-12-07T19:30:00Z", "trigger": "schedule",
             "steps": [{"kind": "SURVEY_FORMS", "cutoff": "2021-12-07T19:30:00Z", "affected": 0},
                       {"kind": "HOUSEHOLD_LINK", "cutoff": "2025-12-07T19:30:00Z", "affected": 6612},
                       {"kind": "CONTRIBUTOR_NAMES", "cutoff": "2021-12-08", "affected": 240}]}""";

    @Inject
    RetentionService service;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed(Roles.ADMINISTRATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Retention periods and the latest runs", operationId = "campaign_retentionPolicy",
            description = "Each kind of personal data this service holds, how long it is kept after which event, the basis of that "
                    + "period, and what the job does when it has passed; then the latest runs of the job, as counts only.")
    @APIResponse(responseCode = "200", description = "The policy and the latest runs", content = @Content(schema = @Schema(implementation = RetentionPolicy.class)))
    @APIResponse(responseCode = "400", description = "runs out of range", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database is unreachable", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RetentionPolicy policy(@QueryParam("runs") @DefaultValue("20") @Min(value = 0, message = "must be between 0 and 200")
                                  @Max(value = 200, message = "must be between 0 and 200") @Parameter(description = "How many of the latest runs", example = "20") int runs) {
        return service.policy(runs);
    }

    @POST
    @Path("/runs")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Run the retention job now", operationId = "campaign_retentionRun",
            description = "Does at once what the scheduled job does (after a change of a period, or to prove the policy to an auditor), "
                    + "and answers its counts. Idempotent: what is already erased is not counted again.")
    @APIResponse(responseCode = "200", description = "What the run did", content = @Content(schema = @Schema(implementation = RetentionRun.class),
            examples = @ExampleObject(name = "run", value = RUN_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database is unreachable; nothing was erased", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RetentionRun run() {
        return service.run(Instant.now(), actor.get().subject());
    }
}
