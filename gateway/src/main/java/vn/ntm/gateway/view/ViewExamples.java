package vn.ntm.gateway.view;

/** OpenAPI examples of the views, with real units of Hải Dương (GSO codes) before the July 2025 reform. */
final class ViewExamples {

    static final String COMMUNE_COMPLETE = """
            {
              "code": "10657",
              "commune": {"code": "10657", "name": "Xã Đồng Lạc", "type": "XA", "provinceCode": "30", "status": "ACTIVE"},
              "recognitions": {"items": [
                {"level": "ADVANCED", "year": 2024, "decisionNumber": "1234/QĐ-UBND", "decisionDate": "2025-04-15"},
                {"level": "NTM", "year": 2019, "decisionNumber": "4321/QĐ-UBND", "decisionDate": "2019-12-20"}]},
              "latestAssessment": {"id": "5b0f7c1e-2d1a-4a43-9b8e-0c9d5d2b6f10", "level": "MODEL", "year": 2025,
                "state": "SUBMITTED", "criteriaMet": 17, "criteriaTotal": 19},
              "ocop": {"activeProducts": 4, "byStars": {"3": 3, "4": 1, "5": 0}, "highestStars": 4},
              "satisfaction": {"surveyId": "0b7e3c52-4f7a-4d6c-9a51-2f3e8d1c6a90", "state": "CLOSED",
                "householdsInScope": 2150, "formsReturned": 1985, "coverage": 0.9233, "coverageFloor": 0.7,
                "coverageMet": true, "overallRate": 0.9521, "passRate": 0.9, "passed": true},
              "meta": {"partial": false, "unavailable": [],
                "parts": {"commune": "AVAILABLE", "recognitions": "AVAILABLE", "latestAssessment": "AVAILABLE",
                  "ocop": "AVAILABLE", "satisfaction": "AVAILABLE"},
                "generatedAt": "2025-05-12T03:15:00Z"}
            }""";

    static final String COMMUNE_PARTIAL = """
            {
              "code": "10657",
              "commune": {"code": "10657", "name": "Xã Đồng Lạc", "type": "XA", "provinceCode": "30", "status": "ACTIVE"},
              "recognitions": {"items": [
                {"level": "ADVANCED", "year": 2024, "decisionNumber": "1234/QĐ-UBND", "decisionDate": "2025-04-15"}]},
              "latestAssessment": null,
              "ocop": null,
              "satisfaction": null,
              "meta": {"partial": true, "unavailable": ["ocop"],
                "parts": {"commune": "AVAILABLE", "recognitions": "AVAILABLE", "latestAssessment": "ABSENT",
                  "ocop": "UNAVAILABLE", "satisfaction": "ABSENT"},
                "generatedAt": "2025-05-12T03:15:00Z"}
            }""";

    static final String DASHBOARD_PARTIAL = """
            {
              "provinceCode": "30",
              "year": 2025,
              "progress": {"provinceCode": "30", "year": 2025, "communes": 151,
                "levels": [{"level": "ADVANCED", "recognised": 75, "target": 94, "share": 0.4967},
                           {"level": "MODEL", "recognised": 32, "target": 35, "share": 0.2119}]},
              "ocop": {"provinceCode": "30", "activeProducts": 312, "byStars": {"3": 241, "4": 68, "5": 3}},
              "surveys": null,
              "contributions": null,
              "meta": {"partial": true, "unavailable": ["campaign"],
                "parts": {"progress": "AVAILABLE", "ocop": "AVAILABLE", "surveys": "UNAVAILABLE", "contributions": "UNAVAILABLE"},
                "generatedAt": "2025-05-12T03:15:00Z"}
            }""";

    private ViewExamples() {
    }
}
