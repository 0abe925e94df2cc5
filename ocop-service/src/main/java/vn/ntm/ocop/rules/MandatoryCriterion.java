package vn.ntm.ocop.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mandatory criterion (tiêu chí bắt buộc): it must be met for {@code stars} stars and every level above. */
@Schema(name = "OcopMandatoryCriterion")
public record MandatoryCriterion(String code, int stars, String nameVi, String nameEn, String legalSource, String confidence) {
}
