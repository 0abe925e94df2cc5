package vn.ntm.common.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "downstream")
@Path("/ping")
public interface DownstreamClient {

    @GET
    Map<String, String> ping();
}
