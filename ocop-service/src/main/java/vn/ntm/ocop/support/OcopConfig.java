package vn.ntm.ocop.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings that officials or operators change, each with the rule it comes from (see README, settings table). */
@ConfigMapping(prefix = "ocop")
public interface OcopConfig {

    String DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

    /**
     * The zone whose calendar decides "today" for validity and expiry. Legal dates in Vietnam are local dates;
     * timestamps are still stored and returned in UTC.
     */
    @WithDefault(DEFAULT_TIME_ZONE)
    ZoneId timeZone();

    Certificates certificates();

    Evaluation evaluation();

    Trace trace();

    interface Certificates {
        /** QĐ 148/QĐ-TTg (and 1048 before it): a 3 to 5 star result is valid 36 months from the recognition decision. */
        @WithDefault("36")
        int validityMonths();

        /** QĐ 148/QĐ-TTg: the issuing body notifies the subject in writing at least 30 days before the 36 months end. */
        @WithDefault("30")
        int expiryNoticeDays();

        StateJob stateJob();

        /**
         * [I] How long before its last valid day a certificate may be renewed by a new dossier. QĐ 148/QĐ-TTg asks the
         * issuer to notify 30 days before expiry; the council's round takes longer, so provinces open renewal earlier.
         */
        @WithDefault("6")
        int renewalWindowMonths();
    }

    interface StateJob {
        /** Quartz cron of the daily job that moves stored states, in {@link #timeZone()}; read by the scheduler. */
        @WithDefault("0 5 0 * * ?")
        String cron();
    }

    interface Evaluation {
        /**
         * Score sheets needed before a council can decide. [I] The decisions fix the council's composition, not a
         * quorum of filed sheets; provinces set it in their council regulations.
         */
        @WithDefault("1")
        int minimumScoreSheets();
    }

    interface Trace {
        /**
         * Host of the GS1 Digital Link resolver printed in QR codes ({@code https://{host}/01/{gtin}/10/{lot}}); the
         * resolver (the gateway) forwards such paths to {@code /api/v1/ocop/trace-verification}.
         */
        @WithDefault("id.ntm.example")
        String resolverHost();

        /** How long browsers and caches may reuse a public verification answer: QR scans are the platform's biggest read. */
        @WithDefault("PT5M")
        java.time.Duration verificationMaxAge();

        /**
         * Classpath resource mapping the trace export to the national portal's JSON. The portal's import schema is not
         * public, so the field names are configuration, to be replaced when the portal publishes them.
         */
        @WithDefault("trace-export/national-portal.json")
        String exportMapping();
    }
}
