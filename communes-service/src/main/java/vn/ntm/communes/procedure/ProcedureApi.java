package vn.ntm.communes.procedure;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;

/** Answers of the procedure-version endpoints. */
public final class ProcedureApi {

    private ProcedureApi() {
    }

    @Schema(name = "ProcedureVersionSummary")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(@Schema(example = "NTM-RECOGNITION") String code, @Schema(example = "2") int version,
                          @Schema(example = "PUBLISHED", description = "DRAFT, PUBLISHED or SUPERSEDED") String status, String titleVi,
                          LocalDate periodFrom, LocalDate periodTo, LocalDate effectiveFrom,
                          @Schema(description = "The effective date of the next published version of the code.") LocalDate supersededOn,
                          List<Level> levels) {
    }

    @Schema(name = "ProcedureVersion")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionView(String code, int version, String status, LocalDate effectiveFrom, LocalDate supersededOn,
                              @Schema(description = "Of a draft: the ETag to send in If-Match.") Integer draftRevision, String createdBy,
                              Instant publishedAt, String publishedBy, ProcedureDocument document) {
    }

    @Schema(name = "ProcedurePublication")
    public record Publication(@NotNull @Schema(example = "2027-01-01", description = "First day the version applies.") LocalDate effectiveFrom) {
    }

    @Schema(name = "ProcedureSurveyRuleAnswer")
    public record SurveyRuleView(@Schema(example = "NTM-RECOGNITION") String procedureCode, @Schema(example = "2") int version,
                                 @Schema(example = "NTM-RECOGNITION/v2") String ruleVersion, Level level,
                                 @Schema(example = "0.60") BigDecimal coverageFloor, @Schema(example = "0.90") BigDecimal passRate,
                                 String source, @Schema(example = "I") String confidence) {
    }
}
