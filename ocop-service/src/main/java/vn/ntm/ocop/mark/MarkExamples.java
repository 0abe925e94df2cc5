package vn.ntm.ocop.mark;

/** OpenAPI examples: Thanh Hà lychee (Xã Thanh Sơn, 10867, Hải Dương) certified 4 stars, sold in boxes printed with 5. */
final class MarkExamples {

    private MarkExamples() {
    }

    static final String USE = """
            {"kind": "PACKAGING", "description": "Hộp carton 5 kg in biểu trưng OCOP 4 sao",
             "place": "Cửa hàng giới thiệu sản phẩm OCOP tỉnh Hải Dương, 9 Hồng Quang, TP Hải Dương", "usedFrom": "2025-07-01"}""";

    static final String REPORT = """
            {"productId": "3f6c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "kind": "WRONG_STARS", "seenOn": "2026-06-02",
             "seenAt": "Chợ Hải Dương, quầy số 14", "description": "Hộp vải in biểu trưng OCOP 5 sao; sản phẩm được công nhận 4 sao",
             "starsShown": 5, "reporterName": "Trần Thị Bình", "reporterContact": "0904 111 222",
             "evidence": [{"fileName": "anh-hop-vai-5-sao-cho-hai-duong.jpg",
                           "sha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", "sizeBytes": 482133}]}""";

    static final String UNREGISTERED_PRODUCT = """
            {"productName": "Bánh gai Ninh Giang đặc biệt", "provinceCode": "30", "kind": "NO_CERTIFICATE", "seenOn": "2026-06-05",
             "seenAt": "Sàn thương mại điện tử, gian hàng Đặc sản Xứ Đông", "description": "Ảnh sản phẩm gắn biểu trưng OCOP 4 sao"}""";

    static final String RESOLUTION = """
            {"action": "CORRECTION", "note": "Cơ sở cam kết thu hồi 300 hộp in sai hạng sao trước 30/06/2026", "resolvedOn": "2026-06-10"}""";

    static final String REVOCATION_PROPOSAL = """
            {"action": "REVOCATION_PROPOSAL", "note": "Tái phạm sau cảnh cáo ngày 10/06/2026", "resolvedOn": "2026-08-01",
             "revocationReason": "QUALITY_OR_PACKAGING_CHANGED", "decisionNumber": "312/QĐ-UBND"}""";

    static final String VIOLATION = """
            {"id": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "provinceCode": "30", "productId": "3f6c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b",
             "productName": "Vải thiều Thanh Hà", "kind": "WRONG_STARS", "kindName": "Biểu trưng OCOP thể hiện hạng sao khác hạng được công nhận",
             "seenOn": "2026-06-02", "seenAt": "Chợ Hải Dương, quầy số 14", "starsShown": 5,
             "evidence": [{"sha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", "sizeBytes": 482133}],
             "state": "RESOLVED", "action": "CORRECTION", "actionNote": "Cơ sở cam kết thu hồi 300 hộp in sai hạng sao trước 30/06/2026",
             "resolvedOn": "2026-06-10", "version": 2}""";
}
