package vn.ntm.common.edge;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.ntm.common.problem.ProblemType;

/**
 * What the edge refuses in a request target and its headers, as pure checks: a %-escape that is not two hex digits,
 * a raw character no URI may hold (a {@code {id}} placeholder left in, a space, a quote), a NUL or other control
 * byte, and bytes that are not UTF-8. PostgreSQL rejects NUL and invalid UTF-8 ("invalid byte sequence for encoding
 * UTF8"), so letting them through would turn a caller's mistake into a 500 and a lost audit record.
 *
 * <p>Hand-written rather than {@code java.net.URI}/{@code QueryStringDecoder}: those either accept NUL and invalid
 * UTF-8 (decoding them to U+FFFD or U+0000) or throw without saying where; a refusal must name the part at fault.
 */
public final class EdgeInput {

    /** Why a request is refused: a problem type, a detail a person can act on, and the field at fault if any. */
    public record Refusal(ProblemType type, String detail, String field) {
    }

    // RFC 3986 pchar minus '%': unreserved, sub-delims, ':' and '@'; '/' separates segments
    private static final String PATH_CHARS = "-._~!$&'()*+,;=:@/";
    // a query also holds '?' and '/'; '[' and ']' are sent raw by common clients (a[]=1) and harmless
    private static final String QUERY_CHARS = "-._~!$&'()*+,;=:@/?[]";

    private EdgeInput() {
    }

    /** The raw (undecoded) path and query of a request, or {@code null} when both are acceptable. */
    public static Refusal checkTarget(String rawPath, String rawQuery) {
        if (rawPath != null) {
            String problem = problemIn(rawPath, PATH_CHARS);
            if (problem != null) {
                return new Refusal(ProblemType.MALFORMED_URI, "The request path " + problem + ".", null);
            }
        }
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String rawName = eq < 0 ? pair : pair.substring(0, eq);
                String problem = problemIn(pair, QUERY_CHARS);
                if (problem != null) {
                    String name = printableName(rawName);
                    return new Refusal(ProblemType.MALFORMED_URI,
                            "The query parameter '" + name + "' " + problem + ".", name);
                }
            }
        }
        return null;
    }

    /** Header values with control characters (NUL included) or bytes that are not UTF-8, else {@code null}. */
    public static Refusal checkHeaders(Iterable<Map.Entry<String, String>> headers) {
        for (Map.Entry<String, String> header : headers) {
            String value = header.getValue();
            boolean highBytes = false;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < 0x20 && c != '\t') || c == 0x7f) {
                    return new Refusal(ProblemType.MALFORMED_HEADER, "The header " + header.getKey()
                            + " contains a control character (" + String.format("0x%02X", (int) c) + "); send printable text.", header.getKey());
                }
                highBytes |= c >= 0x80 && c <= 0xff;
            }
            // Netty hands header bytes over one char per byte (ISO-8859-1): check that those bytes are UTF-8
            if (highBytes && !isUtf8(value.getBytes(StandardCharsets.ISO_8859_1))) {
                return new Refusal(ProblemType.MALFORMED_HEADER, "The header " + header.getKey()
                        + " is not valid UTF-8 text.", header.getKey());
            }
        }
        return null;
    }

    /** What is wrong with one raw part of a URI, as the end of a sentence, or {@code null}. */
    private static String problemIn(String raw, String allowed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2))) {
                    return "has a '%' that is not followed by two hexadecimal digits; escape a literal '%' as %25";
                }
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '{' || c == '}') {
                return "holds a raw '" + c + "': replace a placeholder such as {id} with a value";
            } else if (c < 0x80 && !(Character.isLetterOrDigit(c) || allowed.indexOf(c) >= 0)) {
                return "holds the character " + describe(c) + ", which must be %-escaped";
            } else if (c >= 0x80) {
                byte[] encoded = c <= 0xff ? new byte[] {(byte) c} : String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            } else {
                bytes.write(c);
            }
        }
        byte[] decoded = bytes.toByteArray();
        for (byte b : decoded) {
            if (b == 0) {
                return "holds a NUL byte (%00), which no value may contain";
            }
            if ((b > 0 && b < 0x20) || b == 0x7f) {
                return "holds a control character (" + String.format("0x%02X", b) + ")";
            }
        }
        if (!isUtf8(decoded)) {
            return "is not valid UTF-8 once its %-escapes are decoded";
        }
        return null;
    }

    private static String describe(char c) {
        return c < 0x20 || c == 0x7f ? String.format("0x%02X", (int) c) : "'" + c + "'";
    }

    /** A parameter name safe to quote back: printable ASCII only, at most 64 characters. */
    private static String printableName(String rawName) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < rawName.length() && name.length() < 64; i++) {
            char c = rawName.charAt(i);
            name.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return name.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
