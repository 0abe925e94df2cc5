package vn.ntm.communes.units.imports;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: comma-separated, optional double quotes ("" inside quotes), CRLF or LF, UTF-8 BOM ignored. */
public final class Csv {

    private Csv() {
    }

    /** All records of {@code text}, the header included, each with the line it starts on. */
    public static List<CsvRow> parse(String text) {
        List<CsvRow> rows = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int n = text.length();
        while (i < n) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean endOfRecord = false;
            while (i < n && !endOfRecord) {
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i < n && text.charAt(i) == '\n') {
                    // CR of a CRLF: the LF ends the record
                } else if (c == '\n') {
                    line++;
                    endOfRecord = true;
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            boolean blank = fields.size() == 1 && fields.get(0).isBlank();
            if (!blank) {
                rows.add(new CsvRow(startLine, fields.toArray(String[]::new)));
            }
        }
        return rows;
    }

    /** One CSV field, quoted when it needs to be. */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
