package vn.ntm.communes.certification;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.Level;
import vn.ntm.communes.certification.DossierApi.DossierListItem;
import vn.ntm.communes.procedure.PinnedProcedure;
import vn.ntm.communes.procedure.ProcedureCatalogue;
import vn.ntm.communes.procedure.ProcedureDocument.Step;

/**
 * Work lists: {@code GET /api/v1/dossiers?awaiting=ROLE} lists the dossiers whose next forward steps (returns and rejections aside) that
 * role records under their pinned version, e.g. the appraisers' queue or the council's agenda, with each step's due
 * date. A role whose work is not a step is served by its {@link AwaitingQueue} bean; a role nobody serves is a 400.
 */
@ApplicationScoped
public class WorkLists {

    @Inject
    ProcedureCatalogue catalogue;

    @Inject
    Instance<AwaitingQueue> queues;

    @Inject
    DossierService dossiers;

    PageResponse<DossierListItem> awaiting(Actor actor, String role, String province, Level level, Integer year, PageQuery page) {
        Optional<AwaitingQueue> queue = queues.stream().filter(q -> q.role().equals(role)).findFirst();
        if (queue.isPresent()) {
            return queue.get().list(actor, province, page);
        }
        // the states, per pinned version, from which a step of the role comes next
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (PinnedProcedure p : catalogue.publishedVersions()) {
            List<String> states = new ArrayList<>();
            for (Step s : p.document().steps()) {
                boolean waits = p.document().forward(s.code()).stream().anyMatch(n -> p.document().step(n).map(x -> x.roles().contains(role)).orElse(false));
                if (waits) {
                    states.add(s.code());
                }
            }
            if (!states.isEmpty()) {
                clauses.add("(procedureCode = :c" + i + " AND procedureVersion = :v" + i + " AND state IN :s" + i + ")");
                params.put("c" + i, p.code());
                params.put("v" + i, p.version());
                params.put("s" + i, states.stream().map(DossierState::valueOf).toList());
                i++;
            }
        }
        if (clauses.isEmpty()) {
            throw ApiException.invalidField("awaiting", "no procedure step is recorded by " + role + " and no work list serves it yet");
        }
        StringBuilder where = new StringBuilder("(" + String.join(" OR ", clauses) + ")");
        if (!scope(actor, where, params)) {
            return PageResponse.of(List.of(), page, 0);
        }
        filters(province, level, year, null, where, params);
        // oldest first: the longest-waiting dossier heads the queue
        var query = DossierEntity.find(where.toString(), Sort.by("updatedAt").and("id"), params);
        long total = query.count();
        List<DossierListItem> items = query.page(Page.of(page.page(), page.size())).<DossierEntity>list().stream().map(d -> {
            DossierStepEntity last = DossierStepEntity.<DossierStepEntity>find("dossierId = ?1", Sort.by("seq").descending(), d.id).firstResult();
            LocalDate since = last == null ? null : last.stepDate;
            return DossierListItem.of(d, dossiers.openSteps(dossiers.pinned(d), d.state, since, role));
        }).toList();
        return PageResponse.of(items, page, total);
    }

    /** Restricts {@code where} to the token's territory; false when the token reaches no dossier at all. */
    static boolean scope(Actor actor, StringBuilder where, Map<String, Object> params) {
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return true;
        }
        if (actor.communeCode() != null) {
            where.append(" AND communeCode = :scopeCommune");
            params.put("scopeCommune", actor.communeCode());
            return true;
        }
        if (actor.provinceCode() != null) {
            where.append(" AND provinceCode = :scopeProvince");
            params.put("scopeProvince", actor.provinceCode());
            return true;
        }
        return false;
    }

    static void filters(String province, Level level, Integer year, DossierState state, StringBuilder where, Map<String, Object> params) {
        if (province != null) {
            where.append(" AND provinceCode = :province");
            params.put("province", province);
        }
        if (level != null) {
            where.append(" AND level = :level");
            params.put("level", level);
        }
        if (year != null) {
            where.append(" AND year = :year");
            params.put("year", year);
        }
        if (state != null) {
            where.append(" AND state = :state");
            params.put("state", state);
        }
    }
}
