package vn.ntm.communes.recognition;

import java.time.LocalDate;
import java.util.UUID;
import vn.ntm.communes.Level;

/**
 * A recognition held (or once held) by a unit.
 *
 * @param recognitionYear  the year the recognition counts for ("năm đạt chuẩn"), often not the decision's year
 * @param outstandingField for MODEL: the field it was recognised in (PRODUCTION, EDUCATION, CULTURE, …), else {@code null}
 * @param revokedOn        date of the revocation decision, or {@code null} while in force
 */
public record RecognitionRef(UUID id, long unitId, Level level, String criteriaSetCode, int recognitionYear,
                             String decisionNumber, LocalDate decisionDate, String outstandingField, LocalDate revokedOn) {
}
