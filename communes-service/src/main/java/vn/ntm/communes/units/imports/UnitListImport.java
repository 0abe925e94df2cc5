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
import vn.ntm.communes.units.UnitType;

/**
 * Imports a national list of commune-level units (before or after the reform) with their provinces. A unit is
 * identified by its code and the first day of its list's period: the same file imported twice changes nothing, a
 * corrected name or type of the same unit is an update, never a new unit.
 */
final class UnitListImport {

    private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");
    private static final Pattern DISTRICT_CODE = Pattern.compile("[0-9]{3}");
    private static final Pattern UNIT_CODE = Pattern.compile("[0-9]{5}");
    private static final int MAX_NAME = 200;

    private record Line(int line, String provinceCode, String provinceName, String districtCode, String districtName,
                        String code, String name, UnitType type) {
    }

    private final ImportKind kind;
    private final LocalDate validFrom;
    private final LocalDate validTo;

    UnitListImport(ImportKind kind, LocalDate validFrom, LocalDate validTo) {
        this.kind = kind;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    ImportResult run(Connection c, List<CsvRow> rows) throws SQLException {
        List<Line> lines = validate(rows);
        ImportResult.Counts provinces = upsertProvinces(c, lines);
        int[] units = upsertUnits(c, lines);
        return new ImportResult(kind, lines.size(), units[0], units[1], lines.size() - units[0] - units[1], 0, provinces);
    }

    private List<Line> validate(List<CsvRow> rows) {
        boolean withDistrict = kind == ImportKind.PRE_2025;
        RowErrors errors = new RowErrors();
        Map<String, Integer> codeLines = new HashMap<>();
        Map<String, String> provinceNames = new HashMap<>();
        Map<String, Integer> provinceLines = new HashMap<>();
        List<Line> lines = new ArrayList<>(rows.size());
        int columns = kind.header().size();
        for (CsvRow row : rows) {
            if (row.fields().length != columns) {
                errors.add(row.line(), "has " + row.fields().length + " fields; expected " + columns + " (" + String.join(",", kind.header()) + ")");
                continue;
            }
            int f = 0;
            String provinceCode = row.field(f++).strip();
            String provinceName = VietnameseText.nfc(row.field(f++));
            String districtCode = withDistrict ? row.field(f++).strip() : null;
            String districtName = withDistrict ? VietnameseText.nfc(row.field(f++)) : null;
            String code = row.field(f++).strip();
            String name = VietnameseText.nfc(row.field(f++));
            String typeLabel = row.field(f);
            int before = errors.count();
            check(errors, row.line(), PROVINCE_CODE.matcher(provinceCode).matches(), "province_code '" + provinceCode + "' must be 2 digits");
            checkName(errors, row.line(), "province_name", provinceName);
            if (withDistrict) {
                check(errors, row.line(), DISTRICT_CODE.matcher(districtCode).matches(), "district_code '" + districtCode + "' must be 3 digits");
                checkName(errors, row.line(), "district_name", districtName);
            }
            check(errors, row.line(), UNIT_CODE.matcher(code).matches(), "unit_code '" + code + "' must be 5 digits");
            checkName(errors, row.line(), "unit_name", name);
            UnitType type = UnitTypeLabels.parse(typeLabel).orElse(null);
            boolean typeAllowed = type != null && (kind == ImportKind.PRE_2025 ? type != UnitType.DAC_KHU : type != UnitType.THI_TRAN);
            check(errors, row.line(), typeAllowed, "unit_type '" + typeLabel + "' is not one of "
                    + (kind == ImportKind.PRE_2025 ? "Xã, Phường, Thị trấn" : "Xã, Phường, Đặc khu"));
            Integer seen = codeLines.putIfAbsent(code, row.line());
            check(errors, row.line(), seen == null, "unit_code " + code + " is already on line " + seen);
            String knownName = provinceNames.putIfAbsent(provinceCode, provinceName);
            check(errors, row.line(), knownName == null || knownName.equals(provinceName),
                    "province " + provinceCode + " is named '" + knownName + "' on line " + provinceLines.get(provinceCode));
            provinceLines.putIfAbsent(provinceCode, row.line());
            if (errors.count() == before) {
                lines.add(new Line(row.line(), provinceCode, provinceName, districtCode, districtName, code, name, type));
            }
        }
        errors.throwIfAny(kind);
        return lines;
    }

    private static void check(RowErrors errors, int line, boolean ok, String message) {
        if (!ok) {
            errors.add(line, message);
        }
    }

    private static void checkName(RowErrors errors, int line, String column, String value) {
        if (value == null || value.isBlank()) {
            errors.add(line, column + " is empty");
        } else if (value.length() > MAX_NAME) {
            errors.add(line, column + " is longer than " + MAX_NAME + " characters");
        }
    }

    private ImportResult.Counts upsertProvinces(Connection c, List<Line> lines) throws SQLException {
        Map<String, String> provinces = new LinkedHashMap<>();
        lines.forEach(l -> provinces.putIfAbsent(l.provinceCode(), l.provinceName()));
        String sql = """
                WITH input (code, name, folded) AS (SELECT * FROM unnest(?::text[], ?::text[], ?::text[])),
                up AS (
                    INSERT INTO province (code, name, name_folded, valid_from, valid_to)
                    SELECT code, name, folded, ?, ? FROM input
                    ON CONFLICT (code, valid_from) DO UPDATE
                        SET name = EXCLUDED.name, name_folded = EXCLUDED.name_folded, valid_to = EXCLUDED.valid_to
                        WHERE (province.name, province.valid_to) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.valid_to)
                    RETURNING (xmax = 0) AS inserted)
                SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            List<String> codes = new ArrayList<>(provinces.keySet());
            List<String> names = new ArrayList<>(provinces.values());
            ps.setArray(1, SqlArrays.text(c, codes));
            ps.setArray(2, SqlArrays.text(c, names));
            ps.setArray(3, SqlArrays.text(c, names.stream().map(VietnameseText::fold).toList()));
            ps.setDate(4, Date.valueOf(validFrom));
            ps.setDate(5, validTo == null ? null : Date.valueOf(validTo));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int inserted = rs.getInt(1);
                int updated = rs.getInt(2);
                return new ImportResult.Counts(inserted, updated, provinces.size() - inserted - updated);
            }
        }
    }

    private int[] upsertUnits(Connection c, List<Line> lines) throws SQLException {
        String sql = """
                WITH input (code, name, folded, type, province_code, district_code, district_name) AS (
                    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])),
                up AS (
                    INSERT INTO commune (code, name, name_folded, type, province_id, district_code, district_name, valid_from, valid_to)
                    SELECT i.code, i.name, i.folded, i.type, p.id, i.district_code, i.district_name, p.valid_from, ?
                    FROM input i JOIN province p ON p.code = i.province_code AND p.valid_from = ?
                    ON CONFLICT (code, valid_from) DO UPDATE
                        SET name = EXCLUDED.name, name_folded = EXCLUDED.name_folded, type = EXCLUDED.type,
                            province_id = EXCLUDED.province_id, district_code = EXCLUDED.district_code,
                            district_name = EXCLUDED.district_name, valid_to = EXCLUDED.valid_to
                        WHERE (commune.name, commune.type, commune.province_id, commune.district_code, commune.district_name, commune.valid_to)
                            IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.type, EXCLUDED.province_id, EXCLUDED.district_code,
                                              EXCLUDED.district_name, EXCLUDED.valid_to)
                    RETURNING (xmax = 0) AS inserted)
                SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, SqlArrays.text(c, lines.stream().map(Line::code).toList()));
            ps.setArray(2, SqlArrays.text(c, lines.stream().map(Line::name).toList()));
            ps.setArray(3, SqlArrays.text(c, lines.stream().map(l -> VietnameseText.fold(l.name())).toList()));
            ps.setArray(4, SqlArrays.text(c, lines.stream().map(l -> l.type().name()).toList()));
            ps.setArray(5, SqlArrays.text(c, lines.stream().map(Line::provinceCode).toList()));
            ps.setArray(6, SqlArrays.text(c, lines.stream().map(Line::districtCode).toList()));
            ps.setArray(7, SqlArrays.text(c, lines.stream().map(Line::districtName).toList()));
            ps.setDate(8, validTo == null ? null : Date.valueOf(validTo));
            ps.setDate(9, Date.valueOf(validFrom));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        }
    }
}
