package vn.ntm.communes.units;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Names of the seven regions (fixed by migration, so read once). */
@ApplicationScoped
public class Regions {

    private final AgroalDataSource dataSource;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    Regions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String name(String code) {
        if (code == null) {
            return null;
        }
        if (names.isEmpty()) {
            load();
        }
        return names.get(code);
    }

    private void load() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT code, name FROM region");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the regions", e);
        }
    }
}
