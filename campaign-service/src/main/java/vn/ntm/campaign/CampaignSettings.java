package vn.ntm.campaign;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Settings of campaign-service that officials or operators change, checked at start-up. The survey thresholds are
 * inferences of the domain reference ([I] in section B.1 and D.2), so each level carries the source it was set from.
 */
@ConfigMapping(prefix = "ntm.campaign")
public interface CampaignSettings {

    /**
     * Key of the HMAC-SHA256 that turns a household identifier into the value stored and compared. Required outside
     * dev and test (env {@code NTM_CAMPAIGN_HOUSEHOLD_HASH_SECRET}); changing it makes earlier households unrecognisable,
     * so a household could answer an open survey twice.
     */
    @Size(min = 32, message = "must be at least 32 characters")
    String householdHashSecret();

    /**
     * Version of {@link #householdHashSecret}, stored with every household hash it makes. The secret in use before keys
     * were versioned is version 1. Give a new secret a new version (see docs/privacy.md, "Household key rotation").
     */
    @WithDefault("1")
    @Min(1)
    @Max(32767)
    int householdKeyVersion();

    /**
     * The other household keys this replica recognises, by version: earlier ones not yet retired, and, while a
     * rotation rolls out, the next one. A household hashed under any of them is still the same household. Env
     * {@code NTM_CAMPAIGN_HOUSEHOLD_KNOWN_KEYS__2_} or {@code ntm.campaign.household-known-keys."2"=…}.
     */
    Map<Integer, String> householdKnownKeys();

    @Valid
    Survey survey();

    @Valid
    Privacy privacy();

    /** Statistical disclosure control of published results (Law 91/2025: no published figure may single out a household). */
    interface Privacy {

        /**
         * Fewest respondents a published village or question cell needs; smaller cells are WITHHELD for everyone but the
         * survey's Front surveyor and administrators. 5 is the usual floor of official statistics' small-cell rules.
         */
        @WithDefault("5")
        @Min(1)
        @Max(1000)
        int minCellSize();
    }

    /** Survey settings. */
    interface Survey {

        /**
         * Thresholds for a periodic survey, not tied to a recognition. A recognition survey is judged by the rule of the
         * recognition procedure version in force (communes-service, GET /api/v1/procedure-versions/survey-rule), never by
         * a setting here, so that the Front's "passed" means the same to certification.
         */
        @Valid
        Thresholds periodic();

        /** Most forms accepted in one paper batch. */
        @WithDefault("500")
        @Min(1)
        @Max(5000)
        int batchMaxRows();

        /** Most forms the mobile app may send in one sync (POST /surveys/{id}/responses/sync); a longer queue is sent in parts. */
        @WithDefault("200")
        @Min(1)
        @Max(5000)
        int syncMaxForms();

        /**
         * Most surveys whose frozen questionnaire and villages are kept in memory, so that checking a form needs no query
         * for them. An entry is about a kilobyte; a survey not in memory is read once from the database.
         */
        @WithDefault("2000")
        @Min(1)
        @Max(1000000)
        int questionnaireCacheSize();

        /** Most distinct reasons listed per question in a result (the most frequent first); the rest are counted. */
        @WithDefault("20")
        @Min(1)
        @Max(200)
        int reasonsPerQuestion();
    }

    /** The rule a periodic survey is judged by when it closes; stored with the result. */
    interface Thresholds {

        /** Share of forms satisfied (overall) needed to pass, 0..1. */
        @WithDefault("0.90")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("1")
        BigDecimal passRate();

        /** Share of households in scope that must return a form for the survey to count, 0..1. */
        @WithDefault("0.60")
        @DecimalMin("0")
        @DecimalMax("1")
        BigDecimal coverageFloor();

        /** When true every village must also reach the pass rate (some provincial guidance asks it of every area). */
        @WithDefault("false")
        boolean everyVillageMustPass();

        /** Where these numbers come from, stored with each result. */
        @WithDefault("[I] pass at 90% satisfied: 2021-2025 practice (QĐ 320/QĐ-TTg sets >=90% for districts; commune level not confirmed in 18/2022 or HD 90/HD-MTTW-BTT); "
                + "coverage floor 60% of households: Hải Dương 2018 practice under the 2016-2020 rules")
        @NotBlank
        String source();
    }
}
