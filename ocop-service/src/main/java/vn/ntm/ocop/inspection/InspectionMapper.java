package vn.ntm.ocop.inspection;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Entities to API records for inspections. */
final class InspectionMapper {

    private InspectionMapper() {
    }

    static InspectionView view(Inspection i, Map<String, InspectionItem> items) {
        List<InspectionView.FindingView> findings = i.findings.stream().map(f -> {
            InspectionItem item = items.get(f.itemCode);
            return new InspectionView.FindingView(f.itemCode, item == null ? null : item.name, item == null ? null : item.legalSource,
                    f.compliant, f.note);
        }).toList();
        return new InspectionView(i.id, i.plan.id, i.certificate.number, i.certificate.product.name, i.provinceCode, i.year,
                i.followUpOf == null ? null : i.followUpOf.id, i.inspectedOn, i.inspector, i.outcome, i.remedyDeadline,
                i.closedBy == null ? null : i.closedBy.id, i.note, findings, i.version);
    }

    static InspectionView.PlanView plan(InspectionPlan p, List<Inspection> inspections, Map<String, InspectionItem> items) {
        return new InspectionView.PlanView(p.id, p.provinceCode, p.year, inspections.stream().map(i -> view(i, items)).toList(), p.version);
    }

    static InspectionView.ItemView item(InspectionItem item) {
        return new InspectionView.ItemView(item.code, item.name, item.legalSource);
    }

    /** Year and outcome only: the public must not learn who inspected or what was found. */
    static InspectionView.PublicStatus publicStatus(Inspection i) {
        return new InspectionView.PublicStatus(i.inspectedOn.getYear(), i.outcome,
                "inspected " + i.inspectedOn.getYear() + ", " + i.outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}
