package vn.ntm.ocop.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Civil Code Arts. 147-148: a period in months ends on the corresponding day of its last month, or that month's last day. */
class ValidityPeriodTest {

    @ParameterizedTest(name = "issued {0}, {1} months -> valid through {2}")
    @CsvSource({
            // the examples
            "2023-12-20, 36, 2026-12-20",
            "2024-02-29, 36, 2027-02-28",
            // a leap day that lands on a leap year keeps its day
            "2024-02-29, 48, 2028-02-29",
            // the 31st into months without one
            "2023-08-31, 36, 2026-08-31",
            "2023-05-31, 1, 2023-06-30",
            "2024-01-31, 1, 2024-02-29",
            "2025-01-31, 1, 2025-02-28",
            "2023-03-31, 35, 2026-02-28",
            // the turn of the year
            "2023-12-31, 36, 2026-12-31",
            "2024-01-01, 36, 2027-01-01"})
    void theLastValidDayIsTheCorrespondingDay(LocalDate issued, int months, LocalDate lastDay) {
        assertThat(ValidityPeriod.lastDay(issued, months)).isEqualTo(lastDay);
    }

    @Test
    void aPeriodHasAtLeastOneMonth() {
        assertThatThrownBy(() -> ValidityPeriod.lastDay(LocalDate.of(2025, 1, 1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
