package vn.ntm.common.edge;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.Problems;
import vn.ntm.common.requestid.RequestIds;

/** Refusals of the edge as problem+json, on plain Vert.x (before JAX-RS) and as a JAX-RS response. */
public final class EdgeAnswers {

    private EdgeAnswers() {
    }

    /**
     * Ends {@code rc} with the refusal. A request refused before the request-id filter ran (Vert.x rejected its URI
     * outright) gets its id here, so that every error body quotes one.
     */
    public static void end(RoutingContext rc, EdgeInput.Refusal refusal) {
        String requestId = rc.get(RequestIds.CONTEXT_KEY);
        if (requestId == null) {
            requestId = RequestIds.acceptOrGenerate(rc.request().getHeader(RequestIds.HEADER));
            rc.put(RequestIds.CONTEXT_KEY, requestId);
        }
        JsonObject body = new JsonObject()
                .put("type", refusal.type().uri())
                .put("title", refusal.type().title())
                .put("status", refusal.type().status())
                .put("detail", refusal.detail())
                .put("instance", instance(rc))
                .put("requestId", requestId);
        if (refusal.field() != null) {
            body.put("errors", new JsonArray().add(new JsonObject().put("field", refusal.field()).put("message", refusal.detail())));
        }
        if (rc.response().headWritten() || rc.response().ended()) {
            return;
        }
        rc.response()
                .setStatusCode(refusal.type().status())
                .putHeader(RequestIds.HEADER, requestId)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .end(body.encode());
    }

    /** The refusal as a JAX-RS answer, for a request filter to abort with. */
    public static Response response(EdgeInput.Refusal refusal, String instance, String requestId) {
        List<Problem.FieldError> errors = refusal.field() == null ? null : List.of(new Problem.FieldError(refusal.field(), refusal.detail()));
        Problem problem = new Problem(refusal.type().uri(), refusal.type().title(), refusal.type().status(), refusal.detail(),
                instance, requestId, errors, null);
        return Problems.response(problem);
    }

    /** The raw path: never decoded, so a %00 stays three printable characters in the body. */
    static String instance(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri == null) {
            return null;
        }
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        return path.length() > 256 ? path.substring(0, 256) + "…" : path;
    }
}
