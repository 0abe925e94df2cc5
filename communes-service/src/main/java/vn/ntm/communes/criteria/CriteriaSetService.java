package vn.ntm.communes.criteria;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.ntm.common.http.Versions;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem.FieldError;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Roles;
import vn.ntm.common.security.Scopes;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.communes.Level;
import vn.ntm.communes.criteria.CriteriaSetDocument.CriterionDef;
import vn.ntm.communes.criteria.CriteriaSetDocument.IndicatorDef;
import vn.ntm.communes.criteria.CriteriaSetDocument.ThresholdDef;
import vn.ntm.communes.criteria.CriteriaSetViews.CriteriaSetSummary;
import vn.ntm.communes.criteria.CriteriaSetViews.CriteriaSetView;
import vn.ntm.communes.criteria.CriteriaSetViews.DataQuality;
import vn.ntm.communes.units.Today;

/** Publishing and reading criteria sets. Versions are immutable; a change is always a new version. */
@ApplicationScoped
public class CriteriaSetService {

    // Versions never change once stored, so a parsed version can be kept for the life of the process.
    private final Map<Long, PublishedSet> parsed = new ConcurrentHashMap<>();
    private final ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    Today today;

    @Inject
    CurrentActor currentActor;

    @Inject
    CriteriaConfig config;

    @Inject
    public CriteriaSetService(ObjectMapper mapper) {
        this.json = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public PageResponse<CriteriaSetSummary> list(Level level, String province, PageQuery page) {
        StringBuilder where = new StringBuilder("status = 'PUBLISHED' AND version = (SELECT max(s.version) FROM CriteriaSetEntity s WHERE s.code = c.code AND s.status = 'PUBLISHED')");
        Map<String, Object> params = new java.util.HashMap<>();
        if (level != null) {
            where.append(" AND level = :level");
            params.put("level", level);
        }
        if (province != null) {
            where.append(" AND (provinceCode IS NULL OR provinceCode = :province)");
            params.put("province", province);
        }
        var query = CriteriaSetEntity.find("FROM CriteriaSetEntity c WHERE " + where, Sort.by("periodFrom").descending().and("code"), params);
        long total = query.count();
        List<CriteriaSetSummary> items = query.page(Page.of(page.page(), page.size())).<CriteriaSetEntity>list().stream()
                .map(this::toPublished).map(this::summary).toList();
        return PageResponse.of(items, page, total);
    }

    public CriteriaSetView view(String code, Integer version) {
        PublishedSet set = version == null ? latest(code).orElseThrow(() -> ApiException.notFound("Criteria set", code))
                : anyVersion(code, version).orElseThrow(() -> ApiException.notFound("Criteria set", code + " version " + version));
        return view(set);
    }

    public Optional<PublishedSet> latest(String code) {
        return CriteriaSetEntity.<CriteriaSetEntity>find("code = ?1 AND status = 'PUBLISHED'", Sort.by("version").descending(), code)
                .firstResultOptional().map(this::toPublished);
    }

    /** A published version (drafts are not assessed against). */
    public Optional<PublishedSet> byVersion(String code, int version) {
        return anyVersion(code, version).filter(s -> !s.draft());
    }

    /** A version, draft or published. */
    public Optional<PublishedSet> anyVersion(String code, int version) {
        return CriteriaSetEntity.<CriteriaSetEntity>find("code = ?1 AND version = ?2", code, version).firstResultOptional()
                .map(this::toPublished);
    }

    /**
     * The published version in force on {@code day}: the newest whose effective date (none: the whole period) is
     * on or before it. Assessments dated before a new version's effective date keep the version they had.
     */
    public Optional<PublishedSet> inForce(String code, java.time.LocalDate day) {
        return CriteriaSetEntity.<CriteriaSetEntity>find("code = ?1 AND status = 'PUBLISHED' AND (effectiveFrom IS NULL OR effectiveFrom <= ?2)",
                Sort.by("version").descending(), code, day).firstResultOptional().map(this::toPublished);
    }

    /** PUBLISHED, SUPERSEDED (a newer published version is in force today) or DRAFT. */
    public String status(PublishedSet set, java.time.LocalDate today) {
        if (set.draft()) {
            return "DRAFT";
        }
        return inForce(set.code(), today).filter(s -> s.version() > set.version()).isPresent() ? "SUPERSEDED" : "PUBLISHED";
    }

    public PublishedSet byId(long id) {
        PublishedSet cached = parsed.get(id);
        if (cached != null) {
            return cached;
        }
        CriteriaSetEntity entity = CriteriaSetEntity.findById(id);
        if (entity == null) {
            throw new IllegalStateException("criteria set " + id + " vanished");
        }
        return toPublished(entity);
    }

    /** The newest overlay a province published on a national set, if any. */
    public Optional<PublishedSet> latestOverlay(String baseCode, String provinceCode) {
        return CriteriaSetEntity.<CriteriaSetEntity>find("baseCode = ?1 AND provinceCode = ?2 AND status = 'PUBLISHED'",
                        Sort.by("version").descending().and("id", Sort.Direction.Descending), baseCode, provinceCode)
                .firstResultOptional().filter(e -> !e.isDraft()).map(this::toPublished);
    }

    /**
     * Publishes {@code doc} under {@code code}. A new code starts at version 1; an existing code needs the current
     * version in If-Match and gets the next version. Publishing the same content again changes nothing.
     *
     * @return the stored version and whether it was created by this call
     */
    @Transactional
    public Published publish(String code, CriteriaSetDocument doc, String ifMatch) {
        if (doc.code() != null && !doc.code().equals(code)) {
            throw ApiException.invalidField("code", "must equal the code in the path ('" + code + "') or be left out");
        }
        if (!code.matches("[A-Za-z0-9._-]{3,100}")) {
            throw ApiException.invalidField("code", "a criteria-set code is 3 to 100 letters, digits, '.', '_' or '-'");
        }
        Optional<PublishedSet> current = latest(code);
        requirePublisher(currentActor.get(), code, doc, current);
        if (current.isPresent()) {
            long expected = Versions.requestedVersion(ifMatch);
            if (expected != current.get().version()) {
                throw ApiException.staleVersion("Criteria set " + code + " is at version " + current.get().version()
                        + "; you sent If-Match for version " + expected + ". Read it again.");
            }
            if (current.get().document().isOverlay() != doc.isOverlay()) {
                throw ApiException.unprocessable("Criteria set " + code + " is " + (doc.isOverlay() ? "a national set" : "an overlay")
                        + "; publish the other kind under another code.");
            }
        }
        if (maxVersion(code) > current.map(PublishedSet::version).orElse(0)) {
            throw ApiException.conflict("Criteria set " + code + " has an open draft (version " + maxVersion(code)
                    + "): edit and publish it through /api/v1/criteria-sets/" + code + "/versions/" + maxVersion(code) + ".");
        }
        CriteriaSetDocument normalised = normalise(code, doc);
        PublishedSet base = null;
        List<FieldError> errors;
        if (normalised.isOverlay()) {
            if (normalised.baseCode() == null) {
                throw ApiException.invalidField("baseCode", "is required for an overlay");
            }
            base = latest(normalised.baseCode()).orElseThrow(() -> ApiException.invalidField("baseCode",
                    "criteria set '" + normalised.baseCode() + "' does not exist"));
            if (base.document().isOverlay()) {
                throw ApiException.invalidField("baseCode", "'" + normalised.baseCode() + "' is itself an overlay; name a national set");
            }
            errors = CriteriaSetValidator.overlay(normalised, base.document(), config.factors().keySet());
        } else {
            errors = withSectorErrors(CriteriaSetValidator.national(normalised, config.factors().keySet()), normalised);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        if (current.isPresent() && current.get().document().equals(normalised)) {
            return new Published(current.get(), false);
        }
        CriteriaSetEntity entity = new CriteriaSetEntity();
        entity.code = code;
        entity.version = current.map(s -> s.version() + 1).orElse(1);
        entity.level = base != null ? base.document().level() : normalised.level();
        entity.periodFrom = base != null ? base.document().periodFrom() : normalised.periodFrom();
        entity.periodTo = base != null ? base.document().periodTo() : normalised.periodTo();
        entity.baseCode = normalised.baseCode();
        entity.provinceCode = normalised.provinceCode();
        entity.titleVi = normalised.titleVi();
        entity.document = write(normalised);
        entity.publishedAt = Instant.now();
        entity.publishedBy = currentActor.get().subject();
        entity.createdBy = entity.publishedBy;
        entity.status = "PUBLISHED";
        entity.persist();
        em.flush();
        return new Published(toPublished(entity), true);
    }

    public record Published(PublishedSet set, boolean created) {
    }

    /** The highest version number of a code, drafts included (0 when none). */
    int maxVersion(String code) {
        Object max = em.createQuery("SELECT max(c.version) FROM CriteriaSetEntity c WHERE c.code = ?1").setParameter(1, code).getSingleResult();
        return max == null ? 0 : ((Number) max).intValue();
    }

    /**
     * National sets are the administrator's; a province officer publishes overlays of its own province only, and
     * never under a code that already names a national set or another province's overlay.
     */
    static void requirePublisher(Actor actor, String code, CriteriaSetDocument doc, Optional<PublishedSet> current) {
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        boolean national = !doc.isOverlay() || current.map(s -> !s.document().isOverlay()).orElse(false);
        if (national) {
            throw Scopes.forbidden("Only an ADMINISTRATOR publishes national criteria sets such as " + code
                    + "; a PROVINCE_OFFICER publishes an overlay (baseCode and provinceCode) for its own province.");
        }
        if (doc.provinceCode() != null) {
            Scopes.requireProvince(actor, doc.provinceCode());
        }
        if (current.isPresent()) {
            Scopes.requireProvince(actor, current.get().document().provinceCode());
        }
    }

    public CriteriaSetView view(PublishedSet set) {
        int latestVersion = latest(set.code()).map(PublishedSet::version).orElse(set.version());
        CriteriaSetDocument d = set.document();
        return new CriteriaSetView(set.code(), set.version(), latestVersion, set.level(), set.periodFrom(), set.periodTo(), d.baseCode(), d.provinceCode(),
                set.publishedAt(), set.publishedBy(), inUse(set.id()), status(set, today.date()), set.effectiveFrom(), quality(d), d);
    }

    public boolean inUse(long setId) {
        Object found = em.createNativeQuery("SELECT EXISTS (SELECT 1 FROM assessment WHERE criteria_set_id = ?1 OR overlay_set_id = ?1)")
                .setParameter(1, setId).getSingleResult();
        return Boolean.TRUE.equals(found);
    }

    private CriteriaSetSummary summary(PublishedSet set) {
        CriteriaSetDocument d = set.document();
        return new CriteriaSetSummary(set.code(), set.version(), set.level(), set.periodFrom(), set.periodTo(), d.titleVi(), d.titleEn(),
                d.legalBasis(), d.baseCode(), d.provinceCode(), set.publishedAt(), quality(d));
    }

    static DataQuality quality(CriteriaSetDocument d) {
        List<IndicatorDef> indicators = new ArrayList<>();
        if (d.criteria() != null) {
            d.criteria().stream().map(CriterionDef::indicators).forEach(indicators::addAll);
        }
        if (d.addedIndicators() != null) {
            d.addedIndicators().forEach(a -> indicators.add(a.indicator()));
        }
        List<String> unverifiedCodes = new ArrayList<>();
        int unverified = 0;
        for (IndicatorDef i : indicators) {
            long n = i.thresholdsOrEmpty().stream().filter(t -> !Boolean.TRUE.equals(t.verified())).count();
            if (n > 0) {
                unverifiedCodes.add(i.code());
                unverified += (int) n;
            }
        }
        if (d.overrides() != null) {
            for (var o : d.overrides()) {
                long n = o.thresholds().stream().filter(t -> !Boolean.TRUE.equals(t.verified())).count();
                if (n > 0) {
                    unverifiedCodes.add(o.indicatorCode());
                    unverified += (int) n;
                }
            }
        }
        List<IndicatorDef> numeric = indicators.stream().filter(i -> i.type() == IndicatorType.NUMERIC).toList();
        List<String> without = numeric.stream().filter(i -> i.derivedThreshold() == null && i.thresholdsOrEmpty().isEmpty())
                .map(IndicatorDef::code).toList();
        List<String> warnings = new ArrayList<>();
        if (unverified > 0) {
            warnings.add(unverified + " threshold(s) are provisional (verified: false) and must be confirmed from the official text: "
                    + String.join(", ", unverifiedCodes) + ".");
        }
        if (!without.isEmpty()) {
            warnings.add(without.size() + " numeric indicator(s) have no threshold and evaluate as MISSING until one is published: "
                    + String.join(", ", without) + ".");
        }
        List<String> unverifiedText = indicators.stream().filter(IndicatorDef::textUnverified).map(IndicatorDef::code).toList();
        if (!unverifiedText.isEmpty()) {
            warnings.add(unverifiedText.size() + " indicator(s) are not confirmed from the official text (verified: false); no evaluation "
                    + "relying on them is ELIGIBLE: " + String.join(", ", unverifiedText) + ".");
        }
        java.util.Set<String> doubtful = new java.util.HashSet<>(unverifiedCodes);
        doubtful.addAll(unverifiedText);
        doubtful.addAll(without);
        int unverifiedIndicators = (int) indicators.stream().filter(i -> doubtful.contains(i.code())).count();
        return new DataQuality(d.criteria() == null ? 0 : d.criteria().size(), indicators.size(), numeric.size(), without.size(),
                unverified, unverifiedCodes, without, warnings, indicators.size() - unverifiedIndicators, unverifiedIndicators, unverifiedText);
    }

    PublishedSet toPublished(CriteriaSetEntity entity) {
        if (entity.isDraft()) {
            // drafts change: never cached
            return new PublishedSet(entity.id, entity.code, entity.version, entity.level, entity.periodFrom, entity.periodTo,
                    read(entity.document), null, null, true, entity.effectiveFrom);
        }
        return parsed.computeIfAbsent(entity.id, id -> new PublishedSet(id, entity.code, entity.version, entity.level,
                entity.periodFrom, entity.periodTo, read(entity.document),
                entity.publishedAt, entity.publishedBy, false, entity.effectiveFrom));
    }

    /** The validator's errors plus one per responsible sector the platform does not know (table sector). */
    List<FieldError> withSectorErrors(List<FieldError> errors, CriteriaSetDocument doc) {
        if (doc.criteria() == null) {
            return errors;
        }
        @SuppressWarnings("unchecked")
        List<String> known = em.createNativeQuery("SELECT code FROM sector").getResultList();
        List<FieldError> all = new ArrayList<>(errors);
        for (int c = 0; c < doc.criteria().size(); c++) {
            CriteriaSetDocument.ResponsibleSector r = doc.criteria().get(c).responsibleSector();
            if (r != null && !known.contains(r.sector())) {
                all.add(new FieldError("criteria[" + c + "].responsibleSector.sector", "'" + r.sector() + "' is not a known sector; one of "
                        + String.join(", ", known.stream().sorted().toList())));
            }
        }
        return all;
    }

    /** Names in NFC; the code is never stored twice. */
    static CriteriaSetDocument normalise(String code, CriteriaSetDocument d) {
        List<CriterionDef> criteria = d.criteria() == null ? null : d.criteria().stream().map(c -> new CriterionDef(c.number(),
                VietnameseText.nfc(c.nameVi()), VietnameseText.nfc(c.nameEn()), VietnameseText.nfc(c.groupVi()), VietnameseText.nfc(c.groupEn()),
                c.key(), c.responsibleSector(), c.indicators().stream().map(CriteriaSetService::normalise).toList())).toList();
        var overrides = d.overrides() == null ? null : d.overrides().stream()
                .map(o -> new CriteriaSetDocument.IndicatorOverride(o.indicatorCode(), o.thresholds().stream().map(CriteriaSetService::strip).toList())).toList();
        var added = d.addedIndicators() == null ? null : d.addedIndicators().stream()
                .map(a -> new CriteriaSetDocument.AddedIndicator(a.criterionNumber(), normalise(a.indicator()))).toList();
        return new CriteriaSetDocument(null, d.level(), d.periodFrom(), d.periodTo(), VietnameseText.nfc(d.titleVi()),
                VietnameseText.nfc(d.titleEn()), VietnameseText.nfc(d.legalBasis()), d.note(), d.thresholdDimension(), d.scopes(),
                d.baseCode(), d.provinceCode(), criteria, overrides, added, d.revocationRule());
    }

    private static IndicatorDef normalise(IndicatorDef i) {
        return new IndicatorDef(i.code(), VietnameseText.nfc(i.nameVi()), VietnameseText.nfc(i.nameEn()), i.type(), i.operator(),
                i.unit(), i.source(), i.thresholds() == null ? null : i.thresholds().stream().map(CriteriaSetService::strip).toList(),
                i.thresholdNote(), i.requires(), i.derivedThreshold(), i.choices(), i.verified(), i.unverifiedNote());
    }

    // 85 and 85.00 are the same threshold: compare and store without trailing zeros
    private static ThresholdDef strip(ThresholdDef t) {
        return new ThresholdDef(t.scope(), t.yearFrom(), t.yearTo(), plain(t.value()),
                t.verified(), t.source(), t.note());
    }

    static java.math.BigDecimal plain(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private CriteriaSetDocument read(String text) {
        try {
            CriteriaSetDocument d = json.readValue(text, CriteriaSetDocument.class);
            return new CriteriaSetDocument(null, d.level(), d.periodFrom(), d.periodTo(), d.titleVi(), d.titleEn(), d.legalBasis(),
                    d.note(), d.thresholdDimension(), d.scopes(), d.baseCode(), d.provinceCode(), d.criteria(), d.overrides(), d.addedIndicators(),
                    d.revocationRule());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored criteria set is not readable", e);
        }
    }

    String write(CriteriaSetDocument doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Criteria set cannot be written", e);
        }
    }
}
