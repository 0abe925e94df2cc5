package vn.ntm.communes.units;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.Roles;
import vn.ntm.common.security.Scopes;

/**
 * Which province's officers may write the records of a unit, on the date of the act they record. Authority follows the
 * successor province: from the day a province ends, its successors (province lineage, from the administrative data)
 * act on the records of its communes, old ones included (a revocation of a 2024 recognition, a late correction), and a
 * token scoped to the ended province can no longer record an act dated after its end. Acts dated on or before the end
 * stay open to it, so that its archive can still be entered. Nothing here is a constant: end dates and successors
 * are read from the province table.
 */
@ApplicationScoped
public class ProvinceAuthority {

    private final ProvinceRepository provinces;
    private final Today today;

    ProvinceAuthority(ProvinceRepository provinces, Today today) {
        this.provinces = provinces;
        this.today = today;
    }

    /** Refuses (403 problem) unless the actor may record an act dated {@code actDate} on a unit of {@code provinceCode}. */
    public void requireWrite(Actor actor, String provinceCode, LocalDate actDate) {
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        String scope = actor.provinceCode();
        Optional<ProvinceRef> current = provinces.byCode(provinceCode, actDate);
        if (provinceCode.equals(scope)) {
            ProvinceRef province = current.orElse(null);
            if (province != null && province.validTo() != null && actDate.isAfter(province.validTo())) {
                throw Scopes.forbidden(province.name() + " (" + province.code() + ") ended on " + province.validTo()
                        + "; an act dated " + actDate + " on its communes is recorded by its successor "
                        + names(provinces.successors(province.id())) + ". Use a token scoped to the successor province.");
            }
            return;
        }
        if (scope != null && current.isPresent() && successorCodes(current.get()).contains(scope)) {
            return;
        }
        Scopes.requireProvince(actor, provinceCode);
    }

    /** Codes of the provinces that took over {@code province}, directly or later, and already exist today. */
    private Set<String> successorCodes(ProvinceRef province) {
        Set<String> codes = new HashSet<>();
        Set<Long> seen = new HashSet<>();
        Deque<ProvinceRef> next = new ArrayDeque<>(List.of(province));
        LocalDate now = today.date();
        while (!next.isEmpty()) {
            ProvinceRef p = next.pop();
            if (!seen.add(p.id())) {
                continue;
            }
            for (ProvinceRef s : provinces.successors(p.id())) {
                if (!s.validFrom().isAfter(now)) {
                    codes.add(s.code());
                }
                next.push(s);
            }
        }
        return codes;
    }

    private static String names(List<ProvinceRef> successors) {
        List<String> names = new ArrayList<>();
        successors.forEach(s -> names.add(s.name() + " (" + s.code() + ")"));
        return names.isEmpty() ? "province" : names.stream().collect(Collectors.joining(", "));
    }
}
