package vn.ntm.common.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on. Services throw it from their rules; {@link ProblemMappers} turns it into
 * problem+json. The message is the problem's {@code detail} and must never carry internals.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> context;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, null, null);
    }

    public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors, Map<String, Object> context) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.context = context;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, Object> context() {
        return context;
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, what + " '" + id + "' does not exist.");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(ProblemType.BAD_REQUEST, detail);
    }

    /** A 400 validation problem naming one field. */
    public static ApiException invalidField(String field, String message) {
        return new ApiException(ProblemType.VALIDATION, "The request has 1 invalid field.",
                List.of(new Problem.FieldError(field, message)), null);
    }

    /** A 400 validation problem naming several fields. */
    public static ApiException invalidFields(List<Problem.FieldError> errors) {
        return new ApiException(ProblemType.VALIDATION, "The request has " + errors.size() + " invalid field(s).", errors, null);
    }

    public static ApiException unprocessable(String detail) {
        return new ApiException(ProblemType.UNPROCESSABLE, detail);
    }

    public static ApiException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ApiException(ProblemType.UNPROCESSABLE, detail, errors, null);
    }

    public static ApiException staleVersion(String detail) {
        return new ApiException(ProblemType.STALE_VERSION, detail);
    }

    public static ApiException versionRequired() {
        return new ApiException(ProblemType.VERSION_REQUIRED,
                "Send the record's current ETag in If-Match; read it with GET first.");
    }

    public static ApiException dependencyUnavailable(String dependency) {
        return new ApiException(ProblemType.DEPENDENCY_UNAVAILABLE,
                dependency + " did not answer; nothing was changed. Try again later.", null, Map.of("dependency", dependency));
    }
}
