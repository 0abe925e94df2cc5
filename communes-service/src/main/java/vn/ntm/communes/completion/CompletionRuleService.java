package vn.ntm.communes.completion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ntm.common.http.Versions;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem.FieldError;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.communes.completion.CompletionRuleDocument.Condition;
import vn.ntm.communes.completion.CompletionRuleDocument.Kind;

/**
 * The register of province-completion rules: versions published as data, like the criteria sets, so that the text of
 * Appendix III is entered (or a later rule issued) through the API, without a release. A version never changes.
 */
@ApplicationScoped
public class CompletionRuleService {

    /** One stored version, read. */
    public record Rule(String code, int version, int latestVersion, Instant publishedAt, String publishedBy, CompletionRuleDocument document) {

        public int unverified() {
            return (int) document.conditions().stream().filter(c -> !Boolean.TRUE.equals(c.verified())).count();
        }
    }

    /** A publication's outcome: the version, and whether it is new. */
    public record Published(Rule rule, boolean created) {
    }

    private final ObjectMapper json;
    private final CurrentActor actor;

    CompletionRuleService(ObjectMapper json, CurrentActor actor) {
        this.json = json;
        this.actor = actor;
    }

    /** The latest version of every rule, by code. */
    @Transactional
    public List<Rule> list() {
        Map<String, CompletionRuleEntity> latest = new LinkedHashMap<>();
        for (CompletionRuleEntity e : CompletionRuleEntity.<CompletionRuleEntity>listAll(Sort.by("code").and("version"))) {
            latest.put(e.code, e);
        }
        return latest.values().stream().map(e -> rule(e, e.version)).toList();
    }

    @Transactional
    public Rule get(String code, Integer version) {
        CompletionRuleEntity latest = CompletionRuleEntity.latest(code).orElseThrow(() -> ApiException.notFound("Province-completion rule", code));
        CompletionRuleEntity e = version == null ? latest : CompletionRuleEntity.version(code, version)
                .orElseThrow(() -> ApiException.notFound("Province-completion rule", code + " version " + version));
        return rule(e, latest.version);
    }

    /**
     * The rule a period is judged by: {@code code} when given (it must cover the period), otherwise the rule of the
     * period published first, which is the national one shipped with the platform (a ministry's later guidance under
     * another code is chosen explicitly).
     */
    @Transactional
    public Rule forPeriod(int from, int to, String code) {
        if (code != null) {
            Rule r = get(code, null);
            if (r.document().periodFrom() != from || r.document().periodTo() != to) {
                throw ApiException.invalidField("rule", "rule " + code + " is for " + r.document().periodFrom() + "–" + r.document().periodTo()
                        + ", not " + from + "–" + to);
            }
            return r;
        }
        return national(from, to).orElseThrow(() -> ApiException.notFound("Province-completion rule for the period", from + "-" + to));
    }

    /** The rule of the period published first (the national one), if the period has any. */
    @Transactional
    public Optional<Rule> national(int from, int to) {
        return CompletionRuleEntity.<CompletionRuleEntity>find("periodFrom = ?1 AND periodTo = ?2 ORDER BY id", from, to).firstResultOptional()
                .map(e -> get(e.code, null));
    }

    /** The period of the first rule whose period contains {@code year}, as {from, to}. */
    @Transactional
    public int[] periodContaining(int year) {
        CompletionRuleEntity e = CompletionRuleEntity.<CompletionRuleEntity>find("periodFrom <= ?1 AND periodTo >= ?1 ORDER BY id", year)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Province-completion rule for the year", year));
        return new int[] {e.periodFrom, e.periodTo};
    }

    /**
     * Version 1 of a new code, or the next version of an existing one with {@code If-Match} on the latest version.
     * Content identical to the latest version changes nothing.
     */
    @Transactional
    public Published publish(String code, CompletionRuleDocument doc, String ifMatch) {
        Optional<CompletionRuleEntity> latest = CompletionRuleEntity.latest(code);
        if (latest.isPresent()) {
            long expected = Versions.requestedVersion(ifMatch);
            if (expected != latest.get().version) {
                throw ApiException.staleVersion("Rule " + code + " is at version " + latest.get().version + "; you sent If-Match for version "
                        + expected + ". Read it again.");
            }
        }
        List<FieldError> errors = validate(doc);
        latest.ifPresent(l -> {
            if (doc.periodFrom() != l.periodFrom || doc.periodTo() != l.periodTo) {
                errors.add(new FieldError("periodFrom", "a new version keeps the period of " + code + " (" + l.periodFrom + "–" + l.periodTo + ")"));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        if (latest.isPresent() && read(latest.get().document).equals(doc)) {
            return new Published(rule(latest.get(), latest.get().version), false);
        }
        CompletionRuleEntity e = new CompletionRuleEntity();
        e.code = code;
        e.version = latest.map(l -> l.version + 1).orElse(1);
        e.periodFrom = doc.periodFrom();
        e.periodTo = doc.periodTo();
        e.titleVi = doc.titleVi();
        e.document = write(doc);
        e.publishedAt = Instant.now();
        e.publishedBy = actor.get().subject();
        e.persist();
        return new Published(rule(e, e.version), true);
    }

    /** What bean validation cannot say: the period's order, unique codes, and the fields each kind needs. */
    static List<FieldError> validate(CompletionRuleDocument doc) {
        List<FieldError> errors = new ArrayList<>();
        if (doc.periodTo() < doc.periodFrom()) {
            errors.add(new FieldError("periodTo", "must not be before periodFrom"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < doc.conditions().size(); i++) {
            Condition c = doc.conditions().get(i);
            String at = "conditions[" + i + "]";
            if (!codes.add(c.code())) {
                errors.add(new FieldError(at + ".code", "'" + c.code() + "' is used twice"));
            }
            if (c.kind() == Kind.COMMUNE_SHARE) {
                if (c.levels() == null || c.levels().isEmpty()) {
                    errors.add(new FieldError(at + ".levels", "a COMMUNE_SHARE condition names the levels that count"));
                }
                if (c.minPercent() == null) {
                    errors.add(new FieldError(at + ".minPercent", "a COMMUNE_SHARE condition gives the least share, in percent"));
                }
            } else if (c.levels() != null || c.minPercent() != null) {
                errors.add(new FieldError(at + ".kind", "a DECLARED condition has no levels or minPercent: the registry does not decide it"));
            }
        }
        return errors;
    }

    private Rule rule(CompletionRuleEntity e, int latestVersion) {
        return new Rule(e.code, e.version, latestVersion, e.publishedAt, e.publishedBy, read(e.document));
    }

    private CompletionRuleDocument read(String text) {
        try {
            return json.readValue(text, CompletionRuleDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored province-completion rule is not readable", e);
        }
    }

    private String write(CompletionRuleDocument doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Province-completion rule cannot be written", e);
        }
    }
}
