package vn.ntm.ocop.trace;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small part of the GS1 General Specifications that TCVN 13274:2020 trace codes use: the mod-10 check digit of GTIN
 * and GLN, the Application Identifiers (01) GTIN, (10) lot, (21) serial, (414) GLN and (254) GLN extension in their
 * human-readable form, and GS1 Digital Link URIs for the QR code.
 *
 * <p>Hand-written because no maintained GS1 library resolved from Maven Central here (the one tried,
 * {@code io.openepcis:openepcis-digital-link-converter-core}, did not resolve, and its newer releases are not open
 * source); what is needed is a few dozen lines, tested in {@code Gs1Test} against GS1's published examples.
 */
public final class Gs1 {

    public static final String AI_GTIN = "01";
    public static final String AI_LOT = "10";
    public static final String AI_SERIAL = "21";
    public static final String AI_GLN = "414";
    public static final String AI_GLN_EXTENSION = "254";

    /** GS1 AI encodable character set 82 (GS1 General Specifications 7.11, figure 7.11-1), the alphabet of (10), (21), (254). */
    private static final Pattern CSET82 = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]+");
    private static final Pattern HRI = Pattern.compile("\\((\\d{2,4})\\)([^(]*)");
    private static final int MAX_LOT = 20;
    private static final int MAX_SERIAL = 20;
    private static final int MAX_GLN_EXTENSION = 20;

    private Gs1() {
    }

    /** A GS1 value refused, naming the field of the request it came from. */
    public static final class Gs1Exception extends RuntimeException {
        private final String field;

        Gs1Exception(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The element string's values by AI, as read from {@code (01)…(10)…}. */
    public record ElementString(String gtin, String lot, String serial, String gln, String glnExtension) {
    }

    /**
     * The GS1 standard check digit of {@code digits} (the key without its check digit): weights 3 and 1 alternately from
     * the rightmost digit, and the digit that brings the sum up to a multiple of ten.
     */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a digit: " + digits.charAt(digits.length() - 1 - i));
            }
            sum += (i % 2 == 0) ? 3 * d : d;
        }
        return (10 - sum % 10) % 10;
    }

    /** A GTIN-8, -12, -13 or -14 as its 14-digit form (zeros in front), after its check digit is verified. */
    public static String gtin(String value, String field) {
        String v = value == null ? "" : value.strip();
        if (!v.matches("\\d+") || !List.of(8, 12, 13, 14).contains(v.length())) {
            throw new Gs1Exception(field, "'" + value + "' is not a GTIN: 8, 12, 13 or 14 digits");
        }
        requireCheckDigit(v, field, "GTIN");
        return "0".repeat(14 - v.length()) + v;
    }

    /** A GLN: 13 digits, check digit verified. */
    public static String gln(String value, String field) {
        String v = value == null ? "" : value.strip();
        if (!v.matches("\\d{13}")) {
            throw new Gs1Exception(field, "'" + value + "' is not a GLN: 13 digits");
        }
        requireCheckDigit(v, field, "GLN");
        return v;
    }

    /** A lot (10), serial (21) or GLN extension (254): 1 to 20 characters of GS1 character set 82. */
    public static String alphanumeric(String value, String field, String ai) {
        int max = switch (ai) {
            case AI_LOT -> MAX_LOT;
            case AI_SERIAL -> MAX_SERIAL;
            default -> MAX_GLN_EXTENSION;
        };
        if (value == null || value.isEmpty() || value.length() > max || !CSET82.matcher(value).matches()) {
            throw new Gs1Exception(field, "'" + value + "' is not a valid (" + ai + "): 1 to " + max
                    + " characters among A-Z a-z 0-9 and !\"%&'()*+,-./:;<=>?_ (GS1 character set 82), no spaces or diacritics");
        }
        return value;
    }

    private static void requireCheckDigit(String key, String field, String what) {
        int expected = checkDigit(key.substring(0, key.length() - 1));
        int given = key.charAt(key.length() - 1) - '0';
        if (expected != given) {
            throw new Gs1Exception(field, "wrong check digit in " + what + " " + key + ": the last digit should be " + expected + ", not " + given);
        }
    }

    /**
     * Reads a human-readable element string such as {@code (01)08938505974017(10)L2025-07(414)8938505970009}. Values cannot
     * contain "(" in this form (GS1 puts a value's own parentheses only in the machine form); each AI at most once.
     */
    public static ElementString parse(String hri, String field) {
        String v = hri == null ? "" : hri.strip();
        Matcher m = HRI.matcher(v);
        Map<String, String> values = new LinkedHashMap<>();
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                break;
            }
            String ai = m.group(1);
            if (!List.of(AI_GTIN, AI_LOT, AI_SERIAL, AI_GLN, AI_GLN_EXTENSION).contains(ai)) {
                throw new Gs1Exception(field, "AI (" + ai + ") is not one a trace code carries; use (01), (10), (21), (414), (254)");
            }
            if (values.put(ai, m.group(2)) != null) {
                throw new Gs1Exception(field, "AI (" + ai + ") appears twice");
            }
            end = m.end();
        }
        if (values.isEmpty() || end != v.length()) {
            throw new Gs1Exception(field, "'" + hri + "' is not a GS1 element string in human-readable form, e.g. (01)08938505974017(10)L2025-07");
        }
        if (!values.containsKey(AI_GTIN)) {
            throw new Gs1Exception(field, "a trace code starts from the product's GTIN (01)");
        }
        return new ElementString(gtin(values.get(AI_GTIN), field),
                values.containsKey(AI_LOT) ? alphanumeric(values.get(AI_LOT), field, AI_LOT) : null,
                values.containsKey(AI_SERIAL) ? alphanumeric(values.get(AI_SERIAL), field, AI_SERIAL) : null,
                values.containsKey(AI_GLN) ? gln(values.get(AI_GLN), field) : null,
                values.containsKey(AI_GLN_EXTENSION) ? alphanumeric(values.get(AI_GLN_EXTENSION), field, AI_GLN_EXTENSION) : null);
    }

    /** The human-readable element string, AIs in the order GTIN, lot, serial, GLN, GLN extension. */
    public static String hri(ElementString e) {
        StringBuilder b = new StringBuilder("(01)").append(e.gtin());
        if (e.lot() != null) {
            b.append("(10)").append(e.lot());
        }
        if (e.serial() != null) {
            b.append("(21)").append(e.serial());
        }
        if (e.gln() != null) {
            b.append("(414)").append(e.gln());
        }
        if (e.glnExtension() != null) {
            b.append("(254)").append(e.glnExtension());
        }
        return b.toString();
    }

    /**
     * The GS1 Digital Link URI of a product instance: {@code https://{resolver}/01/{gtin}/10/{lot}/21/{serial}}, key
     * qualifiers in the order of the Digital Link standard (10 before 21), values percent-encoded. The location (414) is not
     * a qualifier of (01), so it stays out of the link and in the trace record.
     */
    public static String digitalLink(String resolverHost, String gtin14, String lot, String serial) {
        StringBuilder b = new StringBuilder("https://").append(resolverHost).append("/01/").append(gtin14);
        if (lot != null) {
            b.append("/10/").append(encode(lot));
        }
        if (serial != null) {
            b.append("/21/").append(encode(serial));
        }
        return b.toString();
    }

    /** RFC 3986 percent-encoding of everything but the unreserved characters, as the Digital Link standard asks. */
    static String encode(String value) {
        StringBuilder b = new StringBuilder();
        for (byte c : value.getBytes(StandardCharsets.UTF_8)) {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c & 0xff));
            }
        }
        return b.toString();
    }

    /** Percent-decoding of a Digital Link path segment. */
    static String decode(String segment) {
        return java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
