package vn.ntm.common.edge;

import io.quarkus.runtime.annotations.StaticInitSafe;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands the check "is the request target a valid URI" from Quarkus to {@link EdgeGuard}, so that a malformed target
 * ({@code %ZZ}, a raw {@code {id}}, {@code cursor=%%%ZZZ}) is a 400 problem with a request id instead of an empty 400.
 *
 * <p>Quarkus' root HTTP handler (VertxHttpRecorder, 3.33) parses every target with {@code java.net.URI} and answers
 * an empty 400 before any route, filter or error handler runs; the only switch is the system property
 * {@code vertx.disableURIValidation}, read once when that class is initialised during static init. There is no
 * configuration key and no hook, and setting the flag on every JVM command line (launcher, surefire, failsafe, IDE)
 * is easy to forget, so platform-common sets it here: a config source is built at the very start of static init,
 * before the HTTP recorder's class is loaded ({@link StaticInitSafe} makes Quarkus build it then). It contributes no
 * properties. {@link EdgeGuard} makes the same {@code java.net.URI} check first thing, so nothing the Quarkus check
 * refused reaches a route.
 */
@StaticInitSafe
public class UriCheckHandover implements ConfigSource {

    static final String PROPERTY = "vertx.disableURIValidation";

    public UriCheckHandover() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        return null;
    }

    @Override
    public String getName() {
        return "ntm-uri-check-handover";
    }

    @Override
    public int getOrdinal() {
        return 0;
    }
}
