package vn.ntm.communes.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The outstanding fields (lĩnh vực nổi trội) each province defines for model communes: data, table outstanding_field. */
@ApplicationScoped
public class OutstandingFields {

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public Set<String> ofProvince(String provinceCode) {
        List<String> codes = em.createNativeQuery("SELECT code FROM outstanding_field WHERE province_code = ?1 ORDER BY code")
                .setParameter(1, provinceCode).getResultList();
        return new LinkedHashSet<>(codes);
    }

    /** The values a CHOICE list may take in a province. */
    public Set<String> choices(String list, String provinceCode) {
        if ("OUTSTANDING_FIELDS".equals(list)) {
            return ofProvince(provinceCode);
        }
        return Set.of();
    }
}
