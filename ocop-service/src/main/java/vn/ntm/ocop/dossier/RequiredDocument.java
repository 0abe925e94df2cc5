package vn.ntm.ocop.dossier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document a dossier carries under a rule version (table {@code ocop_required_document}, migration V17). */
@Schema(name = "OcopRequiredDocument")
public record RequiredDocument(@Schema(example = "REGISTRATION_FORM") String code,
                               @Schema(example = "Phiếu đăng ký sản phẩm tham gia đánh giá, phân hạng") String nameVi,
                               boolean mandatory, String legalSource) {
}
