package vn.ntm.ocop.mark;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The rows of V20 that say what the OCOP mark rules are: kinds of use, kinds of violation, actions; each with its source. */
public final class MarkRule {

    private MarkRule() {
    }

    /** A way the mark is used on a product (packaging, label, sales channel, advertising). */
    @Entity
    @Table(name = "ocop_mark_use_kind")
    public static class UseKind extends PanacheEntityBase {
        @Id
        public String code;
        public String name;
        @Column(name = "legal_source")
        public String legalSource;
    }

    /** What was seen: a product using the mark without a certificate, after expiry, with wrong stars, on an unregistered use. */
    @Entity
    @Table(name = "ocop_mark_violation_kind")
    public static class ViolationKind extends PanacheEntityBase {
        @Id
        public String code;
        public String name;
        /** The report must say how many stars the mark showed. */
        @Column(name = "needs_stars")
        public boolean needsStars;
        @Column(name = "legal_source")
        public String legalSource;
    }

    /** How a violation was handled. */
    @Entity
    @Table(name = "ocop_mark_action")
    public static class Action extends PanacheEntityBase {
        @Id
        public String code;
        public String name;
        /** The action opens the certificate revocation. */
        @Column(name = "opens_revocation")
        public boolean opensRevocation;
        @Column(name = "legal_source")
        public String legalSource;
    }
}
