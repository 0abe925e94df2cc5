package vn.ntm.communes.units.imports;

/** One data row of a CSV file with the line it starts on (the header is line 1). */
public record CsvRow(int line, String[] fields) {

    public String field(int index) {
        return index < fields.length ? fields[index] : "";
    }
}
