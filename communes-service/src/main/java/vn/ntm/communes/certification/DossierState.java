package vn.ntm.communes.certification;

import java.util.List;

/** The steps of QĐ 18/2022/QĐ-TTg (domain reference B.3), in order, then the two outcomes. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DossierState")
public enum DossierState {
    /** Tự đánh giá: the commune assesses each criterion (the dossier opens here). */
    SELF_ASSESSMENT,
    /** Công khai báo cáo tự đánh giá để lấy ý kiến. */
    PUBLICATION_FOR_COMMENT,
    /** Lấy ý kiến sự hài lòng của người dân (run by the Fatherland Front; result read from campaign-service). */
    SATISFACTION_SURVEY,
    /** Họp, biểu quyết đề nghị xét công nhận. */
    COMMUNE_VOTE,
    /** Nộp hồ sơ. */
    SUBMISSION,
    /** Thẩm tra (district until 30/06/2025, province since). */
    VERIFICATION,
    /** Thẩm định của Sở Nông nghiệp (và Môi trường). */
    PROVINCIAL_APPRAISAL,
    /** Hội đồng thẩm định bỏ phiếu. */
    COUNCIL_VOTE,
    /** Quyết định công nhận (decision number, date, signer). */
    RECOGNISED,
    /** Không công nhận / dừng xét. */
    REJECTED;

    public boolean isFinal() {
        return this == RECOGNISED || this == REJECTED;
    }

    /** The steps that may follow this one: the next in order, or REJECTED. */
    public List<DossierState> allowedNext() {
        if (isFinal()) {
            return List.of();
        }
        return List.of(values()[ordinal() + 1], REJECTED);
    }

    public boolean isVote() {
        return this == COMMUNE_VOTE || this == COUNCIL_VOTE;
    }
}
