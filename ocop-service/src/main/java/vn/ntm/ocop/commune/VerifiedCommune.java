package vn.ntm.ocop.commune;

import java.time.LocalDate;

/** A commune code that communes-service confirmed for a date, with the name and province it answered. */
public record VerifiedCommune(String code, String name, String provinceCode, LocalDate asOf) {
}
