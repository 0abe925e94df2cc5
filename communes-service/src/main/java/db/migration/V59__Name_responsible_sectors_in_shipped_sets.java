package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Databases that loaded the shipped sets (V31, V48) before each criterion named its responsible sector get the
 * {@code responsibleSector} of the shipped JSON added to the version 1 they hold. This is the one exception to "stored
 * documents never change": the sector is who confirms a criterion, not a rule the criterion is evaluated by, so no
 * verdict moves; and without it every criterion of those dossiers would fall to the appraisal lead. A fresh database
 * already loaded the files with the sectors in them, and this changes nothing there.
 */
public class V59__Name_responsible_sectors_in_shipped_sets extends BaseJavaMigration {

    static final String[] SETS = {"QD318-NTM-2021-2025", "QD318-ADVANCED-2021-2025", "QD319-MODEL-2021-2025", "QD51-NTM-2026-2030",
        "QD51-MODERN-2026-2030"};

    @Override
    public void migrate(Context context) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String code : SETS) {
            JsonNode shipped = json.readTree(read("criteria-sets/" + code + ".json"));
            Map<Integer, JsonNode> sectors = new HashMap<>();
            shipped.path("criteria").forEach(c -> sectors.put(c.path("number").asInt(), c.get("responsibleSector")));
            try (PreparedStatement select = context.getConnection().prepareStatement(
                    "SELECT id, CAST(document AS text) FROM criteria_set WHERE code = ? AND version = 1")) {
                select.setString(1, code);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    long id = rs.getLong(1);
                    JsonNode stored = json.readTree(rs.getString(2));
                    boolean changed = false;
                    for (JsonNode c : stored.path("criteria")) {
                        JsonNode sector = sectors.get(c.path("number").asInt());
                        if (sector != null && !c.has("responsibleSector")) {
                            ((ObjectNode) c).set("responsibleSector", sector);
                            changed = true;
                        }
                    }
                    if (changed) {
                        try (PreparedStatement update = context.getConnection().prepareStatement(
                                "UPDATE criteria_set SET document = CAST(? AS jsonb) WHERE id = ?")) {
                            update.setString(1, json.writeValueAsString(stored));
                            update.setLong(2, id);
                            update.executeUpdate();
                        }
                    }
                }
            }
        }
    }

    private static String read(String resource) throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : V59__Name_responsible_sectors_in_shipped_sets.class.getClassLoader()).getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
