package vn.ntm.gateway.cache;

/** {@code If-None-Match} against an entity tag, by weak comparison (RFC 9110 §13.1.2, §8.8.3.2). */
final class ETags {

    private ETags() {
    }

    static boolean weakMatch(String ifNoneMatch, String etag) {
        String stored = opaque(etag.trim());
        int i = 0;
        int n = ifNoneMatch.length();
        while (i < n) {
            int comma = CacheDirectives.nextComma(ifNoneMatch, i);
            String candidate = ifNoneMatch.substring(i, comma).trim();
            if (candidate.equals("*") || (!candidate.isEmpty() && opaque(candidate).equals(stored))) {
                return true;
            }
            i = comma + 1;
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
