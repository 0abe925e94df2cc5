package vn.ntm.communes.units.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import changed. Importing the same file again gives {@code inserted = updated = 0}.
 *
 * @param rows      data rows in the file
 * @param inserted  records created (units, lineage links or province regions, by kind)
 * @param updated   records whose values the file corrected (same code and validity, other name, type, district or region)
 * @param unchanged records already as in the file
 * @param skipped   rows the registry does not keep (MAPPING rows whose old unit is a district without communes)
 * @param provinces for unit lists, what happened to the provinces named in the file
 */
@Schema(name = "CommunesUnitImportResult", description = "Counts of an administrative-unit import.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportResult(
        @Schema(example = "PRE_2025") ImportKind kind,
        @Schema(example = "10035") int rows,
        @Schema(example = "0") int inserted,
        @Schema(example = "0") int updated,
        @Schema(example = "10035") int unchanged,
        @Schema(example = "0") int skipped,
        Counts provinces) {

    /** Counts for the provinces of a unit list. */
    @Schema(name = "CommunesUnitImportCounts")
    public record Counts(@Schema(example = "0") int inserted, @Schema(example = "0") int updated, @Schema(example = "63") int unchanged) {
    }

    public boolean changedAnything() {
        return inserted > 0 || updated > 0 || (provinces != null && (provinces.inserted() > 0 || provinces.updated() > 0));
    }
}
