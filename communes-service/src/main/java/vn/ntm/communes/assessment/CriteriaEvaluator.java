package vn.ntm.communes.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ntm.communes.criteria.CriteriaSetDocument.DerivedThreshold;
import vn.ntm.communes.criteria.CriteriaSetDocument.IndicatorDef;
import vn.ntm.communes.criteria.CriteriaSetDocument.RequiredRecognition;
import vn.ntm.communes.criteria.EffectiveCriteriaSet;
import vn.ntm.communes.criteria.IndicatorType;
import vn.ntm.communes.criteria.ResolvedThreshold;
import vn.ntm.communes.assessment.Evaluation.CriterionResult;
import vn.ntm.communes.assessment.Evaluation.IndicatorResult;
import vn.ntm.communes.assessment.Evaluation.MissingReason;
import vn.ntm.communes.assessment.Evaluation.Status;

/**
 * Evaluates recorded values against a criteria set: each indicator MET / NOT_MET / MISSING, each criterion met only
 * when all its indicators are, the count of criteria met, eligibility, and the revocation test. Pure: everything it
 * needs from the database or other features comes in through {@link Inputs}.
 */
public final class CriteriaEvaluator {

    /** A recorded value: exactly one of the three is set. */
    public record RecordedValue(BigDecimal number, Boolean passed, String choice) {
    }

    /** What the evaluation needs besides the set. */
    public interface Inputs {
        /** Region (or commune group) key used to pick thresholds; null when unknown. */
        String scope();

        /** Why the scope is unknown (no commune group in force on the assessment date), or null. */
        default String scopeMissing() {
            return null;
        }

        int year();

        Optional<RecordedValue> value(String indicatorCode);

        /** Whether the commune holds the recognition a RECOGNITION indicator requires. */
        boolean holds(RequiredRecognition requirement);

        /** A derived threshold (another set's threshold times a configured factor), if that threshold exists. */
        Optional<ResolvedThreshold> derived(DerivedThreshold derived);

        /** The values a CHOICE indicator may take in the commune's province. */
        Set<String> choices(String list);
    }

    private CriteriaEvaluator() {
    }

    /** @param revocation the revocation rule, or {@code null} when the set is not subject to it (model conditions) */
    public static Evaluation evaluate(EffectiveCriteriaSet set, Inputs in, RevocationRule revocation) {
        List<CriterionResult> criteria = new ArrayList<>();
        int unverified = 0;
        boolean complete = true;
        for (EffectiveCriteriaSet.Criterion c : set.criteria()) {
            List<IndicatorResult> indicators = new ArrayList<>();
            for (EffectiveCriteriaSet.Indicator i : c.indicators()) {
                IndicatorResult r = indicator(i, in);
                if (Boolean.FALSE.equals(r.thresholdVerified())) {
                    unverified++;
                }
                indicators.add(r);
            }
            int met = (int) indicators.stream().filter(r -> r.status() == Status.MET).count();
            Status status = met == indicators.size() ? Status.MET
                    : indicators.stream().anyMatch(r -> r.status() == Status.NOT_MET) ? Status.NOT_MET : Status.MISSING;
            complete &= indicators.stream().noneMatch(r -> r.status() == Status.MISSING);
            var d = c.definition();
            criteria.add(new CriterionResult(d.number(), d.nameVi(), d.nameEn(), d.groupVi(), d.groupEn(), d.key(), status, met,
                    indicators.size(), List.copyOf(indicators)));
        }
        int met = (int) criteria.stream().filter(c -> c.status() == Status.MET).count();
        int total = criteria.size();
        RevocationRule.Result revocationResult = null;
        if (revocation != null) {
            revocationResult = revocation.evaluate(criteria.stream()
                    .map(c -> new RevocationRule.CriterionOutcome(c.number(), c.key(), c.status() == Status.MET)).toList(), !complete);
        }
        // precedence: see Evaluation.Verdict
        List<String> blocking = new ArrayList<>();
        List<String> definiteFailures = new ArrayList<>();
        for (EffectiveCriteriaSet.Criterion c : set.criteria()) {
            for (EffectiveCriteriaSet.Indicator i : c.indicators()) {
                IndicatorResult r = criteria.stream().filter(x -> x.number() == c.number()).findFirst().orElseThrow().indicators().stream()
                        .filter(x -> x.code().equals(i.code())).findFirst().orElseThrow();
                boolean doubtful = i.definition().textUnverified() || Boolean.FALSE.equals(r.thresholdVerified())
                        || (r.missing() != null && r.missing().contains(MissingReason.MISSING_THRESHOLD));
                if (doubtful) {
                    blocking.add(i.code());
                } else if (r.status() == Status.NOT_MET) {
                    definiteFailures.add(i.code());
                }
            }
        }
        Evaluation.Verdict verdict;
        String reason;
        if (in.scopeMissing() != null) {
            verdict = Evaluation.Verdict.UNDECIDABLE;
            reason = "Cannot be decided: " + in.scopeMissing();
        } else if (!definiteFailures.isEmpty()) {
            verdict = Evaluation.Verdict.NOT_ELIGIBLE;
            reason = "Not eligible: indicator(s) " + String.join(", ", definiteFailures) + " are not met on confirmed thresholds"
                    + (blocking.isEmpty() ? "." : "; " + blocking.size() + " other indicator(s) could not be decided: " + String.join(", ", blocking) + ".");
        } else if (!blocking.isEmpty()) {
            verdict = Evaluation.Verdict.UNDECIDABLE;
            reason = "Cannot be decided: " + blocking.size() + " indicator(s) rest on text or thresholds not confirmed from the official text "
                    + "(or have none): " + String.join(", ", blocking) + ".";
        } else if (!complete) {
            verdict = Evaluation.Verdict.INCOMPLETE;
            reason = "Incomplete: some indicators have no value recorded.";
        } else if (total > 0 && met == total) {
            verdict = Evaluation.Verdict.ELIGIBLE;
            reason = "Every criterion is met on confirmed thresholds.";
        } else {
            verdict = Evaluation.Verdict.NOT_ELIGIBLE;
            reason = "Not eligible: " + (total - met) + " criteria are not met.";
        }
        return new Evaluation(List.copyOf(criteria), met, total, met + "/" + total, verdict == Evaluation.Verdict.ELIGIBLE, complete, unverified,
                revocationResult, verdict, reason, List.copyOf(blocking));
    }

    static IndicatorResult indicator(EffectiveCriteriaSet.Indicator indicator, Inputs in) {
        IndicatorDef def = indicator.definition();
        Optional<RecordedValue> value = in.value(def.code());
        Boolean added = indicator.addedByOverlay() ? Boolean.TRUE : null;
        return switch (def.type()) {
            case NUMERIC -> numeric(indicator, value, in, added);
            case PASS_FAIL -> {
                Boolean passed = value.map(RecordedValue::passed).orElse(null);
                Status status = passed == null ? Status.MISSING : passed ? Status.MET : Status.NOT_MET;
                yield new IndicatorResult(def.code(), def.nameVi(), def.nameEn(), def.type(), status,
                        passed == null ? List.of(MissingReason.NO_VALUE) : null,
                        passed == null ? "no value recorded" : passed ? "đạt (met)" : "không đạt (not met)",
                        null, passed, null, null, null, null, null, null, null, null, added, null);
            }
            case RECOGNITION -> {
                boolean holds = in.holds(def.requires());
                yield new IndicatorResult(def.code(), def.nameVi(), def.nameEn(), def.type(), holds ? Status.MET : Status.NOT_MET, null,
                        (holds ? "holds a current " : "holds no current ") + def.requires().level() + " recognition under "
                                + def.requires().criteriaSetCode(), null, null, null, null, null, null, null, null, null, null, added, null);
            }
            case CHOICE -> {
                Set<String> allowed = in.choices(def.choices());
                String choice = value.map(RecordedValue::choice).orElse(null);
                List<MissingReason> missing = new ArrayList<>();
                if (allowed.isEmpty()) {
                    missing.add(MissingReason.NO_CHOICES_DEFINED);
                }
                if (choice == null) {
                    missing.add(MissingReason.NO_VALUE);
                }
                Status status = !missing.isEmpty() ? Status.MISSING : allowed.contains(choice) ? Status.MET : Status.NOT_MET;
                String detail = allowed.isEmpty() ? "the province has defined no " + def.choices().toLowerCase().replace('_', ' ')
                        : choice == null ? "no value recorded" : allowed.contains(choice) ? choice + " is one of the province's values"
                        : choice + " is not one of the province's values";
                yield new IndicatorResult(def.code(), def.nameVi(), def.nameEn(), def.type(), status, missing.isEmpty() ? null : missing,
                        detail, null, null, choice, null, null, null, null, null, null, null, added, allowed.stream().sorted().toList());
            }
        };
    }

    private static IndicatorResult numeric(EffectiveCriteriaSet.Indicator indicator, Optional<RecordedValue> value, Inputs in, Boolean added) {
        IndicatorDef def = indicator.definition();
        Optional<ResolvedThreshold> threshold = def.derivedThreshold() != null ? in.derived(def.derivedThreshold())
                : indicator.threshold(in.scope(), in.year());
        BigDecimal number = value.map(RecordedValue::number).orElse(null);
        List<MissingReason> missing = new ArrayList<>();
        if (number == null) {
            missing.add(MissingReason.NO_VALUE);
        }
        if (threshold.isEmpty()) {
            missing.add(MissingReason.MISSING_THRESHOLD);
        }
        String where = " (" + (in.scope() == null ? "no commune group" : in.scope()) + ", " + in.year() + ")";
        Status status;
        String detail;
        if (!missing.isEmpty()) {
            status = Status.MISSING;
            List<String> parts = new ArrayList<>();
            if (threshold.isEmpty()) {
                parts.add("missing threshold" + where + (def.derivedThreshold() != null
                        ? ": " + def.derivedThreshold().criteriaSetCode() + " has no threshold for indicator " + def.derivedThreshold().indicatorCode()
                        : def.thresholdNote() != null ? ": " + def.thresholdNote() : ""));
            }
            if (number == null) {
                parts.add("no value recorded");
            }
            detail = String.join("; ", parts);
        } else {
            boolean met = def.operator().test(number, threshold.get().value());
            status = met ? Status.MET : Status.NOT_MET;
            detail = number.stripTrailingZeros().toPlainString() + " " + def.operator().symbol() + " "
                    + threshold.get().value().stripTrailingZeros().toPlainString() + (met ? "" : " is false") + where;
        }
        ResolvedThreshold t = threshold.orElse(null);
        return new IndicatorResult(def.code(), def.nameVi(), def.nameEn(), IndicatorType.NUMERIC, status, missing.isEmpty() ? null : missing,
                detail, number, null, null, def.operator(), t == null ? null : t.value(), def.unit(), t == null ? null : t.verified(),
                t == null ? null : t.source(), t == null ? null : t.note(), t == null ? null : (t.fromOverlay() ? Boolean.TRUE : null), added, null);
    }
}
