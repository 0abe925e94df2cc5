package vn.ntm.common.privacy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The mark an export carrying personal data bears: who asked for it, when, and for what. Every export of every service
 * words it the same way, so a file found outside the platform can be traced to its request in the disclosure log.
 *
 * @param requester the token subject of the requester
 * @param at        when the export was made
 * @param purpose   the stated purpose ({@link StatedPurpose})
 * @param requestId the request id, which finds the export's row in the disclosure log
 */
public record ExportWatermark(String requester, Instant at, String purpose, String requestId) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** HTTP header carrying the line, for clients that save the body alone. */
    public static final String HEADER = "X-Export-Watermark";

    /** One line, Vietnamese first: the text a CSV starts with (as a comment) and a spreadsheet carries in its header. */
    public String line() {
        return "Dữ liệu cá nhân — xuất cho " + requester + " lúc " + LOCAL.format(at) + " (giờ Việt Nam), mục đích: " + purpose
                + " — yêu cầu " + requestId + ". Personal data, exported for " + requester + " at " + at + " for: " + purpose + ".";
    }

    /** The line as an HTTP header value: header values must be ISO-8859-1, so it is percent-encoded UTF-8. */
    public String headerValue() {
        return java.net.URLEncoder.encode(line(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
