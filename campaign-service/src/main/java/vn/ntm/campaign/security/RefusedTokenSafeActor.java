package vn.ntm.campaign.security;

import io.quarkus.runtime.BlockingOperationNotAllowedException;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;

/**
 * Stopgap for platform-common's {@link CurrentActor}: when a bearer token is refused (expired, signed by a foreign key),
 * the 401 is answered on the I/O thread, and the audit filter's {@code CurrentActor.get()} then asks the failed lazy
 * identity for itself, which throws and turns the 401 into a 500. A refused token authenticates nobody, so the actor is
 * anonymous. Remove once platform-common's CurrentActor handles that case itself (the same stopgap exists in
 * communes-service and ocop-service).
 */
@Alternative
@Priority(1)
@RequestScoped
public class RefusedTokenSafeActor extends CurrentActor {

    @Override
    public Actor get() {
        try {
            return super.get();
        } catch (BlockingOperationNotAllowedException | AuthenticationFailedException refused) {
            return Actor.anonymous();
        }
    }

    @Override
    public String claim(String name) {
        try {
            return super.claim(name);
        } catch (BlockingOperationNotAllowedException | AuthenticationFailedException refused) {
            return null;
        }
    }
}
