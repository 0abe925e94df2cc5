package vn.ntm.communes.units.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What follows from the lists once they are in: province lineage from the commune mapping (Hải Dương 30 → Hải Phòng 31),
 * the region of each new province from its predecessors (NULL when they lie in different regions), and the region of
 * each unit (its province's, or for a post-reform unit the region most of its predecessors lay in).
 */
final class Derivations {

    private static final String[] STATEMENTS = {
        """
        INSERT INTO province_lineage (predecessor_id, successor_id, effective_date)
        SELECT DISTINCT o.province_id, n.province_id, l.effective_date
        FROM commune_lineage l
        JOIN commune o ON o.id = l.predecessor_id
        JOIN commune n ON n.id = l.successor_id
        WHERE o.province_id <> n.province_id
        ON CONFLICT (predecessor_id, successor_id) DO NOTHING""",
        """
        UPDATE province p SET region_code = d.region
        FROM (SELECT pl.successor_id,
                     CASE WHEN count(DISTINCT pp.region_code) = 1 AND bool_and(pp.region_code IS NOT NULL)
                          THEN min(pp.region_code) END AS region
              FROM province_lineage pl JOIN province pp ON pp.id = pl.predecessor_id
              GROUP BY pl.successor_id) d
        WHERE p.id = d.successor_id AND p.region_code IS DISTINCT FROM d.region""",
        """
        UPDATE commune c SET region_code = p.region_code
        FROM province p
        WHERE p.id = c.province_id
          AND NOT EXISTS (SELECT 1 FROM commune_lineage l WHERE l.successor_id = c.id)
          AND c.region_code IS DISTINCT FROM p.region_code""",
        """
        UPDATE commune c SET region_code = d.region
        FROM (SELECT DISTINCT ON (l.successor_id) l.successor_id, o.region_code AS region
              FROM commune_lineage l JOIN commune o ON o.id = l.predecessor_id
              WHERE o.region_code IS NOT NULL
              GROUP BY l.successor_id, o.region_code
              ORDER BY l.successor_id, count(*) DESC, o.region_code) d
        WHERE c.id = d.successor_id AND c.region_code IS DISTINCT FROM d.region"""
    };

    private Derivations() {
    }

    static void run(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : STATEMENTS) {
                st.executeUpdate(sql);
            }
        }
    }
}
