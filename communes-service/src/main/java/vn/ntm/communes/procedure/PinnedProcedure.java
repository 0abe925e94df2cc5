package vn.ntm.communes.procedure;

import java.time.LocalDate;

/** A published procedure version as the workflow reads it: frozen, so it may be cached. */
public record PinnedProcedure(String code, int version, LocalDate effectiveFrom, ProcedureDocument document) {

    public String ruleVersion() {
        return ProcedureDocument.ruleVersion(code, version);
    }
}
