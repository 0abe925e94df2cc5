package vn.ntm.ocop.commune;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * The fields of communes-service's answer that this service uses. Unknown fields are ignored so that the other
 * service can add fields (additive changes within v1).
 *
 * @param validTo last day of an ended unit; {@code null} while the unit exists
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommuneAnswer(String code, String name, String type, String provinceCode, String status,
                            LocalDate validFrom, LocalDate validTo) {
}
