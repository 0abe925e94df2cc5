package vn.ntm.campaign.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day a survey's commune is looked up on. */
class SurveyDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void theStartDateWinsWhenGiven() {
        LocalDate start = LocalDate.of(2025, 3, 9);
        assertThat(SurveyDates.communeAsOf(SurveyPurpose.RECOGNITION, 2025, start, TODAY)).isEqualTo(start);
        assertThat(SurveyDates.communeAsOf(SurveyPurpose.PERIODIC, 2025, start, TODAY)).isEqualTo(start);
    }

    @Test
    void aRecognitionSurveyWithoutStartDateIsCheckedOnTheFirstDayOfItsYear() {
        // the 2025 year of Hải Dương: its communes existed on 1 January 2025 and ended on 30 June 2025
        assertThat(SurveyDates.communeAsOf(SurveyPurpose.RECOGNITION, 2025, null, TODAY)).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(SurveyDates.communeAsOf(SurveyPurpose.RECOGNITION, 2027, null, TODAY)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aPeriodicSurveyWithoutStartDateIsCheckedToday() {
        assertThat(SurveyDates.communeAsOf(SurveyPurpose.PERIODIC, 2025, null, TODAY)).isEqualTo(TODAY);
    }
}
