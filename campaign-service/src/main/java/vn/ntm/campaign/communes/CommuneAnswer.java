package vn.ntm.campaign.communes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** The fields of communes-service's answer this service uses; anything else it sends is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommuneAnswer(String code, String name, String type, String provinceCode, String status,
                            LocalDate validFrom, LocalDate validTo) {
}
