package vn.ntm.communes.recognition;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.requestid.RequestIds;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.communes.recognition.AcknowledgementRule.Option;
import vn.ntm.communes.recognition.AcknowledgementRule.Outcome;
import vn.ntm.communes.recognition.AcknowledgementRule.Predecessor;
import vn.ntm.communes.units.CommuneLookup;
import vn.ntm.communes.units.Today;
import vn.ntm.communes.units.UnitRef;

/**
 * Acknowledgement of merged communes (thừa nhận): the successor's own decision, a recognition of kind ACKNOWLEDGEMENT
 * linking the predecessor recognitions it rests on. Allowed when {@link AcknowledgementRule} finds the unit eligible at
 * the level, or when the province overrides with a reason, which is kept on the decision and in the audit trail.
 */
@ApplicationScoped
public class AcknowledgementService {

    private final CommuneLookup lookup;
    private final MergeEligibilities eligibilities;
    private final RecognitionService recognitions;
    private final Today today;
    private final AgroalDataSource dataSource;
    private final Instance<CurrentActor> actor;

    AcknowledgementService(CommuneLookup lookup, MergeEligibilities eligibilities, RecognitionService recognitions, Today today,
            AgroalDataSource dataSource, Instance<CurrentActor> actor) {
        this.lookup = lookup;
        this.eligibilities = eligibilities;
        this.recognitions = recognitions;
        this.today = today;
        this.dataSource = dataSource;
        this.actor = actor;
    }

    @Transactional
    public EligibilityView eligibility(String code, LocalDate asOf) {
        UnitRef unit = lookup.require(code, asOf);
        List<Predecessor> predecessors = eligibilities.predecessors(unit.id());
        LocalDate levelDate = unit.validTo() != null && today.date().isAfter(unit.validTo()) ? unit.validTo() : today.date();
        return EligibilityView.of(unit, recognitions.of(unit, levelDate).level(), predecessors, AcknowledgementRule.apply(predecessors));
    }

    @Transactional
    public RecognitionEntity acknowledge(String code, AcknowledgementRequest request) {
        UnitRef unit = lookup.require(code, request.decisionDate());
        recognitions.requireWrite(unit.provinceCode(), request.decisionDate());
        boolean overriding = request.overriding();
        String reason = request.overrideReason() == null ? null : request.overrideReason().strip();
        if (overriding && (reason == null || reason.isEmpty())) {
            throw ApiException.invalidField("overrideReason", "is required when override is true: say why the province acknowledges "
                    + "a commune that is not eligible");
        }
        if (!overriding && reason != null && !reason.isEmpty()) {
            throw ApiException.invalidField("overrideReason", "applies only with override: true");
        }
        String set = request.criteriaSetCode() == null || request.criteriaSetCode().isBlank() ? null : request.criteriaSetCode().strip();
        if (overriding && set == null) {
            throw ApiException.invalidField("criteriaSetCode", "is required with an override: no common set follows from the predecessors");
        }
        List<Predecessor> predecessors = eligibilities.predecessors(unit.id());
        Outcome outcome = AcknowledgementRule.apply(predecessors);
        if (predecessors.isEmpty()) {
            throw refusal(unit, request, outcome, unit.name() + " (" + unit.code() + ") was not formed by a merger; record its "
                    + "recognition with POST /api/v1/recognitions instead.");
        }
        Optional<Option> option = outcome.options().stream()
                .filter(o -> o.level() == request.level() && (set == null || o.criteriaSetCode().equals(set))).findFirst();
        if (option.isEmpty() && !overriding) {
            throw refusal(unit, request, outcome, unit.name() + " (" + unit.code() + ") is not eligible for acknowledgement at "
                    + request.level() + (set == null ? "" : " under " + set) + ": " + outcome.reasons().stream()
                    .map(AcknowledgementRule.Reason::message).reduce((a, b) -> a + " " + b).orElse("")
                    + " A province officer may acknowledge it with override: true and a reason.");
        }
        String criteriaSet = option.map(Option::criteriaSetCode).orElse(set);
        List<UUID> basis = option.map(Option::basis).orElseGet(() -> predecessors.stream()
                .flatMap(p -> p.held().stream().filter(h -> h.level() == request.level()).limit(1))
                .map(AcknowledgementRule.Held::recognitionId).toList());
        RecognitionEntity r = recognitions.record(unit, request.level(), criteriaSet, request.recognitionYear(), request.decisionNumber(),
                request.decisionDate(), request.signer(), request.outstandingField(), null, request.note(),
                RecognitionEntity.ACKNOWLEDGEMENT, overriding ? reason : null);
        link(r.id, basis);
        if (overriding) {
            auditOverride(r, outcome, reason);
        }
        return r;
    }

    private static ApiException refusal(UnitRef unit, AcknowledgementRequest request, Outcome outcome, String detail) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("unmet", List.of("ACKNOWLEDGEMENT_ELIGIBILITY"));
        context.put("communeCode", unit.code());
        context.put("level", request.level().name());
        context.put("merge", outcome.merge().name());
        context.put("composition", outcome.composition().name());
        context.put("reasons", outcome.reasons().stream().map(r -> Map.of("code", r.code(), "message", r.message())).toList());
        return new ApiException(ProblemType.PRECONDITION_UNMET, detail, null, context);
    }

    private void link(UUID acknowledgement, List<UUID> basis) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO acknowledgement_basis (acknowledgement_id, recognition_id) VALUES (?, ?)")) {
            for (UUID id : basis) {
                ps.setObject(1, acknowledgement);
                ps.setObject(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not link the acknowledgement to its predecessors' recognitions", e);
        }
    }

    /**
     * The shared audit filter records who wrote what, but no body; the reason of an override is written here, in the
     * same transaction as the decision (both or neither), under the decision's path so that its trail shows it.
     */
    private void auditOverride(RecognitionEntity r, Outcome outcome, String reason) {
        Actor a = actor.get().get();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO audit_event (actor, actor_roles, request_id, method, path, status, result, detail)
                VALUES (?, ?, ?, 'POST', ?, 201, 'OVERRIDE', ?)""")) {
            ps.setString(1, a.subject());
            ps.setString(2, a.rolesText());
            ps.setString(3, RequestIds.current());
            ps.setString(4, "/api/v1/recognitions/" + r.id);
            ps.setString(5, "Acknowledged " + r.level + " although not eligible (" + outcome.merge() + " merge, " + outcome.composition()
                    + "; " + String.join(", ", outcome.reasons().stream().map(AcknowledgementRule.Reason::code).distinct().toList())
                    + "). Reason: " + r.overrideReason);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not audit the override", e);
        }
    }
}
