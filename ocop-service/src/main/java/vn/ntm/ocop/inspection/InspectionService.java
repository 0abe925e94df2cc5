package vn.ntm.ocop.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ntm.common.http.Versions;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.certificate.CertificateService;
import vn.ntm.ocop.certificate.RevocationRequest;
import vn.ntm.ocop.security.OcopAccess;
import vn.ntm.ocop.support.OcopClock;

/** Annual inspection plans, inspections with findings and outcome, follow-ups, and the work lists. */
@ApplicationScoped
public class InspectionService {

    private static final String SELECT = "from Inspection i join fetch i.plan join fetch i.certificate c join fetch c.product "
            + "left join fetch i.followUpOf left join fetch i.closedBy";

    @Inject
    CertificateService certificates;

    @Inject
    OcopAccess access;

    @Inject
    CurrentActor actor;

    @Inject
    OcopClock clock;

    public Map<String, InspectionItem> items() {
        return InspectionItem.<InspectionItem>listAll().stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
    }

    public List<InspectionView.ItemView> itemViews() {
        return InspectionItem.<InspectionItem>find("order by code").list().stream().map(InspectionMapper::item).toList();
    }

    @Transactional
    public InspectionPlan plan(InspectionRequests.Plan request) {
        access.requireProvince(request.provinceCode());
        if (InspectionPlan.count("provinceCode = ?1 and year = ?2", request.provinceCode(), request.year()) > 0) {
            throw ApiException.conflict("Province " + request.provinceCode() + " already has an inspection plan for " + request.year() + ".");
        }
        Set<String> numbers = request.certificates().stream().map(n -> n.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Certificate> planned = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String number : numbers) {
            Certificate c = certificates.find(number);
            if (!c.provinceCode.equals(request.provinceCode())) {
                errors.add(new Problem.FieldError("certificates", number + " was issued in province " + c.provinceCode
                        + ", not " + request.provinceCode()));
            } else if (!certificates.inForceDuring(c, request.year())) {
                errors.add(new Problem.FieldError("certificates", number + " is not in force on any day of " + request.year()
                        + " (in force " + c.firstValidDay() + " to " + c.validUntil
                        + (c.revokedOn != null ? ", revoked " + c.revokedOn : "") + ")"));
            }
            planned.add(c);
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("Only certificates of the province in force in the plan's year can be inspected.", errors);
        }
        InspectionPlan plan = new InspectionPlan();
        plan.id = UUID.randomUUID();
        plan.provinceCode = request.provinceCode();
        plan.year = request.year();
        plan.createdBy = actor.get().subject();
        plan.createdAt = Instant.now();
        plan.persist();
        for (Certificate c : planned) {
            newInspection(plan, c, null).persist();
        }
        return plan;
    }

    public InspectionPlan findPlan(UUID id) {
        InspectionPlan plan = InspectionPlan.<InspectionPlan>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("OCOP inspection plan", id));
        // another province's plan is not there for the caller, as one that does not exist (issue 20)
        access.requireVisible("OCOP inspection plan", id, () -> access.requireProvince(plan.provinceCode));
        return plan;
    }

    public InspectionView.PlanView planView(InspectionPlan plan) {
        List<Inspection> inspections = Inspection.<Inspection>find(SELECT + " where i.plan.id = ?1 order by c.number, i.createdAt", plan.id)
                .list();
        return InspectionMapper.plan(plan, inspections, items());
    }

    public Inspection find(UUID id) {
        Inspection found = Inspection.<Inspection>find(SELECT + " where i.id = ?1", id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("OCOP inspection", id));
        // another province's inspection is not there for the caller, as one that does not exist (issue 20)
        access.requireVisible("OCOP inspection", id, () -> access.requireProvince(found.provinceCode));
        return found;
    }

    public InspectionView view(Inspection i) {
        return InspectionMapper.view(i, items());
    }

    /** Records the findings and outcome of a planned inspection. */
    @Transactional
    public Inspection record(UUID id, String ifMatch, InspectionRequests.Outcome request) {
        Inspection found = find(id);
        Inspection i = Inspection.findById(found.id, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireCurrent(ifMatch, i.version);
        if (i.recorded()) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "Inspection " + id + " is already recorded (" + i.outcome
                    + "); a warning is closed by its follow-up.", null, Map.of("outcome", i.outcome.name()));
        }
        apply(i, request);
        return i;
    }

    /** The follow-up of a warning: a new inspection of the same certificate that closes it, whatever it concludes. */
    @Transactional
    public Inspection followUp(UUID warningId, String ifMatch, InspectionRequests.Outcome request) {
        Inspection found = find(warningId);
        Inspection warning = Inspection.findById(found.id, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireCurrent(ifMatch, warning.version);
        if (warning.outcome != InspectionOutcome.WARNING || warning.closedBy != null) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "Only an open warning is followed up; inspection " + warningId + " is "
                    + (warning.outcome == null ? "not recorded yet" : warning.closedBy != null ? "a warning already closed" : warning.outcome)
                    + ".", null, Map.of("outcome", warning.outcome == null ? "PLANNED" : warning.outcome.name()));
        }
        if (request.inspectedOn() != null && request.inspectedOn().isBefore(warning.inspectedOn)) {
            throw ApiException.unprocessable("A follow-up cannot precede the warning it follows up.",
                    List.of(new Problem.FieldError("inspectedOn", "must be on or after " + warning.inspectedOn)));
        }
        Inspection follow = newInspection(warning.plan, warning.certificate, warning);
        follow.persist();
        apply(follow, request);
        warning.closedBy = follow;
        warning.flush();
        return follow;
    }

    private Inspection newInspection(InspectionPlan plan, Certificate c, Inspection followUpOf) {
        Inspection i = new Inspection();
        i.id = UUID.randomUUID();
        i.plan = plan;
        i.certificate = c;
        i.provinceCode = plan.provinceCode;
        i.year = plan.year;
        i.followUpOf = followUpOf;
        i.createdAt = Instant.now();
        return i;
    }

    private void apply(Inspection i, InspectionRequests.Outcome request) {
        LocalDate today = clock.today();
        Map<String, InspectionItem> items = items();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.findings() == null || request.findings().isEmpty()) {
            errors.add(new Problem.FieldError("findings", "an outcome needs the findings on the items checked"));
        } else {
            Set<String> seen = new LinkedHashSet<>();
            for (int n = 0; n < request.findings().size(); n++) {
                String code = request.findings().get(n).item().strip().toUpperCase(Locale.ROOT);
                if (!items.containsKey(code)) {
                    errors.add(new Problem.FieldError("findings[" + n + "].item", "unknown inspection item '" + code + "'; known: "
                            + String.join(", ", new java.util.TreeSet<>(items.keySet()))));
                } else if (!seen.add(code)) {
                    errors.add(new Problem.FieldError("findings[" + n + "].item", "item " + code + " is listed twice"));
                }
            }
        }
        if (request.outcome() == InspectionOutcome.WARNING) {
            if (request.remedyDeadline() == null) {
                errors.add(new Problem.FieldError("remedyDeadline", "a warning needs a deadline for the remedy"));
            } else if (request.remedyDeadline().isBefore(today) || !request.remedyDeadline().isAfter(request.inspectedOn())) {
                errors.add(new Problem.FieldError("remedyDeadline", "must be after the inspection and not in the past (today is " + today + ")"));
            }
        } else if (request.remedyDeadline() != null) {
            errors.add(new Problem.FieldError("remedyDeadline", "only a WARNING has a deadline for remedy"));
        }
        if (request.outcome() == InspectionOutcome.PROPOSE_REVOCATION && request.revocationReason() == null) {
            errors.add(new Problem.FieldError("revocationReason", "a proposal to revoke needs the reason of the revocation"));
        }
        if (request.inspectedOn().getYear() < i.year) {
            errors.add(new Problem.FieldError("inspectedOn", "must be in the plan's year " + i.year + " or later (a follow-up)"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("The inspection's outcome cannot be recorded as sent.", errors);
        }
        i.inspectedOn = request.inspectedOn();
        i.inspector = VietnameseText.nfc(request.inspector());
        i.outcome = request.outcome();
        i.remedyDeadline = request.remedyDeadline();
        i.note = VietnameseText.nfc(request.note());
        i.findings.clear();
        for (InspectionRequests.FindingRequest f : request.findings()) {
            Finding finding = new Finding();
            finding.itemCode = f.item().strip().toUpperCase(Locale.ROOT);
            finding.compliant = f.compliant();
            finding.note = VietnameseText.nfc(f.note());
            i.findings.add(finding);
        }
        if (i.outcome == InspectionOutcome.PROPOSE_REVOCATION) {
            // the existing revocation, with this inspection as its reason: same checks (in force, not before issue), same record
            String failed = i.findings.stream().filter(f -> !f.compliant).map(f -> f.itemCode).collect(Collectors.joining(", "));
            certificates.revokeOnInspection(i.certificate.id, new RevocationRequest(request.revocationReason(),
                    "Kiểm tra OCOP hằng năm " + i.year + " ngày " + i.inspectedOn + " (inspection " + i.id + ")"
                            + (failed.isEmpty() ? "" : "; không đạt: " + failed) + (i.note == null ? "" : "; " + i.note),
                    request.decisionNumber(), i.inspectedOn));
        }
        i.flush();
    }

    /** Planned inspections of the year not yet recorded, for a province officer's province (every province for administrators). */
    public PageResponse<InspectionView> due(String province, Integer year, PageQuery page) {
        String scoped = access.listingProvince(province);
        int y = year == null ? clock.today().getYear() : year;
        String where = " where i.year = :year and i.outcome is null and i.followUpOf is null"
                + (scoped == null ? "" : " and i.provinceCode = :province");
        Map<String, Object> params = scoped == null ? Map.of("year", y) : Map.of("year", y, "province", scoped);
        return page(where, params, "c.validUntil, c.number", page);
    }

    /** Warnings whose deadline has passed without a follow-up. */
    public PageResponse<InspectionView> overdueWarnings(String province, PageQuery page) {
        String scoped = access.listingProvince(province);
        String where = " where i.outcome = :warning and i.closedBy is null and i.remedyDeadline < :today"
                + (scoped == null ? "" : " and i.provinceCode = :province");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("warning", InspectionOutcome.WARNING, "today", clock.today()));
        if (scoped != null) {
            params.put("province", scoped);
        }
        return page(where, params, "i.remedyDeadline, c.number", page);
    }

    private PageResponse<InspectionView> page(String where, Map<String, Object> params, String order, PageQuery page) {
        long total = Inspection.find("select count(i) from Inspection i join i.certificate c" + where, params).project(Long.class)
                .singleResult();
        Map<String, InspectionItem> items = items();
        List<InspectionView> rows = Inspection.<Inspection>find(SELECT + where + " order by " + order, params)
                .page(page.page(), page.size()).list().stream().map(i -> InspectionMapper.view(i, items)).toList();
        return PageResponse.of(rows, page, total);
    }

    /** The last recorded inspection of a certificate, for the public verification. */
    public Optional<InspectionView.PublicStatus> lastInspection(Long certificateId) {
        return Inspection.<Inspection>find("certificate.id = ?1 and outcome is not null order by inspectedOn desc, createdAt desc", certificateId)
                .firstResultOptional().map(InspectionMapper::publicStatus);
    }
}
