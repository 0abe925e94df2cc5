package vn.ntm.communes;

import io.quarkus.runtime.BlockingOperationNotAllowedException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;

/**
 * Stop-gap for platform-common's {@link CurrentActor} (to be removed once it handles this itself): with lazy
 * authentication, a write sent with an expired or foreign token is refused on the IO thread, and the audit filter then
 * asks for the actor there. The identity was never established, and asking for it on the IO thread throws, which turned
 * the 401 into a 500. That caller is, for the audit, anonymous.
 */
@Alternative
@Priority(1)
@RequestScoped
public class FailedAuthenticationSafeActor extends CurrentActor {

    @Override
    public Actor get() {
        try {
            return super.get();
        } catch (BlockingOperationNotAllowedException unauthenticated) {
            return Actor.anonymous();
        }
    }

    @Override
    public String claim(String name) {
        try {
            return super.claim(name);
        } catch (BlockingOperationNotAllowedException unauthenticated) {
            return null;
        }
    }
}
