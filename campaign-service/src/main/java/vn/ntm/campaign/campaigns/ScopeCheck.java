package vn.ntm.campaign.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.ntm.campaign.communes.Commune;
import vn.ntm.campaign.communes.CommuneCheck;
import vn.ntm.campaign.campaigns.CampaignApi.ScopeInput;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;

/**
 * Commune checks for campaigns: resolving the province or the communes of a scope, and deciding whether a commune named by an
 * activity or a contribution is inside a campaign's scope. May call communes-service, so never inside a transaction.
 */
@ApplicationScoped
public class ScopeCheck {

    @Inject
    CommuneCheck communes;

    /**
     * The scope's province, or its communes as communes-service knows them on {@code asOf}.
     *
     * @param organiser the caller's organiser check, run on the communes found before the body's rules are judged (scope
     *                  before validity, issue 20): a commune outside the caller's reach is a 403 even when another code
     *                  of the list is unknown or repeated. The province of a PROVINCE scope is a code in the body and is
     *                  judged by the caller before this is called.
     */
    ResolvedScope resolve(ScopeInput scope, LocalDate asOf, Consumer<List<CampaignCommune>> organiser) {
        List<String> codes = scope.communeCodes() == null ? List.of() : scope.communeCodes();
        if (scope.type() == ScopeType.PROVINCE) {
            List<Problem.FieldError> errors = new ArrayList<>();
            if (scope.provinceCode() == null) {
                errors.add(new Problem.FieldError("scope.provinceCode", "is required when scope.type is PROVINCE"));
            }
            if (!codes.isEmpty()) {
                errors.add(new Problem.FieldError("scope.communeCodes", "must be empty when scope.type is PROVINCE"));
            }
            if (!errors.isEmpty()) {
                throw ApiException.invalidFields(errors);
            }
            communes.requireProvince("scope.provinceCode", scope.provinceCode(), asOf);
            return new ResolvedScope(ScopeType.PROVINCE, scope.provinceCode(), List.of());
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (codes.isEmpty()) {
            errors.add(new Problem.FieldError("scope.communeCodes", "list at least one commune when scope.type is COMMUNES"));
        }
        if (scope.provinceCode() != null) {
            errors.add(new Problem.FieldError("scope.provinceCode", "must be empty when scope.type is COMMUNES (each commune's province is taken from communes-service)"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            Integer first = seen.putIfAbsent(codes.get(i), i);
            if (first != null) {
                errors.add(new Problem.FieldError("scope.communeCodes[" + i + "]", "repeats scope.communeCodes[" + first + "]"));
            }
        }
        List<CampaignCommune> resolved = new ArrayList<>();
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (Map.Entry<String, Integer> code : seen.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
            try {
                Commune c = communes.require("scope.communeCodes[" + code.getValue() + "]", code.getKey(), asOf);
                resolved.add(new CampaignCommune(c.code(), c.name(), c.provinceCode()));
            } catch (ApiException e) {
                if (e.type() != ProblemType.UNPROCESSABLE) {
                    throw e;
                }
                unknown.addAll(e.errors());
            }
        }
        if (!resolved.isEmpty()) {
            organiser.accept(resolved);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        if (!unknown.isEmpty()) {
            throw ApiException.unprocessable("The scope names " + unknown.size() + " commune(s) that cannot be used on " + asOf + ".", unknown);
        }
        return new ResolvedScope(ScopeType.COMMUNES, null, resolved);
    }

    /**
     * The commune, if it is inside the campaign's scope on {@code asOf}; a 422 naming {@code field} otherwise.
     * A commune listed in the scope is answered locally; a province-wide campaign asks communes-service.
     */
    public CampaignCommune requireInScope(CampaignScope scope, String field, String code, LocalDate asOf) {
        if (scope.type() == ScopeType.COMMUNES) {
            CampaignCommune listed = scope.communes().get(code);
            if (listed == null) {
                throw outside(field, "commune " + code + " is not one of the communes of this campaign");
            }
            return listed;
        }
        Commune commune = communes.require(field, code, asOf);
        if (!scope.provinceCode().equals(commune.provinceCode())) {
            throw outside(field, "commune " + code + " (" + commune.name() + ") is in province " + commune.provinceCode()
                    + ", outside this campaign's province " + scope.provinceCode());
        }
        return new CampaignCommune(commune.code(), commune.name(), commune.provinceCode());
    }

    private static ApiException outside(String field, String message) {
        return ApiException.unprocessable("The commune is outside the campaign's scope.", List.of(new Problem.FieldError(field, message)));
    }
}
