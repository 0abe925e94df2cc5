package vn.ntm.ocop.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import vn.ntm.ocop.support.OcopClock;
import vn.ntm.ocop.support.OcopConfig;

/**
 * The certificate state rule in its three forms, kept side by side so they cannot drift: Java (for one record),
 * HQL predicates (for filtered listings) and a SQL CASE (for the daily job). All of them read the day from
 * {@code :stateDay} and the start of the notice period from {@code :noticeEdge}.
 */
@ApplicationScoped
public class CertificateStates {

    @Inject
    OcopConfig config;

    @Inject
    OcopClock clock;

    public CertificateState now(Certificate c) {
        return on(c, clock.today());
    }

    public CertificateState on(Certificate c, LocalDate day) {
        return CertificateState.of(c.revokedOn, c.supersededOn, c.validFrom, c.validUntil, day, noticeDays());
    }

    public int noticeDays() {
        return config.certificates().expiryNoticeDays();
    }

    /** Bind values for {@link #SQL_CASE} on {@code day}. */
    public Map<String, Object> params(LocalDate day) {
        return Map.of("stateDay", day, "noticeEdge", day.plusDays(noticeDays()));
    }

    /** Bind values for {@link #hql} of {@code state} on {@code day} (HQL refuses parameters a query does not use). */
    public Map<String, Object> params(CertificateState state, LocalDate day) {
        return state == CertificateState.ACTIVE || state == CertificateState.EXPIRING ? params(day) : Map.of("stateDay", day);
    }

    /** HQL predicate: certificate alias {@code a} is in {@code state} on {@code :stateDay}. */
    public static String hql(CertificateState state, String a) {
        String notRevoked = "(" + a + ".revokedOn is null or " + a + ".revokedOn > :stateDay)";
        String notSuperseded = "(" + a + ".supersededOn is null or " + a + ".supersededOn > :stateDay)";
        String live = notRevoked + " and " + notSuperseded;
        String started = "(" + a + ".validFrom is null or " + a + ".validFrom <= :stateDay)";
        return switch (state) {
            case PENDING -> live + " and " + a + ".validFrom > :stateDay";
            case REVOKED -> a + ".revokedOn <= :stateDay";
            case SUPERSEDED -> notRevoked + " and " + a + ".supersededOn <= :stateDay";
            case EXPIRED -> live + " and " + a + ".validUntil < :stateDay";
            case EXPIRING -> live + " and " + started + " and " + a + ".validUntil >= :stateDay and " + a + ".validUntil <= :noticeEdge";
            case ACTIVE -> live + " and " + started + " and " + a + ".validUntil > :noticeEdge";
        };
    }

    /** HQL predicate: in force (ACTIVE or EXPIRING) on {@code :stateDay}. */
    public static String hqlInForce(String a) {
        return "(" + a + ".revokedOn is null or " + a + ".revokedOn > :stateDay) and (" + a + ".supersededOn is null or "
                + a + ".supersededOn > :stateDay) and (" + a + ".validFrom is null or " + a + ".validFrom <= :stateDay) and "
                + a + ".validUntil >= :stateDay";
    }

    /** SQL CASE over table alias {@code c} giving the state on {@code :stateDay}. */
    public static final String SQL_CASE = "CASE"
            + " WHEN c.revoked_on IS NOT NULL AND c.revoked_on <= :stateDay THEN 'REVOKED'"
            + " WHEN c.superseded_on IS NOT NULL AND c.superseded_on <= :stateDay THEN 'SUPERSEDED'"
            + " WHEN c.valid_from IS NOT NULL AND c.valid_from > :stateDay THEN 'PENDING'"
            + " WHEN c.valid_until < :stateDay THEN 'EXPIRED'"
            + " WHEN c.valid_until <= :noticeEdge THEN 'EXPIRING'"
            + " ELSE 'ACTIVE' END";
}
