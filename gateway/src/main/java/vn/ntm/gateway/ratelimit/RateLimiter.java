package vn.ntm.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import vn.ntm.gateway.GatewayConfig;

/**
 * One Bucket4j token bucket per client. Buckets live in a Caffeine cache bounded in size; a client idle for longer
 * than its period is forgotten, which loses nothing since its bucket would be full again by then.
 */
@ApplicationScoped
public class RateLimiter {

    /** The outcome of one request against its client's bucket. */
    public record Decision(boolean allowed, long limit, Duration period, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private final GatewayConfig.Quota apiKeyQuota;
    private final GatewayConfig.Quota addressQuota;
    private final Cache<String, Bucket> buckets;

    RateLimiter(GatewayConfig config) {
        this.apiKeyQuota = config.rateLimit().apiKey();
        this.addressQuota = config.rateLimit().address();
        Duration idle = apiKeyQuota.period().compareTo(addressQuota.period()) > 0 ? apiKeyQuota.period() : addressQuota.period();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.rateLimit().maxClients())
                .expireAfterAccess(idle)
                .build();
    }

    /** Takes one token for the client with this API key (null: none) calling from {@code address}. */
    public Decision consume(String apiKey, String address) {
        boolean keyed = apiKey != null;
        GatewayConfig.Quota quota = keyed ? apiKeyQuota : addressQuota;
        String client = keyed ? "key:" + apiKey : "addr:" + address;
        Bucket bucket = buckets.get(client, k -> newBucket(quota));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), quota.requests(), quota.period(), probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private static Bucket newBucket(GatewayConfig.Quota quota) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(quota.requests()).refillGreedy(quota.requests(), quota.period()).build())
                .build();
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
