package vn.ntm.campaign.communes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;

/**
 * Turns a commune code sent by a caller into a commune known to communes-service on a date, or into the problem
 * the caller must see: a 422 naming the field for an unknown or ended commune, a 503 when communes-service cannot
 * answer. Call it before opening a transaction: nothing is written when the check fails.
 */
@ApplicationScoped
public class CommuneCheck {

    private static final Logger LOG = Logger.getLogger(CommuneCheck.class);
    public static final String DEPENDENCY = "communes-service";

    @Inject
    CommuneDirectory directory;

    /**
     * @param field the request field that carried the code, named in the problem
     * @param asOf  the date the commune must exist on (the unit that carried the code then)
     */
    public Commune require(String field, String code, LocalDate asOf) {
        return require(field, code, asOf, "");
    }

    /**
     * @param hint appended to the message when the unit did not exist on {@code asOf} (how the caller can name another day)
     */
    public Commune require(String field, String code, LocalDate asOf, String hint) {
        Optional<CommuneAnswer> answer;
        try {
            answer = directory.lookup(code, asOf);
        } catch (RuntimeException e) {
            LOG.warnf("communes-service lookup failed for commune %s: %s", code, e.getClass().getSimpleName());
            throw ApiException.dependencyUnavailable(DEPENDENCY);
        }
        CommuneAnswer unit = answer.orElseThrow(() -> ApiException.unprocessable("Commune " + code + " is not in the registry.",
                List.of(new Problem.FieldError(field, "unknown commune code '" + code + "'"))));
        if (unit.validTo() != null && asOf.isAfter(unit.validTo())) {
            throw unprocessable(field, "commune " + code + " (" + unit.name() + ") ended on " + unit.validTo()
                    + " and did not exist on " + asOf + "; use the code of the unit that succeeded it" + hint);
        }
        if (unit.validFrom() != null && asOf.isBefore(unit.validFrom())) {
            throw unprocessable(field, "commune " + code + " (" + unit.name() + ") only exists from " + unit.validFrom()
                    + ", not on " + asOf + hint);
        }
        if (unit.provinceCode() == null || unit.name() == null) {
            LOG.warnf("communes-service answered commune %s without a name or province", code);
            throw ApiException.dependencyUnavailable(DEPENDENCY);
        }
        return new Commune(unit.code() == null ? code : unit.code(), unit.name(), unit.type(), unit.provinceCode());
    }

    /** The province carrying {@code code} on {@code asOf}; a 422 naming {@code field} when there is none, 503 when unanswered. */
    public String requireProvince(String field, String code, LocalDate asOf) {
        Optional<ProvinceAnswer> answer;
        try {
            answer = directory.lookupProvince(code, asOf);
        } catch (RuntimeException e) {
            LOG.warnf("communes-service lookup failed for province %s: %s", code, e.getClass().getSimpleName());
            throw ApiException.dependencyUnavailable(DEPENDENCY);
        }
        ProvinceAnswer province = answer.orElseThrow(() -> unprocessable(field, "unknown province code '" + code + "'"));
        if (province.validTo() != null && asOf.isAfter(province.validTo())) {
            throw unprocessable(field, "province " + code + " (" + province.name() + ") ended on " + province.validTo()
                    + " and did not exist on " + asOf);
        }
        if (province.validFrom() != null && asOf.isBefore(province.validFrom())) {
            throw unprocessable(field, "province " + code + " (" + province.name() + ") only exists from " + province.validFrom());
        }
        return province.name();
    }

    private static ApiException unprocessable(String field, String message) {
        return ApiException.unprocessable("The code cannot be used on that date.",
                List.of(new Problem.FieldError(field, message)));
    }
}
