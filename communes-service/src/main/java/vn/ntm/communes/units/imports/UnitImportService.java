package vn.ntm.communes.units.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.communes.units.UnitsChanged;
import vn.ntm.communes.units.UnitsConfig;

/**
 * Bulk import of the official unit lists. One file is one transaction: every row is checked first and a file with
 * any bad row writes nothing; a good file is written with a few set-based statements (columns bound as arrays).
 * Imports are serialised by an advisory lock, so two officials importing at once cannot interleave.
 */
@ApplicationScoped
public class UnitImportService {

    private static final Logger LOG = Logger.getLogger(UnitImportService.class);
    private static final long IMPORT_LOCK = 0x4e544d554e495453L; // "NTMUNITS"

    private final AgroalDataSource dataSource;
    private final UnitsConfig config;
    private final Event<UnitsChanged> changed;
    private final Instance<CurrentActor> actor;

    UnitImportService(AgroalDataSource dataSource, UnitsConfig config, Event<UnitsChanged> changed, Instance<CurrentActor> actor) {
        this.dataSource = dataSource;
        this.config = config;
        this.changed = changed;
        this.actor = actor;
    }

    @Transactional
    public ImportResult importCsv(ImportKind kind, String text) {
        List<CsvRow> rows = checkHeader(kind, text);
        try (Connection c = dataSource.getConnection()) {
            lock(c);
            ImportResult result = switch (kind) {
                case PRE_2025 -> new UnitListImport(kind, config.preReformValidFrom(), config.reformDate().minusDays(1)).run(c, rows);
                case POST_2025 -> new UnitListImport(kind, config.reformDate(), null).run(c, rows);
                case MAPPING -> new MappingImport(config.reformDate()).run(c, rows);
                case PROVINCE_REGIONS -> new RegionImport(config.reformDate()).run(c, rows);
            };
            if (result.changedAnything()) {
                Derivations.run(c);
                changed.fire(new UnitsChanged("import " + kind));
            }
            LOG.infof("Imported %s by %s: %d rows, %d inserted, %d updated, %d unchanged, %d skipped", kind, importedBy(),
                    result.rows(), result.inserted(), result.updated(), result.unchanged(), result.skipped());
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not import the " + kind + " list", e);
        }
    }

    /** The authenticated administrator, or {@code system} for the reference data loaded at first start. */
    private String importedBy() {
        if (!Arc.container().requestContext().isActive() || !actor.isResolvable()) {
            return "system";
        }
        // the endpoint admits administrators only: an anonymous actor is the seeder at startup
        Actor importer = actor.get().get();
        return importer.isAnonymous() ? "system" : importer.subject();
    }

    /** True when no unit has been loaded yet (first start). */
    public boolean noUnits() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM commune)")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the units table", e);
        }
    }

    private static void lock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, IMPORT_LOCK);
            ps.execute();
        }
    }

    private static List<CsvRow> checkHeader(ImportKind kind, String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("The body is empty; send the " + kind + " CSV file with its header line "
                    + String.join(",", kind.header()) + ".");
        }
        List<CsvRow> rows = Csv.parse(text);
        List<String> header = java.util.Arrays.stream(rows.get(0).fields()).map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(kind.header())) {
            throw new ApiException(ProblemType.VALIDATION, "The first line of a " + kind + " file must be the header "
                    + String.join(",", kind.header()) + "; nothing was imported.",
                    List.of(new vn.ntm.common.problem.Problem.FieldError("line 1", "header is " + String.join(",", header))),
                    Map.of("kind", kind.name(), "invalidRows", 1));
        }
        if (rows.size() == 1) {
            throw ApiException.badRequest("The " + kind + " file has a header but no rows; nothing was imported.");
        }
        return rows.subList(1, rows.size());
    }
}
