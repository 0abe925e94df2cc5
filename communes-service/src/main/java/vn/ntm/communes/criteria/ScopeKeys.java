package vn.ntm.communes.criteria;

import vn.ntm.common.text.VietnameseText;

/**
 * Turns a region name as the unit directory gives it ("Đồng bằng sông Hồng", or already a key) into the scope key
 * thresholds use ({@code DONG_BANG_SONG_HONG}), so both spellings meet.
 */
public final class ScopeKeys {

    private ScopeKeys() {
    }

    public static String of(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        String folded = VietnameseText.fold(region.replace('_', ' '));
        return folded.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(java.util.Locale.ROOT);
    }
}
