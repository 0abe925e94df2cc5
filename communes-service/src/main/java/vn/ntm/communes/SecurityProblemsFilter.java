package vn.ntm.communes;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Quarkus documents a 401 and a 403 on every operation that needs a token, with no body. Ours are problems (RFC 9457)
 * like every other error: this filter says so, once for all operations, at build time.
 */
public class SecurityProblemsFilter implements OASFilter {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "401", "No valid bearer token: missing, expired, or not signed by the trusted issuer (`WWW-Authenticate: Bearer`).",
            "403", "The token's role may not do this, or its province or commune does not reach this record.");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null || operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return operation;
        }
        DESCRIPTIONS.forEach((status, description) -> {
            APIResponse response = responses.getAPIResponse(status);
            if (response != null && response.getContent() == null) {
                response.setDescription(description);
                response.setContent(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
            }
        });
        return operation;
    }
}
