package vn.ntm.campaign.campaigns;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ntm.campaign.campaigns.CampaignApi.CampaignActivityRequest;
import vn.ntm.campaign.campaigns.CampaignApi.CampaignActivityView;
import vn.ntm.campaign.campaigns.CampaignApi.CampaignRequest;
import vn.ntm.campaign.campaigns.CampaignApi.CampaignView;
import vn.ntm.campaign.security.CampaignAccess;
import vn.ntm.campaign.support.Jdbc;
import vn.ntm.common.http.Versions;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.text.VietnameseText;

/**
 * Campaigns, their scope and activities. Communes are checked against communes-service before any transaction
 * is opened, so a failing check leaves nothing written and holds no database connection while waiting.
 */
@ApplicationScoped
public class CampaignService {

    @Inject
    ScopeCheck scopeCheck;

    @Inject
    CurrentActor actor;

    public CampaignView create(CampaignRequest request) {
        Actor acting = actor.get();
        requireOrganiserOf(acting, request.scope());
        // the communes' provinces (public reference data) decide a province officer's reach before the body's rules
        ResolvedScope scope = scopeCheck.resolve(request.scope(), request.startDate(),
                found -> CampaignAccess.requireOrganiser(acting, null, places(found)));
        CampaignAccess.requireOrganiser(acting, scope.provinceCode(), places(scope.communes()));
        checkPeriod(request.startDate(), request.endDate());
        String who = acting.subject();
        return QuarkusTransaction.requiringNew().call(() -> {
            Campaign c = new Campaign();
            c.id = UUID.randomUUID();
            apply(c, request, scope);
            c.createdAt = Instant.now();
            c.createdBy = who;
            c.updatedAt = c.createdAt;
            c.updatedBy = who;
            c.persistAndFlush();
            return CampaignMapper.view(c);
        });
    }

    @Transactional
    public CampaignView get(UUID id) {
        return CampaignMapper.view(find(id));
    }

    public CampaignView update(UUID id, String ifMatch, CampaignRequest request) {
        Actor acting = actor.get();
        // scope before existence (issue 20): the campaign as it would become (the body), then as it is (the record,
        // an unknown one answered as one out of scope); both must be the caller's to organise
        requireOrganiserOf(acting, request.scope());
        CampaignScope current = scopeToOrganise(acting, id);
        requireOrganiser(acting, current);
        Versions.requireCurrent(ifMatch, current.version());
        ResolvedScope scope = scopeCheck.resolve(request.scope(), request.startDate(),
                found -> CampaignAccess.requireOrganiser(acting, null, places(found)));
        CampaignAccess.requireOrganiser(acting, scope.provinceCode(), places(scope.communes()));
        checkPeriod(request.startDate(), request.endDate());
        String who = acting.subject();
        return QuarkusTransaction.requiringNew().call(() -> {
            Campaign c = Campaign.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (c == null) {
                throw ApiException.notFound("Campaign", id);
            }
            Versions.requireCurrent(ifMatch, c.version);
            requireRecordsStayInside(id, scope, request.startDate(), request.endDate());
            apply(c, request, scope);
            c.updatedAt = Instant.now();
            c.updatedBy = who;
            c.flush();
            return CampaignMapper.view(c);
        });
    }

    @Transactional
    public PageResponse<CampaignView> list(String province, String commune, CampaignKind kind, LocalDate activeOn, String q, PageQuery page) {
        StringBuilder where = new StringBuilder("from Campaign c where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (province != null) {
            where.append(" and (c.provinceCode = :province or exists (select 1 from Campaign c2 join c2.communes cc where c2 = c and cc.provinceCode = :province))");
            params.put("province", province);
        }
        if (commune != null) {
            where.append(" and exists (select 1 from Campaign c3 join c3.communes cm where c3 = c and cm.code = :commune)");
            params.put("commune", commune);
        }
        if (kind != null) {
            where.append(" and c.kind = :kind");
            params.put("kind", kind);
        }
        if (activeOn != null) {
            where.append(" and c.startDate <= :activeOn and (c.endDate is null or c.endDate >= :activeOn)");
            params.put("activeOn", activeOn);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and c.nameFolded like :q escape '\\'");
            params.put("q", VietnameseText.likeContains(q));
        }
        var query = Campaign.<Campaign>find(where + " order by c.startDate desc, c.id", params).page(Page.of(page.page(), page.size()));
        return PageResponse.of(query.list().stream().map(CampaignMapper::view).toList(), page, query.count());
    }

    public CampaignActivityView addActivity(UUID campaignId, CampaignActivityRequest request) {
        CampaignScope scope = scopeToOrganise(actor.get(), campaignId);
        requireOrganiser(actor.get(), scope);
        checkPeriod(request.startDate(), request.endDate());
        if (!scope.runsOn(request.startDate())) {
            throw ApiException.unprocessable("The activity is outside the campaign's period.", List.of(
                    new Problem.FieldError("startDate", "must fall within the campaign, which runs " + scope.period())));
        }
        CampaignCommune commune = request.communeCode() == null ? null
                : scopeCheck.requireInScope(scope, "communeCode", request.communeCode(), request.startDate());
        String who = actor.get().subject();
        return QuarkusTransaction.requiringNew().call(() -> {
            lockUnchanged(scope);
            CampaignActivity a = new CampaignActivity();
            a.id = UUID.randomUUID();
            a.campaignId = campaignId;
            a.title = VietnameseText.nfc(request.title());
            a.description = VietnameseText.nfc(request.description());
            if (commune != null) {
                a.communeCode = commune.code;
                a.communeName = commune.name;
                a.provinceCode = commune.provinceCode;
            }
            a.place = VietnameseText.nfc(request.place());
            a.startDate = request.startDate();
            a.endDate = request.endDate();
            a.participants = request.participants();
            a.recordedAt = Instant.now();
            a.recordedBy = who;
            a.persist();
            return CampaignMapper.view(a);
        });
    }

    @Transactional
    public PageResponse<CampaignActivityView> activities(UUID campaignId, PageQuery page) {
        find(campaignId);
        var query = CampaignActivity.<CampaignActivity>find("campaignId = ?1 order by startDate desc, id", campaignId)
                .page(Page.of(page.page(), page.size()));
        return PageResponse.of(query.list().stream().map(CampaignMapper::view).toList(), page, query.count());
    }

    /** The campaign's period and scope, for features that attach records to it; 404 when it does not exist. */
    @Transactional
    public CampaignScope scopeOf(UUID campaignId) {
        Campaign c = find(campaignId);
        Map<String, CampaignCommune> communes = c.communes.stream()
                .collect(Collectors.toMap(cc -> cc.code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return new CampaignScope(c.id, c.version, c.scopeType, c.provinceCode, communes, c.startDate, c.endDate,
                c.purpose != null && c.legalBasis != null && c.notice != null);
    }

    /**
     * {@link #scopeOf} for a write of an organiser: the token's role first, then an unknown campaign is answered as one
     * outside the caller's scope would be ({@link CampaignAccess#unknownPublished}).
     */
    private CampaignScope scopeToOrganise(Actor acting, UUID campaignId) {
        CampaignAccess.requireOrganiserRole(acting);
        try {
            return scopeOf(campaignId);
        } catch (ApiException e) {
            throw e.type() == ProblemType.NOT_FOUND ? CampaignAccess.unknownPublished(acting, "Campaign", campaignId) : e;
        }
    }

    /**
     * Inside the writing transaction: blocks a concurrent edit of the campaign until commit, and refuses the write
     * if the campaign changed since its scope was checked.
     */
    public void lockUnchanged(CampaignScope scope) {
        Long version = Jdbc.inTransaction(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT version FROM campaign WHERE id = ? FOR SHARE")) {
                ps.setObject(1, scope.campaignId());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
        });
        if (version == null) {
            throw ApiException.notFound("Campaign", scope.campaignId());
        }
        if (version != scope.version()) {
            throw ApiException.conflict("The campaign changed while this request was checked; send it again.");
        }
    }

    /** Organising a recorded campaign (changing it, recording its activities): see {@link CampaignAccess#requireOrganiser}. */
    private static void requireOrganiser(Actor acting, CampaignScope scope) {
        CampaignAccess.requireOrganiser(acting, scope.type() == ScopeType.PROVINCE ? scope.provinceCode() : null,
                places(scope.communes().values()));
    }

    /** The cheap part of the organiser check, before communes-service is asked about the scope's communes. */
    private static void requireOrganiserOf(Actor acting, CampaignApi.ScopeInput scope) {
        CampaignAccess.requireOrganiserOfCodes(acting, scope.type() == ScopeType.PROVINCE ? scope.provinceCode() : null,
                scope.communeCodes() == null ? List.of() : scope.communeCodes());
    }

    private static List<CampaignAccess.Place> places(Collection<CampaignCommune> communes) {
        return communes.stream().map(c -> new CampaignAccess.Place(c.provinceCode, c.code)).toList();
    }

    private static Campaign find(UUID id) {
        Campaign c = Campaign.findById(id);
        if (c == null) {
            throw ApiException.notFound("Campaign", id);
        }
        return c;
    }

    private static void apply(Campaign c, CampaignRequest request, ResolvedScope scope) {
        c.name = VietnameseText.nfc(request.name());
        c.nameFolded = VietnameseText.fold(request.name());
        c.kind = request.kind();
        c.organiser = VietnameseText.nfc(request.organiser());
        c.scopeType = scope.type();
        c.provinceCode = scope.provinceCode();
        c.communes.clear();
        c.communes.addAll(scope.communes());
        c.startDate = request.startDate();
        c.endDate = request.endDate();
        c.description = VietnameseText.nfc(request.description());
        c.purpose = VietnameseText.nfc(request.purpose());
        c.legalBasis = VietnameseText.nfc(request.legalBasis());
        c.notice = VietnameseText.nfc(request.notice());
    }

    static void checkPeriod(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw ApiException.invalidField("endDate", "must be on or after startDate (" + start + ")");
        }
    }

    /** A new scope or period must still contain what was already recorded under the campaign. */
    private static void requireRecordsStayInside(UUID id, ResolvedScope scope, LocalDate start, LocalDate end) {
        long contributions = countOutside("contribution", "contributed_on", false, id, scope, start, end);
        long activities = countOutside("campaign_activity", "start_date", true, id, scope, start, end);
        if (contributions + activities > 0) {
            throw new ApiException(ProblemType.CONFLICT,
                    "The new scope or period would leave " + contributions + " contribution(s) and " + activities
                            + " activity(ies) already recorded outside the campaign. Keep them inside, or correct them first.",
                    null, Map.of("contributionsOutside", contributions, "activitiesOutside", activities));
        }
    }

    private static long countOutside(String table, String dateColumn, boolean communeOptional, UUID id,
                                     ResolvedScope scope, LocalDate start, LocalDate end) {
        // table and column names are constants of this class, never input
        String outsideScope = scope.type() == ScopeType.PROVINCE ? "province_code <> ?" : "NOT (commune_code = ANY (?))";
        if (communeOptional) {
            outsideScope = "(commune_code IS NOT NULL AND " + outsideScope + ")";
        }
        String sql = "SELECT count(*) FROM " + table + " WHERE campaign_id = ? AND (" + dateColumn + " < ?"
                + (end == null ? "" : " OR " + dateColumn + " > ?") + " OR " + outsideScope + ")";
        return Jdbc.inTransaction(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                int i = 1;
                ps.setObject(i++, id);
                ps.setObject(i++, start);
                if (end != null) {
                    ps.setObject(i++, end);
                }
                if (scope.type() == ScopeType.PROVINCE) {
                    ps.setString(i, scope.provinceCode());
                } else {
                    Array codes = conn.createArrayOf("text", scope.communes().stream().map(cc -> cc.code).toArray());
                    ps.setArray(i, codes);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
