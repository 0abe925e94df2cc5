package vn.ntm.ocop.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.product.Product;
import vn.ntm.ocop.support.OcopConfig;

/**
 * Which certificate a renewal dossier may renew: the product's own certificate, neither revoked nor superseded, still in
 * force on the dossier's date and inside the renewal window before its last valid day (a setting, 6 months by default).
 */
@ApplicationScoped
public class RenewalRules {

    @Inject
    OcopConfig config;

    public Certificate renewable(Product product, String number, LocalDate dossierDate) {
        Certificate certificate = Certificate.findByNumber(number.strip().toUpperCase(Locale.ROOT)).orElseThrow(() -> refused(
                "no OCOP certificate has the number " + number));
        if (!certificate.product.id.equals(product.id)) {
            throw refused("certificate " + certificate.number + " is not this product's");
        }
        if (certificate.revokedOn != null || certificate.supersededOn != null) {
            throw refused("certificate " + certificate.number + " was " + (certificate.revokedOn != null ? "revoked" : "superseded")
                    + "; only a certificate in force is renewed");
        }
        if (certificate.validUntil.isBefore(dossierDate)) {
            throw refused("certificate " + certificate.number + " expired on " + certificate.validUntil + ", before the dossier date; "
                    + "submit a new dossier instead");
        }
        LocalDate opens = certificate.validUntil.minusMonths(config.certificates().renewalWindowMonths());
        if (dossierDate.isBefore(opens)) {
            throw refused("certificate " + certificate.number + " is valid through " + certificate.validUntil + "; its renewal opens on "
                    + opens + " (" + config.certificates().renewalWindowMonths() + " months before)");
        }
        return certificate;
    }

    private static ApiException refused(String message) {
        return ApiException.unprocessable("The certificate cannot be renewed by this dossier.",
                List.of(new Problem.FieldError("renewalOf", message)));
    }
}
