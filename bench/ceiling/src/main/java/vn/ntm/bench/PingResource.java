package vn.ntm.bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The same stack as the services (Quarkus REST + Jackson), no database, no filters: the HTTP ceiling. */
@Path("/ping")
public class PingResource {

    public record Pong(String code, String name, String status) {
    }

    private static final Pong PONG = new Pong("10657", "Xã Đồng Lạc", "ACTIVE");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Pong ping() {
        return PONG;
    }
}
