package vn.ntm.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Copies the scope claims of a bearer token into identity attributes, where {@link CurrentActor} reads them. */
@ApplicationScoped
public class ScopeClaimsAugmentor implements SecurityIdentityAugmentor {

    private static final String[] SCOPE_CLAIMS = {
        Roles.PROVINCE_CLAIM, Roles.COMMUNE_CLAIM, Roles.HOUSEHOLD_CLAIM, Roles.OCOP_LEVEL_CLAIM, Roles.OCOP_SUBJECT_CLAIM,
        Roles.SECTORS_CLAIM
    };

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        for (String claim : SCOPE_CLAIMS) {
            Object value = token.getClaim(claim);
            if (value != null) {
                builder.addAttribute(claim, value.toString().replace("\"", ""));
            }
        }
        return Uni.createFrom().item(builder.build());
    }
}
