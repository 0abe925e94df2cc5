package vn.ntm.campaign.surveys;

import java.time.LocalDate;

/**
 * The day a survey refers to, on which its commune is looked up in communes-service. A survey may be entered after the
 * fact (the 2025 year of Hải Dương, whose communes ended when the province merged into Hải Phòng on 1 July 2025), so
 * the commune is the unit that carried the code on that day, even if that unit has ended since.
 * <ol>
 *   <li>{@code startDate}, when given: the day the survey opened in the field (a day of its year);</li>
 *   <li>otherwise, for a RECOGNITION survey, 1 January of its year: the year being recognised is that of the units that
 *       began it. A unit created during the year (the communes of 1 July 2025) needs {@code startDate}, as does a code
 *       the 2025 reform gave to a new unit when the survey concerns the new one;</li>
 *   <li>otherwise (a PERIODIC survey without a start date), today, as before.</li>
 * </ol>
 */
public final class SurveyDates {

    private SurveyDates() {
    }

    public static LocalDate communeAsOf(SurveyPurpose purpose, int year, LocalDate startDate, LocalDate today) {
        if (startDate != null) {
            return startDate;
        }
        if (purpose == SurveyPurpose.RECOGNITION) {
            return LocalDate.of(year, 1, 1);
        }
        return today;
    }
}
