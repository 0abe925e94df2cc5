package vn.ntm.gateway.cache;

import java.util.List;

/**
 * The {@code Cache-Control} directives the gateway's cache acts on (RFC 9111 §5.2), from one or more header values.
 * Unknown directives are ignored; a malformed number makes the directive absent, which is the conservative reading for
 * every directive used here (a response without a usable lifetime is not stored; a request's bad {@code max-age} is
 * treated as {@code max-age=0}, i.e. not served from the cache).
 */
public final class CacheDirectives {

    static final long ABSENT = -1;
    private static final long INVALID = -2;

    private boolean isPublic;
    private boolean isPrivate;
    private boolean noStore;
    private boolean noCache;
    private long maxAge = ABSENT;
    private long sMaxAge = ABSENT;

    private CacheDirectives() {
    }

    /** Parses every {@code Cache-Control} value; {@code values} may be empty. */
    public static CacheDirectives parse(List<String> values) {
        CacheDirectives d = new CacheDirectives();
        for (String value : values) {
            d.parseValue(value);
        }
        return d;
    }

    public static CacheDirectives parse(String value) {
        CacheDirectives d = new CacheDirectives();
        if (value != null) {
            d.parseValue(value);
        }
        return d;
    }

    private void parseValue(String value) {
        int i = 0;
        int n = value.length();
        while (i < n) {
            int end = nextComma(value, i);
            directive(value, i, end);
            i = end + 1;
        }
    }

    /**
     * The next top-level comma of a header list (commas inside a quoted string, as in {@code no-cache="a, b"} or an
     * ETag, do not count); the value's length when there is none.
     */
    static int nextComma(String value, int from) {
        boolean quoted = false;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted) {
                i++;
            } else if (c == ',' && !quoted) {
                return i;
            }
        }
        return value.length();
    }

    private void directive(String value, int from, int to) {
        while (from < to && isSpace(value.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(value.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return;
        }
        int eq = value.indexOf('=', from);
        int nameEnd = eq < 0 || eq > to ? to : eq;
        String argument = nameEnd == to ? null : value.substring(nameEnd + 1, to).trim();
        if (is(value, from, nameEnd, "public")) {
            isPublic = true;
        } else if (is(value, from, nameEnd, "private")) {
            isPrivate = true; // also its qualified form private="Set-Cookie": the gateway then stores nothing
        } else if (is(value, from, nameEnd, "no-store")) {
            noStore = true;
        } else if (is(value, from, nameEnd, "no-cache")) {
            noCache = true; // also no-cache="field": the gateway then stores nothing
        } else if (is(value, from, nameEnd, "max-age")) {
            maxAge = seconds(argument);
        } else if (is(value, from, nameEnd, "s-maxage")) {
            sMaxAge = seconds(argument);
        }
    }

    private static boolean is(String value, int from, int to, String name) {
        return to - from == name.length() && value.regionMatches(true, from, name, 0, name.length());
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** Delta-seconds (RFC 9111 §1.2.2), quoted or not; values beyond an int are capped as the RFC allows. */
    private static long seconds(String argument) {
        if (argument == null) {
            return INVALID;
        }
        String digits = argument.length() >= 2 && argument.startsWith("\"") && argument.endsWith("\"")
                ? argument.substring(1, argument.length() - 1) : argument;
        if (digits.isEmpty() || digits.length() > 18) {
            return digits.isEmpty() ? INVALID : Integer.MAX_VALUE;
        }
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return INVALID;
            }
            v = v * 10 + (c - '0');
        }
        return Math.min(v, Integer.MAX_VALUE);
    }

    public boolean isPublic() {
        return isPublic;
    }

    public boolean isPrivate() {
        return isPrivate;
    }

    public boolean noStore() {
        return noStore;
    }

    public boolean noCache() {
        return noCache;
    }

    /** {@code max-age} in seconds; {@link #ABSENT} without it, a negative value when malformed. */
    public long maxAge() {
        return maxAge;
    }

    /** {@code s-maxage} in seconds; {@link #ABSENT} without it, a negative value when malformed. */
    public long sMaxAge() {
        return sMaxAge;
    }

    /**
     * Freshness lifetime for a shared cache (RFC 9111 §4.2.1: {@code s-maxage} first, then {@code max-age}), in seconds;
     * negative when the response gives none the gateway trusts. A malformed {@code s-maxage} is not replaced by
     * {@code max-age}: the response is then not stored.
     */
    public long sharedLifetime() {
        if (sMaxAge != ABSENT) {
            return sMaxAge;
        }
        return maxAge;
    }
}
