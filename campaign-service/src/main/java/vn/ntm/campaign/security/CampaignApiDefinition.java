package vn.ntm.campaign.security;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Declares the bearer scheme once for the OpenAPI document, so that Swagger UI can send a token. The scheme is named
 * {@code bearer} and declared identically (no description) in every service: the gateway merges the documents and
 * requires identical components. Roles come in the token's {@code groups} claim, their scope in {@code province},
 * {@code commune} and {@code household} (README, Security).
 */
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class CampaignApiDefinition extends Application {
}
