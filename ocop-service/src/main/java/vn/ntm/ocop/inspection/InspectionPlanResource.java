package vn.ntm.ocop.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import vn.ntm.common.http.Versions;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

@Path("/api/v1/ocop/inspection-plans")
@Tag(name = "OCOP inspections", description = "The province's annual inspection of certified products: plans, findings per item, outcome, follow-up of warnings, work lists.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionPlanResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    InspectionService service;

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_planInspections", summary = "Plan a province's annual inspections",
            description = "One plan per province and year; one planned inspection per certificate, each in force on some day of the year.")
    @APIResponse(responseCode = "201", description = "Planned; Location names the plan.",
            content = @Content(schema = @Schema(implementation = InspectionView.PlanView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid fields or certificate number.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province officer of the plan's province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No certificate has one of the numbers.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The province already has a plan for the year.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A certificate of another province, or not in force in the year.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response plan(@RequestBody(required = true, content = @Content(schema = @Schema(implementation = InspectionRequests.Plan.class),
            examples = @ExampleObject(name = "hai-duong-2026", value = InspectionExamples.PLAN)))
            @NotNull(message = "a JSON body is required") @Valid InspectionRequests.Plan request) {
        InspectionPlan plan = service.plan(request);
        return Response.created(URI.create("/api/v1/ocop/inspection-plans/" + plan.id)).entity(service.planView(plan))
                .tag(Versions.etag(plan.version)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_getInspectionPlan", summary = "A plan with its inspections")
    @APIResponse(responseCode = "200", description = "The plan.", content = @Content(schema = @Schema(implementation = InspectionView.PlanView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province officer of the plan's province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such plan (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        InspectionPlan plan = service.findPlan(id);
        return Response.ok(service.planView(plan)).tag(Versions.etag(plan.version)).build();
    }
}
