package vn.ntm.communes;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The service's REST application: it only carries the OpenAPI security scheme. The scheme is named {@code bearer} in
 * every NTM service, so that the gateway's merged document sees one and the same component.
 */
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class CommunesApi extends Application {
}
