package vn.ntm.ocop.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.common.text.VietnameseText;

/**
 * Builds the WHERE clause of a listing from optional filters. Values always travel as bind parameters; only the
 * fixed clause text written in the code is concatenated.
 */
public final class Filter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code clause} (which names {@code :param}) when {@code value} is present. */
    public Filter when(Object value, String clause, String param) {
        if (value != null) {
            clauses.add(clause);
            params.put(param, value);
        }
        return this;
    }

    /** Adds a fixed clause with its own parameters. */
    public Filter always(String clause, Map<String, Object> values) {
        clauses.add(clause);
        params.putAll(values);
        return this;
    }

    /**
     * Diacritics-insensitive search on a folded column: every word of the term must occur (in any order), so
     * "vai thieu thanh ha" finds "Vải thiều Thanh Hà". Uses the column's pg_trgm index.
     */
    public Filter search(String term, String foldedColumn) {
        if (term == null || term.isBlank()) {
            return this;
        }
        String[] words = VietnameseText.fold(term).split(" ");
        for (int i = 0; i < words.length && i < 8; i++) {
            String param = "q" + i;
            clauses.add(foldedColumn + " like :" + param + " escape '\\'");
            params.put(param, VietnameseText.likeContains(words[i]));
        }
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}
