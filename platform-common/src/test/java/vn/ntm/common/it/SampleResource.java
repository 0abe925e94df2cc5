package vn.ntm.common.it;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;

/** Endpoints that exercise the shared error handling, used only by this module's tests. */
@Path("/api/v1/samples")
public class SampleResource {

    public enum Level { NTM, ADVANCED, MODEL }

    public record SampleRequest(@NotBlank String name, @NotNull Level level, @Max(100) Integer count, LocalDate since,
                                List<@Valid Item> items) {
    }

    public record Item(@NotBlank String code) {
    }

    @RestClient
    DownstreamClient downstream;

    @POST
    public Response create(@Valid SampleRequest request) {
        return Response.status(201).entity(request).build();
    }

    @GET
    public PageResponse<String> list(@BeanParam @Valid PageQuery page) {
        return PageResponse.of(List.of("a"), page, 1);
    }

    @GET
    @Path("/{code}")
    public Map<String, String> get(@PathParam("code") String code) {
        if (code.equals("conflict")) {
            throw ApiException.conflict("Sample already exists.");
        }
        if (code.equals("boom")) {
            throw new IllegalStateException("SELECT * FROM secret_table WHERE password = 'x'");
        }
        throw ApiException.notFound("Sample", code);
    }

    @GET
    @Path("/by-level")
    public Map<String, String> byLevel(@jakarta.ws.rs.QueryParam("level") Level level) {
        return Map.of("level", String.valueOf(level));
    }

    @GET
    @Path("/relay/downstream")
    public Map<String, String> relay() {
        return downstream.ping();
    }
}
