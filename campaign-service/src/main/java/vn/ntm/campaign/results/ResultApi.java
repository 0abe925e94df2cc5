package vn.ntm.campaign.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.campaign.Level;
import vn.ntm.campaign.surveys.SurveyPurpose;
import vn.ntm.campaign.surveys.SurveyState;

/** The JSON payloads of survey results. Rates are decimals 0..1 with four places; percentages have one decimal. */
public final class ResultApi {

    private ResultApi() {
    }

    /** How the overall rate was obtained. */
    @Schema(name = "SurveyOverallBasis")
    public enum OverallBasis {
        /** The share of forms answering SATISFIED to the questionnaire's overall question. */
        OVERALL_QUESTION,
        /** No overall question: the share of forms answering SATISFIED to every question (never an average of question rates). */
        ALL_QUESTIONS
    }

    /** Where a result was made public (section D.3 of the domain reference). */
    @Schema(name = "SurveyPublicationPlace")
    public enum PublicationPlace {
        VILLAGE_CULTURAL_HOUSE,
        COMMUNE_OFFICE,
        LOUDSPEAKER,
        COMMUNE_WEBSITE,
        OTHER
    }

    @Schema(name = "SurveyResult", description = "The frozen result of a closed survey. Fields surveyId, state, householdsInScope, formsReturned, "
            + "coverage, coverageFloor, coverageMet, overallRate, passRate and passed are the contract read by communes-service (docs/architecture.md).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SurveyResult(
            UUID surveyId, String communeCode, String communeName, String provinceCode, SurveyPurpose purpose, Level level, int year,
            SurveyState state, Instant closedAt,
            @Schema(description = "The day the survey closed, in Vietnam (UTC+7): a recognition step that relies on this result may not be dated before it",
                    example = "2026-12-06") LocalDate closedOn,
            long householdsInScope, long formsReturned,
            @Schema(description = "formsReturned / householdsInScope", example = "0.9138") BigDecimal coverage,
            @Schema(example = "91.4") BigDecimal coveragePercent,
            @Schema(description = "The floor in force when the survey closed", example = "0.6000") BigDecimal coverageFloor,
            boolean coverageMet,
            OverallBasis overallBasis, String overallQuestionCode, long overallSatisfied,
            @Schema(description = "Absent when no form was returned", example = "0.9603") BigDecimal overallRate,
            @Schema(example = "96.0") BigDecimal overallPercent,
            @Schema(description = "The pass rate in force when the survey closed", example = "0.9000") BigDecimal passRate,
            @Schema(description = "coverageMet and overallRate >= passRate (and every village, when everyVillageMustPass)") boolean passed,
            boolean everyVillageMustPass, String thresholdsSource,
            @Schema(description = "The recognition procedure version whose survey rule judged this result, as communes-service names it "
                    + "({procedureCode}/v{n}); absent for a periodic survey, judged by campaign-service's own setting",
                    example = "NTM-RECOGNITION/v2") String ruleVersion,
            List<QuestionResult> perQuestion, List<VillageResult> perVillage, List<PublicationView> publications) {
    }

    @Schema(name = "SurveyQuestionResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResult(String questionCode, String text, boolean overall, long answered,
                                 @Schema(description = "Absent when withheld") Long satisfied, BigDecimal rate,
                                 BigDecimal percent, @Schema(description = "Absent when withheld") Long notSatisfiedWithReason,
                                 @Schema(description = "Absent when withheld") Long distinctReasons,
                                 @Schema(description = "The most frequent reasons (identical text grouped), most frequent first") List<ReasonCount> reasons,
                                 @Schema(description = "Reasons given but not listed (less frequent ones); absent when withheld") Long otherReasons,
                                 @Schema(description = "Present when the figures of this question are withheld") Withheld withheld) {
    }

    /** Why a figure is not given to this caller (TT 13/2017 tells "withheld" apart from "unknown" and "no data"). */
    @Schema(name = "Withheld", description = "The figures exist but are not given to this caller.")
    public record Withheld(
            @Schema(description = "Always WITHHELD", example = "WITHHELD") String status,
            @Schema(description = "FEWER_RESPONDENTS_THAN_MINIMUM: fewer forms than the minimum cell size, so the figures could single out a "
                    + "household; COMPLEMENTARY: hidden as well so that another withheld cell cannot be derived by subtraction from the total",
                    example = "FEWER_RESPONDENTS_THAN_MINIMUM") String reason,
            @Schema(description = "The minimum number of respondents a published cell needs (ntm.campaign.privacy.min-cell-size)", example = "5") int minimum) {

        public static final String WITHHELD = "WITHHELD";
        public static final String FEWER = "FEWER_RESPONDENTS_THAN_MINIMUM";
        public static final String COMPLEMENTARY = "COMPLEMENTARY";
    }

    @Schema(name = "SurveyReasonCount")
    public record ReasonCount(String reason, long count) {
    }

    @Schema(name = "SurveyVillageResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VillageResult(String villageCode, String name, long householdsInScope, long formsReturned, BigDecimal coverage,
                                @Schema(description = "Absent when withheld") Long overallSatisfied, BigDecimal overallRate, BigDecimal overallPercent,
                                @Schema(description = "overallRate >= passRate; absent when withheld") Boolean passed,
                                @Schema(description = "Present when the satisfaction figures of this village are withheld") Withheld withheld) {
    }

    @Schema(name = "SurveyPublicationRequest", description = "Where and when the result was made public.")
    public record PublicationRequest(
            @NotNull @Schema(example = "2026-03-22") LocalDate publishedOn,
            @NotNull @Size(min = 1, max = 5) List<@NotNull PublicationPlace> places,
            @Size(max = 2000) @Schema(example = "Niêm yết tại nhà văn hóa các thôn và trụ sở UBND xã; đọc trên loa truyền thanh xã ngày 22 và 23/3.") String note) {
    }

    @Schema(name = "SurveyPublication")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicationView(LocalDate publishedOn, List<PublicationPlace> places, String note, Instant recordedAt, String recordedBy) {
    }

    @Schema(name = "SurveyStatistics", description = "Survey figures for a dashboard. closed* figures come from the frozen results; "
            + "open* figures are live counts of the surveys still collecting forms.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Statistics(String provinceCode, Integer year, StateCounts surveys, long passed, long failed,
                             long closedHouseholdsInScope, long closedFormsReturned, BigDecimal closedCoverage,
                             long openHouseholdsInScope, long openFormsReturned, BigDecimal openCoverage,
                             @Schema(description = "Mean of the closed surveys' overall rates") BigDecimal averageOverallRate,
                             BigDecimal minimumOverallRate) {
    }

    @Schema(name = "SurveyStateCounts")
    public record StateCounts(long draft, long open, long closed) {
    }

    static BigDecimal percent(BigDecimal rate) {
        return rate == null ? null : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }
}
