package vn.ntm.common.requestid;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/** The request id of the current request: accepted from the caller when well-formed, generated otherwise. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** MDC key, used by the log format as {@code %X{requestId}}. */
    public static final String MDC_KEY = "requestId";
    /** Key under which the id is stored on the Vert.x routing context. */
    public static final String CONTEXT_KEY = "ntm.requestId";

    // Caller-supplied ids end up in logs and headers: accept only short, plain tokens so nothing can be injected.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private RequestIds() {
    }

    /** The caller's id if it is acceptable, else a fresh UUID. */
    public static String acceptOrGenerate(String supplied) {
        if (supplied != null && ACCEPTED.matcher(supplied).matches()) {
            return supplied;
        }
        return UUID.randomUUID().toString();
    }

    /** The id of the request being served on this thread, or {@code null} outside a request. */
    public static String current() {
        Object value = MDC.get(MDC_KEY);
        return value == null ? null : value.toString();
    }
}
