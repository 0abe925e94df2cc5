package vn.ntm.common.problem;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import vn.ntm.common.requestid.RequestIds;

/** Builds problem+json answers, for JAX-RS and for plain Vert.x routes alike. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return of(type, type.status(), detail, instance, null, null);
    }

    public static Problem of(ProblemType type, int status, String detail, String instance,
            List<Problem.FieldError> errors, Map<String, Object> context) {
        return new Problem(type.uri(), type.title(), status, detail, instance, RequestIds.current(), errors, context);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }

    /** Ends a Vert.x request with a problem answer (used before JAX-RS is reached). */
    public static void end(RoutingContext rc, ProblemType type, String detail) {
        String requestId = rc.get(RequestIds.CONTEXT_KEY);
        JsonObject body = new JsonObject()
                .put("type", type.uri())
                .put("title", type.title())
                .put("status", type.status())
                .put("detail", detail)
                .put("instance", rc.request().path());
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        rc.response()
                .setStatusCode(type.status())
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(body.encode());
    }

    /** Problem body as a Vert.x JSON object, for callers that write raw responses. */
    public static JsonObject toJson(Problem problem) {
        JsonObject body = new JsonObject()
                .put("type", problem.type())
                .put("title", problem.title())
                .put("status", problem.status())
                .put("detail", problem.detail())
                .put("instance", problem.instance());
        if (problem.requestId() != null) {
            body.put("requestId", problem.requestId());
        }
        if (problem.errors() != null) {
            JsonArray errors = new JsonArray();
            problem.errors().forEach(e -> errors.add(new JsonObject().put("field", e.field()).put("message", e.message())));
            body.put("errors", errors);
        }
        if (problem.context() != null) {
            body.put("context", new JsonObject(problem.context()));
        }
        return body;
    }
}
