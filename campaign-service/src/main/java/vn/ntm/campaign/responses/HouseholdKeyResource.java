package vn.ntm.campaign.responses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.campaign.responses.HouseholdKeyService.KeyStatus;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

/** Where a household-key rotation stands: which key versions open surveys still need. */
@Path("/api/v1/surveys/household-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Survey responses")
public class HouseholdKeyResource {

    private static final String PROBLEM = "application/problem+json";

    static final String EXAMPLE = """
            {"currentVersion": 2, "otherKnownVersions": [1],
             "inOpenSurveys": [{"keyVersion": 1, "openSurveys": 3, "forms": 1184}, {"keyVersion": 2, "openSurveys": 5, "forms": 2210}],
             "retirable": [], "missing": []}""";

    @Inject
    HouseholdKeyService keys;

    @GET
    @RolesAllowed(Roles.ADMINISTRATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Household key versions in use", operationId = "campaign_householdKeys",
            description = "The version of the household key new forms are hashed under, the other versions this replica still "
                    + "recognises, and how many forms of OPEN surveys each version holds. A version listed in `retirable` is held by "
                    + "no open survey: its key can be removed from configuration. A version in `missing` is held by an open survey "
                    + "but has no key here: those households can no longer be recognised, so restore the key. Never shows a key.")
    @APIResponse(responseCode = "200", description = "The key versions", content = @Content(schema = @Schema(implementation = KeyStatus.class),
            examples = @ExampleObject(name = "rotation under way", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database is unreachable", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public KeyStatus status() {
        return keys.status();
    }
}
