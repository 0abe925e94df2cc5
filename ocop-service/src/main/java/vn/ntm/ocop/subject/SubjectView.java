package vn.ntm.ocop.subject;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subject as anyone may see it: no registration number, no contact. */
@Schema(name = "OcopSubjectView")
public record SubjectView(
        @Schema(example = "6f1b7c1e-2a51-4d8e-9a57-3c0a5a1e9b10") UUID id,
        @Schema(example = "Công ty Cổ phần Hoàng Giang") String name,
        @Schema(example = "ENTERPRISE") SubjectType type,
        @Schema(example = "10516") String communeCode,
        @Schema(example = "Phường Quang Trung") String communeName,
        @Schema(example = "30") String provinceCode,
        @Schema(example = "2025-05-15") LocalDate communeAsOf,
        @Schema(description = "The record's version; also sent as ETag.", example = "0") long version) {
}
