package vn.ntm.communes.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.ntm.common.http.Versions;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem.FieldError;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Scopes;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.communes.assessment.AssessmentApi.AssessmentView;
import vn.ntm.communes.assessment.AssessmentApi.Evidence;
import vn.ntm.communes.assessment.AssessmentApi.EvaluationView;
import vn.ntm.communes.assessment.AssessmentApi.ImportRow;
import vn.ntm.communes.assessment.AssessmentApi.AssessmentListItem;
import vn.ntm.communes.assessment.AssessmentApi.NewAssessment;
import vn.ntm.communes.assessment.AssessmentApi.SetRef;
import vn.ntm.communes.assessment.AssessmentApi.Summary;
import vn.ntm.communes.assessment.AssessmentApi.ValueInput;
import vn.ntm.communes.assessment.AssessmentApi.ValueView;
import vn.ntm.communes.criteria.CriteriaSetDocument.Scope;
import vn.ntm.communes.criteria.CriteriaSetService;
import vn.ntm.communes.criteria.EffectiveCriteriaSet;
import vn.ntm.communes.criteria.IndicatorType;
import vn.ntm.communes.criteria.OutstandingFields;
import vn.ntm.communes.criteria.PublishedSet;
import vn.ntm.communes.criteria.ScopeKeys;
import vn.ntm.communes.criteria.ThresholdDimension;
import vn.ntm.communes.units.UnitDirectory;
import vn.ntm.communes.units.UnitRef;
import vn.ntm.communes.units.UnitType;

/** Opening assessments, recording indicator values and evaluating them. */
@ApplicationScoped
public class AssessmentService {

    private static final TypeReference<List<Evidence>> EVIDENCE_LIST = new TypeReference<>() {
    };

    @Inject
    UnitDirectory units;

    @Inject
    CriteriaSetService criteriaSets;

    @Inject
    EvaluationService evaluations;

    @Inject
    OutstandingFields outstandingFields;

    @Inject
    CurrentActor currentActor;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    FrozenAssessments frozenAssessments;

    @Inject
    jakarta.enterprise.inject.Instance<IndicatorFlags> flags;

    @Inject
    Clock clock;

    @Transactional
    public AssessmentView open(NewAssessment request) {
        int year = request.year();
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = request.unitAsOf() != null ? request.unitAsOf()
                : LocalDate.of(year, 12, 31).isAfter(today) && today.getYear() == year ? today : LocalDate.of(year, 12, 31);
        Optional<UnitRef> commune = units.communeByCode(request.communeCode(), asOf).filter(u -> existsDuring(u, year));
        requireScope(commune, request.communeCode());
        List<FieldError> errors = new ArrayList<>();
        LocalDate assessmentDate = request.assessmentDate() != null ? request.assessmentDate() : asOf;
        PublishedSet set = (request.criteriaSetVersion() == null
                ? criteriaSets.inForce(request.criteriaSetCode(), assessmentDate).or(() -> criteriaSets.latest(request.criteriaSetCode()))
                : criteriaSets.byVersion(request.criteriaSetCode(), request.criteriaSetVersion())).orElse(null);
        if (set == null) {
            throw ApiException.unprocessable("Unknown criteria set.", List.of(new FieldError("criteriaSetCode", "criteria set '"
                    + request.criteriaSetCode() + "'" + (request.criteriaSetVersion() == null ? "" : " version " + request.criteriaSetVersion())
                    + " does not exist; list them with GET /api/v1/criteria-sets")));
        }
        var doc = set.document();
        if (doc.isOverlay()) {
            throw ApiException.unprocessable("An assessment uses a national set.", List.of(new FieldError("criteriaSetCode",
                    "'" + set.code() + "' is a provincial overlay of " + doc.baseCode() + "; assess against " + doc.baseCode()
                            + " and the overlay is applied automatically")));
        }
        if (year < doc.periodFrom() || year > doc.periodTo()) {
            errors.add(new FieldError("year", set.code() + " applies to " + doc.periodFrom() + "–" + doc.periodTo()));
        }
        if (request.unitAsOf() != null && request.unitAsOf().getYear() != year) {
            errors.add(new FieldError("unitAsOf", "must be a day of " + year));
        }
        if (request.thresholdScope() != null && (request.thresholdScopeReason() == null || request.thresholdScopeReason().isBlank())) {
            errors.add(new FieldError("thresholdScopeReason", "say why thresholdScope differs from the commune's own"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("The assessment cannot be opened.", errors);
        }
        UnitRef unit = commune.orElseThrow(() -> ApiException.unprocessable("Unknown commune.", List.of(new FieldError("communeCode",
                "no commune-level unit carries code " + request.communeCode() + " in " + year + " (looked up on " + asOf + ")"))));
        if (unit.type() != UnitType.XA) {
            throw ApiException.unprocessable("Only communes are assessed.", List.of(new FieldError("communeCode",
                    unit.name() + " (" + unit.code() + ") is a " + unit.type() + "; only communes (XA) are in the NTM programme")));
        }
        Set<String> scopes = doc.scopes().stream().map(Scope::code).collect(Collectors.toSet());
        String scope;
        if (request.thresholdScope() != null) {
            scope = request.thresholdScope();
        } else if (doc.thresholdDimension() == ThresholdDimension.REGION) {
            scope = ScopeKeys.of(unit.region());
        } else {
            // the commune group in force on the assessment date is read when evaluating (it may be recorded later)
            scope = null;
        }
        if (scope == null && doc.thresholdDimension() == ThresholdDimension.REGION) {
            throw ApiException.unprocessable("The commune's region is not known.", List.of(new FieldError("thresholdScope",
                    unit.name() + " (" + unit.code() + ") has no single region (its province's predecessors lie in several): name the scope whose "
                            + "thresholds apply, with thresholdScopeReason (" + String.join(", ", scopes.stream().sorted().toList()) + ")")));
        }
        if (scope != null && !scopes.contains(scope)) {
            throw ApiException.unprocessable("No thresholds for this region.", List.of(new FieldError("thresholdScope",
                    "'" + scope + "' (" + unit.name() + ", region " + unit.region() + ") is not one of the scopes of " + set.code() + ": "
                            + String.join(", ", scopes.stream().sorted().toList()))));
        }
        AssessmentEntity a = new AssessmentEntity();
        a.id = UUID.randomUUID();
        a.unitId = unit.id();
        a.communeCode = unit.code();
        a.communeName = VietnameseText.nfc(unit.name());
        a.provinceCode = unit.provinceCode();
        a.criteriaSetId = set.id();
        a.overlaySetId = criteriaSets.latestOverlay(set.code(), unit.provinceCode()).map(PublishedSet::id).orElse(null);
        a.year = year;
        a.thresholdScope = scope;
        a.thresholdScopeReason = VietnameseText.nfc(request.thresholdScopeReason());
        a.assessmentDate = assessmentDate;
        a.versionPinned = request.criteriaSetVersion() != null || doc.thresholdDimension() != ThresholdDimension.COMMUNE_GROUP;
        a.createdAt = Instant.now(clock);
        a.createdBy = currentActor.get().subject();
        a.updatedAt = a.createdAt;
        a.persist();
        em.flush();
        return view(a);
    }

    /**
     * A commune officer opens assessments of its own commune only, a province officer of its province's communes. An
     * unknown code is refused as such (422) further on, unless the token is scoped to another commune anyway.
     */
    private void requireScope(Optional<UnitRef> commune, String communeCode) {
        Actor actor = currentActor.get();
        if (commune.isPresent()) {
            Scopes.requireCommune(actor, commune.get().provinceCode(), commune.get().code());
        } else if (actor.communeCode() != null) {
            Scopes.requireCommune(actor, null, communeCode);
        }
    }

    /**
     * Scope before existence (issue 20): refuses, with 403, a caller who cannot act on the commune carrying
     * {@code communeCode} in {@code year}, before anything tells whether a record named in the request exists. The code
     * is looked up on the first and the last day of the year (capped at today), since codes changed hands on 1 July
     * 2025: a caller reaching either unit passes here, and the record's own commune is checked once it is found.
     */
    public void requireCommuneInScope(String communeCode, int year) {
        Actor actor = currentActor.get();
        if (actor.communeCode() != null || actor.hasRole(vn.ntm.common.security.Roles.ADMINISTRATOR)) {
            Scopes.requireCommune(actor, null, communeCode);
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<UnitRef> candidates = new ArrayList<>();
        for (LocalDate day : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            if (!day.isAfter(today)) {
                units.communeByCode(communeCode, day).filter(u -> existsDuring(u, year)).ifPresent(candidates::add);
            }
        }
        if (!candidates.isEmpty() && candidates.stream().noneMatch(u -> Scopes.reaches(actor, u.provinceCode(), u.code()))) {
            Scopes.requireCommune(actor, candidates.get(0).provinceCode(), candidates.get(0).code());
        }
    }

    /** Only the assessment's own commune officer, or an officer of its province, records its values. */
    private void requireScope(AssessmentEntity a) {
        Scopes.requireCommune(currentActor.get(), a.provinceCode, a.communeCode);
    }

    private static boolean existsDuring(UnitRef u, int year) {
        return !u.validFrom().isAfter(LocalDate.of(year, 12, 31)) && (u.validTo() == null || !u.validTo().isBefore(LocalDate.of(year, 1, 1)));
    }

    public AssessmentEntity find(UUID id) {
        AssessmentEntity a = AssessmentEntity.findById(id);
        if (a == null) {
            throw ApiException.notFound("Assessment", id);
        }
        return a;
    }

    public AssessmentView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public AssessmentView record(UUID id, String indicatorCode, ValueInput input, String ifMatch) {
        AssessmentEntity a = find(id);
        requireScope(a);
        long expected = Versions.requestedVersion(ifMatch);
        checkVersion(a, expected);
        EffectiveCriteriaSet set = evaluations.effectiveSet(a);
        boolean frozen = frozenAssessments.checkNotFrozen(a, set, List.of(indicatorCode));
        EffectiveCriteriaSet.Indicator indicator = set.indicator(indicatorCode)
                .orElseThrow(() -> ApiException.notFound("Indicator", indicatorCode + "' of criteria set '" + set.base().code()));
        List<FieldError> errors = new ArrayList<>();
        Parsed parsed = parse(indicator, input.value(), "value", a.provinceCode, errors);
        if (!errors.isEmpty()) {
            throw indicator.definition().type() == IndicatorType.RECOGNITION
                    ? ApiException.unprocessable(errors.get(0).message(), errors) : ApiException.invalidFields(errors);
        }
        String before = frozen ? FrozenAssessments.valueText(indicatorCode, a) : null;
        store(a, indicatorCode, parsed, input.evidence(), input.note());
        if (frozen) {
            frozenAssessments.corrected(a, set, indicatorCode, before);
        }
        touch(a);
        return view(a);
    }

    /** All rows or none: every bad row is reported with its index. */
    @Transactional
    public AssessmentView importValues(UUID id, List<ImportRow> rows, String ifMatch) {
        AssessmentEntity a = find(id);
        requireScope(a);
        long expected = Versions.requestedVersion(ifMatch);
        checkVersion(a, expected);
        EffectiveCriteriaSet set = evaluations.effectiveSet(a);
        boolean frozen = frozenAssessments.checkNotFrozen(a, set, rows.stream().map(ImportRow::indicatorCode).toList());
        List<FieldError> errors = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            ImportRow row = rows.get(r);
            String at = "values[" + r + "]";
            if (!seen.add(row.indicatorCode())) {
                errors.add(new FieldError(at + ".indicatorCode", "indicator " + row.indicatorCode() + " appears twice in the import"));
                parsed.add(null);
                continue;
            }
            var indicator = set.indicator(row.indicatorCode());
            if (indicator.isEmpty()) {
                errors.add(new FieldError(at + ".indicatorCode", "indicator '" + row.indicatorCode() + "' is not in " + set.base().code()
                        + (set.overlay() == null ? "" : " or its overlay " + set.overlay().code())));
                parsed.add(null);
                continue;
            }
            parsed.add(parse(indicator.get(), row.value(), at + ".value", a.provinceCode, errors));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        for (int r = 0; r < rows.size(); r++) {
            String code = rows.get(r).indicatorCode();
            String before = frozen ? FrozenAssessments.valueText(code, a) : null;
            store(a, code, parsed.get(r), rows.get(r).evidence(), rows.get(r).note());
            if (frozen) {
                frozenAssessments.corrected(a, set, code, before);
            }
        }
        touch(a);
        return view(a);
    }

    public EvaluationView evaluation(UUID id, LocalDate asOf) {
        AssessmentEntity a = find(id);
        LocalDate on = asOf == null ? LocalDate.now(clock) : asOf;
        return evaluationView(a, evaluations.effectiveSet(a), on, false);
    }

    /**
     * The assessment's values against another version of its own set, a draft included: a simulation, marked as
     * such, that decides nothing.
     */
    public EvaluationView simulate(UUID id, int version, LocalDate asOf) {
        AssessmentEntity a = find(id);
        PublishedSet own = evaluations.effectiveSet(a).base();
        PublishedSet other = criteriaSets.anyVersion(own.code(), version)
                .orElseThrow(() -> ApiException.notFound("Criteria set", own.code() + " version " + version));
        EffectiveCriteriaSet set = EffectiveCriteriaSet.of(other, criteriaSets.latestOverlay(other.code(), a.provinceCode).orElse(null));
        return evaluationView(a, set, asOf == null ? LocalDate.now(clock) : asOf, true);
    }

    private EvaluationView evaluationView(AssessmentEntity a, EffectiveCriteriaSet set, LocalDate on, boolean simulation) {
        Evaluation e = evaluations.evaluate(set, a, values(a.id), on);
        List<String> warnings = new ArrayList<>(EvaluationService.warnings(e));
        if (simulation) {
            warnings.add(0, "SIMULATION against " + set.base().code() + " version " + set.base().version() + (set.base().draft() ? " (a draft)" : "")
                    + ": this is not the assessment's evaluation and decides nothing.");
        }
        return new EvaluationView(a.id, a.communeCode, a.communeName, a.year, set.level(), ref(set.base()),
                set.overlay() == null ? null : ref(set.overlay()), evaluations.scope(a, set), on, e.criteria(), e.criteriaMet(), e.criteriaTotal(),
                e.criteriaMetText(), e.eligible(), e.complete(), e.unverifiedThresholdsUsed(), e.revocation(), List.copyOf(warnings),
                e.verdict(), e.verdictReason(), e.blockingIndicators(), a.assessmentDate, evaluations.group(a, set).orElse(null),
                evaluations.revocationNote(set.base()), simulation);
    }

    /** The evaluation of an assessment as the certification workflow sees it. */
    public Evaluation evaluate(AssessmentEntity a, LocalDate asOf) {
        return evaluations.evaluate(a, values(a.id), asOf);
    }

    public PageResponse<AssessmentListItem> list(String commune, Integer year, PageQuery page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (commune != null) {
            where.append(" AND communeCode = :commune");
            params.put("commune", commune);
        }
        if (year != null) {
            where.append(" AND year = :year");
            params.put("year", year);
        }
        var query = AssessmentEntity.find(where.toString(), Sort.by("year").descending().and("createdAt", Sort.Direction.Descending)
                .and("id"), params);
        long total = query.count();
        List<AssessmentEntity> found = query.page(Page.of(page.page(), page.size())).list();
        Map<UUID, List<AssessmentValueEntity>> values = found.isEmpty() ? Map.of()
                : AssessmentValueEntity.<AssessmentValueEntity>list("key.assessmentId IN ?1", found.stream().map(x -> x.id).toList())
                .stream().collect(Collectors.groupingBy(v -> v.key.assessmentId));
        LocalDate today = LocalDate.now(clock);
        List<AssessmentListItem> items = found.stream().map(a -> {
            Evaluation e = evaluations.evaluate(a, values.getOrDefault(a.id, List.of()), today);
            EffectiveCriteriaSet set = evaluations.effectiveSet(a);
            return new AssessmentListItem(a.id, a.communeCode, a.communeName, a.provinceCode, a.year, ref(set.base()),
                    set.overlay() == null ? null : ref(set.overlay()), a.createdAt, a.updatedAt, e.criteriaMet(), e.criteriaTotal(),
                    e.criteriaMetText(), e.eligible());
        }).toList();
        return PageResponse.of(items, page, total);
    }

    public vn.ntm.communes.Level levelOf(AssessmentEntity a) {
        return criteriaSets.byId(a.criteriaSetId).level();
    }

    public String setCodeOf(AssessmentEntity a) {
        return criteriaSets.byId(a.criteriaSetId).code();
    }

    /** The set the assessment is evaluated against (its period decides which levels and rules apply). */
    public PublishedSet setOf(AssessmentEntity a) {
        return evaluations.effectiveSet(a).base();
    }

    /** The outstanding field (model communes) recorded on the assessment, if any. */
    public String outstandingField(AssessmentEntity a) {
        return evaluations.effectiveSet(a).indicators().stream()
                .filter(i -> i.definition().type() == IndicatorType.CHOICE && "OUTSTANDING_FIELDS".equals(i.definition().choices()))
                .findFirst()
                .map(i -> AssessmentValueEntity.<AssessmentValueEntity>findById(new AssessmentValueEntity.Key(a.id, i.code())))
                .map(v -> v.choice).orElse(null);
    }

    private record Parsed(BigDecimal number, Boolean passed, String choice) {
    }

    private Parsed parse(EffectiveCriteriaSet.Indicator indicator, JsonNode value, String field, String provinceCode, List<FieldError> errors) {
        var def = indicator.definition();
        String what = "indicator " + def.code() + " is " + def.type();
        switch (def.type()) {
            case NUMERIC -> {
                if (value == null || !value.isNumber()) {
                    errors.add(new FieldError(field, what + ": send a number" + (def.unit() == null ? "" : " in " + def.unit())));
                    return null;
                }
                BigDecimal number = value.decimalValue();
                if (number.abs().compareTo(new BigDecimal("100000000000000")) >= 0 || number.stripTrailingZeros().scale() > 4) {
                    errors.add(new FieldError(field, "must be less than 10^14 with at most 4 decimals"));
                    return null;
                }
                if ("%".equals(def.unit()) && (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0)) {
                    errors.add(new FieldError(field, "is a percentage: between 0 and 100"));
                    return null;
                }
                return new Parsed(number, null, null);
            }
            case PASS_FAIL -> {
                if (value == null || !value.isBoolean()) {
                    errors.add(new FieldError(field, what + ": send true (đạt) or false (không đạt)"));
                    return null;
                }
                return new Parsed(null, value.booleanValue(), null);
            }
            case CHOICE -> {
                Set<String> allowed = outstandingFields.choices(def.choices(), provinceCode);
                if (value == null || !value.isTextual() || !allowed.contains(value.textValue())) {
                    errors.add(new FieldError(field, what + ": send one of " + (allowed.isEmpty()
                            ? "(none: the province " + provinceCode + " has defined no values yet)" : String.join(", ", allowed))));
                    return null;
                }
                return new Parsed(null, null, value.textValue());
            }
            case RECOGNITION -> {
                errors.add(new FieldError(field, what + ": it is read from the recognition registry, not recorded"));
                return null;
            }
            default -> throw new IllegalStateException();
        }
    }

    private void store(AssessmentEntity a, String code, Parsed parsed, List<Evidence> evidence, String note) {
        AssessmentValueEntity.Key key = new AssessmentValueEntity.Key(a.id, code);
        AssessmentValueEntity v = AssessmentValueEntity.findById(key);
        if (v == null) {
            v = new AssessmentValueEntity();
            v.key = key;
        }
        v.numericValue = parsed.number();
        v.passed = parsed.passed();
        v.choice = parsed.choice();
        v.evidence = writeEvidence(evidence == null ? List.of() : evidence.stream().map(e -> new Evidence(
                VietnameseText.nfc(e.documentNumber()), e.documentDate(), VietnameseText.nfc(e.title()), e.link())).toList());
        v.note = VietnameseText.nfc(note);
        v.recordedBy = currentActor.get().subject();
        v.recordedAt = Instant.now(clock);
        v.persist();
    }

    /** Changing a value changes the assessment: its version (ETag) moves on. */
    private void touch(AssessmentEntity a) {
        a.updatedAt = Instant.now(clock);
        em.flush();
    }

    static void checkVersion(AssessmentEntity a, long expected) {
        if (a.version != expected) {
            throw ApiException.staleVersion("Assessment " + a.id + " is at version " + a.version + "; you sent If-Match for version "
                    + expected + ". Read it again.");
        }
    }

    private List<AssessmentValueEntity> values(UUID id) {
        return AssessmentValueEntity.list("key.assessmentId", id);
    }

    public AssessmentView view(AssessmentEntity a) {
        EffectiveCriteriaSet set = evaluations.effectiveSet(a);
        List<AssessmentValueEntity> values = values(a.id);
        Map<String, Integer> criterionOf = new HashMap<>();
        Map<String, IndicatorType> typeOf = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (var c : set.criteria()) {
            for (var i : c.indicators()) {
                criterionOf.put(i.code(), c.number());
                typeOf.put(i.code(), i.definition().type());
                order.put(i.code(), order.size());
            }
        }
        List<ValueView> views = values.stream()
                .sorted(java.util.Comparator.comparingInt(v -> order.getOrDefault(v.key.indicatorCode, Integer.MAX_VALUE)))
                .map(v -> new ValueView(v.key.indicatorCode, criterionOf.getOrDefault(v.key.indicatorCode, 0), typeOf.get(v.key.indicatorCode),
                        v.numericValue, v.passed, v.choice, readEvidence(v.evidence), v.note, v.recordedBy, v.recordedAt)).toList();
        Evaluation e = evaluations.evaluate(a, values, LocalDate.now(clock));
        return new AssessmentView(a.id, a.communeCode, a.communeName, a.unitId, a.provinceCode, a.year, ref(set.base()),
                set.overlay() == null ? null : ref(set.overlay()), evaluations.scope(a, set), a.thresholdScopeReason, a.createdAt, a.createdBy,
                a.updatedAt, a.version, new Summary(e.criteriaMet(), e.criteriaTotal(), e.criteriaMetText(), e.eligible(), e.complete()), views,
                flags.stream().flatMap(f -> f.open(a.id).stream()).toList());
    }

    private SetRef ref(PublishedSet s) {
        return new SetRef(s.code(), s.version(), s.level());
    }

    private String writeEvidence(List<Evidence> evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Evidence> readEvidence(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, EVIDENCE_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
