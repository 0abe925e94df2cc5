package vn.ntm.communes.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.certification.AwaitingQueue;
import vn.ntm.communes.certification.DossierApi.DossierListItem;
import vn.ntm.communes.certification.DossierEntity;

/**
 * {@code GET /api/v1/dossiers?awaiting=SECTOR_OFFICER}: a department's queue is not a dossier step but the criteria
 * of its sectors still to sign off, so it is the sign-off queue in the shape of a dossier list. The criteria that wait
 * are on {@code GET /api/v1/criteria-sign-off/queue}.
 */
@ApplicationScoped
public class SectorAwaitingQueue implements AwaitingQueue {

    @Inject
    SignOffQueue queue;

    @Override
    public String role() {
        return Roles.SECTOR_OFFICER;
    }

    @Override
    public PageResponse<DossierListItem> list(Actor actor, String province, PageQuery page) {
        PageResponse<SignOffApi.QueueItem> items = queue.forCaller(actor, province, null, page);
        // the page's dossiers in one query, in the queue's order
        java.util.Map<java.util.UUID, DossierEntity> byId = DossierEntity.<DossierEntity>list("id IN ?1",
                items.items().stream().map(SignOffApi.QueueItem::dossierId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(d -> d.id, d -> d));
        return PageResponse.of(items.items().stream().map(i -> DossierListItem.of(byId.get(i.dossierId()), null)).toList(), page, items.totalItems());
    }
}
