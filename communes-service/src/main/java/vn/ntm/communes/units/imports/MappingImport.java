package vn.ntm.communes.units.imports;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Imports the old → new mapping of the reform as lineage links between a pre-reform unit (ended the day before) and a
 * post-reform unit (started on the reform date). Both lists must be imported first. Rows whose old unit is a district
 * without communes (the island districts that became đặc khu) are counted as skipped: districts are not units here.
 */
final class MappingImport {

    private static final Pattern UNIT_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern DISTRICT_CODE = Pattern.compile("[0-9]{3}");

    private record Line(int line, String oldCode, String newCode, String kind, boolean district) {
    }

    private final LocalDate reformDate;

    MappingImport(LocalDate reformDate) {
        this.reformDate = reformDate;
    }

    ImportResult run(Connection c, List<CsvRow> rows) throws SQLException {
        RowErrors errors = new RowErrors();
        List<Line> lines = validate(rows, errors);
        List<Line> communes = lines.stream().filter(l -> !l.district()).toList();
        List<Line> districts = lines.stream().filter(Line::district).toList();
        List<long[]> links = resolve(c, communes, errors);
        checkTargetsExist(c, districts, errors);
        errors.throwIfAny(ImportKind.MAPPING);
        int[] counts = upsert(c, communes, links);
        return new ImportResult(ImportKind.MAPPING, lines.size(), counts[0], counts[1],
                communes.size() - counts[0] - counts[1], districts.size(), null);
    }

    /** Rows well-formed enough to resolve; every problem found goes to {@code errors}. */
    private List<Line> validate(List<CsvRow> rows, RowErrors errors) {
        List<Line> lines = new ArrayList<>(rows.size());
        Map<String, Integer> pairs = new HashMap<>();
        Map<String, List<Line>> byOld = new HashMap<>();
        for (CsvRow row : rows) {
            if (row.fields().length != 4) {
                errors.add(row.line(), "has " + row.fields().length + " fields; expected 4 (" + String.join(",", ImportKind.MAPPING.header()) + ")");
                continue;
            }
            String oldCode = row.field(0).strip();
            String newCode = row.field(1).strip();
            String kind = row.field(2).strip().toLowerCase(Locale.ROOT);
            String level = row.field(3).strip().toLowerCase(Locale.ROOT);
            int before = errors.count();
            boolean district = level.equals("district");
            if (!district && !level.equals("commune")) {
                errors.add(row.line(), "old_unit_level '" + row.field(3) + "' is not one of commune, district");
            } else if (!(district ? DISTRICT_CODE : UNIT_CODE).matcher(oldCode).matches()) {
                errors.add(row.line(), "old_unit_code '" + oldCode + "' must be " + (district ? "3" : "5") + " digits for a " + level);
            }
            if (!UNIT_CODE.matcher(newCode).matches()) {
                errors.add(row.line(), "new_unit_code '" + newCode + "' must be 5 digits");
            }
            if (!kind.equals("full") && !kind.equals("partial")) {
                errors.add(row.line(), "merge_type '" + row.field(2) + "' is not one of full, partial");
            }
            Integer seen = pairs.putIfAbsent(level + oldCode + ">" + newCode, row.line());
            if (seen != null) {
                errors.add(row.line(), "the link " + oldCode + " → " + newCode + " is already on line " + seen);
            }
            if (errors.count() == before) {
                Line line = new Line(row.line(), oldCode, newCode, kind.toUpperCase(Locale.ROOT), district);
                lines.add(line);
                byOld.computeIfAbsent(level + oldCode, k -> new ArrayList<>()).add(line);
            }
        }
        // 'partial' means the old unit was split: it appears on several rows, every one of them partial
        for (List<Line> targets : byOld.values()) {
            for (Line l : targets) {
                if (targets.size() == 1 && l.kind().equals("PARTIAL")) {
                    errors.add(l.line(), "merge_type is partial but " + l.oldCode() + " has no other row; a single successor is full");
                } else if (targets.size() > 1 && l.kind().equals("FULL")) {
                    errors.add(l.line(), "merge_type is full but " + l.oldCode() + " has " + targets.size() + " rows; the pieces of a split are partial");
                }
            }
        }
        return lines;
    }

    /** The unit ids of each link, in order; unresolved codes become errors. */
    private List<long[]> resolve(Connection c, List<Line> lines, RowErrors errors) throws SQLException {
        String sql = """
                SELECT i.ord, o.id, n.id
                FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS i (old_code, new_code, ord)
                LEFT JOIN commune o ON o.code = i.old_code AND o.valid_to = ?
                LEFT JOIN commune n ON n.code = i.new_code AND n.valid_from = ?
                ORDER BY i.ord""";
        List<long[]> links = new ArrayList<>(lines.size());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, SqlArrays.text(c, lines.stream().map(Line::oldCode).toList()));
            ps.setArray(2, SqlArrays.text(c, lines.stream().map(Line::newCode).toList()));
            ps.setDate(3, Date.valueOf(reformDate.minusDays(1)));
            ps.setDate(4, Date.valueOf(reformDate));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Line line = lines.get(rs.getInt(1) - 1);
                    long oldId = rs.getLong(2);
                    boolean oldFound = !rs.wasNull();
                    long newId = rs.getLong(3);
                    boolean newFound = !rs.wasNull();
                    if (!oldFound) {
                        errors.add(line.line(), "old_unit_code " + line.oldCode() + " is not a unit that ended on "
                                + reformDate.minusDays(1) + "; import the PRE_2025 list first");
                    }
                    if (!newFound) {
                        errors.add(line.line(), "new_unit_code " + line.newCode() + " is not a unit that started on "
                                + reformDate + "; import the POST_2025 list first");
                    }
                    links.add(new long[] {oldId, newId});
                }
            }
        }
        return links;
    }

    private void checkTargetsExist(Connection c, List<Line> districts, RowErrors errors) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM commune WHERE code = ? AND valid_from = ?")) {
            for (Line l : districts) {
                ps.setString(1, l.newCode());
                ps.setDate(2, Date.valueOf(reformDate));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        errors.add(l.line(), "new_unit_code " + l.newCode() + " is not a unit that started on " + reformDate
                                + "; import the POST_2025 list first");
                    }
                }
            }
        }
    }

    private int[] upsert(Connection c, List<Line> lines, List<long[]> links) throws SQLException {
        String sql = """
                WITH up AS (
                    INSERT INTO commune_lineage (predecessor_id, successor_id, kind, effective_date)
                    SELECT old_id, new_id, kind, ? FROM unnest(?::int8[], ?::int8[], ?::text[]) AS i (old_id, new_id, kind)
                    ON CONFLICT (predecessor_id, successor_id) DO UPDATE
                        SET kind = EXCLUDED.kind, effective_date = EXCLUDED.effective_date
                        WHERE (commune_lineage.kind, commune_lineage.effective_date) IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.effective_date)
                    RETURNING (xmax = 0) AS inserted)
                SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(reformDate));
            ps.setArray(2, SqlArrays.longs(c, links.stream().map(l -> l[0]).toList()));
            ps.setArray(3, SqlArrays.longs(c, links.stream().map(l -> l[1]).toList()));
            ps.setArray(4, SqlArrays.text(c, lines.stream().map(Line::kind).toList()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
    }
}
