package vn.ntm.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.gateway.view.clients.CampaignClient;
import vn.ntm.gateway.view.clients.CommunesClient;
import vn.ntm.gateway.view.clients.OcopClient;

/**
 * Assembles the composite views: all backend calls of a view start at once, and the view is built from whatever
 * answered within the calls' timeouts. Unknown commune or province (404 from communes-service) is a 404; nothing
 * answering at all is a 503; anything in between is a partial view. A province none of
 * the services knows is a 404.
 */
@ApplicationScoped
public class ViewService {

    private final CommunesClient communes;
    private final OcopClient ocop;
    private final CampaignClient campaign;
    private final PartFetcher parts;

    ViewService(@RestClient CommunesClient communes, @RestClient OcopClient ocop, @RestClient CampaignClient campaign,
            PartFetcher parts) {
        this.communes = communes;
        this.ocop = ocop;
        this.campaign = campaign;
        this.parts = parts;
    }

    public Uni<GatewayCommuneView> commune(String code) {
        return Uni.combine().all().unis(
                parts.fetch("commune", "communes", () -> communes.commune(code)),
                parts.fetch("recognitions", "communes", () -> communes.recognitions(code)),
                parts.fetch("latestAssessment", "communes", () -> communes.assessments(code, 1), ViewService::firstItem),
                parts.fetch("ocop", "ocop", () -> ocop.communeSummary(code)),
                parts.fetch("satisfaction", "campaign", () -> campaign.satisfaction(code)))
                .with(Part.class, all -> {
                    Part commune = all.get(0);
                    if (commune.status() == GatewayPartStatus.ABSENT) {
                        throw ApiException.notFound("Commune", code);
                    }
                    requireSomething(all);
                    return new GatewayCommuneView(code, commune.data(), all.get(1).data(), all.get(2).data(),
                            all.get(3).data(), all.get(4).data(), parts.meta(all));
                });
    }

    public Uni<GatewayProvinceDashboard> dashboard(String province, int year) {
        return Uni.combine().all().unis(
                parts.fetch("progress", "communes", () -> communes.progress(province, year)),
                parts.fetch("ocop", "ocop", () -> ocop.statistics(province)),
                parts.fetch("surveys", "campaign", () -> campaign.surveyStatistics(province, year)),
                parts.fetch("contributions", "campaign", () -> campaign.contributionTotals(province)))
                .with(Part.class, all -> {
                    // a part may legitimately be absent (no survey yet); all of them absent means no such province
                    if (all.stream().allMatch(p -> p.status() == GatewayPartStatus.ABSENT)) {
                        throw ApiException.notFound("Province", province);
                    }
                    requireSomething(all);
                    return new GatewayProvinceDashboard(province, year, all.get(0).data(), all.get(1).data(),
                            all.get(2).data(), all.get(3).data(), parts.meta(all));
                });
    }

    private void requireSomething(List<Part> all) {
        if (PartFetcher.allUnavailable(all)) {
            List<String> services = all.stream().map(Part::service).distinct().sorted().toList();
            throw new ApiException(ProblemType.DEPENDENCY_UNAVAILABLE, "None of the services this view needs answered ("
                    + String.join(", ", services) + "). Try again later.", null, Map.of("dependencies", services));
        }
    }

    /** The first item of a page answer ({@code items[0]}), or null when the page is empty. */
    private static JsonNode firstItem(JsonNode page) {
        JsonNode first = page.path("items").path(0);
        return first.isMissingNode() ? null : first;
    }
}
