package vn.ntm.common.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Decorates the application's {@link JWTParser} bean (smallrye-jwt's {@code DefaultJWTParser}) so that
 * {@link #parse(String)} answers a token verified earlier from {@link VerifiedTokenCache} instead of checking its
 * signature again. That one method is the path of every bearer token: Quarkus' {@code MpJwtValidator} (the identity
 * provider of the services) and the gateway's {@code BearerTokenFilter} both inject this bean and call it. The other
 * methods (explicit keys or contexts) reach the parser unchanged.
 */
@Decorator
@Priority(10)
abstract class CachingJwtParser implements JWTParser {

    @Inject
    @Delegate
    JWTParser parser;

    @Inject
    VerifiedTokenCache cache;

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        return cache.verified(bearerToken, parser::parse);
    }
}
