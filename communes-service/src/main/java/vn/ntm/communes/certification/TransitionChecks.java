package vn.ntm.communes.certification;

import io.quarkus.panache.common.Sort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem.FieldError;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.certification.DossierApi.Transition;
import vn.ntm.communes.procedure.PinnedProcedure;

/** The checks of a transition request that read no other service: its fields (400), the version (412), the move (409), back-fill authority (403). */
final class TransitionChecks {

    private TransitionChecks() {
    }

    static void validate(DossierEntity d, Transition t, LocalDate date, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (date.isAfter(today)) {
            errors.add(new FieldError("date", "must not be in the future"));
        }
        DossierStepEntity last = DossierStepEntity.<DossierStepEntity>find("dossierId = ?1", Sort.by("seq").descending(), d.id).firstResult();
        if (last != null && date.isBefore(last.stepDate)) {
            errors.add(new FieldError("date", "must not be before the previous step (" + last.state + " on " + last.stepDate + ")"));
        }
        if (t.to().isVote()) {
            if (t.votesFor() == null) {
                errors.add(new FieldError("votesFor", "a vote records the votes for"));
            }
            if (t.votesAgainst() == null) {
                errors.add(new FieldError("votesAgainst", "a vote records the votes against"));
            }
        } else if (t.votesFor() != null || t.votesAgainst() != null) {
            errors.add(new FieldError(t.votesFor() != null ? "votesFor" : "votesAgainst", "only COMMUNE_VOTE and COUNCIL_VOTE record votes"));
        }
        if (t.to() == DossierState.RECOGNISED) {
            if (t.decision() == null) {
                errors.add(new FieldError("decision", "RECOGNISED records the decision: number, date and signer"));
            } else if (t.decision().date().isBefore(date.minusYears(1)) || t.decision().date().isAfter(today)) {
                errors.add(new FieldError("decision.date", "must not be in the future nor more than a year before the step"));
            }
        } else if (t.decision() != null) {
            errors.add(new FieldError("decision", "only RECOGNISED records a decision"));
        }
        if (t.to().needsReason() && (t.note() == null || t.note().isBlank())) {
            errors.add(new FieldError("note", t.to() == DossierState.REJECTED ? "say why the dossier is rejected" : "say what the commune must revise"));
        }
        if (Boolean.TRUE.equals(t.backfill()) && (t.backfillReason() == null || t.backfillReason().isBlank())) {
            errors.add(new FieldError("backfillReason", "a back-filled step says why it is recorded after the facts"));
        } else if (!Boolean.TRUE.equals(t.backfill()) && t.backfillReason() != null) {
            errors.add(new FieldError("backfillReason", "only a back-filled step (backfill: true) gives a back-fill reason"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
    }

    /** Back-filling a historical dossier is an administrator's or a province officer's act (issue 17). */
    static void requireBackfillAuthority(Actor actor, Transition t) {
        if (Boolean.TRUE.equals(t.backfill()) && !actor.hasRole(Roles.ADMINISTRATOR) && !actor.hasRole(Roles.PROVINCE_OFFICER)) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only an ADMINISTRATOR or a PROVINCE_OFFICER may back-fill a step of a historical dossier; your token has "
                    + (actor.roles().isEmpty() ? "no role" : actor.rolesText()) + ".");
        }
    }

    static void checkVersion(DossierEntity d, long expected) {
        if (d.version != expected) {
            throw ApiException.staleVersion("Dossier " + d.id + " is at version " + d.version + "; you sent If-Match for version "
                    + expected + ". Read it again.");
        }
    }

    static void checkAllowed(DossierEntity d, PinnedProcedure procedure, DossierState to) {
        List<String> allowed = procedure.document().next(d.state.name());
        if (!allowed.contains(to.name())) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("from", d.state);
            context.put("to", to);
            context.put("allowed", allowed);
            context.put("procedureVersion", procedure.ruleVersion());
            throw new ApiException(ProblemType.INVALID_TRANSITION, d.state.isFinal()
                    ? "The dossier is " + d.state + ": no step can follow."
                    : to + " cannot follow " + d.state + " under " + procedure.ruleVersion() + "; the next step is " + String.join(" or ", allowed) + ".",
                    null, context);
        }
    }
}
