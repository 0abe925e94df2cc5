package vn.ntm.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every exception that can escape a resource to an RFC 9457 problem. Nothing internal (stack traces,
 * SQL, class names) reaches the body; unexpected failures are logged with the request id the body quotes.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    // A lost database is a 503 with Retry-After, whatever exception carries it (vn.ntm.common.dbfailure).
    @jakarta.inject.Inject
    vn.ntm.common.dbfailure.DatabaseOutageAnswers outage;

    @jakarta.inject.Inject
    DependencySettings dependency;

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response answer = Problems.response(Problems.of(e.type(), e.type().status(), e.getMessage(), path(uri), e.errors(), e.context()));
        if (e.type() == ProblemType.DEPENDENCY_UNAVAILABLE) {
            // a dependency's outage is temporary by nature: say when to come back, as for a lost database
            return Response.fromResponse(answer).header("Retry-After", Math.max(1, dependency.retryAfter().toSeconds())).build();
        }
        return answer;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = "The request has " + errors.size() + " invalid field(s).";
        return Problems.response(Problems.of(ProblemType.VALIDATION, 400, detail, path(uri), errors, null));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return Problems.response(jsonProblem(e, path(uri)));
    }

    // Quarkus ships mappers for these two; naming them here makes ours the more specific match.
    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e, UriInfo uri) {
        return Problems.response(jsonProblem(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response format(InvalidFormatException e, UriInfo uri) {
        return Problems.response(jsonProblem(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return Problems.response(jsonProblem(json, path(uri)));
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; for the caller it is bad input
            return Problems.response(Problems.of(ProblemType.BAD_REQUEST, 400,
                    "A path or query parameter has a value of the wrong type: " + safeMessage(e.getCause()), path(uri), null, null));
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "There is no resource at " + path(uri) + ".";
            case 405 -> "This resource does not accept that method.";
            case 406 -> "This resource cannot answer in the requested media type; ask for application/json.";
            case 415 -> "This endpoint does not accept that Content-Type; see its request body in the API documentation (most take application/json).";
            default -> type.title() + ".";
        };
        Response.ResponseBuilder answer = Response.fromResponse(Problems.response(
                Problems.of(type, status, detail, path(uri), null, null)));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            answer.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri, "Send a valid bearer token (Authorization: Bearer ...).");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri, "The bearer token is invalid or expired.");
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return Problems.response(Problems.of(ProblemType.FORBIDDEN, "Your role does not allow this operation.", path(uri)));
    }

    private static Response unauthenticated(UriInfo uri, String detail) {
        return Response.fromResponse(Problems.response(Problems.of(ProblemType.UNAUTHORIZED, detail, path(uri))))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, UriInfo uri) {
        return Problems.response(Problems.of(ProblemType.STALE_VERSION,
                "Someone changed this record while you were editing it; read it again and retry.", path(uri)));
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        java.util.Optional<Response> lostDatabase = outage.answer(e, path(uri));
        if (lostDatabase.isPresent()) {
            return lostDatabase.get();
        }
        SQLException sql = causeOf(e, SQLException.class);
        String state = sql == null ? "" : String.valueOf(sql.getSQLState());
        if (state.equals("23505")) {
            return Problems.response(Problems.of(ProblemType.CONFLICT, "A record with the same identifying values already exists.", path(uri)));
        }
        if (state.equals("23503")) {
            return Problems.response(Problems.of(ProblemType.CONFLICT, "The record refers to, or is referred to by, another record.", path(uri)));
        }
        if (state.startsWith("22")) {
            return Problems.response(Problems.of(ProblemType.BAD_REQUEST, 400, "A value is out of the range the record accepts.", path(uri), null, null));
        }
        if (e instanceof OptimisticLockException lock) {
            return staleVersion(lock, uri);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        java.util.Optional<Response> lostDatabase = outage.answer(e, path(uri));
        if (lostDatabase.isPresent()) {
            return lostDatabase.get();
        }
        LOG.errorf(e, "Unexpected error on %s", path(uri));
        return Problems.response(Problems.of(ProblemType.INTERNAL,
                "Unexpected error. Quote the requestId when you report it.", path(uri)));
    }

    static Problem jsonProblem(JsonProcessingException e, String instance) {
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return fieldProblem(format, "unknown value '" + format.getValue() + "'; allowed: " + allowed, instance);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return fieldProblem(unknown, "unknown property", instance);
        }
        if (e instanceof InvalidFormatException format) {
            return fieldProblem(format, "'" + format.getValue() + "' is not a valid " + typeName(format.getTargetType()), instance);
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return fieldProblem(mismatch, "must be a " + typeName(mismatch.getTargetType()), instance);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return fieldProblem(mapping, "has an invalid value", instance);
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return Problems.of(ProblemType.MALFORMED_BODY, 400, "The body is not valid JSON" + where + ".", instance, null, null);
    }

    private static Problem fieldProblem(JsonMappingException e, String message, String instance) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return Problems.of(ProblemType.VALIDATION, 400, "The request has 1 invalid field.", instance,
                List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message)), null);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value of the expected type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (type.getName().startsWith("java.time")) {
            return "ISO 8601 " + type.getSimpleName().replace("Local", "").toLowerCase();
        }
        if (type.getName().equals("java.util.UUID")) {
            return "UUID";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return "object";
    }

    /** The field a violation names, without the Java method and body-parameter names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> nodes = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            String name = node.getName();
            if (node.getIndex() != null && !nodes.isEmpty()) {
                int last = nodes.size() - 1;
                nodes.set(last, nodes.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                nodes.add(name);
            }
        }
        // method.param[.property...]: a query parameter is named by its parameter, a body field by its property path
        if (nodes.size() > 2) {
            return String.join(".", nodes.subList(2, nodes.size()));
        }
        return nodes.isEmpty() ? "request" : nodes.get(nodes.size() - 1);
    }

    /** Conversion messages name the value, never internals; anything longer or odd is dropped. */
    private static String safeMessage(Throwable cause) {
        String message = cause.getMessage();
        if (message != null) {
            java.util.regex.Matcher unknownEnum = UNKNOWN_ENUM.matcher(message);
            if (unknownEnum.find()) {
                return "unknown value '" + unknownEnum.group(1) + "'; see the allowed values in the API documentation.";
            }
        }
        if (message == null || message.length() > 120 || message.contains("Exception") || message.contains(".java")
                || QUALIFIED_NAME.matcher(message).find()) {
            return "check the parameters against the API documentation.";
        }
        return message;
    }

    // "No enum constant vn.ntm.x.Level.GOLD": keep the value, never the class name
    private static final java.util.regex.Pattern UNKNOWN_ENUM = java.util.regex.Pattern.compile("No enum constant [\\w.$]+\\.([^.\\s]+)$");
    private static final java.util.regex.Pattern QUALIFIED_NAME = java.util.regex.Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Za-z_$]");

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return (T) t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
