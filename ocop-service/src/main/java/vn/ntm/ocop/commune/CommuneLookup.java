package vn.ntm.ocop.commune;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.text.VietnameseText;

/**
 * Checks a commune code against communes-service before anything is written. Call it outside a database
 * transaction: a slow dependency must not hold a connection.
 */
@ApplicationScoped
public class CommuneLookup {

    private static final Logger LOG = Logger.getLogger(CommuneLookup.class);
    public static final String DEPENDENCY = "communes-service";
    private static final String ENDED = "ENDED";

    @Inject
    CommuneDirectory directory;

    /**
     * @param field the request field that carried the code, named in the problem when the code is refused
     */
    public VerifiedCommune verify(String field, String code, LocalDate asOf) {
        CommuneAnswer answer;
        try {
            answer = directory.find(code, asOf).orElse(null);
        } catch (RuntimeException e) {
            LOG.warnf("communes-service failed for commune %s as of %s: %s", code, asOf, e.toString());
            throw ApiException.dependencyUnavailable(DEPENDENCY);
        }
        if (answer == null) {
            throw refused(field, "no commune-level unit has the code '" + code + "' on " + asOf
                    + " (checked with communes-service)");
        }
        // communes-service answers a code whose unit has ended with that unit, status ENDED and its last day
        if ((answer.validTo() != null && answer.validTo().isBefore(asOf)) || ENDED.equals(answer.status())) {
            throw refused(field, "the unit '" + code + "' (" + answer.name() + ") ended"
                    + (answer.validTo() == null ? "" : " on " + answer.validTo())
                    + "; use the code of its successor, or the date on which the code was valid");
        }
        if (answer.provinceCode() == null || !answer.provinceCode().matches("\\d{2}") || answer.name() == null) {
            LOG.warnf("communes-service answered commune %s without a usable name or province code", code);
            throw ApiException.dependencyUnavailable(DEPENDENCY);
        }
        return new VerifiedCommune(code, VietnameseText.nfc(answer.name()), answer.provinceCode(), asOf);
    }

    private static ApiException refused(String field, String message) {
        return ApiException.unprocessable("The commune code is not known for that date.",
                List.of(new Problem.FieldError(field, message)));
    }
}
