package vn.ntm.ocop.subject;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subject as an official registers or edits it. */
@Schema(name = "OcopSubjectRequest")
public record SubjectRequest(
        @NotBlank @Size(max = 300)
        @Schema(example = "Công ty Cổ phần Hoàng Giang") String name,
        @NotNull
        @Schema(example = "ENTERPRISE") SubjectType type,
        @NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit GSO commune code")
        @Schema(description = "GSO code of the commune-level unit where the subject is based.", example = "10516") String communeCode,
        @PastOrPresent
        @Schema(description = "Date on which communeCode identifies the unit (codes were reused after 1 July 2025). Default: today.",
                example = "2025-05-15") LocalDate communeAsOf,
        @NotBlank @Size(max = 50)
        @Schema(description = "Business, cooperative or household registration number. Private.", example = "0800123456")
        String registrationNumber,
        @Valid
        @Schema(description = "Contact details. Private: never in public answers.") ContactDetails contact) {
}
