package vn.ntm.communes.targets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;

/** The target counts of a province for a year; levels left out have no target. */
@Schema(name = "CommunesTargetRequest")
public record TargetRequest(
        @Schema(description = "Communes to hold each level (or above) by the end of the year.", example = "{\"ADVANCED\": 94, \"MODEL\": 35}")
        @NotNull @NotEmpty Map<@NotNull Level, @NotNull @Min(0) @Max(100_000) Integer> targets,
        @Schema(description = "The plan the figures come from.", example = "Kế hoạch 4647/KH-UBND điều chỉnh Kế hoạch 1290/KH-UBND")
        @Size(max = 500) String source) {
}
