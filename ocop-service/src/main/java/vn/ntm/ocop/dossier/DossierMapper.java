package vn.ntm.ocop.dossier;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Entities to API records for dossiers. */
final class DossierMapper {

    private DossierMapper() {
    }

    static DossierView view(Dossier d, DossierRules rules, List<DossierEvent> events) {
        Map<String, RequiredDocument> names = rules.documents(d.ruleVersion).stream()
                .collect(Collectors.toMap(RequiredDocument::code, Function.identity()));
        List<DossierView.DocumentView> documents = d.documents.stream().map(doc -> new DossierView.DocumentView(doc.code,
                names.containsKey(doc.code) ? names.get(doc.code).nameVi() : null, doc.fileName, doc.sha256, doc.sizeBytes)).toList();
        List<DossierView.EventView> history = events.stream().map(e -> new DossierView.EventView(e.stepCode, e.action, e.actingBody,
                e.actor, e.note, e.occurredAt)).toList();
        return new DossierView(d.id, d.product.id, d.product.name, d.subjectId, d.provinceCode, d.communeCode, d.dossierDate,
                d.ruleVersion, d.state, rules.step(d.ruleVersion, d.stepPosition), rules.steps(d.ruleVersion), d.selfScore,
                d.description, d.returnReason, documents, d.evaluationId, d.certificate == null ? null : d.certificate.number,
                d.renewalOf == null ? null : d.renewalOf.number, history, d.version);
    }
}
