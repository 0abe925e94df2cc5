package vn.ntm.ocop.mark;

import java.util.Map;

/** Entities to API records for mark uses and violations. */
final class MarkMapper {

    private MarkMapper() {
    }

    static MarkViews.UseView use(MarkUse u) {
        return new MarkViews.UseView(u.id, u.product.id, u.certificate.number, u.certificate.stars, u.kind, u.description, u.place,
                u.usedFrom, u.usedUntil);
    }

    static MarkViews.RuleView useKind(MarkRule.UseKind k) {
        return new MarkViews.RuleView(k.code, k.name, k.legalSource, null, null);
    }

    static MarkViews.RuleView violationKind(MarkRule.ViolationKind k) {
        return new MarkViews.RuleView(k.code, k.name, k.legalSource, k.needsStars, null);
    }

    static MarkViews.RuleView action(MarkRule.Action a) {
        return new MarkViews.RuleView(a.code, a.name, a.legalSource, null, a.opensRevocation);
    }

    /** The public view: no reporter, no evidence file names (a photo's name may carry a person's name). */
    static MarkViews.ViolationView violation(MarkViolation v, Map<String, MarkRule.ViolationKind> kinds) {
        MarkRule.ViolationKind kind = kinds.get(v.kind);
        return new MarkViews.ViolationView(v.id, v.provinceCode, v.product == null ? null : v.product.id, v.productName, v.kind,
                kind == null ? null : kind.name, v.seenOn, v.seenAt, v.description, v.starsShown,
                v.evidence.stream().map(e -> new MarkViews.EvidenceView(e.sha256, e.sizeBytes)).toList(), v.state, v.action,
                v.actionNote, v.resolvedOn, v.revokedCertificate == null ? null : v.revokedCertificate.number, v.version);
    }

    static MarkViews.ReporterView reporter(MarkViolation v) {
        return new MarkViews.ReporterView(v.id, v.reporterName, v.reporterContact, v.reportedBy, v.handledBy,
                v.evidence.stream().map(e -> new MarkViews.EvidenceFileView(e.fileName, e.sha256, e.sizeBytes)).toList());
    }
}
