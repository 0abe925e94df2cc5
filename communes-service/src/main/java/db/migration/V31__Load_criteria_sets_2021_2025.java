package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the 2021–2025 criteria sets shipped as JSON resources (src/main/resources/criteria-sets) as version 1 of
 * each set: the NTM and advanced sets of QĐ 318/QĐ-TTg and the model-commune conditions of QĐ 319/QĐ-TTg.
 * Later changes are published through the API as new versions, never by editing these files.
 */
public class V31__Load_criteria_sets_2021_2025 extends BaseJavaMigration {

    static final String[] SETS = {"QD318-NTM-2021-2025", "QD318-ADVANCED-2021-2025", "QD319-MODEL-2021-2025"};

    @Override
    public void migrate(Context context) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String sql = "INSERT INTO criteria_set (code, version, level, period_from, period_to, title_vi, document, published_by)"
                + " VALUES (?, 1, ?, ?, ?, ?, CAST(? AS jsonb), 'flyway V31')";
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
                insert.executeUpdate();
            }
        }
    }

    private static String read(String resource) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : V31__Load_criteria_sets_2021_2025.class.getClassLoader()).getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
