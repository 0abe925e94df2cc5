package vn.ntm.gateway.openapi;

/** The service documents cannot be merged into one public document; the message says what to fix and where. */
public class OpenApiMergeException extends RuntimeException {

    public OpenApiMergeException(String message) {
        super(message);
    }
}
