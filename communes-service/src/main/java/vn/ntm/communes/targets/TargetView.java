package vn.ntm.communes.targets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;
import vn.ntm.communes.units.ProvinceRef;

/** A province's targets for a year. */
@Schema(name = "CommunesTarget")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetView(
        ProvinceRef province,
        @Schema(example = "2025") int year,
        @Schema(example = "{\"ADVANCED\": 94, \"MODEL\": 35}") Map<Level, Integer> targets,
        @Schema(example = "Kế hoạch 4647/KH-UBND điều chỉnh Kế hoạch 1290/KH-UBND") String source,
        @Schema(example = "0") long version,
        String updatedBy,
        Instant updatedAt) {
}
