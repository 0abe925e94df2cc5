package vn.ntm.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as the platform stores and searches it. Names are stored in NFC; search compares
 * a folded form without tone marks or diacritics, where Đ/đ becomes d, so that "dong lac" finds "Đồng Lạc".
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** NFC with trimmed, single spaces; {@code null} stays {@code null}. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    /** Lower case without diacritics, for search columns and search terms. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('Đ', 'D').replace('đ', 'd');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /** A folded term safe to put inside a SQL LIKE pattern (wildcards escaped with backslash). */
    public static String likeContains(String term) {
        String folded = fold(term);
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
