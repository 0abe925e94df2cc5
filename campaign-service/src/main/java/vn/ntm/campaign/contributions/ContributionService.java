package vn.ntm.campaign.contributions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.ntm.campaign.campaigns.CampaignCommune;
import vn.ntm.campaign.campaigns.CampaignScope;
import vn.ntm.campaign.campaigns.CampaignService;
import vn.ntm.campaign.campaigns.ScopeCheck;
import vn.ntm.campaign.contributions.ContributionApi.ContributionRequest;
import vn.ntm.campaign.contributions.ContributionApi.ContributionView;
import vn.ntm.campaign.contributions.ContributionApi.MaterialsInput;
import vn.ntm.campaign.support.Written;
import vn.ntm.campaign.support.Hashes;
import vn.ntm.campaign.support.Jdbc;
import vn.ntm.campaign.support.Today;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.text.VietnameseText;

/**
 * Records contributions. A retried write (same Idempotency-Key, same body) returns the first record instead of
 * counting the money twice; the unique (campaign, key) index decides races, not the application.
 */
@ApplicationScoped
public class ContributionService {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @Inject
    CampaignService campaigns;

    @Inject
    ScopeCheck scopeCheck;

    @Inject
    CurrentActor actor;

    @Inject
    ObjectMapper json;

    public Written<ContributionView> add(UUID campaignId, ContributionRequest request, String idempotencyKey) {
        checkQuantities(request);
        if (request.contributedOn().isAfter(Today.inVietnam())) {
            throw ApiException.invalidField("contributedOn", "must not be in the future");
        }
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw ApiException.invalidField("Idempotency-Key", "must be 1 to 200 visible ASCII characters, for example a UUID");
        }
        byte[] requestHash = idempotencyKey == null ? null : Hashes.sha256(canonical(request));
        if (idempotencyKey != null) {
            Optional<Written<ContributionView>> replay = replayOf(campaignId, idempotencyKey, requestHash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        CampaignScope scope = campaigns.scopeOf(campaignId);
        if (!scope.runsOn(request.contributedOn())) {
            throw ApiException.unprocessable("The contribution is outside the campaign's period.", List.of(
                    new Problem.FieldError("contributedOn", "must fall within the campaign, which runs " + scope.period())));
        }
        CampaignCommune commune = scopeCheck.requireInScope(scope, "communeCode", request.communeCode(), request.contributedOn());
        String who = actor.get().subject();
        return QuarkusTransaction.requiringNew().call(() -> {
            campaigns.lockUnchanged(scope);
            UUID id = UUID.randomUUID();
            boolean inserted = insert(id, campaignId, commune, request, idempotencyKey, requestHash, who);
            if (!inserted) {
                // a concurrent request with the same key won the race; answer as its replay
                return replayOf(campaignId, idempotencyKey, requestHash).orElseThrow();
            }
            return new Written<>(ContributionMapper.view(Contribution.findById(id)), true);
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

    private Optional<Written<ContributionView>> replayOf(UUID campaignId, String key, byte[] requestHash) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<Contribution> existing = Contribution.<Contribution>find("campaignId = ?1 and idempotencyKey = ?2", campaignId, key).firstResultOptional();
            if (existing.isEmpty()) {
                return Optional.<Written<ContributionView>>empty();
            }
            if (!Arrays.equals(existing.get().requestHash, requestHash)) {
                throw ApiException.conflict("This Idempotency-Key was already used for a different contribution to this campaign; "
                        + "use a new key for a new contribution.");
            }
            return Optional.of(new Written<>(ContributionMapper.view(existing.get()), false));
        });
    }

    private static boolean insert(UUID id, UUID campaignId, CampaignCommune commune, ContributionRequest r,
                                  String key, byte[] requestHash, String who) {
        String sql = """
                INSERT INTO contribution (id, campaign_id, commune_code, commune_name, province_code, kind, contributed_on, source,
                    amount_vnd, land_area_m2, working_days, materials_description, materials_value_vnd, note,
                    idempotency_key, request_hash, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT contribution_idempotency DO NOTHING
                """;
        MaterialsInput m = r.materials();
        return Jdbc.inTransaction(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setObject(1, id);
                ps.setObject(2, campaignId);
                ps.setString(3, commune.code);
                ps.setString(4, commune.name);
                ps.setString(5, commune.provinceCode);
                ps.setString(6, r.kind().name());
                ps.setObject(7, r.contributedOn());
                ps.setString(8, VietnameseText.nfc(r.source()));
                ps.setBigDecimal(9, r.amountVnd());
                ps.setBigDecimal(10, r.landAreaM2());
                ps.setBigDecimal(11, r.workingDays());
                ps.setString(12, m == null ? null : VietnameseText.nfc(m.description()));
                ps.setBigDecimal(13, m == null ? null : m.estimatedValueVnd());
                ps.setString(14, VietnameseText.nfc(r.note()));
                ps.setString(15, key);
                ps.setBytes(16, requestHash);
                ps.setString(17, who);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private String canonical(ContributionRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validated request always serialises", e);
        }
    }
}
