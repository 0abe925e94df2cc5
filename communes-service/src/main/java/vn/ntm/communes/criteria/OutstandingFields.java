package vn.ntm.communes.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Scopes;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.communes.criteria.OutstandingFieldResource.FieldInput;
import vn.ntm.communes.criteria.OutstandingFieldResource.FieldView;

/** The outstanding fields (lĩnh vực nổi trội) each province defines for model communes: data, table outstanding_field. */
@ApplicationScoped
public class OutstandingFields {

    @Inject
    EntityManager em;

    @Inject
    CurrentActor currentActor;

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

    @SuppressWarnings("unchecked")
    public PageResponse<FieldView> list(String provinceCode, PageQuery page) {
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM outstanding_field WHERE province_code = ?1")
                .setParameter(1, provinceCode).getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("SELECT province_code, code, name_vi, name_en, source FROM outstanding_field"
                        + " WHERE province_code = ?1 ORDER BY code LIMIT ?2 OFFSET ?3")
                .setParameter(1, provinceCode).setParameter(2, page.size()).setParameter(3, page.offset()).getResultList();
        return PageResponse.of(rows.stream().map(OutstandingFields::view).toList(), page, total);
    }

    @SuppressWarnings("unchecked")
    public FieldView get(String provinceCode, String code) {
        List<Object[]> rows = em.createNativeQuery("SELECT province_code, code, name_vi, name_en, source FROM outstanding_field"
                + " WHERE province_code = ?1 AND code = ?2").setParameter(1, provinceCode).setParameter(2, code).getResultList();
        return rows.isEmpty() ? null : view(rows.get(0));
    }

    /** @return whether the field is new */
    @Transactional
    public boolean define(String provinceCode, String code, FieldInput input) {
        Scopes.requireProvince(currentActor.get(), provinceCode);
        Object inserted = em.createNativeQuery("INSERT INTO outstanding_field (province_code, code, name_vi, name_en, source)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (province_code, code) DO UPDATE SET name_vi = EXCLUDED.name_vi,"
                        + " name_en = EXCLUDED.name_en, source = EXCLUDED.source RETURNING (xmax = 0)")
                .setParameter(1, provinceCode).setParameter(2, code).setParameter(3, VietnameseText.nfc(input.nameVi()))
                .setParameter(4, input.nameEn() == null ? "" : VietnameseText.nfc(input.nameEn()))
                .setParameter(5, VietnameseText.nfc(input.source())).getSingleResult();
        return Boolean.TRUE.equals(inserted);
    }

    private static FieldView view(Object[] r) {
        String nameEn = (String) r[3];
        return new FieldView((String) r[0], (String) r[1], (String) r[2], nameEn == null || nameEn.isEmpty() ? null : nameEn, (String) r[4]);
    }
}
