package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.ntm.campaign.responses.HouseholdHasher;

/**
 * Until this version a citizen's own form was recorded, and audited, under the citizen's token subject. From now on
 * both carry a keyed pseudonym (HouseholdHasher#citizenPseudonym); this migration gives the records made before it
 * the same pseudonym, so that no citizen identity stays beside an answer. The audit trail is otherwise never
 * rewritten: this is the erasure the Personal Data Protection Law (91/2025/QH15) asks for, and it keeps what the
 * trail is for (which write, when, by which role, with which outcome). A Java migration because the pseudonym needs
 * the household key, which is configuration, not SQL.
 */
public class V18__Pseudonymise_citizen_actors extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var config = ConfigProvider.getConfig();
        String secret = config.getValue("ntm.campaign.household-hash-secret", String.class);
        int version = config.getOptionalValue("ntm.campaign.household-key-version", Integer.class).orElse(1);
        var conn = context.getConnection();
        List<String> citizens = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT DISTINCT actor FROM audit_event WHERE actor_roles = 'CITIZEN'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!HouseholdHasher.isCitizenPseudonym(rs.getString(1))) {
                    citizens.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement forms = conn.prepareStatement("UPDATE survey_response SET recorded_by = ? WHERE recorded_by = ? AND channel = 'APP'");
             PreparedStatement audit = conn.prepareStatement("UPDATE audit_event SET actor = ? WHERE actor = ? AND actor_roles = 'CITIZEN'")) {
            for (String subject : citizens) {
                String pseudonym = HouseholdHasher.citizenPseudonym(secret, version, subject);
                forms.setString(1, pseudonym);
                forms.setString(2, subject);
                forms.executeUpdate();
                audit.setString(1, pseudonym);
                audit.setString(2, subject);
                audit.executeUpdate();
            }
        }
    }
}
