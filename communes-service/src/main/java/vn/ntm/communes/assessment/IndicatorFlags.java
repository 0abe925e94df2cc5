package vn.ntm.communes.assessment;

import java.util.List;
import java.util.UUID;

/** The open flags others put on an assessment's indicators (field verification), shown in the assessment read. */
public interface IndicatorFlags {

    List<AssessmentApi.IndicatorFlag> open(UUID assessmentId);
}
