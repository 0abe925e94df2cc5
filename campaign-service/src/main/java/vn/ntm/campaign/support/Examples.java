package vn.ntm.campaign.support;

/** Request and response examples for the OpenAPI document, drawn from Hải Dương's programme. */
public final class Examples {

    private Examples() {
    }

    public static final String CAMPAIGN_PROVINCE = """
            {
              "name": "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
              "kind": "CAMPAIGN",
              "organiser": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hải Dương",
              "scope": {"type": "PROVINCE", "provinceCode": "30"},
              "startDate": "2021-01-01",
              "endDate": "2025-06-30",
              "description": "Cuộc vận động giai đoạn 2021–2025 trên địa bàn tỉnh Hải Dương."
            }""";

    public static final String CAMPAIGN_COMMUNES = """
            {
              "name": "Cả nước chung sức xây dựng nông thôn mới",
              "kind": "EMULATION_MOVEMENT",
              "organiser": "Ủy ban nhân dân huyện Cẩm Giàng",
              "scope": {"type": "COMMUNES", "communeCodes": ["10894", "10924"]},
              "startDate": "2024-01-01",
              "endDate": "2024-12-31"
            }""";

    public static final String CAMPAIGN_VIEW = """
            {
              "id": "3b0f8a52-6c1e-4f0a-9d43-2f6d7a1c5e10",
              "name": "Cả nước chung sức xây dựng nông thôn mới",
              "kind": "EMULATION_MOVEMENT",
              "organiser": "Ủy ban nhân dân huyện Cẩm Giàng",
              "scope": {"type": "COMMUNES", "communes": [
                {"code": "10894", "name": "Xã Cẩm Hưng", "provinceCode": "30"},
                {"code": "10924", "name": "Xã Lương Điền", "provinceCode": "30"}]},
              "startDate": "2024-01-01",
              "endDate": "2024-12-31",
              "createdAt": "2024-01-05T02:15:00Z",
              "createdBy": "mttq.camgiang",
              "updatedAt": "2024-01-05T02:15:00Z",
              "updatedBy": "mttq.camgiang",
              "version": 0
            }""";

    public static final String ACTIVITY = """
            {
              "title": "Ra quân làm đường giao thông nông thôn thôn Đông",
              "communeCode": "10894",
              "place": "Nhà văn hóa thôn Đông",
              "startDate": "2024-03-26",
              "participants": 320
            }""";

    public static final String CONTRIBUTION_MONEY = """
            {
              "communeCode": "10894",
              "kind": "MONEY",
              "contributedOn": "2024-04-12",
              "source": "Nhân dân thôn Đông",
              "amountVnd": 350000000,
              "note": "Đóng góp làm đường trục thôn"
            }""";

    public static final String CONTRIBUTION_LAND = """
            {
              "communeCode": "10894",
              "kind": "LAND",
              "contributedOn": "2024-05-03",
              "source": "Hộ gia đình ở thôn Đoài",
              "landAreaM2": 125.5
            }""";

    public static final String CONTRIBUTION_MATERIALS = """
            {
              "communeCode": "10924",
              "kind": "MATERIALS",
              "contributedOn": "2024-06-20",
              "source": "Con em xa quê",
              "materials": {"description": "50 cột đèn chiếu sáng năng lượng mặt trời", "estimatedValueVnd": 175000000}
            }""";

    public static final String CONTRIBUTION_TOTALS = """
            {
              "province": "30",
              "totals": {
                "contributions": 4,
                "moneyVnd": 350000000,
                "landAreaM2": 125.50,
                "workingDays": 640.0,
                "materialsValueVnd": 175000000,
                "totalValueVnd": 525000000
              },
              "groupBy": "COMMUNE",
              "groups": {"items": [
                {"key": "10894", "name": "Xã Cẩm Hưng", "totals": {"contributions": 3, "moneyVnd": 350000000, "landAreaM2": 125.50,
                  "workingDays": 640.0, "materialsValueVnd": 0, "totalValueVnd": 350000000}},
                {"key": "10924", "name": "Xã Lương Điền", "totals": {"contributions": 1, "moneyVnd": 0, "landAreaM2": 0,
                  "workingDays": 0, "materialsValueVnd": 175000000, "totalValueVnd": 175000000}}],
                "page": 0, "size": 20, "totalItems": 2}
            }""";

    public static final String SURVEY = """
            {
              "communeCode": "10903",
              "purpose": "RECOGNITION",
              "level": "ADVANCED",
              "year": 2026,
              "startDate": "2026-03-09",
              "title": "Lấy ý kiến sự hài lòng của người dân về kết quả xây dựng xã nông thôn mới nâng cao xã Cẩm Giàng năm 2026",
              "organiser": "Ban Thường trực Ủy ban MTTQ Việt Nam xã Cẩm Giàng",
              "legalBasis": "Khoản 3 Điều 4 Quyết định 18/2022/QĐ-TTg (lấy ý kiến sự hài lòng của người dân); Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15",
              "notice": "Ban Thường trực Ủy ban MTTQ Việt Nam xã Cẩm Giàng lấy ý kiến của hộ gia đình về sự hài lòng với kết quả xây dựng nông thôn mới của xã. Câu trả lời chỉ dùng để đánh giá sự hài lòng phục vụ việc xét công nhận xã đạt chuẩn. Mã hộ được lưu dưới dạng mã hóa một chiều; kết quả chỉ công bố tổng hợp. Ông/bà có quyền biết, đính chính hoặc rút câu trả lời trước khi kết thúc lấy ý kiến.",
              "villages": [
                {"code": "THON-DONG", "name": "Thôn Đông", "householdsInScope": 412},
                {"code": "THON-DOAI", "name": "Thôn Đoài", "householdsInScope": 388}
              ],
              "questions": [
                {"code": "Q1", "text": "Ông/bà có được thông tin về quy hoạch xây dựng nông thôn mới của xã không?"},
                {"code": "Q2", "text": "Đường giao thông trên địa bàn xã có được cứng hóa, xanh, sạch, đẹp không?"},
                {"code": "Q3", "text": "Việc huy động tiền, công lao động, đất đai của người dân có công khai, công bằng, hiệu quả không?"},
                {"code": "Q9", "text": "Nhìn chung, ông/bà có hài lòng với kết quả xây dựng nông thôn mới nâng cao của xã không?", "overall": true}
              ]
            }""";

    public static final String RESPONSE = """
            {
              "responseId": "0b7f5c7e-7d0a-4d35-9b1f-3f0d8e6c2a11",
              "villageCode": "THON-DONG",
              "householdId": "HGĐ-THÔN ĐÔNG-0127",
              "collectedAt": "2026-03-14T02:30:00Z",
              "answers": [
                {"questionCode": "Q1", "answer": "SATISFIED"},
                {"questionCode": "Q2", "answer": "NOT_SATISFIED", "reason": "Đường liên thôn xuống cấp, chưa có rãnh thoát nước"},
                {"questionCode": "Q3", "answer": "SATISFIED"},
                {"questionCode": "Q9", "answer": "SATISFIED"}
              ]
            }""";

    public static final String BATCH = """
            {
              "villageCode": "THON-DOAI",
              "responses": [
                {"responseId": "5d1c2a8e-2b7f-4d0e-a2f4-6b9e1c3d7a01", "householdId": "HGĐ-THÔN ĐOÀI-0001",
                 "answers": [{"questionCode": "Q1", "answer": "SATISFIED"}, {"questionCode": "Q2", "answer": "SATISFIED"},
                             {"questionCode": "Q3", "answer": "SATISFIED"}, {"questionCode": "Q9", "answer": "SATISFIED"}]},
                {"responseId": "5d1c2a8e-2b7f-4d0e-a2f4-6b9e1c3d7a02", "householdId": "HGĐ-THÔN ĐOÀI-0002",
                 "answers": [{"questionCode": "Q1", "answer": "NOT_SATISFIED", "reason": "Chưa được phổ biến quy hoạch"},
                             {"questionCode": "Q2", "answer": "SATISFIED"}, {"questionCode": "Q3", "answer": "SATISFIED"},
                             {"questionCode": "Q9", "answer": "SATISFIED"}]}
              ]
            }""";

    public static final String SYNC = """
            {
              "forms": [
                {"responseId": "7c2e9a14-3b5d-4f60-8a1e-2d4c6b8f0a01", "villageCode": "THON-DONG", "householdId": "HGĐ-THÔN ĐÔNG-0131",
                 "collectedAt": "2026-03-15T01:10:00Z", "questionnaireVersion": 2,
                 "answers": [{"questionCode": "Q1", "answer": "SATISFIED"}, {"questionCode": "Q2", "answer": "SATISFIED"},
                             {"questionCode": "Q3", "answer": "SATISFIED"}, {"questionCode": "Q9", "answer": "SATISFIED"}]},
                {"responseId": "0b7f5c7e-7d0a-4d35-9b1f-3f0d8e6c2a11", "villageCode": "THON-DONG", "householdId": "HGĐ-THÔN ĐÔNG-0127",
                 "collectedAt": "2026-03-14T02:30:00Z", "questionnaireVersion": 2,
                 "answers": [{"questionCode": "Q1", "answer": "SATISFIED"},
                             {"questionCode": "Q2", "answer": "NOT_SATISFIED", "reason": "Đường liên thôn xuống cấp, chưa có rãnh thoát nước"},
                             {"questionCode": "Q3", "answer": "SATISFIED"}, {"questionCode": "Q9", "answer": "SATISFIED"}]},
                {"responseId": "7c2e9a14-3b5d-4f60-8a1e-2d4c6b8f0a03", "villageCode": "THON-BAC", "householdId": "HGĐ-THÔN BẮC-0045",
                 "collectedAt": "2026-03-15T02:05:00Z", "questionnaireVersion": 2,
                 "answers": [{"questionCode": "Q1", "answer": "NOT_SATISFIED", "reason": "Nhà văn hóa thôn chưa có nhà vệ sinh"},
                             {"questionCode": "Q2", "answer": "SATISFIED"}, {"questionCode": "Q3", "answer": "SATISFIED"},
                             {"questionCode": "Q9", "answer": "SATISFIED"}]}
              ]
            }""";

    public static final String SYNC_VIEW = """
            {
              "surveyId": "8f2d3c4b-1a6e-4e5f-9c7d-0b1a2c3d4e5f",
              "created": 1,
              "alreadyRecorded": 1,
              "refused": 1,
              "items": [
                {"index": 0, "responseId": "7c2e9a14-3b5d-4f60-8a1e-2d4c6b8f0a01", "outcome": "CREATED"},
                {"index": 1, "responseId": "0b7f5c7e-7d0a-4d35-9b1f-3f0d8e6c2a11", "outcome": "ALREADY_RECORDED"},
                {"index": 2, "responseId": "7c2e9a14-3b5d-4f60-8a1e-2d4c6b8f0a03", "outcome": "REFUSED",
                 "problem": {"type": "https://ntm.example/problems/validation", "title": "Invalid request", "status": 400,
                             "detail": "The form has 1 invalid field(s).",
                             "instance": "/api/v1/surveys/8f2d3c4b-1a6e-4e5f-9c7d-0b1a2c3d4e5f/responses/sync",
                             "requestId": "3f1c9a52-6f0e-4a7b-9d0e-8f6f3c1d2b7a",
                             "errors": [{"field": "villageCode", "message": "unknown village 'THON-BAC'; the survey's villages are THON-DONG, THON-DOAI"}]}}
              ]
            }""";

    public static final String RESULT = """
            {
              "surveyId": "8f2d3c4b-1a6e-4e5f-9c7d-0b1a2c3d4e5f",
              "communeCode": "10903",
              "communeName": "Xã Cẩm Giàng",
              "provinceCode": "31",
              "purpose": "RECOGNITION",
              "level": "ADVANCED",
              "year": 2026,
              "state": "CLOSED",
              "closedAt": "2026-03-20T09:00:00Z",
              "closedOn": "2026-03-20",
              "householdsInScope": 800,
              "formsReturned": 731,
              "coverage": 0.9138,
              "coveragePercent": 91.4,
              "coverageFloor": 0.6000,
              "coverageMet": true,
              "overallBasis": "OVERALL_QUESTION",
              "overallQuestionCode": "Q9",
              "overallSatisfied": 702,
              "overallRate": 0.9603,
              "overallPercent": 96.0,
              "passRate": 0.9000,
              "passed": true,
              "everyVillageMustPass": false,
              "thresholdsSource": "[I] pass at 90% satisfied: 2021-2025 practice; coverage floor 60% of households: Hải Dương 2018 practice",
              "ruleVersion": "NTM-RECOGNITION/v2",
              "perQuestion": [
                {"questionCode": "Q2", "text": "Đường giao thông trên địa bàn xã có được cứng hóa, xanh, sạch, đẹp không?", "overall": false,
                 "answered": 731, "satisfied": 689, "rate": 0.9425, "percent": 94.3, "notSatisfiedWithReason": 35, "distinctReasons": 4,
                 "reasons": [{"reason": "Đường liên thôn xuống cấp, chưa có rãnh thoát nước", "count": 21}]}
              ],
              "perVillage": [
                {"villageCode": "THON-DONG", "name": "Thôn Đông", "householdsInScope": 412, "formsReturned": 380, "coverage": 0.9223,
                 "overallSatisfied": 366, "overallRate": 0.9632, "passed": true}
              ],
              "publications": [
                {"publishedOn": "2026-03-22", "places": ["VILLAGE_CULTURAL_HOUSE", "COMMUNE_OFFICE", "LOUDSPEAKER"]}
              ]
            }""";

    public static final String STATISTICS = """
            {
              "provinceCode": "31",
              "year": 2026,
              "surveys": {"draft": 2, "open": 5, "closed": 14},
              "passed": 13,
              "failed": 1,
              "closedHouseholdsInScope": 11240,
              "closedFormsReturned": 10312,
              "closedCoverage": 0.9174,
              "openHouseholdsInScope": 3900,
              "openFormsReturned": 1210,
              "averageOverallRate": 0.9412,
              "minimumOverallRate": 0.8720
            }""";
}
