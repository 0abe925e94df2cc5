package vn.ntm.ocop.subject;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The private part of a subject, for officials only. */
@Schema(name = "OcopSubjectRegistration")
public record SubjectRegistrationView(
        @Schema(example = "6f1b7c1e-2a51-4d8e-9a57-3c0a5a1e9b10") UUID id,
        @Schema(example = "Công ty Cổ phần Hoàng Giang") String name,
        @Schema(example = "0800123456") String registrationNumber,
        ContactDetails contact) {
}
