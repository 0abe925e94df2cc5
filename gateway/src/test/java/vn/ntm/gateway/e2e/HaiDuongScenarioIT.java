package vn.ntm.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import vn.ntm.gateway.e2e.Dossiers.Dossier;
import vn.ntm.gateway.e2e.HaiDuong.Commune;
import vn.ntm.gateway.e2e.HaiDuong.Model;
import vn.ntm.gateway.e2e.Http.Reply;
import vn.ntm.gateway.e2e.Ocop.Entry;
import vn.ntm.gateway.e2e.Surveys.Turnout;

/**
 * Hải Dương's 2025 year, end to end: {@code ./ntm start -d} starts PostgreSQL and the four services as separate
 * processes, and every call goes through the gateway with the token of the official who would make it.
 *
 * <ol>
 *   <li>the run command brings every service to ready;</li>
 *   <li>the province records its starting registry: 151 NTM communes, 65 advanced, 19 model;</li>
 *   <li>it sets its 2025 targets (94 advanced, 35 model) and completes the advanced thresholds (its overlay);</li>
 *   <li>OCOP councils rate six products, four of them 4 stars in communes going for the production field;</li>
 *   <li>the Front surveys the households of the 46 candidate communes;</li>
 *   <li>the April and June rounds take 29 advanced and 16 model dossiers through every step of QĐ 18/2022, with the
 *       refusals a year brings: a survey under 90%, a missing prerequisite, a stale edit;</li>
 *   <li>the provincial dashboard shows 94/151 and 35/151, targets met;</li>
 *   <li>{@code ./ntm stop} leaves no process and no port; a second start finds the year; stop again.</li>
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(HaiDuongScenarioIT.StopAtFirstFailure.class)
class HaiDuongScenarioIT {

    private static final int YEAR = 2025;
    private static final String PROVINCE = HaiDuong.PROVINCE;
    private static final Turnout CONTENT = new Turnout(0.95, 0.96);
    private static final Turnout DISCONTENT = new Turnout(0.93, 0.87);

    /** The dates of one round of dossiers, all in 2025 before the merge (the district tier still exists). */
    record Round(String name, LocalDate unitAsOf, LocalDate selfAssessment, LocalDate publication, LocalDate surveyStart,
                 LocalDate surveyStep, LocalDate communeVote, LocalDate submission, LocalDate verification, LocalDate appraisal,
                 LocalDate councilVote, LocalDate decision, String advancedDecision, String modelDecision) {
    }

    static final Round APRIL = new Round("April round", LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 10),
            LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 24), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10),
            LocalDate.of(2025, 3, 24), LocalDate.of(2025, 4, 8), LocalDate.of(2025, 4, 22), LocalDate.of(2025, 4, 29),
            "1143/QĐ-UBND", "1144/QĐ-UBND");
    static final Round JUNE = new Round("June round", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 7),
            LocalDate.of(2025, 4, 14), LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 16), LocalDate.of(2025, 5, 21),
            LocalDate.of(2025, 5, 30), LocalDate.of(2025, 6, 6), LocalDate.of(2025, 6, 13), LocalDate.of(2025, 6, 20),
            "1688/QĐ-UBND", "1689/QĐ-UBND");

    /** A commune going for a level in a round (field: the outstanding field of a model candidate). */
    record Candidate(Commune commune, String level, String field, Round round) {
        @Override
        public String toString() {
            return level + " " + commune;
        }
    }

    private final long started = System.nanoTime();
    private Platform platform;
    private Http http;
    private Tokens tokens;
    private Registry registry;
    private Criteria criteria;
    private Ocop ocop;
    private Surveys surveys;
    private Dossiers dossiers;
    private HaiDuong haiDuong;
    private final Map<String, Surveys.Closed> closedSurveys = new ConcurrentHashMap<>();
    private final Map<String, Dossier> recognised = new ConcurrentHashMap<>();
    private ExecutorService pool;

    @BeforeAll
    void startThePlatform() {
        platform = Platform.fresh(Path.of("target", "e2e-ntm"));
        // a test JVM stopped from outside (a timeout, Ctrl-C) still stops what ./ntm started
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stopQuietly, "e2e-ntm-stop"));
        http = new Http(platform.gateway());
        tokens = new Tokens(platform);
        registry = new Registry(http);
        criteria = new Criteria(http);
        ocop = new Ocop(http);
        surveys = new Surveys(http, tokens);
        dossiers = new Dossiers(http);
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    void stopThePlatform() {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (platform != null) {
            platform.stop();
        }
        if (http != null) {
            log("done: " + http.calls() + " calls through the gateway, " + http.rateLimited() + " answered 429");
        }
    }

    // ---- 1. the run command ----

    @Test
    @Order(1)
    void theRunCommandBringsEveryServiceToReady() {
        String out = platform.start();
        log("./ntm start -d: " + out.lines().filter(l -> l.contains("Ready")).findFirst().orElse("ready"));
        assertEveryServiceReady();
        assertThat(platform.status()).contains("ready").doesNotContain("not ready").doesNotContain("stopped");
        tokens.fetchProvinceOfficials();
        log("tokens: administrator and province officer from ./ntm token");
    }

    // ---- 2. the starting registry ----

    @Test
    @Order(2)
    void theProvinceRecordsItsStartingRegistry() {
        List<Commune> list = registry.communes(PROVINCE, HaiDuong.LIST_DATE);
        assertThat(list).hasSize(151);
        assertThat(list).extracting(Commune::code).contains(HaiDuong.THANH_SON, "10903", "10894");
        haiDuong = new HaiDuong(list);
        String officer = tokens.provinceOfficer();

        inParallel(List.copyOf(haiDuong.ntm.entrySet()), e -> registry.recognise(officer, e.getKey(), "NTM", HaiDuong.NTM_SET, e.getValue(), null));
        inParallel(List.copyOf(haiDuong.advanced.entrySet()),
                e -> registry.recognise(officer, e.getKey(), "ADVANCED", HaiDuong.ADVANCED_SET, e.getValue(), null));
        inParallel(List.copyOf(haiDuong.model.entrySet()),
                e -> registry.recognise(officer, e.getKey().commune(), "MODEL", HaiDuong.MODEL_SET, e.getValue(), e.getKey().field()));
        log("registry: " + haiDuong.ntm.size() + " NTM, " + haiDuong.advanced.size() + " advanced, " + haiDuong.model.size() + " model recognitions");

        JsonNode january = registry.progress(PROVINCE, YEAR, "DECISION_DATE", LocalDate.of(2025, 1, 15));
        assertThat(january.at("/denominator/communes").asInt()).isEqualTo(151);
        assertAchieved(january, "NTM", 150, "150/151");
        assertAchieved(january, "ADVANCED", 65, "65/151");
        assertAchieved(january, "MODEL", 19, "19/151");
        assertThat(registry.recognitions(PROVINCE, "MODEL", null, 1).expect(200).json().get("totalItems").asInt()).isEqualTo(19);
    }

    // ---- 3. targets and thresholds ----

    @Test
    @Order(3)
    void theProvinceSetsIts2025TargetsAndCompletesTheAdvancedThresholds() {
        Reply set = registry.setTargets(tokens.provinceOfficer(), PROVINCE, YEAR, Map.of("ADVANCED", 94, "MODEL", 35), "Kế hoạch 4647/KH-UBND", null)
                .expect(201);
        assertThat(set.json().at("/targets/ADVANCED").asInt()).isEqualTo(94);
        // a second officer's edit without the version is refused, and changes nothing
        registry.setTargets(tokens.provinceOfficer(), PROVINCE, YEAR, Map.of("ADVANCED", 90), "Bản nháp", null).expect(428);
        assertThat(registry.targets(PROVINCE, YEAR).expect(200).json().at("/targets/ADVANCED").asInt()).isEqualTo(94);

        JsonNode national = criteria.set(HaiDuong.ADVANCED_SET);
        assertThat(national.at("/dataQuality/indicatorsWithoutThreshold").toString()).contains("A10.2", "A11.2", "A14.2", "A18.2");
        Reply overlay = criteria.publishHaiDuongOverlay(tokens.admin()).expect(201);
        assertThat(overlay.json().get("baseCode").asText()).isEqualTo(HaiDuong.ADVANCED_SET);
        assertThat(overlay.json().get("provinceCode").asText()).isEqualTo(PROVINCE);
        log("targets 94/35 for 2025 (Kế hoạch 4647/KH-UBND); overlay " + Criteria.OVERLAY + " v" + overlay.json().get("version").asInt());
    }

    // ---- 4. OCOP ----

    @Test
    @Order(4)
    void ocopCouncilsRateTheProducts() {
        // product, group, sub-group, subject, commune, round or council, the members' totals
        List<Entry> entries = List.of(
                province("Rau an toàn Ngọc Liên", "FOOD", "FRESH_PRODUCE", "Hợp tác xã Dịch vụ nông nghiệp Ngọc Liên", "10903",
                        APRIL, "82.50", "79.00", "80.25"),
                province("Cà rốt Cẩm Hưng", "FOOD", "FRESH_PRODUCE", "Hợp tác xã Nông nghiệp Cẩm Hưng", "10894",
                        APRIL, "76.00", "78.50", "74.75"),
                province("Nấm sò Lương Điền", "FOOD", "FRESH_PRODUCE", "Hợp tác xã Nấm Lương Điền", "10924",
                        APRIL, "72.25", "75.00", "71.50"),
                province("Vải thiều Thanh Hà", "FOOD", "FRESH_PRODUCE", "Hợp tác xã Nông nghiệp Thanh Sơn", HaiDuong.THANH_SON,
                        JUNE, "86.00", "83.50", "84.75"),
                district("Bánh gai Ninh Giang", "FOOD", "PROCESSED_GRAIN", "Hộ kinh doanh Bánh gai Nghĩa An", "11164", "66.00", "63.50"),
                district("Rượu Phú Lộc", "BEVERAGES", "ALCOHOLIC_SPIRITS", "Hợp tác xã Rượu Phú Lộc", "10909", "61.00", "64.50"));
        JsonNode rules = ocop.rules(Ocop.RULES);
        String officer = tokens.provinceOfficer();
        List<Ocop.Rated> rated = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String registration = "0800" + (412345 + i);
            Ocop.Rated r = rate(officer, entries.get(i), rules, registration);
            rated.add(r);
            // the QR code on the package: public verification, no private data of the subject
            String number = r.result().get("certificateNumber").asText();
            assertThat(number).matches("OCOP-30-2025-\\d{6}");
            JsonNode verified = ocop.certificate(number);
            assertThat(verified.get("stars").asInt()).isEqualTo(r.stars());
            assertThat(verified.toString()).doesNotContain(registration).doesNotContain("0220 3852 000");
        }
        assertThat(rated).extracting(Ocop.Rated::stars).containsExactly(4, 4, 4, 4, 3, 3);
        // the production-field candidates hold a 4-star product in force on the day their dossier is submitted
        for (Entry e : entries.subList(0, 4)) {
            LocalDate submission = e.evaluationDate().isBefore(JUNE.selfAssessment()) ? APRIL.submission() : JUNE.submission();
            JsonNode summary = ocop.communeSummary(e.commune().code(), submission);
            assertThat(summary.get("highestStars").asInt()).as("OCOP summary of %s", e.commune()).isEqualTo(4);
        }
        JsonNode statistics = ocop.statistics(PROVINCE, LocalDate.of(2025, 6, 30));
        assertThat(statistics.get("activeProducts").asInt()).isEqualTo(6);
        assertThat(statistics.at("/byStars/4").asInt()).isEqualTo(4);
        assertThat(statistics.at("/byStars/3").asInt()).isEqualTo(2);
        log("OCOP: 6 products rated (4 × 4 stars by the provincial council, 2 × 3 stars by district councils)");
    }

    private Entry province(String product, String group, String subgroup, String subject, String commune, Round round, String... totals) {
        LocalDate evaluation = round == APRIL ? LocalDate.of(2025, 2, 18) : LocalDate.of(2025, 4, 22);
        LocalDate decision = round == APRIL ? LocalDate.of(2025, 2, 26) : LocalDate.of(2025, 5, 5);
        return new Entry(product, group, subgroup, subject, haiDuong.commune(commune), "PROVINCE", evaluation, decision,
                round == APRIL ? "512/QĐ-UBND" : "1236/QĐ-UBND", List.of(totals));
    }

    private Entry district(String product, String group, String subgroup, String subject, String commune, String... totals) {
        return new Entry(product, group, subgroup, subject, haiDuong.commune(commune), "DISTRICT", LocalDate.of(2025, 3, 12),
                LocalDate.of(2025, 3, 20), "86/QĐ-UBND", List.of(totals));
    }

    private Ocop.Rated rate(String officer, Entry entry, JsonNode rules, String registrationNumber) {
        String subject = ocop.registerSubject(officer, entry.subject(), entry.commune(), entry.evaluationDate(), registrationNumber);
        String product = ocop.registerProduct(officer, entry, subject);
        String evaluation = ocop.openEvaluation(officer, entry, product, Ocop.mandatoryAnswers(rules));
        String[] members = entry.councilLevel().equals("PROVINCE") ? Tokens.OCOP_PROVINCE_MEMBERS : Tokens.OCOP_DISTRICT_MEMBERS;
        for (int m = 0; m < entry.totals().size(); m++) {
            ocop.fileScoreSheet(tokens.ocopMember(members[m]), evaluation, entry.totals().get(m)).expect(201);
        }
        Reply read = ocop.evaluation(officer, evaluation).expect(200);
        assertThat(read.json().at("/rules/code").asText()).isEqualTo(Ocop.RULES);
        assertThat(read.json().at("/result/provisional").asBoolean()).isTrue();
        assertThat(texts(read.json().get("scoreSheets"), "member")).as("score sheets are filed by the authenticated members").containsExactlyInAnyOrder(
                Stream.of(members).limit(entry.totals().size()).toArray(String[]::new));
        JsonNode decided = ocop.decide(officer, entry, evaluation, read.etag()).expect(200).json();
        assertThat(decided.get("state").asText()).isEqualTo("DECIDED");
        assertThat(decided.at("/result/outcome").asText()).isEqualTo("CERTIFIED");
        return new Ocop.Rated(entry, product, evaluation, decided.get("result"));
    }

    // ---- 5. satisfaction surveys ----

    @Test
    @Order(5)
    void theFrontSurveysTheHouseholdsOfEveryCandidate() {
        List<Candidate> candidates = new ArrayList<>(candidates());
        candidates.add(new Candidate(haiDuong.unsatisfied, "ADVANCED", null, JUNE));
        inParallel(candidates, c -> {
            Turnout turnout = c.commune().equals(haiDuong.unsatisfied) ? DISCONTENT : CONTENT;
            closedSurveys.put(c.commune().code(), surveys.run(c.commune(), c.level(), YEAR, c.round().surveyStart(), turnout));
        });
        int forms = closedSurveys.values().stream().mapToInt(Surveys.Closed::forms).sum();
        int households = closedSurveys.values().stream().mapToInt(Surveys.Closed::households).sum();
        log("surveys: " + closedSurveys.size() + " closed, " + forms + " forms from " + households + " households");

        for (Surveys.Closed closed : closedSurveys.values()) {
            JsonNode result = closed.result();
            assertThat(result.get("state").asText()).isEqualTo("CLOSED");
            assertThat(result.get("householdsInScope").asInt()).isEqualTo(closed.households());
            assertThat(result.get("formsReturned").asInt()).isEqualTo(closed.forms());
            assertThat(result.get("overallSatisfied").asInt()).isEqualTo(closed.satisfied());
            assertThat(result.get("passed").asBoolean()).as("survey of %s", closed.commune())
                    .isEqualTo(!closed.commune().equals(haiDuong.unsatisfied));
            // judged by the survey rule of the recognition procedure version communes-service holds, which the dossier's
            // SATISFACTION_SURVEY step applies too (issue 17: one rule, one place); 2025 surveys before July: version 1
            assertThat(result.get("ruleVersion").asText()).as("survey of %s", closed.commune()).startsWith("NTM-RECOGNITION/v");
            assertThat(result.get("closedOn").asText()).isNotBlank();
        }
        JsonNode failed = closedSurveys.get(haiDuong.unsatisfied.code()).result();
        assertThat(failed.get("overallRate").decimalValue()).isLessThan(new java.math.BigDecimal("0.90"));
        Reply read = surveys.satisfaction(haiDuong.unsatisfied, "ADVANCED", YEAR).expect(200);
        assertThat(read.json().get("surveyId").asText()).isEqualTo(closedSurveys.get(haiDuong.unsatisfied.code()).surveyId());

        // the Front committee that ran it is on record, from its token
        JsonNode thanhSon = surveys.survey(closedSurveys.get(HaiDuong.THANH_SON).surveyId());
        assertThat(thanhSon.get("openedBy").asText()).isEqualTo(Tokens.frontSubject(HaiDuong.THANH_SON));
        assertThat(thanhSon.get("closedBy").asText()).isEqualTo(Tokens.frontSubject(HaiDuong.THANH_SON));
        assertThat(thanhSon.get("communeAsOf").asText()).isEqualTo(JUNE.surveyStart().toString());

        JsonNode statistics = surveys.statistics(PROVINCE, YEAR);
        assertThat(statistics.at("/surveys/closed").asInt()).isEqualTo(46);
        assertThat(statistics.get("passed").asInt()).isEqualTo(45);
        assertThat(statistics.get("failed").asInt()).isEqualTo(1);
        assertThat(statistics.get("closedFormsReturned").asInt()).isEqualTo(forms);
    }

    // ---- 6. dossiers ----

    @Test
    @Order(6)
    void theAprilRoundTakesTwentyThreeDossiersThroughEveryStep() {
        List<Candidate> april = candidates().stream().filter(c -> c.round() == APRIL).toList();
        assertThat(april).hasSize(23);
        inParallel(april, c -> recognised.put(c.commune().code(), certify(c)));
        log("April round: " + april.size() + " dossiers recognised on " + APRIL.decision());

        JsonNode may = registry.progress(PROVINCE, YEAR, "DECISION_DATE", LocalDate.of(2025, 5, 1));
        assertAchieved(may, "ADVANCED", 75, "75/151");
        assertAchieved(may, "MODEL", 32, "32/151");
    }

    @Test
    @Order(7)
    void theJuneRoundTakesTwentyTwoDossiersThroughEveryStepDespiteTheRefusals() {
        List<Candidate> june = candidates().stream().filter(c -> c.round() == JUNE).toList();
        assertThat(june).hasSize(22);
        Candidate stale = june.get(0);
        Candidate unregistered = june.stream().filter(c -> c.commune().equals(haiDuong.unregisteredNtm)).findFirst().orElseThrow();
        inParallel(june, c -> recognised.put(c.commune().code(),
                c == stale ? certifyWithAStaleEdit(c) : c == unregistered ? certifyAfterTheMissingPrerequisite(c) : certify(c)));
        refuseTheUnsatisfiedCommune();
        log("June round: " + june.size() + " dossiers recognised on " + JUNE.decision() + ", 1 rejected (survey under 90%)");
    }

    /** Every step of QĐ 18/2022 in order, each by the official who takes it, and the recognition it records. */
    private Dossier certify(Candidate c) {
        Dossier d = openOnAnEligibleAssessment(c);
        takeTheCommuneSteps(c, d);
        submit(c, d);
        String appraiser = tokens.appraiser(Tokens.APPRAISER_1);
        d.step(appraiser, Dossiers.step("VERIFICATION", "DISTRICT", c.round().verification(), "215/BC-UBND",
                "Báo cáo thẩm tra hồ sơ và mức độ đạt chuẩn của " + c.commune().name())).expect(200);
        return appraiseVoteAndRecognise(c, d);
    }

    /** Two appraisers read the dossier; the first records the verification, the second's copy is stale: 412, no change. */
    private Dossier certifyWithAStaleEdit(Candidate c) {
        Dossier d = openOnAnEligibleAssessment(c);
        takeTheCommuneSteps(c, d);
        submit(c, d);
        Map<String, Object> verification = Dossiers.step("VERIFICATION", "DISTRICT", c.round().verification(), "215/BC-UBND",
                "Báo cáo thẩm tra hồ sơ và mức độ đạt chuẩn của " + c.commune().name());
        d.read(tokens.appraiser(Tokens.APPRAISER_2));
        String seenBySecond = d.etag();
        d.step(tokens.appraiser(Tokens.APPRAISER_1), verification).expect(200);
        JsonNode before = d.read(tokens.provinceOfficer());
        Reply stale = d.step(tokens.appraiser(Tokens.APPRAISER_2), verification, seenBySecond).expect(412);
        assertThat(stale.header("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(stale.text("/type")).isEqualTo("https://ntm.example/problems/stale-version");
        JsonNode after = d.read(tokens.provinceOfficer());
        assertThat(after).isEqualTo(before);
        assertThat(after.get("steps")).hasSize(6);
        assertThat(after.at("/steps/5/actedBy").asText()).isEqualTo(Tokens.APPRAISER_1);
        return appraiseVoteAndRecognise(c, d);
    }

    /** The commune's NTM decision was never entered: submission is refused until the province records it. */
    private Dossier certifyAfterTheMissingPrerequisite(Candidate c) {
        Dossier d = openOnAnEligibleAssessment(c);
        takeTheCommuneSteps(c, d);
        JsonNode before = d.read(tokens.provinceOfficer());
        Reply refused = d.step(tokens.communeOfficer(c.commune().code()), submissionOf(c)).expect(422);
        assertThat(refused.text("/type")).isEqualTo("https://ntm.example/problems/precondition-unmet");
        assertThat(texts(refused.json().at("/context/unmetConditions"), "code")).containsExactly("PREREQUISITE_RECOGNITION");
        assertThat(d.read(tokens.provinceOfficer())).isEqualTo(before);

        // the officer enters the archived decision; the answer is lost on the way and the client sends it again
        String key = "ntm-archive-" + c.commune().code();
        Reply first = registry.recogniseWithKey(tokens.provinceOfficer(), c.commune(), "NTM", HaiDuong.NTM_SET, HaiDuong.ARCHIVED_NTM, key).expect(201);
        Reply retry = registry.recogniseWithKey(tokens.provinceOfficer(), c.commune(), "NTM", HaiDuong.NTM_SET, HaiDuong.ARCHIVED_NTM, key).expect(201);
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(texts(registry.communeRecognitions(c.commune().code(), JUNE.submission()).get("items"), "level")).containsOnlyOnce("NTM");
        JsonNode submitted = submit(c, d);
        assertThat(submitted.at("/steps/4/checks/prerequisite/level").asText()).isEqualTo("NTM");
        d.step(tokens.appraiser(Tokens.APPRAISER_1), Dossiers.step("VERIFICATION", "DISTRICT", c.round().verification(), "215/BC-UBND",
                "Báo cáo thẩm tra hồ sơ và mức độ đạt chuẩn của " + c.commune().name())).expect(200);
        return appraiseVoteAndRecognise(c, d);
    }

    /** 87% satisfied: the survey step is refused (nothing changes) and the province returns the dossier. */
    private void refuseTheUnsatisfiedCommune() {
        Candidate c = new Candidate(haiDuong.unsatisfied, "ADVANCED", null, JUNE);
        Dossier d = openOnAnEligibleAssessment(c);
        String officer = tokens.communeOfficer(c.commune().code());
        d.step(officer, Dossiers.step("PUBLICATION_FOR_COMMENT", "COMMUNE", JUNE.publication(), "12/TB-UBND",
                "Thông báo công khai kết quả tự đánh giá để lấy ý kiến nhân dân")).expect(200);
        JsonNode before = d.read(tokens.provinceOfficer());
        Reply refused = d.step(tokens.provinceOfficer(), backfilled(Dossiers.step("SATISFACTION_SURVEY", "COMMUNE", JUNE.surveyStep(), "05/BC-MTTQ",
                "Báo cáo kết quả lấy ý kiến sự hài lòng của người dân"))).expect(422);
        assertThat(texts(refused.json().at("/context/unmetConditions"), "code")).containsExactly("SURVEY_SATISFACTION");
        assertThat(refused.json().at("/context/unmetConditions/0/message").asText()).contains("below the pass rate");
        assertThat(d.read(tokens.provinceOfficer())).isEqualTo(before);

        JsonNode rejected = d.step(tokens.provinceOfficer(), Dossiers.rejected(JUNE.surveyStep().plusDays(3),
                "Tỷ lệ người dân hài lòng dưới 90%: xã tiếp tục hoàn thiện các tiêu chí và đề nghị xét lại")).expect(200).json();
        assertThat(rejected.get("state").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("nextSteps")).isEmpty();
        // the trail, newest first: the rejection, the refused survey step, the publication, the opening, with their actors
        JsonNode audit = d.audit(tokens.admin()).expect(200).json().get("items");
        assertThat(texts(audit, "status")).containsExactly("200", "422", "200", "201");
        // the refused survey step was the province officer's back-fill
        assertThat(texts(audit, "actor")).containsExactly(Tokens.OFFICER, Tokens.OFFICER, communeSubject(c), communeSubject(c));
    }

    private Dossier openOnAnEligibleAssessment(Candidate c) {
        String officer = tokens.communeOfficer(c.commune().code());
        boolean model = c.level().equals("MODEL");
        Reply opened = criteria.openAssessment(officer, c.commune(), model ? HaiDuong.MODEL_SET : HaiDuong.ADVANCED_SET, YEAR, c.round().unitAsOf())
                .expect(201);
        String assessment = opened.json().get("id").asText();
        LocalDate report = c.round().selfAssessment().minusDays(3);
        // income above the overlay's 66 million (advanced) or 1.10 × 66 = 72.6 million (model)
        criteria.importValues(officer, assessment, opened.etag(), model
                ? Criteria.modelValues(c.commune(), report, 78.4, 2, c.field())
                : Criteria.advancedValues(c.commune(), report, 71.2)).expect(200);
        JsonNode evaluation = criteria.evaluation(assessment, c.round().publication());
        assertThat(evaluation.get("eligible").asBoolean()).as("evaluation of %s: %s", c, evaluation).isTrue();
        assertThat(evaluation.get("criteriaMetText").asText()).isEqualTo(model ? "4/4" : "19/19");
        if (!model) {
            assertThat(evaluation.at("/overlay/code").asText()).isEqualTo(Criteria.OVERLAY);
        }
        Dossier d = dossiers.open(officer, c.commune(), c.level(), assessment, YEAR, c.round().selfAssessment());
        assertThat(d.etag()).isEqualTo("\"0\"");
        return d;
    }

    /**
     * The scenario replays 2025 on the day it runs, so its surveys close today while the dossier's survey step is dated
     * 2025: a back-fill, which a step may not be without saying so (issue 17), recorded by the province officer.
     */
    private static Map<String, Object> backfilled(Map<String, Object> step) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(step);
        body.put("backfill", true);
        body.put("backfillReason", "Kịch bản kiểm thử nhập lại hồ sơ năm 2025: phiếu khảo sát được đóng vào ngày chạy kịch bản");
        return body;
    }

    private void takeTheCommuneSteps(Candidate c, Dossier d) {
        String officer = tokens.communeOfficer(c.commune().code());
        Round r = c.round();
        d.step(officer, Dossiers.step("PUBLICATION_FOR_COMMENT", "COMMUNE", r.publication(), "12/TB-UBND",
                "Thông báo công khai kết quả tự đánh giá để lấy ý kiến nhân dân")).expect(200);
        JsonNode surveyed = d.step(tokens.provinceOfficer(), backfilled(Dossiers.step("SATISFACTION_SURVEY", "COMMUNE", r.surveyStep(), "05/BC-MTTQ",
                "Báo cáo kết quả lấy ý kiến sự hài lòng của người dân"))).expect(200).json();
        Surveys.Closed survey = closedSurveys.get(c.commune().code());
        assertThat(surveyed.at("/steps/2/checks/survey/surveyId").asText()).isEqualTo(survey.surveyId());
        assertThat(surveyed.at("/steps/2/checks/survey/formsReturned").asInt()).isEqualTo(survey.forms());
        d.step(officer, Dossiers.vote("COMMUNE_VOTE", "COMMUNE", r.communeVote(), 46, 2, "09/NQ-HĐND",
                "Nghị quyết của HĐND xã đề nghị xét công nhận")).expect(200);
    }

    private Map<String, Object> submissionOf(Candidate c) {
        return Dossiers.submission(c.round().submission(), "Tờ trình đề nghị thẩm tra, xét công nhận " + c.commune().name() + " đạt chuẩn "
                + Dossiers.levelName(c.level()) + " năm " + YEAR);
    }

    private JsonNode submit(Candidate c, Dossier d) {
        JsonNode submitted = d.step(tokens.communeOfficer(c.commune().code()), submissionOf(c)).expect(200).json();
        if ("PRODUCTION".equals(c.field())) {
            assertThat(submitted.at("/steps/4/checks/ocop/qualifyingProducts").asInt()).as("OCOP check of %s", c).isGreaterThanOrEqualTo(1);
            assertThat(submitted.get("outstandingField").asText()).isEqualTo("PRODUCTION");
        }
        return submitted;
    }

    private Dossier appraiseVoteAndRecognise(Candidate c, Dossier d) {
        Round r = c.round();
        d.step(tokens.appraiser(Tokens.APPRAISER_1), Dossiers.step("PROVINCIAL_APPRAISAL", "PROVINCE", r.appraisal(), "318/BC-SNNMT",
                "Báo cáo thẩm định của Sở Nông nghiệp và Môi trường")).expect(200);
        d.signOffEveryCriterion(tokens.provinceOfficer(), tokens::sectorOfficer);
        d.step(tokens.councilMember(), Dossiers.vote("COUNCIL_VOTE", "PROVINCE", r.councilVote(), 14, 1, "27/BB-HĐTĐ",
                "Biên bản họp Hội đồng thẩm định xét công nhận")).expect(200);
        String decision = c.level().equals("MODEL") ? r.modelDecision() : r.advancedDecision();
        JsonNode done = d.step(tokens.provinceOfficer(), Dossiers.recognised(r.decision(), decision)).expect(200).json();
        assertThat(done.get("state").asText()).isEqualTo("RECOGNISED");
        assertThat(done.get("recognitionId").asText()).isNotBlank();
        assertThat(texts(done.get("steps"), "state")).containsExactly("SELF_ASSESSMENT", "PUBLICATION_FOR_COMMENT",
                "SATISFACTION_SURVEY", "COMMUNE_VOTE", "SUBMISSION", "VERIFICATION", "PROVINCIAL_APPRAISAL", "COUNCIL_VOTE", "RECOGNISED");
        assertThat(texts(done.get("steps"), "actedBy")).containsExactly(
                communeSubject(c), communeSubject(c), Tokens.OFFICER, communeSubject(c), communeSubject(c),   // the survey step: a back-fill
                Tokens.APPRAISER_1, Tokens.APPRAISER_1, Tokens.COUNCIL, Tokens.OFFICER);
        return d;
    }

    private static String communeSubject(Candidate c) {
        return "officer.ubnd." + c.commune().code();
    }

    /** The 29 advanced and 16 model candidates of the two rounds. */
    private List<Candidate> candidates() {
        List<Candidate> all = new ArrayList<>();
        haiDuong.advancedApril.forEach(c -> all.add(new Candidate(c, "ADVANCED", null, APRIL)));
        haiDuong.modelApril.forEach(m -> all.add(new Candidate(m.commune(), "MODEL", m.field(), APRIL)));
        haiDuong.advancedJune.forEach(c -> all.add(new Candidate(c, "ADVANCED", null, JUNE)));
        haiDuong.modelJune.forEach(m -> all.add(new Candidate(m.commune(), "MODEL", m.field(), JUNE)));
        return all;
    }

    // ---- 7. the dashboard ----

    @Test
    @Order(8)
    void theProvincialDashboardShowsTheTargetsMet() {
        JsonNode dashboard = view("/api/v1/views/provinces/" + PROVINCE + "/dashboard" + Http.query("year", YEAR));
        JsonNode progress = dashboard.get("progress");
        assertThat(progress.at("/denominator/communes").asInt()).isEqualTo(151);
        assertThat(progress.at("/denominator/unitsDate").asText()).isEqualTo("2025-06-30");
        assertThat(progress.get("targetSource").asText()).isEqualTo("Kế hoạch 4647/KH-UBND");
        JsonNode advanced = Registry.level(progress, "ADVANCED");
        assertThat(advanced.get("achieved").asInt()).isEqualTo(94);
        assertThat(advanced.get("target").asInt()).isEqualTo(94);
        assertThat(advanced.get("targetMet").asBoolean()).isTrue();
        assertThat(advanced.at("/achievedShare/fraction").asText()).isEqualTo("94/151");
        assertThat(advanced.at("/achievedShare/percent").asDouble()).isEqualTo(62.3);
        JsonNode model = Registry.level(progress, "MODEL");
        assertThat(model.get("achieved").asInt()).isEqualTo(35);
        assertThat(model.get("target").asInt()).isEqualTo(35);
        assertThat(model.get("targetMet").asBoolean()).isTrue();
        assertThat(model.at("/achievedShare/fraction").asText()).isEqualTo("35/151");
        assertThat(model.at("/achievedShare/percent").asDouble()).isEqualTo(23.2);
        assertAchieved(progress, "NTM", 151, "151/151");

        assertThat(dashboard.at("/ocop/activeProducts").asInt()).isEqualTo(6);
        assertThat(dashboard.at("/ocop/byStars/4").asInt()).isEqualTo(4);
        assertThat(dashboard.at("/surveys/passed").asInt()).isEqualTo(45);
        assertThat(dashboard.at("/surveys/failed").asInt()).isEqualTo(1);

        // the mobile app's view of Xã Thanh Sơn: ended with the merge, model commune for production, its lychee, its survey
        JsonNode thanhSon = view("/api/v1/views/communes/" + HaiDuong.THANH_SON);
        assertThat(thanhSon.at("/commune/name").asText()).isEqualTo("Xã Thanh Sơn");
        assertThat(thanhSon.at("/commune/status").asText()).isEqualTo("ENDED");
        assertThat(thanhSon.at("/commune/successors/0/provinceCode").asText()).isEqualTo("31");
        assertThat(thanhSon.at("/commune/recognition/level").asText()).isEqualTo("MODEL");
        JsonNode modelRecognition = thanhSon.at("/recognitions/items/0");
        assertThat(modelRecognition.get("level").asText()).isEqualTo("MODEL");
        assertThat(modelRecognition.get("outstandingField").asText()).isEqualTo("PRODUCTION");
        assertThat(modelRecognition.get("decisionNumber").asText()).isEqualTo(JUNE.modelDecision());
        assertThat(modelRecognition.get("dossierId").asText()).isEqualTo(recognised.get(HaiDuong.THANH_SON).id);
        assertThat(modelRecognition.get("recordedBy").asText()).isEqualTo(Tokens.OFFICER);
        assertThat(thanhSon.at("/latestAssessment/criteriaMetText").asText()).isEqualTo("4/4");
        assertThat(thanhSon.at("/ocop/highestStars").asInt()).isEqualTo(4);
        assertThat(thanhSon.at("/satisfaction/passed").asBoolean()).isTrue();
        assertThat(thanhSon.at("/satisfaction/surveyId").asText()).isEqualTo(closedSurveys.get(HaiDuong.THANH_SON).surveyId());
        log("dashboard: advanced " + advanced.at("/achievedShare/fraction").asText() + ", model "
                + model.at("/achievedShare/fraction").asText() + ", targets met");
    }

    // ---- 8. stop, restart, stop ----

    @Test
    @Order(9)
    void stopLeavesNothingRunningAndASecondStartFindsTheYear() {
        int recognitions = registry.recognitions(PROVINCE, null, null, 1).expect(200).json().get("totalItems").asInt();
        assertThat(recognitions).isEqualTo(151 + 65 + 19 + 29 + 16);

        stopAndCheckNothingIsLeft();
        String out = platform.start();
        log("second ./ntm start -d: " + out.lines().filter(l -> l.contains("Ready")).findFirst().orElse("ready"));
        assertEveryServiceReady();
        assertThat(registry.recognitions(PROVINCE, null, null, 1).expect(200).json().get("totalItems").asInt()).isEqualTo(recognitions);
        JsonNode progress = registry.progress(PROVINCE, YEAR, null, null);
        assertAchieved(progress, "ADVANCED", 94, "94/151");
        assertAchieved(progress, "MODEL", 35, "35/151");
        Dossier thanhSon = recognised.get(HaiDuong.THANH_SON);
        assertThat(thanhSon.read(tokens.provinceOfficer()).get("state").asText()).isEqualTo("RECOGNISED");
        assertThat(ocop.communeSummary(HaiDuong.THANH_SON, JUNE.decision()).get("highestStars").asInt()).isEqualTo(4);
        assertThat(surveys.results(closedSurveys.get(HaiDuong.THANH_SON).surveyId()).get("passed").asBoolean()).isTrue();
        stopAndCheckNothingIsLeft();
    }

    // ---- helpers ----

    /**
     * A composite view, complete: each part has a short timeout (700 ms), so a part may miss a read on a busy machine;
     * the app would read again, and so does the scenario (three reads at most).
     */
    private JsonNode view(String path) {
        JsonNode view = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            view = http.get(path, tokens.provinceOfficer()).expect(200).json();
            if (!view.at("/meta/partial").asBoolean()) {
                return view;
            }
            log(path + " answered partially (" + view.at("/meta/unavailable") + "), reading again");
        }
        throw new AssertionError(path + " stayed partial: " + view.get("meta"));
    }

    private void assertEveryServiceReady() {
        Map<String, Integer> ports = platform.ports();
        for (String service : Platform.SERVICES) {
            Http direct = new Http("http://localhost:" + ports.get(service));
            Reply ready = direct.get("/q/health/ready", null);
            assertThat(ready.status()).as("%s readiness: %s", service, ready.text()).isEqualTo(200);
            assertThat(ready.text("/status")).isEqualTo("UP");
        }
        JsonNode gateway = http.get("/q/health/ready", null).expect(200).json();
        assertThat(texts(gateway.get("checks"), "name")).contains("upstream-communes", "upstream-ocop", "upstream-campaign");
        assertThat(texts(gateway.get("checks"), "status")).containsOnly("UP");
    }

    private void stopAndCheckNothingIsLeft() {
        Map<String, Long> pids = platform.pids();
        assertThat(pids.keySet()).contains("gateway", "communes-service", "ocop-service", "campaign-service", "postgres", "postmaster");
        assertThat(pids.values()).allMatch(Platform::alive);
        platform.stop();
        pids.forEach((name, pid) -> assertThat(Platform.alive(pid)).as("%s (pid %d) after ./ntm stop", name, pid).isFalse());
        assertThat(platform.processesNamingHome()).as("processes still naming %s", platform.home).isEmpty();
        platform.ports().forEach((name, port) -> assertThat(Platform.portOpen(port)).as("port %d of %s after ./ntm stop", port, name).isFalse());
        assertThat(Files.exists(platform.home.resolve("run").resolve("gateway.pid"))).isFalse();
        log("./ntm stop: " + pids.size() + " processes gone, " + platform.ports().size() + " ports closed");
    }

    /** One field of every element of a JSON array, as text. */
    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.path(field).asText()));
        return texts;
    }

    private static void assertAchieved(JsonNode progress, String level, int achieved, String fraction) {
        JsonNode l = Registry.level(progress, level);
        assertThat(l.get("achieved").asInt()).as("%s achieved in %s", level, progress).isEqualTo(achieved);
        assertThat(l.at("/achievedShare/fraction").asText()).isEqualTo(fraction);
    }

    /** Runs the work for every item on the pool (independent communes), and fails with the first failure. */
    private <T> void inParallel(List<T> items, Consumer<T> work) {
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> {
                try {
                    work.accept(item);
                } catch (RuntimeException | AssertionError e) {
                    throw new AssertionError(item + ": " + e.getMessage(), e);
                }
            }));
        }
        AssertionError first = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
                } else {
                    first.addSuppressed(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void log(String message) {
        System.out.printf("[e2e %6.1f s] %s%n", (System.nanoTime() - started) / 1e9, message);
    }

    /** The steps build on each other: after the first failure the later ones are skipped, except stopping. */
    static final class StopAtFirstFailure implements TestWatcher {
        static volatile boolean failed;

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed = true;
        }
    }

    @BeforeEach
    void skipAfterAFailure() {
        assumeTrue(!StopAtFirstFailure.failed, "an earlier step of the scenario failed");
    }
}
