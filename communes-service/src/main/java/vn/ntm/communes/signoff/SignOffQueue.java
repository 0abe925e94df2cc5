package vn.ntm.communes.signoff;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.communes.certification.DossierEntity;
import vn.ntm.communes.certification.DossierState;
import vn.ntm.communes.signoff.DossierCriteria.CriterionRef;
import vn.ntm.communes.signoff.SignOffApi.AwaitingCriterion;
import vn.ntm.communes.signoff.SignOffApi.QueueItem;

/**
 * A department's work list: the dossiers of a province, open to checks, with at least one criterion of the given
 * sectors that awaits the department (never acted on, unapproved, or corrected since). A returned criterion awaits the
 * commune, not the department, until it is corrected.
 */
@ApplicationScoped
public class SignOffQueue {

    @Inject
    DossierCriteria dossierCriteria;

    @Inject
    SignOffRecords records;

    /**
     * The work list for the caller: a sector officer sees its own province and sectors (a sector it does not speak
     * for is a 403); a province officer or appraiser its province, for any sector; an administrator any province.
     * Paged in memory: the list is computed from each open dossier's criteria, and a province has tens of open dossiers.
     */
    public vn.ntm.common.paging.PageResponse<QueueItem> forCaller(vn.ntm.common.security.Actor actor, String province, String sector,
                                                                  vn.ntm.common.paging.PageQuery page) {
        String scope = province != null ? province : actor.provinceCode();
        if (scope == null) {
            throw vn.ntm.common.problem.ApiException.invalidField("province", "is required: name the 2-digit GSO province code");
        }
        vn.ntm.common.security.Scopes.requireProvince(actor, scope);
        Set<String> sectors;
        if (actor.hasRole(vn.ntm.common.security.Roles.SECTOR_OFFICER) && !actor.hasRole(vn.ntm.common.security.Roles.ADMINISTRATOR)) {
            if (sector != null) {
                vn.ntm.common.security.Scopes.requireSector(actor, sector);
            }
            sectors = sector != null ? Set.of(sector) : actor.sectors();
        } else {
            sectors = sector != null ? Set.of(sector) : SectorEntity.<SectorEntity>listAll().stream().map(s -> s.code).collect(java.util.stream.Collectors.toSet());
        }
        if (sector != null && SectorEntity.findById(sector) == null) {
            throw vn.ntm.common.problem.ApiException.invalidField("sector", "'" + sector + "' is not a known sector (GET /api/v1/sectors)");
        }
        List<QueueItem> all = dossiersAwaiting(scope, sectors);
        int from = Math.min(all.size(), page.page() * page.size());
        return vn.ntm.common.paging.PageResponse.of(all.subList(from, Math.min(all.size(), from + page.size())), page, all.size());
    }

    /** Oldest dossier first: the one waiting longest. */
    public List<QueueItem> dossiersAwaiting(String provinceCode, Set<String> sectors) {
        List<DossierEntity> candidates = DossierEntity.list("provinceCode = ?1 AND state NOT IN ?2", Sort.by("createdAt").and("id"), provinceCode,
                List.of(DossierState.RECOGNISED, DossierState.REJECTED));
        List<QueueItem> items = new ArrayList<>();
        for (DossierEntity d : candidates) {
            if (DossierCriteria.closedToChecks(d).isPresent()) {
                continue;
            }
            Map<Integer, CriterionSignOffEntity> standings = records.standings(d.id);
            List<AwaitingCriterion> awaiting = new ArrayList<>();
            for (CriterionRef c : dossierCriteria.of(d)) {
                if (!sectors.contains(c.sector())) {
                    continue;
                }
                CriterionSignOffEntity r = standings.get(c.number());
                SignOffStatus status = r == null ? SignOffStatus.PENDING : r.status;
                if (status.awaitsSector()) {
                    awaiting.add(new AwaitingCriterion(c.number(), c.nameVi(), c.sector(), status));
                }
            }
            if (!awaiting.isEmpty()) {
                items.add(new QueueItem(d.id, d.communeCode, d.communeName, d.provinceCode, d.level, d.year, d.state, awaiting));
            }
        }
        return items;
    }
}
