package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the 2026–2030 sets of QĐ 51/2025/QĐ-TTg (Appendix I, commune set; Appendix II, modern-commune pilot) as
 * version 1, in force from 15/02/2026, the decision's effective date. What could not be read is marked
 * {@code verified: false} in the JSON; a ministry or province completes it through a draft version, never by
 * editing these files.
 */
public class V48__Load_criteria_sets_2026_2030 extends BaseJavaMigration {

    static final String[] SETS = {"QD51-NTM-2026-2030", "QD51-MODERN-2026-2030"};

    /** QĐ 51/2025/QĐ-TTg, Điều 3: hiệu lực từ ngày 15/02/2026 (domain note ntm-2026-2030.md §3, [V]). */
    static final LocalDate IN_FORCE = LocalDate.of(2026, 2, 15);

    @Override
    public void migrate(Context context) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String sql = "INSERT INTO criteria_set (code, version, level, period_from, period_to, title_vi, document, published_at, published_by,"
                + " status, effective_from, created_by) VALUES (?, 1, ?, ?, ?, ?, CAST(? AS jsonb), now(), 'flyway V48', 'PUBLISHED', ?, 'flyway V48')";
        try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
            for (String code : SETS) {
                String text = read("criteria-sets/" + code + ".json");
                JsonNode doc = json.readTree(text);
                if (!code.equals(doc.path("code").asText())) {
                    throw new IllegalStateException("criteria-sets/" + code + ".json names another code");
                }
                insert.setString(1, code);
                insert.setString(2, doc.path("level").asText());
                insert.setInt(3, doc.path("periodFrom").asInt());
                insert.setInt(4, doc.path("periodTo").asInt());
                insert.setString(5, doc.path("titleVi").asText());
                insert.setString(6, text);
                insert.setDate(7, Date.valueOf(IN_FORCE));
                insert.executeUpdate();
            }
        }
    }

    private static String read(String resource) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : V48__Load_criteria_sets_2026_2030.class.getClassLoader()).getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
