package vn.ntm.communes.units.imports;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.ntm.common.text.VietnameseText;

/**
 * Imports the region (vùng) of each pre-reform province. The regions of post-reform provinces and units are derived
 * from their predecessors afterwards ({@link Derivations}).
 */
final class RegionImport {

    private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");

    private record Line(int line, String code, String name, String region) {
    }

    private record Province(long id, String name, String region) {
    }

    private final LocalDate lastPreReformDay;

    RegionImport(LocalDate reformDate) {
        this.lastPreReformDay = reformDate.minusDays(1);
    }

    ImportResult run(Connection c, List<CsvRow> rows) throws SQLException {
        Map<String, String> regions = regions(c);
        List<String> regionNames = regionNames(c);
        RowErrors errors = new RowErrors();
        Map<String, Integer> seen = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (CsvRow row : rows) {
            if (row.fields().length != 3) {
                errors.add(row.line(), "has " + row.fields().length + " fields; expected 3 (" + String.join(",", ImportKind.PROVINCE_REGIONS.header()) + ")");
                continue;
            }
            String code = row.field(0).strip();
            String name = VietnameseText.nfc(row.field(1));
            String regionLabel = VietnameseText.nfc(row.field(2));
            int before = errors.count();
            if (!PROVINCE_CODE.matcher(code).matches()) {
                errors.add(row.line(), "province_code '" + code + "' must be 2 digits");
            }
            if (name.isBlank()) {
                errors.add(row.line(), "province_name is empty");
            }
            String region = regions.get(VietnameseText.fold(regionLabel));
            if (region == null) {
                region = regions.containsValue(regionLabel) ? regionLabel : null;
            }
            if (region == null) {
                errors.add(row.line(), "region '" + regionLabel + "' is not one of the seven regions of Decision 318/QĐ-TTg: "
                        + String.join(", ", regionNames));
            }
            Integer other = seen.putIfAbsent(code, row.line());
            if (other != null) {
                errors.add(row.line(), "province_code " + code + " is already on line " + other);
            }
            if (errors.count() == before) {
                lines.add(new Line(row.line(), code, name, region));
            }
        }
        List<Province> provinces = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, region_code FROM province WHERE code = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)")) {
            for (Line l : lines) {
                ps.setString(1, l.code());
                ps.setDate(2, Date.valueOf(lastPreReformDay));
                ps.setDate(3, Date.valueOf(lastPreReformDay));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        errors.add(l.line(), "province " + l.code() + " is not in the pre-reform list; import PRE_2025 first");
                        provinces.add(null);
                        continue;
                    }
                    Province p = new Province(rs.getLong(1), rs.getString(2), rs.getString(3));
                    if (!VietnameseText.fold(p.name()).equals(VietnameseText.fold(l.name()))) {
                        errors.add(l.line(), "province " + l.code() + " is '" + p.name() + "' in the pre-reform list, not '" + l.name() + "'");
                    }
                    provinces.add(p);
                }
            }
        }
        errors.throwIfAny(ImportKind.PROVINCE_REGIONS);
        int inserted = 0;
        int updated = 0;
        try (PreparedStatement ps = c.prepareStatement("UPDATE province SET region_code = ? WHERE id = ?")) {
            for (int i = 0; i < lines.size(); i++) {
                Province p = provinces.get(i);
                if (!lines.get(i).region().equals(p.region())) {
                    if (p.region() == null) {
                        inserted++;
                    } else {
                        updated++;
                    }
                    ps.setString(1, lines.get(i).region());
                    ps.setLong(2, p.id());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        return new ImportResult(ImportKind.PROVINCE_REGIONS, lines.size(), inserted, updated, lines.size() - inserted - updated, 0, null);
    }

    private static List<String> regionNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM region ORDER BY code"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Folded region name → region code. */
    private static Map<String, String> regions(Connection c) throws SQLException {
        Map<String, String> regions = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name_folded, code FROM region ORDER BY code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                regions.put(rs.getString(1), rs.getString(2));
            }
        }
        return regions;
    }
}
