package vn.ntm.ocop.support;

/**
 * OpenAPI examples drawn from Hải Dương's OCOP products (domain reference E.2): Thanh Hà lychee in Xã Thanh Sơn
 * (10867, Huyện Thanh Hà), Chu Đậu ceramics in Xã Thái Tân (10642, Huyện Nam Sách) and Hoàng Giang's Rồng Vàng
 * mung-bean cake in Phường Quang Trung (10516, Thành phố Hải Dương). Codes from the GSO list before 1 July 2025
 * (/work/shared/data/hai_duong_pre2025.csv); registration numbers and contacts are illustrative.
 */
public final class Examples {

    private Examples() {
    }

    public static final String SUBJECT_HOANG_GIANG = """
            {"name": "Công ty Cổ phần Hoàng Giang", "type": "ENTERPRISE", "communeCode": "10516", "communeAsOf": "2025-05-15",
             "registrationNumber": "0800123456",
             "contact": {"representative": "Nguyễn Văn An", "phone": "0220 3852 000", "email": "lienhe@example.vn",
                         "address": "Phường Quang Trung, thành phố Hải Dương, tỉnh Hải Dương"}}""";

    public static final String SUBJECT_CHU_DAU = """
            {"name": "Công ty Cổ phần Gốm Chu Đậu", "type": "ENTERPRISE", "communeCode": "10642", "communeAsOf": "2025-05-15",
             "registrationNumber": "0800234567",
             "contact": {"representative": "Trần Thị Bình", "phone": "0220 3755 000", "address": "Xã Thái Tân, huyện Nam Sách, tỉnh Hải Dương"}}""";

    public static final String SUBJECT_THANH_SON = """
            {"name": "Hợp tác xã Nông nghiệp Thanh Sơn", "type": "COOPERATIVE", "communeCode": "10867", "communeAsOf": "2025-05-15",
             "registrationNumber": "0402-HTX-0117",
             "contact": {"representative": "Phạm Văn Cường", "phone": "0912 000 111", "address": "Xã Thanh Sơn, huyện Thanh Hà, tỉnh Hải Dương"}}""";

    public static final String SUBJECT_VIEW = """
            {"id": "6f1b7c1e-2a51-4d8e-9a57-3c0a5a1e9b10", "name": "Công ty Cổ phần Hoàng Giang", "type": "ENTERPRISE",
             "communeCode": "10516", "communeName": "Phường Quang Trung", "provinceCode": "30", "communeAsOf": "2025-05-15", "version": 0}""";

    public static final String PRODUCT_LYCHEE = """
            {"name": "Vải thiều Thanh Hà", "group": "FOOD", "subgroupCode": "FRESH_PRODUCE",
             "subjectId": "0c8f5d0e-8d7b-4d51-a3a2-1f6e2b9c7a41", "communeCode": "10867", "communeAsOf": "2025-05-15",
             "description": "Vải thiều tươi, quả to, cùi dày, hạt nhỏ, vị ngọt đậm",
             "rawMaterialArea": {"description": "Vùng trồng vải thiều theo VietGAP tại xã Thanh Sơn", "areaHectares": 120.50}}""";

    public static final String PRODUCT_CHU_DAU = """
            {"name": "Bình gốm Chu Đậu vẽ lam", "group": "HANDICRAFTS", "subgroupCode": "HANDICRAFT_DECORATION",
             "subjectId": "2b7d1f4a-6c3e-4f0a-9e8b-5a1c3d7e9f20", "communeCode": "10642", "communeAsOf": "2025-05-15",
             "description": "Bình gốm men lam vẽ tay theo hoa văn gốm Chu Đậu thế kỷ XV",
             "rawMaterialArea": {"description": "Đất sét và men khai thác tại địa phương"}}""";

    public static final String PRODUCT_RONG_VANG = """
            {"name": "Bánh đậu xanh Rồng Vàng Hoàng Gia", "group": "FOOD", "subgroupCode": "PROCESSED_PRODUCE",
             "subjectId": "6f1b7c1e-2a51-4d8e-9a57-3c0a5a1e9b10", "communeAsOf": "2025-05-15",
             "description": "Bánh đậu xanh truyền thống Hải Dương"}""";

    public static final String PRODUCT_VIEW = """
            {"id": "9a3e6b2c-1d4f-4a8b-b7c6-2e5f8a0d1c33", "name": "Vải thiều Thanh Hà", "group": "FOOD", "subgroupCode": "FRESH_PRODUCE",
             "subject": {"id": "0c8f5d0e-8d7b-4d51-a3a2-1f6e2b9c7a41", "name": "Hợp tác xã Nông nghiệp Thanh Sơn", "type": "COOPERATIVE"},
             "communeCode": "10867", "communeName": "Xã Thanh Sơn", "provinceCode": "30", "communeAsOf": "2025-05-15",
             "description": "Vải thiều tươi, quả to, cùi dày, hạt nhỏ, vị ngọt đậm",
             "rawMaterialArea": {"description": "Vùng trồng vải thiều theo VietGAP tại xã Thanh Sơn", "areaHectares": 120.50},
             "certificate": {"number": "OCOP-30-2025-000123", "stars": 4, "state": "ACTIVE", "issuedOn": "2025-06-20", "validUntil": "2028-06-20"},
             "proposedForStars": 5, "version": 3}""";

    public static final String EVALUATION_CREATE = """
            {"productId": "9a3e6b2c-1d4f-4a8b-b7c6-2e5f8a0d1c33", "councilLevel": "PROVINCE",
             "councilName": "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Hải Dương", "evaluationDate": "2025-06-10",
             "mandatoryCriteria": [{"code": "PRODUCT_STANDARD_PUBLISHED", "met": true},
                                   {"code": "QUALITY_CONTROL_TRACEABILITY", "met": true},
                                   {"code": "PRODUCT_UNIQUENESS", "met": true, "note": "Đặc sản vải tổ Thanh Hà"}]}""";

    public static final String SCORE_SHEET = """
            {"partA": {"items": [{"code": "A1", "label": "Tổ chức sản xuất", "score": 14.00},
                                 {"code": "A2", "label": "Phát triển sản phẩm", "score": 13.50},
                                 {"code": "A3", "label": "Sức mạnh cộng đồng", "score": 10.00}]},
             "partB": {"items": [{"code": "B1", "label": "Tiếp thị", "score": 15.00},
                                 {"code": "B2", "label": "Câu chuyện sản phẩm", "score": 8.00}]},
             "partC": {"items": [{"code": "C1", "label": "Chất lượng cảm quan, dinh dưỡng, tính độc đáo", "score": 18.00},
                                 {"code": "C2", "label": "Tiêu chuẩn sản phẩm", "score": 10.00},
                                 {"code": "C3", "label": "Tiềm năng thị trường quốc tế", "score": 3.25}]}}""";

    public static final String DECISION = """
            {"decisionNumber": "1789/QĐ-UBND", "decisionDate": "2025-06-20", "issuingBody": "Ủy ban nhân dân tỉnh Hải Dương"}""";

    public static final String REVOCATION = """
            {"reasonCode": "QUALITY_OR_PACKAGING_CHANGED", "reason": "Thay đổi bao bì, nhãn mác so với hồ sơ đã được công nhận",
             "decisionNumber": "245/QĐ-UBND", "revokedOn": "2025-09-15"}""";

    public static final String VERIFICATION = """
            {"number": "OCOP-30-2025-000123", "state": "ACTIVE", "stars": 4, "productName": "Vải thiều Thanh Hà", "productGroup": "FOOD",
             "subjectName": "Hợp tác xã Nông nghiệp Thanh Sơn", "communeCode": "10867", "communeName": "Xã Thanh Sơn", "provinceCode": "30",
             "issuingBody": "Ủy ban nhân dân tỉnh Hải Dương", "decisionNumber": "1789/QĐ-UBND", "issuedOn": "2025-06-20",
             "validUntil": "2028-06-20", "checkedOn": "2025-09-01", "proposedForStars": 5,
             "lastInspection": {"year": 2025, "outcome": "COMPLIANT", "summary": "inspected 2025, compliant"}}""";

    public static final String COMMUNE_SUMMARY = """
            {"communeCode": "10642", "asOf": "2025-07-01", "activeProducts": 6, "byStars": {"3": 0, "4": 1, "5": 5}, "highestStars": 5}""";

    public static final String STATISTICS = """
            {"provinceCode": "30", "asOf": "2025-07-01", "from": "2025-01-01", "to": "2025-06-30", "activeProducts": 351,
             "byStars": {"3": 231, "4": 112, "5": 8}, "byGroup": {"FOOD": 293, "BEVERAGES": 23, "MEDICINAL_HERBS": 14, "HANDICRAFTS": 17,
             "ORNAMENTAL_PLANTS_ANIMALS": 0, "COMMUNITY_ECO_TOURISM": 4},
             "bySubjectType": {"COOPERATIVE": 120, "ENTERPRISE": 98, "HOUSEHOLD_BUSINESS": 121, "COOPERATIVE_GROUP": 12},
             "proposedForFiveStars": 2, "period": {"newlyCertified": 117, "reEvaluated": 18, "expired": 9, "revoked": 1}}""";
}
