package vn.ntm.communes.units.imports;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Loads the official lists shipped in {@code reference-data/} on the first start, when no unit is known yet, so that a
 * fresh installation (and the demo) holds the real units: Hải Dương's 207 and what they became in Hải Phòng.
 * All four files go in one transaction: a failed seed leaves the table empty and is retried on the next start.
 */
@ApplicationScoped
public class ReferenceDataSeeder {

    private static final Logger LOG = Logger.getLogger(ReferenceDataSeeder.class);

    /** The shipped files, in import order. */
    static final String[][] FILES = {
        {"PRE_2025", "reference-data/vn_admin_units_pre2025.csv"},
        {"POST_2025", "reference-data/vn_admin_units_2025.csv"},
        {"MAPPING", "reference-data/vn_admin_units_2025_mapping.csv"},
        {"PROVINCE_REGIONS", "reference-data/province_regions_pre2025.csv"},
    };

    /** Seeding of the reference data. */
    @ConfigMapping(prefix = "ntm.communes.seed")
    public interface SeedConfig {
        /** Load the shipped lists on start when the units table is empty. */
        @WithDefault("true")
        boolean enabled();
    }

    private final UnitImportService imports;
    private final SeedConfig config;

    ReferenceDataSeeder(UnitImportService imports, SeedConfig config) {
        this.imports = imports;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled() && imports.noUnits()) {
            seed();
        }
    }

    @Transactional
    void seed() {
        long start = System.nanoTime();
        for (String[] file : FILES) {
            imports.importCsv(ImportKind.valueOf(file[0]), read(file[1]));
        }
        LOG.infof("Seeded the administrative units from reference-data/ in %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
