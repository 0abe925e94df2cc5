package vn.ntm.campaign.security;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ntm.campaign.responses.HouseholdHasher;
import vn.ntm.common.audit.AuditedActorName;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.Roles;

/**
 * A citizen who answers for their own household is audited under the same keyed pseudonym that is recorded beside
 * the form (HouseholdHasher#citizenPseudonym), never by their token subject: the audit line holds the survey's path
 * and the time, so the subject there would link the person to the answer. A token that also carries an office role
 * acts in office and is audited by name.
 */
@ApplicationScoped
public class CitizenAuditName implements AuditedActorName {

    private final HouseholdHasher hasher;

    CitizenAuditName(HouseholdHasher hasher) {
        this.hasher = hasher;
    }

    @Override
    public String of(Actor actor) {
        boolean onlyCitizen = actor.hasRole(Roles.CITIZEN) && actor.roles().size() == 1;
        return onlyCitizen ? hasher.citizenPseudonym(actor.subject()) : actor.subject();
    }
}
