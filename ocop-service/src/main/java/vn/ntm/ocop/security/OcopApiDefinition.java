package vn.ntm.ocop.security;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Declares the bearer scheme once for the OpenAPI document, so that Swagger UI can send a token. The scheme is named
 * {@code bearer} in every service: the gateway merges the documents and requires identical components.
 */
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class OcopApiDefinition extends Application {
}
