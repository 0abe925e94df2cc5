package vn.ntm.communes.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import vn.ntm.communes.procedure.ProcedureDocument;
import vn.ntm.communes.procedure.ProcedureValidator;

/** The shipped procedure files are valid versions, and what a move between them changes (plain unit test, no database). */
class ProcedureDiffTest {

    static ProcedureDocument load(String file) throws IOException {
        try (InputStream in = ProcedureDiffTest.class.getClassLoader().getResourceAsStream("procedures/" + file)) {
            return new ObjectMapper().registerModule(new JavaTimeModule()).readValue(in, ProcedureDocument.class);
        }
    }

    @Test
    void theShippedVersionsAreValid() throws IOException {
        for (String file : new String[] {"NTM-RECOGNITION-v1.json", "NTM-RECOGNITION-v2.json", "NTM-RECOGNITION-v3-draft.json"}) {
            assertThat(ProcedureValidator.validate(load(file))).as(file).isEmpty();
        }
    }

    @Test
    void movingFromTheDistrictVersionToTheProvinceVersionAddsTheFieldSurvey() throws IOException {
        var changes = ProcedureDiff.between(load("NTM-RECOGNITION-v1.json"), load("NTM-RECOGNITION-v2.json"));
        assertThat(changes.stepsAdded()).containsExactly("FIELD_SURVEY");
        assertThat(changes.stepsRemoved()).isEmpty();
        // both versions ask the departments' sign-off and no open field flag at the council's vote
        assertThat(changes.preconditionsChanged()).noneMatch(c -> c.step() == DossierState.COUNCIL_VOTE);
        assertThat(changes.movesAdded()).contains("VERIFICATION → FIELD_SURVEY", "FIELD_SURVEY → PROVINCIAL_APPRAISAL");
        assertThat(changes.movesRemoved()).containsExactly("VERIFICATION → PROVINCIAL_APPRAISAL");
    }

    @Test
    void aVersionWithoutTheDossiersStepCannotHoldIt() throws IOException {
        ProcedureDocument v1 = load("NTM-RECOGNITION-v1.json");
        assertThat(ProcedureDiff.cannotHold(v1, DossierState.FIELD_SURVEY)).get().asString().contains("no step FIELD_SURVEY");
        assertThat(ProcedureDiff.cannotHold(v1, DossierState.SUBMISSION)).isEmpty();
        assertThat(ProcedureDiff.cannotHold(load("NTM-RECOGNITION-v2.json"), DossierState.FIELD_SURVEY)).isEmpty();
    }
}
