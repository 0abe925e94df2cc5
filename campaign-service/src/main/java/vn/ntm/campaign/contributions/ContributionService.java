package vn.ntm.campaign.contributions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ntm.campaign.campaigns.CampaignCommune;
import vn.ntm.campaign.campaigns.CampaignScope;
import vn.ntm.campaign.campaigns.CampaignService;
import vn.ntm.campaign.campaigns.ScopeCheck;
import vn.ntm.campaign.campaigns.ScopeType;
import vn.ntm.campaign.communes.Commune;
import vn.ntm.campaign.communes.CommuneCheck;
import vn.ntm.campaign.contributions.ContributionApi.ContributionRequest;
import vn.ntm.campaign.contributions.ContributionApi.ContributionView;
import vn.ntm.campaign.security.CampaignAccess;
import vn.ntm.campaign.support.Today;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Roles;
import vn.ntm.common.text.VietnameseText;

/**
 * Records contributions. A retried write is made safe by the platform's Idempotency-Key support
 * (vn.ntm.common.idempotency), which answers a replay with the first answer and never reaches this service twice.
 */
@ApplicationScoped
public class ContributionService {

    @Inject
    CampaignService campaigns;

    @Inject
    ScopeCheck scopeCheck;

    @Inject
    CommuneCheck communes;

    @Inject
    CurrentActor actor;

    public ContributionView add(UUID campaignId, ContributionRequest request) {
        Actor acting = actor.get();
        CampaignScope scope = campaignToContributeTo(acting, campaignId, request);
        CampaignAccess.requireContributor(acting, provinceKnownBeforehand(scope, request.communeCode()), request.communeCode());
        checkQuantities(request);
        if (request.contributedOn().isAfter(Today.inVietnam())) {
            throw ApiException.invalidField("contributedOn", "must not be in the future");
        }
        if (!scope.runsOn(request.contributedOn())) {
            throw ApiException.unprocessable("The contribution is outside the campaign's period.", List.of(
                    new Problem.FieldError("contributedOn", "must fall within the campaign, which runs " + scope.period())));
        }
        if (!scope.noticeRecorded() && !request.contributedOn().isBefore(CampaignScope.PERSONAL_DATA_LAW)) {
            throw new ApiException(ProblemType.PRECONDITION_UNMET, "A contribution from " + CampaignScope.PERSONAL_DATA_LAW
                    + " records its contributor's personal data, which Law 91/2025/QH15 allows only for a stated purpose: give the campaign "
                    + "its purpose, legalBasis and notice (PUT /api/v1/campaigns/" + campaignId + ") first.", null,
                    Map.of("unmet", List.of("NO_PURPOSE_OR_NOTICE")));
        }
        CampaignCommune commune = scopeCheck.requireInScope(scope, "communeCode", request.communeCode(), request.contributedOn());
        CampaignAccess.requireContributor(acting, commune.provinceCode, commune.code);
        String who = acting.subject();
        return QuarkusTransaction.requiringNew().call(() -> {
            campaigns.lockUnchanged(scope);
            Contribution c = new Contribution();
            c.id = UUID.randomUUID();
            c.campaignId = campaignId;
            c.communeCode = commune.code;
            c.communeName = commune.name;
            c.provinceCode = commune.provinceCode;
            c.kind = request.kind();
            c.contributedOn = request.contributedOn();
            c.source = VietnameseText.nfc(request.source());
            c.amountVnd = request.amountVnd();
            c.landAreaM2 = request.landAreaM2();
            c.workingDays = request.workingDays();
            if (request.materials() != null) {
                c.materialsDescription = VietnameseText.nfc(request.materials().description());
                c.materialsValueVnd = request.materials().estimatedValueVnd();
            }
            c.note = VietnameseText.nfc(request.note());
            c.recordedAt = Instant.now();
            c.recordedBy = who;
            c.persist();
            return ContributionMapper.view(c);
        });
    }

    @Transactional
    public PageResponse<ContributionView> list(UUID campaignId, String commune, ContributionKind kind, LocalDate from, LocalDate to, PageQuery page) {
        campaigns.scopeOf(campaignId);
        StringBuilder where = new StringBuilder("campaignId = :campaign");
        Map<String, Object> params = new HashMap<>();
        params.put("campaign", campaignId);
        if (commune != null) {
            where.append(" and communeCode = :commune");
            params.put("commune", commune);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (from != null) {
            where.append(" and contributedOn >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and contributedOn <= :to");
            params.put("to", to);
        }
        var query = Contribution.<Contribution>find(where + " order by contributedOn desc, id", params).page(Page.of(page.page(), page.size()));
        return PageResponse.of(query.list().stream().map(ContributionMapper::view).toList(), page, query.count());
    }

    /**
     * The campaign a contribution is recorded under, after the caller's scope (issue 20). The scope is the
     * contribution's commune, named in the body, and it is judged before the campaign is looked up or the body's rules
     * are: a commune-scoped token on the code itself, a province-wide token on the province communes-service gives the
     * commune (public reference data) on {@code contributedOn}, or today for a date still to come, which the rules then
     * refuse. So a commune of another province is a 403 whether the campaign exists or not, and whatever else is wrong.
     */
    private CampaignScope campaignToContributeTo(Actor acting, UUID campaignId, ContributionRequest request) {
        CampaignAccess.requireContributorRole(acting);
        if (acting.communeCode() != null || acting.hasRole(Roles.ADMINISTRATOR)) {
            CampaignAccess.requireContributor(acting, null, request.communeCode());
        } else {
            LocalDate today = Today.inVietnam();
            LocalDate asOf = request.contributedOn().isAfter(today) ? today : request.contributedOn();
            Commune commune = communes.require("communeCode", request.communeCode(), asOf);
            CampaignAccess.requireContributor(acting, commune.provinceCode(), commune.code());
        }
        return campaigns.scopeOf(campaignId);
    }

    /**
     * The province of the contribution's commune when it is known without asking communes-service: the province of a
     * province-wide campaign (a commune outside it is refused anyway), or that of a commune listed in the scope.
     */
    private static String provinceKnownBeforehand(CampaignScope scope, String communeCode) {
        if (scope.type() == ScopeType.PROVINCE) {
            return scope.provinceCode();
        }
        CampaignCommune listed = scope.communes().get(communeCode);
        return listed == null ? null : listed.provinceCode;
    }

    /** Exactly the quantity of the kind: a MONEY contribution carries amountVnd and nothing else, and so on. */
    static void checkQuantities(ContributionRequest r) {
        Map<String, Object> quantities = new LinkedHashMap<>();
        quantities.put("amountVnd", r.amountVnd());
        quantities.put("landAreaM2", r.landAreaM2());
        quantities.put("workingDays", r.workingDays());
        quantities.put("materials", r.materials());
        String expected = switch (r.kind()) {
            case MONEY -> "amountVnd";
            case LAND -> "landAreaM2";
            case LABOUR -> "workingDays";
            case MATERIALS -> "materials";
        };
        List<Problem.FieldError> errors = new ArrayList<>();
        quantities.forEach((field, value) -> {
            if (field.equals(expected) && value == null) {
                errors.add(new Problem.FieldError(field, "is required for a " + r.kind() + " contribution"));
            } else if (!field.equals(expected) && value != null) {
                errors.add(new Problem.FieldError(field, "is not used by a " + r.kind() + " contribution; send only " + expected));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
    }
}
