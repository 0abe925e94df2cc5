package vn.ntm.ocop.rules;

/** A mandatory criterion (tiêu chí bắt buộc): it must be met for {@code stars} stars and every level above. */
public record MandatoryCriterion(String code, int stars, String nameVi, String nameEn, String legalSource, String confidence) {
}
