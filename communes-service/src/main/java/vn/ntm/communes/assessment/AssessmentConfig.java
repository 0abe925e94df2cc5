package vn.ntm.communes.assessment;

import io.smallrye.config.ConfigMapping;

/** The revocation test of QĐ 18/2022/QĐ-TTg, as shares of the criteria (numerator / denominator). */
@ConfigMapping(prefix = "ntm.revocation")
public interface AssessmentConfig {

    /** Revoke whatever fails when at least this share fails (1/2). */
    Share always();

    /** Revoke from this share (3/10) when a failing criterion is a key one. */
    Share withKeyCriterion();

    String source();

    /**
     * Last year of the period the rule belongs to: QĐ 18/2022/QĐ-TTg is titled 2021–2025, so sets of a later
     * period get it only if they publish it themselves.
     */
    @io.smallrye.config.WithDefault("2025")
    int ruleLastYear();

    interface Share {
        int numerator();

        int denominator();
    }

    default RevocationRule rule() {
        return new RevocationRule(always().numerator(), always().denominator(), withKeyCriterion().numerator(),
                withKeyCriterion().denominator());
    }
}
