package vn.ntm.common.audit;

import vn.ntm.common.security.Actor;

/**
 * How the actor of a write is named in the audit trail. By default, by its token subject: officers act in office and
 * are accountable by name. A service that holds personal data replaces this bean to pseudonymise callers who act
 * only for themselves (campaign-service: a citizen answering for their household), because an audit line naming the
 * person beside the path and time of their answer would link the two again.
 */
public interface AuditedActorName {

    String of(Actor actor);
}
