package vn.ntm.communes.procedure;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ntm.common.problem.Problem.FieldError;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.Level;
import vn.ntm.communes.certification.ActingBody;
import vn.ntm.communes.certification.DossierState;
import vn.ntm.communes.procedure.ProcedureDocument.LegalBasis;
import vn.ntm.communes.procedure.ProcedureDocument.Move;
import vn.ntm.communes.procedure.ProcedureDocument.Step;
import vn.ntm.communes.procedure.ProcedureDocument.SurveyRule;

/**
 * What makes a procedure version usable by the dossier workflow: known step codes (the dossier's step names), known
 * tiers and roles, moves between listed steps, survey rules between 0 and 1. Unknown precondition codes are checked
 * separately, at publication, because a draft may name a condition whose check is still being built.
 */
public final class ProcedureValidator {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,59}");
    static final Set<String> CONFIDENCE = Set.of("V", "R", "I");
    static final Set<String> MOVE_KINDS = Set.of("FORWARD", "RETURN", "REJECTION");
    static final Set<String> STEP_CODES = Arrays.stream(DossierState.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet());
    static final Set<String> BODIES = Arrays.stream(ActingBody.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet());
    /** Every role the platform's tokens carry, read from {@link Roles} so that a role added there is known here. */
    static final Set<String> ROLES = roles();

    private ProcedureValidator() {
    }

    public static List<FieldError> validate(ProcedureDocument d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            errors.add(new FieldError("code", "2 to 60 characters: capital letters, digits and '-'"));
        }
        if (blank(d.titleVi())) {
            errors.add(new FieldError("titleVi", "is required"));
        }
        if (d.periodFrom() == null) {
            errors.add(new FieldError("periodFrom", "is required"));
        } else if (d.periodTo() != null && d.periodTo().isBefore(d.periodFrom())) {
            errors.add(new FieldError("periodTo", "must not be before periodFrom (" + d.periodFrom() + ")"));
        }
        if (d.legalBasis() == null || d.legalBasis().isEmpty()) {
            errors.add(new FieldError("legalBasis", "name at least one instrument or practice, with its confidence (V, R or I)"));
        } else {
            for (int i = 0; i < d.legalBasis().size(); i++) {
                LegalBasis b = d.legalBasis().get(i);
                if (b == null || blank(b.text())) {
                    errors.add(new FieldError("legalBasis[" + i + "].text", "is required"));
                } else if (!CONFIDENCE.contains(b.confidence())) {
                    errors.add(new FieldError("legalBasis[" + i + "].confidence", "must be V (verified), R (reported) or I (inferred)"));
                }
            }
        }
        if (d.levels() == null || d.levels().isEmpty() || d.levels().contains(null)) {
            errors.add(new FieldError("levels", "name the levels the version applies to: " + Arrays.toString(Level.values())));
        } else if (new HashSet<>(d.levels()).size() != d.levels().size()) {
            errors.add(new FieldError("levels", "lists a level twice"));
        }
        Set<String> stepCodes = steps(d, errors);
        moves(d, stepCodes, errors);
        surveyRules(d, errors);
        return errors;
    }

    /** The precondition codes of {@code d} that no check knows, each as an error naming the step. */
    public static List<FieldError> unknownPreconditions(ProcedureDocument d, Set<String> known) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; d.steps() != null && i < d.steps().size(); i++) {
            Step s = d.steps().get(i);
            for (String code : s.preconditionsOrEmpty()) {
                if (!known.contains(code)) {
                    errors.add(new FieldError("steps[" + i + "].preconditions", "no check is installed for '" + code + "' (step " + s.code()
                            + "); known codes: " + String.join(", ", new java.util.TreeSet<>(known))));
                }
            }
        }
        return errors;
    }

    private static Set<String> steps(ProcedureDocument d, List<FieldError> errors) {
        Set<String> codes = new HashSet<>();
        if (d.steps() == null || d.steps().isEmpty()) {
            errors.add(new FieldError("steps", "list the steps in order"));
            return codes;
        }
        for (int i = 0; i < d.steps().size(); i++) {
            Step s = d.steps().get(i);
            String at = "steps[" + i + "]";
            if (s == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (s.code() == null || !STEP_CODES.contains(s.code())) {
                errors.add(new FieldError(at + ".code", "must be one of the dossier's steps: " + String.join(", ", STEP_CODES.stream().sorted().toList())));
            } else if (!codes.add(s.code())) {
                errors.add(new FieldError(at + ".code", "step " + s.code() + " is listed twice"));
            }
            if (blank(s.nameVi())) {
                errors.add(new FieldError(at + ".nameVi", "is required"));
            }
            if (blank(s.actingBody())) {
                errors.add(new FieldError(at + ".actingBody", "name the body that acts (e.g. UBND xã)"));
            }
            if (s.bodies() == null || s.bodies().isEmpty() || !BODIES.containsAll(s.bodies())) {
                errors.add(new FieldError(at + ".bodies", "name the tiers the step is taken for, among " + BODIES.stream().sorted().toList()));
            }
            if (s.roles() == null || s.roles().isEmpty() || !ROLES.containsAll(s.roles())) {
                errors.add(new FieldError(at + ".roles", "name the roles that record the step, among " + ROLES.stream().sorted().toList()));
            }
            if (s.preconditions() != null && s.preconditions().stream().anyMatch(ProcedureValidator::blank)) {
                errors.add(new FieldError(at + ".preconditions", "a precondition is named by a non-blank code"));
            }
            if (s.deadlineDays() != null && (s.deadlineDays() < 1 || s.deadlineDays() > 366)) {
                errors.add(new FieldError(at + ".deadlineDays", "must be between 1 and 366 days, or absent where no instrument sets one"));
            }
            if (s.deadlineDays() != null && blank(s.deadlineSource())) {
                errors.add(new FieldError(at + ".deadlineSource", "say where the deadline comes from"));
            }
            if (!CONFIDENCE.contains(s.basis())) {
                errors.add(new FieldError(at + ".basis", "must be V (verified), R (reported) or I (inferred)"));
            }
        }
        for (String required : List.of(DossierState.SELF_ASSESSMENT.name(), DossierState.RECOGNISED.name(), DossierState.REJECTED.name())) {
            if (!codes.isEmpty() && !codes.contains(required)) {
                errors.add(new FieldError("steps", "must contain " + required));
            }
        }
        if (!d.steps().isEmpty() && d.steps().get(0) != null && !DossierState.SELF_ASSESSMENT.name().equals(d.steps().get(0).code())) {
            errors.add(new FieldError("steps[0].code", "the dossier opens with SELF_ASSESSMENT"));
        }
        return codes;
    }

    private static void moves(ProcedureDocument d, Set<String> steps, List<FieldError> errors) {
        if (d.moves() == null || d.moves().isEmpty()) {
            errors.add(new FieldError("moves", "list the moves allowed between steps"));
            return;
        }
        Set<String> seen = new HashSet<>();
        Set<String> left = new HashSet<>();
        for (int i = 0; i < d.moves().size(); i++) {
            Move m = d.moves().get(i);
            String at = "moves[" + i + "]";
            if (m == null || m.from() == null || m.to() == null) {
                errors.add(new FieldError(at, "needs from and to"));
                continue;
            }
            if (!steps.contains(m.from())) {
                errors.add(new FieldError(at + ".from", "'" + m.from() + "' is not a step of this version"));
            }
            if (!steps.contains(m.to())) {
                errors.add(new FieldError(at + ".to", "'" + m.to() + "' is not a step of this version"));
            }
            if (m.from().equals(DossierState.RECOGNISED.name()) || m.from().equals(DossierState.REJECTED.name())) {
                errors.add(new FieldError(at + ".from", m.from() + " is final: no step follows it"));
            }
            if (m.to().equals(DossierState.SELF_ASSESSMENT.name())) {
                errors.add(new FieldError(at + ".to", "SELF_ASSESSMENT opens the dossier; a return goes to RETURNED_FOR_REVISION"));
            }
            if (!MOVE_KINDS.contains(m.kind())) {
                errors.add(new FieldError(at + ".kind", "must be FORWARD, RETURN or REJECTION"));
            }
            if (!seen.add(m.from() + ">" + m.to())) {
                errors.add(new FieldError(at, "the move " + m.from() + " → " + m.to() + " is listed twice"));
            }
            left.add(m.from());
        }
        for (String s : steps) {
            if (!s.equals(DossierState.RECOGNISED.name()) && !s.equals(DossierState.REJECTED.name()) && !left.contains(s)) {
                errors.add(new FieldError("moves", "no move leaves " + s + ": a dossier there could never go on"));
            }
        }
    }

    private static void surveyRules(ProcedureDocument d, List<FieldError> errors) {
        if (d.surveyRules() == null) {
            return;
        }
        for (Map.Entry<Level, SurveyRule> e : d.surveyRules().entrySet()) {
            String at = "surveyRules." + e.getKey();
            SurveyRule r = e.getValue();
            if (d.levels() != null && !d.levels().contains(e.getKey())) {
                errors.add(new FieldError(at, "the version does not apply to " + e.getKey()));
            }
            if (r == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (!share(r.coverageFloor())) {
                errors.add(new FieldError(at + ".coverageFloor", "must be a share between 0 and 1"));
            }
            if (!share(r.passRate())) {
                errors.add(new FieldError(at + ".passRate", "must be a share between 0 and 1"));
            }
            if (blank(r.source())) {
                errors.add(new FieldError(at + ".source", "say where the rule comes from"));
            }
            if (!CONFIDENCE.contains(r.confidence())) {
                errors.add(new FieldError(at + ".confidence", "must be V (verified), R (reported) or I (inferred)"));
            }
        }
    }

    private static boolean share(BigDecimal v) {
        return v != null && v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Set<String> roles() {
        Set<String> roles = new HashSet<>();
        for (Field f : Roles.class.getFields()) {
            try {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && f.get(null).equals(f.getName())) {
                    roles.add(f.getName());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        roles.remove(Roles.SUBJECT);
        roles.remove(Roles.CITIZEN);
        return Set.copyOf(roles);
    }
}
