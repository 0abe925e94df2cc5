package vn.ntm.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: the body of every 4xx and 5xx answer of the platform.
 *
 * <p>{@code requestId} ties the answer to the logs of every service the request crossed; {@code errors}
 * lists the offending fields of a validation failure; {@code context} carries machine-readable extras
 * (for example the unmet preconditions of a workflow step).
 */
@Schema(name = "Problem", description = "RFC 9457 problem detail returned with every error (application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "https://ntm.example/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "The request has 1 invalid field.") String detail,
        @Schema(example = "/api/v1/communes/10630") String instance,
        @Schema(example = "3f1c9a52-6f0e-4a7b-9d0e-8f6f3c1d2b7a") String requestId,
        List<FieldError> errors,
        Map<String, Object> context) {

    /** One invalid field of a request. */
    @Schema(name = "ProblemFieldError")
    public record FieldError(
            @Schema(example = "size") String field,
            @Schema(example = "must be less than or equal to 200") String message) {
    }
}
