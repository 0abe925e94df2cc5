package vn.ntm.ocop.dossier;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.ocop.rules.CouncilLevel;

/**
 * One step of a dossier's way under a rule version (table {@code ocop_dossier_step}, migration V17).
 *
 * @param kind            CHECK: a body checks and proposes; EVALUATE: a council scores the product
 * @param minScoreToEnter the previous council's average the dossier needs to reach this step; {@code null}: none
 */
@Schema(name = "OcopDossierStep")
public record DossierStep(@Schema(example = "QD_1489_2025") String ruleVersion, @Schema(example = "1") int position,
                          @Schema(example = "COMMUNE_CHECK") String code, Kind kind, CouncilLevel councilLevel,
                          @Schema(example = "Ủy ban nhân dân cấp xã") String actingBody,
                          @Schema(example = "90.00") BigDecimal minScoreToEnter, String legalSource) {

    @Schema(name = "OcopDossierStepKind")
    public enum Kind {
        CHECK,
        EVALUATE
    }
}
