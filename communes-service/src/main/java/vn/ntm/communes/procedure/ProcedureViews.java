package vn.ntm.communes.procedure;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem.FieldError;
import vn.ntm.communes.Level;
import vn.ntm.communes.procedure.ProcedureApi.Summary;
import vn.ntm.communes.procedure.ProcedureApi.SurveyRuleView;
import vn.ntm.communes.procedure.ProcedureApi.VersionView;
import vn.ntm.communes.procedure.ProcedureDocument.SurveyRule;

/** Procedure versions as the API shows them, and the survey rule in force (the one rule campaign-service reads). */
@ApplicationScoped
public class ProcedureViews {

    @Inject
    ProcedureCatalogue catalogue;

    @Inject
    java.time.Clock clock;

    public PageResponse<Summary> list(PageQuery page) {
        var query = ProcedureVersionEntity.<ProcedureVersionEntity>findAll(Sort.by("code").and("version"));
        long total = query.count();
        List<Summary> items = query.page(Page.of(page.page(), page.size())).<ProcedureVersionEntity>list().stream().map(e -> {
            ProcedureDocument d = catalogue.parse(e);
            LocalDate supersededOn = supersededOn(e);
            return new Summary(e.code, e.version, status(e, supersededOn), e.titleVi, e.periodFrom, e.periodTo, e.effectiveFrom, supersededOn, d.levels());
        }).toList();
        return PageResponse.of(items, page, total);
    }

    public VersionView view(ProcedureVersionEntity e) {
        LocalDate supersededOn = supersededOn(e);
        return new VersionView(e.code, e.version, status(e, supersededOn), e.effectiveFrom, supersededOn, e.isDraft() ? e.draftRevision : null,
                e.createdBy, e.publishedAt, e.publishedBy, catalogue.parse(e));
    }

    /** GET .../survey-rule: the rule of the version in force for {@code level} on {@code date} (today by default). */
    public SurveyRuleView surveyRule(String levelText, String dateText) {
        List<FieldError> errors = new ArrayList<>();
        Level level = null;
        if (levelText == null || levelText.isBlank()) {
            errors.add(new FieldError("level", "is required: NTM, ADVANCED, MODEL or MODERN"));
        } else {
            try {
                level = Level.valueOf(levelText.strip());
            } catch (IllegalArgumentException ex) {
                errors.add(new FieldError("level", "must be NTM, ADVANCED, MODEL or MODERN"));
            }
        }
        LocalDate date = LocalDate.now(clock);
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText.strip());
            } catch (java.time.format.DateTimeParseException ex) {
                errors.add(new FieldError("date", "must be an ISO date, e.g. 2025-10-15"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        Optional<PinnedProcedure> inForce = catalogue.inForce(level, date);
        if (inForce.isEmpty()) {
            throw new ApiException(vn.ntm.common.problem.ProblemType.NOT_FOUND, "No published procedure version applies to " + level + " on " + date + ".");
        }
        PinnedProcedure p = inForce.get();
        Map<Level, SurveyRule> rules = p.document().surveyRules();
        SurveyRule rule = rules == null ? null : rules.get(level);
        if (rule == null) {
            throw new ApiException(vn.ntm.common.problem.ProblemType.NOT_FOUND, "Procedure version " + p.ruleVersion() + ", in force on " + date
                    + ", sets no satisfaction-survey rule for " + level + ".");
        }
        return new SurveyRuleView(p.code(), p.version(), p.ruleVersion(), level, rule.coverageFloor(), rule.passRate(), rule.source(), rule.confidence());
    }

    private LocalDate supersededOn(ProcedureVersionEntity e) {
        if (e.isDraft()) {
            return null;
        }
        return ProcedureVersionEntity.<ProcedureVersionEntity>find("code = ?1 AND status = 'PUBLISHED' AND version > ?2", Sort.by("version"), e.code, e.version)
                .firstResultOptional().map(n -> n.effectiveFrom).orElse(null);
    }

    private String status(ProcedureVersionEntity e, LocalDate supersededOn) {
        if (e.isDraft()) {
            return "DRAFT";
        }
        return supersededOn != null && !supersededOn.isAfter(LocalDate.now(clock)) ? "SUPERSEDED" : "PUBLISHED";
    }
}
