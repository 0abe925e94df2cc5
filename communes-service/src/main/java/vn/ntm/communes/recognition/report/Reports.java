package vn.ntm.communes.recognition.report;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ntm.communes.units.imports.Csv;

/** Writes a {@link Table} as CSV or Excel, and chooses between JSON, CSV and Excel from the Accept header. */
public final class Reports {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The three representations of a report endpoint. */
    public enum Format { JSON, CSV, XLSX }

    private Reports() {
    }

    /** The first acceptable of JSON, CSV and Excel in the caller's order of preference; JSON when none is named. */
    public static Format negotiate(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return Format.JSON;
            }
            String name = type.getType() + "/" + type.getSubtype();
            if (name.equals(CSV)) {
                return Format.CSV;
            }
            if (name.equals(XLSX)) {
                return Format.XLSX;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return Format.JSON;
            }
        }
        return Format.JSON;
    }

    public static Response file(Table table, Format format, String fileStem) {
        byte[] body = format == Format.CSV ? csv(table) : xlsx(table);
        String type = format == Format.CSV ? CSV + "; charset=UTF-8" : XLSX;
        String extension = format == Format.CSV ? ".csv" : ".xlsx";
        return Response.ok(body).type(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileStem + extension + "\"").build();
    }

    /**
     * Plain RFC 4180 table (header and rows, no preamble: every row carries what it needs), UTF-8 with a byte-order
     * mark so that spreadsheet programs show the Vietnamese names correctly.
     */
    public static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, table.headers().stream().map(h -> (Object) h).toList());
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            out.append(Csv.escape(cell == null ? "" : cell.toString()));
        }
        out.append("\r\n");
    }

    public static byte[] xlsx(Table table) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName(table.title()));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            int r = 0;
            for (String line : table.preamble()) {
                sheet.createRow(r++).createCell(0).setCellValue(line);
            }
            if (!table.preamble().isEmpty()) {
                r++;
            }
            Row header = sheet.createRow(r++);
            for (int i = 0; i < table.headers().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.headers().get(i));
                cell.setCellStyle(bold);
            }
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            for (int i = 0; i < table.headers().size(); i++) {
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, table.headers().get(i).length() + 4)) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ . */
    private static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", "-");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
