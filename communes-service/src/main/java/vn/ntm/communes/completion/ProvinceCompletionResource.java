package vn.ntm.communes.completion;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.communes.units.QueryParams;
import vn.ntm.communes.units.Today;

/** Whether a province completes the NTM task of a period (QĐ 51/2025/QĐ-TTg, Phụ lục III). */
@Path("/api/v1/provinces/{code}/completion")
@Tag(name = "Province completion", description = "Province-completion rules (Appendix III of QĐ 51/2025/QĐ-TTg) as versioned data, and their evaluation.")
public class ProvinceCompletionResource {

    static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{4})");

    static final String EXAMPLE = """
            {"province": {"code": "31", "name": "Thành phố Hải Phòng", "validFrom": "2025-07-01"}, "period": "2026-2030", "asOf": "2026-12-07",
             "rule": {"code": "QD51-PROVINCE-2026-2030", "version": 1, "legalBasis": "Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ, Phụ lục III",
                      "unverifiedConditions": 2},
             "denominator": {"communes": 67, "unitsDate": "2026-12-07", "counted": "Rural communes (XA) of Thành phố Hải Phòng existing on 2026-12-07."},
             "conditions": [{"code": "ALL_COMMUNES_NTM", "kind": "COMMUNE_SHARE", "status": "NOT_MET", "levels": ["NTM", "MODERN"], "minPercent": 100,
                             "achieved": 0, "required": 67, "share": {"fraction": "0/67", "rate": 0, "percent": 0}, "verified": false,
                             "explanation": "0 of 67 rural communes (0.0%) hold NTM or MODERN under a 2026–2030 criteria set; 67 (100%) are required."},
                            {"code": "OTHER_CONDITIONS", "kind": "DECLARED", "status": "NOT_DECIDED", "verified": false}],
             "verdict": "UNDECIDABLE", "blockingConditions": ["ALL_COMMUNES_NTM", "OTHER_CONDITIONS"]}""";

    private final ProvinceCompletionService completion;
    private final CompletionRuleService rules;
    private final Today today;

    ProvinceCompletionResource(ProvinceCompletionService completion, CompletionRuleService rules, Today today) {
        this.completion = completion;
        this.rules = rules;
        this.today = today;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_getProvinceCompletion", summary = "Does the province complete the NTM task of the period? Each condition explained",
            description = "Evaluates the province-completion rule of the period (by default the national one, QD51-PROVINCE-2026-2030) from the "
                    + "registry: shares of the province's rural communes (XA) holding a level under a criteria set of the same period, and "
                    + "conditions checked outside the registry. An unconfirmed condition makes the verdict UNDECIDABLE unless a confirmed one fails.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvinceCompletionView.class),
            examples = @ExampleObject(name = "Hải Phòng, 2026", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad province code, period (YYYY-YYYY), asOf, or a rule of another period.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such province, or no rule for the period.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The province ended before the day (e.g. 30 Hải Dương in 2026): its successor is named.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public ProvinceCompletionView completion(
            @Parameter(description = "2-digit GSO province code", example = "31") @PathParam("code") String code,
            @Parameter(description = "Programme period, YYYY-YYYY; by default the one containing asOf's year", example = "2026-2030") @QueryParam("period") String period,
            @Parameter(description = "Code of another rule of the period (e.g. a ministry's guidance); default the national one",
                    example = "QD51-PROVINCE-2026-2030") @QueryParam("rule") String rule,
            @Parameter(description = "Recognitions decided on or before this day count (YYYY-MM-DD), default today", example = "2026-12-07") @QueryParam("asOf") String asOf) {
        String province = QueryParams.provinceCode("code", code);
        LocalDate date = QueryParams.date("asOf", asOf);
        int[] span;
        if (period == null || period.isBlank()) {
            span = rules.periodContaining(today.orToday(date).getYear());
        } else {
            Matcher m = PERIOD.matcher(period.strip());
            if (!m.matches() || Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1))) {
                throw ApiException.invalidField("period", "must be a programme period YYYY-YYYY, e.g. 2026-2030");
            }
            span = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        }
        if (rule != null && !CompletionRuleResource.CODE.matcher(rule).matches()) {
            throw ApiException.invalidField("rule", "must be a rule code (upper-case letters, digits and '-')");
        }
        return completion.evaluate(province, span[0], span[1], rule, date);
    }
}
