package vn.ntm.ocop.rules;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;

@Path("/api/v1/ocop/rule-versions")
@Tag(name = "OCOP rules", description = "The scoring rules as versioned data: part maxima, star bands, council powers, mandatory criteria, with their legal sources.")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    @Inject
    RuleBook ruleBook;

    @GET
    @PermitAll
    @Operation(operationId = "ocop_listRuleVersions", summary = "List the OCOP rule versions",
            description = "With on=YYYY-MM-DD, only the version in force on that date.")
    @APIResponse(responseCode = "200", description = "Rule versions, oldest first.")
    @APIResponse(responseCode = "400", description = "Invalid parameter.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PageResponse<RuleVersionView> list(
            @Parameter(description = "A date: the version in force on it.", example = "2025-07-06") @QueryParam("on") LocalDate on,
            @BeanParam @Valid PageQuery page) {
        List<RuleSet> versions = on == null ? ruleBook.all() : ruleBook.inForceOn(on).map(List::of).orElse(List.of());
        List<RuleVersionView> items = versions.stream().skip(page.offset()).limit(page.size()).map(RuleVersionView::of).toList();
        return PageResponse.of(items, page, versions.size());
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "ocop_getRuleVersion", summary = "Read one OCOP rule version")
    @APIResponse(responseCode = "200", description = "The rule version.", content = @Content(schema = @Schema(implementation = RuleVersionView.class)))
    @APIResponse(responseCode = "404", description = "No such version.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public RuleVersionView get(@Parameter(example = "QD_1489_2025") @PathParam("code") String code) {
        return ruleBook.byCode(code).map(RuleVersionView::of).orElseThrow(() -> ApiException.notFound("OCOP rule version", code));
    }
}
