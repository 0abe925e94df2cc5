package vn.ntm.communes.criteria;

import io.smallrye.config.ConfigMapping;
import java.math.BigDecimal;
import java.util.Map;

/** Factors that derived thresholds multiply another set's threshold by, each with its legal source. */
@ConfigMapping(prefix = "ntm.criteria")
public interface CriteriaConfig {

    /** By name, e.g. {@code MODEL_INCOME} (QĐ 319/QĐ-TTg: income at least 10% above the advanced threshold). */
    Map<String, Factor> factors();

    interface Factor {
        BigDecimal value();

        String source();
    }
}
