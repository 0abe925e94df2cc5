package vn.ntm.campaign.communes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** The fields of communes-service's province answer this service uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProvinceAnswer(String code, String name, String status, LocalDate validFrom, LocalDate validTo) {
}
