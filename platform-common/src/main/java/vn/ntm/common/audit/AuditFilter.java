package vn.ntm.common.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.ntm.common.requestid.RequestIds;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;

/**
 * Audits every write (POST, PUT, PATCH, DELETE) after it has been answered, whatever the answer:
 * who, roles, when, method and path, request id, status and result. Bodies are not stored (they may hold personal data).
 */
public class AuditFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** Audit settings. */
    @ConfigMapping(prefix = "ntm.audit")
    public interface AuditConfig {
        /** Off only for a service without a database (the gateway). */
        @WithDefault("true")
        boolean enabled();
    }

    @Inject
    AuditTrail trail;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditConfig config;

    @Inject
    AuditedActorName names;

    @Inject
    AuditSpool spool;

    @ServerResponseFilter
    public void audit(ContainerRequestContext request, ContainerResponseContext response, RoutingContext rc) {
        if (!config.enabled() || !WRITES.contains(request.getMethod()) || !trail.available()) {
            return;
        }
        // An identity Quarkus already resolved sits on the routing context; asking CurrentActor for an unresolved one
        // would block, and a refusal may be answered on the I/O thread.
        Actor actor = rc.user() instanceof QuarkusHttpUser user ? CurrentActor.of(user.getSecurityIdentity()) : currentActor.get();
        String name = names.of(actor);
        String path = recordPath(request, response);
        try {
            trail.record(name, actor.rolesText(), RequestIds.current(), request.getMethod(), path, response.getStatus());
        } catch (RuntimeException e) {
            // Mostly the database is down (the write itself was refused with a 503): keep the line on disk and write it
            // back later (AuditSpool), never a 500 to the caller.
            SpooledAuditRecord record = new SpooledAuditRecord(java.time.Instant.now(), name, actor.rolesText(), RequestIds.current(),
                    request.getMethod(), path, response.getStatus());
            if (spool.spool(record)) {
                LOG.warnf("Audit record of %s %s spooled: the database did not take it (%s)", request.getMethod(), path, e.getMessage());
            } else {
                LOG.errorf(e, "AUDIT WRITE FAILED for %s %s", request.getMethod(), path);
            }
        }
    }

    /** A creation is filed under the record it created, so that record's trail starts with it. */
    private static String recordPath(ContainerRequestContext request, ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst("Location");
        if (response.getStatus() == 201 && location != null) {
            String path = java.net.URI.create(location.toString()).getPath();
            if (path != null && path.startsWith("/")) {
                return path;
            }
        }
        return request.getUriInfo().getPath();
    }
}
