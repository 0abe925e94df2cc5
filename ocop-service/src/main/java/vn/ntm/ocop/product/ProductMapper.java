package vn.ntm.ocop.product;

import vn.ntm.common.text.VietnameseText;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.certificate.CertificateStates;
import vn.ntm.ocop.commune.VerifiedCommune;
import vn.ntm.ocop.subject.OcopSubject;

/** API records to and from product entities. */
final class ProductMapper {

    private ProductMapper() {
    }

    static void apply(ProductRequest request, OcopSubject subject, VerifiedCommune commune, Product product) {
        product.name = VietnameseText.nfc(request.name());
        product.nameFolded = VietnameseText.fold(product.name);
        product.group = request.group();
        product.subgroupCode = request.subgroupCode().strip();
        product.subject = subject;
        product.communeCode = commune.code();
        product.communeName = commune.name();
        product.provinceCode = commune.provinceCode();
        product.communeAsOf = commune.asOf();
        product.description = VietnameseText.nfc(request.description());
        RawMaterialArea area = request.rawMaterialArea();
        product.rawMaterialDescription = area == null ? null : VietnameseText.nfc(area.description());
        product.rawMaterialAreaHa = area == null ? null : area.areaHectares();
    }

    static ProductView view(Product p, CertificateStates states) {
        Certificate c = p.currentCertificate;
        ProductView.CertificateSummary certificate = c == null ? null
                : new ProductView.CertificateSummary(c.number, c.stars, states.now(c), c.issuedOn, c.validUntil);
        RawMaterialArea area = p.rawMaterialDescription == null && p.rawMaterialAreaHa == null ? null
                : new RawMaterialArea(p.rawMaterialDescription, p.rawMaterialAreaHa);
        return new ProductView(p.id, p.name, p.group, p.subgroupCode,
                new ProductView.SubjectSummary(p.subject.id, p.subject.name, p.subject.type),
                p.communeCode, p.communeName, p.provinceCode, p.communeAsOf, p.description, area, certificate,
                p.proposedForStars, p.version);
    }
}
