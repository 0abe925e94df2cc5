package vn.ntm.communes.recognition.report;

import java.util.List;

/**
 * A report as rows and columns, written as CSV or as an Excel sheet. Cells are String, Number, LocalDate or null.
 *
 * @param title    sheet title and file name stem
 * @param preamble lines above the table (what it counts, the date, the source), one cell each
 */
public record Table(String title, List<String> preamble, List<String> headers, List<List<Object>> rows) {
}
