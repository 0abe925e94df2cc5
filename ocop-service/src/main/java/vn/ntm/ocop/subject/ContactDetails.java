package vn.ntm.ocop.subject;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How officials reach a subject. Private data. */
@Schema(name = "OcopSubjectContact")
public record ContactDetails(
        @Size(max = 200) @Schema(example = "Nguyễn Văn An") String representative,
        @Size(max = 30) @Pattern(regexp = "[0-9+() .-]{6,30}", message = "must be a phone number (digits, spaces, + ( ) . -)")
        @Schema(example = "0220 3852 000") String phone,
        @Size(max = 200) @Email @Schema(example = "lienhe@example.vn") String email,
        @Size(max = 500) @Schema(example = "Phường Quang Trung, thành phố Hải Dương, tỉnh Hải Dương") String address) {
}
