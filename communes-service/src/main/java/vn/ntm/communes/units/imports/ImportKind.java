package vn.ntm.communes.units.imports;

import java.util.List;

/** The official lists the registry imports, each with the exact header of its CSV file (see reference-data/SOURCES.md). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CommunesUnitImportKind")
public enum ImportKind {
    /** National list before the 1 July 2025 reform (GSO, current to 01/03/2025). */
    PRE_2025(List.of("province_code", "province_name", "district_code", "district_name", "unit_code", "unit_name", "unit_type")),
    /** National list from 1 July 2025 (Công văn 1027/CTK-CSCL and 915/CTK-CSCL). */
    POST_2025(List.of("province_code", "province_name", "unit_code", "unit_name", "unit_type")),
    /** Old → new units of the 1 July 2025 reform (resolutions 1654–1687/NQ-UBTVQH15). */
    MAPPING(List.of("old_unit_code", "new_unit_code", "merge_type", "old_unit_level")),
    /** Region (vùng, Decision 318/QĐ-TTg) of each pre-reform province. */
    PROVINCE_REGIONS(List.of("province_code", "province_name", "region"));

    private final List<String> header;

    ImportKind(List<String> header) {
        this.header = header;
    }

    public List<String> header() {
        return header;
    }
}
