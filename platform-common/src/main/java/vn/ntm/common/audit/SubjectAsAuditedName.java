package vn.ntm.common.audit;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ntm.common.security.Actor;

/** The default {@link AuditedActorName}: the token's subject. */
@DefaultBean
@ApplicationScoped
public class SubjectAsAuditedName implements AuditedActorName {

    @Override
    public String of(Actor actor) {
        return actor.subject();
    }
}
