package vn.ntm.communes.certification;

import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.security.Actor;
import vn.ntm.communes.certification.DossierApi.DossierListItem;

/**
 * The work list of a role whose work is not a dossier step, e.g. a sector department's sign-offs (SECTOR_OFFICER):
 * {@code GET /api/v1/dossiers?awaiting=ROLE} answers with the bean whose {@link #role()} is ROLE. Roles that record
 * steps are served from the procedure versions without a bean; a role served by neither is a 400.
 */
public interface AwaitingQueue {

    String role();

    /** The dossiers waiting on the role, within {@code actor}'s scope (and {@code province}, when given), newest first. */
    PageResponse<DossierListItem> list(Actor actor, String province, PageQuery page);
}
