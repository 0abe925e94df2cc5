package vn.ntm.communes.completion;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

/** The register of province-completion rules; the ETag of a rule is its version. */
@Path("/api/v1/province-completion-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Province completion")
public class CompletionRuleResource {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,99}");

    /** A rule version with what is still to confirm. */
    @Schema(name = "CommunesProvinceCompletionRuleVersion")
    public record RuleView(@Schema(example = "QD51-PROVINCE-2026-2030") String code, @Schema(example = "1") int version,
                           @Schema(example = "1") int latestVersion, java.time.Instant publishedAt, String publishedBy,
                           @Schema(description = "Conditions whose text is not confirmed: while any remains, no province is found complete.", example = "2")
                           int unverifiedConditions, CompletionRuleDocument document) {

        static RuleView of(CompletionRuleService.Rule r) {
            return new RuleView(r.code(), r.version(), r.latestVersion(), r.publishedAt(), r.publishedBy(), r.unverified(), r.document());
        }
    }

    private final CompletionRuleService rules;

    CompletionRuleResource(CompletionRuleService rules) {
        this.rules = rules;
    }

    @GET
    @PermitAll
    @Operation(operationId = "communes_listProvinceCompletionRules", summary = "The latest version of every province-completion rule")
    public List<RuleView> list() {
        return rules.list().stream().map(RuleView::of).toList();
    }

    @GET
    @PermitAll
    @Path("/{code}")
    @Operation(operationId = "communes_getProvinceCompletionRule", summary = "One version of a province-completion rule (the latest by default)")
    @APIResponse(responseCode = "200", description = "The version; `ETag` is its number.", content = @Content(schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "400", description = "Bad code or version.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such rule or version.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "QD51-PROVINCE-2026-2030") @PathParam("code") String code,
                        @Parameter(example = "1") @QueryParam("version") @Min(1) Integer version) {
        RuleView view = RuleView.of(rules.get(checked(code), version));
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_publishProvinceCompletionRule", summary = "Publish a rule, or its next version (If-Match: the latest version)",
            description = "How the text of Appendix III is entered when it is confirmed: a new version with every condition, its source and "
                    + "`verified: true`. Identical content changes nothing (200).")
    @RequestBody(content = @Content(schema = @Schema(implementation = CompletionRuleDocument.class)))
    @APIResponse(responseCode = "201", description = "The new version.", content = @Content(schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "200", description = "Identical to the latest version: nothing changed.", content = @Content(schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid document; every offending field is listed.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing for an existing rule.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response publish(@Parameter(example = "QD51-PROVINCE-2026-2030") @PathParam("code") String code,
                            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CompletionRuleDocument document) {
        CompletionRuleService.Published p = rules.publish(checked(code), document, ifMatch);
        RuleView view = RuleView.of(p.rule());
        Response.ResponseBuilder b = p.created()
                ? Response.created(URI.create("/api/v1/province-completion-rules/" + code + "?version=" + view.version()))
                : Response.ok();
        return b.entity(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    private static String checked(String code) {
        if (!CODE.matcher(code).matches()) {
            throw ApiException.invalidField("code", "must be upper-case letters, digits and '-', at most 100");
        }
        return code;
    }
}
