package vn.ntm.ocop.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One version of the OCOP scoring rules, as loaded from the rule tables. Immutable. */
public record RuleSet(String code, String title, String legalSource, String sourceUrl, LocalDate effectiveFrom,
                      LocalDate effectiveTo, Map<ScorePart, BigDecimal> partMaxima, List<StarBand> bands,
                      Map<CouncilLevel, CouncilPower> powers, List<MandatoryCriterion> mandatoryCriteria, String note) {

    public RuleSet {
        bands = bands.stream().sorted(Comparator.comparing(StarBand::minScore)).toList();
        mandatoryCriteria = List.copyOf(mandatoryCriteria);
        partMaxima = Map.copyOf(partMaxima);
        powers = Map.copyOf(powers);
    }

    public BigDecimal maximum(ScorePart part) {
        return partMaxima.get(part);
    }

    /** The stars of the highest band whose minimum the score reaches; band edges are exact. */
    public int starsFor(BigDecimal score) {
        int stars = 0;
        for (StarBand band : bands) {
            if (score.compareTo(band.minScore()) >= 0) {
                stars = band.stars();
            }
        }
        return stars;
    }

    /** The powers of a level; a level the tables do not list does not exist under this version. */
    public CouncilPower power(CouncilLevel level) {
        return powers.getOrDefault(level, new CouncilPower(level, false, null, null, "Not provided for by " + code + ".", legalSource));
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
