package vn.ntm.ocop.inspection;

/** OpenAPI examples: Hải Dương's 2026 inspection of Thanh Hà lychee (Xã Thanh Sơn, 10867); names are illustrative. */
final class InspectionExamples {

    private InspectionExamples() {
    }

    static final String PLAN = """
            {"provinceCode": "30", "year": 2026, "certificates": ["OCOP-30-2025-000123", "OCOP-30-2024-000087"]}""";

    static final String COMPLIANT = """
            {"inspectedOn": "2026-05-12", "inspector": "Đoàn kiểm tra Sở NN&PTNT Hải Dương",
             "findings": [{"item": "LABEL_AND_MARK", "compliant": true}, {"item": "QUALITY_AS_RATED", "compliant": true},
                          {"item": "CERTIFICATE_DISPLAY", "compliant": true}],
             "outcome": "COMPLIANT"}""";

    static final String WARNING = """
            {"inspectedOn": "2026-05-12", "inspector": "Đoàn kiểm tra Sở NN&PTNT Hải Dương",
             "findings": [{"item": "LABEL_AND_MARK", "compliant": false, "note": "Tem OCOP in 5 sao trong khi sản phẩm được công nhận 4 sao"},
                          {"item": "QUALITY_AS_RATED", "compliant": true}],
             "outcome": "WARNING", "remedyDeadline": "2026-07-31", "note": "Yêu cầu thu hồi bao bì in sai hạng sao"}""";

    static final String REVOCATION = """
            {"inspectedOn": "2026-08-05", "inspector": "Đoàn kiểm tra Sở NN&PTNT Hải Dương",
             "findings": [{"item": "LABEL_AND_MARK", "compliant": false, "note": "Vẫn dùng bao bì in 5 sao sau hạn khắc phục"}],
             "outcome": "PROPOSE_REVOCATION", "revocationReason": "QUALITY_OR_PACKAGING_CHANGED", "decisionNumber": "245/QĐ-UBND"}""";

    static final String INSPECTION = """
            {"id": "5b1f3c2e-8a4d-4c7e-9f1a-2d3e4f5a6b7c", "planId": "0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f",
             "certificate": "OCOP-30-2025-000123", "productName": "Vải thiều Thanh Hà", "provinceCode": "30", "year": 2026,
             "inspectedOn": "2026-05-12", "inspector": "Đoàn kiểm tra Sở NN&PTNT Hải Dương", "outcome": "WARNING",
             "remedyDeadline": "2026-07-31", "findings": [{"item": "LABEL_AND_MARK", "itemName": "Nhãn hàng hóa và việc sử dụng biểu trưng OCOP đúng hạng sao",
             "legalSource": "QĐ 148/QĐ-TTg Phụ lục (sử dụng biểu trưng OCOP)", "compliant": false,
             "note": "Tem OCOP in 5 sao trong khi sản phẩm được công nhận 4 sao"}], "version": 1}""";
}
