package vn.ntm.ocop.certificate;

import java.time.LocalDate;

/**
 * A period in months counted as the Civil Code counts it (Bộ luật Dân sự 2015, Art. 147: a period starts on the day
 * after the event; Art. 148(1)(b): a period in months ends at the end of the corresponding day of its last month, and on
 * that month's last day where it has no such day). A certificate issued on 2023-12-20 is valid through 2026-12-20; one
 * issued on 2024-02-29 through 2027-02-28.
 *
 * <p>{@link LocalDate#plusMonths} already clamps to the month's last day, which is exactly Art. 148's fallback; the
 * class exists so that the rule, its source and its tests live in one place, and so that the migration that corrected
 * the stored dates (V16) has a Java twin to be checked against.
 */
public final class ValidityPeriod {

    private ValidityPeriod() {
    }

    /** The last day (inclusive) of a period of {@code months} months that starts the day after {@code event}. */
    public static LocalDate lastDay(LocalDate event, int months) {
        if (months <= 0) {
            throw new IllegalArgumentException("a validity period has at least one month, not " + months);
        }
        return event.plusMonths(months);
    }
}
