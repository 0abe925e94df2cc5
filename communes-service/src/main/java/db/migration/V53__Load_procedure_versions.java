package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the three shipped recognition procedure versions (issue 17) from {@code procedures/}: QĐ 18/2022 with district
 * verification (published, in force from the decision's date), the province version from 01/07/2025 (published, in
 * force from NĐ 131/2025's effective date) and the 2026–2030 draft copied from it. Later changes go through a draft
 * version and the API, never by editing these files.
 */
public class V53__Load_procedure_versions extends BaseJavaMigration {

    /** File, status, and the effective date of a published one (its period start). */
    static final String[][] VERSIONS = {
        {"procedures/NTM-RECOGNITION-v1.json", "PUBLISHED"},
        {"procedures/NTM-RECOGNITION-v2.json", "PUBLISHED"},
        {"procedures/NTM-RECOGNITION-v3-draft.json", "DRAFT"},
    };

    @Override
    public void migrate(Context context) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String sql = "INSERT INTO procedure_version (code, version, status, title_vi, period_from, period_to, effective_from, document,"
                + " created_by, published_at, published_by) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), 'flyway V53', ?, ?)";
        try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
            for (String[] v : VERSIONS) {
                String text = read(v[0]);
                JsonNode doc = json.readTree(text);
                boolean published = v[1].equals("PUBLISHED");
                LocalDate from = LocalDate.parse(doc.path("periodFrom").asText());
                insert.setString(1, doc.path("code").asText());
                insert.setInt(2, doc.path("version").asInt());
                insert.setString(3, v[1]);
                insert.setString(4, doc.path("titleVi").asText());
                insert.setDate(5, Date.valueOf(from));
                if (doc.path("periodTo").isTextual()) {
                    insert.setDate(6, Date.valueOf(LocalDate.parse(doc.path("periodTo").asText())));
                } else {
                    insert.setNull(6, Types.DATE);
                }
                if (published) {
                    insert.setDate(7, Date.valueOf(from));
                } else {
                    insert.setNull(7, Types.DATE);
                }
                insert.setString(8, text);
                if (published) {
                    insert.setTimestamp(9, new java.sql.Timestamp(System.currentTimeMillis()));
                    insert.setString(10, "flyway V53");
                } else {
                    insert.setNull(9, Types.TIMESTAMP);
                    insert.setNull(10, Types.VARCHAR);
                }
                insert.executeUpdate();
            }
        }
    }

    private static String read(String resource) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : V53__Load_procedure_versions.class.getClassLoader()).getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
