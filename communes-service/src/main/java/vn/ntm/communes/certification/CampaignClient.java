package vn.ntm.communes.certification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** campaign-service: the latest closed satisfaction survey of a commune (docs/architecture.md). */
@RegisterRestClient(configKey = "campaign")
@Path("/api/v1/communes")
@Produces(MediaType.APPLICATION_JSON)
public interface CampaignClient {

    @GET
    @Path("/{code}/satisfaction")
    Satisfaction satisfaction(@PathParam("code") String communeCode, @QueryParam("level") String level, @QueryParam("year") int year);

    @JsonIgnoreProperties(ignoreUnknown = true)
    /**
     * {@code closedOn} and {@code ruleVersion} ("{procedureCode}/v{n}", the procedure version whose survey rule judged the
     * result) are added by campaign-service in issue 17; both may be absent (older answers) and are then not checked.
     */
    record Satisfaction(String surveyId, String state, Integer householdsInScope, Integer formsReturned, BigDecimal coverage,
                        BigDecimal coverageFloor, Boolean coverageMet, BigDecimal overallRate, BigDecimal passRate, Boolean passed,
                        java.time.LocalDate closedOn, String ruleVersion) {
    }

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return response.getStatus() == 404 ? new RemoteAnswers.NotFound() : new RemoteAnswers.Failed(response.getStatus());
    }
}
