package vn.ntm.communes.recognition;

import java.time.LocalDate;
import java.util.UUID;
import vn.ntm.communes.Level;

/** What the certification workflow hands to the registry when a dossier ends in a recognition decision. */
public record NewRecognition(long unitId, Level level, String criteriaSetCode, int recognitionYear, String decisionNumber,
                             LocalDate decisionDate, String signer, String outstandingField, UUID dossierId) {
}
