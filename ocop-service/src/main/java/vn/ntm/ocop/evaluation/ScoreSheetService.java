package vn.ntm.ocop.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.ntm.common.problem.ApiException;
import vn.ntm.ocop.rules.RuleSet;
import vn.ntm.ocop.rules.ScorePart;
import vn.ntm.ocop.security.OcopAccess;

/**
 * Members file their own score sheet: the member is the caller's token subject, and only a member of the evaluation's
 * council may file ({@link OcopAccess#scoreSheetMember}). The evaluation row is locked while a sheet is written so that
 * members filing at the same time queue instead of failing; each filing moves the evaluation's version (ETag), so a
 * decision taken on an older read is refused.
 */
@ApplicationScoped
public class ScoreSheetService {

    @Inject
    OcopAccess access;

    @Inject
    EvaluationService evaluations;

    public record Filed(ScoreSheet sheet, boolean created, long evaluationVersion, RuleSet rules) {
    }

    @Transactional
    public Filed file(UUID evaluationId, ScoreSheetRequest request) {
        Evaluation evaluation = locked(evaluationId);
        // a member who may not even read the evaluation (another province's council) learns nothing of it: 404 (issue 20);
        // one who reads it but sits on another council level is refused with 403 by scoreSheetMember
        access.requireVisible("OCOP evaluation", evaluationId, () -> access.requireEvaluationRead(evaluation));
        String member = access.scoreSheetMember(evaluation);
        EvaluationService.requireOpen(evaluation);
        RuleSet rules = evaluations.rulesOf(evaluation);
        ScoreSheetValidator.Checked checked = ScoreSheetValidator.check(request, rules);

        Optional<ScoreSheet> existing = evaluation.sheets.stream().filter(s -> s.member.equals(member)).findFirst();
        ScoreSheet sheet = existing.orElseGet(ScoreSheet::new);
        sheet.member = member;
        sheet.partA = checked.parts().get(ScorePart.A);
        sheet.partB = checked.parts().get(ScorePart.B);
        sheet.partC = checked.parts().get(ScorePart.C);
        sheet.total = checked.total();
        sheet.filedAt = Instant.now();
        sheet.items.clear();
        sheet.items.addAll(checked.items());
        if (existing.isEmpty()) {
            sheet.evaluation = evaluation;
            evaluation.sheets.add(sheet);
        }
        evaluation.updatedAt = sheet.filedAt;
        evaluation.flush();
        return new Filed(sheet, existing.isEmpty(), evaluation.version, rules);
    }

    @Transactional
    public long withdraw(UUID evaluationId) {
        Evaluation evaluation = locked(evaluationId);
        // a member who may not even read the evaluation (another province's council) learns nothing of it: 404 (issue 20);
        // one who reads it but sits on another council level is refused with 403 by scoreSheetMember
        access.requireVisible("OCOP evaluation", evaluationId, () -> access.requireEvaluationRead(evaluation));
        String member = access.scoreSheetMember(evaluation);
        EvaluationService.requireOpen(evaluation);
        boolean removed = evaluation.sheets.removeIf(s -> s.member.equals(member));
        if (!removed) {
            throw ApiException.notFound("Score sheet of member", member);
        }
        evaluation.updatedAt = Instant.now();
        evaluation.flush();
        return evaluation.version;
    }

    private static Evaluation locked(UUID id) {
        Evaluation evaluation = Evaluation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (evaluation == null) {
            throw ApiException.notFound("OCOP evaluation", id);
        }
        return evaluation;
    }
}
