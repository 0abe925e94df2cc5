package vn.ntm.campaign.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Period;

/**
 * How long each kind of personal data campaign-service holds is kept, and why (Law 91/2025/QH15: data are kept no
 * longer than their purpose needs). No instrument sets these periods for NTM surveys or campaign contributions, so
 * every default is an inference marked [I], to be confirmed by the province's data-protection officer and set here;
 * docs/privacy.md lists them as the record of processing.
 */
@ConfigMapping(prefix = "ntm.campaign.retention")
public interface RetentionSettings {

    /** When the retention job runs (Quartz cron, in the service's time zone), once per cluster. */
    @WithDefault("0 30 2 * * ?")
    String cron();

    /** The link between a household and its form (the household's keyed hash, a citizen's pseudonym) of a closed survey. */
    @Valid
    Kind householdLink();

    /** The raw forms of a closed survey: every answer and reason, form by form. */
    @Valid
    Kind surveyForms();

    /** The names and notes of contributors to a campaign that has ended. */
    @Valid
    Kind contributorNames();

    /**
     * One kind of data: kept {@link #period()} after the event that ends its purpose, then erased or anonymised. The
     * values, each with its basis, are in application.properties rather than in code defaults, since each kind has its own.
     */
    interface Kind {

        @NotNull
        Period period();

        /** Why this period: stored with every run and shown by GET /api/v1/privacy/retention. */
        @NotBlank
        String basis();
    }

    /** The setting of {@code kind}. */
    default Kind of(RetentionKind kind) {
        return switch (kind) {
            case HOUSEHOLD_LINK -> householdLink();
            case SURVEY_FORMS -> surveyForms();
            case CONTRIBUTOR_NAMES -> contributorNames();
        };
    }
}
