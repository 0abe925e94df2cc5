package vn.ntm.ocop.trace;

/** OpenAPI examples: a July 2025 lot of Thanh Hà lychee (Xã Thanh Sơn, 10867, Hải Dương); GTIN and GLNs are illustrative 893 keys. */
final class TraceExamples {

    private TraceExamples() {
    }

    static final String CODE_FIELDS = """
            {"productId": "3f6c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "gtin": "8938505974019", "lot": "L2025-07", "gln": "8938505970004",
             "producedOn": "2025-07-02", "quantity": 1200, "unit": "kg"}""";

    static final String CODE_ELEMENT_STRING = """
            {"productId": "3f6c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "elementString": "(01)08938505974019(10)L2025-07(414)8938505970004",
             "producedOn": "2025-07-02"}""";

    static final String EVENT_BACK = """
            {"direction": "BACK", "eventDate": "2025-07-01",
             "data": {"INPUT_NAME": "Vải thiều tươi", "SUPPLIER_NAME": "Tổ hợp tác trồng vải Thanh Sơn",
                      "SUPPLIER_ADDRESS": "Thôn Hạ, xã Thanh Sơn, tỉnh Hải Dương", "INPUT_QUANTITY": "1300 kg"}}""";

    static final String EVENT_FORWARD = """
            {"direction": "FORWARD", "eventDate": "2025-07-03", "partnerGln": "8938505970103",
             "data": {"RECEIVER_NAME": "Công ty Cổ phần Hoàng Giang", "RECEIVER_ADDRESS": "Khu công nghiệp Nam Sách, tỉnh Hải Dương",
                      "DISPATCH_QUANTITY": "800 kg", "DISPATCH_DOCUMENT": "PXK-2025-0712"}}""";

    static final String VERIFICATION = """
            {"elementString": "(01)08938505974019(10)L2025-07(414)8938505970004", "gtin": "08938505974019", "lot": "L2025-07",
             "digitalLink": "https://id.ntm.example/01/08938505974019/10/L2025-07", "producedOn": "2025-07-02", "stepsBack": 1, "stepsForward": 1,
             "certificate": {"number": "OCOP-30-2025-000123", "state": "ACTIVE", "stars": 4, "productName": "Vải thiều Thanh Hà",
               "subjectName": "Hợp tác xã Nông nghiệp Thanh Sơn", "communeCode": "10867", "communeName": "Xã Thanh Sơn", "provinceCode": "30",
               "issuingBody": "Ủy ban nhân dân tỉnh Hải Dương", "validUntil": "2028-06-20",
               "lastInspection": {"year": 2026, "outcome": "COMPLIANT", "summary": "inspected 2026, compliant"}}}""";
}
