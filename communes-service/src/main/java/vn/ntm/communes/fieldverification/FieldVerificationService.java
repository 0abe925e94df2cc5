package vn.ntm.communes.fieldverification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ntm.common.http.Versions;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem.FieldError;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Scopes;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.communes.assessment.AssessmentEntity;
import vn.ntm.communes.assessment.AssessmentService;
import vn.ntm.communes.assessment.AssessmentValueEntity;
import vn.ntm.communes.assessment.FrozenAssessments;
import vn.ntm.communes.assessment.EvaluationService;
import vn.ntm.communes.certification.DossierEntity;
import vn.ntm.communes.certification.DossierState;
import vn.ntm.communes.criteria.EffectiveCriteriaSet;
import vn.ntm.communes.criteria.IndicatorType;
import vn.ntm.communes.fieldverification.FieldVerificationApi.FieldVerificationView;
import vn.ntm.communes.fieldverification.FieldVerificationApi.FlagView;
import vn.ntm.communes.fieldverification.FieldVerificationApi.ItemInput;
import vn.ntm.communes.fieldverification.FieldVerificationApi.ItemView;
import vn.ntm.communes.fieldverification.FieldVerificationApi.NewFieldVerification;
import vn.ntm.communes.fieldverification.FieldVerificationApi.TeamMember;
import vn.ntm.communes.fieldverification.FieldVerificationApi.Withdrawal;
import vn.ntm.communes.signoff.DossierCriteria;

/**
 * Field verification records (issue 17). Recording one is checked in this order: role (403), dossier (404), province
 * (403), body and dates (400), indicators of the sample (422), the dossier open to checks (409); nothing is written
 * unless all pass. A contradicting finding opens a flag on the indicator.
 */
@ApplicationScoped
public class FieldVerificationService {

    private static final TypeReference<List<TeamMember>> TEAM = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    @Inject
    AssessmentService assessments;

    @Inject
    EvaluationService evaluations;

    @Inject
    CurrentActor currentActor;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public FieldVerificationView record(UUID dossierId, NewFieldVerification request) {
        Actor actor = currentActor.get();
        DossierEntity d = dossier(dossierId);
        Scopes.requireProvince(actor, d.provinceCode);
        checkDates(d, request.dateFrom(), request.dateTo());
        AssessmentEntity a = assessments.find(d.assessmentId);
        EffectiveCriteriaSet set = evaluations.effectiveSet(a);
        List<FieldError> badValues = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            ItemInput item = request.items().get(i);
            String at = "items[" + i + "]";
            Optional<EffectiveCriteriaSet.Indicator> indicator = set.indicator(item.indicatorCode());
            if (indicator.isEmpty()) {
                unknown.add(new FieldError(at + ".indicatorCode", "indicator '" + item.indicatorCode() + "' is not in the dossier's criteria set "
                        + set.base().code()));
                found.add(null);
                continue;
            }
            found.add(parse(indicator.get().definition().type(), item.foundValue(), at + ".foundValue", badValues, unknown));
        }
        if (!badValues.isEmpty()) {
            throw ApiException.invalidFields(badValues);
        }
        if (!unknown.isEmpty()) {
            throw ApiException.unprocessable("The sample names indicators that cannot be checked in the field.", unknown);
        }
        em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
        DossierCriteria.closedToChecks(d).ifPresent(reason -> {
            throw ApiException.conflict(reason + " Field verification is recorded between the submission and the council vote.");
        });

        FieldVerificationEntity v = new FieldVerificationEntity();
        v.id = UUID.randomUUID();
        v.dossierId = d.id;
        v.assessmentId = a.id;
        v.dateFrom = request.dateFrom();
        v.dateTo = request.dateTo();
        v.team = write(request.team().stream().map(m -> new TeamMember(VietnameseText.nfc(m.name().strip()), VietnameseText.nfc(m.role().strip()))).toList());
        v.villages = write(request.villages().stream().map(x -> VietnameseText.nfc(x.strip())).toList());
        v.conclusion = VietnameseText.nfc(request.conclusion());
        v.recordedBy = actor.subject();
        v.recordedRoles = actor.rolesText();
        v.recordedAt = Instant.now(clock);
        v.persist();
        for (int i = 0; i < request.items().size(); i++) {
            ItemInput in = request.items().get(i);
            int criterion = criterionOf(set, in.indicatorCode());
            AssessmentValueEntity declared = AssessmentValueEntity.findById(new AssessmentValueEntity.Key(a.id, in.indicatorCode()));
            String declaredText = FrozenAssessments.valueText(declared);
            FieldItemEntity item = new FieldItemEntity();
            item.verificationId = v.id;
            item.seq = i + 1;
            item.indicatorCode = in.indicatorCode();
            item.criterionNumber = criterion;
            item.village = VietnameseText.nfc(in.village());
            item.declaredValue = declaredText;
            item.foundValue = found.get(i);
            // nothing declared cannot be contradicted: the gap is the assessment's incompleteness, which its evaluation shows
            item.contradicts = declared != null && !same(declaredText, found.get(i));
            item.note = VietnameseText.nfc(in.note());
            item.persist();
            if (item.contradicts) {
                FieldFlagEntity flag = new FieldFlagEntity();
                flag.id = UUID.randomUUID();
                flag.verificationId = v.id;
                flag.dossierId = d.id;
                flag.assessmentId = a.id;
                flag.indicatorCode = item.indicatorCode;
                flag.criterionNumber = criterion;
                flag.declaredValue = declaredText;
                flag.foundValue = item.foundValue;
                flag.note = item.note;
                flag.state = FlagState.OPEN;
                flag.openedAt = v.recordedAt;
                flag.openedBy = actor.subject();
                flag.persist();
            }
        }
        em.flush();
        return view(v);
    }

    public PageResponse<FieldVerificationView> list(UUID dossierId, PageQuery page) {
        DossierEntity d = dossier(dossierId);
        Scopes.requireCommune(currentActor.get(), d.provinceCode, d.communeCode);
        var query = FieldVerificationEntity.find("dossierId", Sort.by("recordedAt").and("id"), d.id);
        long total = query.count();
        List<FieldVerificationView> items = query.page(Page.of(page.page(), page.size())).<FieldVerificationEntity>list().stream().map(this::view).toList();
        return PageResponse.of(items, page, total);
    }

    public FieldVerificationView get(UUID dossierId, UUID id) {
        DossierEntity d = dossier(dossierId);
        Scopes.requireCommune(currentActor.get(), d.provinceCode, d.communeCode);
        return view(verification(d, id));
    }

    /** The team withdraws its open flags on an indicator, with a reason; the council may then vote as far as they go. */
    @Transactional
    public FieldVerificationView withdraw(UUID dossierId, UUID id, Withdrawal request, String ifMatch) {
        Actor actor = currentActor.get();
        DossierEntity d = dossier(dossierId);
        Scopes.requireProvince(actor, d.provinceCode);
        FieldVerificationEntity v = verification(d, id);
        long expected = Versions.requestedVersion(ifMatch);
        em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(v, LockModeType.PESSIMISTIC_WRITE);
        if (v.version != expected) {
            throw ApiException.staleVersion("Field verification " + v.id + " is at version " + v.version + "; you sent If-Match for version "
                    + expected + ". Read it again.");
        }
        DossierCriteria.closedToChecks(d).ifPresent(reason -> {
            throw ApiException.conflict(reason);
        });
        List<FieldFlagEntity> open = FieldFlagEntity.list("verificationId = ?1 AND indicatorCode = ?2 AND state = ?3", v.id,
                request.indicatorCode(), FlagState.OPEN);
        if (open.isEmpty()) {
            throw ApiException.conflict("Field verification " + v.id + " has no open flag on indicator " + request.indicatorCode() + ". Nothing was changed.");
        }
        for (FieldFlagEntity f : open) {
            f.state = FlagState.WITHDRAWN;
            f.resolvedAt = Instant.now(clock);
            f.resolvedBy = actor.subject();
            f.resolutionReason = VietnameseText.nfc(request.reason());
        }
        // the record's version moves on with its flags
        em.lock(v, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
        return view(v);
    }

    private void checkDates(DossierEntity d, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        if (to.isBefore(from)) {
            errors.add(new FieldError("dateTo", "must not be before dateFrom"));
        }
        if (to.isAfter(today)) {
            errors.add(new FieldError("dateTo", "must not be in the future"));
        }
        if (from.isAfter(today)) {
            errors.add(new FieldError("dateFrom", "must not be in the future"));
        }
        LocalDate opened = DossierCriteria.step(d, DossierState.SELF_ASSESSMENT).map(s -> s.stepDate).orElse(null);
        if (opened != null && from.isBefore(opened)) {
            errors.add(new FieldError("dateFrom", "must not be before the dossier opened (" + opened + ")"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
    }

    /** The found value as the assessment writes values (see AssessmentService.valueText), or null after adding the error. */
    private static String parse(IndicatorType type, JsonNode value, String field, List<FieldError> badValues, List<FieldError> unknown) {
        switch (type) {
            case NUMERIC -> {
                if (!value.isNumber()) {
                    badValues.add(new FieldError(field, "the indicator is NUMERIC: send a number"));
                    return null;
                }
                return value.decimalValue().stripTrailingZeros().toPlainString();
            }
            case PASS_FAIL -> {
                if (!value.isBoolean()) {
                    badValues.add(new FieldError(field, "the indicator is PASS_FAIL: send true or false"));
                    return null;
                }
                return String.valueOf(value.booleanValue());
            }
            case CHOICE -> {
                if (!value.isTextual() || value.textValue().isBlank()) {
                    badValues.add(new FieldError(field, "the indicator is CHOICE: send its code"));
                    return null;
                }
                return value.textValue().strip();
            }
            default -> {
                unknown.add(new FieldError(field, "the indicator is a RECOGNITION, read from the registry: there is nothing to find in the field"));
                return null;
            }
        }
    }

    private static boolean same(String declared, String found) {
        try {
            return new BigDecimal(declared).compareTo(new BigDecimal(found)) == 0;
        } catch (NumberFormatException notNumbers) {
            return declared.equals(found);
        }
    }

    static int criterionOf(EffectiveCriteriaSet set, String indicatorCode) {
        return set.criteria().stream().filter(c -> c.indicators().stream().anyMatch(i -> i.code().equals(indicatorCode)))
                .mapToInt(EffectiveCriteriaSet.Criterion::number).findFirst().orElse(0);
    }

    FieldVerificationView view(FieldVerificationEntity v) {
        List<ItemView> items = FieldItemEntity.<FieldItemEntity>list("verificationId", Sort.by("seq"), v.id).stream()
                .map(i -> new ItemView(i.seq, i.indicatorCode, i.criterionNumber, i.village, i.declaredValue, i.foundValue, i.contradicts, i.note)).toList();
        List<FlagView> flags = FieldFlagEntity.<FieldFlagEntity>list("verificationId", Sort.by("openedAt").and("indicatorCode"), v.id).stream()
                .map(FieldVerificationService::flagView).toList();
        return new FieldVerificationView(v.id, v.dossierId, v.assessmentId, read(v.team, TEAM), v.dateFrom, v.dateTo, read(v.villages, NAMES), items,
                v.conclusion, v.recordedBy, v.recordedRoles, v.recordedAt, v.version, flags);
    }

    static FlagView flagView(FieldFlagEntity f) {
        return new FlagView(f.id, f.indicatorCode, f.criterionNumber, f.declaredValue, f.foundValue, f.note, f.state, f.openedAt, f.openedBy,
                f.resolvedAt, f.resolvedBy, f.resolutionReason, f.correctedValue);
    }

    private static DossierEntity dossier(UUID id) {
        DossierEntity d = DossierEntity.findById(id);
        if (d == null) {
            throw ApiException.notFound("Dossier", id);
        }
        return d;
    }

    private static FieldVerificationEntity verification(DossierEntity d, UUID id) {
        FieldVerificationEntity v = FieldVerificationEntity.findById(id);
        if (v == null || !v.dossierId.equals(d.id)) {
            throw ApiException.notFound("Field verification", id);
        }
        return v;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
