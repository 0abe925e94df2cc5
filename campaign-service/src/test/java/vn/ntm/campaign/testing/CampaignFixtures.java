package vn.ntm.campaign.testing;

import static vn.ntm.campaign.testing.Callers.as;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Campaigns and contributions through the public API. */
public final class CampaignFixtures {

    private CampaignFixtures() {
    }

    /** Law 91/2025: contributions from 2026 are recorded only under a stated purpose, legal basis and notice. */
    public static Map<String, Object> withNotice(Map<String, Object> campaign) {
        campaign.put("purpose", "Ghi nhận và công khai đóng góp của nhân dân cho xây dựng nông thôn mới");
        campaign.put("legalBasis", "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15");
        campaign.put("notice", "Tên và mức đóng góp được ghi nhận để công khai tại nhà văn hóa thôn và trên cổng thông tin của xã.");
        return campaign;
    }

    public static Map<String, Object> provinceCampaign(String name, String province, String start, String end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "CAMPAIGN");
        body.put("organiser", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh");
        body.put("scope", Map.of("type", "PROVINCE", "provinceCode", province));
        body.put("startDate", start);
        if (end != null) {
            body.put("endDate", end);
        }
        withNotice(body);
        return body;
    }

    public static Map<String, Object> communesCampaign(String name, List<String> communes, String start, String end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "EMULATION_MOVEMENT");
        body.put("organiser", "Ủy ban nhân dân huyện");
        body.put("scope", Map.of("type", "COMMUNES", "communeCodes", communes));
        body.put("startDate", start);
        if (end != null) {
            body.put("endDate", end);
        }
        withNotice(body);
        return body;
    }

    /** Created by the province officer of the campaign's province. */
    public static String createCampaign(Map<String, Object> campaign) {
        return as(organiser(campaign)).contentType(ContentType.JSON).body(campaign).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    /** The province officer of the campaign's province (of its first commune for a COMMUNES scope), or an administrator. */
    @SuppressWarnings("unchecked")
    public static String organiser(Map<String, Object> campaign) {
        Map<String, Object> scope = (Map<String, Object>) campaign.get("scope");
        String province = "PROVINCE".equals(scope.get("type")) ? (String) scope.get("provinceCode")
                : CommunesServiceMock.provinceOf(((List<String>) scope.get("communeCodes")).get(0));
        return province == null ? Callers.administrator() : Callers.provinceOfficer(province);
    }

    public static Map<String, Object> money(String commune, String date, long amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("communeCode", commune);
        body.put("kind", "MONEY");
        body.put("contributedOn", date);
        body.put("source", "Nhân dân thôn Đông");
        body.put("amountVnd", amount);
        return body;
    }

    public static Map<String, Object> contribution(String commune, String kind, String date, String field, Object quantity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("communeCode", commune);
        body.put("kind", kind);
        body.put("contributedOn", date);
        body.put("source", "Con em xa quê");
        body.put(field, quantity);
        return body;
    }

    /** Recorded by the commune officer of the contribution's commune. */
    public static Response contribute(String campaign, Map<String, Object> body) {
        return as(Callers.communeOfficer((String) body.get("communeCode"))).contentType(ContentType.JSON).body(body)
                .post("/api/v1/campaigns/" + campaign + "/contributions");
    }
}
