package vn.ntm.communes.recognition;

import java.time.LocalDate;
import java.util.Optional;
import vn.ntm.communes.Level;

/** The registry of recognitions, for the other features of this service (implemented by the recognition feature). */
public interface RecognitionRegistry {

    /** The recognition at exactly this level in force for the unit on {@code asOf}, if any. */
    Optional<RecognitionRef> current(long unitId, Level level, LocalDate asOf);

    /** Records a recognition decided by the certification workflow; must join the caller's transaction. */
    RecognitionRef recognize(NewRecognition recognition);
}
