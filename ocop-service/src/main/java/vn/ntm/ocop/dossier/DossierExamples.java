package vn.ntm.ocop.dossier;

/** OpenAPI examples for dossiers: Hợp tác xã Nông nghiệp Thanh Sơn's Thanh Hà lychee (Xã Thanh Sơn, 10867, Hải Dương). */
final class DossierExamples {

    private DossierExamples() {
    }

    static final String CREATE = """
            {"productId": "3d0c6a52-7b8e-4f1e-9c55-0a7d5e2b1c90", "dossierDate": "2025-09-15", "selfScore": 78.50,
             "description": "Vải thiều tươi, quả to, cùi dày, hạt nhỏ, vị ngọt đậm",
             "documents": [
               {"code": "REGISTRATION_FORM", "fileName": "phieu-dang-ky-vai-thieu-thanh-ha.pdf",
                "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "sizeBytes": 184320},
               {"code": "PRODUCT_PLAN", "fileName": "phuong-an-san-xuat-kinh-doanh.pdf",
                "sha256": "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", "sizeBytes": 412000},
               {"code": "BUSINESS_REGISTRATION", "fileName": "giay-dang-ky-htx.pdf",
                "sha256": "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13", "sizeBytes": 96000},
               {"code": "QUALITY_DECLARATION", "fileName": "ban-cong-bo-chat-luong.pdf",
                "sha256": "a4e624d686e03ed2767c0abd85c14426b0b1157d2ce81d27bb4fe4f6f01d688a", "sizeBytes": 150000}]}""";

    static final String RENEWAL = """
            {"productId": "3d0c6a52-7b8e-4f1e-9c55-0a7d5e2b1c90", "dossierDate": "2026-08-01", "selfScore": 81.00,
             "renewalOf": "OCOP-30-2023-000123",
             "documents": [
               {"code": "REGISTRATION_FORM", "fileName": "phieu-dang-ky-danh-gia-lai.pdf",
                "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
               {"code": "PRODUCT_PLAN", "fileName": "phuong-an-san-xuat-kinh-doanh.pdf",
                "sha256": "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"},
               {"code": "BUSINESS_REGISTRATION", "fileName": "giay-dang-ky-htx.pdf",
                "sha256": "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13"},
               {"code": "QUALITY_DECLARATION", "fileName": "ban-cong-bo-chat-luong.pdf",
                "sha256": "a4e624d686e03ed2767c0abd85c14426b0b1157d2ce81d27bb4fe4f6f01d688a"}]}""";

    static final String RETURN = """
            {"reason": "Thiếu bản công bố chất lượng sản phẩm; bổ sung trước ngày 30/09/2025"}""";

    static final String PROPOSAL = """
            {"note": "Nguồn gốc, vùng nguyên liệu và lao động địa phương đã kiểm tra; đề nghị tỉnh đánh giá"}""";

    static final String OPEN_EVALUATION = """
            {"councilName": "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Hải Dương", "evaluationDate": "2025-10-02",
             "mandatoryCriteria": [{"code": "PRODUCT_STANDARD_PUBLISHED", "met": true}, {"code": "PRODUCT_UNIQUENESS", "met": true}]}""";
}
