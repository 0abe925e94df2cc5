package vn.ntm.communes.units.imports;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Whole columns bound as one array parameter each, so a file of 10,000 rows is one statement ({@code unnest}). */
final class SqlArrays {

    private SqlArrays() {
    }

    static Array text(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    static Array ints(Connection c, List<Integer> values) throws SQLException {
        return c.createArrayOf("int4", values.toArray());
    }

    static Array longs(Connection c, List<Long> values) throws SQLException {
        return c.createArrayOf("int8", values.toArray());
    }
}
