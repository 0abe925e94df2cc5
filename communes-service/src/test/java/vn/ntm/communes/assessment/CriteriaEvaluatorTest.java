package vn.ntm.communes.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ntm.communes.Level;
import vn.ntm.communes.assessment.CriteriaEvaluator.RecordedValue;
import vn.ntm.communes.assessment.Evaluation.MissingReason;
import vn.ntm.communes.assessment.Evaluation.Status;
import vn.ntm.communes.criteria.CriteriaSetDocument;
import vn.ntm.communes.criteria.CriteriaSetDocument.AddedIndicator;
import vn.ntm.communes.criteria.CriteriaSetDocument.CriterionDef;
import vn.ntm.communes.criteria.CriteriaSetDocument.DerivedThreshold;
import vn.ntm.communes.criteria.CriteriaSetDocument.IndicatorDef;
import vn.ntm.communes.criteria.CriteriaSetDocument.IndicatorOverride;
import vn.ntm.communes.criteria.CriteriaSetDocument.RequiredRecognition;
import vn.ntm.communes.criteria.CriteriaSetDocument.Scope;
import vn.ntm.communes.criteria.CriteriaSetDocument.ThresholdDef;
import vn.ntm.communes.criteria.EffectiveCriteriaSet;
import vn.ntm.communes.criteria.IndicatorType;
import vn.ntm.communes.criteria.Operator;
import vn.ntm.communes.criteria.PublishedSet;
import vn.ntm.communes.criteria.ResolvedThreshold;
import vn.ntm.communes.criteria.ThresholdDimension;

class CriteriaEvaluatorTest {

    static final String RRD = "DONG_BANG_SONG_HONG";
    static final String NMM = "TRUNG_DU_MIEN_NUI_PHIA_BAC";
    static final RevocationRule RULE = new RevocationRule(1, 2, 3, 10);

    static ThresholdDef th(String scope, Integer from, Integer to, String value, boolean verified) {
        return new ThresholdDef(scope, from, to, new BigDecimal(value), verified, "test", verified ? null : "provisional");
    }

    static IndicatorDef numeric(String code, Operator op, List<ThresholdDef> thresholds) {
        return new IndicatorDef(code, "Chỉ tiêu " + code, null, IndicatorType.NUMERIC, op, "%", "test", thresholds, null, null, null, null);
    }

    static IndicatorDef passFail(String code) {
        return new IndicatorDef(code, "Chỉ tiêu " + code, null, IndicatorType.PASS_FAIL, null, null, "test", null, null, null, null, null);
    }

    static CriterionDef criterion(int n, boolean key, IndicatorDef... indicators) {
        return new CriterionDef(n, "Tiêu chí " + n, null, null, null, key, List.of(indicators));
    }

    static PublishedSet set(Level level, List<CriterionDef> criteria) {
        CriteriaSetDocument doc = new CriteriaSetDocument(null, level, 2021, 2025, "Bộ tiêu chí thử", null, "test", null, ThresholdDimension.REGION,
                List.of(new Scope(RRD, "Đồng bằng sông Hồng", null), new Scope(NMM, "Trung du và miền núi phía Bắc", null)),
                null, null, criteria, null, null);
        return new PublishedSet(1, "TEST", 1, level, 2021, 2025, doc, Instant.EPOCH, "test");
    }

    /** 19 criteria: 10 (income, key) is numeric by region and year, 15 has health insurance, the rest pass/fail. */
    static PublishedSet ntm() {
        return ntm(false);
    }

    /** The same set; with {@code confirmed} its two provisional thresholds (15.1, 15.3) are confirmed. */
    static PublishedSet ntm(boolean confirmed) {
        List<CriterionDef> criteria = new ArrayList<>();
        for (int n = 1; n <= 19; n++) {
            boolean key = n == 10 || n == 17 || n == 19;
            if (n == 10) {
                criteria.add(criterion(n, true, numeric("10.1", Operator.GTE, List.of(
                        th(RRD, 2022, 2023, "52", true), th(RRD, 2024, 2025, "60", true), th(NMM, 2022, 2025, "40", true)))));
            } else if (n == 15) {
                criteria.add(criterion(n, false, numeric("15.1", Operator.GTE, List.of(th(null, null, null, "85", confirmed))), passFail("15.2"),
                        numeric("15.3", Operator.LTE, List.of(th(RRD, null, null, "13.9", confirmed)))));
            } else {
                criteria.add(criterion(n, key, passFail(n + ".1")));
            }
        }
        return set(Level.NTM, criteria);
    }

    static class Inputs implements CriteriaEvaluator.Inputs {
        String scope = RRD;
        int year = 2024;
        final Map<String, RecordedValue> values = new HashMap<>();
        boolean holds;
        Optional<ResolvedThreshold> derived = Optional.empty();
        Set<String> choices = Set.of();

        Inputs allPassing() {
            for (int n = 1; n <= 19; n++) {
                values.put(n + ".1", new RecordedValue(null, true, null));
            }
            values.put("10.1", num("61"));
            values.put("15.1", num("96.5"));
            values.put("15.2", new RecordedValue(null, true, null));
            values.put("15.3", num("8.2"));
            return this;
        }

        static RecordedValue num(String v) {
            return new RecordedValue(new BigDecimal(v), null, null);
        }

        public String scope() { return scope; }
        public int year() { return year; }
        public Optional<RecordedValue> value(String code) { return Optional.ofNullable(values.get(code)); }
        public boolean holds(RequiredRecognition r) { return holds; }
        public Optional<ResolvedThreshold> derived(DerivedThreshold d) { return derived; }
        public Set<String> choices(String list) { return choices; }
    }

    static Evaluation.IndicatorResult indicator(Evaluation e, String code) {
        return e.criteria().stream().flatMap(c -> c.indicators().stream()).filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    static Evaluation.CriterionResult criterion(Evaluation e, int n) {
        return e.criteria().stream().filter(c -> c.number() == n).findFirst().orElseThrow();
    }

    @Test
    void allMetOnConfirmedThresholdsIsEligible() {
        Evaluation e = CriteriaEvaluator.evaluate(EffectiveCriteriaSet.of(ntm(true), null), new Inputs().allPassing(), RULE);
        assertThat(e.criteriaMetText()).isEqualTo("19/19");
        assertThat(e.eligible()).isTrue();
        assertThat(e.verdict()).isEqualTo(Evaluation.Verdict.ELIGIBLE);
        assertThat(e.complete()).isTrue();
        assertThat(e.unverifiedThresholdsUsed()).isZero();
        assertThat(e.revocation().recommended()).isFalse();
        assertThat(indicator(e, "10.1").detail()).isEqualTo("61 >= 60 (DONG_BANG_SONG_HONG, 2024)");
        assertThat(indicator(e, "15.1").thresholdVerified()).isTrue();
    }

    /** Issue 15: the same values on two provisional thresholds decide nothing, and the answer names them. */
    @Test
    void allMetOnProvisionalThresholdsCannotBeDecided() {
        Evaluation e = CriteriaEvaluator.evaluate(EffectiveCriteriaSet.of(ntm(), null), new Inputs().allPassing(), RULE);
        assertThat(e.criteriaMetText()).isEqualTo("19/19");
        assertThat(e.eligible()).isFalse();
        assertThat(e.verdict()).isEqualTo(Evaluation.Verdict.UNDECIDABLE);
        assertThat(e.blockingIndicators()).containsExactly("15.1", "15.3");
        assertThat(e.verdictReason()).contains("15.1", "15.3");
        assertThat(e.unverifiedThresholdsUsed()).isEqualTo(2);
        assertThat(indicator(e, "15.1").thresholdVerified()).isFalse();
    }

    @Test
    void thresholdFollowsRegionAndYear() {
        Inputs in = new Inputs().allPassing();
        in.values.put("10.1", Inputs.num("55"));
        in.year = 2023; // Red River Delta 2023: >= 52
        assertThat(indicator(CriteriaEvaluator.evaluate(EffectiveCriteriaSet.of(ntm(), null), in, RULE), "10.1").status()).isEqualTo(Status.MET);
        in.year = 2024; // 2024: >= 60
        Evaluation e = CriteriaEvaluator.evaluate(EffectiveCriteriaSet.of(ntm(), null), in, RULE);
        assertThat(indicator(e, "10.1").status()).isEqualTo(Status.NOT_MET);
        assertThat(indicator(e, "10.1").threshold()).isEqualByComparingTo("60");
        in.scope = NMM; // Northern midlands: >= 40
        assertThat(indicator(CriteriaEvaluator.evaluate(EffectiveCriteriaSet.of(ntm(), null), in, RULE), "10.1").status()).isEqualTo(Status.MET);
    }

    @Test
    void aCriterionIsMetOnlyWhenAllItsIndicatorsAre() {
        Inputs in = new Inputs().allPassing();
        in.values.put("15.2", new RecordedValue(null, false, null));
        Evaluation e = CriteriaEvaluator.evaluate(EffectiveCriteriaSet.of(ntm(), null), in, RULE);
        Evaluation.CriterionResult health = criterion(e, 15);
        assertThat(health.status()).isEqualTo(Status.NOT_MET);
        assertThat(health.indicatorsMet()).isEqualTo(2);
        assertThat(health.indicatorsTotal()).isEqualTo(3);
        assertThat(e.criteriaMetText()).isEqualTo("18/19");
        assertThat(e.eligible()).isFalse();
    }

    @Test
    void missingValueAndMissingThresholdAreReportedNotGuessed() {
        Inputs in = new Inputs().allPassing();
        in.values.remove("1.1");
        in.scope = NMM; // 15.3 has a value only for the Red River Delta
        Evaluation e = CriteriaEvaluator.evaluate(EffectiveCriteriaSet.of(ntm(), null), in, RULE);
        assertThat(indicator(e, "1.1").status()).isEqualTo(Status.MISSING);
        assertThat(indicator(e, "1.1").missing()).containsExactly(MissingReason.NO_VALUE);
        assertThat(indicator(e, "15.3").status()).isEqualTo(Status.MISSING);
        assertThat(indicator(e, "15.3").missing()).containsExactly(MissingReason.MISSING_THRESHOLD);
        assertThat(indicator(e, "15.3").detail()).startsWith("missing threshold (TRUNG_DU_MIEN_NUI_PHIA_BAC, 2024)");
        assertThat(criterion(e, 15).status()).isEqualTo(Status.MISSING);
        assertThat(e.complete()).isFalse();
        assertThat(e.criteriaMetText()).isEqualTo("17/19");
        assertThat(e.revocation().basedOnIncompleteData()).isTrue(); // the 2 unmet criteria are unmet for want of data
    }

    @Test
    void revocationFromTheSameEvaluation() {
        Inputs in = new Inputs().allPassing();
        for (String code : List.of("1.1", "2.1", "3.1", "4.1", "5.1")) {
            in.values.put(code, new RecordedValue(null, false, null));
        }
        in.values.put("10.1", Inputs.num("20")); // income, a key criterion: 6 of 19 failing
        Evaluation e = CriteriaEvaluator.evaluate(EffectiveCriteriaSet.of(ntm(), null), in, RULE);
        assertThat(e.criteriaMetText()).isEqualTo("13/19");
        assertThat(e.revocation().recommended()).isTrue();
        assertThat(e.revocation().rule()).isEqualTo(RevocationRule.Fired.KEY_CRITERION_FAILED_WITH_30_TO_50_PERCENT);
        assertThat(e.revocation().failedKeyCriteria()).containsExactly(10);
    }

    @Test
    void overlayTightensAndAdds() {
        PublishedSet base = ntm();
        CriteriaSetDocument overlayDoc = new CriteriaSetDocument(null, null, null, null, "Hải Dương", null, "UBND tỉnh", null, null, null,
                "TEST", "30", null,
                List.of(new IndicatorOverride("15.1", List.of(th(null, null, null, "97", true)))),
                List.of(new AddedIndicator(17, numeric("HD-17.11", Operator.GTE, List.of(th(null, null, null, "80", true))))));
        PublishedSet overlay = new PublishedSet(2, "HD-TEST", 1, Level.NTM, 2021, 2025, overlayDoc, Instant.EPOCH, "test");
        Inputs in = new Inputs().allPassing(); // 15.1 = 96.5: meets 85 nationally, not the province's 97
        Evaluation e = CriteriaEvaluator.evaluate(EffectiveCriteriaSet.of(base, overlay), in, RULE);
        assertThat(indicator(e, "15.1").status()).isEqualTo(Status.NOT_MET);
        assertThat(indicator(e, "15.1").thresholdFromOverlay()).isTrue();
        assertThat(indicator(e, "15.1").thresholdVerified()).isTrue();
        assertThat(indicator(e, "HD-17.11").addedByOverlay()).isTrue();
        assertThat(indicator(e, "HD-17.11").status()).isEqualTo(Status.MISSING);
        assertThat(criterion(e, 17).indicatorsTotal()).isEqualTo(2);
        assertThat(e.criteriaMetText()).isEqualTo("17/19");
    }

    @Test
    void modelConditions() {
        List<CriterionDef> conditions = List.of(
                criterion(1, false, new IndicatorDef("M1.1", "Đạt chuẩn NTM nâng cao 2021-2025", null, IndicatorType.RECOGNITION, null, null, "test", null, null,
                        new RequiredRecognition(Level.ADVANCED, "QD318-ADVANCED-2021-2025"), null, null)),
                criterion(2, false, new IndicatorDef("M2.1", "Thu nhập", null, IndicatorType.NUMERIC, Operator.GTE, "triệu đồng", "test", null, null, null,
                        new DerivedThreshold("QD318-ADVANCED-2021-2025", "A10.2", "MODEL_INCOME"), null)),
                criterion(3, false, numeric("M3.1", Operator.GTE, List.of(th(null, null, null, "1", true)))),
                criterion(4, false, new IndicatorDef("M4.1", "Lĩnh vực nổi trội", null, IndicatorType.CHOICE, null, null, "test", null, null, null, null,
                        "OUTSTANDING_FIELDS")));
        EffectiveCriteriaSet model = EffectiveCriteriaSet.of(set(Level.MODEL, conditions), null);
        Inputs in = new Inputs();
        in.values.put("M2.1", Inputs.num("70.4"));
        in.values.put("M3.1", Inputs.num("1"));
        in.values.put("M4.1", new RecordedValue(null, null, "PRODUCTION"));

        Evaluation none = CriteriaEvaluator.evaluate(model, in, null);
        assertThat(indicator(none, "M1.1").status()).isEqualTo(Status.NOT_MET);
        assertThat(indicator(none, "M2.1").missing()).containsExactly(MissingReason.MISSING_THRESHOLD);
        assertThat(indicator(none, "M4.1").missing()).containsExactly(MissingReason.NO_CHOICES_DEFINED);
        assertThat(none.revocation()).isNull();

        in.holds = true;
        in.derived = Optional.of(new ResolvedThreshold(Operator.GTE, new BigDecimal("64").multiply(new BigDecimal("1.10")), true, "1.10 × 64", null, false));
        in.choices = Set.of("PRODUCTION", "EDUCATION", "CULTURE");
        Evaluation all = CriteriaEvaluator.evaluate(model, in, null);
        assertThat(all.criteriaMetText()).isEqualTo("4/4");
        assertThat(all.eligible()).isTrue();
        assertThat(indicator(all, "M2.1").threshold()).isEqualByComparingTo("70.4"); // exactly 10% above 64: met

        in.values.put("M2.1", Inputs.num("70.3999"));
        in.values.put("M3.1", Inputs.num("0"));
        in.values.put("M4.1", new RecordedValue(null, null, "TOURISM"));
        Evaluation short3 = CriteriaEvaluator.evaluate(model, in, null);
        assertThat(short3.criteriaMetText()).isEqualTo("1/4");
        assertThat(indicator(short3, "M4.1").status()).isEqualTo(Status.NOT_MET);
    }
}
