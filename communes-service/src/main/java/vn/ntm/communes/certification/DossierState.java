package vn.ntm.communes.certification;

/**
 * Every step a recognition procedure version may list (QĐ 18/2022/QĐ-TTg, domain reference B.3, and the province
 * version from 01/07/2025), then the two outcomes. Which steps a dossier takes, in which order, who records them
 * and what they check is data: the procedure version the dossier is pinned to ({@code procedure} package).
 */
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
    /** Thẩm tra (the district until 30/06/2025; the provincial council's support team since). */
    VERIFICATION,
    /** Khảo sát thực tế by the support team (province version from 01/07/2025). */
    FIELD_SURVEY,
    /** Thẩm định của Sở Nông nghiệp (và Môi trường). */
    PROVINCIAL_APPRAISAL,
    /** Hội đồng thẩm định bỏ phiếu. */
    COUNCIL_VOTE,
    /** Quyết định công nhận (decision number, date, signer). */
    RECOGNISED,
    /** Không công nhận / dừng xét. */
    REJECTED,
    /** Trả hồ sơ để hoàn thiện: the verifying or appraising body sends the dossier back; the commune submits again. */
    RETURNED_FOR_REVISION;

    public boolean isFinal() {
        return this == RECOGNISED || this == REJECTED;
    }

    public boolean isVote() {
        return this == COMMUNE_VOTE || this == COUNCIL_VOTE;
    }

    /** Steps that say why in {@code note}. */
    public boolean needsReason() {
        return this == REJECTED || this == RETURNED_FOR_REVISION;
    }
}
