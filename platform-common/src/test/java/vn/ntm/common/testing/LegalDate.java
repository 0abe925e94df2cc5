package vn.ntm.common.testing;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today on Vietnam's legal calendar, the calendar the services date things by. Tests must not use
 * {@code LocalDate.now()}: the build machine runs on UTC, and from 17:00 to 24:00 UTC it is already tomorrow in Hà Nội.
 */
public final class LegalDate {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private LegalDate() {
    }

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
