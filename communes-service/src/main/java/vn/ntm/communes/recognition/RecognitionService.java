package vn.ntm.communes.recognition;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.communes.Level;
import vn.ntm.communes.units.LevelStatus;
import vn.ntm.communes.units.ProvinceAuthority;
import vn.ntm.communes.units.Today;
import vn.ntm.communes.units.UnitCaches;
import vn.ntm.communes.units.UnitDirectory;
import vn.ntm.communes.units.UnitLevels;
import vn.ntm.communes.units.UnitRef;
import vn.ntm.communes.units.UnitType;

/**
 * The registry of recognitions: recording (from paper or from the certification workflow), revoking, and the level a
 * unit holds. A unit holds a level by its own decisions only; every write recomputes the acknowledgement eligibility of
 * the unit's successors and drops the cached unit views after commit.
 */
@ApplicationScoped
public class RecognitionService implements RecognitionRegistry, UnitLevels {

    private final UnitDirectory units;
    private final MergeEligibilities eligibilities;
    private final ProvinceAuthority authority;
    private final RecognitionConfig config;
    private final Today today;
    private final Event<UnitCaches.Changed> changed;
    private final Instance<CurrentActor> actor;

    RecognitionService(UnitDirectory units, MergeEligibilities eligibilities, ProvinceAuthority authority, RecognitionConfig config,
            Today today, Event<UnitCaches.Changed> changed, Instance<CurrentActor> actor) {
        this.units = units;
        this.eligibilities = eligibilities;
        this.authority = authority;
        this.config = config;
        this.today = today;
        this.changed = changed;
        this.actor = actor;
    }

    @Override
    @Transactional
    public Optional<RecognitionRef> current(long unitId, Level level, LocalDate asOf) {
        return RecognitionEntity.<RecognitionEntity>find(
                        "unitId = ?1 and level = ?2 and decisionDate <= ?3 and (revokedOn is null or revokedOn > ?3) order by decisionDate desc",
                        unitId, level, asOf)
                .firstResultOptional().map(RecognitionEntity::toRef);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public RecognitionRef recognize(NewRecognition r) {
        UnitRef unit = units.communeById(r.unitId())
                .orElseThrow(() -> ApiException.unprocessable("Unit " + r.unitId() + " does not exist."));
        return record(unit, r.level(), r.criteriaSetCode(), r.recognitionYear(), r.decisionNumber(), r.decisionDate(), r.signer(),
                r.outstandingField(), r.dossierId(), null).toRef();
    }

    /** A recognition decided outside the platform; the commune is the unit carrying the code on the decision date. */
    @Transactional
    public RecognitionEntity recordDecided(RecognitionRequest request) {
        UnitRef unit = units.communeByCode(request.communeCode(), request.decisionDate())
                .filter(u -> u.existsOn(request.decisionDate()))
                .orElseThrow(() -> ApiException.unprocessable("No commune carried code " + request.communeCode() + " on "
                        + request.decisionDate() + ".", List.of(new Problem.FieldError("communeCode",
                        "no unit with this code existed on the decision date " + request.decisionDate()))));
        requireWrite(unit.provinceCode(), request.decisionDate());
        return record(unit, request.level(), request.criteriaSetCode(), request.recognitionYear(), request.decisionNumber(),
                request.decisionDate(), request.signer(), request.outstandingField(), null, request.note());
    }

    @Transactional
    public RecognitionEntity revoke(UUID id, RevocationRequest request) {
        RecognitionEntity recognition = RecognitionEntity.findById(id);
        if (recognition == null) {
            throw ApiException.notFound("Recognition", id);
        }
        requireWrite(units.communeById(recognition.unitId).map(UnitRef::provinceCode).orElse(null), request.decisionDate());
        if (recognition.revokedOn != null) {
            throw ApiException.conflict("This recognition was already revoked on " + recognition.revokedOn + " by decision "
                    + recognition.revocationDecisionNumber + ".");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.decisionDate().isBefore(recognition.decisionDate)) {
            errors.add(new Problem.FieldError("decisionDate", "must be on or after the recognition's decision date " + recognition.decisionDate));
        }
        if (request.decisionDate().isAfter(today.date())) {
            errors.add(new Problem.FieldError("decisionDate", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("The revocation cannot be recorded.", errors);
        }
        recognition.revokedOn = request.decisionDate();
        recognition.revocationDecisionNumber = VietnameseText.nfc(request.decisionNumber());
        recognition.revocationReason = VietnameseText.nfc(request.reason());
        recognition.revocationRecordedAt = Instant.now();
        recognition.revocationRecordedBy = actorName();
        RecognitionEntity.flush();
        eligibilities.refreshSuccessorsOf(recognition.unitId);
        changed.fire(new UnitCaches.Changed("recognition revoked"));
        return recognition;
    }

    /**
     * The level the unit holds on {@code asOf}: its own highest recognition or acknowledgement in force. A merged unit
     * without one holds none; its view says whether it is eligible for acknowledgement (issue 16).
     */
    @Override
    @Transactional
    public LevelStatus of(UnitRef unit, LocalDate asOf) {
        Optional<RecognitionEntity> own = RecognitionEntity.<RecognitionEntity>find(
                        "unitId = ?1 and decisionDate <= ?2 and (revokedOn is null or revokedOn > ?2)", unit.id(), asOf)
                .stream().max((a, b) -> a.level != b.level ? a.level.compareTo(b.level) : a.decisionDate.compareTo(b.decisionDate));
        if (own.isPresent()) {
            RecognitionEntity r = own.get();
            return new LevelStatus(r.level, LevelStatus.OWN, r.criteriaSetCode, r.decisionDate, false, r.kind, null, null);
        }
        if (asOf.isBefore(unit.validFrom())) {
            return LevelStatus.none();
        }
        List<AcknowledgementRule.Predecessor> predecessors = eligibilities.predecessors(unit.id());
        if (predecessors.isEmpty()) {
            return LevelStatus.none();
        }
        AcknowledgementRule.Outcome outcome = AcknowledgementRule.apply(predecessors);
        List<LevelStatus.Source> sources = predecessors.stream().map(p -> {
            AcknowledgementRule.Held top = p.held().stream().max(java.util.Comparator.comparing(AcknowledgementRule.Held::level)).orElse(null);
            return new LevelStatus.Source(p.code(), p.name(), p.validTo(), top == null ? null : top.level(),
                    top == null ? null : top.criteriaSetCode(), top == null ? null : top.recognitionId());
        }).toList();
        AcknowledgementRule.Option top = outcome.highest().orElse(null);
        LevelStatus.Eligibility eligibility = new LevelStatus.Eligibility(outcome.eligible(), top == null ? null : top.level(),
                top == null ? null : top.criteriaSetCode(), outcome.merge().name(), outcome.composition().name(),
                outcome.reasons().stream().map(AcknowledgementRule.Reason::code).distinct().toList());
        return new LevelStatus(null, LevelStatus.NONE, null, null, outcome.reappraisalRequired(), null, sources, eligibility);
    }

    /** Refuses a write the actor's province may not make on a unit of {@code provinceCode}, for an act of that date. */
    void requireWrite(String provinceCode, LocalDate actDate) {
        Actor a = actor.get().get();
        if (provinceCode == null) {
            vn.ntm.common.security.Scopes.requireProvince(a, null);
            return;
        }
        authority.requireWrite(a, provinceCode, actDate);
    }

    private RecognitionEntity record(UnitRef unit, Level level, String criteriaSetCode, int year, String decisionNumber,
            LocalDate decisionDate, String signer, String outstandingField, UUID dossierId, String note) {
        return record(unit, level, criteriaSetCode, year, decisionNumber, decisionDate, signer, outstandingField, dossierId, note,
                RecognitionEntity.RECOGNITION, null);
    }

    /** Records a decision of either kind; the acknowledgement feature adds what it rests on in the same transaction. */
    RecognitionEntity record(UnitRef unit, Level level, String criteriaSetCode, int year, String decisionNumber,
            LocalDate decisionDate, String signer, String outstandingField, UUID dossierId, String note, String kind,
            String overrideReason) {
        check(unit, level, year, decisionDate, outstandingField);
        String number = VietnameseText.nfc(decisionNumber);
        String set = criteriaSetCode.strip();
        if (RecognitionEntity.count("unitId = ?1 and level = ?2 and decisionNumber = ?3", unit.id(), level, number) > 0) {
            throw ApiException.conflict(unit.name() + " (" + unit.code() + ") already has a " + level + " recognition by decision " + number + ".");
        }
        Optional<RecognitionEntity> inForce = RecognitionEntity.<RecognitionEntity>find(
                "unitId = ?1 and level = ?2 and criteriaSetCode = ?3 and revokedOn is null", unit.id(), level, set).firstResultOptional();
        if (inForce.isPresent()) {
            throw ApiException.conflict(unit.name() + " (" + unit.code() + ") already holds " + level + " under " + set
                    + " by decision " + inForce.get().decisionNumber + " of " + inForce.get().decisionDate + "; revoke it first.");
        }
        if (level == Level.MODEL && config.modelRequiresAdvanced() && current(unit.id(), Level.ADVANCED, decisionDate).isEmpty()) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("unmet", List.of("ADVANCED_IN_FORCE"));
            context.put("communeCode", unit.code());
            context.put("decisionDate", decisionDate.toString());
            throw new ApiException(ProblemType.PRECONDITION_UNMET, unit.name() + " (" + unit.code()
                    + ") holds no ADVANCED recognition in force on " + decisionDate
                    + "; a model commune must already be advanced (QĐ 319/QĐ-TTg). Record its advanced recognition first.", null, context);
        }
        RecognitionEntity r = new RecognitionEntity();
        r.id = UUID.randomUUID();
        r.unitId = unit.id();
        r.level = level;
        r.criteriaSetCode = set;
        r.recognitionYear = year;
        r.decisionNumber = number;
        r.decisionDate = decisionDate;
        r.signer = VietnameseText.nfc(signer);
        r.outstandingField = outstandingField;
        r.dossierId = dossierId;
        r.note = VietnameseText.nfc(note);
        r.recordedAt = Instant.now();
        r.recordedBy = actorName();
        r.kind = kind;
        r.overrideReason = VietnameseText.nfc(overrideReason);
        r.persistAndFlush();
        eligibilities.refreshSuccessorsOf(unit.id());
        changed.fire(new UnitCaches.Changed("recognition recorded"));
        return r;
    }

    private void check(UnitRef unit, Level level, int year, LocalDate decisionDate, String outstandingField) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (level == null) {
            errors.add(new Problem.FieldError("level", "is required"));
        }
        if (unit.type() != UnitType.XA) {
            errors.add(new Problem.FieldError("communeCode", unit.name() + " (" + unit.code() + ") is a " + unit.type()
                    + "; only rural communes (XA) are recognised under the NTM programme"));
        }
        if (!unit.existsOn(decisionDate)) {
            errors.add(new Problem.FieldError("decisionDate", unit.name() + " (" + unit.code() + ") existed from " + unit.validFrom()
                    + (unit.validTo() == null ? "" : " to " + unit.validTo()) + "; the decision date is outside that"));
        }
        if (decisionDate.isAfter(today.date())) {
            errors.add(new Problem.FieldError("decisionDate", "must not be in the future"));
        }
        if (year > decisionDate.getYear() || year < decisionDate.getYear() - config.maxYearsBeforeDecision()) {
            errors.add(new Problem.FieldError("recognitionYear", "must be the decision's year or at most "
                    + config.maxYearsBeforeDecision() + " year(s) before it (" + (decisionDate.getYear() - config.maxYearsBeforeDecision())
                    + "–" + decisionDate.getYear() + ")"));
        }
        if (level == Level.MODEL && (outstandingField == null || outstandingField.isBlank())) {
            errors.add(new Problem.FieldError("outstandingField", "is required for a MODEL recognition (e.g. PRODUCTION, EDUCATION, CULTURE)"));
        }
        if (level != null && level != Level.MODEL && outstandingField != null) {
            errors.add(new Problem.FieldError("outstandingField", "applies to MODEL recognitions only"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("The recognition cannot be recorded.", errors);
        }
    }

    String actorName() {
        if (!Arc.container().requestContext().isActive() || !actor.isResolvable()) {
            return "system";
        }
        Actor a = actor.get().get();
        return a.subject();
    }
}
