package vn.ntm.common.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Roles;
import vn.ntm.common.security.Scopes;

@Path("/api/v1/secured")
public class SecuredResource {

    @Inject
    CurrentActor currentActor;

    @POST
    @Path("/provinces/{province}/communes/{commune}")
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    public Map<String, String> act(@PathParam("province") String province, @PathParam("commune") String commune) {
        Actor actor = currentActor.get();
        Scopes.requireCommune(actor, province, commune);
        return Map.of("actor", actor.subject(), "roles", actor.rolesText());
    }
}
