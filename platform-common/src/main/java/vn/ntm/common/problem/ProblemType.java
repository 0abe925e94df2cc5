package vn.ntm.common.problem;

import jakarta.ws.rs.core.Response;

/**
 * The stable problem types of the platform. Clients may switch on {@link #uri()}; titles are for people.
 * Adding a type is a compatible change, renaming one is not.
 */
public enum ProblemType {
    VALIDATION(400, "validation", "Invalid request"),
    MALFORMED_BODY(400, "malformed-body", "Malformed request body"),
    BAD_REQUEST(400, "bad-request", "Bad request"),
    MALFORMED_URI(400, "malformed-uri", "Malformed request URI"),
    MALFORMED_HEADER(400, "malformed-header", "Malformed request header"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    INVALID_TRANSITION(409, "invalid-transition", "Step not allowed in the current state"),
    STALE_VERSION(412, "stale-version", "The record has changed since you read it"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    URI_TOO_LONG(414, "uri-too-long", "Request URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "The request cannot be processed"),
    PRECONDITION_UNMET(422, "precondition-unmet", "Preconditions not met"),
    VERSION_REQUIRED(428, "version-required", "If-Match header required"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request headers too large"),
    INTERNAL(500, "internal", "Internal error"),
    DEPENDENCY_UNAVAILABLE(503, "dependency-unavailable", "A service this request needs is unavailable"),
    UNAVAILABLE(503, "unavailable", "Service unavailable");

    /** Base of every problem type URI. */
    public static final String BASE = "https://ntm.example/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    /** The generic type for a status that has no more specific one. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type.slug.equals(genericSlug(status))) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }

    private static String genericSlug(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "stale-version";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 428 -> "version-required";
            case 429 -> "rate-limited";
            case 431 -> "headers-too-large";
            case 503 -> "unavailable";
            default -> Response.Status.Family.familyOf(status) == Response.Status.Family.SERVER_ERROR ? "internal" : "bad-request";
        };
    }
}
