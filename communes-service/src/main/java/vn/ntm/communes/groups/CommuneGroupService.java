package vn.ntm.communes.groups;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem.FieldError;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Scopes;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.communes.groups.GroupApi.GroupView;
import vn.ntm.communes.groups.GroupApi.NewGroup;
import vn.ntm.communes.units.Today;
import vn.ntm.communes.units.UnitDirectory;
import vn.ntm.communes.units.UnitRef;
import vn.ntm.communes.units.UnitType;
import vn.ntm.communes.units.imports.Csv;
import vn.ntm.communes.units.imports.CsvRow;

/**
 * Commune groups as dated data: a province officer places its communes one by one or by CSV, each placement with
 * its basis; the group in force on a day is the placement with the latest start on or before it.
 */
@ApplicationScoped
public class CommuneGroupService {

    static final String CSV_HEADER = "communeCode,group,validFrom,basis,basisDocument,basisDate,source,note";

    @Inject
    UnitDirectory units;

    @Inject
    Today today;

    @Inject
    CurrentActor currentActor;

    @Inject
    EntityManager em;

    /** The commune read shows the group in force: its cached views are dropped once a placement commits. */
    @Inject
    jakarta.enterprise.event.Event<vn.ntm.communes.units.UnitCaches.Changed> changed;

    /**
     * The placement in force on {@code day}, if any. Transactional so that the commune read, which builds its view on a
     * worker thread outside any request, has a session; inside an evaluation it joins the caller's transaction.
     */
    @Transactional
    public Optional<GroupView> inForce(long unitId, LocalDate day) {
        List<CommuneGroupEntity> rows = CommuneGroupEntity.list("unitId = ?1 AND validFrom <= ?2", Sort.by("validFrom").descending(), unitId, day);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        LocalDate next = CommuneGroupEntity.<CommuneGroupEntity>find("unitId = ?1 AND validFrom > ?2", Sort.by("validFrom"), unitId, day)
                .firstResultOptional().map(e -> e.validFrom.minusDays(1)).orElse(null);
        return Optional.of(view(rows.get(0), next));
    }

    /** Every placement of the commune now carrying {@code code}, newest first. */
    public List<GroupView> history(String code) {
        UnitRef unit = commune(code, today.date()).orElseThrow(() -> ApiException.notFound("Commune", code));
        List<CommuneGroupEntity> rows = CommuneGroupEntity.list("unitId", Sort.by("validFrom").descending(), unit.id());
        List<GroupView> views = new ArrayList<>();
        LocalDate next = null;
        for (CommuneGroupEntity e : rows) {
            views.add(view(e, next == null ? null : next.minusDays(1)));
            next = e.validFrom;
        }
        return views;
    }

    @Transactional
    public GroupView place(String code, NewGroup request) {
        UnitRef unit = commune(code, request.validFrom()).orElseThrow(() -> ApiException.notFound("Commune", code + " on " + request.validFrom()));
        Scopes.requireProvince(currentActor.get(), unit.provinceCode());
        List<FieldError> errors = new ArrayList<>();
        check(unit, request, "", errors);
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("The group cannot be set.", errors);
        }
        CommuneGroupEntity e = store(unit, request);
        em.flush();
        changed.fire(new vn.ntm.communes.units.UnitCaches.Changed("commune group placed"));
        return inForce(unit.id(), e.validFrom).orElseThrow();
    }

    /**
     * All rows or none. Each bad row is named by its line; a province officer imports its own province's communes.
     */
    @Transactional
    public int importCsv(String text) {
        List<CsvRow> rows = Csv.parse(text == null ? "" : text);
        if (rows.isEmpty() || !String.join(",", rows.get(0).fields()).strip().equalsIgnoreCase(CSV_HEADER)) {
            throw ApiException.invalidField("line 1", "the header must be: " + CSV_HEADER);
        }
        if (rows.size() == 1) {
            throw ApiException.invalidField("line 2", "the file has no data rows");
        }
        List<FieldError> errors = new ArrayList<>();
        List<UnitRef> unitsOf = new ArrayList<>();
        List<NewGroup> requests = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            String at = "line " + row.line();
            NewGroup request;
            try {
                request = new NewGroup(CommuneGroup.valueOf(row.field(1).strip()), LocalDate.parse(row.field(2).strip()),
                        GroupBasis.valueOf(row.field(3).strip()), blankToNull(row.field(4)), LocalDate.parse(row.field(5).strip()),
                        blankToNull(row.field(6)), blankToNull(row.field(7)));
            } catch (IllegalArgumentException | DateTimeParseException ex) {
                errors.add(new FieldError(at, "group must be GROUP_1, GROUP_2 or GROUP_3; basis one of " + java.util.Arrays.toString(GroupBasis.values())
                        + "; validFrom and basisDate ISO dates (2026-02-15)"));
                continue;
            }
            String code = row.field(0).strip();
            Optional<UnitRef> unit = commune(code, request.validFrom());
            if (unit.isEmpty()) {
                errors.add(new FieldError(at, "no commune carries code '" + code + "' on " + request.validFrom()));
                continue;
            }
            if (!seen.add(code + "@" + request.validFrom())) {
                errors.add(new FieldError(at, "commune " + code + " is placed twice from " + request.validFrom()));
                continue;
            }
            Scopes.requireProvince(currentActor.get(), unit.get().provinceCode());
            check(unit.get(), request, at + ": ", errors);
            unitsOf.add(unit.get());
            requests.add(request);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        for (int i = 0; i < requests.size(); i++) {
            store(unitsOf.get(i), requests.get(i));
        }
        em.flush();
        changed.fire(new vn.ntm.communes.units.UnitCaches.Changed("commune groups imported"));
        return requests.size();
    }

    private void check(UnitRef unit, NewGroup r, String at, List<FieldError> errors) {
        String field = at.isEmpty() ? "communeCode" : at.substring(0, at.length() - 2);
        if (unit.type() != UnitType.XA) {
            errors.add(new FieldError(field, at + unit.name() + " (" + unit.code() + ") is a " + unit.type() + "; only communes (XA) have a group"));
        }
        if (r.basisDocument() == null || r.source() == null) {
            errors.add(new FieldError(at.isEmpty() ? "basisDocument" : field, at + "basisDocument and source are required"));
        }
        if (r.basisDate() != null && r.basisDate().isAfter(r.validFrom())) {
            errors.add(new FieldError(at.isEmpty() ? "basisDate" : field, at + "the basis (" + r.basisDate() + ") cannot be later than validFrom (" + r.validFrom() + ")"));
        }
        boolean consistent = switch (r.group()) {
            case GROUP_1 -> r.basis() == GroupBasis.URBAN_ADJACENT || r.basis() == GroupBasis.AGRICULTURE_SHARE || r.basis() == GroupBasis.NEW_URBAN_PLANNING;
            case GROUP_2 -> r.basis() == GroupBasis.NONE_OF_THE_ABOVE;
            case GROUP_3 -> r.basis() == GroupBasis.ETHNIC_MOUNTAIN_ZONE;
        };
        if (!consistent) {
            errors.add(new FieldError(at.isEmpty() ? "basis" : field, at + r.basis() + " does not place a commune in " + r.group() + " (QĐ 51/2025/QĐ-TTg, Phụ lục I)"));
        }
        if (CommuneGroupEntity.count("unitId = ?1 AND validFrom = ?2", unit.id(), r.validFrom()) > 0) {
            errors.add(new FieldError(at.isEmpty() ? "validFrom" : field, at + unit.name() + " already has a group from " + r.validFrom()
                    + "; a placement is never changed, record a new one from another date"));
        }
    }

    private CommuneGroupEntity store(UnitRef unit, NewGroup r) {
        CommuneGroupEntity e = new CommuneGroupEntity();
        e.unitId = unit.id();
        e.communeCode = unit.code();
        e.provinceCode = unit.provinceCode();
        e.group = r.group();
        e.validFrom = r.validFrom();
        e.basisKind = r.basis();
        e.basisDocument = VietnameseText.nfc(r.basisDocument());
        e.basisDate = r.basisDate();
        e.source = VietnameseText.nfc(r.source());
        e.note = VietnameseText.nfc(r.note());
        e.recordedBy = currentActor.get().subject();
        e.recordedAt = Instant.now();
        e.persist();
        return e;
    }

    private Optional<UnitRef> commune(String code, LocalDate day) {
        if (code == null || !code.matches("\\d{5}")) {
            throw ApiException.invalidField("communeCode", "must be a 5-digit GSO commune code");
        }
        return units.communeByCode(code, day);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static GroupView view(CommuneGroupEntity e, LocalDate validTo) {
        return new GroupView(e.communeCode, e.provinceCode, e.group, e.validFrom, validTo, e.basisKind, e.basisDocument, e.basisDate, e.source,
                e.note, e.recordedBy, e.recordedAt);
    }
}
