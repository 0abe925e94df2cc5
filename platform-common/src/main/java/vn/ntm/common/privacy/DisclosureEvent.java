package vn.ntm.common.privacy;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row of the disclosure log as its readers see it. */
@Schema(name = "DisclosureEvent", description = "One read of personal data: who, when, which records, under which purpose.")
public record DisclosureEvent(
        @Schema(example = "1042") long id,
        @Schema(example = "2026-11-03T02:15:00Z") Instant occurredAt,
        @Schema(description = "Token subject of the reader (officers act in office and are named).", example = "mttq.xa-10867") String actor,
        @Schema(example = "FRONT_SURVEYOR") String actorRoles,
        @Schema(example = "8f0c2a4e-1b7d-4c3a-9e55-2b9f4f1d7a10") String requestId,
        @Schema(example = "SURVEY_ANSWERS") String category,
        @Schema(enumeration = {"READ", "EXPORT"}, example = "READ") String channel,
        @Schema(example = "RECOGNITION NTM 2026") String purpose,
        @Schema(example = "survey") String recordType,
        @Schema(example = "[\"5f1c7c1e-3a7b-4d65-8f0a-0c7a2b1d9e44\"]") List<String> recordIds,
        @Schema(example = "30") String provinceCode,
        @Schema(example = "10867") String communeCode) {
}
