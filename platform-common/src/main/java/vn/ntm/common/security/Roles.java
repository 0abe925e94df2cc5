package vn.ntm.common.security;

/**
 * The roles of the platform, carried in the token's {@code groups} claim. Each is scoped by claims:
 * {@code province} (2-digit GSO code), {@code commune} (5-digit GSO code), {@code ocopLevel} (OCOP council level),
 * {@code household} (the citizen's household identifier), {@code sectors} (the sector departments a sector officer speaks for).
 */
public final class Roles {

    /** Criteria sets, imports, audit reading; every province. */
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    /** Everything of its province: targets, registry, dossiers, OCOP registry, campaigns. */
    public static final String PROVINCE_OFFICER = "PROVINCE_OFFICER";
    /** Its own commune's assessments and dossiers. */
    public static final String COMMUNE_OFFICER = "COMMUNE_OFFICER";
    /** Dossier verification and appraisal in its province. */
    public static final String APPRAISER = "APPRAISER";
    /** Appraisal council votes in its province. */
    public static final String COUNCIL_MEMBER = "COUNCIL_MEMBER";
    /** OCOP score sheets at its council level, in its province. */
    public static final String OCOP_COUNCIL_MEMBER = "OCOP_COUNCIL_MEMBER";
    /** Survey administration in its commune (the Front committee). */
    public static final String FRONT_SURVEYOR = "FRONT_SURVEYOR";
    /** One survey response for its household; public data. */
    public static final String CITIZEN = "CITIZEN";
    /** An OCOP subject (producer) account: its own product dossiers only; the {@code ocopSubject} claim names the subject. */
    public static final String SUBJECT = "SUBJECT";

    /**
     * An officer of a provincial sector department (Sở Giao thông vận tải, Sở Y tế, Công an tỉnh, …): confirms, returns or
     * unapproves the criteria of its sectors on the dossiers of its province ({@code province} claim) and reads their work
     * list. The {@code sectors} claim names one or more sector codes (comma-separated or a JSON array), e.g.
     * {@code TRANSPORT,CONSTRUCTION}; a token without it reaches no criterion.
     */
    public static final String SECTOR_OFFICER = "SECTOR_OFFICER";

    public static final String PROVINCE_CLAIM = "province";
    public static final String COMMUNE_CLAIM = "commune";
    public static final String HOUSEHOLD_CLAIM = "household";
    public static final String OCOP_LEVEL_CLAIM = "ocopLevel";
    public static final String OCOP_SUBJECT_CLAIM = "ocopSubject";
    public static final String SECTORS_CLAIM = "sectors";

    private Roles() {
    }
}
