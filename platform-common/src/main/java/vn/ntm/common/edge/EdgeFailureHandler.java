package vn.ntm.common.edge;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.ntm.common.problem.ProblemType;

/**
 * Turns the bare status failures of Vert.x Web into problems. Vert.x Web cannot match a path it cannot decode
 * ({@code %ZZ}, a raw {@code {id}} or {@code |}): the {@code IllegalArgumentException} of its route matching goes
 * straight to the router's error handler for 400, bypassing every route and failure handler, and the default one
 * answers an empty 400. So this registers {@link Router#errorHandler} for the statuses the edge produces, and a first
 * failure handler for handlers that {@code fail(413)} and the like without a body. Failures that carry an exception
 * other than an {@link HttpException} are left to Quarkus (authentication challenges, logged 500s).
 */
@ApplicationScoped
public class EdgeFailureHandler {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
        for (int status : new int[] {400, 413, 414, 431}) {
            router.errorHandler(status, rc -> {
                if (!rc.response().headWritten()) {
                    EdgeAnswers.end(rc, new EdgeInput.Refusal(typeFor(status), detailFor(status), null));
                }
            });
        }
    }

    private void handle(RoutingContext rc) {
        Throwable failure = rc.failure();
        int status = failure instanceof HttpException http ? http.getStatusCode() : (failure == null ? rc.statusCode() : -1);
        if (status < 400 || status >= 500 || rc.response().headWritten()) {
            rc.next();
            return;
        }
        EdgeAnswers.end(rc, new EdgeInput.Refusal(typeFor(status), detailFor(status), null));
    }

    private static ProblemType typeFor(int status) {
        return status == 400 ? ProblemType.MALFORMED_URI : ProblemType.forStatus(status);
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request URI cannot be decoded: escape '%' as %25 and characters such as '|', '{' or a space"
                    + " as %XX, and replace placeholders such as {id} with values.";
            case 413 -> "The request body is larger than this endpoint accepts.";
            case 414 -> "The request URI is longer than this service accepts.";
            case 431 -> "The request headers are larger than this service accepts.";
            default -> ProblemType.forStatus(status).title() + ".";
        };
    }
}
